/**
 * One fictional probation term per jurisdiction with a document, evaluated on a day its opportunity is
 * open (the dates are worked out in documents.test.ts).
 */
import { evaluatePerson, JURISDICTIONS, parseIsoDate, type PersonRecord, type TermEvaluation } from '@pathways/law';
import type { DocumentKind } from '../registry.ts';

export interface Case {
  kind: DocumentKind;
  record: PersonRecord;
  asOf: string;
}

const probation = (
  jurisdiction: string,
  start: string,
  years: number,
  offense: PersonRecord['terms'][number]['offenses'][number],
  extra: object = {},
) => ({
  id: 'T-1',
  jurisdiction,
  kind: 'probation' as const,
  sentenceDate: start,
  startDate: start,
  length: { years },
  offenses: [offense],
  ...extra,
});

export const CASES: Case[] = [
  {
    kind: 'us-ca-pc-1203.3-petition',
    record: {
      id: 'P-CA-1',
      name: { given: 'Zoë', family: 'Núñez' },
      terms: [
        probation('US-CA', '2025-09-01', 2, { statute: 'PC 459', level: 'felony', maxPrisonMonths: 36 }, { caseNumber: 'SCD-123456' }),
      ],
    },
    asOf: '2026-06-01',
  },
  {
    kind: 'us-pa-probation-status-report',
    record: {
      id: 'P-PA-1',
      name: { given: 'Dana', family: 'Kowalczyk' },
      terms: [
        probation(
          'US-PA',
          '2024-07-01',
          2,
          { statute: '18 Pa.C.S. § 3929', level: 'misdemeanor', class: 'M2' },
          { restitutionOrderedUsd: 500 },
        ),
      ],
      events: [{ type: 'payment', termId: 'T-1', date: '2024-12-01', amountUsd: 120.5, kind: 'restitution' }],
    },
    asOf: '2025-05-01',
  },
  {
    kind: 'us-mi-early-discharge-notice',
    record: {
      id: 'P-MI-1',
      name: { given: 'Jordan', family: 'Ellis' },
      terms: [probation('US-MI', '2022-01-10', 2, { statute: 'MCL 750.356', level: 'felony' })],
    },
    asOf: '2023-03-01',
  },
  {
    kind: 'us-ga-proposed-order-terminating-probation',
    record: {
      id: 'P-GA-1',
      name: { given: 'Avery', family: 'Brooks' },
      terms: [probation('US-GA', '2022-01-10', 5, { statute: 'O.C.G.A. § 16-8-2', level: 'felony' })],
    },
    asOf: '2025-03-01',
  },
  {
    kind: 'us-mo-earned-discharge-notice',
    record: {
      id: 'P-MO-1',
      name: { given: 'Riley', family: 'Okafor' },
      terms: [
        probation('US-MO', '2021-03-15', 5, { statute: 'RSMo 570.030', level: 'felony', class: 'E' }, { supervisingAgency: 'state' }),
      ],
    },
    asOf: '2023-06-01',
  },
];

export function evaluate(record: PersonRecord, asOf: string): TermEvaluation {
  return evaluatePerson(JURISDICTIONS, record, parseIsoDate(asOf))[0]!;
}
