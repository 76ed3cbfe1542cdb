import { JURISDICTIONS, lookupOffense, SUPPORTED_JURISDICTIONS, type Jurisdiction, type ParameterTree } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { impliedAdmissionsPer100 } from './national.ts';
import { CALIBRATED_JURISDICTIONS, calibrationFor, STATE_CALIBRATIONS } from './states.ts';

describe('state calibrations', () => {
  it('covers exactly the jurisdictions the law engine encodes', () => {
    expect([...CALIBRATED_JURISDICTIONS].sort()).toEqual([...SUPPORTED_JURISDICTIONS].sort());
    expect(CALIBRATED_JURISDICTIONS).toHaveLength(12);
  });

  it('calibrationFor names the supported codes when asked for another', () => {
    expect(calibrationFor('US-MO').name).toBe('Missouri');
    expect(() => calibrationFor('US-TX')).toThrow(/"US-TX".*US-CA, US-MO/);
  });

  it.each(STATE_CALIBRATIONS.map((c) => [c.jurisdiction, c] as const))('%s: every statute is in the offense table', (code, cal) => {
    const table = (JURISDICTIONS.get(code) as Jurisdiction<ParameterTree>).offenseTable!;
    for (const o of [...cal.offenses.probation, ...cal.offenses.parole]) {
      expect(lookupOffense(table, o.statute), `${code} ${o.statute}`).not.toHaveLength(0);
    }
  });

  it('hazards reproduce the CSG violation admissions per 100 supervised', () => {
    // Values of derived_violation_adm2017_per_100_supervised_2016 in the CSG file, where the denominator is the same.
    const csg: Record<string, number> = {
      'US-CA': 3.67,
      'US-MO': 24.17,
      'US-PA': 3.86,
      'US-MN': 5.17,
      'US-VA': 9.38,
      'US-LA': 11.79,
      'US-AZ': 9.42,
      'US-FL': 4.84,
    };
    for (const [code, per100] of Object.entries(csg)) {
      expect(impliedAdmissionsPer100(calibrationFor(code).monthlyHazard), code).toBeCloseTo(per100, 1);
    }
    // National 2019 (figures.md §2c): 246,096 ÷ 4,357,700 ≈ 5.6.
    expect(impliedAdmissionsPer100(calibrationFor('US-FED').monthlyHazard)).toBeCloseTo(5.65, 1);
  });

  it('splits Missouri technical and new-offense admissions as CSG does', () => {
    const h = calibrationFor('US-MO').monthlyHazard;
    // 10,835 technical and 4,056 new-offense admissions over 61,600 supervised.
    expect(1200 * h.newOffense.value * 0.5).toBeCloseTo((4056 / 61600) * 100, 2);
    expect(h.technical.note).toMatch(/14,891 violation admissions \(2017\) ÷ 61,600 supervised/);
  });

  it('derives counts from rates and states missing data', () => {
    const mo = calibrationFor('US-MO').population;
    // 61,600 ÷ 1,010 × 100,000 = 6,099,010 residents; × 596 ÷ 100,000 = 36,350.
    expect(mo.probation.value).toBe(36_350);
    expect(mo.probation.confidence).toBe('C');
    expect(calibrationFor('US-FL').prisonStayMonths.probationViolator.note).toMatch(/dropped/);
    expect(calibrationFor('US-CA').population.parole.value).toBe(104_937);
  });

  it('every figure names a source and a confidence code', () => {
    const walk = (v: unknown, path: string): void => {
      if (typeof v !== 'object' || v === null) return;
      if ('value' in v && 'source' in v) {
        const f = v as unknown as { source: string; confidence: string };
        expect(f.source.length, path).toBeGreaterThan(10);
        expect(['A', 'B', 'C', 'D'], path).toContain(f.confidence);
        return;
      }
      for (const [k, x] of Object.entries(v)) if (k !== 'offenses') walk(x, `${path}.${k}`);
    };
    for (const c of STATE_CALIBRATIONS) walk(c, c.jurisdiction);
  });
});
