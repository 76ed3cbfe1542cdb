/**
 * The reform files a campaign can link to: the ones shipped in the repository's reforms/ folder (the same
 * files `pathways simulate` and the policy lab read), each checked by the simulator's parser. A campaign
 * names its file by its name alone (`us-mo-45-day-credits.yaml`), never by a path, so nothing a request
 * sends can reach another file on the server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calibrationFor, parseReformFile, SHIPPED_REFORMS_DIR, type ReformText } from '@pathways/sim';

export interface ShippedReform {
  file: string;
  name: string;
  /** The law package's code (`US-MO`). */
  jurisdiction: string;
  citations: string[];
  description: string | null;
  /** The first month the file suggests for its runs, if it names one. */
  start: string | null;
}

const FILE_NAME = /^[a-z0-9][a-z0-9._-]*\.ya?ml$/;

let cached: ShippedReform[] | undefined;

/**
 * Every shipped file the simulator can run (its jurisdiction calibrated), by file name. Read once per
 * process: the folder is part of the installation, not data.
 */
export function shippedReforms(): ShippedReform[] {
  if (cached) return cached;
  const dir = SHIPPED_REFORMS_DIR;
  const found: ShippedReform[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => FILE_NAME.test(f))
    .sort()) {
    try {
      const parsed = parseReformFile(readFileSync(join(dir, file), 'utf8'), file);
      calibrationFor(parsed.jurisdiction);
      found.push({
        file,
        name: parsed.name,
        jurisdiction: parsed.jurisdiction,
        citations: parsed.citations,
        description: parsed.description ?? null,
        start: parsed.start ?? null,
      });
    } catch {
      // Not runnable here (no calibration, or a file the parser refuses): not offered.
    }
  }
  cached = found;
  return found;
}

export function shippedReform(file: string): ShippedReform | undefined {
  return shippedReforms().find((r) => r.file === file);
}

/** The text of a shipped file, for a run; undefined for a name that is not one of them. */
export function shippedReformText(file: string): ReformText | undefined {
  if (!shippedReform(file)) return undefined;
  return { file, text: readFileSync(join(SHIPPED_REFORMS_DIR, file), 'utf8') };
}
