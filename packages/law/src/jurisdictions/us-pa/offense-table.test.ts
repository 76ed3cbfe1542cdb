/** The Pennsylvania offense table: citation spellings and the § 9774.1(i) categories. */
import { describe, expect, it } from 'vitest';
import { lookupOffense, normalizeStatute } from '../../engine/offense-table.ts';
import { paOffenseTable } from './offense-table.ts';

const tags = (s: string) => [...new Set(lookupOffense(paOffenseTable, s).flatMap((e) => e.tags))].sort();

describe('Pennsylvania offense table', () => {
  it('case: spellings of Title 18 normalise to one form', () => {
    for (const s of [
      '18 Pa.C.S. § 3502(a)(1)',
      '18 Pa.C.S.A. § 3502(a)(1)',
      '18 Pa. C.S. 3502(a)(1)',
      'Title 18 § 3502 (a)(1)',
      '18 PACS 3502(a)(1)',
    ]) {
      expect(normalizeStatute(s, paOffenseTable)).toBe('18 PA.C.S. 3502(A)(1)');
    }
    expect(normalizeStatute('35 P.S. § 780-113(a)(30)', paOffenseTable)).toBe('35 P.S. 780-113(A)(30)');
  });

  it('case: burglary is a crime of violence only under (a)(1)', () => {
    expect(tags('18 Pa.C.S. § 3502(a)(1)(i)')).toEqual(['violent']);
    expect(tags('18 Pa.C.S. § 3502(a)(2)')).toEqual([]);
  });

  it('case: homicide chapter 25 and theft chapter 39 by pattern, not neighbours', () => {
    expect(tags('18 Pa.C.S. § 2504')).toEqual(['homicide']);
    expect(tags('18 Pa.C.S. § 2601')).toEqual([]);
    expect(tags('18 Pa.C.S. § 3929(a)(1)')).toEqual(['theft']);
    expect(lookupOffense(paOffenseTable, '18 Pa.C.S. § 39291')).toEqual([]);
  });

  it('case: drug delivery and DUI', () => {
    expect(tags('35 P.S. § 780-113(a)(30)')).toEqual(['drug', 'drug_delivery']);
    expect(tags('35 P.S. § 780-113(a)(16)')).toEqual(['drug']);
    expect(tags('75 Pa.C.S. § 3802(a)(1)')).toEqual(['dui']);
  });

  it('case: registration tiers name subsections', () => {
    expect(tags('18 Pa.C.S. § 3122.1(b)')).toEqual(['sex_registration']);
    expect(tags('18 Pa.C.S. § 3122.1(a)(1)')).toEqual([]);
    expect(tags('18 Pa.C.S. § 3126(a)(1)')).toEqual(['sex_registration']);
  });

  it('case: every entry is cited and dated', () => {
    for (const e of paOffenseTable.entries) {
      expect(e.citation.length).toBeGreaterThan(0);
      expect(e.asOf).toBe('2026-11-30');
    }
  });

  it('case: a dotted number is another section: 2702.1 is not aggravated assault (2702), 3701.1 not robbery (3701)', () => {
    expect(lookupOffense(paOffenseTable, '18 Pa.C.S. 2702.1(a)').some((e) => e.statute === '18 PA.C.S. 2702')).toBe(false);
    expect(lookupOffense(paOffenseTable, '18 Pa.C.S. 3701.1').some((e) => e.statute === '18 PA.C.S. 3701')).toBe(false);
  });
});
