/**
 * Answers a what-if question in the browser with the law package itself: the stored record and the record
 * with the question's event are both evaluated as of today, by the rules of the person's jurisdictions
 * (loaded one chunk each), and compared. Both sides are computed here, not the stored evaluation against a
 * new one, so the only difference between them is the question's event (the stored evaluation may be as of
 * an earlier day).
 *
 * This module, and the engine with it, is loaded only when someone asks (PersonPage's what-if section).
 */
import {
  evaluatePerson,
  parseIsoDate,
  restitutionBalance,
  termFactsAsEvaluated,
  type JurisdictionRegistry,
  type PersonRecord,
  type TermEvaluation,
} from '@pathways/law';
import { evaluationDifferences, type Difference } from './differences.ts';
import { loadRegistry } from './jurisdictions.ts';
import { termOf, whatIfEvent, withWhatIf, type WhatIfInput } from './questions.ts';

/** Dollars and cents with thousands grouped: "$6,116.00". */
const CENTS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export type WhatIfAnswer =
  | { applies: false; reason: string }
  | { applies: true; before: TermEvaluation; after: TermEvaluation; differences: Difference[]; eventSummary: string };

/**
 * The restitution still owed on the term today, by the engine's own arithmetic: the payments up to today
 * that its evaluation counts (one in days tolling added to the term included).
 */
export function restitutionOwed(record: PersonRecord, termId: string, today: string, registry: JurisdictionRegistry): number {
  const term = termOf(record, termId);
  if (!term) return 0;
  return restitutionBalance(termFactsAsEvaluated(registry, record, term, parseIsoDate(today)));
}

export async function answerWhatIf(record: PersonRecord, input: WhatIfInput): Promise<WhatIfAnswer> {
  const term = termOf(record, input.termId);
  if (!term) return { applies: false, reason: `The record has no term ${input.termId}.` };
  const registry = await loadRegistry(record.terms.map((t) => t.jurisdiction));
  const owed = input.question === 'restitution_paid' ? restitutionOwed(record, input.termId, input.today, registry) : undefined;
  const event = whatIfEvent({ ...input, ...(owed !== undefined ? { restitutionBalanceUsd: owed } : {}) });
  if (!event) return { applies: false, reason: 'No restitution is owed on this term today, so paying it changes nothing.' };

  const asOf = parseIsoDate(input.today);
  const pick = (evaluations: TermEvaluation[]) => evaluations.find((e) => e.termId === input.termId)!;
  const before = pick(evaluatePerson(registry, record, asOf));
  const after = pick(evaluatePerson(registry, withWhatIf(record, event), asOf));
  const eventSummary =
    event.type === 'payment'
      ? `a restitution payment of ${CENTS.format(event.amountUsd)} on ${event.date}`
      : event.type === 'violation'
        ? `a ${event.category.replace(/_/g, ' ')} violation sustained on ${event.date}`
        : `a GED earned (and approved) on ${event.date}`;
  return { applies: true, before, after, differences: evaluationDifferences(before, after), eventSummary };
}
