/** Builders for the Minnesota rule tests: one probation term with the facts a case turns on. */
import { evaluate, person, term } from '../../../../test/builders.ts';
import type { TermEvaluation } from '../../../engine/evaluation.ts';
import type { Jurisdiction } from '../../../engine/jurisdiction.ts';
import type { Offense, SupervisionEvent, Term } from '../../../records/schema.ts';
import { usMn } from '../index.ts';
import type { UsMnParameters } from '../parameters.ts';

export const drug5: Offense = {
  statute: 'Minn. Stat. § 152.025',
  level: 'felony',
  maxPrisonMonths: 60,
  description: 'Fifth-degree drug possession',
};
export const theft20: Offense = { statute: '609.52, subd. 2', level: 'felony', maxPrisonMonths: 240, description: 'Theft over $35,000' };

/** A probation term stayed on `stay` (supervision from the same day unless given). */
export function stayed(stay: string, offenses: Offense[], fields: Partial<Term> = {}): Term {
  return term({ jurisdiction: 'US-MN', sentenceDate: stay, startDate: stay, length: { years: 7 }, offenses, ...fields });
}

export function run(t: Term, asOf: string, events: SupervisionEvent[] = [], j: Jurisdiction<UsMnParameters> = usMn): TermEvaluation {
  return evaluate(j, person([t], events), asOf);
}

export function says(e: TermEvaluation, text: string): boolean {
  return e.explanation.some((s) => s.text.includes(text));
}

export function warns(e: TermEvaluation, text: string): boolean {
  return e.warnings.some((w) => w.includes(text));
}
