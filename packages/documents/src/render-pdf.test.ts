/** Layout: fonts, names the standard font cannot draw, page breaks and numbering, blank lines for missing facts. */
import { parseIsoDate } from '@pathways/law';
import { PDFDocument } from 'pdf-lib';
import { expect, test } from 'vitest';
import { generateDocument, prepareDocument, type DocumentFacts } from './index.ts';
import { DEJAVU_SANS } from './render-pdf.ts';
import { drawableText } from './safe-text.ts';
import { pdfText } from './test-support/pdf-text.ts';
import { CASES, evaluate } from './test-support/records.ts';
import { existsSync } from 'node:fs';

const ca = CASES.find((c) => c.kind === 'us-ca-pc-1203.3-petition')!;
const ON = parseIsoDate(ca.asOf);
const NO_FONT = { fontPath: '/nonexistent/font.ttf', boldFontPath: '/nonexistent/font-bold.ttf' };

function caFacts(change: (f: DocumentFacts) => DocumentFacts = (f) => f): DocumentFacts {
  const prepared = prepareDocument(
    ca.kind,
    ca.record,
    evaluate(ca.record, ca.asOf),
    { name: 'Officer Sam Rivera', agency: 'Agency One' },
    ON,
  );
  if ('reason' in prepared) throw new Error(prepared.reason);
  return change(prepared.facts);
}

test('case: WinAnsi-safe text keeps Latin-1 accents and replaces what Helvetica cannot encode', () => {
  const latin1 = (cp: number) => cp < 0x100;
  expect(drawableText('Zoë Núñez', latin1)).toBe('Zoë Núñez');
  expect(drawableText('Łukasz Nguyễn 李', latin1)).toBe('Lukasz Nguyen ?');
});

test('case: with Helvetica, a name outside WinAnsi is transliterated and generation does not throw', async () => {
  const bytes = await generateDocument(
    ca.kind,
    caFacts((f) => ({ ...f, person: { ...f.person, name: 'Łukasz Nguyễn-Núñez' } })),
    ON,
    NO_FONT,
  );
  const text = pdfText(bytes);
  expect(text).toContain('Lukasz Nguyen-Núñez');
  expect(text).toContain('Cal. Penal Code § 1203.3(a)');
});

test('case: with DejaVu Sans embedded, the name keeps every letter', async () => {
  expect(existsSync(DEJAVU_SANS), `${DEJAVU_SANS} is missing: install fonts-dejavu-core`).toBe(true);
  const bytes = await generateDocument(
    ca.kind,
    caFacts((f) => ({ ...f, person: { ...f.person, name: 'Łukasz Nguyễn' } })),
    ON,
  );
  expect(pdfText(bytes)).toContain('Łukasz Nguyễn');
});

test('case: a very long explanation breaks across pages, each numbered "Page n of m", with the running head after page one', async () => {
  const steps = Array.from({ length: 60 }, (_, i) => ({
    text: `Step ${i + 1}: ${'a long explanation that goes on and on '.repeat(4)}Supercalifragilisticexpialidocious${'x'.repeat(120)}`,
    citations: ['Cal. Penal Code § 1203.3(a)'],
  }));
  const bytes = await generateDocument(
    ca.kind,
    caFacts((f) => ({ ...f, explanation: steps })),
    ON,
  );
  const pages = (await PDFDocument.load(bytes)).getPageCount();
  expect(pages).toBeGreaterThanOrEqual(4);
  const text = pdfText(bytes);
  for (let n = 1; n <= pages; n++) expect(text).toContain(`Page ${n} of ${pages}`);
  expect(text).toContain('Step 60:');
  expect(text).toContain('Zoë Núñez · term T-1');
});

test('case: missing optional facts print blank lines, never "undefined" or "null"', async () => {
  const bytes = await generateDocument(
    ca.kind,
    caFacts((f) => ({ ...f, caseNumber: null, scheduledEndDate: null, projectedEndDate: null, officer: { name: null, agency: null } })),
    ON,
  );
  const text = pdfText(bytes);
  expect(text).toContain('Case No. ____________________');
  expect(text).toContain('scheduled to end on ____________________');
  expect(text).not.toMatch(/undefined|null|NaN/);
});
