/**
 * Restitution a person owes, term by term, as the law package counts it: the amount ordered on the term
 * (`restitutionOrderedUsd`), the restitution payments in the record that apply to the term up to today
 * (an event without a term id applies to every term active on its date), and what is left.
 */
import { JURISDICTIONS, paidBy, parseIsoDate, restitutionBalance, termFactsAsEvaluated, type PersonRecord } from '@pathways/law';

export interface RestitutionLine {
  termId: string;
  orderedUsd: number;
  paidUsd: number;
  balanceUsd: number;
}

const cents = (usd: number): number => Math.round(usd * 100) / 100;

/** One line per term with restitution ordered, in the record's order; `today` is an ISO date. */
export function restitutionOf(record: PersonRecord, today: string): RestitutionLine[] {
  const asOf = parseIsoDate(today);
  return record.terms.flatMap((term) => {
    const ordered = term.restitutionOrderedUsd ?? 0;
    if (ordered <= 0) return [];
    // The payments the evaluation counted: one in days tolling added to the term counts here too.
    const facts = termFactsAsEvaluated(JURISDICTIONS, record, term, asOf);
    return [
      { termId: term.id, orderedUsd: cents(ordered), paidUsd: cents(paidBy(facts, 'restitution')), balanceUsd: restitutionBalance(facts) },
    ];
  });
}
