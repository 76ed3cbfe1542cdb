/** Builders for the Louisiana tests: fictional people, a felony theft probation by default. */
import { evaluate, person, term } from '../../../../test/builders.ts';
import type { TermEvaluation } from '../../../engine/evaluation.ts';
import type { Jurisdiction } from '../../../engine/jurisdiction.ts';
import type { PersonRecord, SupervisionEvent, Term } from '../../../records/schema.ts';
import { usLa } from '../index.ts';
import type { UsLaParameters } from '../parameters.ts';

export const theft = { statute: 'La. R.S. 14:67', level: 'felony', description: 'theft', offenseDate: '2018-06-01' } as const;
export const possession = {
  statute: 'La. R.S. 40:967(A)',
  level: 'felony',
  description: 'possession with intent to distribute',
  offenseDate: '2018-06-01',
} as const;

export function laTerm(fields: Partial<Term> = {}): Term {
  return term({
    jurisdiction: 'US-LA',
    startDate: '2019-03-10',
    length: { years: 3 },
    offenses: [{ ...possession }],
    specialtyCourt: false,
    ...fields,
  } as Partial<Term> & Pick<Term, 'jurisdiction'>);
}

export function la(fields: Partial<Term> = {}, events: SupervisionEvent[] = [], extra: Partial<PersonRecord> = {}): PersonRecord {
  return person([laTerm(fields)], events, extra);
}

export function run(record: PersonRecord, asOf: string, j: Jurisdiction<UsLaParameters> = usLa): TermEvaluation {
  return evaluate(j, record, asOf);
}

export function opp(r: TermEvaluation, kind: TermEvaluation['opportunities'][number]['kind']) {
  return r.opportunities.find((o) => o.kind === kind);
}
