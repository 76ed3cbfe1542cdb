/**
 * Where an opportunity stands relative to today, as the caseload shows it. The stored evaluation's own
 * status is as of its `asOf` date, which may be a day or more behind: an `upcoming` date that has since
 * passed counts as eligible now, and an `upcoming` one is "soon" by how many days remain. One the officer
 * has already answered (granted, denied, a snooze still running: `settled`) is "acted on", as the queue
 * sets it apart, so the caseload and the queue agree.
 */
import type { ActionState, OpportunitySummary, TermSummary } from '../api/types.ts';
import { daysBetween } from './dates.ts';

export type DisplayStatus = 'eligible' | 'within30' | 'within90' | 'later' | 'acted' | 'blocked' | 'none';

/** Most pressing first: the order chips and sorting use. */
export const STATUS_ORDER: readonly DisplayStatus[] = ['eligible', 'within30', 'within90', 'later', 'acted', 'blocked', 'none'];

export const STATUS_LABEL: Record<DisplayStatus, string> = {
  eligible: 'Eligible now',
  within30: 'Within 30 days',
  within90: 'Within 90 days',
  later: 'Not yet',
  acted: 'Acted on',
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

/** An answer that takes an opportunity out of the work lists: granted, denied or upheld, or a snooze still running. */
export function settled(action: ActionState | undefined, today: string): boolean {
  if (action === undefined) return false;
  if (action.status === 'snoozed') return action.snoozedUntil !== null && action.snoozedUntil > today;
  return action.status === 'granted' || action.status === 'denied' || action.status === 'upheld';
}

/**
 * An opportunity the officer has answered with `action`: an open one, or one blocked by a single missing
 * fact ("almost", which the queue lists as work too); one blocked outright stays blocked.
 */
function actedOn(opportunity: OpportunitySummary, action: ActionState | undefined, today: string): boolean {
  const workable = opportunity.status !== 'ineligible' || (opportunity.almost?.missing.length ?? 0) > 0;
  return workable && settled(action, today);
}

/** One opportunity's chip, given the latest action on it: "acted on" once answered. */
export function chipStatus(opportunity: OpportunitySummary, action: ActionState | undefined, today: string): DisplayStatus {
  return actedOn(opportunity, action, today) ? 'acted' : opportunityStatus(opportunity, today);
}

const actionOn = (term: TermSummary, opportunity: OpportunitySummary) => term.actions.find((a) => a.kind === opportunity.kind);

/** One chip per term: its most pressing opportunity. */
export function termStatus(term: TermSummary, today: string): DisplayStatus {
  return mostPressing(term.opportunities.map((o) => chipStatus(o, actionOn(term, o), today)));
}

/** The earliest date among a term's opportunities still open to act on (the date the chip is about). */
export function termNextDate(term: TermSummary, today: string): string | null {
  const dates = term.opportunities
    .filter((o) => o.status !== 'ineligible' && o.date !== null && !actedOn(o, actionOn(term, o), today))
    .map((o) => o.date!);
  return dates.length ? dates.sort()[0]! : null;
}
