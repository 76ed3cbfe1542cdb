import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inForce, parseIsoDate, walkParameters, type Jurisdiction, type ParameterTree } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { parseReformFile } from './reform-file.ts';
import { loadReformFile, SHIPPED_REFORMS_DIR } from './reform-file-node.ts';
import { buildScenarios } from './scenario.ts';
import { evaluateUnder, personWith } from './test-records.ts';

const shipped = readdirSync(SHIPPED_REFORMS_DIR).filter((f) => f.endsWith('.yaml'));

function param(j: Jurisdiction<ParameterTree>, id: string) {
  return [...walkParameters(j.parameters)].find(([, p]) => p.id === id)![1];
}

describe('shipped reform files', () => {
  it('include the Missouri replay and the three hypotheticals', () => {
    expect(shipped).toEqual(
      expect.arrayContaining([
        'us-mo-ecc-2012.yaml',
        'us-ga-three-year-felony-cap.yaml',
        'us-mo-45-day-credits.yaml',
        'us-pa-no-technical-confinement.yaml',
      ]),
    );
    expect(shipped.length).toBeGreaterThanOrEqual(15);
  });

  it.each(shipped)('%s loads and builds both scenarios', (name) => {
    const file = loadReformFile(join(SHIPPED_REFORMS_DIR, name));
    expect(file.citations.length).toBeGreaterThan(0);
    expect(file.description).toBeTruthy();
    const { baseline, reform } = buildScenarios(file);
    expect(baseline.code).toBe(file.jurisdiction);
    expect(reform.code).toBe(file.jurisdiction);
    // The two laws must differ somewhere: a frozen baseline, an override or an added rule.
    const valuesDiffer = [...walkParameters(baseline.parameters)].some(
      ([, p]) => JSON.stringify(p.values) !== JSON.stringify(param(reform, p.id).values),
    );
    expect(valuesDiffer || Object.keys(reform.rules).join() !== Object.keys(baseline.rules).join()).toBe(true);
    if (/hypothetical/i.test(name) || file.reform !== undefined) {
      expect(`${file.name} ${file.citations.join(' ')} ${file.description}`).toMatch(/hypothetical/i);
    }
    if (file.baseline?.lawAsOf !== undefined) {
      // A replay starts on the first of the month on or after the day after the frozen day.
      const effective = parseIsoDate(file.baseline.lawAsOf) + 1;
      const start = parseIsoDate(file.start!);
      expect(start).toBeGreaterThanOrEqual(effective);
      expect(start - effective).toBeLessThan(31);
    }
  });
});

describe('Missouri earned compliance credits replay (us-mo-ecc-2012.yaml)', () => {
  const file = loadReformFile(join(SHIPPED_REFORMS_DIR, 'us-mo-ecc-2012.yaml'));
  const { baseline, reform } = buildScenarios(file);

  it('freezes the baseline on 2012-08-27 and keeps the law as encoded for the reform', () => {
    expect(file.baseline?.lawAsOf).toBe('2012-08-27');
    expect(file.start).toBe('2012-09-01');
    const day = parseIsoDate('2012-08-28');
    expect(inForce(param(baseline, 'us-mo.ecc.creditDaysPerMonth'), day)).toBeUndefined();
    expect(inForce(param(reform, 'us-mo.ecc.creditDaysPerMonth'), day)?.value).toBe(30);
  });

  it('gives a class D felony probation no credits under the baseline and 270 days under the reform (as of 2013-06-30)', () => {
    // Probation from 2012-06-01, 5 years. Under H.B. 1525 the first earning month is September 2012;
    // as of 2013-06-30 the full months September 2012 – May 2013 are credited: 9 × 30 = 270 days
    // (June's credit posts on July 1).
    const person = personWith('P-000001', {
      jurisdiction: 'US-MO',
      sentenceDate: '2012-06-01',
      supervisingAgency: 'state',
      offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'D', description: 'stealing' }],
    });
    const before = evaluateUnder(baseline, person, '2013-06-30');
    const after = evaluateUnder(reform, person, '2013-06-30');
    expect(before.earnedCreditDays).toBe(0);
    expect(before.projectedEndDate).toBe('2017-06-01');
    expect(after.earnedCreditDays).toBe(270);
    expect(after.projectedEndDate! < before.projectedEndDate!).toBe(true);
  });
});

describe('hypothetical 45-day credits (us-mo-45-day-credits.yaml)', () => {
  it('earns 30 days a month before 2027 and 45 after', () => {
    const { baseline, reform } = buildScenarios(loadReformFile(join(SHIPPED_REFORMS_DIR, 'us-mo-45-day-credits.yaml')));
    // Probation from 2026-01-15. As of 2027-06-30 the full months February 2026 – May 2027 are credited:
    // baseline 16 × 30 = 480; reform 11 × 30 (Feb–Dec 2026) + 5 × 45 (Jan–May 2027) = 555.
    const person = personWith('P-000002', {
      jurisdiction: 'US-MO',
      sentenceDate: '2026-01-15',
      supervisingAgency: 'state',
      offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'E', description: 'stealing' }],
    });
    expect(evaluateUnder(baseline, person, '2027-06-30').earnedCreditDays).toBe(480);
    expect(evaluateUnder(reform, person, '2027-06-30').earnedCreditDays).toBe(555);
  });
});

describe('hypothetical Georgia three-year cap (us-ga-three-year-felony-cap.yaml)', () => {
  it('caps felony probation from 2027 and leaves the baseline alone', () => {
    const { baseline, reform } = buildScenarios(loadReformFile(join(SHIPPED_REFORMS_DIR, 'us-ga-three-year-felony-cap.yaml')));
    // Start 2025-03-01, 5 years: cap 2028-03-01.
    const person = personWith('P-000003', {
      jurisdiction: 'US-GA',
      sentenceDate: '2025-03-01',
      offenses: [{ statute: 'O.C.G.A. § 16-7-1', level: 'felony', description: 'burglary' }],
    });
    expect(evaluateUnder(baseline, person, '2027-06-30').projectedEndDate).toBe('2030-03-01');
    expect(evaluateUnder(reform, person, '2027-06-30').projectedEndDate).toBe('2028-03-01');
  });
});

describe('buildScenarios', () => {
  it('applies the reform side lawAsOf before its overrides', () => {
    const file = parseReformFile(
      'name: t\njurisdiction: US-MO\ncitations: [c]\nreform:\n  lawAsOf: 2012-08-27\n  parameters:\n    us-mo.ecc.creditDaysPerMonth:\n      - { from: 2027-01-01, value: 45, source: { citation: h } }\n',
      't.yaml',
    );
    const { baseline, reform } = buildScenarios(file);
    const credit = param(reform, 'us-mo.ecc.creditDaysPerMonth');
    // Frozen before 2012-08-28 (no credits), then the override from 2027.
    expect(inForce(credit, parseIsoDate('2020-01-01'))).toBeUndefined();
    expect(inForce(credit, parseIsoDate('2027-01-01'))?.value).toBe(45);
    expect(inForce(credit, parseIsoDate('2027-01-01'))?.source.citation).toBe('h');
    expect(inForce(param(baseline, 'us-mo.ecc.creditDaysPerMonth'), parseIsoDate('2020-01-01'))?.value).toBe(30);
  });
});
