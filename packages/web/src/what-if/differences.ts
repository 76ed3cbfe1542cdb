/**
 * What changed between two evaluations of the same term, in plain words: the projected end date, the
 * earned credit, each opportunity's standing and date, and the limit on the next technical-violation
 * sanction. Opportunities are matched by kind and their order within the kind (the engine lists them in
 * a fixed order), since a term may hold more than one of a kind and a change of facts may change the
 * citations an opportunity gives.
 */
import type { Opportunity, TermEvaluation } from '@pathways/law';
import { sanctionLimitText } from '../presenters/caseload.ts';
import { daysBetween } from '../presenters/dates.ts';

export interface Difference {
  what: string;
  before: string;
  after: string;
  /** Plain words for the change, e.g. "94 days sooner". */
  change: string;
  citations: readonly string[];
}

const words = (s: string) => s.replace(/_/g, ' ');
/** Each opportunity keyed by kind and its place among those of its kind. */
function byKindAndOrder(opportunities: readonly Opportunity[]): Map<string, Opportunity> {
  const seen = new Map<string, number>();
  const out = new Map<string, Opportunity>();
  for (const o of opportunities) {
    const n = seen.get(o.kind) ?? 0;
    seen.set(o.kind, n + 1);
    out.set(`${o.kind}#${n}`, o);
  }
  return out;
}

function dateChange(before: string | null, after: string | null): string {
  if (before === after) return 'unchanged';
  if (before === null) return 'now has a date';
  if (after === null) return 'no longer has a date';
  const days = daysBetween(before, after);
  return days < 0 ? `${-days} ${-days === 1 ? 'day' : 'days'} sooner` : `${days} ${days === 1 ? 'day' : 'days'} later`;
}

export function describeOpportunity(o: Opportunity | undefined): string {
  if (!o) return 'not offered';
  return o.date ? `${o.status} (${o.date})` : o.status;
}

export function evaluationDifferences(before: TermEvaluation, after: TermEvaluation): Difference[] {
  const out: Difference[] = [];
  if (before.projectedEndDate !== after.projectedEndDate) {
    out.push({
      what: 'Projected end date',
      before: before.projectedEndDate ?? 'none',
      after: after.projectedEndDate ?? 'none',
      change: dateChange(before.projectedEndDate, after.projectedEndDate),
      citations: [],
    });
  }
  if (before.earnedCreditDays !== after.earnedCreditDays) {
    const delta = after.earnedCreditDays - before.earnedCreditDays;
    out.push({
      what: 'Earned credit',
      before: `${before.earnedCreditDays} days`,
      after: `${after.earnedCreditDays} days`,
      change: `${delta > 0 ? '+' : ''}${delta} days`,
      citations: [],
    });
  }
  const beforeByKey = byKindAndOrder(before.opportunities);
  const afterByKey = byKindAndOrder(after.opportunities);
  for (const k of new Set([...beforeByKey.keys(), ...afterByKey.keys()])) {
    const b = beforeByKey.get(k);
    const a = afterByKey.get(k);
    if (b && a && b.status === a.status && b.date === a.date) continue;
    const kind = (a ?? b)!.kind;
    out.push({
      what: words(kind),
      before: describeOpportunity(b),
      after: describeOpportunity(a),
      change:
        b && a && b.status === a.status ? dateChange(b.date, a.date) : `${b?.status ?? 'not offered'} → ${a?.status ?? 'not offered'}`,
      citations: (a ?? b)!.citations,
    });
  }
  const sb = sanctionLimitText(before.sanctionLimit);
  const sa = sanctionLimitText(after.sanctionLimit);
  if (sb !== sa) {
    out.push({
      what: 'Next technical-violation sanction',
      before: sb,
      after: sa,
      change: 'changed',
      citations: after.sanctionLimit?.citations ?? [],
    });
  }
  return out;
}
