/**
 * examples/us-va.json evaluated as of 2023-06-30 (the jurisdiction's exampleAsOf): each fictional person
 * shows one main provision. Expected values computed by hand in the comments. Also checks this
 * jurisdiction's review records (the shared review-records test loads every jurisdiction).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import examples from '../../../../../examples/us-va.json';
import { parseIsoDate } from '../../dates/calendar.ts';
import { evaluateTerm } from '../../engine/evaluate.ts';
import { reviewRecordProblems } from '../../engine/provisions.ts';
import { validateRecord } from '../../records/validate-record.ts';
import { usVa } from './index.ts';

const asOf = parseIsoDate(usVa.exampleAsOf);
const results = new Map(
  (examples as unknown[]).map((raw, i) => {
    const v = validateRecord(raw, i + 1);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    return [v.record.id, evaluateTerm(usVa, v.record, v.record.terms[0]!, asOf)] as const;
  }),
);
const get = (id: string) => results.get(id)!;
const kind = (id: string, k: string) => get(id).opportunities.filter((o) => o.kind === k);

describe('examples/us-va.json as of 2023-06-30', () => {
  it('case: VA-1001 cap binds: released 2022-06-01 + 5 years = 2027-06-01 < 2032-06-01; one drug finding → next is the second, 14 days', () => {
    expect(get('VA-1001')).toMatchObject({
      scheduledEndDate: '2032-06-01',
      statutoryMaxEndDate: '2027-06-01',
      projectedEndDate: '2027-06-01',
      earnedCreditDays: 0,
    });
    expect(kind('VA-1001', 'term_cap')).toMatchObject([{ status: 'upcoming', date: '2027-06-01' }]);
    expect(kind('VA-1001', 'early_termination')).toMatchObject([{ status: 'eligible', date: '2022-06-01' }]);
    expect(get('VA-1001').sanctionLimit).toMatchObject({ violationNumber: 2, confinementAllowed: true, maxConfinementDays: 14 });
  });

  it('case: VA-1002 absconding and drug use at one hearing count once → next ordinary is the second (14); a next absconding the third', () => {
    // 2021-09-15 + 3 years = 2024-09-15 < cap 2021-09-15 + 5 years = 2026-09-15.
    expect(get('VA-1002')).toMatchObject({
      scheduledEndDate: '2024-09-15',
      statutoryMaxEndDate: '2026-09-15',
      projectedEndDate: '2024-09-15',
    });
    expect(kind('VA-1002', 'term_cap')).toEqual([]);
    const l = get('VA-1002').sanctionLimit!;
    expect(l).toMatchObject({ violationNumber: 2, maxConfinementDays: 14 });
    expect(l.reasons!.join(' ')).toContain('third or later');
  });

  it('case: VA-1003 restitution owed ($6,000 − $1,500 = $4,500): no cap; term_cap almost, 2022-08-01 + 5 years = 2027-08-01', () => {
    expect(get('VA-1003')).toMatchObject({ statutoryMaxEndDate: null, projectedEndDate: '2029-08-01' });
    const [cap] = kind('VA-1003', 'term_cap');
    expect(cap).toMatchObject({ status: 'ineligible', date: null, almost: { dateIfResolved: '2027-08-01' } });
    expect(get('VA-1003').sanctionLimit).toMatchObject({ violationNumber: 1, confinementAllowed: false, maxConfinementDays: 0 });
  });

  it('case: VA-1004 unsupervised court probation: no cap; first technical violation, no jail', () => {
    expect(get('VA-1004')).toMatchObject({ scheduledEndDate: '2024-01-20', statutoryMaxEndDate: null, projectedEndDate: '2024-01-20' });
    expect(get('VA-1004').sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 0 });
  });

  it('case: VA-1005 sentenced 2019 (before the Act): no cap; two findings (2020, 2022; the new offense is not counted) → third, no day limit', () => {
    expect(get('VA-1005')).toMatchObject({ statutoryMaxEndDate: null, projectedEndDate: '2029-05-01' });
    expect(get('VA-1005').sanctionLimit).toMatchObject({ violationNumber: 3, confinementAllowed: true, maxConfinementDays: null });
  });

  it('case: VA-1006 split sentence: released 2023-09-01 (after the as-of date) + 5 years = 2028-09-01; early termination upcoming', () => {
    expect(get('VA-1006')).toMatchObject({
      scheduledEndDate: '2029-09-01',
      statutoryMaxEndDate: '2028-09-01',
      projectedEndDate: '2028-09-01',
    });
    expect(kind('VA-1006', 'early_termination')).toMatchObject([{ status: 'upcoming', date: '2023-09-01' }]);
  });
});

describe('review records', () => {
  it('case: every rule has a complete review record and its tests exist', () => {
    expect(reviewRecordProblems(usVa.provisions, Object.keys(usVa.rules))).toEqual([]);
    const repoRoot = new URL('../../../../../', import.meta.url).pathname;
    for (const p of usVa.provisions) for (const t of p.tests) expect(existsSync(join(repoRoot, t)), `${p.id}: ${t}`).toBe(true);
  });
});
