// The brief's numbers read as a reader expects: grouped thousands, years to one decimal, dollars in
// millions and billions (the unit chosen after rounding), no "-0", and months as "Aug 2012".
import { expect, test } from 'vitest';
import { formatCount, formatInterval, formatMonth, formatUsd, formatValue, formatYears } from './format.ts';

test('people and counts are whole numbers with thousands separators', () => {
  expect(formatCount(0)).toBe('0');
  expect(formatCount(999)).toBe('999');
  expect(formatCount(1234.4)).toBe('1,234');
  expect(formatCount(1234.5)).toBe('1,235');
  expect(formatCount(41_250)).toBe('41,250');
  expect(formatCount(1_234_567)).toBe('1,234,567');
  expect(formatCount(-2_480.2)).toBe('-2,480');
  expect(formatCount(-0.4)).toBe('0');
  expect(formatCount(Number.NaN)).toBe('n/a');
});

test('years have one decimal and grouped thousands', () => {
  expect(formatYears(4321.46)).toBe('4,321.5');
  expect(formatYears(12)).toBe('12.0');
  expect(formatYears(0.04)).toBe('0.0');
  expect(formatYears(-0.04)).toBe('0.0');
  expect(formatYears(-1520.25)).toBe('-1,520.3');
});

test('dollars: whole dollars under a million, then millions and billions to one decimal', () => {
  expect(formatUsd(0)).toBe('$0');
  expect(formatUsd(845_200.4)).toBe('$845,200');
  expect(formatUsd(999_999.6)).toBe('$1.0 million');
  expect(formatUsd(12_345_678)).toBe('$12.3 million');
  expect(formatUsd(-12_345_678)).toBe('-$12.3 million');
  expect(formatUsd(999_960_000)).toBe('$1.0 billion');
  expect(formatUsd(1_234_000_000)).toBe('$1.2 billion');
  expect(formatUsd(2_500_000_000_000)).toBe('$2,500.0 billion');
});

test('a value and its interval follow the unit', () => {
  expect(formatValue(3210.4, 'people')).toBe('3,210');
  expect(formatValue(77.7, 'count')).toBe('78');
  expect(formatValue(4321.46, 'years')).toBe('4,321.5');
  expect(formatValue(48_200_000, 'usd')).toBe('$48.2 million');
  expect(formatInterval(3900.21, 4800.94, 'years')).toBe('90% interval 3,900.2 to 4,800.9');
  expect(formatInterval(-150, 2_300, 'people')).toBe('90% interval -150 to 2,300');
  expect(formatInterval(39_000_000, 57_450_000, 'usd')).toBe('90% interval $39.0 million to $57.5 million');
});

test('months read as "Aug 2012"; anything else passes as given', () => {
  expect(formatMonth('2012-08')).toBe('Aug 2012');
  expect(formatMonth('2013-01-01')).toBe('Jan 2013');
  expect(formatMonth('2013-13')).toBe('2013-13');
  expect(formatMonth('month 3')).toBe('month 3');
});
