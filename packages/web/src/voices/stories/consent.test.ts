import { describe, expect, it } from 'vitest';
import { expiryRange } from './consent.ts';

describe('the consent form’s expiry range (the server checks the same: story-consent.ts)', () => {
  it('case: from tomorrow to three years ahead, one year by default, across a year end and a leap day', () => {
    // 2024-12-31 + 1 day = 2025-01-01; + 1 year = 2025-12-31; + 3 years = 2027-12-31.
    expect(expiryRange(new Date('2024-12-31T23:30:00Z'))).toEqual({ min: '2025-01-01', max: '2027-12-31', initial: '2025-12-31' });
    // 2024-02-28 + 1 day = 2024-02-29 (a leap year).
    expect(expiryRange(new Date('2024-02-28T12:00:00Z')).min).toBe('2024-02-29');
  });
});
