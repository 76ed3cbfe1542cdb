/** Taxonomy terms to the portal's need categories: by key first, then by words. */
import { describe, expect, it } from 'vitest';
import { needsOfTerm, needsOfTerms } from './needs.ts';

describe('needs from taxonomy terms', () => {
  it('case: a term whose code or name is a category key maps to exactly that category', () => {
    expect(needsOfTerm({ code: 'id_documents', name: 'Whatever the label says' })).toEqual(['id_documents']);
    expect(needsOfTerm({ code: null, name: 'Legal-Help' })).toEqual(['legal_help']);
  });

  it('case: words in Open Eligibility / 211-style names map to categories; unrelated terms to none', () => {
    expect(needsOfTerm({ name: 'Temporary Shelter' })).toEqual(['housing']);
    expect(needsOfTerm({ name: 'Addiction & Recovery' })).toEqual(['treatment']);
    expect(needsOfTerm({ name: 'Birth Certificates' })).toEqual(['id_documents']);
    expect(needsOfTerm({ name: 'Food Stamps/SNAP' })).toEqual(['benefits']);
    expect(needsOfTerm({ name: 'Expungement' })).toEqual(['legal_help']);
    expect(needsOfTerm({ name: 'Child Care' })).toEqual(['childcare']);
    expect(needsOfTerm({ name: 'Job Training' })).toEqual([]);
    // "rent" whole, not inside "parenting".
    expect(needsOfTerm({ name: 'Parenting classes' })).toEqual([]);
  });

  it('case: a service’s terms give each category once, in the portal’s order', () => {
    // "Housing counseling" is housing, not treatment.
    expect(needsOfTerms([{ name: 'Legal Aid' }, { name: 'Eviction prevention' }, { name: 'Housing counseling' }])).toEqual([
      'housing',
      'legal_help',
    ]);
    expect(needsOfTerms([{ name: 'Mental Health Care' }, { name: 'Medi-Cal enrollment' }])).toEqual(['treatment', 'benefits']);
  });
});
