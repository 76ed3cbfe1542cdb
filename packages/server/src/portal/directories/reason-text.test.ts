import { describe, expect, it } from 'vitest';
import { distancePhrase } from './reason-text.ts';

describe('distancePhrase', () => {
  it('case: the figure the card shows, to one decimal, and "less than 1 mile" below one', () => {
    // The card (packages/web/src/portal/screens/Jobs.tsx) shows `distanceMiles` to one decimal, and
    // "Less than 1 mile" below 1.0: the words must give the same.
    expect(distancePhrase(0.9, 'en')).toBe('Less than 1 mile from home');
    expect(distancePhrase(1, 'en')).toBe('1 mile from home');
    expect(distancePhrase(1.5, 'en')).toBe('1.5 miles from home');
    expect(distancePhrase(3.4, 'en')).toBe('3.4 miles from home');
    expect(distancePhrase(0.9, 'es')).toBe('A menos de 1 milla de su casa');
    expect(distancePhrase(1, 'es')).toBe('A 1 milla de su casa');
    expect(distancePhrase(12.3, 'es')).toBe('A 12.3 millas de su casa');
  });
});
