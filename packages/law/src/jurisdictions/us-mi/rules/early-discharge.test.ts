/**
 * MCL 771.2(2)–(3), (10) and MCR 6.441: early discharge after half the ORIGINAL probation period.
 * Half of a term = start + half its months (an odd month adds 15 days; spec § 3).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, opportunities, person, term } from '../../../../test/builders.ts';
import type { SupervisionEvent, Term } from '../../../records/schema.ts';
import { usMi } from '../index.ts';

type Offense = Term['offenses'][number];
const UDAA: Offense = { statute: 'MCL 750.413', level: 'felony', description: 'Unlawfully driving away an automobile' };
const MISD: Offense = { statute: 'MCL 750.356(5)', level: 'misdemeanor', description: 'Larceny under $200' };

function probation(startDate: string, length: Term['length'], offenses: Offense[], extra: Partial<Term> = {}): Term {
  return term({ jurisdiction: 'US-MI', sentenceDate: startDate, startDate, length, offenses, ...extra });
}
const violation = (date: string, status: 'reported' | 'sustained' | 'dismissed' = 'sustained'): SupervisionEvent =>
  ({ type: 'violation', date, category: 'technical', status }) as SupervisionEvent;
const early = (r: ReturnType<typeof evaluate>) => opportunities(r, 'early_termination');

describe('the half-way reason in the tense of the as-of date', () => {
  it('case: half of 2021-09-01..2024-09-01 (1,096 days / 2 = 548) is 2023-03-03: "complete" before it, "completed" after', () => {
    const t = term({
      jurisdiction: 'US-MI',
      sentenceDate: '2021-09-01',
      startDate: '2021-09-01',
      endDate: '2024-09-01',
      offenses: [UDAA],
    });
    const reason = (asOf: string) => early(evaluate(usMi, person([t]), asOf))[0]!.reasons.join(' ');
    expect(reason('2023-03-02')).toContain('You complete half of your original probation period');
    expect(reason('2023-03-04')).toContain('You completed half of your original probation period');
  });
});

describe('worked example 1: felony, half of 3 years', () => {
  it('case: 2022-05-10 + 18 months = 2023-11-10; upcoming on 2023-11-09', () => {
    const r = evaluate(usMi, person([probation('2022-05-10', { years: 3 }, [UDAA])]), '2023-11-09');
    expect(early(r)).toMatchObject([
      { status: 'upcoming', date: '2023-11-10', citations: expect.arrayContaining(['MCL 771.2(2)', 'MCL 771.2(3)', 'MCR 6.441']) },
    ]);
    expect(r.projectedEndDate).toBe('2025-05-10'); // a discretionary discharge never moves the projected end
  });

  it('case: eligible on 2023-11-10 itself', () => {
    const r = evaluate(usMi, person([probation('2022-05-10', { years: 3 }, [UDAA])]), '2023-11-10');
    expect(early(r)).toMatchObject([{ status: 'eligible', date: '2023-11-10' }]);
    // The assumed programming criterion says itself what was assumed (no second note appended).
    expect(early(r)[0]!.reasons).toContain(
      'You must also have finished all the programming the court required, such as classes or treatment. Your record does not show whether you have, so this evaluation assumes you have.',
    );
  });

  it('case: extensions do not count: two 12-month extensions leave the half-way date at 2023-11-10', () => {
    const orders = [
      { type: 'extension' as const, date: '2025-04-01', months: 12 },
      { type: 'extension' as const, date: '2026-04-01', months: 12 },
    ];
    const r = evaluate(usMi, person([probation('2022-05-10', { years: 3 }, [UDAA], { orders })]), '2026-05-01');
    expect(early(r)).toMatchObject([{ status: 'eligible', date: '2023-11-10' }]);
  });
});

describe('worked example 2: misdemeanor, self-notice and the 3-month look-back', () => {
  const t = probation('2023-01-20', { years: 2 }, [MISD]);

  it('case: 2023-01-20 + 12 months = 2024-01-20; no violation, you may file yourself from January 20, 2024', () => {
    const r = evaluate(usMi, person([t]), '2024-01-20');
    const [o] = early(r);
    expect(o).toMatchObject({ status: 'eligible', date: '2024-01-20' });
    expect(o!.reasons.some((x) => x.includes('form MC 512 from January 20, 2024'))).toBe(true);
  });

  it('case: violation on 2023-10-20: the window back from 2024-01-20 starts 2023-10-20 and holds it; first clear day 2024-01-21', () => {
    const r = evaluate(usMi, person([t], [violation('2023-10-20')]), '2024-01-20');
    const [o] = early(r);
    expect(o).toMatchObject({ status: 'eligible', date: '2024-01-20' });
    expect(o!.reasons.some((x) => x.includes('violation on October 20, 2023') && x.includes('January 21, 2024'))).toBe(true);
  });

  it('case: violation on 2023-10-19, one day before the window: the self-notice date stays January 20, 2024', () => {
    const r = evaluate(usMi, person([t], [violation('2023-10-19')]), '2024-01-20');
    expect(early(r)[0]!.reasons.some((x) => x.includes('form MC 512 from January 20, 2024'))).toBe(true);
  });

  it('case: absconding still open on the as-of date is told as such, not as a violation dated that day', () => {
    // Open since 2024-02-10; as of 2024-04-01 it is counted to that day: 2024-04-01 + 3 months = 2024-07-01, whose
    // window starts 2024-04-01 and holds it; the first clear day is 2024-07-02.
    const r = evaluate(usMi, person([t], [{ type: 'absconded', start: '2024-02-10' }]), '2024-04-01');
    const reasons = early(r)[0]!.reasons.join(' ');
    expect(reasons).toContain('You are recorded as absconding since February 10, 2024, with no end yet; if you report on April 1, 2024');
    expect(reasons).toContain('July 2, 2024');
    expect(reasons).not.toContain('Because of the violation on April 1, 2024');
  });

  it('case: a revocation on 2023-12-01, reinstated, with no violation recorded: first clear day 2024-03-02', () => {
    // A revocation rests on a violation found: 2023-12-01 + 3 months = 2024-03-01, whose window starts 2023-12-01
    // and holds it; 2024-03-02 is clear.
    const revoked = probation('2023-01-20', { years: 2 }, [MISD], {
      orders: [
        { type: 'revocation', date: '2023-12-01' },
        { type: 'reinstatement', date: '2023-12-15' },
      ],
    });
    const r = evaluate(usMi, person([revoked]), '2024-01-20');
    expect(early(r)[0]!.reasons.some((x) => x.includes('violation on December 1, 2023') && x.includes('March 2, 2024'))).toBe(true);
  });

  it('case: a dismissed violation on 2023-12-01 does not move the self-notice date', () => {
    const r = evaluate(usMi, person([t], [violation('2023-12-01', 'dismissed')]), '2024-01-20');
    expect(early(r)[0]!.reasons.some((x) => x.includes('form MC 512 from January 20, 2024'))).toBe(true);
  });

  it('case: a pending report on 2024-03-05 after the half-way date: first clear day 2024-06-06, warned', () => {
    // 2024-03-05 + 3 months = 2024-06-05, whose window starts 2024-03-05 (still holds it); 2024-06-06 is clear.
    const r = evaluate(usMi, person([t], [violation('2024-03-05', 'reported')]), '2024-03-10');
    expect(early(r)[0]!.reasons.some((x) => x.includes('June 6, 2024'))).toBe(true);
    expect(r.warnings.some((w) => w.includes('has not been decided'))).toBe(true);
  });

  it('case: month-end clamping: half-way 2024-05-31 (2023-05-31 + 12 months), violation 2024-02-29, first clear day 2024-06-01', () => {
    // 2024-05-31 − 3 months = 2024-02-29 (clamped), which holds the violation; so do 05-29 and 05-30; 06-01 − 3 months = 03-01.
    const r = evaluate(usMi, person([probation('2023-05-31', { years: 2 }, [MISD])], [violation('2024-02-29')]), '2024-06-15');
    expect(early(r)[0]!.reasons.some((x) => x.includes('June 1, 2024'))).toBe(true);
  });
});

describe('the term ends before the half-way date', () => {
  it('case: misdemeanor ordered for 5 years on 2021-05-01: the 2-year limit ends it on 2023-05-01, before half (2023-11-01)', () => {
    // MCL 771.2(1): 2021-05-01 + 2 years = 2023-05-01. Half of 5 years: 2021-05-01 + 30 months = 2023-11-01.
    const r = evaluate(usMi, person([probation('2021-05-01', { years: 5 }, [MISD])]), '2021-06-01');
    expect(r.projectedEndDate).toBe('2023-05-01');
    expect(early(r)).toMatchObject([{ status: 'ineligible', date: null }]);
    expect(early(r)[0]!.reasons.join(' ')).toContain('ends on May 1, 2023, the longest the law allows, before you would complete half');
    expect(r.explanation.map((s) => s.text).join(' ')).not.toContain('From November 1, 2023 a court may discharge you');
  });

  it('case: felony ordered for 6 years on 2021-06-01: half (+ 36 months) is 2024-06-01, the limit itself: nothing is early', () => {
    // MCL 771.2(1): 2021-06-01 + 3 years = 2024-06-01; half of 6 years = 2021-06-01 + 36 months = 2024-06-01.
    const r = evaluate(usMi, person([probation('2021-06-01', { years: 6 }, [UDAA])]), '2022-06-01');
    expect(r.statutoryMaxEndDate).toBe('2024-06-01');
    expect(early(r)).toMatchObject([{ status: 'ineligible', date: null }]);
    expect(early(r)[0]!.reasons.join(' ')).toContain('ends on June 1, 2024, the longest the law allows, the day you would complete half');
  });

  it('case: felony ordered for 5 years on 2021-05-01: half (2023-11-01) comes before the 3-year limit (2024-05-01): upcoming', () => {
    const r = evaluate(usMi, person([probation('2021-05-01', { years: 5 }, [UDAA])]), '2021-06-01');
    expect(r.projectedEndDate).toBe('2024-05-01');
    expect(early(r)).toMatchObject([{ status: 'upcoming', date: '2023-11-01' }]);
  });
});

describe('half of other lengths', () => {
  it('case: 15 months from 2022-01-31: 7 months (2022-08-31) + 15 days = 2022-09-15', () => {
    const r = evaluate(usMi, person([probation('2022-01-31', { months: 15 }, [UDAA])]), '2022-09-14');
    expect(early(r)).toMatchObject([{ status: 'upcoming', date: '2022-09-15' }]);
  });

  it('case: stated end date 2022-12-31 from 2022-01-01: 364 days, half rounds up to 182 days = 2022-07-02', () => {
    const t = term({ jurisdiction: 'US-MI', sentenceDate: '2022-01-01', startDate: '2022-01-01', endDate: '2022-12-31', offenses: [MISD] });
    const r = evaluate(usMi, person([t]), '2022-07-01');
    expect(early(r)).toMatchObject([{ status: 'upcoming', date: '2022-07-02' }]);
  });
});

describe('law in force on the as-of date', () => {
  const misd = probation('2020-01-15', { years: 2 }, [MISD]);
  const felony = probation('2019-01-15', { years: 4 }, [UDAA]);

  it('case: misdemeanor as of 2021-03-31 (day before PA 397): no early discharge offered', () => {
    expect(early(evaluate(usMi, person([misd]), '2021-03-31'))).toEqual([]);
  });

  it('case: misdemeanor as of 2021-04-01: half-way 2020-01-15 + 12 months = 2021-01-15, but the law covers it from 2021-04-01', () => {
    const [o] = early(evaluate(usMi, person([misd]), '2021-04-01'));
    expect(o).toMatchObject({ status: 'eligible', date: '2021-04-01' });
    expect(o!.reasons).toContain(
      'Michigan law has let a court discharge misdemeanor probation early after half the period only since April 1, 2021, so that is the first day it can apply to you.',
    );
    expect(o!.reasons.some((x) => x.includes('on form MC 512 from April 1, 2021'))).toBe(true);
  });

  it('case: a misdemeanor probation whose last day is 2021-04-01, the day the law begins, ends nothing early', () => {
    // 2019-06-01 + 22 months = 2021-04-01; half-way 2019-06-01 + 11 months = 2020-05-01, but the law opens on 2021-04-01,
    // the term's last day: ineligible. One more month (to 2021-05-01) leaves a month for it: eligible from 2021-04-01.
    const [last] = early(evaluate(usMi, person([probation('2019-06-01', { months: 22 }, [MISD])]), '2021-04-01'));
    expect(last).toMatchObject({ status: 'ineligible', date: null });
    expect(last!.reasons).toContain(
      'Your probation ends on April 1, 2021, the first day the law allowed early discharge for it, so early discharge at the half-way point does not come into play.',
    );
    const [longer] = early(evaluate(usMi, person([probation('2019-06-01', { months: 23 }, [MISD])]), '2021-04-01'));
    expect(longer).toMatchObject({ status: 'eligible', date: '2021-04-01' });
  });

  it('case: misdemeanor half-way on 2021-04-01 or later needs no such reason', () => {
    // 2020-04-01 + 12 months = 2021-04-01: the day the law begins.
    const [o] = early(evaluate(usMi, person([probation('2020-04-01', { years: 2 }, [MISD])]), '2021-06-01'));
    expect(o).toMatchObject({ status: 'eligible', date: '2021-04-01' });
    expect(o!.reasons.some((x) => x.startsWith('Michigan law has let'))).toBe(false);
  });

  it('case: felony as of 2021-03-31: the 2017 text (department notice, hearing, 28 days) from 2019-01-15 + 24 months = 2021-01-15', () => {
    const [o] = early(evaluate(usMi, person([felony]), '2021-03-31'));
    expect(o).toMatchObject({ status: 'eligible', date: '2021-01-15', citations: ['MCL 771.2(2)'] });
    expect(o!.reasons.some((x) => x.includes('28 days'))).toBe(true);
    expect(o!.reasons.some((x) => x.includes('MC 512'))).toBe(false);
  });

  it('case: felony as of 2017-04-17 (day before 2017 PA 10): nothing; as of 2017-04-18: upcoming', () => {
    const t = probation('2016-06-01', { years: 5 }, [UDAA]);
    expect(early(evaluate(usMi, person([t]), '2017-04-17'))).toEqual([]);
    // 2016-06-01 + 30 months = 2018-12-01
    expect(early(evaluate(usMi, person([t]), '2017-04-18'))).toMatchObject([{ status: 'upcoming', date: '2018-12-01' }]);
  });
});

describe('exclusions', () => {
  it('case: stalking (771.2a(1)) is excluded: ineligible, date null', () => {
    const r = evaluate(
      usMi,
      person([probation('2022-01-10', { years: 2 }, [{ statute: 'MCL 750.411h', level: 'misdemeanor' }])]),
      '2023-06-01',
    );
    expect(early(r)).toMatchObject([{ status: 'ineligible', date: null, citations: expect.arrayContaining(['MCL 771.2a(1)']) }]);
  });

  it('case: aggravated stalking (750.411i) is both 771.2a(2) and a violent felony: one reason names both', () => {
    const r = evaluate(usMi, person([probation('2021-07-12', { years: 7 }, [{ statute: 'MCL 750.411i', level: 'felony' }])]), '2024-06-30');
    const said = r.explanation.find((s) => s.text.startsWith('Early discharge after half of your probation is not open to you.'))!.text;
    expect(said.match(/Early discharge under MCL 771.2\(2\) does not apply/g)).toHaveLength(1);
    expect(said).toContain('does not apply to aggravated stalking or to a violent felony (MCL 750.411i)');
  });

  it('case: violent felony 750.84 ordered 2021-06-01 (771.2a(4)) is excluded', () => {
    const r = evaluate(usMi, person([probation('2021-06-01', { years: 3 }, [{ statute: 'MCL 750.84', level: 'felony' }])]), '2023-06-01');
    expect(early(r)).toMatchObject([{ status: 'ineligible', date: null }]);
  });

  it('case: violent felony 750.84 ordered 2019-01-01 for 4 years, as of 2021-03-31: 771.2a(4) not yet in force, eligible from 2019-01-01 + 24 months = 2021-01-01', () => {
    const t = probation('2019-01-01', { years: 4 }, [{ statute: 'MCL 750.84', level: 'felony' }]);
    expect(early(evaluate(usMi, person([t]), '2021-03-31'))).toMatchObject([{ status: 'eligible', date: '2021-01-01' }]);
    // From April 1, 2021 (2020 PA 397) section 2a holds violent felonies: the same term is excluded.
    expect(early(evaluate(usMi, person([t]), '2021-04-01'))).toMatchObject([
      { status: 'ineligible', date: null, citations: expect.arrayContaining(['MCL 771.2a(4)']) },
    ]);
  });

  it('case: aggravated stalking (750.411i) as of 2021-03-31 is still excluded, by 771.2a(2) alone', () => {
    const r = evaluate(usMi, person([probation('2019-01-01', { years: 5 }, [{ statute: 'MCL 750.411i', level: 'felony' }])]), '2021-03-31');
    expect(early(r)).toMatchObject([{ status: 'ineligible', citations: ['MCL 771.2(2)', 'MCL 771.2a(2)'] }]);
  });

  it('case: domestic assault 750.81(2) as of 2021-04-01 is excluded (771.2(10), secondary reading)', () => {
    const r = evaluate(
      usMi,
      person([probation('2020-06-01', { years: 1 }, [{ statute: 'MCL 750.81(2)', level: 'misdemeanor' }])]),
      '2021-04-01',
    );
    expect(early(r)).toMatchObject([{ status: 'ineligible', citations: expect.arrayContaining(['MCL 771.2(10)']) }]);
  });

  it('case: felony domestic assault (750.81(4)) as of 2021-03-31 under the 2017 text: not excluded, eligible from 2020-06-01 + 18 months = 2021-12-01', () => {
    const r = evaluate(
      usMi,
      person([probation('2020-06-01', { years: 3 }, [{ statute: 'MCL 750.81(4)', level: 'felony' }])]),
      '2021-03-31',
    );
    expect(early(r)).toMatchObject([{ status: 'upcoming', date: '2021-12-01' }]);
  });

  it('case: bare 750.81 is read as simple assault, eligible, with a warning', () => {
    const r = evaluate(
      usMi,
      person([probation('2022-01-10', { years: 1 }, [{ statute: 'MCL 750.81', level: 'misdemeanor' }])]),
      '2022-12-31',
    );
    expect(early(r)).toMatchObject([{ status: 'eligible', date: '2022-07-10' }]);
    expect(r.warnings.some((w) => w.includes('domestic assault'))).toBe(true);
    // Subsection (1) is simple assault: nothing to assume.
    const simple = evaluate(
      usMi,
      person([probation('2022-01-10', { years: 1 }, [{ statute: 'MCL 750.81(1)', level: 'misdemeanor' }])]),
      '2022-12-31',
    );
    expect(early(simple)).toMatchObject([{ status: 'eligible', date: '2022-07-10' }]);
    expect(simple.warnings.some((w) => w.includes('domestic assault'))).toBe(false);
  });
});

describe('MCR 6.441: programming (A) and the procedure (B)–(D)', () => {
  const programming = (r: ReturnType<typeof evaluate>) => r.warnings.some((w) => w.includes('all the programming the court required'));

  it('case: eligible misdemeanor 2023-01-20 + 12 months = 2024-01-20: programming assumed, warned and cited (MCR 6.441(A))', () => {
    const r = evaluate(usMi, person([probation('2023-01-20', { years: 2 }, [MISD])]), '2024-01-20');
    const [o] = early(r);
    expect(o).toMatchObject({
      status: 'eligible',
      citations: expect.arrayContaining(['MCR 6.441(A)', 'MCR 6.441(B)', 'MCR 6.441(C)', 'MCR 6.441(D)']),
    });
    expect(o!.reasons[1]).toContain('finished all the programming');
    expect(programming(r)).toBe(true);
  });

  it('case: the prosecutor has 14 days to object, from MCR 6.441(B)', () => {
    const r = evaluate(usMi, person([probation('2023-01-20', { years: 2 }, [MISD])]), '2024-01-20');
    expect(early(r)[0]!.reasons.some((x) => x.includes('14 days after being served'))).toBe(true);
    expect(usMi.parameters.earlyDischarge.prosecutorObjectionDays.values[0]!.source.citation).toBe('MCR 6.441(B)');
  });

  it('case: excluded (stalking, 771.2a(1)): no programming warning', () => {
    const r = evaluate(
      usMi,
      person([probation('2022-01-10', { years: 2 }, [{ statute: 'MCL 750.411h', level: 'misdemeanor' }])]),
      '2023-06-01',
    );
    expect(early(r)).toMatchObject([{ status: 'ineligible' }]);
    expect(programming(r)).toBe(false);
  });

  it('case: felony as of 2021-03-31 under the 2017 text: no programming criterion; as of 2021-04-01: there is', () => {
    const t = probation('2019-01-15', { years: 4 }, [UDAA]);
    expect(programming(evaluate(usMi, person([t]), '2021-03-31'))).toBe(false);
    expect(programming(evaluate(usMi, person([t]), '2021-04-01'))).toBe(true);
  });
});

describe('MCL 771.2(3) self-notice that would come only after the end', () => {
  it('case: 2 years from 2022-01-01 (end 2024-01-01), violation 2023-11-15: the first clear day 2024-02-16 is after the end', () => {
    // Half: 2023-01-01. Clear day D: D − 3 months > 2023-11-15 → 2024-02-16 (2024-02-15 − 3 months = 2023-11-15).
    const r = evaluate(usMi, person([probation('2022-01-01', { years: 2 }, [UDAA])], [violation('2023-11-15')]), '2023-12-01');
    const said = early(r)[0]!.reasons.join(' ');
    expect(said).toContain(
      'You cannot tell the court yourself on form MC 512: that needs 3 months with no violation before the day you file, and because of the violation on November 15, 2023 the first such day, February 16, 2024, comes only after your probation ends on January 1, 2024.',
    );
    expect(said).not.toContain('the first day you can file yourself is');
  });

  it('case: a first clear day on the last day of probation (2026-01-01) is still a day to file: told as before', () => {
    // 2 years from 2024-01-01 → 2026-01-01; violation 2025-09-30 → D − 3 months > 2025-09-30 first on 2026-01-01.
    const r = evaluate(usMi, person([probation('2024-01-01', { years: 2 }, [UDAA])], [violation('2025-09-30')]), '2025-11-01');
    const said = early(r)[0]!.reasons.join(' ');
    expect(said).toContain('the first day you can file yourself is January 1, 2026');
    expect(said).not.toContain('You cannot tell the court yourself');
  });

  it('case: a violation early enough leaves a filing day before the end: told as before', () => {
    // Violation 2023-06-15 → first clear day 2023-09-16, before the end 2024-01-01.
    const r = evaluate(usMi, person([probation('2022-01-01', { years: 2 }, [UDAA])], [violation('2023-06-15')]), '2023-07-01');
    expect(early(r)[0]!.reasons.join(' ')).toContain('the first day you can file yourself is September 16, 2023');
  });
});

describe('audit 2026-12: half of the period counted from the order, as the limit is', () => {
  // Jail ordered as a condition of probation is part of the probation period (MCL 771.3(2)(a); People v Chamberlain):
  // the period runs from the order, so the half-way date does too, as the 3-year limit does.
  const split = term({
    jurisdiction: 'US-MI',
    sentenceDate: '2022-01-15',
    startDate: '2022-07-15',
    length: { years: 3 },
    offenses: [UDAA],
  });

  it('case: ordered 2022-01-15, supervised from 2022-07-15, 3 years: 2022-01-15 + 18 months = 2023-07-15 (not 2024-01-15)', () => {
    const r = evaluate(usMi, person([split]), '2023-07-15');
    expect(r.statutoryMaxEndDate).toBe('2025-01-15'); // 2022-01-15 + 3 years, as before
    expect(early(r)).toMatchObject([{ status: 'eligible', date: '2023-07-15' }]);
    expect(early(r)[0]!.reasons[0]).toContain('3 years from January 15, 2022, the day it was ordered');
  });

  it('case: stated end 2023-01-15, ordered 2022-01-15, supervised from 2022-04-15: 365 days from the order, half 183 days = 2022-07-17', () => {
    const t = term({ jurisdiction: 'US-MI', sentenceDate: '2022-01-15', startDate: '2022-04-15', endDate: '2023-01-15', offenses: [MISD] });
    expect(early(evaluate(usMi, person([t]), '2022-07-17'))).toMatchObject([{ status: 'eligible', date: '2022-07-17' }]);
  });
});

describe('audit 2026-12: where early discharge is ruled out, the explanation cites what rules it out', () => {
  it('case: domestic assault 750.81(2), 2 years from 2022-06-01: the step cites MCL 771.2(10), and no procedure rule', () => {
    const t = probation('2022-06-01', { years: 2 }, [{ statute: 'MCL 750.81(2)', level: 'misdemeanor' }]);
    const r = evaluate(usMi, person([t]), '2024-01-01');
    const step = r.explanation.find((s) => s.text.startsWith('Early discharge after half'));
    expect(step!.citations).toEqual(['MCL 771.2(2)', 'MCL 771.2(10)']);
    expect(early(r)[0]!.citations).not.toContain('MCR 6.441(C)');
  });

  it('case: felony ordered for 8 years on 2021-06-01: half (2025-06-01) after the limit (2024-06-01): the step cites MCL 771.2(1)', () => {
    const r = evaluate(usMi, person([probation('2021-06-01', { years: 8 }, [UDAA])]), '2024-01-01');
    const step = r.explanation.find((s) => s.text.startsWith('Early discharge after half'));
    expect(step!.citations).toEqual(['MCL 771.2(2)', 'MCL 771.2(1)']);
  });
});
