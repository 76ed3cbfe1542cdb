/**
 * The facts a document is filled from: one term of one person's record and that term's evaluation,
 * plus who prepares the draft and on what day. Built once by `factsFor`; templates read only this, so a
 * template never reaches into the record's raw shape. A fact the record does not carry is `null`, and
 * the template prints a blank line for it (never "undefined").
 */
import {
  JURISDICTIONS,
  parseIsoDate,
  restitutionBalance,
  termFactsAsEvaluated,
  type ExplanationStep,
  type IsoDate,
  type Opportunity,
  type PersonRecord,
  type TermEvaluation,
} from '@pathways/law';

export interface DocumentFacts {
  person: { id: string; name: string };
  termId: string;
  jurisdiction: string;
  /** The court's case or docket number, where the record carries one (term field `caseNumber`). */
  caseNumber: string | null;
  sentenceDate: IsoDate;
  startDate: IsoDate;
  scheduledEndDate: IsoDate | null;
  projectedEndDate: IsoDate | null;
  /** The opportunity the document asks for (or reports on), as the evaluation gives it. */
  opportunity: Opportunity;
  /** The evaluation's explanation, each step with its citations. */
  explanation: ExplanationStep[];
  /** Restitution still owed on the evaluation's as-of date; null where the term orders none. */
  restitutionBalanceUsd: number | null;
  /** Who prepares the draft: the supervising officer, or the supervisor or defender generating it. */
  officer: { name: string | null; agency: string | null };
  /** The evaluation the facts come from. */
  evaluation: { asOf: IsoDate; lawVersion: string };
  today: IsoDate;
}

export interface Preparer {
  name: string | null;
  agency: string | null;
}

/** "Test Núñez"; the person id where the record has no name. */
export function displayName(record: PersonRecord): string {
  const parts = [record.name?.given, record.name?.family].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return parts.length > 0 ? parts.join(' ') : record.id;
}

/** The record's case number: an extra term field the contract allows (records keep unknown fields). */
function caseNumberOf(term: object): string | null {
  const value = (term as { caseNumber?: unknown }).caseNumber;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function factsFor(
  record: PersonRecord,
  evaluation: TermEvaluation,
  opportunity: Opportunity,
  preparer: Preparer,
  today: IsoDate,
): DocumentFacts {
  const term = record.terms.find((t) => t.id === evaluation.termId);
  if (!term) throw new Error(`term ${evaluation.termId} is not in the record`);
  // The engine's own arithmetic: the payments its evaluation counted, on or before the as-of date.
  const termFacts = termFactsAsEvaluated(JURISDICTIONS, record, term, parseIsoDate(evaluation.asOf));
  return {
    person: { id: record.id, name: displayName(record) },
    termId: term.id,
    jurisdiction: evaluation.jurisdiction,
    caseNumber: caseNumberOf(term),
    sentenceDate: term.sentenceDate,
    startDate: term.startDate,
    scheduledEndDate: evaluation.scheduledEndDate,
    projectedEndDate: evaluation.projectedEndDate,
    opportunity,
    explanation: evaluation.explanation,
    restitutionBalanceUsd: (term.restitutionOrderedUsd ?? 0) > 0 ? restitutionBalance(termFacts) : null,
    officer: { name: preparer.name, agency: preparer.agency },
    evaluation: { asOf: evaluation.asOf, lawVersion: evaluation.lawVersion },
    today,
  };
}
