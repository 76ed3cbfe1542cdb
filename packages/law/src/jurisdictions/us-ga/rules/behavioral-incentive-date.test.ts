/**
 * O.C.G.A. § 17-10-1(a)(1)(B), behavioral incentive date. Dates computed by hand from the statute;
 * calendar arithmetic clamps to the month's end (spec § 3).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, opportunities, person, term } from '../../../../test/builders.ts';
import { applyReform } from '../../../engine/reforms.ts';
import type { PersonRecord, SupervisionEvent, Term } from '../../../records/schema.ts';
import { usGa } from '../index.ts';

const possession = [{ statute: 'O.C.G.A. § 16-13-30(a)', description: 'possession of a controlled substance', level: 'felony' as const }];

function t(fields: Partial<Term> & Record<string, unknown>): Term {
  return term({
    jurisdiction: 'US-GA',
    sentenceDate: '2021-08-02',
    startDate: '2021-08-02',
    length: { years: 5 },
    disposition: 'first_offender',
    confinementMonthsBeforeSupervision: 0,
    restitutionOrderedUsd: 0,
    offenses: possession,
    ...fields,
  } as Partial<Term> & Pick<Term, 'jurisdiction'>);
}

function who(fields: Partial<Term> & Record<string, unknown>, events: SupervisionEvent[] = [], extra: Partial<PersonRecord> = {}) {
  return person([t(fields)], events, { priorConvictions: [], ...extra });
}

function bid(record: PersonRecord, asOf: string, jurisdiction = usGa) {
  const e = evaluate(jurisdiction, record, asOf);
  const found = opportunities(e, 'early_termination').filter((o) => o.citations[0] === 'O.C.G.A. § 17-10-1(a)(1)(B)');
  return { e, o: found[0], count: found.length };
}

describe('§ 17-10-1(a)(1)(B): the incentive date', () => {
  it('case: research example 1 — BID set at 2 years (2023-08-02); DCS order due by 2023-10-01', () => {
    // 2023-08-02 + 60 days: Aug 2 → Aug 31 is 29 days, → Sep 30 is 59, → Oct 1 is 60.
    const r = who({ behavioralIncentiveDate: '2023-08-02' });
    expect(bid(r, '2023-08-01').o).toMatchObject({ status: 'upcoming', date: '2023-08-02' });
    const { e, o } = bid(r, '2023-08-02');
    expect(o).toMatchObject({ status: 'eligible', date: '2023-08-02' });
    expect(o!.reasons[0]).toContain('October 1, 2023');
    expect(o!.reasons[0]).toContain('30 days');
    expect(o!.reasons[0]).toContain('90 days');
    // Never a discharge by law: the order still needs the court.
    expect(e.scheduledEndDate).toBe('2026-08-02');
    expect(e.projectedEndDate).toBe('2026-08-02');
    expect(e.statutoryMaxEndDate).toBeNull();
    expect(e.earnedCreditDays).toBe(0);
  });

  it('case: no BID in the record → 3 years after the sentence (2021-08-02 + 3 years = 2024-08-02)', () => {
    const r = who({});
    const before = bid(r, '2024-08-01').o;
    expect(before).toMatchObject({ status: 'upcoming', date: '2024-08-02' });
    // Ahead of the date, no revocation is a fact so far and a condition until then; on it, a fact.
    expect(before!.reasons).toContain('Your probation must not be revoked in the 24 months before August 2, 2024; so far it has not been.');
    // A revocation (reinstated) before the window, on 2022-06-01 (the window opens on 2022-08-02), is named.
    const revokedBefore = who({
      orders: [
        { type: 'revocation', date: '2022-06-01' },
        { type: 'reinstatement', date: '2022-06-10' },
      ],
    });
    expect(bid(revokedBefore, '2024-08-01').o!.reasons).toContain(
      'Your probation must not be revoked in the 24 months before August 2, 2024; so far it has not been (the revocation of June 1, 2022 came before that).',
    );
    const on = bid(r, '2024-08-02').o;
    expect(on).toMatchObject({ status: 'eligible', date: '2024-08-02' });
    expect(on!.reasons).toContain('Your probation has not been revoked in the 24 months before August 2, 2024.');
  });

  it('case: a recorded BID more than 3 years out is held to 3 years, with a warning', () => {
    const { e, o } = bid(who({ behavioralIncentiveDate: '2025-01-01' }), '2024-06-30');
    expect(o).toMatchObject({ status: 'upcoming', date: '2024-08-02' });
    expect(e.warnings.some((w) => w.includes('more than 3 years'))).toBe(true);
  });

  it('case: a sentence of 2024-02-29 — its default BID is 2027-02-28 (month-end clamp)', () => {
    const { o } = bid(who({ sentenceDate: '2024-02-29', startDate: '2024-02-29' }), '2026-11-30');
    expect(o).toMatchObject({ status: 'upcoming', date: '2027-02-28' });
  });

  it('case: the BID comes after the probation ends — no opportunity', () => {
    // 2 years from 2022-01-10 ends 2024-01-10; the default BID 2025-01-10 is later.
    const { e, count } = bid(who({ sentenceDate: '2022-01-10', startDate: '2022-01-10', length: { years: 2 } }), '2023-06-30');
    expect(count).toBe(0);
    expect(e.explanation.some((s) => s.text.includes('ends first'))).toBe(true);
  });

  it("case: the default BID falls on the probation's last day (a 3-year term) — no opportunity; a day longer has one", () => {
    // 2022-03-01 + 3 years = 2025-03-01: the default BID and the last day of the 3-year probation (spec § 3).
    const three = bid(who({ sentenceDate: '2022-03-01', startDate: '2022-03-01', length: { years: 3 } }), '2024-06-30');
    expect(three.count).toBe(0);
    expect(three.e.explanation.map((s) => s.text)).toContain(
      'Your probation is set to end on March 1, 2025, the day the incentive date would come, so that date cannot end it any sooner.',
    );
    // 3 years and 1 day ends 2025-03-02, after the BID of 2025-03-01.
    const longer = bid(who({ sentenceDate: '2022-03-01', startDate: '2022-03-01', length: { years: 3, days: 1 } }), '2024-06-30');
    expect(longer.o).toMatchObject({ status: 'upcoming', date: '2025-03-01' });
  });
});

describe('SB 105 effective date (May 3, 2021)', () => {
  // Research example 2: sentence 2016-03-10, 10 years, no BID. Default BID 2016-03-10 + 3 years = 2019-03-10.
  const old = { sentenceDate: '2016-03-10', startDate: '2016-03-10', length: { years: 10 }, disposition: 'conviction' as const };
  /** The other reading: the revocation test re-made as time passes (bid.revocationRollsForward). */
  const rolling = applyReform(usGa, {
    name: 'rolling revocation look-back',
    citations: [],
    parameters: { 'us-ga.bid.revocationRollsForward': [{ from: '2021-05-03', value: true, source: { citation: 'reading' } }] },
  });

  it('case: the day before — no default BID, so none is shown (warning)', () => {
    const { e, count } = bid(who(old), '2021-05-02');
    expect(count).toBe(0);
    expect(e.warnings.some((w) => w.includes('no default date'))).toBe(true);
  });

  it('case: the day of — the past BID (2019-03-10) opens on 2021-05-03; DCS by 2021-07-02', () => {
    // 2021-05-03 + 60 days: → May 31 is 28 days, → Jun 30 is 58, → Jul 2 is 60.
    const { e, o } = bid(who(old), '2021-05-03');
    expect(o).toMatchObject({ status: 'eligible', date: '2021-05-03' });
    expect(o!.reasons[0]).toContain('July 2, 2021');
    expect(o!.reasons[0]).not.toContain('no such order was sent');
    // On 2021-07-03 the order is overdue and the term still runs in the record: what to do is said.
    expect(bid(who(old), '2021-07-03').o!.reasons[0]).toContain(
      'If you are still on probation and no such order was sent, ask your officer why',
    );
    expect(e.explanation.some((s) => s.text.includes('March 10, 2019'))).toBe(true);
  });

  it('case: research example 2 — revoked 2020-01-15, inside (2019-05-03, 2021-05-03]: the BID route is closed', () => {
    const r = who({
      ...old,
      orders: [
        { type: 'revocation', date: '2020-01-15' },
        { type: 'reinstatement', date: '2020-03-01' },
      ],
    });
    const { o } = bid(r, '2021-06-01');
    expect(o).toMatchObject({ status: 'ineligible', date: null });
    expect(o!.almost).toBeUndefined();
    expect(o!.reasons.join(' ')).toContain('January 15, 2020');
  });

  it('case: research example 2, other reading (rolling look-back) — opens 2020-01-15 + 24 months + 1 day = 2022-01-16', () => {
    // The 24 months preceding 2022-01-15 run from 2020-01-15 and hold the revocation; those preceding
    // 2022-01-16 run from 2020-01-16 and do not. (The research note's 15 Jan 2022 counts the window the
    // other way, leaving out its first day.)
    const r = who({
      ...old,
      orders: [
        { type: 'revocation', date: '2020-01-15' },
        { type: 'reinstatement', date: '2020-03-01' },
      ],
    });
    expect(bid(r, '2021-06-01', rolling).o).toMatchObject({ status: 'upcoming', date: '2022-01-16' });
    expect(bid(r, '2022-01-16', rolling).o).toMatchObject({ status: 'eligible', date: '2022-01-16' });
  });

  it('case: rolling look-back, month end — revoked 2022-02-28: 2024-02-29 still looks back to it, so 2024-03-01', () => {
    // 2024-02-29 − 24 months = 2022-02-28 (counted), so the revocation is inside; 2024-03-01 − 24 months = 2022-03-01.
    const r = who({
      sentenceDate: '2021-02-28',
      startDate: '2021-02-28',
      orders: [
        { type: 'revocation', date: '2022-02-28' },
        { type: 'reinstatement', date: '2022-03-15' },
      ],
    });
    expect(bid(r, '2023-06-01', rolling).o).toMatchObject({ status: 'upcoming', date: '2024-03-01' });
  });

  it('case: before SB 105, a violation breaks the compliance test; from SB 105 it does not', () => {
    // Sentence 2018-01-10 with a BID of 2020-01-10; violation sustained 2019-05-01 (no revocation).
    const r = who({ sentenceDate: '2018-01-10', startDate: '2018-01-10', behavioralIncentiveDate: '2020-01-10' }, [
      { type: 'violation', date: '2019-05-01', category: 'technical', status: 'sustained' },
    ]);
    expect(bid(r, '2021-05-02').o).toMatchObject({ status: 'ineligible' });
    // From May 3, 2021: the BID 2020-01-10 passed before SB 105, so it opens on 2021-05-03.
    expect(bid(r, '2021-05-03').o).toMatchObject({ status: 'eligible', date: '2021-05-03' });
  });

  it('case: a BID that passed before July 1, 2017 opens that day, under SB 174 (not SB 105)', () => {
    // Sentence 2015-01-01 with a recorded BID of 2017-01-01; as of 2018-01-01 the SB 174 version is in force.
    const r = who({ sentenceDate: '2015-01-01', startDate: '2015-01-01', behavioralIncentiveDate: '2017-01-01' });
    const { e, o } = bid(r, '2018-01-01');
    expect(o).toMatchObject({ status: 'eligible', date: '2017-07-01' });
    const said = e.explanation.map((s) => s.text).join(' ');
    expect(said).toContain('behavioral incentive dates began on July 1, 2017 (Senate Bill 174)');
    expect(said).not.toContain('Senate Bill 105');
  });

  it('case: before July 1, 2017 there is no BID at all', () => {
    const r = who({ sentenceDate: '2016-03-10', startDate: '2016-03-10', length: { years: 10 }, behavioralIncentiveDate: '2019-03-10' });
    expect(bid(r, '2017-06-30').count).toBe(0);
    expect(bid(r, '2017-07-01').o).toMatchObject({ status: 'upcoming', date: '2019-03-10' });
  });
});

describe('the three criteria', () => {
  // Default BID 2024-08-02. "The immediately preceding 24 months": 2022-08-02 (2024-08-02 − 24 months,
  // counted) through 2024-08-01 (the day before; the BID day itself does not precede it).
  const revokedOn = (date: string) =>
    who({
      orders: [
        { type: 'revocation', date },
        { type: 'reinstatement', date: date < '2024-01-01' ? '2022-09-01' : '2024-08-03' },
      ],
    });
  const edgeWarnings = (w: readonly string[]) => w.filter((x) => x.includes('"the immediately preceding 24 months"'));

  it('case: revoked the day before the window (2022-08-01): eligible, no warning', () => {
    const { e, o } = bid(revokedOn('2022-08-01'), '2024-08-02');
    expect(o).toMatchObject({ status: 'eligible', date: '2024-08-02' });
    expect(edgeWarnings(e.warnings)).toEqual([]);
  });

  it('case: revoked exactly 24 months before the BID (2022-08-02): inside the window, ineligible, the reading named', () => {
    const { e, o } = bid(revokedOn('2022-08-02'), '2024-08-02');
    expect(o).toMatchObject({ status: 'ineligible' });
    expect(o!.reasons.join(' ')).toContain('revoked on August 2, 2022, within the 24 months before August 2, 2024');
    expect(edgeWarnings(e.warnings)).toEqual([
      expect.stringContaining('revoked on August 2, 2022, exactly 24 months before August 2, 2024'),
    ]);
  });

  it('case: revoked one day later (2022-08-03): inside the window, ineligible, no warning', () => {
    const { e, o } = bid(revokedOn('2022-08-03'), '2024-08-02');
    expect(o).toMatchObject({ status: 'ineligible' });
    expect(edgeWarnings(e.warnings)).toEqual([]);
  });

  it('case: revoked on the last day of the window (2024-08-01): ineligible; on the BID day itself (2024-08-02): not preceding it, eligible, the reading named', () => {
    // As of 2024-08-05, after the reinstatement of 2024-08-03.
    expect(bid(revokedOn('2024-08-01'), '2024-08-05').o).toMatchObject({ status: 'ineligible' });
    const { e, o } = bid(revokedOn('2024-08-02'), '2024-08-05');
    expect(o).toMatchObject({ status: 'eligible', date: '2024-08-02' });
    expect(edgeWarnings(e.warnings)).toEqual([expect.stringContaining('revoked on August 2, 2024, the incentive date itself')]);
  });

  it('case: a BID under 2 years after sentencing looks back to the sentence', () => {
    // BID 2022-08-02 (1 year); a revocation 2021-12-01 lies after the sentence → ineligible.
    const r = who({
      behavioralIncentiveDate: '2022-08-02',
      orders: [
        { type: 'revocation', date: '2021-12-01' },
        { type: 'reinstatement', date: '2022-01-01' },
      ],
    });
    const { o } = bid(r, '2022-08-02');
    expect(o).toMatchObject({ status: 'ineligible' });
    expect(o!.reasons[0]).toContain('after you were sentenced on August 2, 2021');
  });

  it('case: a minor traffic arrest does not count; a serious traffic (DUI) arrest does', () => {
    const minor = who({}, [{ type: 'arrest', date: '2023-02-01', level: 'traffic_minor' }]);
    expect(bid(minor, '2024-08-02').o).toMatchObject({ status: 'eligible' });
    const dui = who({}, [{ type: 'arrest', date: '2023-02-01', level: 'traffic_serious' }]);
    const { o } = bid(dui, '2024-08-02');
    expect(o).toMatchObject({ status: 'ineligible', date: null });
    expect(o!.almost).toBeUndefined();
  });

  it('case: an arrest before the sentence does not count', () => {
    const r = who({}, [{ type: 'arrest', date: '2021-06-01', level: 'felony' }]);
    expect(bid(r, '2024-08-02').o).toMatchObject({ status: 'eligible' });
  });

  it('case: a new conviction counts as an arrest, a Title 40 nonserious traffic conviction does not', () => {
    const conv = who({}, [{ type: 'conviction', date: '2023-05-01', level: 'misdemeanor', statute: 'O.C.G.A. § 16-8-14' }]);
    const a = bid(conv, '2024-08-02');
    expect(a.o).toMatchObject({ status: 'ineligible' });
    expect(a.e.warnings.some((w) => w.includes('read as showing an arrest'))).toBe(true);
    const speeding = who({}, [{ type: 'conviction', date: '2023-05-01', level: 'misdemeanor', statute: 'O.C.G.A. § 40-6-181' }]);
    expect(bid(speeding, '2024-08-02').o).toMatchObject({ status: 'eligible' });
  });

  it('case: unpaid restitution — ineligible, almost: opens on the BID once paid', () => {
    // Ordered $1,000, paid $400 → $600 owed.
    const r = who({ restitutionOrderedUsd: 1000 }, [{ type: 'payment', date: '2022-03-01', amountUsd: 400, kind: 'restitution' }]);
    const { o } = bid(r, '2024-06-30');
    expect(o).toMatchObject({ status: 'ineligible', date: null });
    expect(o!.almost).toEqual({ missing: [expect.stringContaining('$600.00')], dateIfResolved: '2024-08-02' });
  });

  it('case: fines and fees do not count; restitution paid after the BID opens it that day', () => {
    const r = who({ restitutionOrderedUsd: 1000 }, [
      { type: 'payment', date: '2022-03-01', amountUsd: 400, kind: 'restitution' },
      { type: 'payment', date: '2024-09-15', amountUsd: 600, kind: 'restitution' },
    ]);
    expect(bid(r, '2024-10-01').o).toMatchObject({ status: 'eligible', date: '2024-09-15' });
    const fines = who({}, [{ type: 'payment', date: '2022-03-01', amountUsd: 10, kind: 'fine' }]);
    expect(bid(fines, '2024-08-02').o).toMatchObject({ status: 'eligible' });
  });

  it('case: an arrest after the BID but before restitution was paid closes it (judged when the Department can act)', () => {
    // BID 2024-08-02; restitution paid in full 2024-09-15; a misdemeanor arrest on 2024-09-01 comes before the
    // Department could act, so the conditions are not met then. An arrest on 2024-09-16 comes after (warned only).
    const paid = (arrest: string) =>
      who({ restitutionOrderedUsd: 1000 }, [
        { type: 'payment', date: '2022-03-01', amountUsd: 400, kind: 'restitution' },
        { type: 'payment', date: '2024-09-15', amountUsd: 600, kind: 'restitution' },
        { type: 'arrest', date: arrest, level: 'misdemeanor' },
      ]);
    expect(bid(paid('2024-09-01'), '2024-10-01').o).toMatchObject({ status: 'ineligible', date: null });
    expect(bid(paid('2024-09-16'), '2024-10-01').o).toMatchObject({ status: 'eligible', date: '2024-09-15' });
    // Still owed on the as-of date: an arrest after the BID means paying now would not open it either.
    const owing = who({ restitutionOrderedUsd: 1000 }, [{ type: 'arrest', date: '2024-09-01', level: 'misdemeanor' }]);
    const { o } = bid(owing, '2024-10-01');
    expect(o).toMatchObject({ status: 'ineligible', date: null });
    expect(o!.almost).toBeUndefined();
  });
});

describe('who gets a BID', () => {
  it('case: an offense that can bring life in prison is excluded (armed robbery)', () => {
    const r = who({ offenses: [{ statute: 'O.C.G.A. § 16-8-41', level: 'felony' }] });
    const { o } = bid(r, '2024-08-02');
    expect(o).toMatchObject({ status: 'ineligible', date: null });
    expect(o!.citations).toContain('O.C.G.A. § 17-10-1(a)(1)(A)');
  });

  it('case: a prior felony conviction excludes; a prior misdemeanor does not; none listed → warning', () => {
    const felony = who({}, [], { priorConvictions: [{ date: '2015-01-01', level: 'felony' }] });
    expect(bid(felony, '2024-08-02').o).toMatchObject({ status: 'ineligible' });
    const misd = who({}, [], { priorConvictions: [{ date: '2015-01-01', level: 'misdemeanor' }] });
    expect(bid(misd, '2024-08-02').o).toMatchObject({ status: 'eligible' });
    const unknown = person([t({})]);
    const u = bid(unknown, '2024-08-02');
    expect(u.o).toMatchObject({ status: 'eligible' });
    expect(u.e.warnings.some((w) => w.includes('prior convictions'))).toBe(true);
  });

  it('case: 12 months of imprisonment qualifies, 13 does not', () => {
    expect(bid(who({ confinementMonthsBeforeSupervision: 12 }), '2024-08-02').o).toMatchObject({ status: 'eligible' });
    expect(bid(who({ confinementMonthsBeforeSupervision: 13 }), '2024-08-02').o).toMatchObject({ status: 'ineligible' });
  });

  it('case: imprisonment read from the dates: 12 months to the day qualifies; 12 months and 1 day does not, and is told so', () => {
    // Sentenced 2020-02-29: + 12 months = 2021-02-28 (clamped). Start 2021-02-28: 12 months. Start 2021-03-01: 12 months
    // and 1 day, more than 12 months.
    const from = (startDate: string) => who({ sentenceDate: '2020-02-29', startDate, confinementMonthsBeforeSupervision: undefined });
    expect(bid(from('2021-02-28'), '2024-06-30').o).toMatchObject({ status: 'eligible' });
    const over = bid(from('2021-03-01'), '2024-06-30');
    expect(over.o).toMatchObject({ status: 'ineligible' });
    expect(over.o!.reasons.join(' ')).toContain('in jail or prison for 12 months and 1 day before probation, more than 12 months');
  });

  it('case: a consecutive term: the wait for the term before it is not imprisonment (warned)', () => {
    // T-2 sentenced 2021-08-02 with T-1, begins 2023-09-03 after it: 25 months' gap, not confinement. BID
    // 2021-08-02 + 3 years = 2024-08-02 (T-2's term as set runs to 2026-09-03).
    const t1 = t({ id: 'T-1', length: { years: 2 } });
    const t2 = t({
      id: 'T-2',
      startDate: '2023-09-03',
      length: { years: 3 },
      consecutiveTo: 'T-1',
      confinementMonthsBeforeSupervision: undefined,
    });
    const e = evaluate(usGa, person([t1, t2], [], { priorConvictions: [] }), '2024-03-02', 'T-2');
    const found = opportunities(e, 'early_termination').filter((o) => o.citations[0] === 'O.C.G.A. § 17-10-1(a)(1)(B)');
    expect(found[0]).toMatchObject({ status: 'upcoming', date: '2024-08-02' });
    expect(e.warnings.some((w) => w.startsWith('This term runs after term T-1'))).toBe(true);
  });

  it('case: no confinement given — the gap from sentence to start is counted (13 months → excluded)', () => {
    // 2021-08-02 to 2022-09-02 is 13 months.
    const { e, o } = bid(who({ confinementMonthsBeforeSupervision: undefined, startDate: '2022-09-02' }), '2024-08-02');
    expect(o).toMatchObject({ status: 'ineligible' });
    expect(e.warnings.some((w) => w.includes('13 months'))).toBe(true);
  });

  it('case: SB 407 (July 1, 2018) — split sentences and plain convictions: the day before and the day of', () => {
    const split = who({
      sentenceDate: '2018-01-10',
      startDate: '2018-07-10',
      confinementMonthsBeforeSupervision: 6,
      behavioralIncentiveDate: '2020-01-10',
    });
    expect(bid(split, '2018-06-30').o).toMatchObject({ status: 'ineligible' });
    expect(bid(split, '2018-07-01').o).toMatchObject({ status: 'upcoming', date: '2020-01-10' });
    const plain = who({
      sentenceDate: '2018-01-10',
      startDate: '2018-01-10',
      disposition: 'conviction',
      behavioralIncentiveDate: '2020-01-10',
    });
    expect(bid(plain, '2018-06-30').o).toMatchObject({ status: 'ineligible' });
    expect(bid(plain, '2018-07-01').o).toMatchObject({ status: 'upcoming', date: '2020-01-10' });
  });

  it('case: misdemeanor probation has no BID; parole is not covered', () => {
    const misd = who({ offenses: [{ statute: 'O.C.G.A. § 16-8-14', level: 'misdemeanor' }], length: { months: 12 } });
    expect(bid(misd, '2022-01-01').count).toBe(0);
    expect(bid(who({ kind: 'parole' }), '2024-08-02').count).toBe(0);
  });

  it('case: kidnapping given without its subsection: treated as not life-eligible, with a warning; (d)(3) excludes', () => {
    const bare = bid(who({ offenses: [{ statute: 'O.C.G.A. § 16-5-40', level: 'felony' }] }), '2024-08-02');
    expect(bare.o).toMatchObject({ status: 'eligible' });
    expect(bare.e.warnings.some((w) => w.includes('allows a life sentence only under subsection (d)(2)–(4)'))).toBe(true);
    const ransom = bid(who({ offenses: [{ statute: 'O.C.G.A. § 16-5-40(d)(3)', level: 'felony' }] }), '2024-08-02');
    expect(ransom.o).toMatchObject({ status: 'ineligible' });
    expect(ransom.e.warnings.some((w) => w.includes('allows a life sentence only under'))).toBe(false);
  });

  it('case: an earlier felony term of the same record is a prior felony conviction; a first-offender one is not', () => {
    const earlier = (disposition: 'conviction' | 'first_offender' | undefined) =>
      t({ id: 'T-0', sentenceDate: '2019-06-01', startDate: '2019-06-01', length: { years: 5 }, disposition });
    const record = (disposition: 'conviction' | 'first_offender' | undefined) =>
      person([earlier(disposition), t({ id: 'T-1', sentenceDate: '2022-03-01', startDate: '2022-03-01', length: { years: 4 } })], [], {
        priorConvictions: [],
      });
    const convicted = evaluate(usGa, record('conviction'), '2024-05-31', 'T-1');
    const o = opportunities(convicted, 'early_termination').find((x) => x.citations[0] === 'O.C.G.A. § 17-10-1(a)(1)(B)');
    expect(o).toMatchObject({ status: 'ineligible' });
    expect(o!.reasons.join(' ')).toContain('term T-0, sentenced on June 1, 2019');
    const assumed = /term T-0 .*was a conviction or a first-offender.*read as a conviction/;
    expect(convicted.warnings.some((w) => assumed.test(w))).toBe(false);
    // With no disposition on T-0 it is read as a conviction, and the warning says so.
    const unsaid = evaluate(usGa, record(undefined), '2024-05-31', 'T-1');
    expect(opportunities(unsaid, 'early_termination').find((x) => x.citations[0] === 'O.C.G.A. § 17-10-1(a)(1)(B)')).toMatchObject({
      status: 'ineligible',
    });
    expect(unsaid.warnings.some((w) => assumed.test(w))).toBe(true);
    const firstOffender = evaluate(usGa, record('first_offender'), '2024-05-31', 'T-1');
    expect(opportunities(firstOffender, 'early_termination').find((x) => x.citations[0] === 'O.C.G.A. § 17-10-1(a)(1)(B)')).toMatchObject({
      status: 'upcoming',
      date: '2025-03-01',
    });
  });

  it('case: an unlisted statute brings a classification warning', () => {
    const { e } = bid(who({ offenses: [{ statute: 'O.C.G.A. § 99-9-9', level: 'felony' }] }), '2024-08-02');
    expect(e.warnings.some((w) => w.includes('life_eligible'))).toBe(true);
  });
});

describe('after the incentive date', () => {
  it('case: an arrest after the BID does not move it, but brings a warning', () => {
    const r = who({}, [{ type: 'arrest', date: '2024-09-01', level: 'misdemeanor' }]);
    const { e, o } = bid(r, '2024-10-01');
    expect(o).toMatchObject({ status: 'eligible', date: '2024-08-02' });
    expect(e.warnings.some((w) => w.includes('after your incentive date'))).toBe(true);
    // Judged on the BID (2021-08-02 + 3 years = 2024-08-02): the words speak of the time up to it, not
    // of "since you were sentenced", which the 2024-09-01 arrest would make false.
    const texts = e.explanation.map((s) => s.text);
    expect(texts).toContain(
      'You had not been arrested for anything other than a minor traffic offense between your sentence and August 2, 2024.',
    );
    expect(texts.some((x) => x.includes('You have not been arrested'))).toBe(false);
  });

  it('case: a revocation after the BID does not move it, but brings a warning, and no word says there was none', () => {
    const r = who({
      orders: [
        { type: 'revocation', date: '2024-09-01' },
        { type: 'reinstatement', date: '2024-09-20' },
      ],
    });
    const { e, o } = bid(r, '2024-10-01');
    expect(o).toMatchObject({ status: 'eligible', date: '2024-08-02' });
    expect(e.warnings.some((w) => w.startsWith('Your probation was revoked on September 1, 2024, after your incentive date.'))).toBe(true);
    const texts = e.explanation.map((s) => s.text);
    expect(texts).toContain('Your probation had not been revoked in the 24 months before August 2, 2024.');
    expect(texts.some((x) => x.includes('has not been revoked'))).toBe(false);
  });
});

describe('§ 17-10-1(a)(1)(B) audit of 2026-12-04: the 60 days run from the incentive date', () => {
  it('case: restitution paid in full 39 days after the BID — the order is still due 60 days after the BID', () => {
    // BID 2021-08-02 + 3 years = 2024-08-02; paid in full 2024-09-10 (Aug 2 → Aug 31 is 29 days, → Sep 10 is 39).
    // "Within 60 days of the expiration of such incentive date": 2024-08-02 + 60 = 2024-10-01 (Aug 31 is 29,
    // Sep 30 is 59, Oct 1 is 60), not 2024-09-10 + 60 = 2024-11-09. The opportunity opens on the payment day.
    const r = who({ restitutionOrderedUsd: 1000 }, [
      { type: 'payment', date: '2023-01-01', amountUsd: 600, kind: 'restitution' },
      { type: 'payment', date: '2024-09-10', amountUsd: 400, kind: 'restitution' },
    ]);
    const { o } = bid(r, '2024-10-01');
    expect(o).toMatchObject({ status: 'eligible', date: '2024-09-10' });
    expect(o!.reasons[0]).toContain('within 60 days after August 2, 2024 (your incentive date), that is by October 1, 2024.');
    expect(o!.reasons.join(' ')).toContain('within the 60 days after it');
  });

  it('case: paid after the 60 days (2024-10-02, day 61) — the text sets no day; 60 days from the payment', () => {
    // 2024-10-02 + 60 = 2024-12-01 (Oct 31 is 29, Nov 30 is 59, Dec 1 is 60).
    const r = who({ restitutionOrderedUsd: 1000 }, [{ type: 'payment', date: '2024-10-02', amountUsd: 1000, kind: 'restitution' }]);
    const { o } = bid(r, '2024-10-15');
    expect(o).toMatchObject({ status: 'eligible', date: '2024-10-02' });
    expect(o!.reasons[0]).toContain('within 60 days after October 2, 2024, that is by December 1, 2024.');
  });
});

describe('§ 17-10-1(a)(1)(B) audit of 2026-12-04: no BID on record before SB 105', () => {
  const texts = (fields: Partial<Term>, asOf: string) => bid(who(fields), asOf).e.explanation.map((s) => s.text);

  it('case: a plain conviction sentenced 2018-03-01 (before SB 407, July 1, 2018) — the order had no duty to set one', () => {
    // As of 2021-05-02 (the day before SB 105's default): the 2017 text covered only first-offender and
    // conditional-discharge sentences, so "your sentencing order should include" one would be wrong.
    const said = texts({ sentenceDate: '2018-03-01', startDate: '2018-03-01', disposition: 'conviction' }, '2021-05-02');
    expect(said.join(' ')).toContain('When you were sentenced on March 1, 2018, the law did not yet require a behavioral incentive date');
    expect(said.join(' ')).not.toContain('should include');
  });

  it('case: a first-offender sentence of 2018-03-01 was covered by the 2017 text — ask for the date', () => {
    expect(texts({ sentenceDate: '2018-03-01', startDate: '2018-03-01' }, '2021-05-02').join(' ')).toContain(
      'Your sentencing order should include a behavioral incentive date',
    );
  });

  it('case: a sentence of 2017-06-30, the day before SB 174 took effect — no duty then', () => {
    const said = texts({ sentenceDate: '2017-06-30', startDate: '2017-06-30', length: { years: 10 } }, '2021-05-02');
    expect(said.join(' ')).toContain('When you were sentenced on June 30, 2017, the law did not yet require');
  });
});
