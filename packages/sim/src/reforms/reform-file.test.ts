import { describe, expect, it } from 'vitest';
import { parseReformFile, ReformFileError } from './reform-file.ts';

const HEAD = 'name: Test reform\njurisdiction: US-MO\ncitations: ["Test citation"]\n';

function failure(text: string, file = 'test.yaml'): ReformFileError {
  try {
    parseReformFile(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ReformFileError);
    return error as ReformFileError;
  }
  throw new Error('the file was accepted');
}

describe('reform files: accepted', () => {
  it('reads every field, dates as strings', () => {
    const file = parseReformFile(
      `${HEAD}description: d\nstart: 2027-01-01\nbaseline:\n  lawAsOf: 2026-12-31\nreform:\n  parameters:\n    us-mo.ecc.creditDaysPerMonth:\n      - { from: 2027-01-01, value: 45, source: { citation: "Hypothetical" } }\n  rules:\n    - { name: cap, template: term-cap, from: 2027-01-01, citation: h, options: { years: 3 } }\n`,
      'test.yaml',
    );
    expect(file).toMatchObject({
      name: 'Test reform',
      jurisdiction: 'US-MO',
      start: '2027-01-01',
      baseline: { lawAsOf: '2026-12-31' },
      reform: { parameters: { 'us-mo.ecc.creditDaysPerMonth': [{ from: '2027-01-01', value: 45 }] } },
      file: 'test.yaml',
    });
    expect(file.reform?.rules?.[0]).toMatchObject({ name: 'cap', template: 'term-cap', options: { years: 3 } });
  });

  it('reads JSON by its extension', () => {
    const file = parseReformFile('{"name": "J", "jurisdiction": "US-MO", "citations": ["c"]}', 'test.json');
    expect(file.name).toBe('J');
  });

  it('accepts null (the provision does not operate) for any parameter', () => {
    const file = parseReformFile(
      `${HEAD}reform:\n  parameters:\n    us-mo.ecc.restitutionGate:\n      - { from: 2027-01-01, value: null, source: { citation: h } }\n`,
      'test.yaml',
    );
    expect(file.reform?.parameters?.['us-mo.ecc.restitutionGate']?.[0]?.value).toBeNull();
  });
});

describe('reform files: errors name the file and the field', () => {
  it('missing name', () => {
    const e = failure('jurisdiction: US-MO\ncitations: ["c"]\n');
    expect(e.path).toEqual(['name']);
    expect(e.message).toMatch(/^test\.yaml: name: is required/);
  });

  it('unknown jurisdiction, with the close match', () => {
    const e = failure('name: n\njurisdiction: us-mo\ncitations: ["c"]\n');
    expect(e.path).toEqual(['jurisdiction']);
    expect(e.message).toContain('unknown jurisdiction "us-mo" (did you mean "US-MO"?)');
  });

  it('no citation', () => {
    expect(failure('name: n\njurisdiction: US-MO\ncitations: []\n').path).toEqual(['citations']);
  });

  it('unknown parameter id, listing close matches', () => {
    const e = failure(
      `${HEAD}reform:\n  parameters:\n    us-mo.ecc.creditDaysPerMnth:\n      - { from: 2027-01-01, value: 45, source: { citation: h } }\n`,
    );
    expect(e.path).toEqual(['reform', 'parameters', 'us-mo.ecc.creditDaysPerMnth']);
    expect(e.message).toBe(
      'test.yaml: reform.parameters.us-mo.ecc.creditDaysPerMnth: unknown parameter id for US-MO; close matches: us-mo.ecc.creditDaysPerMonth (line 6)',
    );
  });

  it('a value of the wrong type', () => {
    const e = failure(
      `${HEAD}reform:\n  parameters:\n    us-mo.ecc.creditDaysPerMonth:\n      - { from: 2027-01-01, value: "45", source: { citation: h } }\n`,
    );
    expect(e.path).toEqual(['reform', 'parameters', 'us-mo.ecc.creditDaysPerMonth', 0, 'value']);
    expect(e.message).toMatch(/^test\.yaml: reform\.parameters\.us-mo\.ecc\.creditDaysPerMonth\[0\]\.value: expected a number/);
    const bool = failure(
      `${HEAD}reform:\n  parameters:\n    us-mo.ecc.restitutionGate:\n      - { from: 2027-01-01, value: 1, source: { citation: h } }\n`,
    );
    expect(bool.message).toContain('us-mo.ecc.restitutionGate[0].value: expected true or false');
    const list = failure(
      `${HEAD}reform:\n  parameters:\n    us-mo.ecc.eligibleFelonyClasses:\n      - { from: 2027-01-01, value: D, source: { citation: h } }\n`,
    );
    expect(list.message).toContain('eligibleFelonyClasses[0].value: expected a list');
    const negative = failure(
      `${HEAD}reform:\n  parameters:\n    us-mo.ecc.creditDaysPerMonth:\n      - { from: 2027-01-01, value: -5, source: { citation: h } }\n`,
    );
    expect(negative.message).toContain('must be a number ≥ 0');
    // Days, months, years and counts are whole: 12.5 credit days would reach the calendar as a fraction.
    const fraction = failure(
      `${HEAD}reform:\n  parameters:\n    us-mo.ecc.creditDaysPerMonth:\n      - { from: 2027-01-01, value: 12.5, source: { citation: h } }\n`,
    );
    expect(fraction.message).toContain(
      'creditDaysPerMonth[0].value: must be a whole number (us-mo.ecc.creditDaysPerMonth is in days), got 12.5',
    );
  });

  it('a value too large for the calendar, and a YAML alias bomb, are refused with a message', () => {
    const huge = failure(
      `${HEAD}reform:\n  parameters:\n    us-mo.ecc.creditDaysPerMonth:\n      - { from: 2027-01-01, value: 1e308, source: { citation: h } }\n`,
    );
    expect(huge.message).toContain('creditDaysPerMonth[0].value: must be at most 1,000,000');
    // Nine levels of nine aliases each: 9^9 nodes if expanded.
    const names = 'abcdefghi';
    const levels = [...names].map(
      (n, i) =>
        `${n}: &${n} [${Array(9)
          .fill(i === 0 ? 'x' : `*${names[i - 1]}`)
          .join(', ')}]`,
    );
    expect(failure(`${HEAD}${levels.join('\n')}\n`).message).toContain('YAML cannot be read');
  });

  it('a value without a source citation, or without a value', () => {
    const noSource = failure(`${HEAD}reform:\n  parameters:\n    us-mo.ecc.creditDaysPerMonth:\n      - { from: 2027-01-01, value: 45 }\n`);
    expect(noSource.path).toEqual(['reform', 'parameters', 'us-mo.ecc.creditDaysPerMonth', 0, 'source']);
    const noValue = failure(
      `${HEAD}reform:\n  parameters:\n    us-mo.ecc.creditDaysPerMonth:\n      - { from: 2027-01-01, source: { citation: h } }\n`,
    );
    expect(noValue.path).toEqual(['reform', 'parameters', 'us-mo.ecc.creditDaysPerMonth', 0, 'value']);
    expect(noValue.message).toContain('is required');
  });

  it('unknown template, and unknown or bad template options', () => {
    const e = failure(
      `${HEAD}reform:\n  rules:\n    - { name: cap, template: term-capp, from: 2027-01-01, citation: h, options: { years: 3 } }\n`,
    );
    expect(e.path).toEqual(['reform', 'rules', 0, 'template']);
    expect(e.message).toContain('reform.rules[0].template: unknown template "term-capp" (did you mean "term-cap"?)');
    const option = failure(
      `${HEAD}reform:\n  rules:\n    - { name: cap, template: term-cap, from: 2027-01-01, citation: h, options: { years: 3, level: [felony] } }\n`,
    );
    expect(option.path).toEqual(['reform', 'rules', 0, 'options', 'level']);
    const level = failure(
      `${HEAD}reform:\n  rules:\n    - { name: cap, template: term-cap, from: 2027-01-01, citation: h, options: { years: 3, levels: [felon] } }\n`,
    );
    expect(level.message).toContain('reform.rules[0].options.levels[0]: must be one of: felony, misdemeanor, gross_misdemeanor');
  });

  it('bad dates', () => {
    const e = failure(`${HEAD}start: 2027-01-15\nbaseline:\n  lawAsOf: 2012-02-30\n`);
    expect(e.issues.map((i) => i.path)).toEqual([['start'], ['baseline', 'lawAsOf']]);
    expect(e.message).toContain('start: must be the first of a month');
    expect(e.message).toContain('baseline.lawAsOf: "2012-02-30" is not a real calendar date');
  });

  it('a YAML syntax error, with its line number', () => {
    // Line 6 is ` bad: 1`, indented under neither `reform:` (2 spaces) nor the top level.
    const e = failure(`${HEAD}reform:\n  lawAsOf: 2027-01-01\n bad: 1\nstart: 2027-01-01\n`);
    expect(e.line).toBe(6);
    expect(e.path).toEqual([]);
    expect(e.message).toMatch(/^test\.yaml: YAML syntax error at line 6, column 1: All mapping items must start at the same column/);
    expect(failure(`${HEAD}start: 2027-01-01: x\n`).message).toContain('YAML syntax error at line 4, column 8');
    const duplicate = failure(`${HEAD}name: again\n`);
    expect(duplicate.message).toContain('YAML syntax error at line 4');
  });

  it('a JSON syntax error, with its line number', () => {
    const e = failure('{\n  "name": "x",,\n}', 'test.json');
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/^test\.json: JSON syntax error at line 2, column \d+/);
  });

  it('unknown top-level field, suggesting the one meant', () => {
    const e = failure(`${HEAD}baselin:\n  lawAsOf: 2012-08-27\n`);
    expect(e.path).toEqual(['baselin']);
    expect(e.line).toBe(4);
    expect(e.message).toContain('baselin: unknown field (did you mean "baseline"?)');
  });

  it('unknown nested field', () => {
    expect(failure(`${HEAD}reform:\n  lawasof: 2012-08-27\n`).path).toEqual(['reform', 'lawasof']);
  });

  it('a file that is neither YAML nor JSON by name', () => {
    expect(failure(HEAD, 'test.txt').message).toContain('expected a .yaml, .yml or .json file');
  });
});
