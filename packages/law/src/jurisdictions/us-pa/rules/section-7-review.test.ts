/** Act 44 of 2023, Section 7: review of probation imposed before June 11, 2024. */
import { describe, expect, it } from 'vitest';
import { evaluate, opportunities, person, term } from '../../../../test/builders.ts';
import { applyReform } from '../../../engine/reforms.ts';
import type { SupervisionEvent, Term } from '../../../records/schema.ts';
import { usPa } from '../index.ts';
import { weaponViolation } from './test-helpers.ts';

const felony = [{ statute: '18 Pa.C.S. § 3921(a)', level: 'felony' as const, class: 'F3' }];
const misd = [{ statute: '18 Pa.C.S. § 3929', level: 'misdemeanor' as const, class: 'M1' }];

function review(fields: Partial<Term>, events: SupervisionEvent[], asOf: string, law = usPa) {
  const e = evaluate(law, person([term({ jurisdiction: 'US-PA', ...fields })], events), asOf);
  return { e, o: opportunities(e, 'review_conference') };
}

describe('Section 7 review', () => {
  const ten = { sentenceDate: '2019-03-01', startDate: '2019-03-01', length: { years: 10 }, offenses: felony };

  it('case: research example 3 — absconding on 2025-02-20 is inside the window: ineligible', () => {
    // Review = later of 2025-06-11 and 2019-03-01 + 48 months (2023-03-01) = 2025-06-11.
    // Window 2024-12-11 to 2025-06-11; 2025-02-20 is inside.
    const { e, o } = review(ten, [{ type: 'violation', date: '2025-02-20', category: 'absconding', status: 'sustained' }], '2025-07-01');
    expect(o).toHaveLength(1);
    expect(o[0]).toMatchObject({ status: 'ineligible', date: null });
    expect(o[0]!.citations).toContain('Act 44 of 2023, § 7(2)(i)(A)');
    expect(opportunities(e, 'early_termination')[0]).toMatchObject({ status: 'eligible', date: '2019-03-01' });
  });

  it('case: research example 3 without the violation — review on 2025-06-11', () => {
    expect(review(ten, [], '2025-06-10').o[0]).toMatchObject({ status: 'upcoming', date: '2025-06-11' });
    expect(review(ten, [], '2025-06-11').o[0]).toMatchObject({ status: 'eligible', date: '2025-06-11' });
    const words = (asOf: string) =>
      review(ten, [], asOf)
        .e.explanation.map((s) => s.text)
        .join(' ');
    expect(words('2025-06-10')).toContain('The review comes on the later of June 11, 2025 and the day you finished 4 years');
    expect(words('2025-07-01')).toContain('The review came on the later of June 11, 2025');
  });

  it('case: a probation that ended before its review is told in the past tense once both dates have passed', () => {
    // 1 year from 2022-03-15 (to 2023-03-15); review = later of 2025-06-11 and 2022-03-15 + 24 months = 2025-06-11.
    const short = { sentenceDate: '2022-03-15', startDate: '2022-03-15', length: { years: 1 }, offenses: misd };
    const text = review(short, [], '2025-12-31')
      .e.explanation.map((s) => s.text)
      .join(' ');
    expect(text).toContain(
      'Your probation was set to end on March 15, 2023, before June 11, 2025, so it ended before a review would have been due.',
    );
  });

  it('case: window edges — 2024-12-11 counts, 2024-12-10 does not', () => {
    // 2025-06-11 − 6 months = 2024-12-11.
    expect(review(ten, [weaponViolation('2024-12-11')], '2025-07-01').o[0]!.status).toBe('ineligible');
    expect(review(ten, [weaponViolation('2024-12-10')], '2025-07-01').o[0]!.status).toBe('eligible');
  });

  it('case: felony started 2022-01-15 — four years completed is later than 2025-06-11', () => {
    // 2022-01-15 + 48 months = 2026-01-15 > 2025-06-11.
    const { o } = review({ sentenceDate: '2022-01-15', startDate: '2022-01-15', length: { years: 6 }, offenses: felony }, [], '2025-12-31');
    expect(o[0]).toMatchObject({ status: 'upcoming', date: '2026-01-15' });
  });

  it('case: misdemeanor started 2023-07-01 — two years completed 2025-07-01; no 50% alternative', () => {
    // 2023-07-01 + 24 months = 2025-07-01 > 2025-06-11. (A 2-year term's 50%, 2024-07-01, is not used.)
    const { o } = review({ sentenceDate: '2023-07-01', startDate: '2023-07-01', length: { years: 2 }, offenses: misd }, [], '2025-06-30');
    expect(o[0]).toMatchObject({ status: 'upcoming', date: '2025-07-01' });
  });

  it('case: achievements do not move a Section 7 review', () => {
    const { o } = review(
      { sentenceDate: '2022-01-15', startDate: '2022-01-15', length: { years: 6 }, offenses: felony },
      [{ type: 'achievement', date: '2023-01-01', kind: 'bachelor_degree' }],
      '2025-12-31',
    );
    expect(o[0]!.date).toBe('2026-01-15');
  });

  it('case: as of 2024-06-10 there is no Section 7 review yet; as of 2024-06-11 it is upcoming', () => {
    expect(review(ten, [], '2024-06-10').o).toHaveLength(0);
    expect(review(ten, [], '2024-06-11').o[0]).toMatchObject({ status: 'upcoming', date: '2025-06-11' });
  });

  it('case: a missed appointment does not exclude', () => {
    const { o } = review(
      ten,
      [{ type: 'violation', date: '2025-02-20', category: 'technical', status: 'sustained', kinds: ['missed_appointment'] }],
      '2025-07-01',
    );
    expect(o[0]!.status).toBe('eligible');
  });
});

describe('Section 7 thresholds', () => {
  it('case: misdemeanor two years — started 2023-06-11 reviewed 2025-06-11; started 2023-06-12 reviewed 2025-06-12', () => {
    // Later of 2025-06-11 (one year after 2024-06-11) and start + 24 months.
    // 2023-06-11 + 24 months = 2025-06-11 (a tie: 2025-06-11); 2023-06-12 + 24 months = 2025-06-12.
    const at = (start: string) =>
      review({ sentenceDate: start, startDate: start, length: { years: 4 }, offenses: misd }, [], '2025-06-01').o[0];
    expect(at('2023-06-11')).toMatchObject({ status: 'upcoming', date: '2025-06-11' });
    expect(at('2023-06-12')).toMatchObject({ status: 'upcoming', date: '2025-06-12' });
  });

  it('case: felony four years — started 2021-06-11 reviewed 2025-06-11; started 2021-06-12 reviewed 2025-06-12', () => {
    // 2021-06-11 + 48 months = 2025-06-11; 2021-06-12 + 48 months = 2025-06-12.
    const at = (start: string) =>
      review({ sentenceDate: start, startDate: start, length: { years: 8 }, offenses: felony }, [], '2025-06-01').o[0];
    expect(at('2021-06-11')).toMatchObject({ status: 'upcoming', date: '2025-06-11' });
    expect(at('2021-06-12')).toMatchObject({ status: 'upcoming', date: '2025-06-12' });
  });

  it('case: absconding excludes under the reading chosen; with section7.abscondingExcludes = false it does not', () => {
    // Section 7(2)(i)(A) was read only to item (IV); whether absconding is listed is open.
    const ten = { sentenceDate: '2019-03-01', startDate: '2019-03-01', length: { years: 10 }, offenses: felony };
    const absconded: SupervisionEvent[] = [{ type: 'violation', date: '2025-02-20', category: 'absconding', status: 'sustained' }];
    const fourItemsOnly = applyReform(usPa, {
      name: 'Section 7(2)(i)(A) lists only items (I)–(IV)',
      citations: ['Act 44 of 2023, § 7(2)(i)(A)'],
      parameters: {
        'us-pa.section7.abscondingExcludes': [
          { from: '2024-06-11', value: false, source: { citation: 'Act 44 of 2023, § 7(2)(i)(A) (reading)' } },
        ],
      },
    });
    expect(review(ten, absconded, '2025-07-01').o[0]!.status).toBe('ineligible');
    expect(review(ten, absconded, '2025-07-01', fourItemsOnly).o[0]).toMatchObject({ status: 'eligible', date: '2025-06-11' });
  });
});

describe('Section 7 and the end of the term', () => {
  it('case: probation that ends before the review gets none', () => {
    // Misdemeanor 2 years from 2023-01-10 ends 2025-01-10, before the review on 2025-06-11.
    const { o } = review({ sentenceDate: '2023-01-10', startDate: '2023-01-10', length: { years: 2 }, offenses: misd }, [], '2024-12-31');
    expect(o).toHaveLength(0);
  });
});
