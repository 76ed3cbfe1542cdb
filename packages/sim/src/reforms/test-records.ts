/** Fictional records for the reform tests (ids P-0000xx), parsed through the record schema. */
import {
  evaluatePerson,
  parseIsoDate,
  personRecordSchema,
  type Jurisdiction,
  type ParameterTree,
  type PersonRecord,
  type Term,
  type TermEvaluation,
} from '@pathways/law';
import { registryWith } from './scenario.ts';

export function personWith(
  id: string,
  term: Partial<Term> & Pick<Term, 'jurisdiction' | 'sentenceDate'>,
  events: unknown[] = [],
): PersonRecord {
  return personRecordSchema.parse({
    id,
    terms: [{ id: 'T-1', kind: 'probation', startDate: term.sentenceDate, length: { years: 5 }, ...term }],
    events,
  });
}

/** The person's first term evaluated under `jurisdiction` (standing for its code) as of `asOf`. */
export function evaluateUnder(jurisdiction: Jurisdiction<ParameterTree>, person: PersonRecord, asOf: string): TermEvaluation {
  return evaluatePerson(registryWith(jurisdiction), person, parseIsoDate(asOf))[0]!;
}
