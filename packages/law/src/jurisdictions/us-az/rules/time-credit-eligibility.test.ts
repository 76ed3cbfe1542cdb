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
    expect(o.reasons.join(' ')).toContain(
      'for an offense that requires registration (term T-1), so you do not earn time credit on this probation either',
    );
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

  it('case: (E)(3) is read on the term itself: a misdemeanor probation beside a felony one is still excluded', () => {
    const record = person([
      azTerm({ id: 'T-1', offenses: [{ statute: 'A.R.S. § 13-1502', level: 'misdemeanor', class: '1' }] }),
      azTerm({ id: 'T-2' }),
    ]);
    expect(opp(evaluate(usAz, record, '2024-12-31', 'T-1'), 'earned_discharge')?.status).toBe('ineligible');
    expect(opp(evaluate(usAz, record, '2024-12-31', 'T-2'), 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2025-11-22' });
  });

  it('case: T-1 (class 3) ran 2024-02-01 to 2025-02-01: T-2 is excluded while it runs, then earns only for periods after it', () => {
    // As of 2025-02-02 T-2 is no longer "currently" excluded, but its periods 1–13 (first days 2024-02-01 + 30(k − 1)
    // ≤ 2025-02-01, 366 days on) touched T-1's probation and earn nothing. Periods 14 on earn 20 days, posting on
    // start + 30k: by start + 810 (k = 27), 810 + 14 × 20 = 1,090 < 1,096; six days later, 816 + 280 = 1,096:
    // 2024-02-01 + 816 days = 2026-04-27.
    const record = withOther({ length: { years: 1 }, offenses: [{ statute: 'A.R.S. § 13-1507', level: 'felony', class: '3' }] });
    expect(opp(t2(record, '2025-01-31'), 'earned_discharge')?.status).toBe('ineligible');
    expect(opp(t2(record, '2025-02-01'), 'earned_discharge')?.status).toBe('ineligible');
    const after = t2(record, '2025-02-02');
    expect(opp(after, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2026-04-27' });
    expect(after.explanation.map((s) => s.text).join(' ')).toContain(
      'you were also on probation for A.R.S. § 13-1507 (a class 3 felony, term T-1)',
    );
  });

  it('case: T-1 ended before T-2 began: T-1 is not excluded by it, and T-2 not by T-1', () => {
    // T-1 class 4 from 2020-01-10 for 2 years; T-2 class 3 from 2024-01-10. As of 2024-03-01 T-1 is over: judged on its
    // own end (2022-01-10), when T-2 did not exist.
    const record = person([
      azTerm({ id: 'T-1', startDate: '2020-01-10', sentenceDate: '2020-01-10', length: { years: 2 } }),
      azTerm({
        id: 'T-2',
        startDate: '2024-01-10',
        sentenceDate: '2024-01-10',
        offenses: [{ statute: 'A.R.S. § 13-1507', level: 'felony', class: '3' }],
      }),
    ]);
    const t1 = evaluate(usAz, record, '2024-03-01', 'T-1');
    expect(t1.explanation.map((s) => s.text).join(' ')).not.toContain('term T-2');
    expect(opp(t1, 'earned_discharge')?.status).not.toBe('ineligible');
  });

  it("case: registration on T-1 lasts past T-1's probation: T-2 stays excluded after T-1 ends", () => {
    const record = withOther({
      length: { years: 1 },
      offenses: [{ statute: 'A.R.S. § 13-1405', level: 'felony', class: '6', tags: ['sex_registration'] }],
    });
    const o = opp(t2(record, '2025-06-01'), 'earned_discharge')!;
    expect(o.status).toBe('ineligible');
    expect(o.citations).toContain('A.R.S. § 13-924(E)(4)');
  });

  it('case: T-1 still running because absconding stopped it (§ 13-903(C)) still excludes T-2', () => {
    // T-1 class 2, 1 year from 2024-02-01 (to 2025-02-01), absconded 2024-03-01..2024-08-31 (184 days): runs to 2025-08-04.
    const record = person(
      [
        azTerm({ id: 'T-1', length: { years: 1 }, offenses: [{ statute: 'A.R.S. § 13-1904', level: 'felony', class: '2' }] }),
        azTerm({ id: 'T-2' }),
      ],
      [{ type: 'absconded', termId: 'T-1', start: '2024-03-01', end: '2024-08-31' }],
    );
    expect(opp(t2(record, '2025-06-01'), 'earned_discharge')?.status).toBe('ineligible');
    expect(opp(t2(record, '2025-08-05'), 'earned_discharge')?.status).toBe('upcoming');
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

// Another probation's span ends where its own evaluation ends it (an order, or its end moved by § 13-903 stops).
describe('A.R.S. § 13-924(E): the other probation’s span, as its own evaluation finds it', () => {
  const theft4 = { statute: 'ARS 13-1802', level: 'felony', class: '4' } as const;
  const theft2 = { statute: 'ARS 13-1802', level: 'felony', class: '2' } as const;
  const t1 = azTerm({ id: 'T-1', sentenceDate: '2023-01-10', startDate: '2023-01-10', offenses: [{ ...theft4 }] });
  const ed = (record: PersonRecord, asOf: string) => opp(evaluate(usAz, record, asOf, 'T-1'), 'earned_discharge');

  it('case: a lifetime probation ended early on 2023-06-01 excludes only to then: T-1 earns from period 6 (2024-12-30)', () => {
    // Periods 1–5 (first days up to 2023-01-10 + 120 = 2023-05-10) touch T-2's span. Period k ≥ 6 posts 20 on
    // start + 30k: at k = 24 (start + 720) 720 + 19 × 20 = 1,100 ≥ 1,096; at start + 719, 719 + 360 < 1,096.
    // 2023-01-10 + 720 days = 2024-12-30.
    const t2 = azTerm({
      id: 'T-2',
      sentenceDate: '2022-06-01',
      startDate: '2022-06-01',
      lifetime: true,
      length: undefined,
      orders: [{ type: 'early_termination', date: '2023-06-01' }],
    });
    expect(ed(person([t1, t2]), '2024-06-01')).toMatchObject({ status: 'upcoming', date: '2024-12-30' });
  });

  it('case: a class 2 probation revoked 2023-09-15 ends then, whatever absconding came before', () => {
    const t2 = azTerm({
      id: 'T-2',
      sentenceDate: '2023-01-10',
      startDate: '2023-01-10',
      offenses: [{ ...theft2 }],
      orders: [{ type: 'revocation', date: '2023-09-15' }],
    });
    const plain = ed(person([t1, t2]), '2024-01-15');
    const absconded = ed(person([t1, t2], [{ type: 'absconded', termId: 'T-2', start: '2023-03-01', end: '2023-08-31' }]), '2024-01-15');
    expect(plain?.status).toBe('upcoming');
    expect(absconded).toEqual(plain);
  });

  it('case: absconding recorded without a term, and a violation found until reinstatement, keep the other probation running', () => {
    // T-2 class 2, 1 year from 2023-01-10; stopped 2023-03-01..2023-08-31 (184 days): runs to 2024-07-12.
    const t2 = azTerm({ id: 'T-2', sentenceDate: '2023-01-10', startDate: '2023-01-10', length: { years: 1 }, offenses: [{ ...theft2 }] });
    expect(ed(person([t1, t2], [{ type: 'absconded', start: '2023-03-01', end: '2023-08-31' }]), '2024-03-01')?.status).toBe('ineligible');
    const reinstated = person(
      [t1, { ...t2, orders: [{ type: 'reinstatement', date: '2023-09-01' }] }],
      [{ type: 'violation', termId: 'T-2', date: '2023-03-01', category: 'technical', status: 'sustained' }],
    );
    expect(ed(reinstated, '2024-01-20')?.status).toBe('ineligible');
  });

  it('case: a class 2 probation sentenced before the as-of date and beginning after it stops the periods ahead, and says so', () => {
    // T-1 from 2024-02-01, 3 years (to 2027-02-01, 1,096 days). T-2 (class 2) begins 2025-03-01. Period k runs
    // 2024-02-01 + 30(k − 1) .. + 30k − 1: period 13 ends 2025-02-24, period 14 (2025-02-25..2025-03-26) touches
    // T-2, so 13 periods × 20 = 260 days. 260 + 836 = 1,096 on 2024-02-01 + 836 days = 2026-05-17.
    const t1From2024 = azTerm({
      id: 'T-1',
      sentenceDate: '2024-02-01',
      startDate: '2024-02-01',
      length: { years: 3 },
      offenses: [{ ...theft4 }],
    });
    const t2 = azTerm({ id: 'T-2', sentenceDate: '2024-03-01', startDate: '2025-03-01', length: { years: 3 }, offenses: [{ ...theft2 }] });
    const r = evaluate(usAz, person([t1From2024, t2]), '2024-06-30', 'T-1');
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2026-05-17' });
    expect(r.explanation.map((s) => s.text)).toContain(
      'From March 1, 2025 you will also be on probation for ARS 13-1802 (a class 2 felony, term T-2), so no 30-day period that includes a day from then through March 1, 2028 earns credit, and the dates here count none for those periods.',
    );
    // T-2 beginning 2026-09-01, after the credits reach the term (2025-11-22 without it), changes nothing and is not spoken of.
    const late = azTerm({
      id: 'T-2',
      sentenceDate: '2024-03-01',
      startDate: '2026-09-01',
      length: { years: 3 },
      offenses: [{ ...theft2 }],
    });
    const unaffected = evaluate(usAz, person([t1From2024, late]), '2024-06-30', 'T-1');
    expect(unaffected.explanation.map((s) => s.text).join(' ')).not.toContain('you will also be');
    // Without T-2 every period earns: 836 days is no longer the day (2024-02-01 + 30k + 20k ≥ 1,096 at k = 22: 2025-11-28).
    expect(opp(evaluate(usAz, person([t1From2024]), '2024-06-30', 'T-1'), 'earned_discharge')?.date).not.toBe('2026-05-17');
  });

  it('case: a term that begins after the other has ended (2024-09-01 after 2024-07-10) is judged from its start', () => {
    const later = azTerm({ id: 'T-1', sentenceDate: '2024-02-01', startDate: '2024-09-01', offenses: [{ ...theft4 }] });
    const t2 = azTerm({
      id: 'T-2',
      sentenceDate: '2023-01-10',
      startDate: '2023-01-10',
      length: { years: 1 },
      offenses: [{ ...theft2 }],
      orders: [{ type: 'extension', date: '2023-12-01', months: 6 }],
    });
    expect(ed(person([later, t2]), '2024-03-01')?.status).toBe('upcoming');
  });
});
