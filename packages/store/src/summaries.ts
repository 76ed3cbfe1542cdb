/**
 * The small columns a caseload page reads instead of whole records and evaluations: the person's name
 * (`people.given_name`, `people.family_name`) and each evaluation's summary (`evaluations.summary`, JSON
 * text on both dialects). Written beside the full JSON by every path that writes it, so a page of 200
 * people costs two narrow queries and no parsing of explanations.
 */
import type { PersonRecord, TermEvaluation } from '@pathways/law';

export interface OpportunitySummary {
  kind: string;
  status: string;
  date: string | null;
  /** Why an ineligible opportunity is blocked: the evaluation's first reason, in its own words. */
  reason?: string;
  /** "Almost eligible": the one missing fact and the date it would open if resolved (the evaluation's `almost`). */
  almost?: { missing: string[]; dateIfResolved: string | null };
}

export interface EvaluationSummary {
  jurisdiction: string;
  projectedEndDate: string | null;
  opportunities: OpportunitySummary[];
  /** The limit on the next technical-violation sanction, without its reasons (citations stay in the evaluation). */
  sanctionLimit: { violationNumber: number; confinementAllowed: boolean; maxConfinementDays: number | null } | null;
}

export function evaluationSummary(
  e: Pick<TermEvaluation, 'jurisdiction' | 'projectedEndDate' | 'opportunities'> & Partial<Pick<TermEvaluation, 'sanctionLimit'>>,
): EvaluationSummary {
  const limit = e.sanctionLimit ?? null;
  return {
    jurisdiction: e.jurisdiction,
    projectedEndDate: e.projectedEndDate,
    opportunities: e.opportunities.map((o) => ({
      kind: o.kind,
      status: o.status,
      date: o.date,
      ...(o.status === 'ineligible' && o.reasons[0] !== undefined ? { reason: o.reasons[0] } : {}),
      ...(o.almost ? { almost: { missing: o.almost.missing, dateIfResolved: o.almost.dateIfResolved } } : {}),
    })),
    sanctionLimit: limit && {
      violationNumber: limit.violationNumber,
      confinementAllowed: limit.confinementAllowed,
      maxConfinementDays: limit.maxConfinementDays,
    },
  };
}

export function nameColumns(record: Pick<PersonRecord, 'name'>): { given_name: string | null; family_name: string | null } {
  return { given_name: record.name?.given ?? null, family_name: record.name?.family ?? null };
}
