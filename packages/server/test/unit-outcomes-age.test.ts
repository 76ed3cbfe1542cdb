// Age at a day from a birth date, as the outcomes' age bands count it: whole years, a birthday not yet
// reached this year not counted, and a 29 February birthday reached on 1 March in other years.
import { describe, expect, it } from 'vitest';
import { ageBand, ageOn } from '../src/routes/unit-outcomes.ts';

describe('age on a day', () => {
  it('case: the birthday itself counts; the day before does not (2001-06-15 → 25 on 2026-06-15, 24 on 2026-06-14)', () => {
    expect(ageOn('2001-06-15', '2026-06-15')).toBe(25);
    expect(ageOn('2001-06-15', '2026-06-14')).toBe(24);
  });

  it('case: born 2000-02-29: 25 on 2026-02-28, 26 on 2026-03-01, 28 on 2028-02-29 (a leap year)', () => {
    // 2026 − 2000 = 26, but "02-28" < "02-29": not yet, 25.
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    // "03-01" > "02-29": 26.
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
    expect(ageOn('2000-02-29', '2028-02-29')).toBe(28);
  });

  it('case: the band edges: 24 is under 25, 25 is 25–34, 55 is 55 and over; a malformed or future date is unknown', () => {
    expect(ageBand('2001-06-16', '2026-06-15')).toBe('under 25');
    expect(ageBand('2001-06-15', '2026-06-15')).toBe('25–34');
    expect(ageBand('1971-06-15', '2026-06-15')).toBe('55 and over');
    expect(ageBand('15/06/1971', '2026-06-15')).toBe('unknown');
    expect(ageBand('2030-01-01', '2026-06-15')).toBe('unknown');
    expect(ageBand(null, '2026-06-15')).toBe('unknown');
  });
});
