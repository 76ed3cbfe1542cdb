// What the lab's typed fields accept: a value, or the message shown at the field (never a silent round,
// clamp or drop).
import { calibrationFor, CALIBRATED_JURISDICTIONS, statePopulation } from '@pathways/sim/core';
import { describe, expect, it } from 'vitest';
import {
  MAX_PEOPLE,
  parseParameterNumber,
  parseParameterNumbers,
  parseStart,
  parseWhole,
  RUN_LIMITS,
  START_MESSAGE,
} from './field-input.ts';

describe('parseStart', () => {
  it('case: the first of a month passes', () => {
    expect(parseStart('2028-03-01')).toEqual({ value: '2028-03-01' });
    expect(parseStart(' 2012-09-01 ')).toEqual({ value: '2012-09-01' });
  });
  it('case: a half-typed date, another day or a month that is not one is refused with the message', () => {
    for (const text of ['', '2028-0', '2028-03', '2028-03-15', '2028-13-01', '2028-00-01', '03/01/2028'])
      expect(parseStart(text)).toEqual({ error: START_MESSAGE });
    expect(START_MESSAGE).toBe('Give the first day of a month, written YYYY-MM-01');
  });
});

describe('parseWhole', () => {
  it('case: whole numbers in range pass, written with or without grouping', () => {
    expect(parseWhole('24', RUN_LIMITS.months)).toEqual({ value: 24 });
    expect(parseWhole('53,671', RUN_LIMITS.people)).toEqual({ value: 53_671 });
    expect(parseWhole('600', RUN_LIMITS.months)).toEqual({ value: 600 });
  });
  it('case: a fraction is refused, not rounded', () => {
    expect(parseWhole('1.5', RUN_LIMITS.months).error).toBe('Give a whole number between 1 and 600');
    expect(parseWhole('1500.4', RUN_LIMITS.people).error).toMatch(/^Give a whole number between 1 and 2,000,000/);
    expect(parseWhole('2.5', RUN_LIMITS.replications).error).toMatch(/^Give a whole number/);
  });
  it('case: out of range is refused with the range, not clamped', () => {
    expect(parseWhole('0', RUN_LIMITS.months).error).toBe('Give a whole number between 1 and 600; 0 is out of range');
    expect(parseWhole('99999999999', RUN_LIMITS.people).error).toBe(
      'Give a whole number between 1 and 2,000,000; 99,999,999,999 is out of range',
    );
    expect(parseWhole('1001', RUN_LIMITS.replications).error).toMatch(/between 1 and 1,000/);
  });
  it('case: text that is not a number is refused', () => {
    for (const text of ['', 'ten', '1e3', '12abc']) expect(parseWhole(text, RUN_LIMITS.months).error).toBeDefined();
  });
  it('case: the people cap runs every shipped state at its own count', () => {
    const largest = Math.max(...CALIBRATED_JURISDICTIONS.map((c) => statePopulation(calibrationFor(c))));
    expect(largest).toBeLessThan(MAX_PEOPLE);
    expect(parseWhole(String(largest), RUN_LIMITS.people)).toEqual({ value: largest });
  });
});

describe('parseParameterNumber', () => {
  it('case: a value the unit allows passes; empty text keeps the value in force', () => {
    expect(parseParameterNumber('5', 'days')).toEqual({ value: 5 });
    expect(parseParameterNumber('2.5', 'years')).toEqual({ value: 2.5 });
    // 12.5 days or 2.1 years (25.2 months) would reach the calendar as a fraction.
    expect(parseParameterNumber('12.5', 'days').error).toBe('Give a whole number');
    expect(parseParameterNumber('1.5', 'months').error).toBe('Give a whole number');
    expect(parseParameterNumber('2.1', 'years').error).toMatch(/^Give whole years/);
    expect(parseParameterNumber('1,000', 'usd')).toEqual({ value: 1000 });
    expect(parseParameterNumber('  ', 'days')).toEqual({ value: undefined });
  });
  it('case: negatives and non-numbers are refused', () => {
    expect(parseParameterNumber('-30', 'days').error).toBe('Cannot be negative');
    expect(parseParameterNumber('−30', 'days').error).toBe('Cannot be negative');
    expect(parseParameterNumber('thirty', 'days').error).toBe('Give a number, such as 30');
  });
  it('case: absurd periods and percentages beyond 100 are refused; counts are whole', () => {
    expect(parseParameterNumber('99,999,999', 'days').error).toBe('At most 36,500 days (a century)');
    expect(parseParameterNumber('36500', 'days')).toEqual({ value: 36_500 });
    expect(parseParameterNumber('1201', 'months').error).toMatch(/^At most 1,200 months/);
    expect(parseParameterNumber('101', 'years').error).toMatch(/^At most 100 years/);
    expect(parseParameterNumber('150', 'percent').error).toMatch(/^At most 100 percent/);
    expect(parseParameterNumber('2.5', 'count').error).toBe('Give a whole number');
  });
});

describe('parseParameterNumbers', () => {
  it('case: a list passes when every number does, and names the one that does not', () => {
    expect(parseParameterNumbers('30, 60,90', 'days')).toEqual({ value: [30, 60, 90] });
    expect(parseParameterNumbers('', 'days')).toEqual({ value: [] });
    expect(parseParameterNumbers('30, -5', 'days').error).toBe('-5: cannot be negative');
  });
});
