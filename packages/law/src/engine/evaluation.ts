/**
 * The evaluation of one term: the output contract of `pathways evaluate`
 * (shared/spec/supervision-records.md § 2, evaluation.schema.json). Extra fields are allowed by the
 * contract; the ones added here are marked.
 */
import type { IsoDate } from '../dates/calendar.ts';

export type OpportunityKind = 'earned_discharge' | 'early_termination' | 'review_conference' | 'term_cap';
export type OpportunityStatus = 'eligible' | 'upcoming' | 'ineligible';

export interface Opportunity {
  kind: OpportunityKind;
  status: OpportunityStatus;
  /** The date the opportunity opens; null when ineligible. */
  date: IsoDate | null;
  citations: readonly string[];
  reasons: readonly string[];
  /** Extra: who acts and how ("the court may terminate on a petition"). */
  basis?: string;
  /**
   * Extra: an ineligible opportunity that one fact would open ("almost eligible"): what is missing and
   * the date it would open if that were resolved today.
   */
  almost?: { missing: string[]; dateIfResolved: IsoDate | null };
}

export interface SanctionLimit {
  violationNumber: number;
  confinementAllowed: boolean;
  /** null: no day limit. */
  maxConfinementDays: number | null;
  citations: string[];
  /** Extra: why, in plain words. */
  reasons?: string[];
}

export interface ExplanationStep {
  text: string;
  citations: readonly string[];
}

export interface TermEvaluation {
  personId: string;
  termId: string;
  jurisdiction: string;
  asOf: IsoDate;
  scheduledEndDate: IsoDate | null;
  statutoryMaxEndDate: IsoDate | null;
  earnedCreditDays: number;
  projectedEndDate: IsoDate | null;
  opportunities: Opportunity[];
  sanctionLimit: SanctionLimit | null;
  explanation: ExplanationStep[];
  warnings: string[];
  /** Extra: the engine and law version that produced this evaluation. */
  lawVersion: string;
}
