/**
 * The five documents, each generated from a fictional record evaluated on a day its opportunity is open.
 *
 * Dates (the law package's rules compute them; the arithmetic is repeated here so a change shows):
 * - CA: felony probation granted 2025-09-01 for 2 years (the AB 1950 cap), as of 2026-06-01: PC 1203.3(a)
 *   lets the court end it "at any time", so the petition's date is the grant, September 1, 2025.
 * - PA: M2 probation from 2024-07-01 for 2 years: review conference at the earlier of 2 years or 50%
 *   (1 year), not before 12 months: 2025-07-01; the status report is due 30 days before, June 1, 2025.
 * - MI: felony probation from 2022-01-10 for 2 years: half is 2023-01-10 (2020 PA 397 in force on the
 *   as-of day 2023-03-01).
 * - GA: felony probation sentenced 2022-01-10, no recorded incentive date: SB 105's default is 3 years,
 *   2025-01-10.
 * - MO: class E felony probation from 2021-03-15 for 5 years, DOC-supervised and compliant: credits and
 *   time served cover the term on 2023-10-01; the notice is due 60 days before, August 2, 2023.
 */
import { parseIsoDate } from '@pathways/law';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { applicability, documentsFor, DOCUMENTS, generateDocument, prepareDocument, type DocumentFacts } from './index.ts';
import { pdfText } from './test-support/pdf-text.ts';
import { CASES, evaluate } from './test-support/records.ts';

const PREPARER = { name: 'Officer Sam Rivera', agency: 'Agency One' };

const KEY_DATES: Record<string, string[]> = {
  'us-ca-pc-1203.3-petition': ['September 1, 2025', 'September 1, 2027', 'Case No. SCD-123456'],
  'us-pa-probation-status-report': ['July 1, 2025', 'by June 1, 2025', '$379.50 in restitution still owed'],
  'us-mi-early-discharge-notice': ['January 10, 2023', 'January 10, 2022'],
  'us-ga-proposed-order-terminating-probation': ['January 10, 2025', 'behavioral incentive date'],
  'us-mo-earned-discharge-notice': ['October 1, 2023', 'by August 2, 2023'],
};

function facts(kind: (typeof CASES)[number]['kind']): DocumentFacts {
  const c = CASES.find((x) => x.kind === kind)!;
  const prepared = prepareDocument(kind, c.record, evaluate(c.record, c.asOf), PREPARER, parseIsoDate(c.asOf));
  if ('reason' in prepared) throw new Error(prepared.reason);
  return prepared.facts;
}

describe.each(CASES)('$kind', ({ kind, record, asOf }) => {
  test('case: the document applies to its term, and only it among the five', () => {
    expect(documentsFor(evaluate(record, asOf), record).map((d) => d.kind)).toEqual([kind]);
  });

  test('case: the PDF loads back, its pages are numbered "Page n of m", and its text holds the name, citation and key dates', async () => {
    const bytes = await generateDocument(kind, facts(kind), parseIsoDate(asOf));
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = pdf.getPageCount();
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pdf.getProducer()).toBe('Pathways');
    const citation = pdf.getSubject()!;
    expect(citation).toBe(DOCUMENTS[kind].versions.at(-1)!.citation);

    const text = pdfText(bytes);
    expect(text).toContain(`${record.name!.given} ${record.name!.family}`);
    // The subject may join two citations ("…; …"); each is printed in the body.
    for (const c of citation.split('; ')) expect(text).toContain(c.replace(/^O\.C\.G\.A\. /, ''));
    for (const phrase of KEY_DATES[kind]!) expect(text).toContain(phrase);
    expect(text).toContain('DRAFT — review before filing');
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).not.toContain(`Page ${pages + 1} of`);
    expect(text).not.toMatch(/undefined|null|NaN/);
  });
});

test('case: a Missouri term with restitution unpaid gets no discharge notice, and the reason says why', () => {
  const mo = CASES.find((c) => c.kind === 'us-mo-earned-discharge-notice')!;
  const record = { ...mo.record, terms: [{ ...mo.record.terms[0]!, restitutionOrderedUsd: 2000 }] };
  const answer = applicability('us-mo-earned-discharge-notice', evaluate(record, mo.asOf));
  expect(answer.applies).toBe(false);
  if (!answer.applies) expect(answer.reason).toMatch(/ineligible.*restitution/is);
});

test('case: a California term gets no Missouri notice: the jurisdiction is named in the reason', () => {
  const ca = CASES.find((c) => c.kind === 'us-ca-pc-1203.3-petition')!;
  const answer = applicability('us-mo-earned-discharge-notice', evaluate(ca.record, ca.asOf));
  expect(answer).toEqual({ applies: false, reason: 'This document is for US-MO terms; term T-1 is under US-CA.' });
});

test('case: a California probation past its two-year cap has no PC 1203.3 petition', () => {
  const ca = CASES.find((c) => c.kind === 'us-ca-pc-1203.3-petition')!;
  // Granted 2024-03-15: the two-year cap ended it on 2026-03-15, before the as-of day 2026-06-01.
  const record = {
    ...ca.record,
    terms: [{ ...ca.record.terms[0]!, sentenceDate: '2024-03-15', startDate: '2024-03-15', length: { years: 3 } }],
  };
  expect(documentsFor(evaluate(record, ca.asOf), record)).toEqual([]);
});
