import { describe, expect, it } from 'vitest';
import { az, opp, run } from './test-helpers.ts';

describe('A.R.S. § 13-901(E) early termination at any time', () => {
  it('case: open from the start date (2024-02-01), eligible the same day', () => {
    expect(opp(run(az(), '2024-02-01'), 'early_termination')).toMatchObject({ status: 'eligible', date: '2024-02-01' });
  });

  it('case: also for lifetime probation, which earns no time credit', () => {
    const r = run(az({ lifetime: true, length: undefined }), '2030-01-01');
    expect(opp(r, 'early_termination')).toMatchObject({ status: 'eligible', date: '2024-02-01' });
    expect(r.projectedEndDate).toBeNull();
  });
});
