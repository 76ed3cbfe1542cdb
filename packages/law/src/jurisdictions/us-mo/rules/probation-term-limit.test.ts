/** RSMo § 559.016.1, .3: total time on probation, extensions included (felony 5 years, misdemeanor 2, + 1 after a violation). */
import { describe, expect, it } from 'vitest';
import type { SupervisionEvent } from '../../../records/schema.ts';
import { evaluate, person } from '../../../../test/builders.ts';
import { usMo } from '../index.ts';
import { mo, moTerm, opp, run } from './test-helpers.ts';

const extension = (date: string, months: number) => ({ type: 'extension' as const, date, months });
/** Credits would otherwise discharge these terms before the extensions (the order is then too late). */
const noCredits = { type: 'credits_ineligible' as const, date: '2021-03-15' };
const sustained = (date: string, status: 'sustained' | 'reported' = 'sustained'): SupervisionEvent => ({
  type: 'violation',
  date,
  category: 'technical',
  status,
});

describe('§ 559.016.3: total time on probation', () => {
  it('case: felony, 5 years from 2021-03-15, a violation found, extended 24 months: limit 2021-03-15 + 6 years = 2027-03-15', () => {
    // Scheduled: 2026-03-15 + 24 months = 2028-03-15, past 5 + 1 years from the start.
    const r = run(mo({ orders: [noCredits, extension('2025-01-10', 24)] }, [sustained('2024-12-01')]), '2025-02-01');
    expect(r).toMatchObject({ scheduledEndDate: '2028-03-15', statutoryMaxEndDate: '2027-03-15', projectedEndDate: '2027-03-15' });
    expect(opp(r, 'term_cap')).toMatchObject({
      status: 'upcoming',
      date: '2027-03-15',
      citations: ['RSMo § 559.016.1', 'RSMo § 559.016.3', 'RSMo § 559.036.2'],
    });
    expect(r.explanation.map((s) => s.text).join(' ')).toContain(
      'plus 1 more year because a violation was found on December 1, 2024, counted from the day your probation began (March 15, 2021). So by law your probation must end by March 15, 2027.',
    );
  });

  it('case: no violation found (a pending report does not count): 12 more months pass the 5 years, limit 2026-03-15', () => {
    const r = run(mo({ orders: [noCredits, extension('2025-01-10', 12)] }, [sustained('2024-12-01', 'reported')]), '2025-02-01');
    expect(r).toMatchObject({ scheduledEndDate: '2027-03-15', statutoryMaxEndDate: '2026-03-15' });
    expect(opp(r, 'term_cap')).toMatchObject({ date: '2026-03-15' });
  });

  it('case: two extensions with no violation found: both applied (within 5 years), the second warned of', () => {
    // 3 years from 2021-03-15 + 12 + 12 months = 2026-03-15, within 5 years; § 559.016.3 allows one extension.
    const twice = { length: { years: 3 }, orders: [noCredits, extension('2023-06-01', 12), extension('2023-12-01', 12)] };
    const r = run(mo(twice), '2024-01-01');
    expect(r).toMatchObject({ scheduledEndDate: '2026-03-15', statutoryMaxEndDate: null });
    expect(r.warnings.some((w) => w.includes('2 extensions') && w.includes('December 1, 2023') && w.includes('§ 559.016.3'))).toBe(true);
    // A violation found before the second extension: the exception may apply, so no warning.
    const found = run(mo(twice, [sustained('2023-11-01')]), '2024-01-01');
    expect(found.warnings.some((w) => w.includes('2 extensions'))).toBe(false);
  });

  it('case: an extension within the limit reports no limit (3 years + 12 months = 4 years)', () => {
    const r = run(mo({ length: { years: 3 }, orders: [noCredits, extension('2023-06-01', 12)] }), '2023-07-01');
    expect(r.scheduledEndDate).toBe('2025-03-15');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(opp(r, 'term_cap')).toBeUndefined();
  });

  it('case: exactly 5 years as ordered is within the limit; a day over is not reachable by months, so 1 month is', () => {
    expect(run(mo(), '2021-12-31').statutoryMaxEndDate).toBeNull();
    // 5 years 1 month: 2026-04-15 > 2026-03-15.
    expect(run(mo({ length: { years: 5, months: 1 } }), '2021-12-31').statutoryMaxEndDate).toBe('2026-03-15');
  });

  it('case: misdemeanor, 2 years from 2024-02-29 extended 6 months: limit 2026-02-28 (month-end clamp)', () => {
    const r = run(
      mo({
        startDate: '2024-02-29',
        length: { years: 2 },
        offenses: [{ statute: 'RSMo 570.030', level: 'misdemeanor', class: 'A' }],
        orders: [extension('2025-06-01', 6)],
      }),
      '2025-07-01',
    );
    expect(r).toMatchObject({ scheduledEndDate: '2026-08-28', statutoryMaxEndDate: '2026-02-28' });
  });

  it('case: a violation dated after the 5 years does not add the year (day of / day after 2026-03-15)', () => {
    // 2021-03-15 + 5 years = 2026-03-15, extended 12 months to 2027-03-15. A violation on the last day
    // is one of the probation: limit + 1 year = 2027-03-15. One the day after came once the term had ended.
    const on = run(mo({ orders: [noCredits, extension('2025-01-10', 12)] }, [sustained('2026-03-15')]), '2026-07-01');
    expect(on.statutoryMaxEndDate).toBeNull(); // 2027-03-15 is within 5 + 1 years: nothing to report
    const after = run(mo({ orders: [noCredits, extension('2025-01-10', 12)] }, [sustained('2026-03-16')]), '2026-07-01');
    expect(after).toMatchObject({ statutoryMaxEndDate: '2026-03-15', projectedEndDate: '2026-03-15' });
    // The same past whatever the as-of date: as of 2026-04-01, before the violation, the same limit.
    expect(run(mo({ orders: [noCredits, extension('2025-01-10', 12)] }, [sustained('2026-03-16')]), '2026-04-01').statutoryMaxEndDate).toBe(
      '2026-03-15',
    );
    // A limit already passed is told in the past tense.
    expect(after.explanation.map((s) => s.text).join(' ')).toContain('So by law your probation had to end by March 15, 2026.');
  });

  it('case: credits are counted against the lawful total, not an extension past it (§ 217.703.7 with § 559.016.3)', () => {
    // Class E, 5 years from 2021-03-15, extended 36 months on 2023-01-10 to 2029-03-15; limit 2026-03-15
    // (1,826 days). 30 credit days a month from April 2021: on 2023-10-01, 930 days served + 30 months × 30
    // = 900 credits = 1,830 ≥ 1,826; on 2023-09-30, 929 + 870 = 1,799 (the September credit posts
    // October 1). Against the extended 2,922 days it would be later.
    const r = run(mo({ orders: [extension('2023-01-10', 36)] }), '2023-06-15');
    expect(r.statutoryMaxEndDate).toBe('2026-03-15');
    expect(r.projectedEndDate).toBe('2023-10-01');
  });

  it('case: a revocation later reinstated is a violation found: the extra year (5 + 1 from 2020-01-15 = 2026-01-15)', () => {
    // Class D, 5 years from 2020-01-15; revoked, reinstated, extended 12 months and found ineligible for credits on
    // 2021-06-10 (no violation event listed): the term to 2026-01-15, within 5 + 1 years, so no limit binds.
    const day = '2021-06-10';
    const orders = [
      { type: 'revocation' as const, date: day },
      { type: 'reinstatement' as const, date: day },
      extension(day, 12),
      { type: 'credits_ineligible' as const, date: day },
    ];
    const r = run(mo({ sentenceDate: '2020-01-15', startDate: '2020-01-15', length: { years: 5 }, orders }), '2022-01-01');
    expect(r).toMatchObject({ scheduledEndDate: '2026-01-15', statutoryMaxEndDate: null, projectedEndDate: '2026-01-15' });
    expect(opp(r, 'term_cap')).toBeUndefined();
  });

  it('case: a violation dated after the discharge the credits required does not add the year either', () => {
    // Class D, 10 years from 2016-01-04; limit 2016-01-04 + 5 years = 2021-01-04 (1,827 days). Credits from
    // February 2016: on 2018-08-01, 940 days served + 30 months × 30 = 900 = 1,840 ≥ 1,827; on 2018-07-31,
    // 939 + 870 = 1,809. Two years served (2018-01-04): discharge 2018-08-01. A violation of 2020-03-01
    // came after it, so the limit stays 2021-01-04.
    const term = { sentenceDate: '2016-01-04', startDate: '2016-01-04', length: { years: 10 } };
    const r = run(mo(term, [sustained('2020-03-01')]), '2024-06-15');
    expect(r).toMatchObject({ statutoryMaxEndDate: '2021-01-04', projectedEndDate: '2018-08-01', earnedCreditDays: 900 });
    expect(r.explanation.map((s) => s.text).join(' ')).not.toContain('plus 1 more year');
    // A violation found before that discharge (2017-05-10) is one of the probation: 2016-01-04 + 6 years.
    expect(run(mo(term, [sustained('2017-05-10')]), '2024-06-15').statutoryMaxEndDate).toBe('2022-01-04');
  });

  it('case: lifetime supervision (§ 559.106, a listed sex offense) has no such limit', () => {
    const rape2 = { statute: 'RSMo 566.031', level: 'felony' as const, class: 'D' };
    expect(run(mo({ length: undefined, lifetime: true, offenses: [rape2] }), '2021-12-31').statutoryMaxEndDate).toBeNull();
  });

  it('case: a probation recorded as lifetime for another felony is limited to 5 years: 2021-03-15 + 5 = 2026-03-15, term_cap', () => {
    const r = run(mo({ length: undefined, lifetime: true }), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2026-03-15');
    expect(r.opportunities.find((o) => o.kind === 'term_cap')).toMatchObject({ status: 'upcoming', date: '2026-03-15' });
  });
});

describe('§ 559.036.1: Missouri probation terms run concurrently', () => {
  it('case: a probation recorded to follow another starts on its imposition: warned, with that end', () => {
    // B imposed 2020-01-15 for 3 years, recorded to start 2023-01-16 after A: run from its imposition it
    // ends 2020-01-15 + 3 years = 2023-01-15, not 2026-01-16. The dates stay the record's.
    const a = moTerm({ id: 'A', sentenceDate: '2020-01-15', startDate: '2020-01-15', length: { years: 3 } });
    const b = moTerm({ id: 'B', sentenceDate: '2020-01-15', startDate: '2023-01-16', length: { years: 3 }, consecutiveTo: 'A' });
    const r = evaluate(usMo, person([a, b]), '2021-06-30', 'B');
    const onB = r.warnings.find((w) => w.startsWith('This probation is recorded to follow term A'));
    expect(onB).toContain('it would end by January 15, 2023, not January 16, 2026');
    expect(r.scheduledEndDate).toBe('2026-01-16');
    // Starting on its own sentence date, nothing to say.
    const same = moTerm({ id: 'B', sentenceDate: '2020-01-15', startDate: '2020-01-15', length: { years: 3 }, consecutiveTo: 'A' });
    expect(evaluate(usMo, person([a, same]), '2021-06-30', 'B').warnings.some((w) => w.includes('recorded to follow term'))).toBe(false);
  });
});
