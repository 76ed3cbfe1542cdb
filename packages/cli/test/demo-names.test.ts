import { describe, expect, it } from 'vitest';
import { demoBirthDate, demoName } from '../src/serve/demo-names.ts';

describe('demo identities', () => {
  it('case: names combine by position', () => {
    expect(demoName(0)).toEqual({ given: 'Ana', family: expect.any(String) });
  });

  it('case: a birth date 18 + (7n mod 40) years before the earliest sentence, month 1 + 5n mod 12, day 1 + 11n mod 28', () => {
    // n = 0: 18 years before 2020 → 2002-01-01.
    expect(demoBirthDate(0, '2020-06-15')).toBe('2002-01-01');
    // n = 3: 18 + 21 = 39 years before 2021 → 1982; month 1 + 15 mod 12 = 4; day 1 + 33 mod 28 = 6.
    expect(demoBirthDate(3, '2021-02-28')).toBe('1982-04-06');
  });

  it('case: every demo person is 18 to 57 at sentencing, and every ten-year band is reached', () => {
    const ages = Array.from({ length: 200 }, (_, n) => 2024 - Number(demoBirthDate(n, '2024-01-01').slice(0, 4)));
    expect(Math.min(...ages)).toBe(18);
    expect(Math.max(...ages)).toBe(57);
    expect(new Set(ages.map((a) => Math.floor(a / 10))).size).toBe(5);
  });
});
