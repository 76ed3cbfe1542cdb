/** Builders for the Arizona tests: fictional people, a class 4 theft probation of 3 years by default. */
import { evaluate, person, term } from '../../../../test/builders.ts';
import type { Opportunity, TermEvaluation } from '../../../engine/evaluation.ts';
import type { Jurisdiction } from '../../../engine/jurisdiction.ts';
import type { PersonRecord, SupervisionEvent, Term } from '../../../records/schema.ts';
import { usAz } from '../index.ts';
import type { UsAzParameters } from '../parameters.ts';

export const theft = { statute: 'A.R.S. § 13-1802', level: 'felony', class: '4', description: 'theft' } as const;

export function azTerm(fields: Partial<Term> = {}): Term {
  return term({
    jurisdiction: 'US-AZ',
    startDate: '2024-02-01',
    sentenceDate: '2024-02-01',
    length: { years: 3 },
    supervisingAgency: 'county',
    offenses: [{ ...theft }],
    ...fields,
  });
}

export function az(fields: Partial<Term> = {}, events: SupervisionEvent[] = [], extra: Partial<PersonRecord> = {}): PersonRecord {
  return person([azTerm(fields)], events, extra);
}

export function run(record: PersonRecord, asOf: string, j: Jurisdiction<UsAzParameters> = usAz): TermEvaluation {
  return evaluate(j, record, asOf);
}

export function opp(r: TermEvaluation, kind: Opportunity['kind']): (Opportunity & { eligibleCreditDays?: number }) | undefined {
  return r.opportunities.find((o) => o.kind === kind);
}
