/**
 * A term outside the rules a jurisdiction encodes (parole where only probation is covered, say): the
 * explanation says so in the jurisdiction's words, and a warning says it too, since the spec asks warnings
 * to name what the engine does not work out. The evaluation then gives only the end as set.
 */
import type { Term } from '../records/schema.ts';
import type { ParameterTree } from './parameters.ts';
import type { TermContext } from './term-context.ts';

export const KIND_WORDS: Record<Term['kind'], string> = {
  probation: 'probation',
  parole: 'parole',
  supervised_release: 'supervised release',
  conditional_release: 'conditional release',
};

export function outsideTheseRules<P extends ParameterTree>(ctx: TermContext<P>, explanation: string, citations: readonly string[]): void {
  ctx.explain(explanation, citations);
  ctx.warn(
    `${ctx.jurisdiction.code === 'US-FED' ? 'Federal' : `${ctx.jurisdiction.name}'s`} ${KIND_WORDS[ctx.facts.term.kind]} rules are not worked out here: only the end of this term as set is shown, with no limit, credits, early end or jail limit.`,
  );
}
