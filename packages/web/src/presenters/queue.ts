/**
 * The opportunity queue: per kind, who is eligible now and who is almost eligible, from the caseload
 * summary alone (GET /api/people), so the queue needs no per-person read until a row is opened.
 *
 * One row per person, term and kind. A term may list several opportunities of one kind (one per legal
 * basis); the row stands for the soonest of them, and the expanded row shows every basis with its
 * reasons and citations from the person's full evaluation.
 *
 * "Almost eligible" means one criterion away, in either of two forms the summary carries:
 *   - a date: an `upcoming` opportunity whose date is within ALMOST_DAYS of today ("eligible on
 *     2026-12-14, in 14 days");
 *   - one missing fact: an `ineligible` opportunity the evaluation marks `almost` (a restitution balance
 *     still owed, proof the case was not final, a look-back window still open), with what is missing and
 *     the date it would open if that were resolved today.
 *
 * An opportunity already answered is set apart ("acted on"): granted, denied (or the denial upheld), or
 * snoozed until a day still to come. Submitted, reopened and snoozes that have ended stay in the lists,
 * with their state on the row.
 */
import type { ActionState, OpportunitySummary, PersonSummary } from '../api/types.ts';
import { displayName } from './caseload.ts';
import { daysBetween } from './dates.ts';
import { settled } from './opportunity-status.ts';
import { isOpportunityKind, OPPORTUNITY_KINDS, type OpportunityKind } from './kinds.ts';

/** How near an upcoming date must be for the person to count as almost eligible. */
export const ALMOST_DAYS = 30;

export interface QueueRow {
  /** Unique across the queue: kind, person, term. */
  key: string;
  personId: string;
  name: string;
  termId: string;
  jurisdiction: string;
  kind: OpportunityKind;
  /** The date the opportunity opened (eligible) or opens (almost); null when the law gives none. */
  date: string | null;
  /** Days from today to the date: negative or zero once it has opened. */
  daysFromToday: number | null;
  /** Almost eligible by a missing fact (not by date): what is missing. */
  missing?: string[];
  /** The latest action recorded on this kind of the term. */
  action?: ActionState;
}

export interface KindQueue {
  eligible: QueueRow[];
  almost: QueueRow[];
  /** Eligible or almost, but already answered (see `settled`): out of the work lists. */
  actedOn: QueueRow[];
}

export type Queue = Record<OpportunityKind, KindQueue>;

type Standing = 'eligible' | 'almost' | 'neither';

/**
 * Eligible when the evaluation says so or an upcoming date has since passed; almost when the date is near
 * or the evaluation names the one missing fact.
 */
export function standing(opportunity: OpportunitySummary, today: string, almostDays = ALMOST_DAYS): Standing {
  if (opportunity.status === 'eligible') return 'eligible';
  if (opportunity.status === 'ineligible' && opportunity.almost && opportunity.almost.missing.length > 0) return 'almost';
  if (opportunity.status !== 'upcoming' || opportunity.date === null) return 'neither';
  const days = daysBetween(today, opportunity.date);
  if (days <= 0) return 'eligible';
  return days <= almostDays ? 'almost' : 'neither';
}

const RANK: Record<Standing, number> = { eligible: 0, almost: 1, neither: 2 };

/** Oldest date first (the longest waiting, or the soonest to open); no date last; then by name and id. */
export function compareRows(a: QueueRow, b: QueueRow): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.name.localeCompare(b.name, 'en') || a.personId.localeCompare(b.personId, 'en') || a.termId.localeCompare(b.termId, 'en');
}

export function buildQueue(people: readonly PersonSummary[], today: string, almostDays = ALMOST_DAYS): Queue {
  const queue = Object.fromEntries(OPPORTUNITY_KINDS.map((k) => [k, { eligible: [], almost: [], actedOn: [] } as KindQueue])) as Queue;
  for (const person of people) {
    const name = displayName(person.name, person.id);
    for (const term of person.terms) {
      // The best standing per kind on this term, and among equals the earliest date.
      const best = new Map<OpportunityKind, { standing: Standing; date: string | null; missing?: string[] }>();
      for (const o of term.opportunities) {
        if (!isOpportunityKind(o.kind)) continue;
        const s = standing(o, today, almostDays);
        if (s === 'neither') continue;
        const byFact = o.status === 'ineligible' && o.almost !== undefined;
        const date = byFact ? o.almost!.dateIfResolved : o.date;
        const held = best.get(o.kind);
        const earlier = held && date !== null && (held.date === null || date < held.date);
        if (!held || RANK[s] < RANK[held.standing] || (RANK[s] === RANK[held.standing] && earlier))
          best.set(o.kind, { standing: s, date, ...(byFact ? { missing: o.almost!.missing } : {}) });
      }
      for (const [kind, { standing: s, date, missing }] of best) {
        const action = term.actions.find((a) => a.kind === kind);
        queue[kind][settled(action, today) ? 'actedOn' : s === 'eligible' ? 'eligible' : 'almost'].push({
          key: `${kind}\u0000${person.id}\u0000${term.termId}`,
          personId: person.id,
          name,
          termId: term.termId,
          jurisdiction: term.jurisdiction,
          kind,
          date,
          daysFromToday: date === null ? null : daysBetween(today, date),
          ...(missing ? { missing } : {}),
          ...(action ? { action } : {}),
        });
      }
    }
  }
  for (const kind of OPPORTUNITY_KINDS) {
    queue[kind].eligible.sort(compareRows);
    queue[kind].almost.sort(compareRows);
    queue[kind].actedOn.sort(compareRows);
  }
  return queue;
}

/**
 * The tab the queue opens on when the address names none: the first kind with anyone eligible now, else
 * the first with anyone almost eligible, else the first kind. Opening on an empty tab ("No one.") while
 * another holds hundreds reads as an empty queue.
 */
export function openingKind(queue: Queue): OpportunityKind {
  return (
    OPPORTUNITY_KINDS.find((k) => queue[k].eligible.length > 0) ??
    OPPORTUNITY_KINDS.find((k) => queue[k].almost.length > 0) ??
    OPPORTUNITY_KINDS[0]
  );
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** What the row says about its date: "eligible on 2026-12-14, in 14 days" or "eligible since 2026-01-02 (30 days)". */
export function whenText(row: QueueRow): string {
  if (row.missing) {
    const opens =
      row.date === null ? '' : row.daysFromToday !== null && row.daysFromToday <= 0 ? ' it opens at once' : ` it opens on ${row.date}`;
    return `missing: ${row.missing.join('; ')}${opens ? ` (once resolved,${opens})` : ''}`;
  }
  if (row.date === null || row.daysFromToday === null) return 'eligible now (the law gives no date)';
  if (row.daysFromToday > 0) return `eligible on ${row.date}, in ${plural(row.daysFromToday, 'day')}`;
  if (row.daysFromToday === 0) return `eligible since today, ${row.date}`;
  return `eligible since ${row.date} (${plural(-row.daysFromToday, 'day')})`;
}

const ACTION_WORDS: Record<string, string> = {
  submitted: 'submitted',
  granted: 'granted',
  denied: 'denied',
  upheld: 'denial upheld',
  reopened: 'denial reopened',
};

/** The row's recorded state: "submitted on 2026-11-30", "snoozed until 2026-12-20", "snooze ended 2026-11-01"; '' with none. */
export function actionNote(row: QueueRow, today: string): string {
  const action = row.action;
  if (action === undefined) return '';
  const on = action.at.slice(0, 10);
  if (action.status === 'snoozed') {
    const until = action.snoozedUntil ?? '';
    return until > today ? `snoozed until ${until}` : `snooze ended ${until}`;
  }
  return `${ACTION_WORDS[action.status] ?? action.status} on ${on}`;
}
