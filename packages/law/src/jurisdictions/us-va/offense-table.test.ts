import { describe, expect, it } from 'vitest';
import { lookupOffense, normalizeStatute } from '../../engine/offense-table.ts';
import { usVaOffenseTable as t } from './offense-table.ts';

describe('Virginia offense table', () => {
  it('case: citation spellings normalise to "VA 18.2-58"', () => {
    for (const s of [
      'Va. Code § 18.2-58',
      'Va. Code Ann. § 18.2-58',
      'VA Code 18.2-58',
      'Code of Virginia § 18.2-58',
      'Code of Va. 18.2-58',
      'Virginia Code § 18.2-58',
      '§ 18.2-58',
      '18.2-58',
      '18.2-58, Code of Virginia',
      'VA 18.2-58',
    ]) {
      expect(normalizeStatute(s, t)).toBe('VA 18.2-58');
    }
  });

  it('case: a section matches itself and its subsections, never a neighbouring section', () => {
    expect(lookupOffense(t, 'Va. Code § 18.2-58')[0]?.title).toBe('Robbery');
    expect(lookupOffense(t, 'Va. Code § 18.2-58(A)')[0]?.title).toBe('Robbery');
    const carjacking = lookupOffense(t, 'Va. Code § 18.2-58.1');
    expect(carjacking).toHaveLength(1);
    expect(carjacking[0]?.title).toBe('Carjacking');
    expect(lookupOffense(t, 'Va. Code § 18.2-248.1')[0]?.tags).toContain('drug_delivery');
    expect(lookupOffense(t, 'Va. Code § 18.2-57.2')).toHaveLength(1);
    expect(lookupOffense(t, 'Va. Code § 18.2-57.2')[0]?.tags).toEqual(['domestic_violence']);
    expect(lookupOffense(t, 'Va. Code § 18.2-2480')).toHaveLength(0);
  });

  it('case: common statutes carry the expected tags', () => {
    expect(lookupOffense(t, '18.2-266')[0]?.tags).toEqual(['dui']);
    expect(lookupOffense(t, '18.2-250')[0]?.tags).toEqual(['drug']);
    expect(lookupOffense(t, '18.2-60.3')[0]?.tags).toEqual(['stalking']);
    expect(lookupOffense(t, '18.2-308.2')[0]?.tags).toEqual(['weapon']);
    expect(lookupOffense(t, '18.2-61')[0]?.tags).toContain('sex_registration');
    expect(lookupOffense(t, '18.2-32')[0]?.tags).toContain('homicide');
    expect(lookupOffense(t, '18.2-371.1')[0]?.tags).toEqual(['child_abuse']);
  });

  it('case: the sections listed in the fourth paragraph of § 19.2-303 carry the va303MandatoryProbation fact, and no others', () => {
    const fact = (statute: string) => lookupOffense(t, statute)[0]?.facts?.['va303MandatoryProbation'];
    for (const s of ['18.2-48', '18.2-61', '18.2-63', '18.2-67.1', '18.2-67.2', '18.2-67.3', '18.2-370', '18.2-370.1']) {
      expect(fact(`Va. Code § ${s}`)).toBe(true);
    }
    for (const s of ['18.2-67.4', '18.2-58', '18.2-47', '18.2-371.1']) expect(fact(`Va. Code § ${s}`)).toBeUndefined();
  });
});
