/**
 * Review records: for each provision a jurisdiction encodes, the source text it was encoded from, who
 * reviewed the encoding and when, the readings chosen and the questions still open. A lawyer checking
 * a rule starts here; `pathways law list` prints them as a coverage table and the law reference renders
 * them beside the rule's parameters.
 */
import { isIsoDate, type IsoDate } from '../dates/calendar.ts';

export interface SourceText {
  /** The provision as cited: "RSMo § 217.703". */
  citation: string;
  /** Which text was read: "current text, as amended by 2022 S.B. 775 (eff. 2022-08-28)". */
  version: string;
  /** The day it was read. */
  read: IsoDate;
  /** Where it was read. */
  url: string;
  /** Primary (the statute, session law or opinion itself, or a verbatim copy) or secondary (a summary). */
  kind: 'primary' | 'secondary';
}

export type ReviewStatus =
  /** Encoded from primary text read in full for the parts encoded. */
  | 'encoded from primary text'
  /** Some of what is encoded rests on secondary sources. */
  | 'partly from secondary sources'
  /** Rests on sources that could not be checked; treat as provisional. */
  | 'unverified'
  /** Checked against the text by a reviewer other than the encoder. */
  | 'reviewed';

export interface Review {
  by: string;
  on: IsoDate;
  status: ReviewStatus;
  note?: string;
}

export interface ProvisionRecord {
  /** `us-mo.ecc-credits`: unique across jurisdictions. */
  id: string;
  title: string;
  /** The subsection(s) encoded: "RSMo § 217.703.3–.6". */
  citation: string;
  /** Keys of the jurisdiction's `rules` that encode it. */
  rules: string[];
  /** When the provision is in force, and which date of the case selects the version. */
  effective: { from: IsoDate; to?: IsoDate; selectedBy: string };
  sources: SourceText[];
  reviews: Review[];
  /** The reading chosen wherever the text admits more than one. */
  readings: string[];
  openQuestions: string[];
  /** Repository-relative paths of the tests that probe it. */
  tests: string[];
}

/**
 * The reviewer named on a review the encoder made itself: a check of the encoding against the text it
 * read, which is not legal review.
 */
export const ENGINEERING_REVIEWER = 'Pathways engineering (encoding check against the text read; not legal review)';

/** A review by {@link ENGINEERING_REVIEWER} made on `on`; `note` is left out of the record when not given. */
export function engineeringReview(on: IsoDate, status: ReviewStatus, note?: string): Review {
  return note === undefined ? { by: ENGINEERING_REVIEWER, on, status } : { by: ENGINEERING_REVIEWER, on, status, note };
}

/** A builder of the source texts read on `on`: a jurisdiction makes one for the day it read its sources. */
export function sourceReadOn(on: IsoDate): (citation: string, version: string, url: string, kind?: SourceText['kind']) => SourceText {
  return (citation, version, url, kind = 'primary') => ({ citation, version, read: on, url, kind });
}

/**
 * A builder of the `tests` paths of a jurisdiction's records: `folder` is repository-relative
 * ("packages/law/src/jurisdictions/us-mo"), and the builder takes a path inside it ("rules/ecc.test.ts").
 */
export function testFilesIn(folder: string): (file: string) => string {
  return (file) => `${folder}/${file}`;
}

/** The latest review's status: what a reader should trust the encoding for. */
export function reviewStatus(p: ProvisionRecord): ReviewStatus {
  return p.reviews.reduce((latest, r) => (r.on >= latest.on ? r : latest)).status;
}

/** Problems with a jurisdiction's review records, for a test to assert there are none. */
export function reviewRecordProblems(provisions: readonly ProvisionRecord[], ruleNames: readonly string[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const covered = new Set<string>();
  for (const p of provisions) {
    if (ids.has(p.id)) problems.push(`${p.id}: id used twice`);
    ids.add(p.id);
    if (p.sources.length === 0) problems.push(`${p.id}: no source text`);
    if (p.reviews.length === 0) problems.push(`${p.id}: no review`);
    if (p.tests.length === 0) problems.push(`${p.id}: no tests`);
    if (!isIsoDate(p.effective.from) || (p.effective.to !== undefined && !isIsoDate(p.effective.to)))
      problems.push(`${p.id}: effective dates are not real dates`);
    for (const s of p.sources) if (!isIsoDate(s.read) || !s.url) problems.push(`${p.id}: source ${s.citation} lacks a read date or link`);
    for (const r of p.reviews) if (!isIsoDate(r.on) || !r.by) problems.push(`${p.id}: a review lacks its reviewer or date`);
    for (const rule of p.rules) {
      if (!ruleNames.includes(rule)) problems.push(`${p.id}: names rule "${rule}", which the jurisdiction does not have`);
      covered.add(rule);
    }
  }
  for (const rule of ruleNames) if (!covered.has(rule)) problems.push(`rule "${rule}" has no review record`);
  return problems;
}
