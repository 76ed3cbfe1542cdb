import { describe, expect, it } from 'vitest';
import { fed, opp, run } from './test-helpers.ts';

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
    expect(none.warnings.some((w) => w.includes('no conviction after it') && w.includes('18 U.S.C. § 3624(e)'))).toBe(true);
    // A conviction dated before the custody is not the charge it was for.
    const earlier = run(fed({}, [convicted('2023-12-01'), held('2024-01-10', '2024-02-08')]), '2024-06-30');
    expect(earlier.scheduledEndDate).toBe('2026-04-03');
  });

  it('case: custody for a violation is not imprisonment for a crime; custody for another reason is warned of', () => {
    const violation = run(fed({}, [held('2024-01-10', '2024-03-09', 'violation'), convicted('2024-03-01')]), '2024-06-30');
    expect(violation.scheduledEndDate).toBe('2026-04-03');
    expect(violation.warnings.some((w) => w.includes('Mont'))).toBe(false);
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

  it('case: absconding is said not to move a federal term', () => {
    const r = run(fed({}, [{ type: 'absconded', start: '2024-01-10', end: '2024-02-08' }]), '2024-06-30');
    expect(r.scheduledEndDate).toBe('2026-04-03');
    expect(r.warnings.some((w) => w.includes('18 U.S.C. § 3583(i)'))).toBe(true);
  });
});
