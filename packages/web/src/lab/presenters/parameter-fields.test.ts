// The form generated from Missouri's parameters: kinds, values in force on the run's first day, citations.
import { JURISDICTIONS, walkParameters } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { describeValue, differs, parameterFields, startingLaw } from './parameter-fields.ts';

describe('parameterFields', () => {
  const fields = parameterFields(startingLaw('US-MO', 'us-mo-ecc-2012.yaml'), '2012-09-01');
  const field = (id: string) => fields.find((f) => f.id === id)!;

  it('case: one field per parameter, numbers with their value and citation', () => {
    expect(fields.length).toBe([...walkParameters(JURISDICTIONS.get('US-MO')!.parameters)].length);
    expect(fields.length).toBeGreaterThanOrEqual(10);
    expect(field('us-mo.ecc.creditDaysPerMonth')).toMatchObject({
      kind: 'number',
      unit: 'days',
      current: 30,
      citation: 'RSMo § 217.703.3',
      label: 'Earned compliance credit per compliant month',
    });
  });

  it('case: true/false as a checkbox with its alternative reading; a list of classes as a checkbox group over every class', () => {
    expect(field('us-mo.ecc.firstFullMonthEarns')).toMatchObject({ kind: 'boolean', current: true });
    expect(field('us-mo.ecc.firstFullMonthEarns').alternatives[0]!.value).toBe(false);
    expect(field('us-mo.ecc.eligibleFelonyClasses')).toMatchObject({ kind: 'choices', current: ['C', 'D'], options: ['C', 'D', 'E'] });
    expect(
      parameterFields(startingLaw('US-MO', null), '2020-01-01').find((f) => f.id === 'us-mo.ecc.eligibleFelonyClasses')!.current,
    ).toEqual(['D', 'E']);
  });

  it('case: the baseline of current law before the 2012 act has no credits in force', () => {
    const before = parameterFields(startingLaw('US-MO', null), '2012-01-01').find((f) => f.id === 'us-mo.ecc.creditDaysPerMonth')!;
    expect(before.current).toBeNull();
    expect(describeValue(before.current, before.unit)).toBe('not in force');
  });
});

describe('describeValue and differs', () => {
  it('case: values in words', () => {
    expect(describeValue(30, 'days')).toBe('30 days');
    expect(describeValue(true, 'boolean')).toBe('yes');
    expect(describeValue(['C', 'D'], 'list')).toBe('C, D');
    expect(describeValue(1200, 'usd')).toBe('$1,200');
  });
  it('case: a list in another order is the same value', () => {
    expect(differs(['D', 'C'], ['C', 'D'])).toBe(false);
    expect(differs(['C'], ['C', 'D'])).toBe(true);
    expect(differs(15, 30)).toBe(true);
  });
});
