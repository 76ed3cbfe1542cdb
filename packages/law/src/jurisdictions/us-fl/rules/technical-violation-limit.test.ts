/** Fla. Stat. § 948.06(2)(f): mandatory modification, at most 90 days in county jail, after a first low-risk technical violation. */
import { describe, expect, it } from 'vitest';
import type { SupervisionEvent } from '../../../records/schema.ts';
import { fl, run, technicalViolation, theft } from './test-helpers.ts';

// fl(): 3 years from 2020-01-15, so the scheduled end is 2023-01-15.
const limit = (events: SupervisionEvent[] = [], asOf = '2022-06-01', fields = {}) => run(fl(fields, events), asOf).sanctionLimit;

describe('§ 948.06(2)(f) limit after a first low-risk technical violation', () => {
  it('case: no violation found on the term → the next is the first: at most 90 days in county jail', () => {
    const l = limit();
    expect(l).toMatchObject({ violationNumber: 1, confinementAllowed: true, maxConfinementDays: 90 });
    expect(l!.citations).toEqual(['Fla. Stat. § 948.06(2)(f)1.', 'Fla. Stat. § 948.06(2)(f)2.']);
    expect(l!.reasons!.join(' ')).toContain('unless you give up that right');
    expect(l!.reasons!.join(' ')).toContain('does not cover a new crime');
    const r = run(fl(), '2022-06-01');
    expect(r.warnings.some((w) => w.includes('§ 948.06(9)(b)'))).toBe(true);
    expect(r.warnings.some((w) => w.includes('community control'))).toBe(true);
  });

  it('case: first low-risk technical violation as of 2021-07-15 (before 2022-01-01) → at most 90 days: both wordings of 1. cover it', () => {
    // § 948.06(2)(f)2. ("a maximum of 90 days in county jail") is in force from 2019-10-01 (ch. 2019-167, § 63).
    // Probation, not a VFOSC, no earlier finding: all of a.–d. apply, so the 2019 wording ("when any of the
    // following applies") and the 2021 wording ("when all of the following apply") both require modification.
    expect(limit([], '2021-07-15')).toMatchObject({ violationNumber: 1, confinementAllowed: true, maxConfinementDays: 90 });
    expect(limit([], '2021-12-31')).toMatchObject({ violationNumber: 1, maxConfinementDays: 90 });
    expect(limit([], '2022-01-01')).toMatchObject({ violationNumber: 1, maxConfinementDays: 90 });
  });

  it('case: second finding as of 2021-07-15 → no day limit (the 2021 reading), with a warning naming the 2019 "any" wording', () => {
    const r = run(fl({}, [technicalViolation('2021-05-01', 'sustained')]), '2021-07-15');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: null });
    expect(r.warnings.some((w) => w.includes('"when any of the following applies"'))).toBe(true);
    // From 2022-01-01 (the 2021 wording encoded) the warning is not given.
    const later = run(fl({}, [technicalViolation('2021-05-01', 'sustained')]), '2022-06-01');
    expect(later.warnings.some((w) => w.includes('"when any of the following applies"'))).toBe(false);
  });

  it('case: the paragraph exists from 2019-10-01: sentenced 2019-01-15, as of 2019-09-30 → no limit; 2019-10-01 → 90 days', () => {
    const t = { startDate: '2019-01-15' };
    const before = run(fl(t), '2019-09-30');
    expect(before.sanctionLimit).toBeNull();
    expect(before.explanation.some((s) => s.citations.some((c) => c.startsWith('Fla. Stat. § 948.06(2)(f)')))).toBe(false);
    expect(run(fl(t), '2019-10-01').sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 90 });
  });

  it('case: one violation found (sustained) → the next is the second: not covered (1.d.), no day limit, ASP warning', () => {
    const r = run(fl({}, [technicalViolation('2021-05-01', 'sustained')]), '2022-06-01');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, confinementAllowed: true, maxConfinementDays: null });
    expect(r.sanctionLimit!.citations).toEqual(['Fla. Stat. § 948.06(2)(f)1.d.']);
    expect(r.sanctionLimit!.reasons!.join(' ')).toContain('May 1, 2021');
    expect(r.warnings.some((w) => w.includes('alternative sanctioning program'))).toBe(true);
  });

  it('case: a found new-offense violation is also an earlier finding; findings of one episode count once', () => {
    const newOffense: SupervisionEvent = { type: 'violation', date: '2021-05-01', category: 'new_offense', status: 'sustained' };
    expect(limit([newOffense])).toMatchObject({ violationNumber: 2, maxConfinementDays: null });
    const tv = (date: string, episodeId: string): SupervisionEvent =>
      ({ ...technicalViolation(date, 'sustained'), episodeId }) as SupervisionEvent;
    expect(limit([tv('2021-05-01', 'E1'), tv('2021-05-03', 'E1')])).toMatchObject({ violationNumber: 2 });
    expect(limit([tv('2021-05-01', 'E1'), tv('2021-08-03', 'E2')])).toMatchObject({ violationNumber: 3, maxConfinementDays: null });
  });

  it('case: a revocation later reinstated is a finding though no violation is recorded: (2)(f)1.d. no longer covers the next', () => {
    // Revoked 2021-03-01, reinstated 2021-03-15: the court found a violation then, so the next is the second.
    const orders = [
      { type: 'revocation' as const, date: '2021-03-01' },
      { type: 'reinstatement' as const, date: '2021-03-15' },
    ];
    const r = run(fl({ orders }), '2022-06-01');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: null });
    expect(r.sanctionLimit!.reasons!.join(' ')).toContain('(the revocation of March 1, 2021)');
  });

  it('case: a pending report is not a finding (still the first, 90 days; named in the reasons); a dismissed one never counts', () => {
    const pending = limit([technicalViolation('2022-05-01', 'reported')]);
    expect(pending).toMatchObject({ violationNumber: 1, maxConfinementDays: 90 });
    expect(pending!.reasons!.join(' ')).toContain('May 1, 2022 has not been decided');
    expect(limit([technicalViolation('2022-05-01', 'dismissed')])).toMatchObject({ violationNumber: 1, maxConfinementDays: 90 });
  });

  it('case: a violent felony offender of special concern (robbery) is not covered (1.b.): no day limit', () => {
    const l = limit([], '2022-06-01', { offenses: [{ statute: 'Fla. Stat. § 812.13(2)(c)', level: 'felony', class: 'F2' }] });
    expect(l).toMatchObject({ violationNumber: 1, confinementAllowed: true, maxConfinementDays: null });
    expect(l!.citations).toEqual(['Fla. Stat. § 948.06(2)(f)1.b.']);
    expect(l!.reasons!.join(' ')).toContain('violent felony offender of special concern');
  });

  it('case: fewer than 90 days left brings the subparagraph 3. warning: 89 days left warns, 90 days left does not', () => {
    // Scheduled end 2023-01-15: 2023-01-15 − 90 days = 2022-10-17; − 89 days = 2022-10-18.
    const at90 = run(fl(), '2022-10-17');
    expect(at90.sanctionLimit).toMatchObject({ maxConfinementDays: 90 });
    expect(at90.warnings.some((w) => w.includes('(2)(f)3.'))).toBe(false);
    const at89 = run(fl(), '2022-10-18');
    expect(at89.sanctionLimit).toMatchObject({ maxConfinementDays: 90 });
    expect(at89.warnings.some((w) => w.includes('(2)(f)3.'))).toBe(true);
  });

  it('case: on the scheduled end day the limit is still given; the day after, the term is over: none', () => {
    expect(limit([], '2023-01-15')).toMatchObject({ violationNumber: 1 });
    expect(limit([], '2023-01-16')).toBeNull();
  });

  it('case: parole (Commission on Offender Review) → no limit', () => {
    expect(limit([], '2022-06-01', { kind: 'parole' })).toBeNull();
  });
});

describe('a term that has ended', () => {
  it('case: a GED credit ended the term before the as-of date: no limit, and none of its warnings either', () => {
    // 1 year from 2023-01-10 (ends 2024-01-10); a GED on 2023-12-01 gives 60 days, so the term ends that day.
    // As of 2023-12-15 the limit for a next violation, and its "fewer than 90 days remain" warning, are gone.
    const r = run(
      fl({ startDate: '2023-01-10', length: { years: 1 } }, [{ type: 'achievement', date: '2023-12-01', kind: 'ged' }]),
      '2023-12-15',
    );
    expect(r.projectedEndDate).toBe('2023-12-01');
    expect(r.sanctionLimit).toBeNull();
    expect(r.warnings.filter((w) => w.includes('§ 948.06(2)(f)'))).toEqual([]);
    // The day before the GED, the term runs: the limit and the warning are there.
    const running = run(fl({ startDate: '2023-01-10', length: { years: 1 } }), '2023-11-30');
    expect(running.sanctionLimit).not.toBeNull();
    expect(running.warnings.some((w) => w.includes('Fewer than 90 days of your probation remain'))).toBe(true);
  });

  describe('§ 948.06(8)(b): a violent felony offender of special concern only through an offense committed on or after 2007-03-12', () => {
    const battery = (offenseDate?: string) => [
      {
        statute: 'FS 784.045',
        level: 'felony' as const,
        class: 'F2',
        description: 'aggravated battery',
        ...(offenseDate ? { offenseDate } : {}),
      },
    ];
    const limitFor = (fields: object, extra = {}) => run(fl(fields, [], extra), '2022-06-01');

    it('case: aggravated battery committed 2007-03-11 → not a VFOSC (1.), so the first violation is held to 90 days', () => {
      // 2007-03-11 is the day before ch. 2007-2 took effect: "a qualifying offense committed on or after" it is not this one.
      expect(limitFor({ offenses: battery('2007-03-11') }).sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 90 });
    });

    it('case: aggravated battery committed 2007-03-12 → a VFOSC, no day limit', () => {
      const l = limitFor({ offenses: battery('2007-03-12') }).sanctionLimit!;
      expect(l).toMatchObject({ violationNumber: 1, maxConfinementDays: null });
      expect(l.reasons!.join(' ')).toContain('violent felony offender of special concern');
    });

    it('case: no offense date → sentenced 2007-03-09 means committed before the Act (90 days); sentenced 2020 is taken as after it, with a warning', () => {
      expect(limitFor({ offenses: battery(), startDate: '2007-03-09' }).sanctionLimit).toBeNull(); // the term ended 2010-03-08
      const before = run(fl({ offenses: battery(), startDate: '2007-03-09', length: { years: 20 } }), '2022-06-01');
      expect(before.sanctionLimit).toMatchObject({ maxConfinementDays: 90 });
      const after = limitFor({ offenses: battery() });
      expect(after.sanctionLimit).toMatchObject({ maxConfinementDays: null });
      expect(after.warnings.some((w) => w.includes('gives no offense date for FS 784.045'))).toBe(true);
    });

    it('case: a prior conviction for a qualifying offense → a VFOSC only if this offense was committed on or after 2007-03-12 (2.)', () => {
      const prior = { priorConvictions: [{ date: '2000-05-01', level: 'felony', statute: 'FS 784.045' }] };
      const theftOn = (offenseDate: string) => [{ ...theft, offenseDate }];
      expect(limitFor({ offenses: theftOn('2007-03-11'), length: { years: 20 } }, prior).sanctionLimit).toMatchObject({
        maxConfinementDays: 90,
      });
      expect(limitFor({ offenses: theftOn('2007-03-12') }, prior).sanctionLimit).toMatchObject({ maxConfinementDays: null });
    });
  });
});
