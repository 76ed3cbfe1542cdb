// What brings the date closer, from the law package itself (the engine and the jurisdiction chunks the
// browser loads), for fictional records as of 2026-12-01.
import type { PersonRecord, Term } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { whatBringsItCloser } from './closer.ts';

const TODAY = '2026-12-01';

const missouri = (extra: Partial<Term> = {}): PersonRecord => ({
  id: 'P-MO-TEST',
  terms: [
    {
      id: 'T-1',
      jurisdiction: 'US-MO',
      kind: 'probation',
      sentenceDate: '2025-01-15',
      startDate: '2025-01-15',
      length: { years: 5 },
      supervisingAgency: 'state',
      offenses: [{ statute: 'RSMo 579.015', description: 'Possession of a controlled substance', level: 'felony', class: 'D' }],
      ...extra,
    },
  ],
  events: [],
});

describe('what brings the date closer, by the law package', () => {
  it('case: Missouri: each compliant month earns 30 days of credit (660 → 690); the date, which counts on them, stays 2027-08-01', async () => {
    // RSMo § 217.703.3: 30 days for each full calendar month. Feb 2025 – Nov 2026 is 22 months = 660 days by
    // 2026-12-01; December's credit posts on 2027-01-01, a month later: 690.
    expect(await whatBringsItCloser(missouri(), TODAY)).toEqual([
      { kind: 'monthly', creditDays: 30, daysSooner: 0, dateAfter: '2027-08-01' },
    ]);
  });

  it('case: Missouri with $500 of restitution unpaid: paying it lets the credits discharge the term 898 days sooner', async () => {
    // Discharge on credits waits for restitution (Pallai; Long), so the date is the term's end, 2030-01-15.
    // Paid today: 2027-08-01. 2027-08-01 → 2029-08-01 is 731 days (2028 is a leap year), → 2030-01-01 153 more,
    // → 2030-01-15 14 more: 898.
    expect(await whatBringsItCloser(missouri({ restitutionOrderedUsd: 500 }), TODAY)).toEqual([
      { kind: 'monthly', creditDays: 30, daysSooner: 0, dateAfter: '2030-01-15' },
      { kind: 'restitution', amountUsd: 500, daysSooner: 898, dateAfter: '2027-08-01' },
    ]);
  });

  it('case: Florida: a GED takes 60 days off a 3-year term (2028-01-10 − 60 days = 2027-11-11)', async () => {
    // Fla. Stat. § 948.05(2)(c). 2028-01-10 back to 2027-12-31 is 10 days, to 2027-11-30 41, then 19 more: 2027-11-11.
    const florida: PersonRecord = {
      id: 'P-FL-TEST',
      terms: [
        {
          id: 'T-1',
          jurisdiction: 'US-FL',
          kind: 'probation',
          sentenceDate: '2025-01-10',
          startDate: '2025-01-10',
          length: { years: 3 },
          supervisingAgency: 'state',
          offenses: [{ statute: 'Fla. Stat. § 812.014(2)(c)', level: 'felony', class: 'F3', description: 'grand theft' }],
        },
      ],
      events: [],
      priorConvictions: [],
    };
    expect(await whatBringsItCloser(florida, TODAY)).toEqual([{ kind: 'ged', daysSooner: 60, dateAfter: '2027-11-11' }]);
  });

  it('case: California misdemeanor probation set by the court: nothing the person does moves the date', async () => {
    const california: PersonRecord = {
      id: 'P-CA-TEST',
      terms: [
        {
          id: 'T-1',
          jurisdiction: 'US-CA',
          kind: 'probation',
          sentenceDate: '2026-08-08',
          startDate: '2026-08-08',
          length: { years: 2 },
          supervisingAgency: 'state',
          offenses: [{ statute: 'PC 243(e)(1)', description: 'Battery against a spouse or cohabitant', level: 'misdemeanor' }],
        },
      ],
      events: [],
    };
    expect(await whatBringsItCloser(california, TODAY)).toEqual([]);
  });
});
