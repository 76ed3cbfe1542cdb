/**
 * Other ways supervision may end sooner that are not a date the law sets by itself, so they are listed
 * beside the date rather than moving it: early termination (anyone may ask) and Pennsylvania's probation
 * review conference. Early termination of parole or conditional release is the parole authority's act
 * (in New York the Department's merit termination, Correction Law § 205), not a judge's, so it is its own
 * way. Each way once (the soonest over the person's terms), said as "now" when it is open today and "from
 * <date>" when it opens later. Opportunities the person cannot use (ineligible) are left out.
 */
import type { Opportunity } from '@pathways/law';

export const WAY_KINDS = ['early_termination', 'early_termination_parole', 'review_conference'] as const;
export type WayKind = (typeof WAY_KINDS)[number];

/** Terms a parole authority, not a court, ends early. */
const PAROLE_KINDS: ReadonlySet<string> = new Set(['parole', 'conditional_release']);

export interface Way {
  kind: WayKind;
  /** null: open now. */
  from: string | null;
}

export function otherWays(
  evaluations: readonly { termId: string; opportunities: readonly Pick<Opportunity, 'kind' | 'status' | 'date'>[] }[],
  today: string,
  terms: readonly { id: string; kind: string }[],
): Way[] {
  const soonest = new Map<WayKind, string | null>();
  for (const evaluation of evaluations) {
    const parole = PAROLE_KINDS.has(terms.find((t) => t.id === evaluation.termId)?.kind ?? '');
    for (const o of evaluation.opportunities) {
      if ((o.kind !== 'early_termination' && o.kind !== 'review_conference') || o.status === 'ineligible') continue;
      const kind: WayKind = o.kind === 'early_termination' && parole ? 'early_termination_parole' : o.kind;
      const from = o.status === 'eligible' || o.date === null || o.date <= today ? null : o.date;
      const known = soonest.get(kind);
      if (known === undefined || (known !== null && (from === null || from < known))) soonest.set(kind, from);
    }
  }
  return WAY_KINDS.filter((k) => soonest.has(k)).map((kind) => ({ kind, from: soonest.get(kind)! }));
}
