import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../dates/calendar.ts';
import { termFactsAsEvaluated } from '../../../engine/evaluate.ts';
import { buildTermFacts, paidBy } from '../../../engine/term-facts.ts';
import { JURISDICTIONS } from '../../registry.ts';
import { applyReform } from '../../../engine/reforms.ts';
import { usAz } from '../index.ts';
import { az, opp, run } from './test-helpers.ts';

// A.R.S. § 13-903(B)–(C): days absconded, and days between a violation found and reinstatement, do not
// count toward the term, so the scheduled end moves one day later for each.

describe('A.R.S. § 13-903 tolling', () => {
  it('case: absconded 2024-06-01 to 2024-06-10 (10 days) → end 2027-02-01 + 10 = 2027-02-11', () => {
    const rec = az({}, [{ type: 'absconded', start: '2024-06-01', end: '2024-06-10' }]);
    const r = run(rec, '2024-12-31');
    expect(r.scheduledEndDate).toBe('2027-02-11');
    expect(r.projectedEndDate).toBe('2027-02-11');
    // The engine's general tolling warning is not given: the rules here handle it.
    expect(r.warnings.some((w) => w.includes('not modelled yet'))).toBe(false);
    // Period 5 (days 120–149 = 2024-05-31..2024-06-29) touches the spell → earns nothing.
    // As of 2024-12-31 (served 334): 11 periods − 1 = 200. Term 1,106 days.
    expect(opp(r, 'earned_discharge')?.eligibleCreditDays).toBe(200);
  });

  it('case: before the spell is recorded the end does not move (as of 2024-05-31)', () => {
    const rec = az({}, [{ type: 'absconded', start: '2024-06-01', end: '2024-06-10' }]);
    expect(run(rec, '2024-05-31').scheduledEndDate).toBe('2027-02-01');
    // On the first day away (open as of that date): 1 day → 2027-02-02.
    expect(run(rec, '2024-06-01').scheduledEndDate).toBe('2027-02-02');
  });

  it('case: a spell still open on the as-of date counts through that date', () => {
    // Open from 2024-12-01; as of 2024-12-31: 31 days → 2027-02-01 + 31 = 2027-03-04.
    const r = run(az({}, [{ type: 'absconded', start: '2024-12-01' }]), '2024-12-31');
    expect(r.scheduledEndDate).toBe('2027-03-04');
    expect(r.warnings.some((w) => w.includes('assumes you returned that day'))).toBe(true);
  });

  it('case: absconding in the days an earlier absconding added is counted too (the term still ran then)', () => {
    // First spell 2024-06-01..06-10 = 10 days: 2027-02-01 → 2027-02-11. The second, 2027-02-05..02-14 (10 days),
    // begins after the imposed end but on a day the term still ran: 2027-02-11 + 10 = 2027-02-21. The third,
    // 2027-02-20..02-21 (2 days), begins inside the days the second added: 2027-02-21 + 2 = 2027-02-23.
    const spells = [
      { type: 'absconded' as const, start: '2024-06-01', end: '2024-06-10' },
      { type: 'absconded' as const, start: '2027-02-05', end: '2027-02-14' },
      { type: 'absconded' as const, start: '2027-02-20', end: '2027-02-21' },
    ];
    expect(run(az({}, spells), '2027-06-30').scheduledEndDate).toBe('2027-02-23');
    // A spell that begins the day after the end so moved (2027-02-24) is after the term: nothing more moves.
    const after = [...spells, { type: 'absconded' as const, start: '2027-02-24', end: '2027-03-10' }];
    expect(run(az({}, after), '2027-06-30').scheduledEndDate).toBe('2027-02-23');
    // One that begins on the last day (2027-02-23, 1 day) is inside it: 2027-02-24.
    const onTheLastDay = [...spells, { type: 'absconded' as const, start: '2027-02-23', end: '2027-02-23' }];
    expect(run(az({}, onTheLastDay), '2027-06-30').scheduledEndDate).toBe('2027-02-24');
  });

  it('case: a violation found on the day the court reinstates stops no day and is not left waiting for a reinstatement', () => {
    // 2024-01-01 + 3 years = 2027-01-01; found and reinstated 2024-05-30: 0 days between, the end stays.
    const term = {
      sentenceDate: '2024-01-01',
      startDate: '2024-01-01',
      length: { years: 3 },
      orders: [{ type: 'reinstatement' as const, date: '2024-05-30' }],
    };
    const r = run(
      az(term, [{ type: 'violation', termId: 'T-1', date: '2024-05-30', category: 'technical', status: 'sustained' }]),
      '2024-06-15',
    );
    expect(r.scheduledEndDate).toBe('2027-01-01');
    expect(r.warnings.join(' ')).not.toContain('no date when probation was reinstated');
    // Found the day before (2024-05-29): one day stops, 2027-01-02.
    const before = run(
      az(term, [{ type: 'violation', termId: 'T-1', date: '2024-05-29', category: 'technical', status: 'sustained' }]),
      '2024-06-15',
    );
    expect(before.scheduledEndDate).toBe('2027-01-02');
    // Revoked 2024-05-01, the finding and the reinstatement at the hearing of 2024-05-30: the revocation
    // starts the span, 2024-05-01..05-29 = 29 days: 2027-01-30.
    const revoked = { ...term, orders: [{ type: 'revocation' as const, date: '2024-05-01' }, ...term.orders] };
    const heard = run(
      az(revoked, [{ type: 'violation', termId: 'T-1', date: '2024-05-30', category: 'technical', status: 'sustained' }]),
      '2024-06-15',
    );
    expect(heard.scheduledEndDate).toBe('2027-01-30');
  });

  it('case: days away or a violation found after the term lapsed stop nothing, even when they name the term', () => {
    // 2024-01-01 + 1 year = 2025-01-01. Away 2025-03-01..03-10 (termId T-1): the term had lapsed, the end stays.
    const term = { sentenceDate: '2024-01-01', startDate: '2024-01-01', length: { years: 1 } };
    const away = az(term, [{ type: 'absconded', termId: 'T-1', start: '2025-03-01', end: '2025-03-10' }]);
    expect(run(away, '2025-06-30').scheduledEndDate).toBe('2025-01-01');
    // A violation found 2025-03-01 and a reinstatement 2025-04-01: nothing to stop, and no warning of it.
    const found = az({ ...term, orders: [{ type: 'reinstatement', date: '2025-04-01' }] }, [
      { type: 'violation', termId: 'T-1', date: '2025-03-01', category: 'technical', status: 'sustained' },
    ]);
    expect(run(found, '2025-06-30').scheduledEndDate).toBe('2025-01-01');
    const unresolved = az(term, [{ type: 'violation', termId: 'T-1', date: '2025-03-01', category: 'technical', status: 'sustained' }]);
    expect(run(unresolved, '2025-06-30').warnings.join(' ')).not.toContain('no date when probation was reinstated');
    // Away 2024-12-20..2025-01-10 (22 days: end 2025-01-23), then 2025-01-15..01-16 (2 days, inside the added
    // days: 2025-01-25), then 2025-03-01..03-10 (after it): 2025-01-25, and the explanation lists only the first two.
    const three = az(term, [
      { type: 'absconded', termId: 'T-1', start: '2024-12-20', end: '2025-01-10' },
      { type: 'absconded', termId: 'T-1', start: '2025-01-15', end: '2025-01-16' },
      { type: 'absconded', termId: 'T-1', start: '2025-03-01', end: '2025-03-10' },
    ]);
    const r = run(three, '2025-06-30');
    expect(r.scheduledEndDate).toBe('2025-01-25');
    const step = r.explanation.find((s) => s.text.startsWith('These days do not count'))!.text;
    expect(step).toContain('That is 24 days in all');
    expect(step).not.toContain('March 1, 2025');
  });

  it("case: absconding after an order ended the term is not the term's, in the added days or before them", () => {
    // 2024-06-01..06-10 moves the end to 2027-02-11. Discharged 2026-12-01; away 2027-02-05..02-08 afterwards:
    // the term had ended, so the end stays 2027-02-11 and the supervision ended on the order's day.
    const inAdded = az({ orders: [{ type: 'discharge', date: '2026-12-01' }] }, [
      { type: 'absconded', start: '2024-06-01', end: '2024-06-10' },
      { type: 'absconded', start: '2027-02-05', end: '2027-02-08' },
    ]);
    expect(run(inAdded, '2027-06-30')).toMatchObject({ scheduledEndDate: '2027-02-11', projectedEndDate: '2026-12-01' });
    // Discharged 2024-12-01, away 2025-01-10..01-19 (inside the imposed term): not counted either.
    const before = az({ orders: [{ type: 'discharge', date: '2024-12-01' }] }, [
      { type: 'absconded', start: '2024-06-01', end: '2024-06-10' },
      { type: 'absconded', start: '2025-01-10', end: '2025-01-19' },
    ]);
    const r = run(before, '2025-06-30');
    expect(r).toMatchObject({ scheduledEndDate: '2027-02-11', projectedEndDate: '2024-12-01' });
    expect(r.explanation.some((s) => s.text.includes('January 10, 2025'))).toBe(false);
  });

  it('case: an extension left out as too late does not widen the days the term takes events from', () => {
    // Probation 2022-01-01 for 1 year → 2023-01-01. An extension ordered 2023-03-01, after the end, is left
    // out; an absconding 2023-02-01..02-10 naming no term then falls after the term: the end stays 2023-01-01.
    const rec = az(
      {
        startDate: '2022-01-01',
        sentenceDate: '2022-01-01',
        length: { years: 1 },
        orders: [{ type: 'extension', date: '2023-03-01', months: 12 }],
      },
      [{ type: 'absconded', start: '2023-02-01', end: '2023-02-10' }],
    );
    const r = run(rec, '2023-06-30');
    expect(r.scheduledEndDate).toBe('2023-01-01');
    expect(r.warnings.some((w) => w.includes('March 1, 2023'))).toBe(true);
  });

  it('case: a payment in the added days is counted by the facts a caller reads, as by the evaluation', () => {
    // Away 2024-06-01..06-10 → the term runs to 2027-02-11; $500 restitution paid 2027-02-05 names no term.
    const rec = az({ restitutionOrderedUsd: 1200 }, [
      { type: 'absconded', start: '2024-06-01', end: '2024-06-10' },
      { type: 'payment', date: '2027-02-05', amountUsd: 500, kind: 'restitution' },
    ]);
    const asOf = parseIsoDate('2027-06-30');
    expect(paidBy(termFactsAsEvaluated(JURISDICTIONS, rec, rec.terms[0]!, asOf), 'restitution')).toBe(500);
    // The imposed window alone (to 2027-02-01) would leave it out.
    expect(
      paidBy(
        buildTermFacts(rec, rec.terms[0]!, asOf, () => []),
        'restitution',
      ),
    ).toBe(0);
  });

  it('case: a violation found in the added days, then reinstated, stops the term too (§ 13-903(B))', () => {
    // Absconding 2024-06-01..06-10 → 2027-02-11. Violation found 2027-02-05, reinstated 2027-02-15: the days
    // 2027-02-05..02-14 (10) do not count → 2027-02-21.
    const rec = az({ orders: [{ type: 'reinstatement', date: '2027-02-15' }] }, [
      { type: 'absconded', start: '2024-06-01', end: '2024-06-10' },
      { type: 'violation', date: '2027-02-05', category: 'technical', status: 'sustained' },
    ]);
    expect(run(rec, '2027-06-30').scheduledEndDate).toBe('2027-02-21');
  });

  it('case: violation found 2024-09-10, reinstated 2024-10-10 → 30 days (§ 13-903(B)); overlapping absconding counted once', () => {
    // 2024-09-10..2024-10-09 = 30 days. Absconded 2024-09-05..2024-09-20 adds 2024-09-05..09-09 = 5 more → 35.
    const rec = az({ orders: [{ type: 'reinstatement', date: '2024-10-10' }] }, [
      { type: 'violation', date: '2024-09-10', category: 'absconding', status: 'sustained' },
      { type: 'absconded', start: '2024-09-05', end: '2024-09-20' },
    ]);
    const r = run(rec, '2024-12-31');
    // 2027-02-01 + 35 = 2027-03-08.
    expect(r.scheduledEndDate).toBe('2027-03-08');
  });

  it('case: custody alone does not move the end; custody still open for a new charge is said to be assumed over', () => {
    const r = run(az({}, [{ type: 'custody', start: '2024-06-01', end: '2024-06-30', reason: 'other' }]), '2024-12-31');
    expect(r.scheduledEndDate).toBe('2027-02-01');
    const open = run(az({}, [{ type: 'custody', start: '2024-06-10', reason: 'new_charge' }]), '2024-06-15');
    expect(open.warnings).toContain('Custody was still open on June 15, 2024; the projection assumes you were released that day.');
  });

  it('case: a dismissed absconding report is not said to stop the term; a sustained one without dates is', () => {
    const report = (status: 'dismissed' | 'sustained') =>
      run(az({}, [{ type: 'violation', date: '2024-05-01', category: 'absconding', status }]), '2024-12-31').warnings.some((w) =>
        w.includes('An absconding violation is recorded'),
      );
    expect(report('dismissed')).toBe(false);
    expect(report('sustained')).toBe(true);
  });

  it('case: a term revoked after a spell away keeps the days the spell added to its scheduled end', () => {
    // Absconded 2024-06-01..2024-06-10 (10 days) → 2027-02-11, as in the first case; revoked 2024-09-01. The
    // spell came before the order: the scheduled end stays moved, and the revocation is the end.
    const rec = az({ orders: [{ type: 'revocation', date: '2024-09-01' }] }, [
      { type: 'absconded', start: '2024-06-01', end: '2024-06-10' },
    ]);
    const r = run(rec, '2024-12-31');
    expect(r).toMatchObject({ scheduledEndDate: '2027-02-11', projectedEndDate: '2024-09-01' });
    expect(r.explanation.some((s) => s.citations.some((c) => c.startsWith('A.R.S. § 13-903')))).toBe(true);
  });
});

// § 13-903(A): "an extended period of probation commences on the day the original period lapses". Days
// stopped before the lapse move it first; the extension's months count from the moved lapse.
describe('A.R.S. § 13-903(A) an extension counts from the lapse the stopped days moved', () => {
  // 2024-01-29 + 1 year = 2025-01-29; absconded 2024-03-01..03-02 (2 days) → lapses 2025-01-31; + 1 month
  // = 2025-02-28 (no February 31). Months first would give 2025-02-28 + 2 = 2025-03-02.
  const rec = az(
    {
      startDate: '2024-01-29',
      sentenceDate: '2024-01-29',
      length: { years: 1 },
      orders: [{ type: 'extension', date: '2024-12-01', months: 1 }],
    },
    [{ type: 'absconded', start: '2024-03-01', end: '2024-03-02' }],
  );

  it('case: absconding before the lapse, then a one-month extension: 2025-02-28', () => {
    const r = run(rec, '2024-12-31');
    expect(r.scheduledEndDate).toBe('2025-02-28');
    const step = r.explanation.find((s) => s.text.startsWith('These days do not count'))!;
    expect(step.text).toContain(
      'That is 2 days in all; an extension runs from the day the period before it ended (A.R.S. § 13-903(A)), and its months are counted from that day, so your scheduled end stays February 28, 2025.',
    );
    expect(step.citations).toContain('A.R.S. § 13-903(A)');
  });

  it('case: absconding inside the extended period moves its end: 2025-01-29 + 1 month = 2025-02-28, + 2 = 2025-03-02', () => {
    const late = az(
      {
        startDate: '2024-01-29',
        sentenceDate: '2024-01-29',
        length: { years: 1 },
        orders: [{ type: 'extension', date: '2024-12-01', months: 1 }],
      },
      [{ type: 'absconded', start: '2025-02-01', end: '2025-02-02' }],
    );
    const r = run(late, '2025-02-10');
    expect(r.scheduledEndDate).toBe('2025-03-02');
    expect(r.explanation.find((s) => s.text.startsWith('These days do not count'))!.text).not.toContain('an extension runs from');
  });

  it('case: the alternative reading (tolling.extensionFromLapse false): the months first, then the days: 2025-03-02', () => {
    const alt = applyReform(usAz, {
      name: 'months first',
      citations: ['A.R.S. § 13-903(A)'],
      parameters: {
        'us-az.tolling.extensionFromLapse': [{ from: '1978-10-01', value: false, source: { citation: 'A.R.S. § 13-903(A)' } }],
      },
    });
    expect(run(rec, '2024-12-31', alt).scheduledEndDate).toBe('2025-03-02');
  });

  it('case: a leap February: 2023-01-30 + 1 year = 2024-01-30, 1 day away → lapses 2024-01-31, + 1 month = 2024-02-29', () => {
    // Months first (the alternative) would give 2024-01-30 + 1 month = 2024-02-29, + 1 day = 2024-03-01.
    const leap = az(
      {
        startDate: '2023-01-30',
        sentenceDate: '2023-01-30',
        length: { years: 1 },
        orders: [{ type: 'extension', date: '2023-12-01', months: 1 }],
      },
      [{ type: 'absconded', start: '2023-06-01', end: '2023-06-01' }],
    );
    expect(run(leap, '2023-12-31').scheduledEndDate).toBe('2024-02-29');
  });

  it('case: with no clamping the order makes no difference: 2024-02-01 + 3 years + 10 days + 6 months = 2027-08-11', () => {
    const plain = az({ orders: [{ type: 'extension', date: '2024-12-01', months: 6 }] }, [
      { type: 'absconded', start: '2024-06-01', end: '2024-06-10' },
    ]);
    expect(run(plain, '2024-12-31').scheduledEndDate).toBe('2027-08-11');
  });
});
