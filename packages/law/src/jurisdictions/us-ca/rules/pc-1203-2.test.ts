import { describe, expect, it } from 'vitest';
import { evaluate, person, term } from '../../../../test/builders.ts';
import { usCa } from '../index.ts';

/** One technical violation reported on 2021-08-02, of one kind. */
const technicalViolation = (kind: 'failure_to_pay' | 'missed_appointment', status: 'reported' | 'sustained') => ({
  type: 'violation' as const,
  date: '2021-08-02',
  category: 'technical' as const,
  kinds: [kind],
  status,
});

const record = (events: Parameters<typeof person>[1]) =>
  person(
    [
      term({
        jurisdiction: 'US-CA',
        sentenceDate: '2021-03-15',
        startDate: '2021-03-15',
        length: { years: 2 },
        offenses: [{ statute: 'PC 459', level: 'felony' }],
      }),
    ],
    events,
  );

describe('PC 1203.2: no limit on confinement for a technical violation', () => {
  it('case: a sustained technical violation: sanctionLimit stays null, and the explanation says why', () => {
    const r = evaluate(usCa, record([{ type: 'violation', date: '2021-08-02', category: 'technical', status: 'sustained' }]), '2021-12-31');
    expect(r.sanctionLimit).toBeNull();
    expect(r.explanation.some((s) => s.citations.includes('Cal. Penal Code § 1203.2'))).toBe(true);
  });

  it('case: a dismissed report leads to no words on sanctions, nor on undoing a revocation', () => {
    const r = evaluate(usCa, record([{ type: 'violation', date: '2021-08-02', category: 'technical', status: 'dismissed' }]), '2021-12-31');
    expect(r.explanation.some((s) => s.citations.includes('Cal. Penal Code § 1203.2'))).toBe(false);
  });

  it('case: a violation dated after the as-of date is not known yet (day before / on)', () => {
    const events = [{ type: 'violation' as const, date: '2021-08-02', category: 'technical' as const, status: 'reported' as const }];
    expect(evaluate(usCa, record(events), '2021-08-01').explanation.some((s) => s.citations.includes('Cal. Penal Code § 1203.2'))).toBe(
      false,
    );
    expect(evaluate(usCa, record(events), '2021-08-02').explanation.some((s) => s.citations.includes('Cal. Penal Code § 1203.2'))).toBe(
      true,
    );
  });

  it('case: custody raises the tolling warning (PC 1203.2(a) not modelled)', () => {
    const r = evaluate(usCa, record([{ type: 'custody', start: '2021-09-01', end: '2021-09-20', reason: 'violation' }]), '2021-12-31');
    expect(r.warnings.some((w) => w.includes('1203.2(a)'))).toBe(true);
    // The cap does not move: 2021-03-15 + 24 months = 2023-03-15.
    expect(r.statutoryMaxEndDate).toBe('2023-03-15');
  });

  it('case: a revocation later reinstated raises the tolling warning too; no revocation, no warning', () => {
    const withOrders = (orders: Parameters<typeof term>[0]['orders']) =>
      person([
        term({
          jurisdiction: 'US-CA',
          sentenceDate: '2021-03-15',
          length: { years: 2 },
          offenses: [{ statute: 'PC 459', level: 'felony' }],
          orders,
        }),
      ]);
    const r = evaluate(
      usCa,
      withOrders([
        { type: 'revocation', date: '2021-06-01' },
        { type: 'reinstatement', date: '2021-07-15' },
      ]),
      '2021-12-31',
    );
    expect(r.warnings.some((w) => w.startsWith('This term was revoked and later reinstated.') && w.includes('1203.2(a)'))).toBe(true);
    expect(evaluate(usCa, withOrders([]), '2021-12-31').warnings.some((w) => w.includes('revoked and later reinstated'))).toBe(false);
    // A reinstatement after a violation, with no revocation before it, is no revocation undone.
    const reinstatedOnly = evaluate(usCa, withOrders([{ type: 'reinstatement', date: '2021-09-01' }]), '2021-12-31');
    expect(reinstatedOnly.warnings.some((w) => w.includes('revoked and later reinstated'))).toBe(false);
  });

  it('case: Faial, a violation after the shortened term is outside it (day of / day after the cap)', () => {
    // Nonfinal 2018 grant: 2018-05-01 + 24 months = 2020-05-01. A violation on 2020-05-01 is inside; 2020-05-02 outside.
    const faial = (date: string) =>
      person(
        [
          term({
            jurisdiction: 'US-CA',
            sentenceDate: '2018-05-01',
            startDate: '2018-05-01',
            length: { years: 5 },
            caseFinalBefore2021: false,
            offenses: [{ statute: 'PC 487(a)', level: 'felony' }],
          } as Parameters<typeof term>[0]),
        ],
        [{ type: 'violation', date, category: 'technical', status: 'sustained' }],
      );
    const inside = evaluate(usCa, faial('2020-05-01'), '2021-12-31');
    expect(inside.statutoryMaxEndDate).toBe('2020-05-01');
    expect(inside.explanation.some((s) => s.citations.includes('People v. Faial (2025) 18 Cal.5th 199'))).toBe(false);
    const outside = evaluate(usCa, faial('2020-05-02'), '2021-12-31');
    const step = outside.explanation.find((s) => s.citations.includes('People v. Faial (2025) 18 Cal.5th 199'));
    expect(step!.text).toContain('May 2, 2020');
    expect(step!.text).toContain('May 1, 2020');
    // The term ended by law: what a court may do at a next violation is not told.
    expect(outside.explanation.some((s) => s.text.startsWith('California law sets no fixed limit'))).toBe(false);
  });

  it('case: failure to pay — PC 1203.2(a) (text in force from 2022-01-01): revocation only for willful failure with the ability to pay', () => {
    const unpaid = [technicalViolation('failure_to_pay', 'reported')];
    const step = (asOf: string) =>
      evaluate(usCa, record(unpaid), asOf).explanation.find((s) => s.citations.includes('Cal. Penal Code § 1203.2(a)'));
    // The text read is in force from 2022-01-01: as of 2021-12-31 no step; as of 2022-01-01 the step.
    expect(step('2021-12-31')).toBeUndefined();
    expect(step('2022-01-01')?.text).toContain('able to pay');
  });

  it('case: a violation of another kind (missed appointment) gets no failure-to-pay step', () => {
    const missed = [technicalViolation('missed_appointment', 'sustained')];
    const r = evaluate(usCa, record(missed), '2022-06-30');
    expect(r.explanation.some((s) => s.citations.includes('Cal. Penal Code § 1203.2(a)'))).toBe(false);
  });
});
