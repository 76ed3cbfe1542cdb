/**
 * O.C.G.A. § 42-8-37(c)(1): review after three years on probation, then every year. Dates computed by
 * hand: start + 3 years, then each anniversary (spec § 3, month-end clamp).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, opportunities, person, term } from '../../../../test/builders.ts';
import { applyReform } from '../../../engine/reforms.ts';
import type { PersonRecord, SupervisionEvent, Term } from '../../../records/schema.ts';
import { usGa } from '../index.ts';

const C1 = 'O.C.G.A. § 42-8-37(c)(1)';

// Research example 3: 10 years, serve 2, 8 on probation from 2022-01-05.
function split(fields: Partial<Term> = {}): Term {
  return term({
    jurisdiction: 'US-GA',
    sentenceDate: '2020-01-05',
    startDate: '2022-01-05',
    length: { years: 8 },
    confinementMonthsBeforeSupervision: 24,
    offenses: [{ statute: 'O.C.G.A. § 16-7-1(b)', description: 'burglary', level: 'felony' }],
    ...fields,
  });
}

function review(record: PersonRecord, asOf: string, jurisdiction = usGa) {
  const e = evaluate(jurisdiction, record, asOf);
  const found = opportunities(e, 'early_termination').filter((o) => o.citations[0] === C1);
  return { e, o: found[0], count: found.length };
}

const who = (t: Term, events: SupervisionEvent[] = []) => person([t], events, { priorConvictions: [] });

describe('§ 42-8-37(c)(1) review', () => {
  it('case: research example 3 — first review 2022-01-05 + 3 years = 2025-01-05; BID closed by 24 months of prison', () => {
    const r = who(split());
    expect(review(r, '2025-01-04').o).toMatchObject({ status: 'upcoming', date: '2025-01-05' });
    const { e, o } = review(r, '2025-01-05');
    expect(o).toMatchObject({ status: 'eligible', date: '2025-01-05' });
    const bid = opportunities(e, 'early_termination').find((x) => x.citations[0] === 'O.C.G.A. § 17-10-1(a)(1)(B)');
    expect(bid).toMatchObject({ status: 'ineligible' });
    expect(e.projectedEndDate).toBe('2030-01-05');
  });

  it('case: yearly after — as of 2025-06-01 the next review is 2026-01-05', () => {
    const { o } = review(who(split()), '2025-06-01');
    expect(o).toMatchObject({ status: 'eligible', date: '2025-01-05' });
    expect(o!.reasons[0]).toContain('January 5, 2026');
  });

  it('case: a DUI arrest in 2024 is reported but does not close the review', () => {
    const { o } = review(who(split(), [{ type: 'arrest', date: '2024-04-10', level: 'traffic_serious' }]), '2025-01-05');
    expect(o).toMatchObject({ status: 'eligible' });
    expect(o!.reasons.join(' ')).toContain('April 10, 2024');
  });

  it('case: a revocation within the 24 months before the review is reported', () => {
    // Review 2025-01-05; the 24 months before it: 2023-01-05 (2025-01-05 − 24 months, counted) through
    // 2025-01-04. A revocation on 2023-01-05 is inside; one on 2023-01-04 is not.
    const revokedOn = (date: string) =>
      who(
        split({
          orders: [
            { type: 'revocation', date },
            { type: 'reinstatement', date: '2023-02-01' },
          ],
        }),
      );
    expect(review(revokedOn('2023-01-05'), '2025-01-05').o!.reasons.join(' ')).toContain('revoked on January 5, 2023');
    expect(review(revokedOn('2023-01-04'), '2025-01-05').o!.reasons.join(' ')).toContain('not revoked in the 24 months');
  });

  it('case: a probated sentence of exactly 3 years reaches 3 years on its last day: no early end to offer; 3 years 1 day is reviewed', () => {
    // 2022-03-01 + 3 years = 2025-03-01, the first review and also the last day of the probation (spec § 3).
    const three = who(split({ startDate: '2022-03-01', length: { years: 3 } }));
    const onTheLastDay = review(three, '2024-06-30');
    expect(onTheLastDay.count).toBe(0);
    expect(onTheLastDay.e.explanation.map((s) => s.text)).toContain(
      'Your probation is set to end on March 1, 2025, the day you reach 3 years on probation (March 1, 2025), so it ends before a review could end it early.',
    );
    // 3 years and 1 day: ends 2025-03-02, a day after the review of 2025-03-01.
    const longer = who(split({ startDate: '2022-03-01', length: { years: 3, days: 1 } }));
    expect(review(longer, '2024-06-30').o).toMatchObject({ status: 'upcoming', date: '2025-03-01' });
    const short = who(split({ startDate: '2022-03-01', length: { years: 2, months: 11 } }));
    expect(review(short, '2024-06-30').count).toBe(0);
  });

  it('case: the other reading counts the prison time toward the 3 years (2 years probation + 24 months)', () => {
    const whole = applyReform(usGa, {
      name: 'count confinement',
      citations: [],
      parameters: { 'us-ga.review.countConfinement': [{ from: '2017-07-01', value: true, source: { citation: 'reading' } }] },
    });
    // Covered, but the first review (2025-03-01) falls after the end (2024-03-01): no opportunity, an explanation.
    const r = who(split({ startDate: '2022-03-01', length: { years: 2 } }));
    const { e, count } = review(r, '2023-06-30', whole);
    expect(count).toBe(0);
    expect(e.explanation.some((s) => s.text.includes('ends before a review'))).toBe(true);
    expect(review(r, '2023-06-30').e.explanation.some((s) => s.text.includes('shorter than 3 years'))).toBe(true);
  });

  it('case: a start on February 29 — reviews on February 28 in common years', () => {
    // 2020-02-29 + 3 years = 2023-02-28; + 4 years = 2024-02-29; + 5 years = 2025-02-28.
    const r = who(
      split({ sentenceDate: '2020-02-29', startDate: '2020-02-29', length: { years: 10 }, confinementMonthsBeforeSupervision: 0 }),
    );
    expect(review(r, '2023-01-01').o).toMatchObject({ date: '2023-02-28' });
    expect(review(r, '2024-03-01').o!.reasons[0]).toContain('February 28, 2025');
  });

  it('case: in force from 2017-07-01 (earliest text read); SB 105 report contents from 2021-05-03', () => {
    const r = who(
      split({ sentenceDate: '2012-01-05', startDate: '2012-01-05', length: { years: 12 }, confinementMonthsBeforeSupervision: 0 }),
    );
    expect(review(r, '2017-06-30').count).toBe(0);
    expect(review(r, '2017-07-01').o).toMatchObject({ status: 'eligible', date: '2015-01-05' });
    expect(review(r, '2021-05-02').o!.reasons.join(' ')).toContain('general and special conditions');
    const after = review(r, '2021-05-03').o!.reasons.join(' ');
    expect(after).toContain('not revoked in the 24 months');
    expect(after).toContain('order to end it');
    expect(after).toContain('unless a hearing is held');
  });

  it('case: not for parole', () => {
    expect(review(who(split({ kind: 'parole' })), '2025-06-01').count).toBe(0);
  });
});

/** A felony theft probation sentenced and begun on `from`, `years` years and 6 months long. */
const theftFrom = (from: string, years: number, restitutionOrderedUsd: number, events: SupervisionEvent[]) =>
  who(
    term({
      jurisdiction: 'US-GA',
      sentenceDate: from,
      startDate: from,
      length: { years, months: 6 },
      restitutionOrderedUsd,
      offenses: [{ statute: 'O.C.G.A. § 16-8-2', level: 'felony' }],
    }),
    events,
  );

describe('§ 42-8-37(c)(1) a review already held, none left in the term', () => {
  // 3 years 6 months from 2021-01-01: first review 2024-01-01, the next 2025-01-01 is after the end (2024-07-01).
  // An arrest on 2024-02-01 came after the one report, which covered the record up to 2024-01-01.
  const record = theftFrom('2021-01-01', 3, 0, [{ type: 'arrest', date: '2024-02-01', level: 'misdemeanor' }]);

  it('case: as of 2024-03-01 the report is told in the past, without the later arrest', () => {
    const { o } = review(record, '2024-03-01');
    expect(o).toMatchObject({ status: 'eligible', date: '2024-01-01' });
    const said = o!.reasons.join(' ');
    expect(said).toContain('The report said you had not been arrested for anything other than a minor traffic offense.');
    expect(said).toContain('It said your probation was not revoked in the 24 months before your first review (January 1, 2024).');
    expect(said).not.toContain('will say');
    expect(said).not.toContain('February 1, 2024');
  });

  it('case: as of 2023-12-01, before the review, it is still to come and reads the record then', () => {
    const said = review(record, '2023-12-01').o!.reasons.join(' ');
    expect(said).toContain('The report will say you have not been arrested');
  });
});

describe('§ 42-8-37(c)(1) the latest review, when none is left in the term', () => {
  it('case: a yearly review on the last day is not told as to come: 8 years from 2022-01-05 end 2030-01-05', () => {
    // Reviews 2025-01-05 … 2029-01-05; the next anniversary, 2030-01-05, is the term's last day, which
    // ends nothing early (as a first review on the last day does not, above).
    const before = review(who(split()), '2028-06-01').o!.reasons[0]!;
    expect(before).toContain('Your next yearly review is due on January 5, 2029.');
    const reasons = review(who(split()), '2029-06-01').o!.reasons;
    expect(reasons[0]).not.toContain('next yearly review');
    expect(reasons.join(' ')).toContain('not revoked in the 24 months before that review (January 5, 2029)');
  });

  it('case: 5 years 6 months from 2018-01-10: reviews 2021, 2022, 2023-01-10; the last report is the one told', () => {
    // End 2023-07-10; the next review (2024-01-10) is after it. The report of 2023-01-10 covers the arrest of
    // 2022-02-01 and the payment of 2022-06-01 in full.
    const record = theftFrom('2018-01-10', 5, 1000, [
      { type: 'arrest', date: '2022-02-01', level: 'felony' },
      { type: 'payment', date: '2022-06-01', amountUsd: 1000, kind: 'restitution' },
    ]);
    const said = review(record, '2023-03-01').o!.reasons.join(' ');
    expect(said).toContain('The report said that the record showed an arrest for a felony on February 1, 2022.');
    expect(said).toContain('It said your probation was not revoked in the 24 months before that review (January 10, 2023).');
    expect(said).toContain('It said you had paid all your restitution.');
  });
});

describe('§ 42-8-37(c)(1) audit of 2026-12-04', () => {
  it('case: a February 29 start, 5 years: the latest yearly review (2024-02-29) is named before its report is told', () => {
    // Start 2020-02-29; end 2020-02-29 + 5 years = 2025-02-28 (clamped). Reviews: + 3 years = 2023-02-28
    // (clamped), + 4 years = 2024-02-29, + 5 years = 2025-02-28, the last day (ends nothing early). As of
    // 2024-03-01 the review told is 2024-02-29; "that review" must point back to a review named in the reasons.
    const record = who(split({ sentenceDate: '2020-02-29', startDate: '2020-02-29', length: { years: 5 } }));
    const { o } = review(record, '2024-03-01');
    expect(o).toMatchObject({ status: 'eligible', date: '2023-02-28' });
    expect(o!.reasons[0]).toContain(
      'Your last yearly review was due on February 29, 2024; no later one comes before your probation ends on February 28, 2025.',
    );
    expect(o!.reasons.join(' ')).toContain(
      'It said your probation was not revoked in the 24 months before that review (February 29, 2024).',
    );
  });

  it('case: as of the last day, itself a review day, the review before it is told (8 years from 2022-01-05)', () => {
    // Reviews 2025-01-05 … 2029-01-05; 2030-01-05 is the last day. As of 2030-01-05 the review told is 2029-01-05.
    const { o } = review(who(split()), '2030-01-05');
    expect(o!.reasons[0]).toContain(
      'Your last yearly review was due on January 5, 2029; no later one comes before your probation ends on January 5, 2030.',
    );
    expect(o!.reasons.join(' ')).toContain('before that review (January 5, 2029)');
  });

  it('case: as of 2016-06-01 (before the earliest text read) no review is shown, and the explanation says so', () => {
    // 10 years from 2012-01-04: the first review would be 2015-01-04, but (c)(1) is encoded from 2017-07-01.
    const { e, count } = review(who(split({ sentenceDate: '2012-01-04', startDate: '2012-01-04', length: { years: 10 } })), '2016-06-01');
    expect(count).toBe(0);
    expect(e.explanation.map((s) => s.text).join(' ')).toContain('covered here from July 1, 2017 on');
  });
});
