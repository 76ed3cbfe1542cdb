/**
 * A document template: data (title, caption, the statute it rests on, the dates it is in force) and a
 * small function from `DocumentFacts` to body blocks. A kind of document has one or more versions; the
 * version in force on the generation day is chosen as the law engine chooses a parameter's dated value
 * (packages/law/src/engine/parameters.ts): the latest `effectiveFrom` on or before the day, unless that
 * version's `effectiveTo` has passed.
 */
import { addDays, formatLongDate, parseIsoDate, type Day, type IsoDate } from '@pathways/law';
import type { DocumentFacts } from './facts.ts';

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  /** Items indented under a hanging marker ("1.", "[ ]", "-"). */
  | { type: 'list'; items: string[]; marker?: 'number' | 'box' | 'dash' }
  /** A blank line to sign, with the signer's role and any printed name under it. */
  | { type: 'signature'; label: string; printedName?: string | null };

export interface TemplateVersion {
  /** The statute the document rests on, as a reader cites it; also the PDF's subject. */
  citation: string;
  title: string;
  /** Court or agency caption, one line each, printed above the title. */
  caption: (facts: DocumentFacts) => string[];
  /** First day this version is in force (the law it follows took effect). */
  effectiveFrom: IsoDate;
  /** Last day in force, where a later version superseded it. */
  effectiveTo?: IsoDate;
  /** Where the effective date comes from. */
  source: string;
  body: (facts: DocumentFacts) => Block[];
}

/** The version in force on `day`, or undefined before the first one (or after the last one ended). */
export function versionInForce(versions: readonly TemplateVersion[], day: Day): TemplateVersion | undefined {
  let found: TemplateVersion | undefined;
  for (const v of versions) {
    const from = parseIsoDate(v.effectiveFrom);
    if (from > day) continue;
    if (v.effectiveTo !== undefined && parseIsoDate(v.effectiveTo) < day) continue;
    if (found === undefined || from > parseIsoDate(found.effectiveFrom)) found = v;
  }
  return found;
}

/** A line to fill in by hand where the record has no value. */
export const BLANK = '____________________';

export const orBlank = (value: string | null | undefined): string => (value && value.trim() !== '' ? value : BLANK);

/** "March 15, 2026", or a blank line. */
export const longDate = (iso: IsoDate | null | undefined): string => (iso ? formatLongDate(parseIsoDate(iso)) : BLANK);

/** `days` before (negative) or after an ISO date, written long. */
export const longDateOffset = (iso: IsoDate | null | undefined, days: number): string =>
  iso ? formatLongDate(addDays(parseIsoDate(iso), days)) : BLANK;

export function money(usd: number): string {
  const cents = Math.round(usd * 100);
  const dollars = Math.floor(cents / 100).toLocaleString('en-US');
  return `$${dollars}.${String(cents % 100).padStart(2, '0')}`;
}

/** The record's restitution, in words a court reads; the software cannot know payments the record lacks. */
export function restitutionSentence(facts: DocumentFacts): string {
  if (facts.restitutionBalanceUsd === null) return 'The supervision record shows no restitution ordered on this term.';
  if (facts.restitutionBalanceUsd === 0)
    return `The supervision record shows the restitution ordered on this term paid in full as of ${longDate(facts.evaluation.asOf)}.`;
  return `The supervision record shows ${money(facts.restitutionBalanceUsd)} in restitution still owed on this term as of ${longDate(facts.evaluation.asOf)}.`;
}

/** The evaluation's reasons and explanation, each with its citations: what the software computed, for review. */
export function computedBasis(facts: DocumentFacts): Block[] {
  const cite = (citations: readonly string[]) => (citations.length > 0 ? ` (${citations.join('; ')})` : '');
  return [
    { type: 'heading', text: 'Record summary computed by Pathways (to be checked against the file)' },
    {
      type: 'paragraph',
      text: `Evaluated as of ${longDate(facts.evaluation.asOf)} under ${facts.evaluation.lawVersion}. Term ${facts.termId}; sentence date ${longDate(facts.sentenceDate)}; supervision began ${longDate(facts.startDate)}; scheduled end ${longDate(facts.scheduledEndDate)}; projected end ${longDate(facts.projectedEndDate)}. The reasons below are quoted as the evaluation states them to the person on supervision: "you" is ${facts.person.name}.`,
    },
    {
      type: 'list',
      marker: 'dash',
      items: [
        ...facts.opportunity.reasons.map((r) => `${r}${cite(facts.opportunity.citations)}`),
        ...facts.explanation.map((step) => `${step.text}${cite(step.citations)}`),
      ],
    },
  ];
}

/** Who prepared the draft, and that it is a draft. */
export function preparedBy(facts: DocumentFacts): Block {
  const who = [facts.officer.name, facts.officer.agency].filter((x): x is string => !!x).join(', ');
  return {
    type: 'paragraph',
    text: `Draft prepared on ${longDate(facts.today)}${who ? ` by ${who}` : ''} with Pathways, from the supervision record (person ${facts.person.id}). It is a draft for counsel or the officer to review, correct and complete before filing; the software does not decide any fact the court must find.`,
  };
}
