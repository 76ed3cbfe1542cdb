/** Builders for the federal tests: fictional people, 3 years of supervised release for wire fraud by default. */
import { evaluate, person, term } from '../../../../test/builders.ts';
import type { TermEvaluation } from '../../../engine/evaluation.ts';
import type { PersonRecord, SupervisionEvent, Term } from '../../../records/schema.ts';
import { usFed } from '../index.ts';

export function fedTerm(fields: Partial<Term> = {}): Term {
  return term({
    jurisdiction: 'US-FED',
    kind: 'supervised_release',
    sentenceDate: '2020-06-01',
    startDate: '2023-04-03',
    length: { years: 3 },
    offenses: [{ statute: '18 U.S.C. § 1343', level: 'felony', description: 'wire fraud' }],
    ...fields,
  });
}

export function fed(fields: Partial<Term> = {}, events: SupervisionEvent[] = []): PersonRecord {
  return person([fedTerm(fields)], events);
}

/** Misdemeanor probation (theft of public money, 18 U.S.C. § 641) sentenced and begun on `startDate`. */
export function misdemeanorProbation(startDate: string, years: number): PersonRecord {
  return fed({
    kind: 'probation',
    sentenceDate: startDate,
    startDate,
    length: { years },
    offenses: [{ statute: '18 U.S.C. § 641', level: 'misdemeanor' }],
  });
}

export function run(record: PersonRecord, asOf: string): TermEvaluation {
  return evaluate(usFed, record, asOf);
}

export function opp(r: TermEvaluation, basis: string) {
  return r.opportunities.find((o) => o.kind === 'early_termination' && (o.basis ?? '').includes(basis));
}
