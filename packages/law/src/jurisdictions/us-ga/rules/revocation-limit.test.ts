/**
 * O.C.G.A. § 42-8-34.1(c): on a general-condition violation (not a new felony), at most the balance of
 * probation or two years in confinement, whichever is less. Day counts computed by hand; two years are
 * calendar years from the as-of date (spec § 3).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, person, term } from '../../../../test/builders.ts';
import type { SupervisionEvent, Term } from '../../../records/schema.ts';
import { usGa } from '../index.ts';

const C = 'O.C.G.A. § 42-8-34.1(c)';

// 5 years from 2021-08-02: scheduled end 2026-08-02.
function t(fields: Partial<Term> & Record<string, unknown> = {}): Term {
  return term({
    jurisdiction: 'US-GA',
    sentenceDate: '2021-08-02',
    startDate: '2021-08-02',
    length: { years: 5 },
    disposition: 'conviction',
    confinementMonthsBeforeSupervision: 0,
    restitutionOrderedUsd: 0,
    offenses: [{ statute: 'O.C.G.A. § 16-8-2', description: 'theft by taking', level: 'felony' }],
    ...fields,
  } as Partial<Term> & Pick<Term, 'jurisdiction'>);
}

function limit(fields: Partial<Term> & Record<string, unknown>, asOf: string, events: SupervisionEvent[] = []) {
  const e = evaluate(usGa, person([t(fields)], events, { priorConvictions: [] }), asOf);
  return { e, l: e.sanctionLimit };
}

const violation = (date: string, status: 'sustained' | 'reported' | 'dismissed', episodeId?: string): SupervisionEvent => ({
  type: 'violation',
  date,
  category: 'technical',
  status,
  ...(episodeId ? { episodeId } : {}),
});

describe('§ 42-8-34.1(c): the lesser of two years and the balance', () => {
  // The balance counts both ends: from the as-of date through the scheduled end, its last day (spec § 3).
  it('case: a revocation later reinstated counts as a violation found, even where the record lists none', () => {
    const revoked = {
      orders: [
        { type: 'revocation' as const, date: '2023-05-10' },
        { type: 'reinstatement' as const, date: '2023-06-10' },
      ],
    };
    const { l } = limit(revoked, '2024-06-30');
    expect(l!.violationNumber).toBe(2);
    expect(l!.reasons!.join(' ')).not.toContain('No violation has been found');
    expect(l!.reasons!.join(' ')).toContain('Your next violation would be the second found on this probation');
    // A sustained violation the revocation rests on is not counted twice.
    expect(limit(revoked, '2024-06-30', [violation('2023-04-20', 'sustained')]).l!.violationNumber).toBe(2);
    // One found after the reinstatement is another.
    expect(
      limit(revoked, '2024-06-30', [violation('2023-04-20', 'sustained'), violation('2024-01-05', 'sustained')]).l!.violationNumber,
    ).toBe(3);
  });

  it('case: balance longer than two years — two years, 730 days', () => {
    // 2024-06-30 → 2026-06-30: 365 + 365 = 730 days. Balance through 2026-08-02: 730 + 33 + 1 = 764 days.
    const { e, l } = limit({}, '2024-06-30');
    expect(l).toMatchObject({ violationNumber: 1, confinementAllowed: true, maxConfinementDays: 730 });
    expect(l!.citations).toEqual(['O.C.G.A. § 42-8-34.1(a)', C]);
    expect(l!.reasons!.join(' ')).toContain('730 days: 2 years from June 30, 2024; your probation runs through August 2, 2026');
    // The explanation says the limit in one short step; the reasons carry the rest.
    expect(e.explanation.map((s) => s.text)).toContain(
      'Georgia limits confinement when probation is revoked for breaking a general condition (not a new felony). If it were revoked on June 30, 2024, the most would be 730 days: 2 years from June 30, 2024; your probation runs through August 2, 2026.',
    );
    // Never moves the end date.
    expect(e.projectedEndDate).toBe('2026-08-02');
  });

  it('case: two years across a February 29 — 731 days', () => {
    // 2023-03-01 → 2024-03-01 is 366 days (2024-02-29 inside), → 2025-03-01 is 365: 731.
    expect(limit({}, '2023-03-01').l).toMatchObject({ maxConfinementDays: 731 });
  });

  it('case: as of 2024-08-02, two years to the day before the end — 730 days (balance 731)', () => {
    // Two years: 2024-08-02 → 2026-08-02 = 730 days; balance 2024-08-02 through 2026-08-02 = 730 + 1 = 731.
    expect(limit({}, '2024-08-02').l).toMatchObject({ confinementAllowed: true, maxConfinementDays: 730 });
  });

  it('case: as of 2024-08-03 — balance and two years both 730 days', () => {
    // Two years: 2024-08-03 → 2026-08-03 = 730 days; balance through 2026-08-02 = 729 + 1 = 730.
    expect(limit({}, '2024-08-03').l).toMatchObject({ maxConfinementDays: 730 });
  });

  it('case: as of 2024-08-04 — the balance, 729 days, is less', () => {
    // Two years: 730 days; balance 2024-08-04 through 2026-08-02 = 728 + 1 = 729.
    const { l } = limit({}, '2024-08-04');
    expect(l).toMatchObject({ maxConfinementDays: 729 });
    expect(l!.reasons!.join(' ')).toContain(
      '729 days: the rest of your probation, from August 4, 2024 through August 2, 2026, counting both days',
    );
  });

  it('case: misdemeanor probation of 12 months — the balance', () => {
    // 2024-01-15 + 12 months = 2025-01-15; from 2024-06-30 through it: 1 + 31 + 31 + 30 + 31 + 30 + 31 + 15 = 200 days.
    const { l } = limit(
      {
        sentenceDate: '2024-01-15',
        startDate: '2024-01-15',
        length: { months: 12 },
        offenses: [{ statute: 'O.C.G.A. § 16-8-14', level: 'misdemeanor' }],
      },
      '2024-06-30',
    );
    expect(l).toMatchObject({ maxConfinementDays: 200 });
  });

  it('case: the term ends on the as-of date — its last day is left, 1 day; the day after, no limit at all', () => {
    const { l } = limit({}, '2026-08-02');
    expect(l).toMatchObject({ confinementAllowed: true, maxConfinementDays: 1 });
    expect(l!.reasons!.join(' ')).toContain('at most 1 day: the rest of your probation, its last day, August 2, 2026');
    expect(limit({}, '2026-08-03').l).toBeNull();
  });

  it('case: before probation begins (split sentence) — the whole probated part', () => {
    // Probation 2024-07-10 through 2025-07-10: 365 + 1 = 366 days; two years from 2024-06-30 is longer.
    const { l } = limit(
      { sentenceDate: '2024-01-10', startDate: '2024-07-10', length: { years: 1 }, confinementMonthsBeforeSupervision: 6 },
      '2024-06-30',
    );
    expect(l).toMatchObject({ maxConfinementDays: 366 });
    expect(l!.reasons!.join(' ')).toContain('all of your probation, from July 10, 2024 through July 10, 2025');
  });

  it('case: lifetime probation — two years', () => {
    const { l } = limit({ length: undefined, lifetime: true }, '2024-06-30');
    expect(l).toMatchObject({ maxConfinementDays: 730 });
  });
});

describe('who and when', () => {
  it('case: the earliest text read is the 2010 Code — none the day before, a limit from 2010-01-01', () => {
    // 2010-01-01 → 2012-01-01: 365 + 365 = 730 days.
    const old = { sentenceDate: '2009-06-01', startDate: '2009-06-01' };
    const before = limit(old, '2009-12-31');
    expect(before.l).toBeNull();
    expect(before.e.explanation.some((s) => s.text.includes('2010 Code'))).toBe(true);
    expect(limit(old, '2010-01-01').l).toMatchObject({ maxConfinementDays: 730 });
  });

  it('case: a first-offender sentence — the court may enter a conviction instead, so no day limit', () => {
    const { l } = limit({ disposition: 'first_offender' }, '2024-06-30');
    expect(l).toMatchObject({ confinementAllowed: true, maxConfinementDays: null });
    expect(l!.citations).toContain('O.C.G.A. § 42-8-60(d)(1)');
    expect(l!.reasons!.join(' ')).toContain('First Offender Act');
    // Said before the day count, which holds only if the court keeps the first-offender sentence.
    expect(l!.reasons![1]).toMatch(/^Your sentence is under the First Offender Act/);
    expect(l!.reasons![1]).toContain('Only if the court keeps your first-offender sentence does the limit below apply.');
  });

  it('case: no disposition — read as a conviction (the day limit), with a warning; none where the record says conviction', () => {
    const { e, l } = limit({ disposition: undefined }, '2024-06-30');
    expect(l).toMatchObject({ maxConfinementDays: 730 });
    expect(e.warnings.some((w) => w.includes('read as a conviction') && w.includes('§ 42-8-60(d)(1)'))).toBe(true);
    expect(limit({}, '2024-06-30').e.warnings.some((w) => w.includes('read as a conviction'))).toBe(false);
  });

  it('case: conditional discharge — the limit, with a warning', () => {
    const { e, l } = limit({ disposition: 'conditional_discharge' }, '2024-06-30');
    expect(l).toMatchObject({ maxConfinementDays: 730 });
    expect(e.warnings.some((w) => w.includes('§ 16-13-2'))).toBe(true);
  });

  it('case: a deferred sentence — the limit, with a warning that the court may enter a conviction', () => {
    const { e, l } = limit({ disposition: 'deferred' }, '2024-06-30');
    expect(l).toMatchObject({ maxConfinementDays: 730 });
    expect(e.warnings.some((w) => w.includes('recorded as deferred') && w.includes('§ 42-8-60(d)(1)'))).toBe(true);
  });

  it('case: parole is not covered', () => {
    expect(limit({ kind: 'parole' }, '2024-06-30').l).toBeNull();
  });
});

describe('counting and reasons', () => {
  it('case: found violations count once per episode; dismissed ones do not; reported ones are named', () => {
    const { l } = limit({}, '2024-06-30', [
      violation('2022-03-01', 'sustained', 'E1'),
      violation('2022-03-02', 'sustained', 'E1'),
      violation('2023-01-10', 'sustained'),
      violation('2023-05-01', 'dismissed'),
      violation('2024-06-01', 'reported'),
    ]);
    // E1 once + 2023-01-10 = 2 found; the next is the third.
    expect(l).toMatchObject({ violationNumber: 3, maxConfinementDays: 730 });
    const text = l!.reasons!.join(' ');
    expect(text).toContain('the third found on this probation');
    expect(text).toContain('June 1, 2024 has not been decided');
  });

  it('case: the exceptions are named — a new felony and a written special condition', () => {
    const text = limit({}, '2024-06-30').l!.reasons!.join(' ');
    expect(text).toContain('new felony');
    expect(text).toContain('special condition');
  });
});
