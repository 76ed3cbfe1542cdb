import { inForce, JURISDICTIONS, parseIsoDate, walkParameters, type Parameter } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { lawAsOf, NEVER_IN_FORCE } from './law-as-of.ts';

const mo = JURISDICTIONS.get('US-MO')!;
const ca = JURISDICTIONS.get('US-CA')!;

function param(j: typeof mo, id: string): Parameter<unknown> {
  const found = [...walkParameters(j.parameters)].find(([, p]) => p.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found[1];
}

describe('lawAsOf', () => {
  it('drops Missouri credit days that took effect after the day (H.B. 1525, from 2012-08-28)', () => {
    const before = lawAsOf(mo, '2012-08-27');
    const credit = param(before, 'us-mo.ecc.creditDaysPerMonth');
    // Encoded law: 30 days from 2012-08-28. Frozen on 2012-08-27: never in force.
    expect(inForce(param(mo, 'us-mo.ecc.creditDaysPerMonth'), parseIsoDate('2012-08-28'))?.value).toBe(30);
    expect(inForce(credit, parseIsoDate('2012-08-27'))).toBeUndefined();
    expect(inForce(credit, parseIsoDate('2012-08-28'))).toBeUndefined();
    expect(inForce(credit, parseIsoDate('2030-01-01'))).toBeUndefined();
    expect(credit.values).toHaveLength(1);
    expect(credit.values[0]).toMatchObject({ from: NEVER_IN_FORCE, value: null });
    expect(credit.id).toBe('us-mo.ecc.creditDaysPerMonth');
  });

  it('keeps the value in force on the day in force forever after', () => {
    // Frozen on 2012-08-28 the 30 days stay; frozen on 2016-12-31 the pre-2017 classes C and D stay
    // (the encoded law switches to D and E on 2017-01-01).
    expect(inForce(param(lawAsOf(mo, '2012-08-28'), 'us-mo.ecc.creditDaysPerMonth'), parseIsoDate('2040-01-01'))?.value).toBe(30);
    const classes = param(lawAsOf(mo, '2016-12-31'), 'us-mo.ecc.eligibleFelonyClasses');
    expect(inForce(classes, parseIsoDate('2020-01-01'))?.value).toEqual(['C', 'D']);
    expect(inForce(param(mo, 'us-mo.ecc.eligibleFelonyClasses'), parseIsoDate('2020-01-01'))?.value).toEqual(['D', 'E']);
  });

  it('freezes California before AB 1950: the 3-year misdemeanor limit stays, the 1-year one is gone', () => {
    const before = lawAsOf(ca, '2020-12-31');
    expect(inForce(param(before, 'us-ca.misdemeanor.capYears'), parseIsoDate('2023-01-01'))?.value).toBe(3);
    expect(inForce(param(ca, 'us-ca.misdemeanor.capYears'), parseIsoDate('2023-01-01'))?.value).toBe(1);
    // felony.capYears: null from 1950 (no cap), 2 from 2021: frozen, null stays.
    expect(inForce(param(before, 'us-ca.felony.capYears'), parseIsoDate('2023-01-01'))).toBeUndefined();
  });

  it('keeps every parameter id and leaves the encoded law untouched', () => {
    const before = lawAsOf(ca, '2020-12-31');
    const ids = (j: typeof ca) => [...walkParameters(j.parameters)].map(([, p]) => p.id);
    expect(ids(before)).toEqual(ids(ca));
    expect(before.rules).toBe(ca.rules);
    expect(inForce(param(ca, 'us-ca.felony.capYears'), parseIsoDate('2023-01-01'))?.value).toBe(2);
  });

  it('returns the jurisdiction itself when no value is later than the day', () => {
    expect(lawAsOf(mo, '2099-12-31')).toBe(mo);
  });

  it('refuses a malformed day', () => {
    expect(() => lawAsOf(mo, '2012-8-27')).toThrow(/YYYY-MM-DD/);
  });
});
