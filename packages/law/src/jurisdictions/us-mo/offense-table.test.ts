import { describe, expect, it } from 'vitest';
import { lookupOffense, normalizeStatute } from '../../engine/offense-table.ts';
import { usMoOffenseTable as t } from './offense-table.ts';

describe('Missouri offense table', () => {
  it('case: citation spellings normalise to "RSMO 570.030"', () => {
    for (const s of [
      'RSMo 570.030',
      'Mo. Rev. Stat. § 570.030',
      '§ 570.030 RSMo',
      '570.030, RSMo Supp. 2016',
      'Section 570.030',
      'R.S.Mo. 570.030',
      '570.030',
    ]) {
      expect(normalizeStatute(s, t)).toBe('RSMO 570.030');
    }
  });

  it('case: chapter 579 and former chapter 195 by pattern; most specific entry first', () => {
    expect(lookupOffense(t, 'RSMo 579.999')[0]?.facts?.drugChapter).toBe('579');
    expect(lookupOffense(t, '195.211 RSMo')[0]?.facts?.drugChapter).toBe('195');
    expect(lookupOffense(t, 'RSMo 565.052.1(2)')[0]?.facts?.ecc).toBe('excluded');
    expect(lookupOffense(t, 'RSMo 565.052.1(3)')[0]?.facts?.ecc).toBe('discretionary');
    expect(lookupOffense(t, 'RSMo 571.999')[0]?.tags).toContain('weapon');
    // § 589.015 "sexual assault" offenses excluded from 2017; statutory rape 2nd discretionary before then.
    expect(lookupOffense(t, 'RSMo 566.034')[0]?.facts).toMatchObject({ ecc: 'excluded_from_2017', eccBefore2017: 'discretionary' });
    expect(lookupOffense(t, 'RSMo 566.071')[0]?.facts?.ecc).toBe('excluded');
    expect(lookupOffense(t, 'RSMo 5790.1')).toHaveLength(0);
  });

  it('case: the subsection written as a parenthesis or a word: "565.052(1)(2)", "565.052 subd. 1(2)"', () => {
    for (const s of ['RSMo 565.052(1)(2)', '565.052 subd. 1(2)', '565.052 subsec. 1(2)', 'RSMo 565.052.1(2)'])
      expect(normalizeStatute(s, t)).toBe('RSMO 565.052.1(2)');
    // A lone parenthesis stays a subdivision of the section as written.
    expect(normalizeStatute('RSMo 570.030(3)', t)).toBe('RSMO 570.030(3)');
    expect(lookupOffense(t, 'RSMo 565.052(1)(2)')[0]?.facts?.ecc).toBe('excluded');
    expect(lookupOffense(t, 'RSMo 565.052')[0]?.facts?.excludedSubdivision).toBe('565.052.1(2)');
  });
});
