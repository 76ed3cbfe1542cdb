/**
 * The two laws a simulation compares, built from a reform file: BASELINE and REFORM, each a
 * `Jurisdiction` the engine evaluates records under, both from the one encoding of the law.
 *
 * Order for each side: the law as encoded → frozen `lawAsOf` (if given) → parameter overrides and rules
 * (reform side only) through `applyReform`. The overrides come after the freeze, so a hypothetical bill
 * may date its values after `lawAsOf` and they stay.
 */
import {
  applyReform,
  JURISDICTIONS,
  type DatedValue,
  type Jurisdiction,
  type JurisdictionRegistry,
  type ParameterTree,
  type Rule,
} from '@pathways/law';
import { lawAsOf } from './law-as-of.ts';
import type { LawSpec, ReformDatedValue, ReformFile } from './reform-file.ts';
import { buildRule } from './rule-templates.ts';

export interface Scenarios {
  baseline: Jurisdiction<ParameterTree>;
  reform: Jurisdiction<ParameterTree>;
  file: ReformFile;
}

export function buildScenarios(file: ReformFile, registry: JurisdictionRegistry = JURISDICTIONS): Scenarios {
  const law = registry.get(file.jurisdiction);
  if (law === undefined) throw new Error(`${file.file}: no rules for ${file.jurisdiction}`);
  const baseline = frozen(law, file.baseline);
  const spec = file.reform ?? {};
  const parameters: Record<string, DatedValue<unknown>[]> = {};
  for (const [id, values] of Object.entries(spec.parameters ?? {})) parameters[id] = values.map(datedValue);
  const rules: Record<string, Rule> = {};
  for (const rule of spec.rules ?? []) rules[rule.name] = buildRule(rule);
  const reform = applyReform(frozen(law, spec), { name: file.name, citations: file.citations, parameters, rules });
  return { baseline, reform, file };
}

/**
 * A registry in which `jurisdiction` stands for its code, the others as in `registry`: what
 * `evaluatePerson` takes to evaluate records under one scenario.
 */
export function registryWith(
  jurisdiction: Jurisdiction<ParameterTree>,
  registry: JurisdictionRegistry = JURISDICTIONS,
): JurisdictionRegistry {
  const map = new Map(registry);
  map.set(jurisdiction.code, jurisdiction);
  return map;
}

function frozen(law: Jurisdiction<ParameterTree>, spec: LawSpec | undefined): Jurisdiction<ParameterTree> {
  return spec?.lawAsOf === undefined ? law : lawAsOf(law, spec.lawAsOf);
}

function datedValue(v: ReformDatedValue): DatedValue<unknown> {
  const source = {
    citation: v.source.citation,
    ...(v.source.enactedBy === undefined ? {} : { enactedBy: v.source.enactedBy }),
    ...(v.source.url === undefined ? {} : { url: v.source.url }),
  };
  const out: DatedValue<unknown> = { from: v.from, value: v.value as unknown, source };
  if (v.note !== undefined) out.note = v.note;
  return out;
}
