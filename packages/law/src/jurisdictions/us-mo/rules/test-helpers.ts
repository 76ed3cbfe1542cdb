/** Builders for the Missouri tests: fictional people, a class E stealing probation by default. */
import { evaluate, person, term } from '../../../../test/builders.ts';
import type { TermEvaluation } from '../../../engine/evaluation.ts';
import type { Jurisdiction } from '../../../engine/jurisdiction.ts';
import type { PersonRecord, SupervisionEvent, Term } from '../../../records/schema.ts';
import { usMo } from '../index.ts';
import type { UsMoParameters } from '../parameters.ts';

export const stealing = { statute: 'RSMo 570.030', level: 'felony', class: 'E', description: 'stealing' } as const;

export function moTerm(fields: Partial<Term> = {}): Term {
  return term({
    jurisdiction: 'US-MO',
    startDate: '2021-03-15',
    length: { years: 5 },
    supervisingAgency: 'state',
    offenses: [{ ...stealing }],
    ...fields,
  });
}

export function mo(fields: Partial<Term> = {}, events: SupervisionEvent[] = [], extra: Partial<PersonRecord> = {}): PersonRecord {
  return person([moTerm(fields)], events, extra);
}

export function run(record: PersonRecord, asOf: string, j: Jurisdiction<UsMoParameters> = usMo): TermEvaluation {
  return evaluate(j, record, asOf);
}

export function opp(r: TermEvaluation, kind: TermEvaluation['opportunities'][number]['kind']) {
  return r.opportunities.find((o) => o.kind === kind);
}
