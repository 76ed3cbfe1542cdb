import { describe, expect, it } from 'vitest';
import { lookupOffense, normalizeStatute } from '../../engine/offense-table.ts';
import { usLaOffenseTable as t } from './offense-table.ts';

describe('Louisiana offense table', () => {
  it('case: citation spellings normalise to "RS 14:64"', () => {
    for (const s of [
      'La. R.S. 14:64',
      'LSA-R.S. 14:64',
      'La. Rev. Stat. § 14:64',
      'La. Rev. Stat. Ann. § 14:64',
      'R.S. 14:64',
      'RS 14:64',
      '14:64',
      'R.S. 14 : 64',
    ]) {
      expect(normalizeStatute(s, t)).toBe('RS 14:64');
    }
  });

  it('case: a section does not match the dotted sections after it', () => {
    // 14:64 armed robbery and 14:64.1 first degree robbery are different crimes; 14:35 simple battery is
    // not a crime of violence, 14:35.3 domestic abuse battery only in some forms.
    expect(lookupOffense(t, 'La. R.S. 14:64.1').map((e) => e.title)).toEqual(['First degree robbery']);
    expect(lookupOffense(t, 'La. R.S. 14:35.3').map((e) => e.title)).toEqual(['Domestic abuse battery']);
    expect(lookupOffense(t, 'La. R.S. 14:35(A)').map((e) => e.title)).toEqual(['Simple battery']);
    expect(lookupOffense(t, 'La. R.S. 14:62.3')).toHaveLength(0);
    expect(lookupOffense(t, 'La. R.S. 14:640')).toHaveLength(0);
  });

  it('case: crimes of violence and sex offenses carry the tags the credit rule reads', () => {
    expect(lookupOffense(t, 'La. R.S. 14:65')[0]?.tags).toContain('violent');
    expect(lookupOffense(t, 'La. R.S. 14:81.2')[0]?.tags).toContain('sex_registration');
    expect(lookupOffense(t, 'La. R.S. 14:67')[0]?.tags).toEqual(['theft']);
  });

  it('case: Title 40 distribution (subsection A) is drug_delivery; the section alone is drug', () => {
    const a = lookupOffense(t, 'La. R.S. 40:967(A)(1)');
    expect(a.flatMap((e) => e.tags)).toContain('drug_delivery');
    const c = lookupOffense(t, 'La. R.S. 40:967(C)');
    expect(c.flatMap((e) => e.tags)).toEqual(['drug']);
  });

  it('case: more spellings: "RS14:64", "LRS 14:64", "Louisiana Revised Statutes 14:64"', () => {
    for (const s of ['RS14:64', 'LRS 14:64', 'L.R.S. 14:64', 'Louisiana Revised Statutes 14:64'])
      expect(normalizeStatute(s, t)).toBe('RS 14:64');
  });

  it('case: aggravated flight (14:108.1(C)) is a crime of violence; flight cited bare depends on its form', () => {
    expect(lookupOffense(t, 'La. R.S. 14:108.1(C)')[0]?.tags).toContain('violent');
    const bare = lookupOffense(t, 'La. R.S. 14:108.1');
    expect(bare[0]?.tags).not.toContain('violent');
    expect(bare[0]?.facts?.covDependsOnForm).toBe(true);
  });

  it('case: crimes of violence art. 890.3(C) names: drive-by shooting, disarming, terrorism, trafficking', () => {
    for (const s of ['14:37.1', '14:34.6', '14:128.1', '14:46.2', '14:46.3'])
      expect(lookupOffense(t, `RS ${s}`)[0]?.tags).toContain('violent');
  });
});
