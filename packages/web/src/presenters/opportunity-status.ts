/**
 * Where an opportunity stands relative to today, as the caseload shows it. The stored evaluation's own
 * status is as of its `asOf` date, which may be a day or more behind: an `upcoming` date that has since
 * passed counts as eligible now, and an `upcoming` one is "soon" by how many days remain.
 */
import type { OpportunitySummary, TermSummary } from '../api/types.ts';
import { daysBetween } from './dates.ts';

export type DisplayStatus = 'eligible' | 'within30' | 'within90' | 'later' | 'blocked' | 'none';

/** Most pressing first: the order chips and sorting use. */
export const STATUS_ORDER: readonly DisplayStatus[] = ['eligible', 'within30', 'within90', 'later', 'blocked', 'none'];

export const STATUS_LABEL: Record<DisplayStatus, string> = {
  eligible: 'Eligible now',
  within30: 'Within 30 days',
  within90: 'Within 90 days',
  later: 'Not yet',
  blocked: 'Blocked',
  none: 'No opportunity',
};

export function opportunityStatus(opportunity: OpportunitySummary, today: string): DisplayStatus {
  if (opportunity.status === 'ineligible') return 'blocked';
  if (opportunity.status === 'eligible') return 'eligible';
  if (opportunity.date === null) return 'later';
  const days = daysBetween(today, opportunity.date);
  if (days <= 0) return 'eligible';
  if (days <= 30) return 'within30';
  if (days <= 90) return 'within90';
  return 'later';
}

/** The most pressing of several statuses (`none` when there are none). */
export function mostPressing(statuses: readonly DisplayStatus[]): DisplayStatus {
  let best: DisplayStatus = 'none';
  for (const s of statuses) if (STATUS_ORDER.indexOf(s) < STATUS_ORDER.indexOf(best)) best = s;
  return best;
}

/** One chip per term: its most pressing opportunity. */
export function termStatus(term: TermSummary, today: string): DisplayStatus {
  return mostPressing(term.opportunities.map((o) => opportunityStatus(o, today)));
}

/** The earliest date among a term's opportunities that are not blocked (the date the chip is about). */
export function termNextDate(term: TermSummary): string | null {
  const dates = term.opportunities.filter((o) => o.status !== 'ineligible' && o.date !== null).map((o) => o.date!);
  return dates.length ? dates.sort()[0]! : null;
}
