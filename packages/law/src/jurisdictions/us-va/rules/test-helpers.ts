/** Builders for the Virginia tests: fictional people, a supervised felony probation by default. */
import { evaluate, person, term } from '../../../../test/builders.ts';
import type { TermEvaluation } from '../../../engine/evaluation.ts';
import type { Jurisdiction } from '../../../engine/jurisdiction.ts';
import { applyReform } from '../../../engine/reforms.ts';
import type { PersonRecord, SupervisionEvent, Term } from '../../../records/schema.ts';
import { usVa } from '../index.ts';
import type { UsVaParameters } from '../parameters.ts';

export const grandLarceny = { statute: 'Va. Code § 18.2-95', level: 'felony', description: 'grand larceny' } as const;

/** Sentenced 2022-03-01, released to supervised probation 2022-06-01, ten years as ordered. */
export function vaTerm(fields: Partial<Term> = {}): Term {
  return term({
    jurisdiction: 'US-VA',
    sentenceDate: '2022-03-01',
    startDate: '2022-06-01',
    length: { years: 10 },
    supervisingAgency: 'state',
    offenses: [{ ...grandLarceny }],
    ...fields,
  });
}

export function va(fields: Partial<Term> = {}, events: SupervisionEvent[] = [], extra: Partial<PersonRecord> = {}): PersonRecord {
  return person([vaTerm(fields)], events, extra);
}

export function run(record: PersonRecord, asOf: string, j: Jurisdiction<UsVaParameters> = usVa): TermEvaluation {
  return evaluate(j, record, asOf);
}

export function opp(r: TermEvaluation, kind: TermEvaluation['opportunities'][number]['kind']) {
  return r.opportunities.find((o) => o.kind === kind);
}

/** The jurisdiction with one parameter's value replaced from July 1, 2021 (an alternative reading). */
export function withReading(id: string, value: unknown): Jurisdiction<UsVaParameters> {
  return applyReform(usVa, {
    name: `reading ${id}`,
    citations: [],
    parameters: { [`us-va.${id}`]: [{ from: '2021-07-01', value, source: { citation: 'alternative reading (test)' } }] },
  });
}
