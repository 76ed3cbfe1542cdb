import { describe, expect, it } from 'vitest';
import { lookupOffense, normalizeStatute } from '../../engine/offense-table.ts';
import { gaOffenseTable as t } from './offense-table.ts';

const tagsOf = (statute: string) => new Set(lookupOffense(t, statute).flatMap((e) => e.tags));

describe('Georgia offense table', () => {
  it('case: citation spellings normalise to "OCGA 16-8-2"', () => {
    for (const s of [
      'O.C.G.A. § 16-8-2',
      'OCGA 16-8-2',
      'OCGA § 16-8-2',
      'Ga. Code Ann. § 16-8-2',
      'GA Code 16-8-2',
      'Georgia Code 16-8-2',
      '16-8-2',
    ]) {
      expect(normalizeStatute(s, t)).toBe('OCGA 16-8-2');
    }
    expect(normalizeStatute('O.C.G.A. § 16-5-40 (d)(4)', t)).toBe('OCGA 16-5-40(D)(4)');
  });

  it('case: life-eligible offenses carry the tag; a subsection decides for kidnapping', () => {
    expect(tagsOf('O.C.G.A. § 16-5-1')).toContain('life_eligible');
    expect(tagsOf('O.C.G.A. § 16-8-41')).toContain('life_eligible');
    expect(tagsOf('O.C.G.A. § 16-6-4(c)')).toContain('life_eligible');
    expect(tagsOf('O.C.G.A. § 16-6-4(a)(1)')).not.toContain('life_eligible');
    expect(tagsOf('O.C.G.A. § 16-5-40(d)(4)')).toContain('life_eligible');
    expect(tagsOf('O.C.G.A. § 16-5-40(d)(1)')).not.toContain('life_eligible');
    expect(tagsOf('O.C.G.A. § 16-8-40')).not.toContain('life_eligible');
  });

  it('case: a section never matches a longer or decimal section', () => {
    // 16-5-1 (murder) must not tag 16-5-10 or a hypothetical 16-5-1.1; 16-5-23 is not 16-5-23.1.
    expect(lookupOffense(t, 'OCGA 16-5-10')).toHaveLength(0);
    expect(lookupOffense(t, 'OCGA 16-5-1.1')).toHaveLength(0);
    expect(lookupOffense(t, 'OCGA 16-5-23.1(f)').map((e) => e.statute)).toEqual(['OCGA 16-5-23.1(F)', 'OCGA 16-5-23.1']);
    expect(tagsOf('OCGA 16-5-23(a)')).toEqual(new Set());
    expect(lookupOffense(t, 'OCGA 16-5-23(a)')).toHaveLength(1);
  });

  it('case: drug delivery by subsection; DUI; theft', () => {
    expect(tagsOf('O.C.G.A. § 16-13-30(b)')).toEqual(new Set(['drug', 'drug_delivery']));
    expect(tagsOf('O.C.G.A. § 16-13-30(a)')).toEqual(new Set(['drug']));
    expect(tagsOf('O.C.G.A. § 40-6-391(a)(1)')).toEqual(new Set(['dui']));
    expect(tagsOf('16-8-2')).toEqual(new Set(['theft']));
  });

  it('case: home invasion carries life only in the first degree (§ 16-7-5(b), punished under (d))', () => {
    expect(tagsOf('O.C.G.A. § 16-7-5(b)').has('life_eligible')).toBe(true);
    expect(tagsOf('O.C.G.A. § 16-7-5(c)').has('life_eligible')).toBe(false);
    expect(lookupOffense(t, 'O.C.G.A. § 16-7-5')[0]?.facts?.lifeDependsOnSubsection).toBe('(b) (home invasion in the first degree)');
  });
});
