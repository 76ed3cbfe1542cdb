import { describe, expect, it } from 'vitest';
import { orderObligations, restitutionTotals, type Obligation } from './obligations.ts';

const o = (id: number, startsAt: string, status = 'scheduled', endsAt: string | null = null): Obligation => ({
  id,
  kind: 'appointment',
  title: `#${id}`,
  startsAt,
  endsAt,
  location: null,
  amountUsd: null,
  status,
});

describe('the order of obligations', () => {
  const now = new Date('2026-12-01T18:00:00Z');

  it('case: coming up soonest first; the rest newest first', () => {
    const list = [
      o(1, '2026-12-10T17:00:00Z'),
      o(2, '2026-11-20T17:00:00Z', 'done'),
      o(3, '2026-12-03T16:00:00Z'),
      o(4, '2026-11-28T17:00:00Z', 'missed'),
      o(5, '2027-01-05T17:00:00Z'),
    ];
    const { upcoming, past } = orderObligations(list, now);
    expect(upcoming.map((x) => x.id)).toEqual([3, 1, 5]);
    expect(past.map((x) => x.id)).toEqual([4, 2]);
  });

  it('case: a program under way (started 17:00, ends 19:00, now 18:00) is coming up; a past one without a result is not', () => {
    const { upcoming, past } = orderObligations(
      [o(1, '2026-12-01T17:00:00Z', 'scheduled', '2026-12-01T19:00:00Z'), o(2, '2026-12-01T10:00:00Z')],
      now,
    );
    expect(upcoming.map((x) => x.id)).toEqual([1]);
    expect(past.map((x) => x.id)).toEqual([2]);
  });

  it('case: a cancelled appointment next week is not coming up; equal times keep id order (2 before 10)', () => {
    const { upcoming, past } = orderObligations(
      [o(10, '2026-12-08T17:00:00Z'), o(2, '2026-12-08T17:00:00Z'), o(7, '2026-12-09T17:00:00Z', 'cancelled')],
      now,
    );
    expect(upcoming.map((x) => x.id)).toEqual([2, 10]);
    expect(past.map((x) => x.id)).toEqual([7]);
  });
});

describe('restitution totals', () => {
  it('case: two terms: $500.10 + $120.20 ordered, $200.05 + $0.15 paid, $300.05 + $120.05 owed, to the cent', () => {
    expect(
      restitutionTotals([
        { termId: 'T-1', orderedUsd: 500.1, paidUsd: 200.05, balanceUsd: 300.05 },
        { termId: 'T-2', orderedUsd: 120.2, paidUsd: 0.15, balanceUsd: 120.05 },
      ]),
    ).toEqual({ orderedUsd: 620.3, paidUsd: 200.2, balanceUsd: 420.1 });
    expect(restitutionTotals([])).toEqual({ orderedUsd: 0, paidUsd: 0, balanceUsd: 0 });
  });
});
