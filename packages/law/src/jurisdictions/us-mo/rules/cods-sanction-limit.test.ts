import { describe, expect, it } from 'vitest';
import { applyReform } from '../../../engine/reforms.ts';
import { usMo } from '../index.ts';
import { mo, run } from './test-helpers.ts';

describe('RSMo § 559.036.4 the 120-day program in place of revocation', () => {
  it('case: class E probation, no program used → next technical violation limited to 120 days', () => {
    const r = run(mo(), '2021-12-31');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 1, confinementAllowed: true, maxConfinementDays: 120 });
  });

  it('case: confinement before probation, read as a § 559.115 program, is a placement for the same offense → null, warned', () => {
    // Sentenced 2021-01-04, 4 months confined, probation from 2021-05-04 (120 days): program used (4(1)(d)).
    const r = run(mo({ sentenceDate: '2021-01-04', startDate: '2021-05-04', confinementMonthsBeforeSupervision: 4 }), '2022-01-01');
    expect(r.sanctionLimit).toBeNull();
    expect(r.explanation.map((e) => e.text).join(' ')).toContain(
      'The 120 days you were confined before probation began were read as such a program (RSMo § 559.115), so no law limits confinement for your next violation.',
    );
    expect(r.warnings.some((w) => w.includes('rather than a 120-day program under RSMo § 559.115'))).toBe(true);
    // 24 months confined (2019-05-04 to 2021-05-04, 731 days) is longer than the program: a prison term, the limit stays.
    const prison = run(mo({ sentenceDate: '2019-05-04', startDate: '2021-05-04', confinementMonthsBeforeSupervision: 24 }), '2022-01-01');
    expect(prison.sanctionLimit).toMatchObject({ maxConfinementDays: 120 });
  });

  it('case: a misdemeanor beside a class E felony does not take the program away (120 days)', () => {
    const both = mo({
      offenses: [
        { statute: 'RSMo 570.030', level: 'felony', class: 'E' },
        { statute: 'RSMo 575.150', level: 'misdemeanor', class: 'A' },
      ],
    });
    expect(run(both, '2021-12-31').sanctionLimit).toMatchObject({ maxConfinementDays: 120 });
    // Misdemeanors alone outside the drug chapter: not covered.
    const alone = mo({ offenses: [{ statute: 'RSMo 575.150', level: 'misdemeanor', class: 'A' }], length: { years: 2 } });
    expect(run(alone, '2021-12-31').sanctionLimit).toBeNull();
  });

  it('case: a felony without its class is taken as covered (120 days), with a warning; class B is not covered', () => {
    const unknown = run(mo({ offenses: [{ statute: 'RSMo 570.030', level: 'felony' }] }), '2021-12-31');
    expect(unknown.sanctionLimit).toMatchObject({ maxConfinementDays: 120 });
    expect(
      unknown.warnings.some((w) => w.startsWith('The record does not give the felony class of RSMo 570.030. It was taken to be class')),
    ).toBe(true);
    const classB = run(mo({ offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'B' }] }), '2021-12-31');
    expect(classB.sanctionLimit).toBeNull();
  });

  it('case: after one sustained technical violation handled without the program, the next is number 2, still 120', () => {
    const r = run(
      mo({}, [{ type: 'violation', date: '2021-09-01', category: 'technical', status: 'sustained', sanction: { type: 'jail', days: 2 } }]),
      '2021-12-31',
    );
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 120 });
  });

  it('case: a revocation reinstated with no violation recorded counts as one found: the next is number 2', () => {
    const orders = [
      { type: 'revocation' as const, date: '2021-06-10' },
      { type: 'reinstatement' as const, date: '2021-06-20' },
    ];
    expect(run(mo({ orders }), '2021-12-31').sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 120 });
    // With the violation it rested on recorded, it is not counted twice.
    const found = run(
      mo({ orders }, [{ type: 'violation', date: '2021-06-01', category: 'technical', status: 'sustained' }]),
      '2021-12-31',
    );
    expect(found.sanctionLimit).toMatchObject({ violationNumber: 2 });
  });

  it('case: a pending report is named, not counted; a dismissed one is neither', () => {
    const r = run(
      mo({}, [
        { type: 'violation', date: '2021-09-01', category: 'technical', status: 'reported' },
        { type: 'violation', date: '2021-10-01', category: 'technical', status: 'dismissed' },
      ]),
      '2021-12-31',
    );
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 120 });
    expect(r.sanctionLimit!.reasons).toContain(
      'The violation report of September 1, 2021 has not been decided; it is not counted here. If the court finds a violation on it, this limit applies to that finding.',
    );
  });

  it('case: once the program was used on the term (prison sanction), no limit is left → null', () => {
    const r = run(
      mo({}, [
        { type: 'violation', date: '2021-09-01', category: 'technical', status: 'sustained', sanction: { type: 'prison', days: 120 } },
      ]),
      '2021-12-31',
    );
    expect(r.sanctionLimit).toBeNull();
  });

  it('case: supervised release (not a Missouri kind) is told nothing of the parole officer detention of § 217.718', () => {
    const r = run(mo({ kind: 'supervised_release' }), '2021-12-31');
    expect(r.sanctionLimit).toBeNull();
    expect(r.explanation.some((s) => s.citations.includes('RSMo § 217.718.2'))).toBe(false);
  });

  it('case: parole → no statutory limit (null)', () => {
    expect(run(mo({ kind: 'parole' }), '2021-12-31').sanctionLimit).toBeNull();
  });

  it('case: class C felony sentenced in 2017 → not a program offense → null', () => {
    expect(run(mo({ offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'C' }] }), '2021-12-31').sanctionLimit).toBeNull();
  });

  it('case: class B felony → null; § 559.036.9 (pre-2017 classes) is cited only for a sentence before 2017', () => {
    // Sentenced 2021-03-15 (class D or E covered, § 559.036.4(1)(a)): the pre-2017 grandfather of .9 plays no part.
    const classB = { offenses: [{ statute: 'RSMo 570.030', level: 'felony' as const, class: 'B' }] };
    const why = (r: ReturnType<typeof run>) => r.explanation.find((s) => s.text.includes('120-day program that must be used'))!;
    const now = run(mo(classB), '2021-12-31');
    expect(now.sanctionLimit).toBeNull();
    expect(why(now).citations).toEqual(['RSMo § 559.036.4']);
    // Sentenced 2016-06-01: classes C or D at sentencing, kept by § 559.036.9.
    const old = run(mo({ ...classB, sentenceDate: '2016-06-01', startDate: '2016-06-01' }), '2018-12-31');
    expect(old.sanctionLimit).toBeNull();
    expect(why(old).citations).toEqual(['RSMo § 559.036.4', 'RSMo § 559.036.9']);
  });

  it('case: a chapter 579 felony is covered (120 days); a chapter 579 misdemeanor is not (a DOC program for felonies) → null', () => {
    const felony = run(mo({ offenses: [{ statute: 'RSMo 579.015', level: 'felony', class: 'D' }] }), '2021-12-31');
    expect(felony.sanctionLimit).toMatchObject({ maxConfinementDays: 120 });
    const paraphernalia = {
      statute: 'RSMo 579.074',
      level: 'misdemeanor' as const,
      class: 'D',
      description: 'unlawful possession of drug paraphernalia',
    };
    const misdemeanor = run(mo({ length: { years: 2 }, offenses: [paraphernalia] }), '2021-12-31');
    expect(misdemeanor.sanctionLimit).toBeNull();
    expect(
      misdemeanor.explanation.some(
        (e) => e.text.includes('takes people sentenced for felonies') && e.citations.includes('RSMo § 558.011.1'),
      ),
    ).toBe(true);
    // Beside a covered felony, the misdemeanor still leaves the term outside the program (every offense must be covered).
    const both = run(mo({ offenses: [{ statute: 'RSMo 579.015', level: 'felony', class: 'D' }, paraphernalia] }), '2021-12-31');
    expect(both.sanctionLimit).toBeNull();
  });

  it('case: a chapter 571 felony keeps the limit but says the court may find the program unavailable', () => {
    const r = run(
      mo({ offenses: [{ statute: 'RSMo 571.070', level: 'felony', class: 'D', description: 'unlawful possession of a firearm' }] }),
      '2021-12-31',
    );
    expect(r.sanctionLimit?.maxConfinementDays).toBe(120);
    expect(r.sanctionLimit?.reasons?.join(' ')).toContain('may decide');
  });

  it('case: not law before 2012-08-28 (day before → null; day of → 120)', () => {
    const rec = mo({
      startDate: '2011-06-01',
      sentenceDate: '2011-06-01',
      offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'D' }],
    });
    expect(run(rec, '2012-08-27').sanctionLimit).toBeNull();
    expect(run(rec, '2012-08-28').sanctionLimit?.maxConfinementDays).toBe(120);
  });
});

describe('RSMo § 559.036.2 court early discharge', () => {
  const early = (r: ReturnType<typeof run>) => r.opportunities.find((o) => o.kind === 'early_termination');

  it('case: probation → early termination eligible from the start date', () => {
    const r = run(mo(), '2021-12-31');
    expect(early(r)).toMatchObject({ status: 'eligible', date: '2021-03-15' });
  });

  it('case: restitution owed → not before it is paid (§ 559.105.2): the day before payment almost, the day of eligible', () => {
    // $500 ordered; paid in full on 2021-06-01.
    const rec = mo({ restitutionOrderedUsd: 500 }, [{ type: 'payment', date: '2021-06-01', amountUsd: 500, kind: 'restitution' }]);
    const before = early(run(rec, '2021-05-31'))!;
    expect(before.status).toBe('ineligible');
    expect(before.almost?.dateIfResolved).toBe('2021-05-31');
    expect(before.almost?.missing[0]).toContain('$500.00');
    expect(early(run(rec, '2021-06-01'))).toMatchObject({ status: 'eligible', date: '2021-06-01' });
  });

  it('case: the other reading (the court’s power is not limited by § 559.105.2) → eligible from the start despite the balance', () => {
    const alt = applyReform(usMo, {
      name: 'restitution does not bar early termination',
      citations: ['RSMo § 559.036.2'],
      parameters: {
        'us-mo.probation.restitutionBarsEarlyTermination': [{ from: '2005-08-28', value: false, source: { citation: 'RSMo § 559.036.2' } }],
      },
    });
    expect(early(run(mo({ restitutionOrderedUsd: 500 }), '2021-12-31', alt))).toMatchObject({ status: 'eligible', date: '2021-03-15' });
  });

  it('case: the restitution bar is read from 2005-08-28 (L. 2005 H.B. 353): as of 2005-08-27 eligible, as of 2005-08-28 not', () => {
    const rec = mo({ startDate: '2004-01-15', sentenceDate: '2004-01-15', restitutionOrderedUsd: 100 });
    expect(early(run(rec, '2005-08-27'))).toMatchObject({ status: 'eligible', date: '2004-01-15' });
    expect(early(run(rec, '2005-08-28'))?.status).toBe('ineligible');
  });
});
