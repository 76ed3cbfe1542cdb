/**
 * 42 Pa.C.S. § 9774.1(b)(3): consecutive probation sentences count together for the review date.
 * Dates computed by hand from the statute; calendar arithmetic clamps to the month's end (spec § 3).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, opportunities, person, term } from '../../../../test/builders.ts';
import type { Offense, Term } from '../../../records/schema.ts';
import { usPa } from '../index.ts';

const retailTheft = (offenseDate?: string): Offense[] => [
  { statute: '18 Pa.C.S. § 3929(a)(1)', level: 'misdemeanor', class: 'M2', ...(offenseDate === undefined ? {} : { offenseDate }) },
];
const felonyTheft: Offense[] = [{ statute: '18 Pa.C.S. § 3921(a)', level: 'felony', class: 'F3', offenseDate: '2024-05-01' }];

/** Two probation terms of `years` (3 unless given) sentenced 2024-07-01, the second to run after the first (from 2027-07-01 for 3). */
function chain(first: Offense[], second: Offense[], years = 3): Term[] {
  return [
    term({ jurisdiction: 'US-PA', id: 'T-1', sentenceDate: '2024-07-01', startDate: '2024-07-01', length: { years }, offenses: first }),
    term({
      jurisdiction: 'US-PA',
      id: 'T-2',
      sentenceDate: '2024-07-01',
      startDate: `${2024 + years}-07-01`,
      length: { years },
      offenses: second,
      consecutiveTo: 'T-1',
    }),
  ];
}

function prcDates(terms: Term[], asOf = '2025-12-31') {
  const record = person(terms);
  return terms.map((t) => {
    const e = evaluate(usPa, record, asOf, t.id);
    return { e, date: opportunities(e, 'review_conference')[0]?.date };
  });
}

describe('§ 9774.1(b)(3) consecutive sentences', () => {
  it('case: achievements recorded on one term move the one conference of the chain, with the felony grade of the chain for (c)(2)', () => {
    // T-1 felony theft (3 years from 2024-07-01), T-2 misdemeanor (3 years from 2027-07-01): (b)(3)(iii) 4 years or
    // 50% of 72 months, whichever is sooner: 2024-07-01 + 36 months = 2027-07-01. A GED (2025-06-01, on T-1) and an
    // approved vocational certificate (2025-08-01, on T-1): a felony chain takes both, 6 + 6 months earlier:
    // 2026-07-01, on both terms (T-2 had read neither, nor the felony: 2027-07-01).
    const record = person(chain(felonyTheft, retailTheft('2024-05-01')), [
      { type: 'achievement', termId: 'T-1', date: '2025-06-01', kind: 'ged' },
      { type: 'achievement', termId: 'T-1', date: '2025-08-01', kind: 'vocational_certificate', approved: true },
    ]);
    for (const id of ['T-1', 'T-2']) {
      expect(opportunities(evaluate(usPa, record, '2025-12-31', id), 'review_conference')[0]!.date).toBe('2026-07-01');
    }
  });

  it('case: the first term ends on the review day, but the chain runs on: the hold-by day is not said to come too late', () => {
    // T-1, T-2: misdemeanors of one episode (offense dates 2024-03-01), 2 years each, sentenced 2024-07-01; T-1 from
    // 2024-07-01 to 2026-07-01, T-2 from then to 2028-07-01. (b)(3)(i): 2 years from 2024-07-01 = 2026-07-01, or 50% of
    // 48 months = 24 months = 2026-07-01: the review is 2026-07-01, held by 2026-07-01 + 60 days = 2026-08-30. A
    // conference that ends probation ends T-2 too, so T-1's end (2026-07-01) does not make the hold-by day too late;
    // before, T-1's reasons said the conference "must be held by that day to make a difference".
    for (const { e } of prcDates(chain(retailTheft('2024-03-01'), retailTheft('2024-03-01'), 2))) {
      const o = opportunities(e, 'review_conference')[0]!;
      expect(o).toMatchObject({ status: 'upcoming', date: '2026-07-01' });
      expect(o.reasons[0]).toContain('The court must hold the conference by August 30, 2026.');
      expect(o.reasons[0]).not.toContain('to make a difference');
    }
  });

  it('case: a weapon violation recorded on the first term moves the one conference of the chain, on the second term too', () => {
    // Review 2026-07-01 (first case below). A sustained weapon violation on T-1, 2026-03-01, lies within the 6 months
    // before it (2026-01-01 to 2026-07-01), so (g)(2) moves the conference to 2026-03-01 + 6 months = 2026-09-01, for
    // T-2 as well: one conference for the whole chain (before, T-2 read only its own violations: 2026-07-01).
    const terms = chain(retailTheft('2024-05-01'), retailTheft('2024-05-01'));
    const record = person(terms, [
      { type: 'violation', termId: 'T-1', date: '2026-03-01', category: 'technical', kinds: ['weapon'], status: 'sustained' },
    ]);
    for (const id of ['T-1', 'T-2']) {
      expect(opportunities(evaluate(usPa, record, '2026-04-01', id), 'review_conference')[0]!.date).toBe('2026-09-01');
    }
  });

  it('case: (b)(3)(i) — misdemeanors from one episode: 2 years from the first start beats 50% of the 6-year aggregate', () => {
    // Aggregate 36 + 36 = 72 months; 50% = 36 months → 2024-07-01 + 36 months = 2027-07-01.
    // 2 years of probation from 2024-07-01 = 2026-07-01 → the sooner, 2026-07-01, on both terms.
    // Term by term it would be 2025-07-01 (T-1: 50% of 3 years = 18 months, floor 2025-07-01) and
    // 2027-07-01 + 18 months = 2029-01-01 (T-2).
    const [t1, t2] = prcDates(chain(retailTheft('2024-05-01'), retailTheft('2024-05-01')));
    expect(t1!.date).toBe('2026-07-01');
    expect(t2!.date).toBe('2026-07-01');
    expect(opportunities(t1!.e, 'review_conference')[0]!.citations).toContain('42 Pa.C.S. § 9774.1(b)(3)(i)');
    expect(t2!.e.warnings.some((w) => w.startsWith('If this probation follows a State prison sentence'))).toBe(false);
  });

  it('case: (b)(3)(iii) — misdemeanors from separate episodes: 4 years, or 50% of the aggregate if sooner', () => {
    // Offense dates 2024-03-01 and 2024-05-01: separate episodes → 4 years = 2028-07-01;
    // 50% of 72 months = 36 months = 2027-07-01 → 2027-07-01.
    const [t1, t2] = prcDates(chain(retailTheft('2024-03-01'), retailTheft('2024-05-01')));
    expect(t1!.date).toBe('2027-07-01');
    expect(t2!.date).toBe('2027-07-01');
    expect(opportunities(t2!.e, 'review_conference')[0]!.citations).toContain('42 Pa.C.S. § 9774.1(b)(3)(iii)');
  });

  it('case: (b)(3)(ii) — a felony in the chain: 4 years or 50% of the aggregate', () => {
    // Felony + misdemeanor, one episode: 4 years = 2028-07-01; 50% of 72 months = 2027-07-01 → 2027-07-01.
    const [, t2] = prcDates(chain(felonyTheft, retailTheft('2024-05-01')));
    expect(t2!.date).toBe('2027-07-01');
    expect(opportunities(t2!.e, 'review_conference')[0]!.citations).toContain('42 Pa.C.S. § 9774.1(b)(3)(ii)');
  });

  it('case: (b)(3)(iii) — a felony and a misdemeanor from separate episodes: the same 4 years, cited under (iii)', () => {
    // Offense dates 2024-05-01 and 2024-03-01: separate episodes → 4 years = 2028-07-01;
    // 50% of 72 months = 2027-07-01 → 2027-07-01, as under (ii).
    const [, t2] = prcDates(chain(felonyTheft, retailTheft('2024-03-01')));
    expect(t2!.date).toBe('2027-07-01');
    expect(opportunities(t2!.e, 'review_conference')[0]!.citations).toContain('42 Pa.C.S. § 9774.1(b)(3)(iii)');
  });

  it('case: month end — two 13-month misdemeanor terms from 2025-01-31: 50% of 26 months clamps to 2026-02-28', () => {
    // 50% of 13 + 13 = 26 months = 13 months: 2025-01-31 + 13 months = 2026-02-28 (clamped to February's end).
    // 2 years from 2025-01-31 = 2027-01-31; floor 2025-01-31 + 12 months = 2026-01-31 → 2026-02-28, which is
    // also T-1's last day (2025-01-31 + 13 months), so T-1 still gets it.
    const misd = retailTheft('2024-12-01');
    const terms = [
      term({
        jurisdiction: 'US-PA',
        id: 'T-1',
        sentenceDate: '2025-01-31',
        startDate: '2025-01-31',
        length: { months: 13 },
        offenses: misd,
      }),
      term({
        jurisdiction: 'US-PA',
        id: 'T-2',
        sentenceDate: '2025-01-31',
        startDate: '2026-02-28',
        length: { months: 13 },
        offenses: misd,
        consecutiveTo: 'T-1',
      }),
    ];
    const [t1, t2] = prcDates(terms, '2025-12-31');
    expect(t1!.date).toBe('2026-02-28');
    expect(t2!.date).toBe('2026-02-28');
  });

  it('case: a GED earned during the first probation counts for the review on the second', () => {
    // (b)(3)(i) date 2026-07-01 (first case); GED 2025-03-01, earned while serving the consecutive
    // probation → (c)(1) six months earlier: 2026-01-01; floor 2024-07-01 + 12 months = 2025-07-01.
    const terms = chain(retailTheft('2024-05-01'), retailTheft('2024-05-01'));
    const record = person(terms, [{ type: 'achievement', date: '2025-03-01', kind: 'ged' }]);
    const e = evaluate(usPa, record, '2025-12-31', 'T-2');
    expect(opportunities(e, 'review_conference')[0]!.date).toBe('2026-01-01');
  });

  it('case: offense dates missing — one episode assumed, with a warning', () => {
    const [t1] = prcDates(chain(retailTheft(), retailTheft()));
    expect(t1!.date).toBe('2026-07-01');
    expect(t1!.e.warnings.some((w) => w.includes('(b)(3)(iii)'))).toBe(true);
  });
});

describe('§ 9774.1(b)(3) a chain takes in only sentences the Act reaches', () => {
  it('case: a 2024 probation consecutive to a 2023 one is its own chain: (b)(5) from its own sentencing', () => {
    // T-1 sentenced 2023-01-01 (before June 11, 2024: Section 7), 2 years; T-2 sentenced 2024-08-01, from 2025-01-01,
    // 2 years. T-2 alone: (b)(1) min(2025-01-01 + 2 years, + 50% of 24 months) = 2026-01-01; (b)(5) floor
    // 2024-08-01 + 12 months = 2025-08-01 does not bind. Joined to T-1 it would be 2023-01-01 + 50% of 48 months =
    // 2025-01-01, the day T-2 begins.
    const terms = [
      term({
        jurisdiction: 'US-PA',
        id: 'T-1',
        sentenceDate: '2023-01-01',
        startDate: '2023-01-01',
        length: { years: 2 },
        offenses: retailTheft('2022-06-01'),
      }),
      term({
        jurisdiction: 'US-PA',
        id: 'T-2',
        sentenceDate: '2024-08-01',
        startDate: '2025-01-01',
        length: { years: 2 },
        offenses: retailTheft('2024-05-01'),
        consecutiveTo: 'T-1',
      }),
    ];
    expect(prcDates(terms, '2025-03-01')[1]!.date).toBe('2026-01-01');
  });
});

describe('§ 9774.1(b)(4) not through a pre-Act probation', () => {
  it('case: parole P, then a 2019 probation T-1, then a 2024 probation T-2: T-2 follows probation, not State prison', () => {
    // T-2 alone (felony, 5 years from 2025-01-02): min(4 years = 2029-01-02, 50% = 2027-07-02) = 2027-07-02; the (b)(5)
    // floor 2024-08-01 + 12 months = 2025-08-01 does not bind. No (b)(4) move: the parole ended 2023-01-01, and T-2
    // follows T-1, a probation reviewed under Section 7.
    const felony = (offenseDate: string): Offense[] => [{ statute: '18 Pa.C.S. § 3921(a)', level: 'felony', class: 'F3', offenseDate }];
    const terms = [
      term({
        jurisdiction: 'US-PA',
        id: 'P',
        kind: 'parole',
        sentenceDate: '2019-01-01',
        startDate: '2021-01-01',
        endDate: '2023-01-01',
        length: undefined,
        offenses: felony('2018-06-01'),
      }),
      term({
        jurisdiction: 'US-PA',
        id: 'T-1',
        sentenceDate: '2019-01-01',
        startDate: '2023-01-02',
        length: { years: 2 },
        consecutiveTo: 'P',
        offenses: felony('2018-06-01'),
      }),
      term({
        jurisdiction: 'US-PA',
        id: 'T-2',
        sentenceDate: '2024-08-01',
        startDate: '2025-01-02',
        length: { years: 5 },
        consecutiveTo: 'T-1',
        offenses: felony('2024-03-01'),
      }),
    ];
    const [, , t2] = prcDates(terms, '2025-06-01');
    expect(t2!.date).toBe('2027-07-02');
    const said = t2!.e.explanation.map((s) => s.text).join(' ');
    expect(said).toContain('Your probation follows term T-1, sentenced on January 1, 2019, before Act 44 took effect.');
    expect(said).not.toContain('Your probation follows State prison');
  });
});
