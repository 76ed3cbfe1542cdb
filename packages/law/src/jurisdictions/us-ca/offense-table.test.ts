import { describe, expect, it } from 'vitest';
import { lookupOffense, normalizeStatute, tableFact } from '../../engine/offense-table.ts';
import { OFFENSE_TAGS } from '../../records/vocabulary.ts';
import { usCaOffenseTable as table } from './offense-table.ts';

const tags = (statute: string) => [...new Set(lookupOffense(table, statute).flatMap((e) => e.tags))].sort();

describe('California offense table', () => {
  it('case: citation spellings normalise to PC / VC / HSC', () => {
    expect(normalizeStatute('Cal. Penal Code § 211', table)).toBe('PC 211');
    expect(normalizeStatute('Penal Code section 487(b)(3)', table)).toBe('PC 487(B)(3)');
    expect(normalizeStatute('Cal. Pen. Code 273.5', table)).toBe('PC 273.5');
    expect(normalizeStatute('P.C. 459.5', table)).toBe('PC 459.5');
    expect(normalizeStatute('PC211', table)).toBe('PC 211');
    expect(normalizeStatute('Veh. Code § 23152(a)', table)).toBe('VC 23152(A)');
    expect(normalizeStatute('CVC 23153', table)).toBe('VC 23153');
    expect(normalizeStatute('Health & Safety Code 11351', table)).toBe('HSC 11351');
    expect(normalizeStatute('H&S 11350', table)).toBe('HSC 11350');
    // The code after the section, as minute orders and rap sheets write it.
    expect(normalizeStatute('211 PC', table)).toBe('PC 211');
    expect(normalizeStatute('273.5(a) PC', table)).toBe('PC 273.5(A)');
    expect(normalizeStatute('23152(a) VC', table)).toBe('VC 23152(A)');
    expect(normalizeStatute('11350 HS', table)).toBe('HSC 11350');
    expect(normalizeStatute('11350 H&S', table)).toBe('HSC 11350');
    expect(normalizeStatute('Cal. PC 211', table)).toBe('PC 211');
    expect(normalizeStatute('PC 211-ROBBERY', table)).toBe('PC 211');
    expect(tags('211 PC')).toEqual(['violent']);
  });

  it('case: compound citations of an offense and its degree section read the degree section', () => {
    expect(normalizeStatute('PC 211/212.5(c)', table)).toBe('PC 212.5(C)');
    expect(normalizeStatute('Cal. Penal Code § 211 / 212.5(c)', table)).toBe('PC 212.5(C)');
    expect(normalizeStatute('PC 459/460(b)', table)).toBe('PC 460(B)');
    expect(normalizeStatute('PC 460(a)/459', table)).toBe('PC 460(A)/459'); // the degree first, with its subdivision: left as written
    expect(tags('PC 211/212.5(c)')).toEqual(['violent']);
    // Second-degree burglary is never (c)(21); first degree is, with someone present (the record must say).
    const second = lookupOffense(table, 'PC 459/460(b)');
    expect(tableFact({ tableEntries: second }, 'violentIf')).toBe(false);
    expect(typeof tableFact({ tableEntries: lookupOffense(table, 'PC 459/460(a)') }, 'violentIf')).toBe('string');
    // Theft by its grading section: "484(a)/488 PC" (the usual petty-theft charge) is PC 488, which PC
    // 1203g(a) names; "PC 484/487(b)(3)" is grand theft by an employee, which PC 1203.1(l)(2) names.
    expect(normalizeStatute('PC 484(a)/488', table)).toBe('PC 488');
    expect(normalizeStatute('484(a)/488 PC', table)).toBe('PC 488');
    expect(normalizeStatute('PC 484 / 488', table)).toBe('PC 488');
    expect(normalizeStatute('PC 488/484(a)', table)).toBe('PC 488');
    expect(normalizeStatute('PC 484/490.2', table)).toBe('PC 490.2');
    expect(normalizeStatute('PC 484(a)/487(b)(3)', table)).toBe('PC 487(B)(3)');
    expect(normalizeStatute('PC 484/4880', table)).toBe('PC 484/4880'); // another number: left as written
    expect(tableFact({ tableEntries: lookupOffense(table, 'PC 484(a)/488') }, 'pc1203g')).toBe(true);
    expect(tableFact({ tableEntries: lookupOffense(table, 'PC 484(a)/487(b)(3)') }, 'theftCarveOut')).toBe('core');
    // Attempts keep their own entries: "PC 664/187" is not read as "PC 187".
    expect(normalizeStatute('PC 664/187', table)).toBe('PC 664/187');
  });

  it('case: tags come from PC 667.5(c) and the own-length statutes', () => {
    expect(tags('PC 211')).toEqual(['violent']);
    expect(tags('PC 187(a)')).toEqual(['homicide', 'life_eligible', 'violent']);
    expect(tags('VC 23152(a)')).toEqual(['dui', 'own_probation_length']);
    expect(tags('PC 273.5(a)')).toEqual(['domestic_violence', 'own_probation_length']);
    expect(tags('PC 2110')).toEqual([]);
    expect(tags('PC 451(b)')).toEqual(['violent']);
    expect(tags('PC 451(d)')).toEqual([]);
  });

  it('case: PC 667.5(c) paragraph numbers as read in the section text', () => {
    // Paragraphs of 667.5(c) (official text published 2026-07-21; paragraph (24) added 2025-01-01).
    const paragraph: [string, string][] = [
      ['PC 187', '(1)'],
      ['PC 192(A)', '(1)'],
      ['PC 203', '(2)'],
      ['PC 261(A)(2)', '(3)'],
      ['PC 286(C)', '(4)'],
      ['PC 287(C)', '(5)'],
      ['PC 288(A)', '(6)'],
      ['PC 205', '(7)'],
      ['PC 209', '(7), (14)'],
      ['PC 245', '(8)'],
      ['PC 211', '(9)'],
      ['PC 451(B)', '(10)'],
      ['PC 289(J)', '(11)'],
      ['PC 664/187', '(12)'],
      ['PC 207', '(14)'],
      ['PC 220', '(15)'],
      ['PC 288.5', '(16)'],
      ['PC 215', '(17)'],
      ['PC 264.1', '(18)'],
      ['PC 518', '(19)'],
      ['PC 136.1', '(20)'],
      ['PC 460(A)', '(21)'],
      ['PC 261(A)(3)', '(24)'],
    ];
    for (const [statute, para] of paragraph) {
      const [e] = lookupOffense(table, statute);
      expect(e!.citation.startsWith(`Cal. Penal Code § 667.5(c)${para}`), `${statute}: ${e!.citation}`).toBe(true);
    }
  });

  it('case: offenses on the list only in some forms are not tagged violent, and say which form', () => {
    expect(tags('PC 286(c)(2)(A)')).toEqual(['sex_registration', 'violent']);
    expect(tags('PC 286(b)(1)')).toEqual(['sex_registration']);
    expect(tags('PC 287(d)(1)')).toEqual(['sex_registration', 'violent']);
    expect(tags('PC 264.1(a)')).toEqual(['sex_registration', 'violent']);
    expect(tags('PC 261(a)(3)')).toEqual(['sex_registration']);
    expect(tableFact({ tableEntries: lookupOffense(table, 'PC 261(a)(3)') }, 'violentIf')).toContain('January 1, 2025');
    expect(tags('PC 136.1(b)')).toEqual([]);
    expect(tableFact({ tableEntries: lookupOffense(table, 'PC 245(a)(4)') }, 'violentIf')).toContain('firearm');
  });

  it('case: subdivision entries carry the facts the rules read', () => {
    const e = lookupOffense(table, 'PC 487(b)(3)');
    expect(e[0]!.facts).toEqual({ theftCarveOut: 'core' });
    expect(lookupOffense(table, 'PC 487(a)').some((x) => x.facts?.['theftCarveOut'] !== undefined)).toBe(false);
    // Only a citation that stops short of a paragraph leaves (b)(3) open.
    for (const s of ['PC 487', 'Penal Code § 487(b)', 'PC 487 (b)'])
      expect(tableFact({ tableEntries: lookupOffense(table, s) }, 'theftCarveOut')).toBe('paragraph_not_given');
    for (const s of ['PC 487(b)(1)', 'PC 487(c)', 'PC 487.1'])
      expect(tableFact({ tableEntries: lookupOffense(table, s) }, 'theftCarveOut')).toBeUndefined();
  });

  it('case: every entry uses the vocabulary, cites a provision and is dated', () => {
    for (const e of table.entries) {
      for (const t of e.tags) expect(OFFENSE_TAGS).toContain(t);
      expect(e.citation.length).toBeGreaterThan(0);
      expect(e.asOf).toBe('2026-11-30');
      expect(e.statute).toBe(e.statute.toUpperCase());
    }
  });

  it('case: a dotted number is another section (PC 261.5 is not rape, PC 459.5 not burglary)', () => {
    expect(lookupOffense(table, 'PC 261.5').some((e) => e.statute === 'PC 261')).toBe(false);
    expect(lookupOffense(table, 'PC 459.5').some((e) => e.statute === 'PC 459')).toBe(false);
  });
});
