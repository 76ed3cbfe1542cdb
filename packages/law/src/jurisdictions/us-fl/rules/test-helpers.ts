/** Builders for the Florida tests: fictional people, a third-degree felony theft probation by default. */
import { evaluate, person, term } from '../../../../test/builders.ts';
import type { TermEvaluation } from '../../../engine/evaluation.ts';
import type { PersonRecord, SupervisionEvent, Term, ViolationEvent } from '../../../records/schema.ts';
import { usFl } from '../index.ts';

export const theft = { statute: 'Fla. Stat. § 812.014(2)(c)', level: 'felony', class: 'F3', description: 'grand theft' } as const;

export function flTerm(fields: Partial<Term> = {}): Term {
  return term({
    jurisdiction: 'US-FL',
    sentenceDate: fields.startDate ?? '2020-01-15',
    startDate: '2020-01-15',
    length: { years: 3 },
    supervisingAgency: 'state',
    offenses: [{ ...theft }],
    ...fields,
  });
}

export function fl(fields: Partial<Term> = {}, events: SupervisionEvent[] = [], extra: Partial<PersonRecord> = {}): PersonRecord {
  return person([flTerm(fields)], events, { priorConvictions: [], ...extra });
}

/** A technical violation dated `date`: reported (pending), sustained (found) or dismissed. */
export function technicalViolation(date: string, status: ViolationEvent['status']): SupervisionEvent {
  return { type: 'violation', date, category: 'technical', status };
}

export function run(record: PersonRecord, asOf: string): TermEvaluation {
  return evaluate(usFl, record, asOf);
}

/** The opportunity of a kind whose basis mentions `basis`. */
export function opp(r: TermEvaluation, kind: TermEvaluation['opportunities'][number]['kind'], basis: string) {
  return r.opportunities.find((o) => o.kind === kind && (o.basis ?? '').includes(basis));
}
