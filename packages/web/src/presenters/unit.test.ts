import { describe, expect, it } from 'vitest';
import type { PersonSummary, TermSummary, UnitOutcomeRow, UnitOutcomes } from '../api/types.ts';
import {
  ageBucket,
  byJurisdiction,
  grantRate,
  isOutcomeGrouping,
  opportunityAges,
  outcomeTable,
  pastLawfulEnd,
  percent,
  unitTotals,
} from './unit.ts';

const today = '2026-06-01';

function term(termId: string, partial: Partial<TermSummary>): TermSummary {
  return {
    termId,
    jurisdiction: 'CA',
    asOf: '2026-05-31',
    actions: [],
    projectedEndDate: null,
    opportunities: [],
    sanctionLimit: null,
    ...partial,
  };
}
const person = (id: string, terms: TermSummary[]): PersonSummary => ({ id, agencyId: 'A', name: null, terms });

const people: PersonSummary[] = [
  person('P1', [
    term('T1', {
      projectedEndDate: '2026-05-01',
      opportunities: [
        { kind: 'term_cap', status: 'eligible', date: '2026-05-01' },
        { kind: 'early_termination', status: 'eligible', date: '2025-01-01' },
        { kind: 'early_termination', status: 'eligible', date: '2026-04-01' },
      ],
    }),
    term('T2', { jurisdiction: 'PA', opportunities: [{ kind: 'review_conference', status: 'upcoming', date: '2026-06-20' }] }),
  ]),
  person('P2', [
    term('T1', {
      projectedEndDate: '2027-01-01',
      opportunities: [
        { kind: 'earned_discharge', status: 'upcoming', date: '2026-08-01' },
        { kind: 'early_termination', status: 'eligible', date: null },
      ],
    }),
  ]),
  person('P3', [
    term('T1', { projectedEndDate: '2026-05-31', opportunities: [{ kind: 'early_termination', status: 'ineligible', date: null }] }),
  ]),
];

describe('unitTotals', () => {
  it('case: people, terms, eligible per kind (a term once per kind) and upcoming within 30 and 90 days', () => {
    expect(unitTotals(people, today)).toEqual({
      people: 3,
      terms: 4,
      eligibleByKind: { earned_discharge: 0, early_termination: 2, review_conference: 0, term_cap: 1 },
      upcomingWithin30: 1,
      upcomingWithin90: 2,
    });
  });
});

describe('pastLawfulEnd', () => {
  it('case: terms whose projected end is before today, longest overdue first; today itself is not past', () => {
    expect(pastLawfulEnd(people, today).map((r) => [r.personId, r.termId, r.daysPast])).toEqual([
      ['P1', 'T1', 31],
      ['P3', 'T1', 1],
    ]);
    expect(pastLawfulEnd([person('P9', [term('T1', { projectedEndDate: today })])], today)).toEqual([]);
  });
});

describe('opportunityAges', () => {
  it('case: the bucket bounds are inclusive', () => {
    expect([0, 30, 31, 90, 91, 180, 181].map(ageBucket)).toEqual([
      '0–30 days',
      '0–30 days',
      '31–90 days',
      '31–90 days',
      '91–180 days',
      '91–180 days',
      'over 180 days',
    ]);
  });

  it('case: each open opportunity is aged from its earliest date; one without a date is counted apart', () => {
    expect(opportunityAges(people, today)).toEqual({
      buckets: [
        { bucket: '0–30 days', count: 0 },
        { bucket: '31–90 days', count: 1 },
        { bucket: '91–180 days', count: 0 },
        { bucket: 'over 180 days', count: 1 },
      ],
      undated: 1,
    });
  });
});

describe('byJurisdiction', () => {
  it('case: per jurisdiction, terms with an open opportunity, with every opportunity blocked, and past their end', () => {
    expect(byJurisdiction(people, today)).toEqual([
      { group: 'CA', terms: 3, withEligible: 2, allBlocked: 1, pastEnd: 2 },
      { group: 'PA', terms: 1, withEligible: 0, allBlocked: 0, pastEnd: 0 },
    ]);
    expect(percent(1, 3)).toBe('33%');
    expect(percent(0, 0)).toBe('—');
  });
});

describe('outcomes by group', () => {
  const row = (group: string, granted: number, denied: number): UnitOutcomeRow => ({
    group,
    people: 3,
    terms: 4,
    eligibleNow: 2,
    submitted: 1,
    granted,
    denied,
    pastLawfulEnd: 1,
  });
  const outcomes: UnitOutcomes = {
    asOf: today,
    groups: {
      officer: [row('Officer B', 2, 1), row('No officer', 0, 0)],
      ageBand: [row('under 25', 0, 3), row('unknown', 1, 0)],
      jurisdiction: [row('CA', 1, 2), row('not evaluated', 1, 0)],
    },
  };

  it('case: the grant rate is granted over granted plus denied, rounded; "—" when nothing was decided', () => {
    expect([grantRate({ granted: 2, denied: 1 }), grantRate({ granted: 0, denied: 3 }), grantRate({ granted: 0, denied: 0 })]).toEqual([
      '67%',
      '0%',
      '—',
    ]);
  });

  it('case: a grouping keeps the server order and adds the grant rate; only jurisdiction rows carry the blocked terms', () => {
    const standing = byJurisdiction(people, today);
    expect(outcomeTable(outcomes, 'officer', standing).map((r) => [r.group, r.grantRate, r.allBlocked])).toEqual([
      ['Officer B', '67%', null],
      ['No officer', '—', null],
    ]);
    expect(outcomeTable(outcomes, 'ageBand', standing).map((r) => [r.group, r.grantRate])).toEqual([
      ['under 25', '0%'],
      ['unknown', '100%'],
    ]);
    // CA has one term with every opportunity blocked (P3); a group the summary lacks has none.
    expect(outcomeTable(outcomes, 'jurisdiction', standing)).toEqual([
      { ...row('CA', 1, 2), grantRate: '33%', allBlocked: 1 },
      { ...row('not evaluated', 1, 0), grantRate: '100%', allBlocked: 0 },
    ]);
  });

  it('case: only the three groupings are accepted from the selector', () => {
    expect(['officer', 'ageBand', 'jurisdiction', 'race', ''].map(isOutcomeGrouping)).toEqual([true, true, true, false, false]);
  });
});
