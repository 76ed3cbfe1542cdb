import type { TermEvaluation } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { evaluationDifferences } from './differences.ts';

const base: TermEvaluation = {
  personId: 'P-1',
  termId: 'T-1',
  jurisdiction: 'US-MO',
  asOf: '2026-11-30',
  scheduledEndDate: '2028-03-01',
  statutoryMaxEndDate: null,
  earnedCreditDays: 300,
  projectedEndDate: '2027-05-06',
  opportunities: [
    { kind: 'earned_discharge', status: 'upcoming', date: '2027-05-06', citations: ['RSMo § 217.703.7'], reasons: [] },
    { kind: 'early_termination', status: 'ineligible', date: null, citations: ['RSMo § 559.036'], reasons: [] },
  ],
  sanctionLimit: null,
  explanation: [],
  warnings: [],
  lawVersion: 'test',
};

describe('evaluation differences', () => {
  it('case: an end date 30 days sooner (2027-05-06 − 30 days = 2027-04-06) and 30 more days of credit', () => {
    const after: TermEvaluation = {
      ...base,
      earnedCreditDays: 330,
      projectedEndDate: '2027-04-06',
      opportunities: [{ ...base.opportunities[0]!, date: '2027-04-06' }, base.opportunities[1]!],
    };
    expect(evaluationDifferences(base, after)).toEqual([
      { what: 'Projected end date', before: '2027-05-06', after: '2027-04-06', change: '30 days sooner', citations: [] },
      { what: 'Earned credit', before: '300 days', after: '330 days', change: '+30 days', citations: [] },
      {
        what: 'earned discharge',
        before: 'upcoming (2027-05-06)',
        after: 'upcoming (2027-04-06)',
        change: '30 days sooner',
        citations: ['RSMo § 217.703.7'],
      },
    ]);
  });

  it('case: a standing that changes is named both ways; nothing changed gives no rows', () => {
    const after: TermEvaluation = {
      ...base,
      opportunities: [base.opportunities[0]!, { ...base.opportunities[1]!, status: 'eligible', date: '2026-11-30' }],
    };
    expect(evaluationDifferences(base, after)).toEqual([
      {
        what: 'early termination',
        before: 'ineligible',
        after: 'eligible (2026-11-30)',
        change: 'ineligible → eligible',
        citations: ['RSMo § 559.036'],
      },
    ]);
    expect(evaluationDifferences(base, base)).toEqual([]);
  });

  it('case: a sanction limit that appears is reported with its citations', () => {
    const after: TermEvaluation = {
      ...base,
      sanctionLimit: { violationNumber: 2, confinementAllowed: true, maxConfinementDays: 30, citations: ['X § 1'] },
    };
    expect(evaluationDifferences(base, after)).toEqual([
      {
        what: 'Next technical-violation sanction',
        before: 'no statutory limit',
        after: 'violation 2: up to 30 days',
        change: 'changed',
        citations: ['X § 1'],
      },
    ]);
  });
});
