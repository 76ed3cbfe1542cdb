/**
 * The bills a lab run can start from: the reform files shipped in the repository's reforms/ folder, read
 * into the bundle as text at build time (so the page needs no server API), each checked once by the same
 * parser `pathways simulate` uses. A file that fails the check is left out of the list rather than
 * breaking the page; its test (shipped-bills.test.ts) keeps every shipped file loadable.
 */
import { parseReformFile, type ReformText } from '@pathways/sim/core';

export interface ShippedBill extends ReformText {
  /** The file's name in reforms/, e.g. `us-mo-ecc-2012.yaml`: the key the share link keeps. */
  file: string;
  name: string;
  jurisdiction: string;
  citations: string[];
  description?: string;
  /** The first month the file suggests for its runs (`start:`), as `pathways simulate` takes it. */
  start?: string;
}

const texts = import.meta.glob<string>('../../../../../reforms/*.yaml', { query: '?raw', import: 'default', eager: true });

function load(): ShippedBill[] {
  const bills: ShippedBill[] = [];
  for (const [path, text] of Object.entries(texts)) {
    const file = path.split('/').pop()!;
    try {
      const parsed = parseReformFile(text, file);
      bills.push({
        file,
        text,
        name: parsed.name,
        jurisdiction: parsed.jurisdiction,
        citations: parsed.citations,
        ...(parsed.description !== undefined ? { description: parsed.description } : {}),
        ...(parsed.start !== undefined ? { start: parsed.start } : {}),
      });
    } catch {
      // Left out: the test of this module names the file that fails.
    }
  }
  return bills.sort((a, b) => a.file.localeCompare(b.file));
}

export const SHIPPED_BILLS: readonly ShippedBill[] = load();

/** The number of files found, loadable or not (the test compares it with SHIPPED_BILLS). */
export const SHIPPED_FILE_COUNT = Object.keys(texts).length;

export function billsFor(jurisdiction: string): ShippedBill[] {
  return SHIPPED_BILLS.filter((b) => b.jurisdiction === jurisdiction);
}

export function billByFile(file: string | null): ShippedBill | undefined {
  return file === null ? undefined : SHIPPED_BILLS.find((b) => b.file === file);
}
