/**
 * Builders for test records: a term or a person with sensible defaults, so each case states only the
 * facts it turns on. Fixtures are fictional people.
 */
import { parseIsoDate } from '../src/dates/calendar.ts';
import type { TermEvaluation } from '../src/engine/evaluation.ts';
import { evaluateTerm } from '../src/engine/evaluate.ts';
import type { Jurisdiction } from '../src/engine/jurisdiction.ts';
import type { ParameterTree } from '../src/engine/parameters.ts';
import { personRecordSchema, type PersonRecord, type SupervisionEvent, type Term } from '../src/records/schema.ts';

export function term(fields: Partial<Term> & Pick<Term, 'jurisdiction'>): Term {
  return {
    id: 'T-1',
    kind: 'probation',
    sentenceDate: fields.startDate ?? '2021-03-15',
    startDate: '2021-03-15',
    ...(fields.endDate === undefined && fields.lifetime === undefined ? { length: { years: 3 } } : {}),
    offenses: [{ statute: 'UNLISTED 1', level: 'felony', tags: [] }],
    ...fields,
  } as Term;
}

export function person(terms: Term[], events: SupervisionEvent[] = [], extra: Partial<PersonRecord> = {}): PersonRecord {
  // Parse through the schema so a builder can never produce a record the CLI would refuse.
  return personRecordSchema.parse({ id: 'P-TEST', terms, events, ...extra });
}

/** Evaluates the person's first term (or the one named) as of the date. */
export function evaluate<P extends ParameterTree>(
  jurisdiction: Jurisdiction<P>,
  record: PersonRecord,
  asOf: string,
  termId?: string,
): TermEvaluation {
  const t = termId === undefined ? record.terms[0]! : record.terms.find((x) => x.id === termId)!;
  return evaluateTerm(jurisdiction, record, t, parseIsoDate(asOf));
}

/** The opportunities of one kind. */
export function opportunities(evaluation: TermEvaluation, kind: TermEvaluation['opportunities'][number]['kind']) {
  return evaluation.opportunities.filter((o) => o.kind === kind);
}
