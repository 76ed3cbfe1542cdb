/**
 * 42 Pa.C.S. § 9774.1 probation review conferences. Dates are computed by hand from the statute;
 * calendar arithmetic clamps to the month's end (spec § 3).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, opportunities, person, term } from '../../../../test/builders.ts';
import type { SupervisionEvent, Term } from '../../../records/schema.ts';
import { usPa } from '../index.ts';
import { weaponViolation } from './test-helpers.ts';

const felonyTheft = [{ statute: '18 Pa.C.S. § 3921(a)', level: 'felony' as const, class: 'F3' }];
const retailTheft = [{ statute: '18 Pa.C.S. § 3929', level: 'misdemeanor' as const, class: 'M2' }];

function prc(fields: Partial<Term>, events: SupervisionEvent[] = [], asOf = '2026-11-30') {
  const e = evaluate(usPa, person([term({ jurisdiction: 'US-PA', ...fields })], events), asOf);
  return { e, prc: opportunities(e, 'review_conference') };
}

describe('§ 9774.1(b) timing', () => {
  it('case: the status report day passed, the hold-by day not yet: the report is told in the past tense', () => {
    // Felony, 6 years from 2024-09-03: conference 2027-09-03, report by 2027-08-04, hold by 2027-11-02.
    const fields = { sentenceDate: '2024-09-03', startDate: '2024-09-03', length: { years: 6 }, offenses: felonyTheft };
    const reasonOn = (asOf: string) => prc(fields, [], asOf).prc[0]!.reasons[0];
    expect(reasonOn('2027-08-04')).toContain('The probation office must send its status report by August 4, 2027.');
    expect(reasonOn('2027-08-05')).toContain('The probation office had to send its status report by August 4, 2027.');
    // The day before the conference date it is still to come; from that day on it is due now.
    expect(reasonOn('2027-09-02')).toMatch(/^You can have a review conference on September 3, 2027\./);
    expect(reasonOn('2027-09-03')).toMatch(/^You can have a review conference now: it became due on September 3, 2027\./);
    expect(reasonOn('2027-10-01')).toMatch(/^You can have a review conference now: it became due on September 3, 2027\./);
  });

  it('case: sentenced the day Act 44 took effect, or after it', () => {
    const words = (sentenceDate: string) =>
      prc({ sentenceDate, startDate: sentenceDate, length: { years: 6 }, offenses: felonyTheft }).e.explanation.map((s) => s.text);
    expect(words('2024-06-11')).toContain(
      'You were sentenced on June 11, 2024, the day Act 44 took effect, so your sentence comes under the review conference rules of 42 Pa.C.S. § 9774.1, unless your offense is one they leave out.',
    );
    expect(words('2024-06-12')).toContain(
      'You were sentenced on June 12, 2024, after Act 44 took effect on June 11, 2024, so your sentence comes under the review conference rules of 42 Pa.C.S. § 9774.1, unless your offense is one they leave out.',
    );
  });

  it('case: research example 1 — felony, 6 years: 50% (36 months) beats 4 years', () => {
    // 2024-09-03 + 48 months = 2028-09-03; + 36 months (50% of 72) = 2027-09-03 → the sooner, 2027-09-03.
    // Status report: 2027-09-03 − 30 days = 2027-08-04. Hold by: 2027-09-03 + 60 days = 2027-11-02.
    const {
      e,
      prc: [o],
    } = prc({ sentenceDate: '2024-09-03', startDate: '2024-09-03', length: { years: 6 }, offenses: felonyTheft });
    expect(o).toMatchObject({ status: 'upcoming', date: '2027-09-03' });
    expect(o!.reasons[0]).toContain('August 4, 2027');
    expect(o!.reasons[0]).toContain('November 2, 2027');
    expect(o!.citations).toContain('42 Pa.C.S. § 9774.1(b)(2)');
    expect(e.statutoryMaxEndDate).toBeNull();
    expect(e.earnedCreditDays).toBe(0);
    expect(e.projectedEndDate).toBe(e.scheduledEndDate);
    expect(e.scheduledEndDate).toBe('2030-09-03');
  });

  it('case: research example 1 with a GED — 6 months earlier', () => {
    // 2027-09-03 − 6 months = 2027-03-03; GED earned 2025-01-10, before that, so 2027-03-03.
    const {
      prc: [o],
    } = prc({ sentenceDate: '2024-09-03', startDate: '2024-09-03', length: { years: 6 }, offenses: felonyTheft }, [
      { type: 'achievement', date: '2025-01-10', kind: 'ged' },
    ]);
    expect(o!.date).toBe('2027-03-03');
    expect(o!.citations).toContain('42 Pa.C.S. § 9774.1(c)(1)');
  });

  it('case: research example 1 with two achievements (felony) — 12 months earlier', () => {
    // 2027-09-03 − 12 months = 2026-09-03; second achievement 2026-01-05 is before it; floor 2025-09-03 does not bind.
    const {
      prc: [o],
    } = prc({ sentenceDate: '2024-09-03', startDate: '2024-09-03', length: { years: 6 }, offenses: felonyTheft }, [
      { type: 'achievement', date: '2025-01-10', kind: 'ged' },
      { type: 'achievement', date: '2026-01-05', kind: 'vocational_certificate', approved: true },
    ]);
    expect(o!.date).toBe('2026-09-03');
    expect(o!.citations).toContain('42 Pa.C.S. § 9774.1(c)(2)');
  });

  it('case: a second achievement earned late opens the review on the day it is earned', () => {
    // (b) date 2027-09-03; two achievements → 2026-09-03, but the second came on 2026-12-01, so the
    // date is max(2026-09-03, 2026-12-01) = 2026-12-01, earlier than the one-achievement date 2027-03-03.
    const {
      prc: [o],
    } = prc(
      { sentenceDate: '2024-09-03', startDate: '2024-09-03', length: { years: 6 }, offenses: felonyTheft },
      [
        { type: 'achievement', date: '2025-01-10', kind: 'ged' },
        { type: 'achievement', date: '2026-12-01', kind: 'associate_degree' },
      ],
      '2026-12-31',
    );
    expect(o).toMatchObject({ status: 'eligible', date: '2026-12-01' });
    // 2026-12-01 − 30 days = 2026-11-01, before the degree was earned: the report is due as soon as possible.
    expect(o!.reasons[0]).toContain(
      'which had already passed when you earned an associate degree on December 1, 2026, so it is due as soon as possible',
    );
  });

  it('case: the hold-by date past the end of probation is said to be too late to matter', () => {
    // Misdemeanor, 13 months from 2024-09-03 (to 2025-10-03): 50% = 6 months 15 days (2025-03-18), raised
    // to the (b)(5) floor, 12 months from sentencing = 2025-09-03. Hold by 2025-09-03 + 60 days = 2025-11-02,
    // after the end.
    const short = prc(
      { sentenceDate: '2024-09-03', startDate: '2024-09-03', length: { months: 13 }, offenses: retailTheft },
      [],
      '2025-01-01',
    );
    expect(short.prc[0]).toMatchObject({ date: '2025-09-03' });
    expect(short.prc[0]!.reasons[0]).toContain(
      'The court must hold the conference by November 2, 2025, but your probation is set to end before then, on October 3, 2025, so it must be held by that day to make a difference.',
    );
  });

  it('case: a misdemeanor gets no second 6 months', () => {
    // Misdemeanor 6 years from 2024-09-03: 24 months = 2026-09-03 beats 36 months. One achievement:
    // 2026-03-03; a second does not count for a misdemeanor ((c)(2) is felony only).
    const {
      prc: [o],
    } = prc({ sentenceDate: '2024-09-03', startDate: '2024-09-03', length: { years: 6 }, offenses: retailTheft }, [
      { type: 'achievement', date: '2025-01-10', kind: 'ged' },
      { type: 'achievement', date: '2025-02-10', kind: 'bachelor_degree' },
    ]);
    expect(o!.date).toBe('2026-03-03');
  });

  it('case: a certificate without probation-office approval does not count', () => {
    const {
      e,
      prc: [o],
    } = prc({ sentenceDate: '2024-09-03', startDate: '2024-09-03', length: { years: 6 }, offenses: felonyTheft }, [
      { type: 'achievement', date: '2025-01-10', kind: 'vocational_certificate' },
    ]);
    expect(o!.date).toBe('2027-09-03');
    expect(e.warnings.some((w) => w.includes('approved'))).toBe(true);
  });

  it('case: an achievement earned before probation began does not count', () => {
    // Split sentence: probation starts 2025-03-01; diploma 2025-02-28 is before it.
    // 50% of 4 years = 24 months from 2025-03-01 = 2027-03-01; 4 years = 2029-03-01.
    const {
      prc: [o],
    } = prc({ sentenceDate: '2024-09-03', startDate: '2025-03-01', length: { years: 4 }, offenses: felonyTheft }, [
      { type: 'achievement', date: '2025-02-28', kind: 'high_school_diploma' },
    ]);
    expect(o!.date).toBe('2027-03-01');
  });

  it('case: research example 2 — misdemeanor, diploma, lifted back by the 12-month floor', () => {
    // 2 years from 2024-10-15: 24 months = 2026-10-15; 50% = 12 months = 2025-10-15 → 2025-10-15.
    // Diploma: − 6 months = 2025-04-15; floor: 2024-10-15 + 12 months = 2025-10-15 → 2025-10-15.
    // Status report 2025-10-15 − 30 days = 2025-09-15; hold by 2025-10-15 + 60 days = 2025-12-14.
    const {
      prc: [o],
    } = prc(
      { sentenceDate: '2024-10-15', startDate: '2024-10-15', length: { years: 2 }, offenses: retailTheft },
      [{ type: 'achievement', date: '2025-03-01', kind: 'high_school_diploma' }],
      '2025-12-14',
    );
    expect(o).toMatchObject({ status: 'eligible', date: '2025-10-15' });
    expect(o!.citations).toContain('42 Pa.C.S. § 9774.1(b)(5)');
    expect(o!.reasons[0]).toContain('September 15, 2025');
    expect(o!.reasons[0]).toContain('December 14, 2025');
    // Once the hold-by day has passed, the dates are told in the past, with what to do.
    const later = prc(
      { sentenceDate: '2024-10-15', startDate: '2024-10-15', length: { years: 2 }, offenses: retailTheft },
      [{ type: 'achievement', date: '2025-03-01', kind: 'high_school_diploma' }],
      '2025-12-15',
    );
    expect(later.prc[0]!.reasons[0]).toBe(
      'You could have a review conference from October 15, 2025, and the court had to hold it by December 14, 2025. If it has not been held, ask your probation officer or a lawyer to have it scheduled.',
    );
  });

  it('case: misdemeanor, 5 years — 2 years beats 50%', () => {
    // 24 months from 2024-07-01 = 2026-07-01; 50% of 60 months = 30 months = 2027-01-01.
    const {
      prc: [o],
    } = prc({ sentenceDate: '2024-07-01', startDate: '2024-07-01', length: { years: 5 }, offenses: retailTheft }, [], '2026-06-30');
    expect(o).toMatchObject({ status: 'upcoming', date: '2026-07-01' });
    const {
      prc: [p],
    } = prc({ sentenceDate: '2024-07-01', startDate: '2024-07-01', length: { years: 5 }, offenses: retailTheft }, [], '2026-07-01');
    expect(p).toMatchObject({ status: 'eligible', date: '2026-07-01' });
  });

  it('case: an odd number of months — half adds 15 days', () => {
    // 50% of 27 months = 13 months + 15 days: 2024-07-31 + 13 months = 2025-08-31, + 15 days = 2025-09-15.
    const {
      prc: [o],
    } = prc({ sentenceDate: '2024-07-31', startDate: '2024-07-31', length: { months: 27 }, offenses: retailTheft }, [], '2025-12-31');
    expect(o!.date).toBe('2025-09-15');
  });

  it('case: the 12-month floor counts from sentencing, not from the start', () => {
    // Sentenced 2024-07-01, probation starts 2024-09-01, 18 months misdemeanor: 50% = 9 months = 2025-06-01;
    // floor 2024-07-01 + 12 months = 2025-07-01 → 2025-07-01 (not 2025-09-01).
    const {
      prc: [o],
    } = prc({ sentenceDate: '2024-07-01', startDate: '2024-09-01', length: { months: 18 }, offenses: retailTheft }, [], '2025-12-31');
    expect(o!.date).toBe('2025-07-01');
  });
});

describe('§ 9774.1(b)(4) clean State parole', () => {
  const parole: Term = {
    id: 'PAROLE',
    jurisdiction: 'US-PA',
    kind: 'parole',
    sentenceDate: '2025-01-10',
    startDate: '2027-01-10',
    endDate: '2029-01-10',
    offenses: [{ statute: '18 Pa.C.S. § 3502(a)(2)', level: 'felony', class: 'F1' }],
  } as Term;
  const probation: Term = {
    id: 'PROB',
    jurisdiction: 'US-PA',
    kind: 'probation',
    sentenceDate: '2025-01-10',
    startDate: '2029-01-10',
    length: { years: 5 },
    consecutiveTo: 'PAROLE',
    offenses: [{ statute: '18 Pa.C.S. § 3502(a)(2)', level: 'felony', class: 'F1' }],
  } as Term;

  /** The probation as of 2029-06-01, with a sustained technical violation of the parole on `date`. */
  const withParoleViolation = (date: string) =>
    evaluate(
      usPa,
      person(
        [parole, probation],
        [{ type: 'violation', termId: 'PAROLE', date, category: 'technical', status: 'sustained', kinds: ['curfew'] }],
      ),
      '2029-06-01',
      'PROB',
    );

  it('case: research example 5 — 12 months earlier after a clean final year of parole', () => {
    // (b)(2): 48 months from 2029-01-10 = 2033-01-10; 50% of 60 = 30 months = 2031-07-10 → 2031-07-10.
    // (b)(4): − 12 months = 2030-07-10. Floor 2025-01-10 + 12 months = 2026-01-10 does not bind.
    const e = evaluate(usPa, person([parole, probation]), '2029-06-01', 'PROB');
    expect(opportunities(e, 'review_conference')[0]).toMatchObject({ status: 'upcoming', date: '2030-07-10' });
    expect(opportunities(e, 'review_conference')[0]!.citations).toContain('42 Pa.C.S. § 9774.1(b)(4)');
  });

  it('case: a parole discharged early (fewer than 12 months served) or revoked in its last year earns no credit', () => {
    // Without the credit: (b)(2) 2031-07-10, as research example 5 before the 12 months.
    const discharged = { ...parole, orders: [{ type: 'discharge' as const, date: '2027-09-01' }] } as Term;
    const early = evaluate(usPa, person([discharged, probation]), '2029-06-01', 'PROB');
    expect(opportunities(early, 'review_conference')[0]).toMatchObject({ date: '2031-07-10' });
    expect(opportunities(early, 'review_conference')[0]!.citations).not.toContain('42 Pa.C.S. § 9774.1(b)(4)');
    const revoked = { ...parole, orders: [{ type: 'revocation' as const, date: '2028-06-01' }] } as Term;
    const back = evaluate(usPa, person([revoked, probation]), '2029-06-01', 'PROB');
    expect(opportunities(back, 'review_conference')[0]!.citations).not.toContain('42 Pa.C.S. § 9774.1(b)(4)');
  });

  it('case: a probation later in the consecutive chain after the parole gets the credit too', () => {
    // PROB2 follows PROB, which follows PAROLE: the chain is reviewed as one ((b)(3)), and the clean final year of
    // parole moves that review 12 months earlier for both.
    const second = { ...probation, id: 'PROB2', startDate: '2034-01-10', consecutiveTo: 'PROB' } as Term;
    const first = evaluate(usPa, person([parole, probation, second]), '2029-06-01', 'PROB');
    const later = evaluate(usPa, person([parole, probation, second]), '2029-06-01', 'PROB2');
    expect(opportunities(later, 'review_conference')[0]!.citations).toContain('42 Pa.C.S. § 9774.1(b)(4)');
    expect(opportunities(later, 'review_conference')[0]!.date).toBe(opportunities(first, 'review_conference')[0]!.date);
  });

  it('case: the credit does not move the review before the probation begins', () => {
    // 13 months from 2029-01-10 (end 2030-02-10): 50% = 6 months + 15 days = 2029-07-25; − 12 months =
    // 2028-07-25, before the start: the review comes on 2029-01-10. 25 months: 12 months + 15 days =
    // 2030-01-25; − 12 = 2029-01-25, after the start, kept.
    const review = (length: Term['length']) =>
      opportunities(evaluate(usPa, person([parole, { ...probation, length }]), '2028-06-01', 'PROB'), 'review_conference')[0]!;
    expect(review({ months: 13 })).toMatchObject({ status: 'upcoming', date: '2029-01-10' });
    expect(review({ months: 13 }).citations).toContain('42 Pa.C.S. § 9774.1(b)(4)');
    expect(review({ months: 25 })).toMatchObject({ status: 'upcoming', date: '2029-01-25' });
  });

  it('case: a parole violation in the final 12 months removes the credit', () => {
    // Final 12 months: 2028-01-10 to 2029-01-10; violation 2028-01-10 is inside (first day).
    const e = withParoleViolation('2028-01-10');
    expect(opportunities(e, 'review_conference')[0]!.date).toBe('2031-07-10');
  });

  it('case: a parole violation the day before the final 12 months does not', () => {
    const e = withParoleViolation('2028-01-09');
    expect(opportunities(e, 'review_conference')[0]!.date).toBe('2030-07-10');
  });

  it('case: fewer than 12 months on State parole — no credit', () => {
    // Parole 2028-01-11 to 2029-01-10: 2028-01-11 + 12 months = 2029-01-11 > 2029-01-10.
    const short = { ...parole, startDate: '2028-01-11' } as Term;
    const e = evaluate(usPa, person([short, probation]), '2029-06-01', 'PROB');
    expect(opportunities(e, 'review_conference')[0]!.date).toBe('2031-07-10');
  });

  it('case: a split sentence without a linked parole term gets a warning, not the credit', () => {
    const e = evaluate(usPa, person([{ ...probation, consecutiveTo: undefined } as Term]), '2029-06-01', 'PROB');
    expect(opportunities(e, 'review_conference')[0]!.date).toBe('2031-07-10');
    expect(e.warnings.some((w) => w.includes('(b)(4)'))).toBe(true);
  });
});

describe('§ 9774.1(g) bars and delays', () => {
  const base = { sentenceDate: '2024-09-03', startDate: '2024-09-03', length: { years: 6 }, offenses: felonyTheft };

  it('case: absconding within 6 months before the review moves it 6 months after the violation', () => {
    // Review 2027-09-03; window 2027-03-03 to 2027-09-03; absconding found for 2027-05-20 → 2027-11-20.
    const {
      prc: [o],
    } = prc(base, [{ type: 'violation', date: '2027-05-20', category: 'absconding', status: 'sustained' }], '2027-06-30');
    expect(o).toMatchObject({ status: 'upcoming', date: '2027-11-20' });
    expect(o!.citations).toContain('42 Pa.C.S. § 9774.1(g)(2)');
  });

  it('case: (d) — the status report stays due 30 days before the (b) date, not the moved one', () => {
    // (b) date 2027-09-03; report due 2027-09-03 − 30 days = 2027-08-04 ("no later than 30 days prior to the
    // date the defendant is otherwise entitled to a probation review conference under subsection (b) or (c)").
    // Moved to 2027-11-20 by the absconding; the hearing window runs 60 days from it, to 2028-01-19.
    const {
      prc: [o],
    } = prc(base, [{ type: 'violation', date: '2027-05-20', category: 'absconding', status: 'sustained' }], '2027-08-10');
    const said = o!.reasons.join(' ');
    expect(said).toContain('The probation office had to send its status report by August 4, 2027.');
    expect(said).toContain('The court must hold the conference by January 19, 2028.');
  });

  it('case: window edge — a violation exactly 6 months before the review does not bar it; a day later moves it; a day earlier does not', () => {
    // Review 2027-09-03. 2027-03-03 + 6 months = 2027-09-03: the review is the one (g)(2) orders "six
    // months after the date that the enumerated technical violation occurred", so it is not barred.
    const on = prc(
      base,
      [{ type: 'violation', date: '2027-03-03', category: 'technical', status: 'sustained', kinds: ['weapon'] }],
      '2027-06-30',
    );
    expect(on.prc[0]!.date).toBe('2027-09-03');
    expect(on.prc[0]!.citations).not.toContain('42 Pa.C.S. § 9774.1(g)(2)');
    const on2 = prc(
      base,
      [{ type: 'violation', date: '2027-03-04', category: 'technical', status: 'sustained', kinds: ['weapon'] }],
      '2027-06-30',
    );
    expect(on2.prc[0]!.date).toBe('2027-09-04');
    const before = prc(
      base,
      [{ type: 'violation', date: '2027-03-02', category: 'technical', status: 'sustained', kinds: ['weapon'] }],
      '2027-06-30',
    );
    expect(before.prc[0]!.date).toBe('2027-09-03');
  });

  it('case: a violation after the review date, while the conference may still be held, moves it (with a warning)', () => {
    // Review 2027-09-03; (a): held by 2027-09-03 + 60 days = 2027-11-02. No conference is recorded, so a
    // violation on 2027-11-02 comes before it: moved to 2027-11-02 + 6 months = 2028-05-02. One on
    // 2027-11-03 comes after the last day it could be held and leaves the date as it was.
    const last = prc(base, [weaponViolation('2027-11-02')], '2027-11-30');
    expect(last.prc[0]).toMatchObject({ status: 'upcoming', date: '2028-05-02' });
    expect(last.prc[0]!.citations).toContain('42 Pa.C.S. § 9774.1(g)(2)');
    expect(last.e.warnings.some((w) => w.includes('came after your review date'))).toBe(true);
    const late = prc(base, [weaponViolation('2027-11-03')], '2027-11-30');
    expect(late.prc[0]).toMatchObject({ status: 'eligible', date: '2027-09-03' });
    expect(late.e.warnings.some((w) => w.includes('came after your review date'))).toBe(false);
  });

  it('case: (g)(2) — the conference moved to 6 months after a weapon violation is not barred again by it', () => {
    // Misdemeanor, 2 years from 2024-07-01: 50% = 12 months = 2025-07-01 (floor 2024-07-01 + 12 months,
    // the same day). Weapon violation found for 2025-03-01: within the 6 months before 2025-07-01, so
    // (g)(1)(iii)(C) bars termination then and (g)(2) sets the conference at 2025-03-01 + 6 months =
    // 2025-09-01. At 2025-09-01 the violation is 6 months old: that conference is not barred, and the
    // reasons say termination is barred only at the July 1 review, once.
    const { e, prc: list } = prc(
      { sentenceDate: '2024-07-01', startDate: '2024-07-01', length: { years: 2 }, offenses: retailTheft },
      [{ type: 'violation', date: '2025-03-01', category: 'technical', status: 'sustained', kinds: ['weapon'] }],
      '2025-12-31',
    );
    const o = list[0]!;
    expect(o).toMatchObject({ status: 'eligible', date: '2025-09-01' });
    const moved = o.reasons.filter((r) => r.includes('March 1, 2025'));
    expect(moved).toHaveLength(1);
    expect(moved[0]).toContain('(January 2, 2025 to July 1, 2025)');
    expect(moved[0]).not.toContain('to September 1, 2025)');
    expect(e.explanation.filter((x) => x.text.includes('March 1, 2025 you had a violation'))).toHaveLength(1);
  });

  it('case: a violation exactly six months before the review does not count; a day later it does (month ends clamp)', () => {
    // Misdemeanor, 2 years from 2024-07-01: review 2025-07-01. A weapon violation on 2025-01-01 would get a
    // (g)(2) conference on 2025-01-01 + 6 months = 2025-07-01, the review itself: not counted, no move.
    // On 2025-01-02: 2025-07-02 > 2025-07-01, counted: moved to 2025-07-02, window January 2 to July 1.
    const july = { sentenceDate: '2024-07-01', startDate: '2024-07-01', length: { years: 2 }, offenses: retailTheft };
    expect(prc(july, [weaponViolation('2025-01-01')], '2025-06-30').prc[0]).toMatchObject({ status: 'upcoming', date: '2025-07-01' });
    const counted = prc(july, [weaponViolation('2025-01-02')], '2025-06-30').prc[0]!;
    expect(counted).toMatchObject({ status: 'upcoming', date: '2025-07-02' });
    expect(counted.reasons.join(' ')).toContain('(January 2, 2025 to July 1, 2025)');
    // From 2025-02-28: review 2026-02-28. 2025-08-29, -30 and -31 + 6 months all clamp to 2026-02-28, so
    // none counts; 2025-09-01 + 6 months = 2026-03-01 does: the window starts on September 1.
    const feb = { sentenceDate: '2025-02-28', startDate: '2025-02-28', length: { years: 2 }, offenses: retailTheft };
    expect(prc(feb, [weaponViolation('2025-08-31')], '2026-01-31').prc[0]).toMatchObject({ date: '2026-02-28' });
    const september = prc(feb, [weaponViolation('2025-09-01')], '2026-01-31').prc[0]!;
    expect(september).toMatchObject({ date: '2026-03-01' });
    expect(september.reasons.join(' ')).toContain('(September 1, 2025 to February 28, 2026)');
  });

  it('case: two enumerated violations move the review twice; each move is told with the violation that made it', () => {
    // Misdemeanor, 2 years from 2024-06-15: (b)(1) 50% of 24 months = 12 months = 2025-06-15 (the (b)(5) floor,
    // 2024-06-15 + 12 months, is the same day). A weapon violation on 2025-03-01 lies in the 6 months before it
    // (2024-12-16 to 2025-06-15): (g)(2) sets the conference at 2025-03-01 + 6 months = 2025-09-01. A drug-delivery
    // violation on 2025-08-01 lies in the 6 months before that one (2025-03-02 to 2025-09-01): 2025-08-01 + 6 months =
    // 2026-02-01. Nothing lies in 2025-08-02 to 2026-02-01. Before, the August violation was taken first and told as
    // coming "after your review date" of June 15, with the March one left out; the date was the same.
    const { e, prc: list } = prc(
      { sentenceDate: '2024-06-15', startDate: '2024-06-15', length: { years: 2 }, offenses: retailTheft },
      [
        weaponViolation('2025-03-01'),
        { type: 'violation', date: '2025-08-01', category: 'technical', status: 'sustained', kinds: ['drug_delivery'] },
      ],
      '2025-12-31',
    );
    const o = list[0]!;
    expect(o).toMatchObject({ status: 'upcoming', date: '2026-02-01' });
    const said = o.reasons.join(' ');
    expect(said).toContain(
      'On March 1, 2025 you had a violation for a firearm or dangerous weapon, within the 6 months before your review date (December 16, 2024 to June 15, 2025).',
    );
    expect(said).toContain('the conference is held 6 months after the violation: September 1, 2025.');
    expect(said).toContain(
      'On August 1, 2025 you had a violation for making, selling or delivering drugs, within the 6 months before your review date (March 2, 2025 to September 1, 2025).',
    );
    expect(said).toContain('the conference is held 6 months after the violation: February 1, 2026.');
    expect(e.warnings.some((w) => w.includes('came after your review date'))).toBe(false);
  });

  it('case: (g)(1)(ii) a violation found to be a threat to public safety moves the review; (g)(1)(iii)(D) drug delivery too', () => {
    // Review 2027-09-03; window 2027-03-03 to 2027-09-03; violation 2027-04-15 → 2027-04-15 + 6 months = 2027-10-15.
    for (const kind of ['public_safety_threat', 'drug_delivery'] as const) {
      const {
        prc: [o],
      } = prc(base, [{ type: 'violation', date: '2027-04-15', category: 'technical', status: 'sustained', kinds: [kind] }], '2027-06-30');
      expect(o).toMatchObject({ status: 'upcoming', date: '2027-10-15' });
      expect(o!.citations).toContain('42 Pa.C.S. § 9774.1(g)(2)');
    }
  });

  it('case: a weapon violation moves the review past the end of the term: the explanation says why, citing (g)', () => {
    // M2, 18 months from 2024-07-01: ends 2026-01-01. Review: the 12-month floor, 2025-07-01. A sustained
    // weapon violation on 2025-07-15, within the 60 days to hold it, moves it to 2025-07-15 + 6 months =
    // 2026-01-15, after the end: no conference, and the move is explained before the end is.
    const { e, prc: none } = prc(
      { sentenceDate: '2024-07-01', startDate: '2024-07-01', length: { years: 1, months: 6 }, offenses: retailTheft },
      [weaponViolation('2025-07-15')],
      '2025-11-01',
    );
    expect(none).toEqual([]);
    const steps = e.explanation;
    const moved = steps.findIndex((x) => x.citations.includes('42 Pa.C.S. § 9774.1(g)(2)'));
    const ends = steps.findIndex((x) => x.text.includes('so it ends before a review would be due'));
    expect(moved).toBeGreaterThan(-1);
    expect(moved).toBeLessThan(ends);
    expect(steps[ends]!.text).toContain('January 15, 2026');
  });

  it('case: a missed appointment is not an enumerated violation', () => {
    const {
      prc: [o],
    } = prc(
      base,
      [{ type: 'violation', date: '2027-05-20', category: 'technical', status: 'sustained', kinds: ['missed_appointment'] }],
      '2027-06-30',
    );
    expect(o!.date).toBe('2027-09-03');
  });

  it('case: three programming failures in separate episodes bar; the same episode counts once', () => {
    const v = (date: string, episodeId: string): SupervisionEvent => ({
      type: 'violation',
      date,
      category: 'technical',
      status: 'sustained',
      kinds: ['program_noncompliance'],
      episodeId,
    });
    const three = prc(base, [v('2026-01-10', 'A'), v('2026-08-10', 'B'), v('2027-06-01', 'C')], '2027-06-30');
    expect(three.prc[0]!.date).toBe('2027-12-01'); // 2027-06-01 + 6 months
    const sameEpisode = prc(base, [v('2026-01-10', 'A'), v('2026-08-10', 'A'), v('2027-06-01', 'C')], '2027-06-30');
    expect(sameEpisode.prc[0]!.date).toBe('2027-09-03');
  });

  it('case: a reported (undecided) enumerated violation warns but does not move the date', () => {
    const {
      e,
      prc: [o],
    } = prc(base, [{ type: 'violation', date: '2027-05-20', category: 'absconding', status: 'reported' }], '2027-06-30');
    expect(o!.date).toBe('2027-09-03');
    expect(e.warnings.some((w) => w.includes('November 20, 2027'))).toBe(true);
  });

  it('case: an M1 conviction on probation bars termination but the conference keeps its date', () => {
    const {
      prc: [o],
    } = prc(base, [{ type: 'conviction', date: '2026-02-01', level: 'misdemeanor', class: 'M1' }]);
    expect(o).toMatchObject({ status: 'upcoming', date: '2027-09-03' });
    expect(o!.citations).toContain('42 Pa.C.S. § 9774.1(g)(1)(i)');
    expect(o!.reasons.some((r) => r.includes('may not end your probation'))).toBe(true);
  });

  it('case: an M3 conviction does not bar termination', () => {
    const {
      prc: [o],
    } = prc(base, [{ type: 'conviction', date: '2026-02-01', level: 'misdemeanor', class: 'M3' }]);
    expect(o!.citations).not.toContain('42 Pa.C.S. § 9774.1(g)(1)(i)');
  });

  it('case: restitution under half paid — presumption may be rebutted, no mandatory administrative probation', () => {
    // $1,000 ordered, $499 paid = 49% < 50%.
    const {
      prc: [o],
    } = prc({ ...base, restitutionOrderedUsd: 1000 }, [{ type: 'payment', date: '2025-05-01', amountUsd: 499, kind: 'restitution' }]);
    expect(o!.date).toBe('2027-09-03');
    expect(o!.reasons.some((r) => r.includes('paid 49%') && r.includes('once you have paid 50%'))).toBe(true);
  });

  it('case: restitution half paid — administrative probation if that is the only reason', () => {
    const {
      prc: [o],
    } = prc({ ...base, restitutionOrderedUsd: 1000 }, [{ type: 'payment', date: '2025-05-01', amountUsd: 500, kind: 'restitution' }]);
    expect(o!.reasons.some((r) => r.includes('administrative probation') && r.includes('paid 50%'))).toBe(true);
    expect(o!.citations).toContain('42 Pa.C.S. § 9774.1(h)(1)');
  });

  it('case: payments that add up to exactly half, in cents, meet the 50% (no floating-point shortfall)', () => {
    // $999.98 ordered; $0.15 + $499.84 = $499.99 = 49,999 cents; 49,999 × 100 = 4,999,900 = 50 × 99,998.
    // In floating point the sum is 499.98999…, which a share of the dollars would round down to 49%.
    const {
      prc: [o],
    } = prc({ ...base, restitutionOrderedUsd: 999.98 }, [
      { type: 'payment', date: '2025-01-01', amountUsd: 0.15, kind: 'restitution' },
      { type: 'payment', date: '2025-02-01', amountUsd: 499.84, kind: 'restitution' },
    ]);
    expect(o!.reasons.some((r) => r.includes('you have paid 50% (at least 50%)'))).toBe(true);
  });
});

describe('§ 9774.1(g)(1)(iii)(F): programming failures counted by episode, unmarked ones of one day as one', () => {
  it('case: failures on 2026-02-01 and twice on 2026-03-01 are two occasions, not three: the conference stays 2026-07-01', () => {
    // M1, 4 years from 2024-07-01: the sooner of 2 years and 50% = 2026-07-01. Three separate occasions would
    // move it; two do not (the same reading as the § 9771(c) count, parameter sanction.sameDaySameEpisode).
    const failure = (date: string): SupervisionEvent => ({
      type: 'violation',
      date,
      category: 'technical',
      status: 'sustained',
      kinds: ['program_noncompliance'],
    });
    const fields = {
      sentenceDate: '2024-07-01',
      startDate: '2024-07-01',
      length: { years: 4 },
      offenses: [{ statute: '18 Pa.C.S. § 3921', level: 'misdemeanor' as const, class: 'M1' }],
    };
    const { e, prc: o } = prc(fields, [failure('2026-02-01'), failure('2026-03-01'), failure('2026-03-01')], '2026-04-01');
    expect(o[0]!.date).toBe('2026-07-01');
    expect(e.sanctionLimit).toMatchObject({ violationNumber: 3 });
  });
});

describe('§ 9774.1(g)(1)(iii)(E): absconding the record shows only as an interval', () => {
  // M1, 3 years from 2024-07-01: 50% = 18 months → 2026-01-01 (sooner than 2 years); window 2025-07-02..2026-01-01.
  const fields = {
    sentenceDate: '2024-07-01',
    startDate: '2024-07-01',
    length: { years: 3 },
    offenses: [{ ...retailTheft[0]!, class: 'M1' }],
  };
  const away = (start: string, end: string): SupervisionEvent => ({ type: 'absconded', start, end });

  it('case: absconded 2025-11-01..11-20 with no violation: the date stands, a warning says it moves to 2026-05-01 if found', () => {
    // 2025-11-01 + 6 months = 2026-05-01 (§ 9774.1(g)(2)).
    const { e, prc: o } = prc(fields, [away('2025-11-01', '2025-11-20')], '2025-12-15');
    expect(o[0]!.date).toBe('2026-01-01');
    expect(e.warnings.some((w) => w.includes('absconded from November 1, 2025') && w.includes('May 1, 2026'))).toBe(true);
  });

  it('case: absconded before the window (2025-06-01..06-30) is not warned of; a sustained absconding violation moves the date instead', () => {
    const { e } = prc(fields, [away('2025-06-01', '2025-06-30')], '2025-12-15');
    expect(e.warnings.some((w) => w.includes('absconded from June 1, 2025'))).toBe(false);
    const found: SupervisionEvent = { type: 'violation', date: '2025-11-21', category: 'absconding', status: 'sustained' };
    const moved = prc(fields, [away('2025-11-01', '2025-11-20'), found], '2025-12-15');
    expect(moved.prc[0]!.date).toBe('2026-05-21');
    expect(moved.e.warnings.some((w) => w.includes('absconded from November 1, 2025'))).toBe(false);
  });
});

describe('§ 9774.1(i) exclusions', () => {
  const base = { sentenceDate: '2024-09-03', startDate: '2024-09-03', length: { years: 6 } };
  const excluded = (statute: string, extra: Record<string, unknown> = {}) =>
    prc({ ...base, offenses: [{ statute, level: 'felony', ...extra }] as Term['offenses'] }).prc[0];

  it('case: robbery (a)(1)(ii) is a crime of violence — ineligible', () => {
    const o = excluded('18 Pa.C.S. § 3701(a)(1)(ii)');
    expect(o).toMatchObject({ status: 'ineligible', date: null });
    expect(o!.citations).toContain('42 Pa.C.S. § 9774.1(i)(2)');
  });

  it('case: robbery (a)(1)(iv) is not on the § 9714(g) list — eligible', () => {
    expect(excluded('18 Pa.C.S. § 3701(a)(1)(iv)')!.status).toBe('upcoming');
  });

  it('case: third-degree murder, rape, stalking — ineligible', () => {
    expect(excluded('18 Pa.C.S. § 2502(c)')!.citations).toContain('42 Pa.C.S. § 9774.1(i)(1)');
    expect(excluded('18 Pa.C.S.A. 3121(a)(1)')!.citations).toContain('42 Pa.C.S. § 9774.1(i)(3)');
    expect(excluded('18 Pa.C.S. § 2709.1(a)(1)')!.citations).toContain('42 Pa.C.S. § 9774.1(i)(5)');
  });

  it('case: strangulation is a crime of violence only when graded a felony', () => {
    expect(excluded('18 Pa.C.S. § 2718(a)(1)')!.status).toBe('ineligible');
    // Misdemeanor, 6 years from 2024-09-03: 24 months = 2026-09-03 beats 36 months; on or before 2026-11-30.
    const misd = prc({ ...base, offenses: [{ statute: '18 Pa.C.S. § 2718(a)(1)', level: 'misdemeanor', class: 'M2' }] }).prc[0];
    expect(misd).toMatchObject({ status: 'eligible', date: '2026-09-03' });
  });

  it('case: simple assault is excluded only against a family or household member', () => {
    const dv = prc({
      ...base,
      offenses: [{ statute: '18 Pa.C.S. § 2701(a)(1)', level: 'misdemeanor', class: 'M2', tags: ['domestic_violence'] }],
    });
    expect(dv.prc[0]).toMatchObject({ status: 'ineligible' });
    expect(dv.prc[0]!.citations).toContain('42 Pa.C.S. § 9774.1(i)(4)');
    const plain = prc({ ...base, offenses: [{ statute: '18 Pa.C.S. § 2701(a)(1)', level: 'misdemeanor', class: 'M2' }] });
    expect(plain.prc[0]).toMatchObject({ status: 'eligible', date: '2026-09-03' }); // 2024-09-03 + 24 months
    expect(plain.e.warnings.some((w) => w.includes('family or household member'))).toBe(true);
  });

  it('case: an unlisted statute is warned about and treated as not excluded', () => {
    const {
      e,
      prc: [o],
    } = prc({ ...base, offenses: [{ statute: '18 Pa.C.S. § 7611', level: 'felony' }] });
    expect(o!.status).toBe('upcoming');
    expect(e.warnings.some((w) => w.includes('7611'))).toBe(true);
  });

  it('case: excluded offenses keep the § 9771(a) route', () => {
    const e = evaluate(
      usPa,
      person([term({ jurisdiction: 'US-PA', ...base, offenses: [{ statute: '18 Pa.C.S. § 3121', level: 'felony' }] })]),
      '2026-11-30',
    );
    expect(opportunities(e, 'early_termination')[0]).toMatchObject({ status: 'eligible', date: '2024-09-03' });
  });
});

describe('Act 44 effective date (June 11, 2024): the sentence date selects § 9774.1', () => {
  const misd = { startDate: '2024-06-10', length: { years: 2 }, offenses: retailTheft };

  it('case: sentenced 2024-06-10, the day before — no § 9774.1 conference (Section 7 instead)', () => {
    // Section 7: later of 2025-06-11 and 2024-06-10 + 24 months = 2026-06-10 → 2026-06-10.
    // As of 2025-12-31, while the two years (to 2026-06-10) still run.
    const { prc: list } = prc({ ...misd, sentenceDate: '2024-06-10' }, [], '2025-12-31');
    expect(list).toHaveLength(1);
    expect(list[0]!.citations[0]).toBe('Act 44 of 2023, § 7(1)');
    expect(list[0]!.date).toBe('2026-06-10');
  });

  it('case: sentenced 2024-06-11, the effective date — § 9774.1 applies', () => {
    // 50% of 24 months = 12 months from 2024-06-11 = 2025-06-11; floor 2025-06-11.
    const { prc: list } = prc({ ...misd, sentenceDate: '2024-06-11', startDate: '2024-06-11' }, [], '2025-12-31');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ date: '2025-06-11', status: 'eligible' });
    expect(list[0]!.citations).toContain('42 Pa.C.S. § 9774.1(b)(1)');
  });

  it('case: as of 2024-06-10 no Act 44 provision exists yet; as of 2024-06-11 it does', () => {
    // Section 7 review: later of 2025-06-11 and 2023-01-10 + 24 months (2025-01-10); 3 years end 2026-01-10.
    const t = { ...misd, sentenceDate: '2023-01-10', startDate: '2023-01-10', length: { years: 3 } };
    expect(prc(t, [], '2024-06-10').prc).toHaveLength(0);
    expect(prc(t, [], '2024-06-11').prc[0]).toMatchObject({ status: 'upcoming', date: '2025-06-11' });
  });
});

describe('a review after the term ends', () => {
  it('case: a review date after the scheduled end is not offered', () => {
    // Misdemeanor 1 year from 2024-09-03: 50% = 6 months (2025-03-03); floor 12 months from sentencing
    // = 2025-09-03, which is the last day of the term (2024-09-03 + 1 year): still offered.
    const oneYear = prc(
      { sentenceDate: '2024-09-03', startDate: '2024-09-03', length: { years: 1 }, offenses: retailTheft },
      [],
      '2025-06-30',
    );
    expect(oneYear.prc[0]!.date).toBe('2025-09-03');
    // Sentenced 2024-09-03, 11 months from 2024-10-01 (ends 2025-09-01); floor 2025-09-03 > end: none.
    const short = prc(
      { sentenceDate: '2024-09-03', startDate: '2024-10-01', length: { months: 11 }, offenses: retailTheft },
      [],
      '2025-06-30',
    );
    expect(short.prc).toHaveLength(0);
    expect(short.e.explanation.some((s) => s.text.includes('ends before a review would be due'))).toBe(true);
  });
});
