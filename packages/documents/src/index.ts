/**
 * @pathways/documents: petitions, notices, reports and proposed orders as PDF, pre-filled from a record
 * and its evaluation, from templates versioned by effective date. Every document is a draft for counsel
 * or the officer to review before filing.
 */
import { formatIsoDate, type Day, type PersonRecord, type TermEvaluation } from '@pathways/law';
import { factsFor, type DocumentFacts, type Preparer } from './facts.ts';
import { applicability, DOCUMENT_KINDS, DOCUMENTS, type DocumentKind } from './registry.ts';
import { renderPdf, type RenderOptions } from './render-pdf.ts';
import { versionInForce, type TemplateVersion } from './template.ts';

export { DOCUMENT_KINDS, DOCUMENTS, applicability, isDocumentKind, type Applicability, type DocumentKind } from './registry.ts';
export { factsFor, displayName, type DocumentFacts, type Preparer } from './facts.ts';
export { versionInForce, type Block, type TemplateVersion } from './template.ts';
export { DRAFT_FOOTER, type RenderOptions } from './render-pdf.ts';

export interface ApplicableDocument {
  kind: DocumentKind;
  label: string;
  termId: string;
  /** The opportunity the document rests on. */
  opportunity: { kind: string; status: string; date: string | null };
}

/** The documents that apply to one evaluated term (a term of another jurisdiction gets none of them). */
export function documentsFor(evaluation: TermEvaluation, record: PersonRecord): ApplicableDocument[] {
  if (!record.terms.some((t) => t.id === evaluation.termId)) return [];
  return DOCUMENT_KINDS.flatMap((kind) => {
    const answer = applicability(kind, evaluation);
    if (!answer.applies) return [];
    const { kind: opportunityKind, status, date } = answer.opportunity;
    return [{ kind, label: DOCUMENTS[kind].label, termId: evaluation.termId, opportunity: { kind: opportunityKind, status, date } }];
  });
}

/** Thrown when no version of the template is in force on the generation day. */
export class NoTemplateInForce extends Error {
  constructor(
    readonly kind: DocumentKind,
    readonly on: string,
  ) {
    super(`No version of ${kind} is in force on ${on}.`);
  }
}

/** The template version a document generated on `on` uses. */
export function templateFor(kind: DocumentKind, on: Day): TemplateVersion {
  const version = versionInForce(DOCUMENTS[kind].versions, on);
  if (!version) throw new NoTemplateInForce(kind, formatIsoDate(on));
  return version;
}

export async function generateDocument(
  kind: DocumentKind,
  facts: DocumentFacts,
  on: Day,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const template = templateFor(kind, on);
  return renderPdf(
    {
      title: template.title,
      caption: template.caption(facts),
      citation: template.citation,
      blocks: template.body(facts),
      runningHead: `${template.title} · ${facts.person.name} · term ${facts.termId}`,
      // The generation day, not the wall clock: the same facts on the same day give the same file.
      createdAt: new Date(`${formatIsoDate(on)}T00:00:00Z`),
    },
    options,
  );
}

/** Facts for a term and document kind, or the reason the document does not apply. */
export function prepareDocument(
  kind: DocumentKind,
  record: PersonRecord,
  evaluation: TermEvaluation,
  preparer: Preparer,
  on: Day,
): { facts: DocumentFacts } | { reason: string } {
  const answer = applicability(kind, evaluation);
  if (!answer.applies) return { reason: answer.reason };
  if (!versionInForce(DOCUMENTS[kind].versions, on)) return { reason: `No version of this document is in force on ${formatIsoDate(on)}.` };
  return { facts: factsFor(record, evaluation, answer.opportunity, preparer, formatIsoDate(on)) };
}
