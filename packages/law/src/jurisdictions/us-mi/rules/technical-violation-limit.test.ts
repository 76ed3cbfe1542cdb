/**
 * MCL 771.4b(1), (3), (5): jail limits for the NEXT technical violation, counted per transaction.
 * Misdemeanor probation 5 / 10 / 15 days, then no day limit; felony 15 / 30 / 45, then no day limit.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, person, term } from '../../../../test/builders.ts';
import type { SupervisionEvent, Term } from '../../../records/schema.ts';
import { applyReform } from '../../../engine/reforms.ts';
import { usMi } from '../index.ts';

type Offense = Term['offenses'][number];
const FELONY: Offense = { statute: 'MCL 750.413', level: 'felony' };
const MISD: Offense = { statute: 'MCL 750.356(5)', level: 'misdemeanor' };
const probation = (offense: Offense, extra: Partial<Term> = {}) =>
  term({ jurisdiction: 'US-MI', sentenceDate: '2020-09-01', startDate: '2020-09-01', length: { years: 2 }, offenses: [offense], ...extra });

function v(date: string, extra: Record<string, unknown> = {}): SupervisionEvent {
  return {
    type: 'violation',
    date,
    category: 'technical',
    status: 'sustained',
    kinds: ['missed_appointment'],
    ...extra,
  } as SupervisionEvent;
}

describe('effective date (the as-of date selects the version)', () => {
  it('case: as of 2021-03-31 (day before): no limit, warned', () => {
    const r = evaluate(usMi, person([probation(FELONY)]), '2021-03-31');
    expect(r.sanctionLimit).toBeNull();
    expect(r.warnings.some((w) => w.includes('start on April 1, 2021'))).toBe(true);
  });

  it('case: as of 2021-04-01: felony, first violation, at most 15 days', () => {
    const r = evaluate(usMi, person([probation(FELONY)]), '2021-04-01');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 1, confinementAllowed: true, maxConfinementDays: 15 });
    expect(r.sanctionLimit!.citations).toEqual(['MCL 771.4b(1)(b)(i)', 'MCL 771.4b(3)', 'MCL 771.4b(5)']);
  });
});

describe('worked example 3: counting violations', () => {
  it('case: misdemeanor, none yet: 1st, 5 days', () => {
    expect(evaluate(usMi, person([probation(MISD)]), '2021-12-31').sanctionLimit).toMatchObject({
      violationNumber: 1,
      maxConfinementDays: 5,
    });
  });

  it('case: misdemeanor, one prior: 2nd, 10 days', () => {
    const r = evaluate(usMi, person([probation(MISD)], [v('2021-05-01')]), '2021-12-31');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 10 });
    expect(r.sanctionLimit!.citations[0]).toBe('MCL 771.4b(1)(a)(ii)');
  });

  it('case: misdemeanor, two priors: 3rd, 15 days', () => {
    const r = evaluate(usMi, person([probation(MISD)], [v('2021-05-01'), v('2021-06-01')]), '2021-12-31');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 3, maxConfinementDays: 15 });
  });

  it('case: misdemeanor, three priors: 4th, no day limit (remaining jail sentence)', () => {
    const r = evaluate(usMi, person([probation(MISD)], [v('2021-05-01'), v('2021-06-01'), v('2021-07-01')]), '2021-12-31');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 4, confinementAllowed: true, maxConfinementDays: null });
    expect(r.sanctionLimit!.citations[0]).toBe('MCL 771.4b(1)(a)(iv)');
  });

  it('case: felony missed report then positive test on separate occasions: 3rd next, 45 days', () => {
    const r = evaluate(
      usMi,
      person([probation(FELONY)], [v('2021-05-01'), v('2021-06-01', { kinds: ['positive_drug_test'] })]),
      '2021-12-31',
    );
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 3, maxConfinementDays: 45 });
  });

  it('case: felony, three priors: 4th, jail or prison, no day limit', () => {
    const r = evaluate(usMi, person([probation(FELONY)], [v('2021-05-01'), v('2021-06-01'), v('2021-07-01')]), '2021-12-31');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 4, maxConfinementDays: null });
    expect(r.sanctionLimit!.reasons!.some((x) => x.includes('jail or prison'))).toBe(true);
  });

  it('case: two missed reports from the same transaction (same episodeId) count once: felony 2nd, 30 days', () => {
    const r = evaluate(
      usMi,
      person([probation(FELONY)], [v('2021-05-01', { episodeId: 'E1' }), v('2021-05-03', { episodeId: 'E1' })]),
      '2021-12-31',
    );
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
  });

  it('case: two unmarked violations of one day are one transaction (felony 2nd, 30 days), warned; the alternative counts two', () => {
    const record = person([probation(FELONY)], [v('2021-05-03'), v('2021-05-03')]);
    const r = evaluate(usMi, record, '2021-12-31');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
    expect(r.warnings.some((w) => w.includes('read as arising out of the same transaction and counted as one (MCL 771.4b(5))'))).toBe(true);
    const each = applyReform(usMi, {
      name: 'each violation its own transaction',
      citations: ['test'],
      parameters: { 'us-mi.sanction.sameDaySameTransaction': [{ from: '2021-04-01', value: false, source: { citation: 'test' } }] },
    });
    expect(evaluate(each, record, '2021-12-31').sanctionLimit).toMatchObject({ violationNumber: 3, maxConfinementDays: 45 });
    // A day apart: two transactions, no warning.
    const apart = evaluate(usMi, person([probation(FELONY)], [v('2021-05-03'), v('2021-05-04')]), '2021-12-31');
    expect(apart.sanctionLimit).toMatchObject({ violationNumber: 3 });
    expect(apart.warnings.some((w) => w.includes('same transaction'))).toBe(false);
  });

  it('case: of two violations of one day, one marked E1 and one unmarked → still one transaction (felony 2nd, 30 days)', () => {
    // Marking one of them must not count more than marking neither (the case above): 1 counted, the next is the 2nd.
    const record = person([probation(FELONY)], [v('2021-05-03', { episodeId: 'E1' }), v('2021-05-03')]);
    const r = evaluate(usMi, record, '2021-12-31');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
    expect(r.warnings.some((w) => w.includes('same transaction'))).toBe(true);
  });

  it('case: two missed reports from different transactions count twice: misdemeanor 3rd, 15 days', () => {
    const r = evaluate(
      usMi,
      person([probation(MISD)], [v('2021-05-01', { episodeId: 'E1' }), v('2021-05-03', { episodeId: 'E2' })]),
      '2021-12-31',
    );
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 3, maxConfinementDays: 15 });
  });
});

describe('what does not count', () => {
  it('case: new offense, absconding, dismissed and pending reports are not counted: felony 1st, 15 days', () => {
    const events = [
      v('2021-05-01', { category: 'new_offense' }),
      v('2021-06-01', { category: 'absconding' }),
      v('2021-07-01', { status: 'dismissed' }),
      v('2021-08-01', { status: 'reported' }),
    ];
    const r = evaluate(usMi, person([probation(FELONY)], events), '2021-12-31');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 15 });
    expect(r.sanctionLimit!.reasons!.some((x) => x.includes('August 1, 2021') && x.includes('not been decided'))).toBe(true);
  });

  // 771.4b(9)(a): absconding is a failure to report for "not less than 60 days" in a row.
  // 2021-05-01 → 2021-06-28 is 59 days (31 in May + 28 in June); → 2021-06-29 is 60.
  const absent = (end: string) => ({ type: 'absconded', start: '2021-05-01', end }) as SupervisionEvent;
  it('case: absconding of 59 days is a failure to report, a technical violation: felony 2nd, 30 days', () => {
    const r = evaluate(
      usMi,
      person([probation(FELONY)], [absent('2021-06-28'), v('2021-06-28', { category: 'absconding' })]),
      '2021-12-31',
    );
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
    expect(r.warnings.some((w) => w.includes('59 days without reporting'))).toBe(true);
  });

  it('case: only the absence behind the violation decides: one long over does not, one ended 30 days before does', () => {
    // Away 2021-05-01..2021-05-10 (10 days). An absconding violation on 2021-06-09 is 30 days after the
    // return: that absence is behind it, short, so a technical violation (2nd, 30 days). On 2021-06-10, 31
    // days after, the absence says nothing of it: absconding as recorded, not counted (1st, 15 days).
    const away = { type: 'absconded', start: '2021-05-01', end: '2021-05-10' } as SupervisionEvent;
    const limit = (date: string) =>
      evaluate(usMi, person([probation(FELONY)], [away, v(date, { category: 'absconding' })]), '2021-12-31').sanctionLimit;
    expect(limit('2021-06-09')).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
    expect(limit('2021-06-10')).toMatchObject({ violationNumber: 1, maxConfinementDays: 15 });
  });

  it('case: absconding still open after 32 days: the recorded word stands (not yet judged short), with a warning', () => {
    // Open since 2021-05-01; as of 2021-06-01 that is 32 days so far, fewer than 60 but not ended.
    const open = { type: 'absconded', start: '2021-05-01' } as SupervisionEvent;
    const r = evaluate(usMi, person([probation(FELONY)], [open, v('2021-05-20', { category: 'absconding' })]), '2021-06-01');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 15 });
    expect(r.warnings.some((w) => w.includes('is still open (32 days so far)'))).toBe(true);
  });

  it('case: absconding of 60 days is absconding, not counted: felony 1st, 15 days', () => {
    const r = evaluate(
      usMi,
      person([probation(FELONY)], [absent('2021-06-29'), v('2021-06-29', { category: 'absconding' })]),
      '2021-12-31',
    );
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 15 });
  });

  it('case: a pending absconding report after 20 days away is a pending technical violation', () => {
    const r = evaluate(
      usMi,
      person([probation(FELONY)], [absent('2021-05-20'), v('2021-05-21', { category: 'absconding', status: 'reported' })]),
      '2021-12-31',
    );
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 1 });
    expect(r.sanctionLimit!.reasons!.some((x) => x.includes('May 21, 2021') && x.includes('not been decided'))).toBe(true);
  });

  it('case: a "technical" no-contact violation is not counted, and warned', () => {
    const r = evaluate(usMi, person([probation(MISD)], [v('2021-05-01', { kinds: ['no_contact'] })]), '2021-12-31');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 5 });
    expect(r.warnings.some((w) => w.includes('no-contact'))).toBe(true);
  });

  it('case: a violation sustained 2021-03-01, before the table took effect, still counts: felony 2nd, 30 days', () => {
    const r = evaluate(usMi, person([probation(FELONY)], [v('2021-03-01')]), '2021-12-31');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
  });

  it('case: a violation dated after the as-of date is not known yet', () => {
    const r = evaluate(usMi, person([probation(FELONY)], [v('2022-01-05')]), '2021-12-31');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 15 });
  });

  it('case: felony drunk-driving probation: reasons say alcohol use is not a technical violation', () => {
    const r = evaluate(usMi, person([probation({ statute: 'MCL 257.625', level: 'felony' })]), '2021-12-31');
    expect(r.sanctionLimit!.reasons!.some((x) => x.includes('drinking alcohol'))).toBe(true);
  });
});

describe('MCL 771.4b(3): the 45-day treatment-bed allowance is shown only where the limit is shorter', () => {
  const bedReason = (r: ReturnType<typeof evaluate>) => r.sanctionLimit!.reasons!.some((x) => x.includes('treatment program'));

  it('case: felony 2nd violation (30 days < 45): the allowance is shown and cited', () => {
    const r = evaluate(usMi, person([probation(FELONY)], [v('2021-05-01')]), '2021-12-31');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
    expect(bedReason(r)).toBe(true);
    expect(r.sanctionLimit!.citations).toEqual(['MCL 771.4b(1)(b)(ii)', 'MCL 771.4b(3)', 'MCL 771.4b(5)']);
  });

  it('case: felony 3rd violation (45 days = 45): the allowance adds nothing, not shown or cited', () => {
    const r = evaluate(usMi, person([probation(FELONY)], [v('2021-05-01'), v('2021-06-01')]), '2021-12-31');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 3, maxConfinementDays: 45 });
    expect(bedReason(r)).toBe(false);
    expect(r.sanctionLimit!.citations).toEqual(['MCL 771.4b(1)(b)(iii)', 'MCL 771.4b(5)']);
  });

  it('case: felony 4th violation (no day limit): not shown', () => {
    const r = evaluate(usMi, person([probation(FELONY)], [v('2021-05-01'), v('2021-06-01'), v('2021-07-01')]), '2021-12-31');
    expect(bedReason(r)).toBe(false);
  });

  it('case: misdemeanor 3rd violation (15 days < 45): shown', () => {
    const r = evaluate(usMi, person([probation(MISD)], [v('2021-05-01'), v('2021-06-01')]), '2021-12-31');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 3, maxConfinementDays: 15 });
    expect(bedReason(r)).toBe(true);
  });
});
