/**
 * The text of a PDF as poppler's `pdftotext` reads it, whitespace collapsed (a wrapped date or name
 * reads as one phrase). Tests that check a document's words need poppler-utils (.ci/run installs it):
 * without it they fail with this message rather than pass on no check at all.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const PDFTOTEXT = '/usr/bin/pdftotext';

export function pdfText(pdf: Uint8Array): string {
  if (!existsSync(PDFTOTEXT)) {
    throw new Error(`${PDFTOTEXT} is missing: install poppler-utils (apt-get install poppler-utils) to check the documents' text.`);
  }
  return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
}
