/**
 * The supervisor's view of the caller's scope. From the caseload summary (GET /api/people): totals,
 * people still listed past their lawful end date, how long eligible opportunities have stood open, and
 * the law's standing by jurisdiction. From GET /api/unit/outcomes: outcomes (latest actions) by officer,
 * age band and jurisdiction, to surface disparities.
 *
 * Known gap, stated on the page too: the record format's only demographic field is the birth date, so
 * disparities by race, ethnicity or sex cannot be measured here, only by age.
 */
import type { PersonSummary, UnitOutcomeRow, UnitOutcomes } from '../api/types.ts';
import { displayName } from './caseload.ts';
import { daysBetween } from './dates.ts';
import { isOpportunityKind, OPPORTUNITY_KINDS, type OpportunityKind } from './kinds.ts';
import { standing } from './queue.ts';

export interface UnitTotals {
  people: number;
  terms: number;
  /** Eligible opportunities now, per kind (a term counts once per kind). */
  eligibleByKind: Record<OpportunityKind, number>;
  /** Terms with an opportunity opening in the next 30 (and 90) days, per kind (a term counts once per kind). */
  upcomingWithin30: number;
  upcomingWithin90: number;
}

interface TermKindState {
  eligibleDate: string | null | undefined;
  /** Days to the soonest upcoming date of that kind, if any. */
  upcomingDays: number | undefined;
}

/** Per term and kind: whether an opportunity is open (with its earliest date) and the soonest upcoming one. */
function termKinds(term: PersonSummary['terms'][number], today: string): Map<OpportunityKind, TermKindState> {
  const out = new Map<OpportunityKind, TermKindState>();
  for (const o of term.opportunities) {
    if (!isOpportunityKind(o.kind)) continue;
    const state = out.get(o.kind) ?? { eligibleDate: undefined, upcomingDays: undefined };
    // Any window past 30 days: `standing` is asked only whether the date has passed.
    if (standing(o, today, Number.MAX_SAFE_INTEGER) === 'eligible') {
      if (state.eligibleDate === undefined || (o.date !== null && (state.eligibleDate === null || o.date < state.eligibleDate)))
        state.eligibleDate = o.date;
    } else if (o.status === 'upcoming' && o.date !== null) {
      const days = daysBetween(today, o.date);
      if (state.upcomingDays === undefined || days < state.upcomingDays) state.upcomingDays = days;
    }
    out.set(o.kind, state);
  }
  return out;
}

export function unitTotals(people: readonly PersonSummary[], today: string): UnitTotals {
  const eligibleByKind = Object.fromEntries(OPPORTUNITY_KINDS.map((k) => [k, 0])) as Record<OpportunityKind, number>;
  let terms = 0;
  let upcomingWithin30 = 0;
  let upcomingWithin90 = 0;
  for (const person of people) {
    for (const term of person.terms) {
      terms++;
      for (const [kind, state] of termKinds(term, today)) {
        if (state.eligibleDate !== undefined) {
          eligibleByKind[kind]++;
          continue;
        }
        if (state.upcomingDays !== undefined && state.upcomingDays <= 30) upcomingWithin30++;
        if (state.upcomingDays !== undefined && state.upcomingDays <= 90) upcomingWithin90++;
      }
    }
  }
  return { people: people.length, terms, eligibleByKind, upcomingWithin30, upcomingWithin90 };
}

export interface PastEndRow {
  personId: string;
  name: string;
  termId: string;
  jurisdiction: string;
  projectedEndDate: string;
  daysPast: number;
}

/**
 * Terms whose projected (lawful) end date is before today while the person is still listed: each one is
 * supervision the law no longer allows. Longest overdue first.
 */
export function pastLawfulEnd(people: readonly PersonSummary[], today: string): PastEndRow[] {
  const rows: PastEndRow[] = [];
  for (const person of people) {
    for (const term of person.terms) {
      if (term.projectedEndDate === null || term.projectedEndDate >= today) continue;
      rows.push({
        personId: person.id,
        name: displayName(person.name, person.id),
        termId: term.termId,
        jurisdiction: term.jurisdiction,
        projectedEndDate: term.projectedEndDate,
        daysPast: daysBetween(term.projectedEndDate, today),
      });
    }
  }
  return rows.sort(
    (a, b) => b.daysPast - a.daysPast || a.personId.localeCompare(b.personId, 'en') || a.termId.localeCompare(b.termId, 'en'),
  );
}

export const AGE_BUCKETS = ['0–30 days', '31–90 days', '91–180 days', 'over 180 days'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export function ageBucket(days: number): AgeBucket {
  if (days <= 30) return '0–30 days';
  if (days <= 90) return '31–90 days';
  if (days <= 180) return '91–180 days';
  return 'over 180 days';
}

export interface OpportunityAges {
  buckets: { bucket: AgeBucket; count: number }[];
  /** Eligible opportunities whose law gives no date, so no age. */
  undated: number;
}

/** How long each open opportunity (per term and kind) has stood open: today − its date, bucketed. */
export function opportunityAges(people: readonly PersonSummary[], today: string): OpportunityAges {
  const counts = new Map<AgeBucket, number>(AGE_BUCKETS.map((b) => [b, 0]));
  let undated = 0;
  for (const person of people) {
    for (const term of person.terms) {
      for (const state of termKinds(term, today).values()) {
        if (state.eligibleDate === undefined) continue;
        if (state.eligibleDate === null) undated++;
        else {
          const bucket = ageBucket(Math.max(0, daysBetween(state.eligibleDate, today)));
          counts.set(bucket, counts.get(bucket)! + 1);
        }
      }
    }
  }
  return { buckets: AGE_BUCKETS.map((bucket) => ({ bucket, count: counts.get(bucket)! })), undated };
}

export interface GroupRow {
  group: string;
  terms: number;
  /** Terms with at least one opportunity open now. */
  withEligible: number;
  /** Terms where every opportunity the law offers is blocked by an exclusion. */
  allBlocked: number;
  pastEnd: number;
}

/** Per jurisdiction: how many terms have an opportunity open, have all blocked, or run past their end. */
export function byJurisdiction(people: readonly PersonSummary[], today: string): GroupRow[] {
  const groups = new Map<string, GroupRow>();
  for (const person of people) {
    for (const term of person.terms) {
      const row = groups.get(term.jurisdiction) ?? { group: term.jurisdiction, terms: 0, withEligible: 0, allBlocked: 0, pastEnd: 0 };
      row.terms++;
      if ([...termKinds(term, today).values()].some((s) => s.eligibleDate !== undefined)) row.withEligible++;
      if (term.opportunities.length > 0 && term.opportunities.every((o) => o.status === 'ineligible')) row.allBlocked++;
      if (term.projectedEndDate !== null && term.projectedEndDate < today) row.pastEnd++;
      groups.set(term.jurisdiction, row);
    }
  }
  return [...groups.values()].sort((a, b) => a.group.localeCompare(b.group, 'en'));
}

/** A share as a whole percentage, for a table cell; "—" when there is nothing to divide by. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`;
}

/** The ways GET /api/unit/outcomes groups the scope, as the page's selector offers them. */
export const OUTCOME_GROUPINGS = [
  { id: 'officer', text: 'Officer' },
  { id: 'ageBand', text: 'Age band' },
  { id: 'jurisdiction', text: 'Jurisdiction' },
] as const satisfies readonly { id: keyof UnitOutcomes['groups']; text: string }[];
export type OutcomeGrouping = (typeof OUTCOME_GROUPINGS)[number]['id'];

export function isOutcomeGrouping(value: string): value is OutcomeGrouping {
  return OUTCOME_GROUPINGS.some((g) => g.id === value);
}

/** Granted ÷ decided (granted + denied), as a whole percentage; "—" when nothing was decided. */
export function grantRate(row: Pick<UnitOutcomeRow, 'granted' | 'denied'>): string {
  return percent(row.granted, row.granted + row.denied);
}

export interface OutcomeTableRow extends UnitOutcomeRow {
  grantRate: string;
  /**
   * Jurisdiction rows only (null otherwise): terms where every opportunity the law offers is blocked, from
   * the caseload summary's standing (`byJurisdiction`), so the law's own share of a gap shows beside it.
   */
  allBlocked: number | null;
}

/** The rows of one grouping, in the server's order, with the grant rate (and, by jurisdiction, the blocked terms). */
export function outcomeTable(outcomes: UnitOutcomes, grouping: OutcomeGrouping, standing: readonly GroupRow[]): OutcomeTableRow[] {
  const blocked = new Map(standing.map((g) => [g.group, g.allBlocked]));
  return outcomes.groups[grouping].map((row) => ({
    ...row,
    grantRate: grantRate(row),
    allBlocked: grouping === 'jurisdiction' ? (blocked.get(row.group) ?? 0) : null,
  }));
}
