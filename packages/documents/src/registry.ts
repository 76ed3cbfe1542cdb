/**
 * Every kind of document, the jurisdiction it belongs to, the opportunity of an evaluation it rests on,
 * and its template versions. `applies` answers for one term: the opportunity to fill the document from,
 * or the reason the document does not apply (the server sends that reason with its 422).
 */
import type { Opportunity, OpportunityKind, TermEvaluation } from '@pathways/law';
import type { TemplateVersion } from './template.ts';
import { caPc12033Petition } from './templates/us-ca/pc-1203-3-petition.ts';
import { GA_BID, GA_REVIEW, gaProposedOrder } from './templates/us-ga/proposed-order-terminating-probation.ts';
import { miEarlyDischargeNotice } from './templates/us-mi/early-discharge-notice.ts';
import { moEarnedDischargeNotice } from './templates/us-mo/earned-discharge-notice.ts';
import { paProbationStatusReport } from './templates/us-pa/probation-status-report.ts';

export const DOCUMENT_KINDS = [
  'us-ca-pc-1203.3-petition',
  'us-pa-probation-status-report',
  'us-mi-early-discharge-notice',
  'us-ga-proposed-order-terminating-probation',
  'us-mo-earned-discharge-notice',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

export interface DocumentDefinition {
  kind: DocumentKind;
  /** Upper-case, as in records and evaluations: "US-CA". */
  jurisdiction: string;
  label: string;
  opportunityKind: OpportunityKind;
  /** The opportunity counts only if it cites one of these (the statute the document rests on). */
  citedAs: readonly string[];
  versions: readonly TemplateVersion[];
}

export const DOCUMENTS: Record<DocumentKind, DocumentDefinition> = {
  'us-ca-pc-1203.3-petition': {
    kind: 'us-ca-pc-1203.3-petition',
    jurisdiction: 'US-CA',
    label: 'Petition for early termination of probation (Cal. Penal Code § 1203.3)',
    opportunityKind: 'early_termination',
    citedAs: ['Cal. Penal Code § 1203.3(a)'],
    versions: caPc12033Petition,
  },
  'us-pa-probation-status-report': {
    kind: 'us-pa-probation-status-report',
    jurisdiction: 'US-PA',
    label: 'Probation status report before a review conference (42 Pa.C.S. § 9774.1(d))',
    opportunityKind: 'review_conference',
    // Only § 9774.1 conferences have a status report; a Section 7 review of pre-Act probation does not.
    citedAs: ['42 Pa.C.S. § 9774.1(a)', '42 Pa.C.S. § 9774.1(i)'],
    versions: paProbationStatusReport,
  },
  'us-mi-early-discharge-notice': {
    kind: 'us-mi-early-discharge-notice',
    jurisdiction: 'US-MI',
    label: 'Notice of eligibility for early discharge from probation (MCL 771.2)',
    opportunityKind: 'early_termination',
    citedAs: ['MCL 771.2(2)'],
    versions: miEarlyDischargeNotice,
  },
  'us-ga-proposed-order-terminating-probation': {
    kind: 'us-ga-proposed-order-terminating-probation',
    jurisdiction: 'US-GA',
    label: 'Proposed order terminating probation (O.C.G.A. § 17-10-1(a)(1)(B); § 42-8-37(c)(1))',
    opportunityKind: 'early_termination',
    citedAs: [GA_BID, GA_REVIEW],
    versions: gaProposedOrder,
  },
  'us-mo-earned-discharge-notice': {
    kind: 'us-mo-earned-discharge-notice',
    jurisdiction: 'US-MO',
    label: 'Notice of impending final discharge by earned compliance credits (RSMo § 217.703.10)',
    opportunityKind: 'earned_discharge',
    citedAs: ['RSMo § 217.703.7'],
    versions: moEarnedDischargeNotice,
  },
};

export type Applicability = { applies: true; opportunity: Opportunity } | { applies: false; reason: string };

/** Whether the document applies to the evaluated term, and on which opportunity. */
export function applicability(kind: DocumentKind, evaluation: TermEvaluation): Applicability {
  const doc = DOCUMENTS[kind];
  if (evaluation.jurisdiction.toUpperCase() !== doc.jurisdiction) {
    return {
      applies: false,
      reason: `This document is for ${doc.jurisdiction} terms; term ${evaluation.termId} is under ${evaluation.jurisdiction}.`,
    };
  }
  const candidates = evaluation.opportunities.filter(
    (o) => o.kind === doc.opportunityKind && o.citations.some((c) => doc.citedAs.includes(c)),
  );
  // Where several routes qualify (Georgia: incentive date and three-year review), the earliest open one.
  const open = candidates
    .filter((o) => o.status !== 'ineligible')
    .sort((a, b) => (a.date ?? '9999-12-31').localeCompare(b.date ?? '9999-12-31'))[0];
  if (open) return { applies: true, opportunity: open };
  const closed = candidates[0];
  if (closed) {
    const why = closed.reasons.length > 0 ? ` ${closed.reasons.join(' ')}` : '';
    return {
      applies: false,
      reason: `The evaluation of term ${evaluation.termId} finds this opportunity ineligible (${doc.citedAs.join(' or ')}).${why}`,
    };
  }
  return {
    applies: false,
    reason: `The evaluation of term ${evaluation.termId} (as of ${evaluation.asOf}) has no ${doc.opportunityKind.replace('_', ' ')} opportunity under ${doc.citedAs.join(' or ')}.`,
  };
}
