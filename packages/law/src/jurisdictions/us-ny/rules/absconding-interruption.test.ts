import { describe, expect, it } from 'vitest';
import { ny, run } from './test-helpers.ts';

describe('N.Y. Penal Law § 70.40(3) absconding interrupts the term', () => {
  it('case: 10 days absconding (2022-09-01 to 2022-09-10) moves the scheduled end 10 days, and costs its credit period', () => {
    // 2025-06-01 + 10 = 2025-06-11 (1,106 days). The absconding touches period 4 (2022-08-30 to 2022-09-28) only.
    const r = run(ny({}, [{ type: 'absconded', start: '2022-09-01', end: '2022-09-10' }]), '2023-06-30');
    expect(r.scheduledEndDate).toBe('2025-06-11');
    // Satisfied: after posting 19 (day 570) credits 18 × 30 = 540, 570 + 540 = 1,110 ≥ 1,106; before it,
    // on start + (1,106 − 510) = start + 596 ≥ 570 → so the day is 570: 2022-06-01 + 570 = 2023-12-23.
    expect(r.projectedEndDate).toBe('2023-12-23');
    expect(r.warnings.some((w) => w.includes('declared you delinquent'))).toBe(true);
  });

  it('case: two spells that overlap (2022-09-01–09-20 and 09-10–09-30) stop the term 30 days, each day once, not 41', () => {
    // 2025-06-01 + 30 = 2025-07-01.
    const spells = [
      { type: 'absconded' as const, start: '2022-09-01', end: '2022-09-20' },
      { type: 'absconded' as const, start: '2022-09-10', end: '2022-09-30' },
    ];
    expect(run(ny({}, spells), '2023-06-30').scheduledEndDate).toBe('2025-07-01');
  });

  it('case: absconding after credits had covered the term interrupts nothing (no longer on supervision)', () => {
    // Start 2022-06-01, 3 years (1,096 days), no lost period: after k postings (day 30k) credits are 30k; k = 18
    // (day 540): 540 + 540 = 1,080 < 1,096, so satisfied before posting 19 on start + (1,096 − 540) = start + 556
    // = 2023-12-09. Absconding from 2024-01-05 comes after it: the end stays 2025-06-01, discharge 2023-12-09.
    const r = run(ny({}, [{ type: 'absconded', start: '2024-01-05', end: '2024-01-20' }]), '2024-02-01');
    expect(r).toMatchObject({ scheduledEndDate: '2025-06-01', projectedEndDate: '2023-12-09', earnedCreditDays: 540 });
    expect(r.explanation.map((s) => s.text).join(' ')).not.toContain('periods earned nothing');
    // Absconding that begins on the discharge day itself still interrupts (the person was on parole that day).
    const onTheDay = run(ny({}, [{ type: 'absconded', start: '2023-12-09', end: '2023-12-10' }]), '2024-02-01');
    expect(onTheDay.scheduledEndDate).toBe('2025-06-03');
  });

  it('case: absconding still open on the as-of date is counted to that day', () => {
    // 2023-06-21 to 2023-06-30 = 10 days → 2025-06-11.
    expect(run(ny({}, [{ type: 'absconded', start: '2023-06-21' }]), '2023-06-30').scheduledEndDate).toBe('2025-06-11');
  });

  it('case: absconding that began the day before March 1, 2022 moves the end by its recorded days, as one on the day of does', () => {
    // Older text: stopped from the delinquency until return to prison, at least the recorded 2022-02-28 to
    // 2022-03-04 = 5 days: 2024-06-01 + 5 = 2024-06-06, with a warning that it may have been longer.
    const before = run(ny({ startDate: '2021-06-01' }, [{ type: 'absconded', start: '2022-02-28', end: '2022-03-04' }]), '2023-06-30');
    expect(before.scheduledEndDate).toBe('2024-06-06');
    expect(before.warnings.some((w) => w.includes('older text'))).toBe(true);
    // 2022-03-01 to 2022-03-05 = 5 days: 2024-06-06.
    const on = run(ny({ startDate: '2021-06-01' }, [{ type: 'absconded', start: '2022-03-01', end: '2022-03-05' }]), '2023-06-30');
    expect(on.scheduledEndDate).toBe('2024-06-06');
  });

  it('case: absconding over before the term began, or begun after it ended, moves nothing', () => {
    // Parole from 2005-01-01 for 2 years, to 2007-01-01; absconding from 2008-01-01 (open): the term had ended.
    const after = run(
      ny({ id: 'T-1', sentenceDate: '2005-01-01', startDate: '2005-01-01', length: { years: 2 } }, [
        { type: 'absconded', termId: 'T-1', start: '2008-01-01' },
      ]),
      '2024-07-31',
    );
    expect(after).toMatchObject({ scheduledEndDate: '2007-01-01', projectedEndDate: '2007-01-01', earnedCreditDays: 0 });
    // Parole from 2021-06-01 (sentenced 2018), absconding recorded 2019: before it began.
    const before = run(
      ny({ id: 'T-1', sentenceDate: '2018-01-01', startDate: '2021-06-01', length: { years: 2 } }, [
        { type: 'absconded', termId: 'T-1', start: '2019-01-01', end: '2019-12-31' },
      ]),
      '2024-07-31',
    );
    expect(before.scheduledEndDate).toBe('2023-06-01');
  });

  it('case: custody does not move the end (credited against the sentence)', () => {
    const r = run(ny({}, [{ type: 'custody', start: '2022-09-01', end: '2022-09-20', reason: 'violation' }]), '2023-06-30');
    expect(r.scheduledEndDate).toBe('2025-06-01');
  });

  it('case: a day recorded both away and in custody is custody: only the custody days leave the spell', () => {
    // Away 2022-09-01 to 2022-09-10, taken into custody 2022-09-10 (released 2022-09-30): 09-10 is held, so
    // 2022-09-01 to 2022-09-09 = 9 days stop the term: 2025-06-01 + 9 = 2025-06-10.
    const arrested = [
      { type: 'absconded' as const, start: '2022-09-01', end: '2022-09-10' },
      { type: 'custody' as const, start: '2022-09-10', end: '2022-09-30', reason: 'violation' as const },
    ];
    const r = run(ny({}, arrested), '2023-06-30');
    expect(r.scheduledEndDate).toBe('2025-06-10');
    expect(r.explanation.map((s) => s.text).join(' ')).toContain(
      'That adds 9 days, leaving out the 1 day you were held in custody, which counts as time served',
    );
    // Custody from the day after the last day away leaves all 10 days: 2025-06-11.
    const after = [arrested[0]!, { ...arrested[1]!, start: '2022-09-11' }];
    expect(run(ny({}, after), '2023-06-30').scheduledEndDate).toBe('2025-06-11');
    // Custody from the first day away, through the last, leaves none: the end stays 2025-06-01.
    const first = [arrested[0]!, { ...arrested[1]!, start: '2022-09-01' }];
    expect(run(ny({}, first), '2023-06-30').scheduledEndDate).toBe('2025-06-01');
  });

  it('case: three days held within a 60-day absconding leave the other 57, the days away after release too', () => {
    // Away 2022-09-01 to 2022-10-30 = 60 days; held 2022-09-10 to 09-12 (released 09-13) = 3 days; 57 days:
    // 2025-06-01 + 57 = 2025-07-28 (June 30 days: +29 is 06-30, +28 more is 07-28). Without the custody, +60 = 2025-07-31.
    const spell = { type: 'absconded' as const, start: '2022-09-01', end: '2022-10-30' };
    expect(run(ny({}, [spell]), '2023-06-30').scheduledEndDate).toBe('2025-07-31');
    const held = { type: 'custody' as const, start: '2022-09-10', end: '2022-09-13', reason: 'new_charge' as const };
    const r = run(ny({}, [spell, held]), '2023-06-30');
    expect(r.scheduledEndDate).toBe('2025-07-28');
    expect(r.explanation.map((s) => s.text).join(' ')).toContain('That adds 57 days, leaving out the 3 days you were held in custody');
  });

  it('case: a spell under the older text keeps every recorded day, custody within it or not', () => {
    // 2022-02-20 to 2022-02-28 = 9 days, custody from 02-28: the older interruption ran until the return to an
    // institution, which local custody was not: 2024-06-01 + 9 = 2024-06-10.
    const older = [
      { type: 'absconded' as const, start: '2022-02-20', end: '2022-02-28' },
      { type: 'custody' as const, start: '2022-02-28', end: '2022-03-20', reason: 'violation' as const },
    ];
    expect(run(ny({ startDate: '2021-06-01' }, older), '2023-06-30').scheduledEndDate).toBe('2024-06-10');
  });
});
