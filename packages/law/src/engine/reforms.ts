/**
 * A reform is a set of parameter overrides and rule replacements applied to a jurisdiction (after
 * OpenFisca's reforms). It yields a new jurisdiction and leaves the original untouched, so baseline and
 * reform run side by side from one encoding of the law.
 */
import type { Jurisdiction, Rule } from './jurisdiction.ts';
import { isParameter, parameter, type DatedValue, type Parameter, type ParameterTree } from './parameters.ts';

export interface Reform<P extends ParameterTree = ParameterTree> {
  name: string;
  citations: string[];
  /** Parameter id (its dotted path, e.g. `us-mo.ecc.creditDaysPerMonth`) → values that replace, from each `from` on. */
  parameters?: Record<string, DatedValue<unknown>[]>;
  /** Rule name → the rule that replaces it; a name the jurisdiction lacks is added after the others. */
  rules?: Record<string, Rule<P>>;
}

/**
 * The overridden values are merged into the parameter's own: a reform value from D replaces the law's
 * values from D on and keeps the law as it was before D, which is how a bill with an effective date
 * works.
 */
export function applyReform<P extends ParameterTree>(jurisdiction: Jurisdiction<P>, reform: Reform<P>): Jurisdiction<P> {
  const overrides = new Map(Object.entries(reform.parameters ?? {}));
  const parameters = rebuild(jurisdiction.parameters, overrides) as P;
  if (overrides.size > 0) {
    throw new Error(
      `reform "${reform.name}" names parameters that ${jurisdiction.code} does not have: ${[...overrides.keys()].join(', ')}`,
    );
  }
  return { ...jurisdiction, parameters, rules: { ...jurisdiction.rules, ...(reform.rules ?? {}) } };
}

function rebuild(tree: ParameterTree, overrides: Map<string, DatedValue<unknown>[]>): ParameterTree {
  const out: Record<string, Parameter<unknown> | ParameterTree> = {};
  for (const [key, node] of Object.entries(tree)) {
    if (!isParameter(node)) {
      out[key] = rebuild(node, overrides);
      continue;
    }
    const replacement = overrides.get(node.id);
    if (replacement === undefined) {
      out[key] = node;
      continue;
    }
    overrides.delete(node.id);
    const firstOverride = replacement.map((v) => v.from).sort()[0]!;
    const kept = node.values.filter((v) => v.from < firstOverride);
    const p = parameter({ ...node, values: [...kept, ...replacement] });
    p.id = node.id;
    out[key] = p;
  }
  return out;
}
