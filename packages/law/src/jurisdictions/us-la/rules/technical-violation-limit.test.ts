import { describe, expect, it } from 'vitest';
import { applyReform } from '../../../engine/reforms.ts';
import type { SupervisionEvent } from '../../../records/schema.ts';
import { usLa } from '../index.ts';
import { la, run } from './test-helpers.ts';

const limitsCoverEveryone = applyReform(usLa, {
  name: 'the technical-violation limits cover crimes of violence and sex offenses too',
  citations: ['La. C.Cr.P. art. 900(A)(6)'],
  parameters: {
    'us-la.sanction.technicalLimitExcludesViolentAndSex': [
      { from: '2017-11-01', value: false, source: { citation: 'La. C.Cr.P. art. 900(A)(6)' } },
    ],
  },
});

const tv = (date: string, extra: Partial<Extract<SupervisionEvent, { type: 'violation' }>> = {}): SupervisionEvent => ({
  type: 'violation',
  date,
  category: 'technical',
  status: 'sustained',
  ...extra,
});
const off = (offenseDate: string) => [{ statute: 'La. R.S. 14:67', level: 'felony' as const, offenseDate }];

describe('La. C.Cr.P. art. 900(A)(6) custody for a technical violation', () => {
  it('case: LA-3, offense 2019, one technical violation found → the next is the second: 30 days', () => {
    const r = run(la({ startDate: '2019-06-01', offenses: off('2019-02-01') }, [tv('2019-10-01')]), '2020-04-30');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, confinementAllowed: true, maxConfinementDays: 30 });
  });

  it('case: first 15, third 45, fourth still 45', () => {
    const base = { startDate: '2019-06-01', offenses: off('2019-02-01') };
    expect(run(la(base), '2020-04-30').sanctionLimit?.maxConfinementDays).toBe(15);
    expect(run(la(base, [tv('2019-08-01'), tv('2019-10-01')]), '2020-04-30').sanctionLimit).toMatchObject({
      violationNumber: 3,
      maxConfinementDays: 45,
    });
    expect(run(la(base, [tv('2019-08-01'), tv('2019-10-01'), tv('2019-12-01')]), '2020-04-30').sanctionLimit).toMatchObject({
      violationNumber: 4,
      maxConfinementDays: 45,
    });
  });

  it('case: violations from one episode count once; pending, dismissed, absconding and new-offense do not count', () => {
    const events = [
      tv('2019-08-01', { episodeId: 'E1' }),
      tv('2019-08-03', { episodeId: 'E1' }),
      tv('2019-09-01', { status: 'reported' }),
      tv('2019-09-15', { status: 'dismissed' }),
      tv('2019-10-01', { category: 'absconding' }),
      tv('2019-11-01', { category: 'new_offense' }),
    ];
    const r = run(la({ startDate: '2019-06-01', offenses: off('2019-02-01') }, events), '2020-04-30');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
  });

  it('case: a technical report about a protective order is not counted, with a warning', () => {
    const r = run(
      la({ startDate: '2019-06-01', offenses: off('2019-02-01') }, [tv('2019-08-01', { kinds: ['no_contact'] })]),
      '2020-04-30',
    );
    expect(r.sanctionLimit?.violationNumber).toBe(1);
    expect(r.warnings.some((w) => w.includes('protective order'))).toBe(true);
  });

  it('case: Act 8 by offense date: 2024-07-31 → 15 days; 2024-08-01 → 90 days, and 90 again for a second', () => {
    const start = { startDate: '2024-09-01' };
    expect(run(la({ ...start, offenses: off('2024-07-31') }), '2025-01-31').sanctionLimit?.maxConfinementDays).toBe(15);
    expect(run(la({ ...start, offenses: off('2024-08-01') }), '2025-01-31').sanctionLimit).toMatchObject({
      violationNumber: 1,
      maxConfinementDays: 90,
    });
    expect(run(la({ ...start, offenses: off('2024-08-01') }, [tv('2024-11-01')]), '2025-01-31').sanctionLimit).toMatchObject({
      violationNumber: 2,
      maxConfinementDays: 90,
    });
  });

  it('case: parole, offense on or after 2024-08-01: 90, 120, then 180', () => {
    const p = { kind: 'parole' as const, startDate: '2024-09-01', offenses: off('2024-08-01') };
    expect(run(la(p), '2025-06-30').sanctionLimit?.maxConfinementDays).toBe(90);
    expect(run(la(p, [tv('2024-10-01')]), '2025-06-30').sanctionLimit?.maxConfinementDays).toBe(120);
    expect(run(la(p, [tv('2024-10-01'), tv('2024-12-01')]), '2025-06-30').sanctionLimit?.maxConfinementDays).toBe(180);
    expect(run(la(p, [tv('2024-10-01'), tv('2024-12-01'), tv('2025-02-01')]), '2025-06-30').sanctionLimit?.maxConfinementDays).toBe(180);
  });

  it('case: parole, offense 2024-09-01, one technical violation found: the explanation names each step with its days', () => {
    // R.S. 15:574.9(H) as amended by Act 8: 90 days for a first, 120 for a second, 180 for a third or later.
    // One sustained technical violation on 2025-05-05 → the next is the second → 120 days. The sentence read
    // "at most 90, 120, 180 days in custody for a first, second, and third or later violation" before.
    const p = { kind: 'parole' as const, sentenceDate: '2024-12-01', startDate: '2025-03-01', offenses: off('2024-09-01') };
    const r = run(la(p, [tv('2025-05-05')]), '2025-08-01');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 120 });
    expect(r.sanctionLimit?.reasons).toContain(
      'Because your offense was committed on or after August 1, 2024, a technical parole violation can bring at most 90 days in custody the first time, 120 days the second time, and 180 days the third or later time.',
    );
  });

  it('case: parole before Act 8: 15 / 30 / 45', () => {
    const p = { kind: 'parole' as const, startDate: '2019-06-01', offenses: off('2015-02-01') };
    expect(run(la(p, [tv('2019-08-01')]), '2020-04-30').sanctionLimit?.maxConfinementDays).toBe(30);
  });

  it('case: Act 280 limits start 2017-11-01: the day before no limit (warned), on it 15', () => {
    const rec = la({ startDate: '2017-03-15', offenses: off('2016-12-01') });
    const before = run(rec, '2017-10-31');
    expect(before.sanctionLimit).toBeNull();
    expect(before.warnings.some((w) => w.includes('November 1, 2017'))).toBe(true);
    expect(run(rec, '2017-11-01').sanctionLimit?.maxConfinementDays).toBe(15);
  });

  it('case: after the scheduled end no limit is given', () => {
    // Specialty court: no credits (from 2018-08-01) and no art. 893 cap, so the term ends as ordered, 2022-03-10.
    const rec = la({ specialtyCourt: true, offenses: off('2018-06-01') } as never);
    expect(run(rec, '2022-03-10').sanctionLimit).not.toBeNull();
    expect(run(rec, '2022-03-11').sanctionLimit).toBeNull();
  });

  it('case: crime of violence (simple robbery, R.S. 14:65) → no limit, explained and warned; the other reading gives 15', () => {
    const rec = la({ startDate: '2019-06-01', offenses: [{ statute: 'La. R.S. 14:65', level: 'felony', offenseDate: '2019-02-01' }] });
    const r = run(rec, '2020-04-30');
    expect(r.sanctionLimit).toBeNull();
    expect(r.explanation.some((e) => e.text.includes('other than a crime of violence or a sex offense'))).toBe(true);
    expect(r.warnings.some((w) => w.includes('not covering a crime of violence'))).toBe(true);
    expect(run(rec, '2020-04-30', limitsCoverEveryone).sanctionLimit?.maxConfinementDays).toBe(15);
  });

  it('case: sex offense on parole, offense 2024-08-01 (Act 8) → no limit; the other reading gives 90', () => {
    const rec = la({
      kind: 'parole',
      startDate: '2024-09-01',
      offenses: [{ statute: 'La. R.S. 14:81.2', level: 'felony', offenseDate: '2024-08-01' }],
    });
    expect(run(rec, '2025-01-31').sanctionLimit).toBeNull();
    expect(run(rec, '2025-01-31', limitsCoverEveryone).sanctionLimit?.maxConfinementDays).toBe(90);
  });

  it('case: a count that is neither (theft) beside a crime of violence → the term is outside the limits', () => {
    const rec = la({
      startDate: '2019-06-01',
      offenses: [...off('2019-02-01'), { statute: 'La. R.S. 14:34.1', level: 'felony', offenseDate: '2019-02-01' }],
    });
    expect(run(rec, '2020-04-30').sanctionLimit).toBeNull();
  });
});
