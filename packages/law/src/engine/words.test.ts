import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditDaysWords, formatCount, formatDollars, ordinal } from './words.ts';

describe('formatCount', () => {
  it('case: thousands separators on non-negative integers', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(7)).toBe('7');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1096)).toBe('1,096');
    expect(formatCount(1826)).toBe('1,826');
    expect(formatCount(123456789)).toBe('123,456,789');
  });

  it('case: negatives keep their sign; fractions truncate toward zero, and (−1, 0) prints "0"', () => {
    expect(formatCount(-1096)).toBe('-1,096');
    expect(formatCount(-12)).toBe('-12');
    expect(formatCount(1096.9)).toBe('1,096');
    expect(formatCount(-1096.9)).toBe('-1,096');
    expect(formatCount(-0.5)).toBe('0');
    expect(formatCount(-0)).toBe('0');
  });

  it('property: removing the commas gives the integer back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const s = formatCount(n);
        expect(Number(s.replaceAll(',', ''))).toBe(n);
        expect(s).toMatch(/^-?\d{1,3}(,\d{3})*$/);
      }),
    );
  });
});

describe('formatDollars', () => {
  it('case: always prints cents', () => {
    expect(formatDollars(1200)).toBe('$1,200.00');
    expect(formatDollars(0)).toBe('$0.00');
    expect(formatDollars(72_972.47)).toBe('$72,972.47');
    expect(formatDollars(1_250_000.5)).toBe('$1,250,000.50');
    expect(formatDollars(0.05)).toBe('$0.05');
  });
});

describe('ordinal', () => {
  it('case: words up to the fifth, then figures', () => {
    expect([1, 2, 3, 4, 5].map(ordinal)).toEqual(['first', 'second', 'third', 'fourth', 'fifth']);
    expect(ordinal(6)).toBe('6th');
    expect(ordinal(10)).toBe('10th');
  });

  it('case: the suffix follows the last digit, except 11, 12 and 13 of each hundred', () => {
    expect([21, 22, 23, 24].map(ordinal)).toEqual(['21st', '22nd', '23rd', '24th']);
    expect([11, 12, 13].map(ordinal)).toEqual(['11th', '12th', '13th']);
    expect([101, 111, 112, 113, 122].map(ordinal)).toEqual(['101st', '111th', '112th', '113th', '122nd']);
  });

  it('case: zero, negatives and fractions are a programming error', () => {
    for (const n of [0, -1, 2.5, Number.NaN]) expect(() => ordinal(n)).toThrow(RangeError);
  });
});

describe('creditDaysWords', () => {
  it('case: whole months named, one month singular, part months and zero not', () => {
    expect(creditDaysWords(900, 30)).toBe('900 days of credit (30 months)');
    expect(creditDaysWords(30, 30)).toBe('30 days of credit (1 month)');
    expect(creditDaysWords(45, 30)).toBe('45 days of credit');
    expect(creditDaysWords(0, 30)).toBe('0 days of credit');
    expect(creditDaysWords(1200, 0)).toBe('1,200 days of credit');
  });
});
