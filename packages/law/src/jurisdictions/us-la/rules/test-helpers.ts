/** Builders for the Louisiana tests: fictional people, a felony theft probation by default. */
import { evaluate, person, term } from '../../../../test/builders.ts';
import type { TermEvaluation } from '../../../engine/evaluation.ts';
import type { Jurisdiction } from '../../../engine/jurisdiction.ts';
import { applyReform } from '../../../engine/reforms.ts';
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

/** The other reading of Act 7's reach (parameter credits.earlierOffensesKeepEarning): the repeal stops new credits for everyone from 2024-04-29. */
export const stopForEveryone = applyReform(usLa, {
  name: 'the 2024 repeal stops credits for everyone',
  citations: ['Acts 2024, 2nd Ex. Sess., No. 7'],
  parameters: {
    'us-la.credits.earlierOffensesKeepEarning': [
      { from: '2024-04-29', value: false, source: { citation: 'La. C.Cr.P. art. 895.6 (repealed)' } },
    ],
  },
});
