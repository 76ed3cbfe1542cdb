/** The federal offense table: citation spellings and the sex-offense chapters. */
import { describe, expect, it } from 'vitest';
import { lookupOffense, normalizeStatute } from '../../engine/offense-table.ts';
import { fedOffenseTable as t } from './offense-table.ts';

const tags = (s: string) => [...new Set(lookupOffense(t, s).flatMap((e) => e.tags))].sort();

describe('Federal offense table', () => {
  it('case: citation spellings normalise to "18 USC 2252A"', () => {
    for (const s of [
      '18 U.S.C. § 2252A',
      '18 USC 2252A',
      'Title 18 U.S.C. 2252A',
      'Title 18, United States Code, Section 2252A',
      '18:2252A',
    ])
      expect(normalizeStatute(s, t)).toBe('18 USC 2252A');
  });

  it('case: chapter 110 is a sex offense, but not its recordkeeping offense (§ 2257) nor its restitution section (§ 2259)', () => {
    expect(tags('18 U.S.C. § 2252A(a)(5)(B)')).toContain('sex_registration');
    expect(tags('18 U.S.C. § 2258')).toContain('sex_registration');
    expect(tags('18 U.S.C. § 2257')).toEqual([]);
    expect(tags('18 U.S.C. § 2257A')).toEqual([]);
    expect(tags('18 U.S.C. § 2259')).toEqual([]);
    expect(tags('18 U.S.C. § 2258A')).toEqual([]);
  });

  it('case: "18:922(g)(1)" is the felon-in-possession section', () => {
    expect(tags('18:922(g)(1)')).toEqual(['weapon']);
  });
});
