/**
 * examples/us-mi.json evaluated as of 2021-12-31: each fictional person shows one main provision.
 * Expected values computed by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import examples from '../../../../../examples/us-mi.json';
import { parseIsoDate } from '../../dates/calendar.ts';
import { evaluatePerson } from '../../engine/evaluate.ts';
import { validateRecord } from '../../records/validate-record.ts';
import { JURISDICTIONS } from '../registry.ts';

const asOf = parseIsoDate('2021-12-31');
const results = new Map(
  (examples as unknown[]).map((raw, i) => {
    const v = validateRecord(raw, i + 1);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    return [v.record.id, evaluatePerson(JURISDICTIONS, v.record, asOf)[0]!] as const;
  }),
);
const get = (id: string) => results.get(id)!;
const kind = (id: string, k: string) => get(id).opportunities.filter((o) => o.kind === k);

describe('examples/us-mi.json as of 2021-12-31', () => {
  it('case: P-MI-1001 cap binds: 5 years ordered 2021-05-10, limit + 3 years = 2024-05-10; half of 5 years = 30 months = 2023-11-10 upcoming', () => {
    expect(get('P-MI-1001')).toMatchObject({
      scheduledEndDate: '2026-05-10',
      statutoryMaxEndDate: '2024-05-10',
      projectedEndDate: '2024-05-10',
      earnedCreditDays: 0,
    });
    expect(kind('P-MI-1001', 'term_cap')).toMatchObject([{ status: 'upcoming', date: '2024-05-10' }]);
    expect(kind('P-MI-1001', 'early_termination')).toMatchObject([{ status: 'upcoming', date: '2023-11-10' }]);
  });

  it('case: P-MI-1002 eligible since 2020-11-02 + 12 months = 2021-11-02; self-notice after the 2021-10-15 violation from 2022-01-16; 2nd misdemeanor violation 10 days', () => {
    const [o] = kind('P-MI-1002', 'early_termination');
    expect(o).toMatchObject({ status: 'eligible', date: '2021-11-02' });
    expect(o!.reasons.join(' ')).toContain('January 16, 2022');
    expect(get('P-MI-1002').sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 10 });
  });

  it('case: P-MI-1003 episodes E-1 (two reports) and E-2 count as 2: next is the 3rd felony violation, 45 days', () => {
    expect(get('P-MI-1003').sanctionLimit).toMatchObject({ violationNumber: 3, confinementAllowed: true, maxConfinementDays: 45 });
  });

  it('case: P-MI-1004 aggravated stalking: no statutory maximum, early discharge ineligible', () => {
    expect(get('P-MI-1004').statutoryMaxEndDate).toBeNull();
    expect(kind('P-MI-1004', 'early_termination')).toMatchObject([{ status: 'ineligible', date: null }]);
  });

  it('case: P-MI-1005 domestic assault: limit 2021-03-01 + 2 years = 2023-03-01 does not bind; early discharge ineligible (771.2(10))', () => {
    expect(get('P-MI-1005')).toMatchObject({
      scheduledEndDate: '2022-09-01',
      statutoryMaxEndDate: '2023-03-01',
      projectedEndDate: '2022-09-01',
    });
    expect(kind('P-MI-1005', 'early_termination')).toMatchObject([{ status: 'ineligible' }]);
  });

  it('case: P-MI-1006 ordered before April 1, 2021: old 5-year limit 2024-08-15, the 6-month extension runs past it', () => {
    expect(get('P-MI-1006')).toMatchObject({
      scheduledEndDate: '2025-02-15',
      statutoryMaxEndDate: '2024-08-15',
      projectedEndDate: '2024-08-15',
    });
    expect(kind('P-MI-1006', 'early_termination')).toMatchObject([{ status: 'upcoming', date: '2022-02-15' }]);
  });

  it('case: P-MI-1007 parole: scheduled end only, warned', () => {
    expect(get('P-MI-1007')).toMatchObject({
      scheduledEndDate: '2023-02-01',
      statutoryMaxEndDate: null,
      sanctionLimit: null,
      opportunities: [],
    });
    expect(get('P-MI-1007').warnings.length).toBe(1);
  });
});
