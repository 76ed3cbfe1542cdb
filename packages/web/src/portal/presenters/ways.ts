/**
 * Other ways supervision may end sooner that are not a date the law sets by itself, so they are listed
 * beside the date rather than moving it: a judge's early termination (anyone may ask) and Pennsylvania's
 * probation review conference. Each kind once (the soonest over the person's terms), said as "now" when
 * it is open today and "from <date>" when it opens later. Opportunities the person cannot use (ineligible)
 * are left out.
 */
import type { Opportunity } from '@pathways/law';

export const WAY_KINDS = ['early_termination', 'review_conference'] as const;
export type WayKind = (typeof WAY_KINDS)[number];

export interface Way {
  kind: WayKind;
  /** null: open now. */
  from: string | null;
}

export function otherWays(
  evaluations: readonly { opportunities: readonly Pick<Opportunity, 'kind' | 'status' | 'date'>[] }[],
  today: string,
): Way[] {
  const soonest = new Map<WayKind, string | null>();
  for (const evaluation of evaluations) {
    for (const o of evaluation.opportunities) {
      if (!(WAY_KINDS as readonly string[]).includes(o.kind) || o.status === 'ineligible') continue;
      const kind = o.kind as WayKind;
      const from = o.status === 'eligible' || o.date === null || o.date <= today ? null : o.date;
      const known = soonest.get(kind);
      if (known === undefined || (known !== null && (from === null || from < known))) soonest.set(kind, from);
    }
  }
  return WAY_KINDS.filter((k) => soonest.has(k)).map((kind) => ({ kind, from: soonest.get(kind)! }));
}
