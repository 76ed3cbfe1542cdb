import { describe, expect, it } from 'vitest';
import { lookupOffense, normalizeStatute } from '../../engine/offense-table.ts';
import { usAzOffenseTable as table } from './offense-table.ts';

describe('Arizona offense table', () => {
  it('case: citation spellings normalise to "ARS 13-1904"', () => {
    for (const raw of ['A.R.S. § 13-1904', 'ARS 13-1904', 'Ariz. Rev. Stat. § 13-1904', 'A.R.S 13-1904', '13-1904'])
      expect(normalizeStatute(raw, table)).toBe('ARS 13-1904');
  });

  it('case: armed robbery is a class 2 violent felony; robbery class 4', () => {
    expect(lookupOffense(table, 'A.R.S. § 13-1904(A)')[0]).toMatchObject({ facts: { felonyClass: '2' } });
    expect(lookupOffense(table, 'ARS 13-1902')[0]?.facts?.felonyClass).toBe('4');
  });

  it('case: the subsection entry wins over the section (13-3407(A)(7) is sale, class 2)', () => {
    const hits = lookupOffense(table, 'A.R.S. § 13-3407(A)(7)');
    expect(hits[0]).toMatchObject({ tags: ['drug', 'drug_delivery'], facts: { felonyClass: '2' } });
    expect(lookupOffense(table, 'ARS 13-3407(A)(1)')[0]?.facts?.felonyClass).toBe('4');
    expect(lookupOffense(table, 'ARS 13-3407(A)(2)')[0]?.facts).toBeUndefined();
  });

  it('case: a domestic-violence designation is found beside the offense; 13-3601.02 is not the designation', () => {
    expect(lookupOffense(table, 'A.R.S. 13-1203 (13-3601)').some((e) => e.tags.includes('domestic_violence'))).toBe(true);
    expect(lookupOffense(table, 'ARS 13-3601.02')[0]?.title).toBe('Aggravated domestic violence');
    expect(lookupOffense(table, 'ARS 13-3601.02').length).toBe(1);
  });

  it('case: registration offenses carry sex_registration; DUI carries dui', () => {
    expect(lookupOffense(table, 'ARS 13-1405')[0]?.tags).toContain('sex_registration');
    expect(lookupOffense(table, 'A.R.S. § 28-1383(A)(1)')[0]?.tags).toContain('dui');
    expect(lookupOffense(table, 'ARS 13-14050')).toEqual([]);
  });

  it('case: a dotted number is another section: 13-1904.01 is not armed robbery', () => {
    expect(lookupOffense(table, 'ARS 13-1904.01')).toEqual([]);
  });

  it('case: sexual abuse (13-1404) is not tagged for registration: § 13-3821(A)(3) requires it only for a victim under 18', () => {
    const [entry] = lookupOffense(table, 'A.R.S. 13-1404');
    expect(entry?.tags).not.toContain('sex_registration');
    expect(entry?.facts?.registrationIfMinorVictim).toBe(true);
  });
});
