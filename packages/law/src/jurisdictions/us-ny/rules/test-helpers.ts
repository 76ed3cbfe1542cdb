/** Builders for the New York tests: fictional people, a grand larceny parole term by default. */
import { evaluate, person, term } from '../../../../test/builders.ts';
import type { TermEvaluation } from '../../../engine/evaluation.ts';
import type { Jurisdiction } from '../../../engine/jurisdiction.ts';
import type { PersonRecord, SupervisionEvent, Term } from '../../../records/schema.ts';
import { usNy } from '../index.ts';
import type { UsNyParameters } from '../parameters.ts';

export const larceny = {
  statute: 'N.Y. Penal Law § 155.30',
  level: 'felony',
  class: 'E',
  description: 'grand larceny in the fourth degree',
} as const;

export function nyTerm(fields: Partial<Term> = {}): Term {
  return term({
    jurisdiction: 'US-NY',
    kind: 'parole',
    startDate: '2022-06-01',
    length: { years: 3 },
    offenses: [{ ...larceny }],
    ...fields,
  });
}

export function ny(fields: Partial<Term> = {}, events: SupervisionEvent[] = [], extra: Partial<PersonRecord> = {}): PersonRecord {
  return person([nyTerm(fields)], events, extra);
}

export function run(record: PersonRecord, asOf: string, j: Jurisdiction<UsNyParameters> = usNy): TermEvaluation {
  return evaluate(j, record, asOf);
}

export function opp(r: TermEvaluation, kind: TermEvaluation['opportunities'][number]['kind']) {
  return r.opportunities.find((o) => o.kind === kind);
}

/** A sustained technical violation of the given kinds on the date. */
export function technical(
  date: string,
  kinds: string[] = ['missed_appointment'],
  status: 'sustained' | 'reported' | 'dismissed' = 'sustained',
): SupervisionEvent {
  return { type: 'violation', date, category: 'technical', status, kinds } as SupervisionEvent;
}
