import { describe, expect, it } from 'vitest';
import { person } from '../../../../test/builders.ts';
import { fed, fedTerm, opp, run } from './test-helpers.ts';

// 18 U.S.C. § 3624(e) / § 3564(b): imprisonment in connection with a conviction, unless for less than 30
// consecutive days, stops the term. Default: supervised release from 2023-04-03 for 3 years → 2026-04-03.

const held = (start: string, end?: string, reason: 'new_charge' | 'violation' | 'other' = 'new_charge') =>
  end === undefined ? ({ type: 'custody', start, reason } as const) : ({ type: 'custody', start, end, reason } as const);
const convicted = (date: string) => ({ type: 'conviction', date, level: 'felony' }) as const;

describe('18 U.S.C. § 3624(e) / § 3564(b): imprisonment stops the term', () => {
  it('case: 30 days held on a new charge that ended in a conviction → end 2026-04-03 + 30 = 2026-05-03', () => {
    // 2024-01-10..2024-02-08: 22 days in January + 8 in February = 30, the least that counts.
    const r = run(fed({}, [held('2024-01-10', '2024-02-08'), convicted('2024-02-08')]), '2024-06-30');
    expect(r.scheduledEndDate).toBe('2026-05-03');
    expect(r.projectedEndDate).toBe('2026-05-03');
    expect(r.explanation.some((s) => s.citations.includes('18 U.S.C. § 3624(e)') && s.text.includes('May 3, 2026'))).toBe(true);
    expect(r.warnings.some((w) => w.includes('Mont v. United States'))).toBe(true);
    // The year of supervised release the court waits for moves too: 2024-04-03 + 30 = 2024-05-03; the
    // policy's 18 months: 2024-10-03 + 30 = 2024-11-02 (the policy then waits for 12 months clear of the
    // conviction, 2025-02-08, the later day).
    expect(opp(r, '3583(e)(1)')?.date).toBe('2024-05-03');
    const policy = opp(r, 'policy');
    expect(policy?.date).toBe('2025-02-08');
    expect(policy?.reasons.some((x) => x.includes('18 months of supervised release on November 2, 2024'))).toBe(true);
  });

  it('case: 29 days (2024-01-10..2024-02-07) are "less than 30 consecutive days": nothing moves', () => {
    const r = run(fed({}, [held('2024-01-10', '2024-02-07'), convicted('2024-02-07')]), '2024-06-30');
    expect(r.scheduledEndDate).toBe('2026-04-03');
    expect(opp(r, '3583(e)(1)')?.date).toBe('2024-04-03');
  });

  it('case: February in a leap year: 2024-02-01..03-01 is 29 + 1 = 30 days and stops the term; 2025-02-01..03-01 is 28 + 1 = 29 and does not', () => {
    // 2026-04-03 + 30: 27 days to April 30, then May 1..3 → 2026-05-03.
    const leap = run(fed({}, [held('2024-02-01', '2024-03-01'), convicted('2024-03-01')]), '2024-06-30');
    expect(leap.scheduledEndDate).toBe('2026-05-03');
    const common = run(fed({}, [held('2025-02-01', '2025-03-01'), convicted('2025-03-01')]), '2025-06-30');
    expect(common.scheduledEndDate).toBe('2026-04-03');
  });

  it('case: two spells with no free day between (15 + 15 days) are one period of 30', () => {
    const r = run(fed({}, [held('2024-01-10', '2024-01-24'), held('2024-01-25', '2024-02-08'), convicted('2024-03-01')]), '2024-06-30');
    expect(r.scheduledEndDate).toBe('2026-05-03');
    // A free day between them (01-25) leaves two periods of 15 and 14: nothing moves.
    const apart = run(fed({}, [held('2024-01-10', '2024-01-24'), held('2024-01-26', '2024-02-08'), convicted('2024-03-01')]), '2024-06-30');
    expect(apart.scheduledEndDate).toBe('2026-04-03');
  });

  it('case: without a conviction after the custody began, nothing moves and a warning says what would', () => {
    const none = run(fed({}, [held('2024-01-10', '2024-02-08')]), '2024-06-30');
    expect(none.scheduledEndDate).toBe('2026-04-03');
    expect(none.warnings.some((w) => w.includes('no conviction for it') && w.includes('18 U.S.C. § 3624(e)'))).toBe(true);
    // A conviction dated before the custody (2023-12-01) answers an earlier charge, and moves nothing; the
    // warning names it instead of saying the record holds none, since the custody may have been its sentence.
    const earlier = run(fed({}, [convicted('2023-12-01'), held('2024-01-10', '2024-02-08')]), '2024-06-30');
    expect(earlier.scheduledEndDate).toBe('2026-04-03');
    expect(earlier.warnings.some((w) => w.includes('no conviction for it'))).toBe(false);
    expect(earlier.warnings.some((w) => w.includes('the conviction of December 1, 2023 came before it'))).toBe(true);
  });

  it('case: custody for a violation is not imprisonment for a crime; custody for another reason is warned of', () => {
    const violation = run(fed({}, [held('2024-01-10', '2024-03-09', 'violation'), convicted('2024-03-01')]), '2024-06-30');
    expect(violation.scheduledEndDate).toBe('2026-04-03');
    // Not counted; a conviction followed, so a warning says it would be if the new sentence credited it.
    expect(violation.warnings.some((w) => w.includes('counted as time that does not run'))).toBe(false);
    expect(violation.warnings.some((w) => w.startsWith('You were in custody for 60 days from January 10, 2024 for a violation'))).toBe(
      true,
    );
    // Without a later conviction (only one before the custody), no such warning.
    const before = run(fed({}, [convicted('2024-01-05'), held('2024-01-10', '2024-03-09', 'violation')]), '2024-06-30');
    expect(before.warnings.some((w) => w.includes('for a violation of supervision, and a conviction followed'))).toBe(false);
    const other = run(fed({}, [held('2024-01-10', '2024-03-09', 'other')]), '2024-06-30');
    expect(other.scheduledEndDate).toBe('2026-04-03');
    expect(other.warnings.some((w) => w.includes('for a reason the record does not give'))).toBe(true);
  });

  it('case: custody still open on the as-of date counts through it (2024-05-01..2024-06-30 = 61 days)', () => {
    const r = run(fed({}, [held('2024-05-01'), convicted('2024-06-15')]), '2024-06-30');
    // 2026-04-03 + 61 = 2026-06-03.
    expect(r.scheduledEndDate).toBe('2026-06-03');
    expect(r.warnings).toContain('Custody was still open on June 30, 2024; the projection assumes you were released that day.');
  });

  it('case: probation (§ 3564(b)) — the longest authorized term moves with it, so no cap is reported', () => {
    // Felony probation 2020-01-01, 5 years → 2025-01-01, the § 3561(c) limit. 40 days held 2021-03-01..04-09
    // (31 + 9) with a conviction: end and limit both 2025-01-01 + 40 = 2025-02-10.
    const r = run(
      fed({ kind: 'probation', sentenceDate: '2020-01-01', startDate: '2020-01-01', length: { years: 5 } }, [
        held('2021-03-01', '2021-04-09'),
        convicted('2021-04-09'),
      ]),
      '2024-06-30',
    );
    expect(r).toMatchObject({ scheduledEndDate: '2025-02-10', statutoryMaxEndDate: null, projectedEndDate: '2025-02-10' });
    expect(r.explanation.some((s) => s.citations.includes('18 U.S.C. § 3564(b)'))).toBe(true);
  });

  it("case: Mont's facts — held before the end, convicted after it: 2026-02-01..06-30 (150 days) → 2026-08-31", () => {
    // 28 + 31 + 30 + 31 + 30 = 150 days. 2026-04-03 + 150: April 27, May 31, June 30, July 31, August 31 → 2026-08-31.
    const r = run(fed({}, [held('2026-02-01', '2026-06-30'), convicted('2026-08-01')]), '2026-09-30');
    expect(r.scheduledEndDate).toBe('2026-08-31');
    // A conviction the record puts on another term is a conviction all the same (§ 3624(e): any crime).
    const twoTerms = person(
      [fedTerm(), fedTerm({ id: 'T-2', kind: 'probation', startDate: '2026-08-01', sentenceDate: '2026-08-01', length: { years: 2 } })],
      [held('2026-02-01', '2026-06-30'), { ...convicted('2026-08-01'), termId: 'T-2' }],
    );
    expect(run(twoTerms, '2026-09-30').scheduledEndDate).toBe('2026-08-31');
  });

  it('case: custody from the anniversary itself does not move the one-year mark (the year had run); it moves the end', () => {
    // 2024-04-03..2024-05-02 = 28 + 2 = 30 days. The year 2023-04-03..2024-04-02 was served before it.
    const r = run(fed({}, [held('2024-04-03', '2024-05-02'), convicted('2024-05-02')]), '2024-06-30');
    expect(r.scheduledEndDate).toBe('2026-05-03');
    expect(opp(r, '3583(e)(1)')?.date).toBe('2024-04-03');
    // A day earlier (2024-04-02..05-01), the mark moves 30 days: 2024-05-03, and the words say why.
    const before = run(fed({}, [held('2024-04-02', '2024-05-01'), convicted('2024-05-01')]), '2024-06-30');
    expect(opp(before, '3583(e)(1)')?.date).toBe('2024-05-03');
    expect(before.explanation.some((x) => x.text.includes('not counting the 30 days you were held in custody'))).toBe(true);
  });

  it('case: a conviction answers the latest charge before it; the earlier custody is warned of, not counted', () => {
    // A: 2024-01-01..02-09 (40 days); B: 2024-03-01..04-09 (40 days); convicted 2024-04-09 → B only:
    // 2026-04-03 + 40 = 2026-05-13.
    const r = run(fed({}, [held('2024-01-01', '2024-02-09'), held('2024-03-01', '2024-04-09'), convicted('2024-04-09')]), '2024-06-30');
    expect(r.scheduledEndDate).toBe('2026-05-13');
    expect(r.warnings.some((w) => w.includes('January 1, 2024 to February 9, 2024') && w.includes('no conviction for it'))).toBe(true);
  });

  it('case: custody that begins after the term ended stops nothing, even where it names the term', () => {
    const r = run(fed({}, [{ ...held('2026-05-01', '2026-06-30'), termId: 'T-1' }, convicted('2026-06-30')]), '2026-09-30');
    expect(r.scheduledEndDate).toBe('2026-04-03');
    // Nor after a discharge order: held 2024-07-01..08-30 (61 days), convicted, discharged 2024-06-01.
    const discharged = run(
      fed({ orders: [{ type: 'discharge', date: '2024-06-01' }] }, [
        { ...held('2024-07-01', '2024-08-30'), termId: 'T-1' },
        convicted('2024-08-30'),
      ]),
      '2024-12-31',
    );
    expect(discharged).toMatchObject({ scheduledEndDate: '2026-04-03', projectedEndDate: '2024-06-01' });
  });

  it('case: an early termination during the custody ends the days it stops (2024-05-10..05-31 = 22 days)', () => {
    const r = run(
      fed({ orders: [{ type: 'early_termination', date: '2024-06-01' }] }, [
        { ...held('2024-05-10', '2024-09-01'), termId: 'T-1' },
        convicted('2024-09-01'),
      ]),
      '2024-12-31',
    );
    // 2026-04-03 + 22 = 2026-04-25; supervision ended on the order's day.
    expect(r).toMatchObject({ scheduledEndDate: '2026-04-25', projectedEndDate: '2024-06-01' });
  });

  it('case: a conviction answers the latest charge before it even where that custody is on another term', () => {
    // Custody A on T-1 (2024-01-01..02-09, 40 days); custody B on T-2 (2024-06-01..07-10); convicted 2024-07-10 on
    // T-2: the conviction answers B, so A stops nothing and is warned of.
    const record = person(
      [fedTerm(), fedTerm({ id: 'T-2', kind: 'probation', startDate: '2024-05-01', sentenceDate: '2024-05-01', length: { years: 2 } })],
      [
        { ...held('2024-01-01', '2024-02-09'), termId: 'T-1' },
        { ...held('2024-06-01', '2024-07-10'), termId: 'T-2' },
        { ...convicted('2024-07-10'), termId: 'T-2' },
      ],
    );
    const r = run(record, '2024-12-31');
    expect(r.scheduledEndDate).toBe('2026-04-03');
    expect(r.warnings.some((w) => w.includes('no conviction for it'))).toBe(true);
  });

  it('case: four periods are told as three and "1 more period"', () => {
    // Four periods of 30 days (the first to the 30th of May, August and November 2023 and March 2024), each convicted.
    const spells = ['2023-05', '2023-08', '2023-11', '2024-03'].flatMap((m) => [held(`${m}-01`, `${m}-30`), convicted(`${m}-30`)]);
    const r = run(fed({}, spells), '2024-06-30');
    expect(r.explanation.some((x) => x.text.includes('and 1 more period)'))).toBe(true);
  });

  it('case: touching spells without a conviction are warned of as one period; custody wholly before the start is not', () => {
    const r = run(fed({}, [held('2024-01-10', '2024-01-24'), held('2024-01-25', '2024-02-08')]), '2024-06-30');
    expect(r.warnings.filter((w) => w.includes('no conviction for it'))).toEqual([
      expect.stringContaining('30 days (January 10, 2024 to February 8, 2024)'),
    ]);
    const before = run(fed({}, [held('2023-02-01', '2023-03-15'), convicted('2023-03-20')]), '2024-06-30');
    expect(before.scheduledEndDate).toBe('2026-04-03');
    expect(before.warnings.some((w) => w.includes('custody'))).toBe(false);
  });

  it('case: absconding is said not to move a federal term', () => {
    const r = run(fed({}, [{ type: 'absconded', start: '2024-01-10', end: '2024-02-08' }]), '2024-06-30');
    expect(r.scheduledEndDate).toBe('2026-04-03');
    expect(r.warnings.some((w) => w.includes('18 U.S.C. § 3583(i)'))).toBe(true);
  });
});
