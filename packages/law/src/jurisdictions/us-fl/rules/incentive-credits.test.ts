/** Fla. Stat. § 948.05(2)(c)–(d) (SB 752, 2022): 60 days per educational activity, 30 days per 6 months of work. */
import { describe, expect, it } from 'vitest';
import type { SupervisionEvent } from '../../../records/schema.ts';
import { fl, run, technicalViolation } from './test-helpers.ts';

const GED = (date: string) => ({ type: 'achievement' as const, date, kind: 'ged' as const });

describe('§ 948.05(2)(c) education reduction', () => {
  it('case: a GED on 2022-07-01 (the effective date) takes 60 days off; one on 2022-06-30 takes none', () => {
    // Start 2022-01-10, 3 years → 2025-01-10. 2025-01-10 − 60 days = 2024-11-11 (10 days to 2024-12-31, 31 to 2024-11-30, 19 more).
    const on = run(fl({ startDate: '2022-01-10' }, [GED('2022-07-01')]), '2022-07-01');
    expect(on.earnedCreditDays).toBe(60);
    expect(on.scheduledEndDate).toBe('2025-01-10');
    expect(on.projectedEndDate).toBe('2024-11-11');
    const before = run(fl({ startDate: '2022-01-10' }, [GED('2022-06-30')]), '2022-07-01');
    expect(before.earnedCreditDays).toBe(0);
    expect(before.projectedEndDate).toBe('2025-01-10');
    // Named, not dropped without a word.
    expect(before.explanation.map((s) => s.text).join(' ')).toContain(
      'on June 30, 2022, before these reductions began on July 1, 2022, so it earned none.',
    );
  });

  it('case: as of 2022-06-30 the law is not in force: no reductions at all', () => {
    const r = run(fl({ startDate: '2021-01-10' }, [GED('2021-06-01')]), '2022-06-30');
    expect(r.earnedCreditDays).toBe(0);
    expect(r.opportunities.some((o) => o.kind === 'earned_discharge')).toBe(false);
  });

  it('case: a violation report in the 6 months before the GED means not "compliant"; one a day earlier does not', () => {
    // GED 2022-07-01: 6 months back = 2022-01-01. A report on 2022-01-01 counts; one on 2021-12-31 does not.
    const creditWith = (violation: SupervisionEvent) =>
      run(fl({ startDate: '2021-06-01' }, [GED('2022-07-01'), violation]), '2022-08-01').earnedCreditDays;
    expect(creditWith(technicalViolation('2022-01-01', 'reported'))).toBe(0);
    expect(creditWith(technicalViolation('2021-12-31', 'reported'))).toBe(60);
    expect(creditWith(technicalViolation('2022-03-01', 'dismissed'))).toBe(60);
    // The explanation names the report and the window.
    const r = run(fl({ startDate: '2021-06-01' }, [GED('2022-07-01'), technicalViolation('2022-01-01', 'reported')]), '2022-08-01');
    expect(r.explanation.map((e) => e.text).join(' ')).toContain(
      'but the violation report of January 1, 2022 falls within the 6 months before it (January 1, 2022 through July 1, 2022), so you were not "compliant" then',
    );
  });

  it('case: a new conviction in the 6 months before the GED means not "compliant", with no report filed', () => {
    // GED 2022-07-01: window 2022-01-01..2022-07-01. A conviction on 2022-01-01 counts; one on 2021-12-31 does not.
    const conviction = (date: string): SupervisionEvent => ({ type: 'conviction', date, level: 'misdemeanor' });
    const creditWith = (event: SupervisionEvent) => run(fl({ startDate: '2021-06-01' }, [GED('2022-07-01'), event]), '2022-08-01');
    expect(creditWith(conviction('2022-01-01')).earnedCreditDays).toBe(0);
    expect(creditWith(conviction('2021-12-31')).earnedCreditDays).toBe(60);
    expect(
      creditWith(conviction('2022-01-01'))
        .explanation.map((e) => e.text)
        .join(' '),
    ).toContain('but the conviction of January 1, 2022 falls within the 6 months before it');
  });

  it('case: a program completion is not an educational advancement activity', () => {
    const r = run(fl({ startDate: '2022-01-10' }, [{ type: 'achievement', date: '2022-08-01', kind: 'program_completion' }]), '2022-09-01');
    expect(r.earnedCreditDays).toBe(0);
  });

  it('case: the reduction ends a short term on the day it is earned (discharge by law + earned discharge)', () => {
    // Start 2022-07-01, 1 year → 2023-07-01 = 365 days. GED 2023-06-01: served 335 + 60 = 395 ≥ 365 → satisfied 2023-06-01.
    const r = run(fl({ startDate: '2022-07-01', length: { years: 1 } }, [GED('2023-06-01')]), '2023-06-15');
    expect(r.projectedEndDate).toBe('2023-06-01');
    expect(r.opportunities.find((o) => o.kind === 'earned_discharge')).toMatchObject({ status: 'eligible', date: '2023-06-01' });
  });

  it('case: nothing done after the reductions ended the term is listed, nor a violation found after it warned of', () => {
    // 2 years from 2022-01-10 (730 days). GED 2023-03-15 (60) and work from 2022-08-01: periods posting 2023-02-01
    // and 2023-08-01 (30 each) = 120; served 610 = 730 − 120 on 2023-09-12, when the term ended by law. The
    // certificate of 2023-10-01 and the violation of 2023-11-01 came after it.
    const events: SupervisionEvent[] = [
      GED('2023-03-15'),
      { type: 'employment', start: '2022-08-01' },
      { type: 'achievement', date: '2023-10-01', kind: 'vocational_certificate' },
      technicalViolation('2023-11-01', 'sustained'),
    ];
    const r = run(fl({ startDate: '2022-01-10', sentenceDate: '2022-01-10', length: { years: 2 } }, events), '2023-12-01');
    expect(r).toMatchObject({ earnedCreditDays: 120, projectedEndDate: '2023-09-12' });
    const said = r.explanation.map((s) => s.text).join(' ');
    expect(said).not.toContain('October 1, 2023');
    expect(said).toContain('In all, 120 days so far.');
    expect(r.warnings.some((w) => w.includes('A violation was found after you earned a reduction'))).toBe(false);
  });

  it('case: county-supervised probation earns none (the Department gives the reductions)', () => {
    const r = run(fl({ startDate: '2022-01-10', supervisingAgency: 'county' }, [GED('2022-08-01')]), '2022-09-01');
    expect(r.earnedCreditDays).toBe(0);
  });

  it('case: a credits_ineligible finding acts from its day: a GED the day before it keeps its 60 days, one on it earns none', () => {
    // Start 2022-01-10, 3 years → 2025-01-10; finding 2023-06-01. GED 2023-05-31: 60 days → 2024-11-11 (as above).
    const finding = { orders: [{ type: 'credits_ineligible' as const, date: '2023-06-01' }], startDate: '2022-01-10' };
    const before = run(fl(finding, [GED('2023-05-31')]), '2023-06-30');
    expect(before).toMatchObject({ earnedCreditDays: 60, projectedEndDate: '2024-11-11' });
    expect(before.explanation.map((s) => s.text).join(' ')).toContain(
      'On June 1, 2023 it was found that you may not earn time off your probation on this term, so nothing is counted from that day on; what you earned before it still counts.',
    );
    const on = run(fl(finding, [GED('2023-06-01')]), '2023-06-30');
    expect(on).toMatchObject({ earnedCreditDays: 0, projectedEndDate: '2025-01-10' });
  });

  it('case: a credits_ineligible finding is honoured: no reduction, and it is said', () => {
    const r = run(
      fl({ startDate: '2022-01-10', orders: [{ type: 'credits_ineligible', date: '2022-07-15' }] }, [GED('2022-08-01')]),
      '2022-09-01',
    );
    expect(r.earnedCreditDays).toBe(0);
    expect(r.projectedEndDate).toBe(r.scheduledEndDate);
    expect(r.explanation.map((s) => s.text).join(' ')).toContain(
      'On July 15, 2022 it was found that you may not earn time off your probation',
    );
  });
});

describe('§ 948.05(2)(d) work reduction', () => {
  const job = (start: string, end?: string) => ({ type: 'employment' as const, start, ...(end === undefined ? {} : { end }) });

  it('case: work counts from 2022-07-01; each 6 months posts 30 days on its anniversary', () => {
    // Job and probation from 2022-01-03; counting starts 2022-07-01. Period 1: 2022-07-01..2022-12-31, posts 2023-01-01.
    // Period 2 posts 2023-07-01. As of 2022-12-31: 0; 2023-01-01: 30; 2023-06-30: 30; 2023-07-01: 60.
    const rec = fl({ startDate: '2022-01-03' }, [job('2022-01-03')]);
    expect(run(rec, '2022-12-31').earnedCreditDays).toBe(0);
    expect(run(rec, '2023-01-01').earnedCreditDays).toBe(30);
    expect(run(rec, '2023-06-30').earnedCreditDays).toBe(30);
    const r = run(rec, '2023-07-01');
    expect(r.earnedCreditDays).toBe(60);
    // 2022-01-03 + 3 years = 2025-01-03; − 60 days = 2024-11-04.
    expect(r.projectedEndDate).toBe('2024-11-04');
    expect(r.warnings.some((w) => w.includes('30 hours a week'))).toBe(true);
  });

  it('case: a job that ends a day short of 6 months earns nothing', () => {
    // Job 2022-08-15 to 2023-02-13: 6 months would need work through 2023-02-14.
    expect(run(fl({ startDate: '2022-01-03' }, [job('2022-08-15', '2023-02-13')]), '2023-06-01').earnedCreditDays).toBe(0);
    expect(run(fl({ startDate: '2022-01-03' }, [job('2022-08-15', '2023-02-14')]), '2023-06-01').earnedCreditDays).toBe(30);
  });

  it('case: a violation report inside a work period costs that period only', () => {
    // Periods from 2022-07-01: P1 to 2022-12-31 (report 2022-10-01 → none), P2 2023-01-01..2023-06-30 → 30.
    const r = run(fl({ startDate: '2022-01-03' }, [job('2022-01-03'), technicalViolation('2022-10-01', 'reported')]), '2023-07-01');
    expect(r.earnedCreditDays).toBe(30);
  });

  it('case: two jobs at once are one period of work, not two; back-to-back jobs carry the 6 months on', () => {
    // Probation 2021-07-01, 3 years (end 2024-07-01). Jobs A and B both from 2022-01-01: counting from
    // 2022-07-01, one period 2022-07-01..2022-12-31 posts 2023-01-01: 30 days (not 60), cited to (d) alone:
    // 2024-07-01 − 30 days = 2024-06-01.
    const both = run(fl({ startDate: '2021-07-01', sentenceDate: '2021-07-01' }, [job('2022-01-01'), job('2022-01-01')]), '2023-02-01');
    expect(both.earnedCreditDays).toBe(30);
    expect(both.projectedEndDate).toBe('2024-06-01');
    expect(both.explanation.filter((s) => s.text.includes('You worked from July 1, 2022 to December 31, 2022'))).toHaveLength(1);
    expect(both.opportunities.find((o) => o.kind === 'earned_discharge')?.citations).toEqual(['Fla. Stat. § 948.05(2)(d)']);
    // A job to 2022-09-30 and the next from 2022-10-01: continuous work, the period still ends 2022-12-31.
    // With a day between (next from 2022-10-02), neither spell reaches 6 months by 2023-02-01.
    const handOver = (next: string) => run(fl({ startDate: '2021-07-01' }, [job('2022-01-01', '2022-09-30'), job(next)]), '2023-02-01');
    expect(handOver('2022-10-01').earnedCreditDays).toBe(30);
    expect(handOver('2022-10-02').earnedCreditDays).toBe(0);
  });
});

describe('the day the reductions end the term', () => {
  // Start 2022-07-01, 1 year → 2023-07-01 (365 days). A GED on 2023-06-30: 364 served + 60 ≥ 365 → the term ends
  // 2023-06-30, the day of the GED itself.
  const record = fl({ startDate: '2022-07-01', length: { years: 1 } }, [GED('2023-06-30')]);

  it('case: on that day the end is told in the present ("ends"), the day after in the past', () => {
    const said = (asOf: string) =>
      run(record, asOf)
        .explanation.map((s) => s.text)
        .join(' ');
    expect(said('2023-06-30')).toContain('your probation ends on June 30, 2023 instead of July 1, 2023');
    expect(said('2023-07-01')).toContain('your probation ended on June 30, 2023 instead of July 1, 2023');
  });

  it('case: the under-90-days warning of § 948.06(2)(f)3. names the end the reductions set', () => {
    const r = run(record, '2023-06-30');
    expect(r.projectedEndDate).toBe('2023-06-30');
    expect(r.warnings.some((w) => w.includes('Fewer than 90 days of your probation remain (it ends on June 30, 2023)'))).toBe(true);
  });
});
