import { JURISDICTIONS } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { applyReform } from '@pathways/law';
import { buildRule, type RuleSpec } from './rule-templates.ts';
import { evaluateUnder, personWith } from './test-records.ts';

const ga = JURISDICTIONS.get('US-GA')!;
const pa = JURISDICTIONS.get('US-PA')!;

function withRule(j: typeof ga, spec: RuleSpec) {
  return applyReform(j, { name: 'test reform', citations: [spec.citation], rules: { [spec.name]: buildRule(spec) } });
}

const cap = (options: Record<string, unknown>): RuleSpec => ({
  name: 'felonyCap',
  template: 'term-cap',
  from: '2027-01-01',
  citation: 'Hypothetical Act (test)',
  options: { years: 3, levels: ['felony'], kinds: ['probation'], ...options },
});

const burglary = { statute: 'O.C.G.A. § 16-7-1', level: 'felony', description: 'burglary' } as const;
const gaFelony = (sentenceDate: string) => personWith('P-000101', { jurisdiction: 'US-GA', sentenceDate, offenses: [burglary] });

describe('term-cap', () => {
  const reform = withRule(ga, cap({}));

  it('caps a felony probation at start + 3 years once the reform is in force', () => {
    // Start 2025-03-01, 5 years imposed (to 2030-03-01); cap 2025-03-01 + 3 years = 2028-03-01.
    const r = evaluateUnder(reform, gaFelony('2025-03-01'), '2027-06-30');
    expect(r.statutoryMaxEndDate).toBe('2028-03-01');
    expect(r.projectedEndDate).toBe('2028-03-01');
    expect(r.scheduledEndDate).toBe('2030-03-01');
    const step = r.explanation.find((s) => s.citations.includes('Hypothetical Act (test)'));
    expect(step?.text).toMatch(/Under the reform \(Hypothetical Act \(test\)\).*at most until March 1, 2028/);
    // The baseline (Georgia as encoded) has no cap: the term runs as imposed.
    expect(evaluateUnder(ga, gaFelony('2025-03-01'), '2027-06-30').projectedEndDate).toBe('2030-03-01');
  });

  it('does nothing before its effective date', () => {
    const r = evaluateUnder(reform, gaFelony('2025-03-01'), '2026-12-31');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.projectedEndDate).toBe('2030-03-01');
  });

  it('ends a term already past the cap on the effective date, not before it', () => {
    // Start 2023-01-10: start + 3 years = 2026-01-10, before 2027-01-01, so the cap is 2027-01-01.
    const r = evaluateUnder(reform, gaFelony('2023-01-10'), '2027-01-15');
    expect(r.statutoryMaxEndDate).toBe('2027-01-01');
    expect(r.projectedEndDate).toBe('2027-01-01');
  });

  it('reaches only the levels and kinds it names', () => {
    const theft = personWith('P-000102', {
      jurisdiction: 'US-GA',
      sentenceDate: '2025-03-01',
      offenses: [{ statute: 'O.C.G.A. § 16-8-2', level: 'misdemeanor', description: 'theft by taking' }],
    });
    expect(evaluateUnder(reform, theft, '2027-06-30').statutoryMaxEndDate).toBeNull();
  });

  it('with appliesTo sentencedOnOrAfter, leaves terms imposed before the effective date alone', () => {
    const prospective = withRule(ga, cap({ appliesTo: 'sentencedOnOrAfter' }));
    expect(evaluateUnder(prospective, gaFelony('2025-03-01'), '2027-06-30').statutoryMaxEndDate).toBeNull();
    // Sentenced 2027-02-01: cap 2030-02-01 (imposed end 2032-02-01).
    expect(evaluateUnder(prospective, gaFelony('2027-02-01'), '2027-06-30').statutoryMaxEndDate).toBe('2030-02-01');
  });

  it('counts months when given months, and spares excepted tags', () => {
    // 18 months from 2026-06-15 = 2027-12-15.
    const months = withRule(ga, cap({ years: undefined, months: 18 }));
    expect(evaluateUnder(months, gaFelony('2026-06-15'), '2027-06-30').statutoryMaxEndDate).toBe('2027-12-15');
    const carveOut = withRule(ga, cap({ exceptTags: ['violent'] }));
    const violent = personWith('P-000103', {
      jurisdiction: 'US-GA',
      sentenceDate: '2025-03-01',
      offenses: [{ ...burglary, tags: ['violent'] }],
    });
    expect(evaluateUnder(carveOut, violent, '2027-06-30').statutoryMaxEndDate).toBeNull();
  });

  it('refuses bad options', () => {
    expect(() => buildRule({ ...cap({}), options: { levels: ['felony'] } })).toThrow(/exactly one of years or months/);
    expect(() => buildRule({ ...cap({}), template: 'term-capp' })).toThrow(/unknown rule template/);
  });
});

describe('no-technical-confinement', () => {
  const spec: RuleSpec = {
    name: 'noTechnicalConfinement',
    template: 'no-technical-confinement',
    from: '2027-01-01',
    citation: 'Hypothetical PA Act (test)',
    options: { kinds: ['probation'] },
  };
  const reform = withRule(pa, spec);
  // Probation from 2025-01-01 for 3 years; one sustained technical violation on 2026-03-01.
  const person = personWith(
    'P-000201',
    {
      jurisdiction: 'US-PA',
      sentenceDate: '2025-01-01',
      length: { years: 3 },
      offenses: [{ statute: '18 Pa.C.S. 3921', level: 'felony', class: 'F3' }],
    },
    [{ type: 'violation', date: '2026-03-01', category: 'technical', kinds: ['missed_appointment'], status: 'sustained' }],
  );

  it('bars confinement for the next technical violation from its effective date', () => {
    const r = evaluateUnder(reform, person, '2027-03-01');
    // One violation found, so the next is the second: Act 44 would allow 30 days; the reform none.
    expect(r.sanctionLimit).toMatchObject({
      violationNumber: 2,
      confinementAllowed: false,
      maxConfinementDays: 0,
      citations: ['Hypothetical PA Act (test)'],
    });
    expect(evaluateUnder(pa, person, '2027-03-01').sanctionLimit).toMatchObject({
      violationNumber: 2,
      confinementAllowed: true,
      maxConfinementDays: 30,
    });
  });

  it("leaves Act 44's limit in place before its effective date", () => {
    expect(evaluateUnder(reform, person, '2026-12-31').sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
  });
});
