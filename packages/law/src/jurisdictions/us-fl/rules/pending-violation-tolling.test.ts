/** Fla. Stat. § 948.06(1): a violation still pending when the term's end came is warned of, not computed. */
import { describe, expect, it } from 'vitest';
import { fl, run, technicalViolation } from './test-helpers.ts';

// fl(): 3 years from 2020-01-15, so the scheduled end is 2023-01-15.
const tolls = (r: ReturnType<typeof run>) => r.warnings.some((w) => w.includes('§ 948.06(1)') && w.includes('had not been decided'));

describe('§ 948.06(1) a pending violation at the end of the term', () => {
  it('case: reported 2022-11-20, undecided; as of 2023-01-16 (the day after the end) warned; on 2023-01-15 not yet', () => {
    expect(tolls(run(fl({}, [technicalViolation('2022-11-20', 'reported')]), '2023-01-16'))).toBe(true);
    expect(tolls(run(fl({}, [technicalViolation('2022-11-20', 'reported')]), '2023-01-15'))).toBe(false);
  });

  it('case: a decided (sustained or dismissed) violation, or a report after the end, brings no such warning', () => {
    expect(tolls(run(fl({}, [technicalViolation('2022-11-20', 'sustained')]), '2023-06-01'))).toBe(false);
    expect(tolls(run(fl({}, [technicalViolation('2022-11-20', 'dismissed')]), '2023-06-01'))).toBe(false);
    expect(tolls(run(fl({}, [{ ...technicalViolation('2023-02-01', 'reported'), termId: 'T-1' }]), '2023-06-01'))).toBe(false);
  });
});
