/**
 * The small columns a caseload page reads instead of whole records and evaluations: the person's name
 * (`people.given_name`, `people.family_name`) and each evaluation's summary (`evaluations.summary`, JSON
 * text on both dialects). Written beside the full JSON by every path that writes it, so a page of 200
 * people costs two narrow queries and no parsing of explanations.
 */
import type { PersonRecord, TermEvaluation } from '@pathways/law';

export interface EvaluationSummary {
  jurisdiction: string;
  projectedEndDate: string | null;
  opportunities: { kind: string; status: string; date: string | null }[];
}

export function evaluationSummary(e: Pick<TermEvaluation, 'jurisdiction' | 'projectedEndDate' | 'opportunities'>): EvaluationSummary {
  return {
    jurisdiction: e.jurisdiction,
    projectedEndDate: e.projectedEndDate,
    opportunities: e.opportunities.map((o) => ({ kind: o.kind, status: o.status, date: o.date })),
  };
}

export function nameColumns(record: Pick<PersonRecord, 'name'>): { given_name: string | null; family_name: string | null } {
  return { given_name: record.name?.given ?? null, family_name: record.name?.family ?? null };
}
