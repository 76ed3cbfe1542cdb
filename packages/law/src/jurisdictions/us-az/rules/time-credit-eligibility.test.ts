import { describe, expect, it } from 'vitest';
import { evaluate, person, term } from '../../../../test/builders.ts';
import type { PersonRecord, Term } from '../../../records/schema.ts';
import { usAz } from '../index.ts';
import { az, azTerm, opp, run } from './test-helpers.ts';

// Exclusions of A.R.S. § 13-924(E): a term excluded gets an `ineligible` earned_discharge with the reason,
// no `almost`, earnedCreditDays 0; the court's § 13-901(E) power stays.

describe('A.R.S. § 13-924(A), (E) who earns time credit', () => {
  it('case: class 3 felony (record class "3") → ineligible, § 13-901(E) early termination still open', () => {
    const r = run(
      az({ offenses: [{ statute: 'ARS 13-1507', level: 'felony', class: '3', description: 'burglary in the second degree' }] }),
      '2024-12-31',
    );
    const o = opp(r, 'earned_discharge')!;
    expect(o.status).toBe('ineligible');
    expect(o.date).toBeNull();
    expect(o.almost).toBeUndefined();
    expect(o.reasons.join(' ')).toContain('class 3 felony');
    expect(o.citations).toContain('A.R.S. § 13-924(E)(2)');
    expect(r.earnedCreditDays).toBe(0);
    expect(opp(r, 'early_termination')).toMatchObject({ status: 'eligible', date: '2024-02-01' });
  });

  it('case: class written "F2" is class 2 → ineligible; class 4 is not excluded', () => {
    expect(
      opp(run(az({ offenses: [{ statute: 'ARS 13-1802', level: 'felony', class: 'F2' }] }), '2024-12-31'), 'earned_discharge')?.status,
    ).toBe('ineligible');
    expect(
      opp(run(az({ offenses: [{ statute: 'ARS 13-1802', level: 'felony', class: 'Class 4' }] }), '2024-12-31'), 'earned_discharge')?.status,
    ).toBe('upcoming');
  });

  it('case: any class 2 or 3 count excludes the term, even beside a class 4', () => {
    const r = run(
      az({
        offenses: [
          { ...{ statute: 'ARS 13-1802', level: 'felony', class: '4' } },
          { statute: 'ARS 13-1814', level: 'felony', description: 'theft of means of transportation' },
        ],
      }),
      '2024-12-31',
    );
    // 13-1814 has no class in the record; the table fixes class 3 (§ 13-1814(D)), with a warning.
    expect(opp(r, 'earned_discharge')?.status).toBe('ineligible');
    expect(r.warnings.some((w) => w.includes('class 3 was taken from the statute'))).toBe(true);
  });

  it('case: armed robbery cited "A.R.S. § 13-1904" with no class → class 2 from the table → ineligible', () => {
    const r = run(az({ offenses: [{ statute: 'A.R.S. § 13-1904', level: 'felony' }] }), '2024-12-31');
    expect(opp(r, 'earned_discharge')?.status).toBe('ineligible');
  });

  it('case: felony with no class anywhere → not counted, "almost" with the date it would open (AZ-1: 2025-11-22)', () => {
    const r = run(az({ offenses: [{ statute: 'ARS 13-1204', level: 'felony', description: 'aggravated assault' }] }), '2024-12-31');
    const o = opp(r, 'earned_discharge')!;
    expect(o.status).toBe('ineligible');
    expect(o.almost?.dateIfResolved).toBe('2025-11-22');
    expect(r.warnings.some((w) => w.includes('depends on the felony class'))).toBe(true);
  });

  it('case: lifetime probation → ineligible (E)(1)', () => {
    const r = run(az({ lifetime: true, length: undefined }), '2024-12-31');
    const o = opp(r, 'earned_discharge')!;
    expect(o.status).toBe('ineligible');
    expect(o.citations).toContain('A.R.S. § 13-924(E)(1)');
    expect(r.projectedEndDate).toBeNull();
  });

  it('case: misdemeanors only → ineligible (E)(3); a felony beside a misdemeanor is eligible', () => {
    const dui = { statute: 'ARS 28-1381', level: 'misdemeanor', class: '1', description: 'DUI' } as const;
    expect(opp(run(az({ offenses: [dui] }), '2024-12-31'), 'earned_discharge')?.citations).toContain('A.R.S. § 13-924(E)(3)');
    expect(
      opp(run(az({ offenses: [dui, { statute: 'ARS 13-1802', level: 'felony', class: '5' }] }), '2024-12-31'), 'earned_discharge')?.status,
    ).toBe('upcoming');
  });

  it('case: sexual abuse (§ 13-1404, class 5): registration only for a victim under 18 (§ 13-3821(A)(3)), so the record decides', () => {
    // Untagged: the victim's age is unknown; no registration assumed, said in a warning; class 5 is not excluded.
    const untagged = run(az({ offenses: [{ statute: 'ARS 13-1404', level: 'felony', class: '5' }] }), '2024-12-31');
    expect(opp(untagged, 'earned_discharge')?.status).toBe('upcoming');
    expect(untagged.warnings.some((w) => w.includes('only where the victim was under 18'))).toBe(true);
    // Tagged by the record (a victim of 15 to 17): registration → ineligible under (E)(4), no warning.
    const tagged = run(
      az({ offenses: [{ statute: 'ARS 13-1404', level: 'felony', class: '5', tags: ['sex_registration'] }] }),
      '2024-12-31',
    );
    expect(opp(tagged, 'earned_discharge')?.citations).toContain('A.R.S. § 13-924(E)(4)');
    expect(tagged.warnings.some((w) => w.includes('only where the victim was under 18'))).toBe(false);
  });

  it('case: unsupervised probation → ineligible; agency absent → assumed supervised, with a warning', () => {
    expect(opp(run(az({ supervisingAgency: 'court' }), '2024-12-31'), 'earned_discharge')?.status).toBe('ineligible');
    const r = run(az({ supervisingAgency: undefined }), '2024-12-31');
    expect(opp(r, 'earned_discharge')?.status).toBe('upcoming');
    expect(r.warnings.some((w) => w.includes('assumed to be supervised by an adult probation officer'))).toBe(true);
  });

  it('case: a statute neither the record nor the table classifies → warning about registration', () => {
    const r = run(az({ offenses: [{ statute: 'ARS 13-2508', level: 'felony', class: '6' }] }), '2024-12-31');
    expect(opp(r, 'earned_discharge')?.status).toBe('upcoming');
    expect(r.warnings.some((w) => w.includes('"sex_registration"'))).toBe(true);
  });

  it('case: a credits_ineligible order excludes; a non-probation term is offered nothing, so lists nothing (spec § 2)', () => {
    expect(opp(run(az({ orders: [{ type: 'credits_ineligible', date: '2024-06-01' }] }), '2024-12-31'), 'earned_discharge')?.status).toBe(
      'ineligible',
    );
    const parole = run(az({ kind: 'parole' }), '2024-12-31');
    expect(parole.opportunities).toEqual([]);
    expect(parole.earnedCreditDays).toBe(0);
    expect(parole.explanation.some((s) => s.text.includes('this term is not probation'))).toBe(true);
  });
});

// § 13-924(E) excludes "a probationer who is currently" on such a probation: the person's other Arizona
// probations running on the as-of date count too. Person: T-1 the excluding probation, T-2 a class 4 theft
// from 2024-02-01 for 3 years, which alone would open on 2025-11-22 (AZ-1: 660 days + 440 credit ≥ 1,096).
describe('A.R.S. § 13-924(E): the probationer, every probation running on the as-of date', () => {
  const withOther = (first: Partial<Term>) => person([azTerm({ id: 'T-1', ...first }), azTerm({ id: 'T-2' })]);
  const t2 = (record: PersonRecord, asOf = '2024-12-31') => evaluate(usAz, record, asOf, 'T-2');

  it('case: registration on T-1 excludes T-2 as well (E)(4), naming the term; T-1 alone says it as before', () => {
    const record = withOther({ offenses: [{ statute: 'A.R.S. § 13-1405', level: 'felony', class: '6', tags: ['sex_registration'] }] });
    const o = opp(t2(record), 'earned_discharge')!;
    expect(o.status).toBe('ineligible');
    expect(o.citations).toContain('A.R.S. § 13-924(E)(4)');
    expect(o.reasons.join(' ')).toContain('for your probation term T-1, so you do not earn time credit on this one either');
    expect(
      t2(record)
        .explanation.map((s) => s.text)
        .join(' '),
    ).not.toContain('not required to register');
  });

  it('case: a class 3 felony on T-1 excludes T-2 (E)(2), the count named with its term', () => {
    const o = opp(
      t2(withOther({ offenses: [{ statute: 'A.R.S. § 13-1507', level: 'felony', class: '3', description: 'burglary' }] })),
      'earned_discharge',
    )!;
    expect(o.status).toBe('ineligible');
    expect(o.reasons.join(' ')).toContain('burglary (a class 3 felony, term T-1)');
  });

  it('case: lifetime probation on T-1 excludes T-2 (E)(1)', () => {
    const o = opp(t2(withOther({ lifetime: true, length: undefined })), 'earned_discharge')!;
    expect(o.status).toBe('ineligible');
    expect(o.reasons.join(' ')).toContain('You are also on lifetime probation (term T-1)');
  });

  it('case: a misdemeanor probation beside a felony one is not "exclusively for a misdemeanor" (E)(3): it earns', () => {
    const record = person([
      azTerm({ id: 'T-1', offenses: [{ statute: 'A.R.S. § 13-1502', level: 'misdemeanor', class: '1' }] }),
      azTerm({ id: 'T-2' }),
    ]);
    const r = evaluate(usAz, record, '2024-12-31', 'T-1');
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2025-11-22' });
    expect(r.explanation.map((s) => s.text).join(' ')).toContain('a misdemeanor while also on probation for a felony (term T-2)');
    // The misdemeanor probation alone is excluded.
    expect(opp(run(person([record.terms[0]!]), '2024-12-31'), 'earned_discharge')?.status).toBe('ineligible');
  });

  it('case: T-1 ended by its own end (2024-02-01 + 1 year = 2025-02-01): excluding T-2 as of 2025-01-31, not as of 2025-02-02', () => {
    const record = withOther({ length: { years: 1 }, offenses: [{ statute: 'A.R.S. § 13-1507', level: 'felony', class: '3' }] });
    expect(opp(t2(record, '2025-01-31'), 'earned_discharge')?.status).toBe('ineligible');
    expect(opp(t2(record, '2025-02-01'), 'earned_discharge')?.status).toBe('ineligible');
    expect(opp(t2(record, '2025-02-02'), 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2025-11-22' });
  });

  it('case: T-1 not begun on the as-of date (starts 2025-01-01) does not exclude T-2 as of 2024-12-31', () => {
    const record = withOther({
      startDate: '2025-01-01',
      sentenceDate: '2024-02-01',
      offenses: [{ statute: 'A.R.S. § 13-1507', level: 'felony', class: '3' }],
    });
    expect(opp(t2(record), 'earned_discharge')?.status).toBe('upcoming');
    expect(opp(t2(record, '2025-01-01'), 'earned_discharge')?.status).toBe('ineligible');
  });

  it('case: another state’s probation does not count', () => {
    const record = person([term({ id: 'T-1', jurisdiction: 'US-CA', lifetime: true, length: undefined }), azTerm({ id: 'T-2' })]);
    expect(opp(t2(record), 'earned_discharge')?.status).toBe('upcoming');
  });
});
