/** RSMo § 559.036.8: a report made before the end of probation may still be heard after it. */
import { describe, expect, it } from 'vitest';
import type { SupervisionEvent } from '../../../records/schema.ts';
import { mo, run } from './test-helpers.ts';

const report = (date: string, status: 'reported' | 'sustained' | 'dismissed' = 'reported'): SupervisionEvent => ({
  type: 'violation',
  date,
  category: 'technical',
  status,
});
const said = (r: ReturnType<typeof run>) => r.warnings.some((w) => w.includes('RSMo § 559.036.8'));

describe('§ 559.036.8 revocation after the term expires', () => {
  // 2 years of county-supervised probation from 2021-03-15 (no credits): ends 2023-03-15.
  const county = (events: SupervisionEvent[]) => mo({ length: { years: 2 }, supervisingAgency: 'county' }, events);

  it('case: a report of 2023-03-01 with no outcome, evaluated after the end (2023-03-16) → warned; the end stands', () => {
    const r = run(county([report('2023-03-01')]), '2023-03-16');
    expect(r.projectedEndDate).toBe('2023-03-15');
    expect(said(r)).toBe(true);
  });

  it('case: on the last day (2023-03-15) the term still runs: no warning yet', () => {
    expect(said(run(county([report('2023-03-01')]), '2023-03-15'))).toBe(false);
  });

  it('case: a report on the last day counts (2023-03-15); one the day after (2023-03-16) does not', () => {
    expect(said(run(county([report('2023-03-15')]), '2023-06-30'))).toBe(true);
    expect(said(run(county([report('2023-03-16')]), '2023-06-30'))).toBe(false);
  });

  it('case: a decided report (sustained or dismissed) has had its hearing: no warning', () => {
    expect(said(run(county([report('2023-03-01', 'sustained')]), '2023-06-30'))).toBe(false);
    expect(said(run(county([report('2023-03-01', 'dismissed')]), '2023-06-30'))).toBe(false);
  });

  it('case: a report after credits had discharged the term is not one "arising before its expiration"', () => {
    // MO-1: 5 years from 2021-03-15, state-supervised, compliant: credits discharge on 2023-10-01.
    const r = run(mo({}, [report('2024-01-10')]), '2024-06-30');
    expect(r.projectedEndDate).toBe('2023-10-01');
    expect(said(r)).toBe(false);
  });
});
