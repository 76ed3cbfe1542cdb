/** Va. Code § 19.2-303: supervised probation at most five years from release (sentences from 2021-07-01). */
import { describe, expect, it } from 'vitest';
import type { SupervisionEvent } from '../../../records/schema.ts';
import { evaluate, person } from '../../../../test/builders.ts';
import { usVa } from '../index.ts';
import { opp, run, va, vaTerm, withReading } from './test-helpers.ts';

describe('§ 19.2-303 five years from release', () => {
  it('case: research example VA-1 — released 2022-06-01, ten years ordered: cap 2027-06-01, term_cap upcoming', () => {
    // 2022-06-01 + 5 years = 2027-06-01 (the term's last day); as ordered: 2022-06-01 + 10 years = 2032-06-01.
    const r = run(va(), '2023-06-30');
    expect(r.scheduledEndDate).toBe('2032-06-01');
    expect(r.statutoryMaxEndDate).toBe('2027-06-01');
    expect(r.projectedEndDate).toBe('2027-06-01');
    expect(r.earnedCreditDays).toBe(0);
    expect(opp(r, 'term_cap')).toMatchObject({ status: 'upcoming', date: '2027-06-01', citations: ['Va. Code § 19.2-303'] });
    const text = r.explanation.map((e) => e.text).join(' ');
    expect(text).toContain('June 1, 2027');
    expect(text).toContain('suspended sentence');
  });

  it('case: the day before release (2022-05-31) the explanation says supervision begins; on it, began', () => {
    const said = (asOf: string) =>
      run(va(), asOf)
        .explanation.map((e) => e.text)
        .join(' ');
    expect(said('2022-05-31')).toContain('Your supervised probation begins on June 1, 2022, which is taken as the day you are released');
    expect(said('2022-06-01')).toContain('Your supervised probation began on June 1, 2022');
  });

  it('case: the cap is counted from release (startDate), not from the sentence date', () => {
    // Sentenced 2022-03-01 (+5 years would be 2027-03-01); released 2022-06-01 → 2027-06-01.
    expect(run(va(), '2023-06-30').statutoryMaxEndDate).not.toBe('2027-03-01');
  });

  it('case: term_cap is eligible on the cap day and the day after', () => {
    expect(opp(run(va(), '2027-05-31'), 'term_cap')?.status).toBe('upcoming');
    expect(opp(run(va(), '2027-06-01'), 'term_cap')?.status).toBe('eligible');
  });

  it('case: effective date by sentence date — 2021-06-30 no cap; 2021-07-01 cap', () => {
    // Sentence 2021-06-30, released 2021-08-01: before the Act → no cap (Code § 1-239; Reese).
    const before = run(va({ sentenceDate: '2021-06-30', startDate: '2021-08-01' }), '2023-06-30');
    expect(before.statutoryMaxEndDate).toBeNull();
    expect(opp(before, 'term_cap')).toBeUndefined();
    expect(before.explanation.map((e) => e.text).join(' ')).toContain('July 1, 2021');
    // Sentence 2021-07-01, released 2021-08-01: 2021-08-01 + 5 years = 2026-08-01.
    const on = run(va({ sentenceDate: '2021-07-01', startDate: '2021-08-01' }), '2023-06-30');
    expect(on.statutoryMaxEndDate).toBe('2026-08-01');
    // The same sentence read as of 2021-06-30, before the limit took effect: not said to be outside it.
    const early = run(va({ sentenceDate: '2021-07-01', startDate: '2021-08-01' }), '2021-06-30');
    expect(early.statutoryMaxEndDate).toBeNull();
    const said = early.explanation.map((e) => e.text).join(' ');
    expect(said).toContain('which is after June 30, 2021, the date of this evaluation');
    expect(said).not.toContain('so it does not limit this probation');
  });

  it('case: a term shorter than five years keeps its own end; the cap is still reported', () => {
    // 2022-06-01 + 3 years = 2025-06-01 < 2027-06-01.
    const r = run(va({ length: { years: 3 } }), '2023-06-30');
    expect(r.scheduledEndDate).toBe('2025-06-01');
    expect(r.statutoryMaxEndDate).toBe('2027-06-01');
    expect(r.projectedEndDate).toBe('2025-06-01');
    expect(opp(r, 'term_cap')).toBeUndefined();
  });

  it('case: exactly five years as ordered does not run past the cap', () => {
    const r = run(va({ length: { years: 5 } }), '2023-06-30');
    expect(r.scheduledEndDate).toBe('2027-06-01');
    expect(opp(r, 'term_cap')).toBeUndefined();
  });

  it('case: leap day release — 2024-02-29 + 5 years = 2029-02-28 (month-end clamp)', () => {
    const r = run(va({ sentenceDate: '2023-11-01', startDate: '2024-02-29' }), '2024-06-30');
    expect(r.statutoryMaxEndDate).toBe('2029-02-28');
  });

  it('case: probation with no incarceration first runs five years from its start', () => {
    // Sentence and start 2023-01-10 → 2028-01-10.
    const r = run(va({ sentenceDate: '2023-01-10', startDate: '2023-01-10' }), '2023-06-30');
    expect(r.statutoryMaxEndDate).toBe('2028-01-10');
    expect(r.explanation.map((e) => e.text).join(' ')).toContain('not sent to jail or prison first');
  });
});

describe('who is capped: supervised probation only', () => {
  it('case: unsupervised (court) probation — no cap', () => {
    const r = run(va({ supervisingAgency: 'court' }), '2023-06-30');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.projectedEndDate).toBe('2032-06-01');
    expect(opp(r, 'term_cap')).toBeUndefined();
  });

  it('case: local community-based probation (county) is supervised — capped', () => {
    expect(run(va({ supervisingAgency: 'county' }), '2023-06-30').statutoryMaxEndDate).toBe('2027-06-01');
  });

  it('case: agency absent — assumed supervised, capped, and warned', () => {
    const r = run(va({ supervisingAgency: undefined }), '2023-06-30');
    expect(r.statutoryMaxEndDate).toBe('2027-06-01');
    expect(r.warnings.join(' ')).toContain('does not say who supervises');
  });

  it('case: parole — not encoded, warned, no cap', () => {
    const r = run(va({ kind: 'parole' }), '2023-06-30');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.sanctionLimit).toBeNull();
    expect(r.warnings.join(' ')).toContain('parole');
  });

  it('case: another kind of term is told how the § 19.2-295.2 added term stood: Parole Board to 2025-06-30, probation from 2025-07-01', () => {
    // 2025 Acts ch. 716, in force July 1, 2025: the added term is "probation pursuant to § 19.2-303".
    const before = run(va({ kind: 'supervised_release' }), '2025-06-30').warnings.join(' ');
    expect(before).toContain('run by the Virginia Parole Board');
    const after = run(va({ kind: 'supervised_release' }), '2025-07-01');
    expect(after.warnings.join(' ')).toContain('served on probation under § 19.2-303 (2025 Acts ch. 716');
    expect(after.statutoryMaxEndDate).toBeNull();
  });
});

describe('exception (ii): restitution', () => {
  const pay = (date: string, amountUsd: number): SupervisionEvent => ({ type: 'payment', date, amountUsd, kind: 'restitution' });

  it('case: restitution still owed — no cap while owed; term_cap ineligible, almost, opens 2027-06-01 when paid', () => {
    const r = run(va({ restitutionOrderedUsd: 1500 }, [pay('2023-01-15', 500)]), '2023-06-30');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.projectedEndDate).toBe('2032-06-01');
    const cap = opp(r, 'term_cap');
    expect(cap).toMatchObject({ status: 'ineligible', date: null });
    expect(cap?.almost?.dateIfResolved).toBe('2027-06-01');
    expect(cap?.almost?.missing.join(' ')).toContain('$1,000.00');
    expect(r.warnings.join(' ')).toContain('still owed');
    // Once the term has run to its end (2032-06-01), the cap has nothing left to wait for: it is withdrawn.
    expect(opp(run(va({ restitutionOrderedUsd: 1500 }, [pay('2023-01-15', 500)]), '2032-06-01'), 'term_cap')).toBeDefined();
    expect(opp(run(va({ restitutionOrderedUsd: 1500 }, [pay('2023-01-15', 500)]), '2032-06-02'), 'term_cap')).toBeUndefined();
  });

  it('case: restitution paid in full before the five years — the cap stands', () => {
    const r = run(va({ restitutionOrderedUsd: 1500 }, [pay('2023-01-15', 500), pay('2023-05-01', 1000)]), '2023-06-30');
    expect(r.statutoryMaxEndDate).toBe('2027-06-01');
    expect(opp(r, 'term_cap')?.status).toBe('upcoming');
  });

  it('case: restitution paid in full after the five years — the cap is the payment day', () => {
    // Five years end 2027-06-01; paid in full 2027-09-15 → supervised probation may not run past 2027-09-15.
    const r = run(va({ restitutionOrderedUsd: 800 }, [pay('2027-09-15', 800)]), '2028-01-01');
    expect(r.statutoryMaxEndDate).toBe('2027-09-15');
    expect(r.projectedEndDate).toBe('2027-09-15');
    expect(opp(r, 'term_cap')).toMatchObject({ status: 'eligible', date: '2027-09-15' });
  });

  it('case: as of the day before the full payment, restitution is still owed — no cap', () => {
    expect(run(va({ restitutionOrderedUsd: 800 }, [pay('2027-09-15', 800)]), '2027-09-14').statutoryMaxEndDate).toBeNull();
  });
});

describe('release after a violation custody (reading chosen)', () => {
  const custody: SupervisionEvent = { type: 'custody', start: '2023-01-10', end: '2023-03-10', reason: 'violation' };

  it('case: default — the five years still run from the start of supervision, and a warning says so', () => {
    const r = run(va({}, [custody]), '2023-06-30');
    expect(r.statutoryMaxEndDate).toBe('2027-06-01');
    expect(r.warnings.join(' ')).toContain('might be counted from that release');
  });

  it('case: alternative reading — five years from the latest release: 2023-03-10 + 5 years = 2028-03-10', () => {
    const r = run(va({}, [custody]), '2023-06-30', withReading('supervisedCap.measureFromLatestRelease', true));
    expect(r.statutoryMaxEndDate).toBe('2028-03-10');
  });
});

describe('fourth paragraph of § 19.2-303: listed sex offenses (reading chosen)', () => {
  const rape = (offenseDate?: string) =>
    offenseDate === undefined
      ? { statute: 'Va. Code § 18.2-61', level: 'felony' as const }
      : { statute: 'Va. Code § 18.2-61', level: 'felony' as const, offenseDate };
  const EXCEPTED = 'supervisedCap.mandatoryProbationOffensesExcepted';

  it('case: default — rape (§ 18.2-61), no offense date: the cap still applies, 2022-06-01 + 5 years = 2027-06-01, and a warning names the paragraph', () => {
    const r = run(va({ offenses: [rape()] }), '2023-06-30');
    expect(r.statutoryMaxEndDate).toBe('2027-06-01');
    expect(opp(r, 'term_cap')?.status).toBe('upcoming');
    const warnings = r.warnings.join(' ');
    expect(warnings).toContain('fourth paragraph of Va. Code § 19.2-303');
    expect(warnings).toContain('no offense date');
  });

  it('case: alternative reading — the fourth paragraph governs: no five-year cap, no term_cap', () => {
    const r = run(va({ offenses: [rape('2021-01-15')] }), '2023-06-30', withReading(EXCEPTED, true));
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.projectedEndDate).toBe('2032-06-01');
    expect(opp(r, 'term_cap')).toBeUndefined();
    expect(r.explanation.map((e) => e.text).join(' ')).toContain('no five-year limit is applied');
    expect(r.warnings.join(' ')).not.toContain('no offense date');
  });

  it('case: offense-date edge under the alternative reading — committed 2006-06-30: not reached, cap 2027-06-01; 2006-07-01: no cap', () => {
    const before = run(va({ offenses: [rape('2006-06-30')] }), '2023-06-30', withReading(EXCEPTED, true));
    expect(before.statutoryMaxEndDate).toBe('2027-06-01');
    expect(before.warnings.join(' ')).not.toContain('fourth paragraph');
    const on = run(va({ offenses: [rape('2006-07-01')] }), '2023-06-30', withReading(EXCEPTED, true));
    expect(on.statutoryMaxEndDate).toBeNull();
  });

  it('case: alternative reading and restitution owed together — still no cap, explained by the fourth paragraph', () => {
    const r = run(va({ offenses: [rape('2021-01-15')], restitutionOrderedUsd: 500 }), '2023-06-30', withReading(EXCEPTED, true));
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(opp(r, 'term_cap')).toBeUndefined();
  });

  it('case: an offense the paragraph does not list (sexual battery, § 18.2-67.4; grand larceny) — no warning about it', () => {
    const battery = run(va({ offenses: [{ statute: 'Va. Code § 18.2-67.4', level: 'misdemeanor' }] }), '2023-06-30');
    expect(battery.warnings.join(' ')).not.toContain('fourth paragraph');
    expect(run(va(), '2023-06-30').warnings.join(' ')).not.toContain('fourth paragraph');
  });
});

describe('§ 19.2-303: the cap ends supervision, not the term', () => {
  it('case: an extension ordered after the five supervised years still extends the probation period (§ 19.2-304)', () => {
    // 7 years from 2021-08-01 (2028-08-01); supervised to 2021-08-01 + 5 years = 2026-08-01; extended 12 months
    // on 2027-01-01: the term to 2029-08-01, supervision still ending 2026-08-01.
    const t = vaTerm({
      sentenceDate: '2021-08-01',
      startDate: '2021-08-01',
      length: { years: 7 },
      orders: [{ type: 'extension', date: '2027-01-01', months: 12 }],
    });
    const r = evaluate(usVa, person([t]), '2027-06-01');
    expect(r).toMatchObject({ scheduledEndDate: '2029-08-01', projectedEndDate: '2026-08-01' });
    expect(r.warnings.some((w) => w.includes('no term left to extend'))).toBe(false);
  });

  it('case: a revocation after the five supervised years is told as acting on the term, not as too late', () => {
    // 7 years from 2022-01-10 (2029-01-10); supervised to 2027-01-10; revoked 2027-06-01, within the term.
    const t = vaTerm({
      sentenceDate: '2022-01-05',
      startDate: '2022-01-10',
      length: { years: 7 },
      orders: [{ type: 'revocation', date: '2027-06-01' }],
    });
    const r = evaluate(usVa, person([t]), '2028-06-01');
    expect(r).toMatchObject({ statutoryMaxEndDate: '2027-01-10', projectedEndDate: '2027-01-10' });
    const words = r.explanation.map((x) => x.text).join(' ');
    expect(words).toContain('ran on past that day, so the revocation of June 1, 2027 still acted on it.');
    // Supervision had ended on January 10, 2027: the revocation is not told as the day it ended.
    expect(words).toContain('On June 1, 2027 this term was revoked. A revocation is not a discharge');
    expect(words).not.toContain('so supervision on it ended that day');
    // Ordered after the scheduled end too (5 years and 30 days: 2027-02-09): still one day on which
    // supervision ended, the cap's (2022-01-10 + 5 years = 2027-01-10), not the scheduled end.
    const later = evaluate(
      usVa,
      person([
        vaTerm({
          sentenceDate: '2022-01-05',
          startDate: '2022-01-10',
          length: { years: 5, days: 30 },
          orders: [{ type: 'revocation', date: '2027-06-01' }],
        }),
      ]),
      '2030-01-01',
    );
    expect(later.projectedEndDate).toBe('2027-01-10');
    expect(later.explanation.map((x) => x.text).join(' ')).not.toContain('reached its scheduled end');
    expect(words).not.toContain('the court can still shorten it');
    expect(words).not.toContain('The law did not allow this term to run past');
    const cap = r.opportunities.find((o) => o.kind === 'term_cap')!;
    expect(cap.reasons.join(' ')).not.toContain('came after that date');
  });
});

describe('§ 19.2-303 and consecutive terms', () => {
  // T-1: 3 years from 2021-08-01 (to 2024-08-01); T-2 consecutive, 4 years from 2024-08-01 (to 2028-08-01).
  const t1 = vaTerm({ id: 'T-1', sentenceDate: '2021-08-01', startDate: '2021-08-01', length: { years: 3 } });
  const t2 = (fields: Parameters<typeof vaTerm>[0] = {}) =>
    vaTerm({ id: 'T-2', sentenceDate: '2021-08-01', startDate: '2024-08-01', length: { years: 4 }, consecutiveTo: 'T-1', ...fields });

  it('case: supervised without a break: one period, five years from the first start (2021-08-01 + 5 = 2026-08-01)', () => {
    const r = evaluate(usVa, person([t1, t2()]), '2025-01-01', 'T-2');
    expect(r).toMatchObject({ scheduledEndDate: '2028-08-01', statutoryMaxEndDate: '2026-08-01', projectedEndDate: '2026-08-01' });
    expect(opp(r, 'term_cap')).toMatchObject({ status: 'upcoming', date: '2026-08-01' });
    expect(r.explanation.map((e) => e.text).join(' ')).toContain('follows your probation on term T-1 without a break');
    expect(r.warnings.join(' ')).toContain('counted from the start of term T-1 (August 1, 2021)');
  });

  it('case: the first term does not say who supervises it: taken as supervised (one period, 2026-08-01), with a warning', () => {
    const unsaid = vaTerm({
      id: 'T-1',
      sentenceDate: '2021-08-01',
      startDate: '2021-08-01',
      length: { years: 3 },
      supervisingAgency: undefined,
    });
    const r = evaluate(usVa, person([unsaid, t2()]), '2025-01-01', 'T-2');
    expect(r.statutoryMaxEndDate).toBe('2026-08-01');
    expect(r.warnings.some((w) => w.includes('does not say who supervises term T-1'))).toBe(true);
    // Said where the record says it: no such warning.
    expect(evaluate(usVa, person([t1, t2()]), '2025-01-01', 'T-2').warnings.some((w) => w.includes('who supervises term'))).toBe(false);
  });

  it('case: the first term itself is unchanged (2021-08-01 + 3 years = 2024-08-01, under its cap 2026-08-01)', () => {
    const r = evaluate(usVa, person([t1, t2()]), '2023-01-01', 'T-1');
    expect(r).toMatchObject({ statutoryMaxEndDate: '2026-08-01', projectedEndDate: '2024-08-01' });
  });

  it('case: jail or prison before the second term starts a new period: five years from its own start (2029-08-01)', () => {
    const r = evaluate(usVa, person([t1, t2({ confinementMonthsBeforeSupervision: 6, startDate: '2025-02-01' })]), '2025-06-01', 'T-2');
    expect(r.statutoryMaxEndDate).toBe('2030-02-01');
  });

  it('case: begun the day after the first ends (2024-08-02): still one period, 2026-08-01', () => {
    const r = evaluate(usVa, person([t1, t2({ startDate: '2024-08-02' })]), '2025-01-01', 'T-2');
    expect(r.statutoryMaxEndDate).toBe('2026-08-01');
  });

  it("case: a second term begun after the first term's five years ended by law is a period of its own", () => {
    // T-1 2022-01-10 for 7 years (to 2029-01-10), its supervision capped 2022-01-10 + 5 = 2027-01-10. T-2 from
    // 2029-01-11: supervised probation had ended, so five years from 2029-01-11 = 2034-01-11 (not 2027-01-10).
    const first = vaTerm({ id: 'T-1', sentenceDate: '2022-01-10', startDate: '2022-01-10', length: { years: 7 } });
    const second = (startDate: string) =>
      vaTerm({ id: 'T-2', sentenceDate: '2022-01-10', startDate, length: { years: 3 }, consecutiveTo: 'T-1' });
    const late = evaluate(usVa, person([first, second('2029-01-11')]), '2024-06-30', 'T-2');
    expect(late).toMatchObject({ statutoryMaxEndDate: '2034-01-11', projectedEndDate: '2032-01-11' });
    expect(late.warnings.join(' ')).toContain('ended by law on January 10, 2027, before this term began');
    // T-1 of exactly 5 years (to 2027-01-10), T-2 from 2027-01-11, the day after the five years: no limit
    // before its start (2027-01-11 + 5 = 2032-01-11). One day earlier (2027-01-10) it is still one period.
    const five = vaTerm({ id: 'T-1', sentenceDate: '2022-01-10', startDate: '2022-01-10', length: { years: 5 } });
    expect(evaluate(usVa, person([five, second('2027-01-11')]), '2027-06-30', 'T-2').statutoryMaxEndDate).toBe('2032-01-11');
    expect(evaluate(usVa, person([five, second('2027-01-10')]), '2027-06-30', 'T-2').statutoryMaxEndDate).toBe('2027-01-10');
  });

  it('case: the first term extended to meet the second: one period, read from the end as extended', () => {
    // T-1 2022-01-10 for 3 years (2025-01-10), extended 12 months to 2026-01-10; T-2 starts 2026-01-10: no
    // break, so five years from 2022-01-10 = 2027-01-10 (not from 2026-01-10, and not 2031-01-10).
    const first = vaTerm({
      id: 'T-1',
      sentenceDate: '2022-01-10',
      startDate: '2022-01-10',
      length: { years: 3 },
      orders: [{ type: 'extension', date: '2023-06-01', months: 12 }],
    });
    const second = vaTerm({ id: 'T-2', sentenceDate: '2022-01-10', startDate: '2026-01-10', length: { years: 4 }, consecutiveTo: 'T-1' });
    const r = evaluate(usVa, person([first, second]), '2024-06-01', 'T-2');
    expect(r.statutoryMaxEndDate).toBe('2027-01-10');
    expect(opp(r, 'term_cap')).toMatchObject({ status: 'upcoming', date: '2027-01-10' });
  });

  it('case: an extension not yet known on the as-of date, or made after the first term had ended, bridges no gap', () => {
    // T-1 2021-08-01 for 3 years (2024-08-01); T-2 from 2025-02-02, six months later: its own five years, to 2030-02-02.
    const withExtension = (date: string) =>
      vaTerm({
        id: 'T-1',
        sentenceDate: '2021-08-01',
        startDate: '2021-08-01',
        length: { years: 3 },
        orders: [{ type: 'extension', date, months: 6 }],
      });
    const second = vaTerm({ id: 'T-2', sentenceDate: '2021-08-01', startDate: '2025-02-02', length: { years: 4 }, consecutiveTo: 'T-1' });
    // Ordered 2024-07-15, after the as-of date 2024-07-01: unknown then.
    expect(evaluate(usVa, person([withExtension('2024-07-15'), second]), '2024-07-01', 'T-2').statutoryMaxEndDate).toBe('2030-02-02');
    // Ordered 2024-09-01, after T-1 had ended on 2024-08-01: too late to extend it.
    expect(evaluate(usVa, person([withExtension('2024-09-01'), second]), '2025-06-01', 'T-2').statutoryMaxEndDate).toBe('2030-02-02');
    // Ordered 2024-07-15 and known: T-1 runs to 2025-02-01, T-2 follows without a break: 2021-08-01 + 5 years.
    expect(evaluate(usVa, person([withExtension('2024-07-15'), second]), '2025-06-01', 'T-2').statutoryMaxEndDate).toBe('2026-08-01');
  });

  it('case: a first term ended early by an order is no unbroken period with a term begun long after', () => {
    // T-1 from 2022-01-10 for 3 years; T-2 from 2024-06-01 for 4 years (2028-06-01). T-1 revoked 2023-06-01 (or
    // terminated early 2023-01-10): T-2 starts its own five years, 2024-06-01 + 5 years = 2029-06-01, past its end.
    const second = vaTerm({ id: 'T-2', sentenceDate: '2022-01-10', startDate: '2024-06-01', length: { years: 4 }, consecutiveTo: 'T-1' });
    for (const order of [
      { type: 'revocation' as const, date: '2023-06-01' },
      { type: 'early_termination' as const, date: '2023-01-10' },
    ]) {
      const first = vaTerm({ id: 'T-1', sentenceDate: '2022-01-10', startDate: '2022-01-10', length: { years: 3 }, orders: [order] });
      const r = evaluate(usVa, person([first, second]), '2025-06-01', 'T-2');
      expect(r).toMatchObject({ statutoryMaxEndDate: '2029-06-01', projectedEndDate: '2028-06-01' });
      expect(opp(r, 'term_cap')).toBeUndefined();
    }
  });

  it('case: a gap of more than a day after the first ends: a new period', () => {
    // T-1 ends 2024-08-01; T-2 starts 2024-08-03 > 2024-08-02: five years from 2024-08-03 = 2029-08-03.
    const r = evaluate(usVa, person([t1, t2({ startDate: '2024-08-03' })]), '2025-01-01', 'T-2');
    expect(r.statutoryMaxEndDate).toBe('2029-08-03');
    // Its later start is the consecutive sentence's, not a release the record does not show.
    const words = r.explanation.map((e) => e.text).join(' ');
    expect(words).toContain(
      'began on August 3, 2024, after term T-1 (the sentences are consecutive), so the five years count from that day',
    );
    expect(words).not.toContain('taken as the day you were released');
  });

  it('case: alternative reading — each sentence its own period: 2024-08-01 + 5 = 2029-08-01, warned', () => {
    const r = evaluate(withReading('supervisedCap.consecutiveTermsOnePeriod', false), person([t1, t2()]), '2025-01-01', 'T-2');
    expect(r.statutoryMaxEndDate).toBe('2029-08-01');
    expect(r.warnings.join(' ')).toContain("each sentence's probation is its own period");
  });
});

describe('§ 19.2-303 caps supervision only: the suspended sentence runs on', () => {
  // Sentenced and released 2021-07-01, ten years as ordered (to 2031-07-01): supervision capped at
  // 2021-07-01 + 5 years = 2026-07-01. One ordinary technical violation found 2022-03-01.
  const rec = va({ sentenceDate: '2021-07-01', startDate: '2021-07-01' }, [
    { type: 'violation', date: '2022-03-01', category: 'technical', kinds: ['missed_appointment'], status: 'sustained' },
  ]);

  it('case: the day after the cap, the court can still shorten the term and the next violation is still limited', () => {
    const r = run(rec, '2026-07-02');
    expect(r).toMatchObject({ statutoryMaxEndDate: '2026-07-01', projectedEndDate: '2026-07-01' });
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, confinementAllowed: true, maxConfinementDays: 14 });
    expect(r.opportunities.map((o) => o.kind)).toContain('early_termination');
    const said = r.explanation.map((e) => e.text);
    expect(said.at(-1)).toContain('By law your supervised probation on this term ended on July 1, 2026');
    expect(said.join(' ')).not.toContain('nothing left for a court to end early');
  });

  it('case: a lifetime suspended sentence runs on past the cap too', () => {
    const life = va({ sentenceDate: '2021-07-01', startDate: '2021-07-01', length: undefined, lifetime: true }, [
      { type: 'violation', date: '2022-03-01', category: 'technical', kinds: ['missed_appointment'], status: 'sustained' },
    ]);
    const r = run(life, '2028-06-01');
    expect(r).toMatchObject({ statutoryMaxEndDate: '2026-07-01', projectedEndDate: '2026-07-01' });
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2 });
    expect(r.opportunities.map((o) => o.kind)).toContain('early_termination');
    expect(r.explanation.map((e) => e.text).join(' ')).not.toContain('nothing left for a court to end early');
  });

  it('case: once the term as ordered has ended too (2031-07-01), nothing is left', () => {
    const r = run(rec, '2031-07-02');
    expect(r.sanctionLimit).toBeNull();
    expect(r.opportunities.map((o) => o.kind)).not.toContain('early_termination');
  });
});
