/**
 * Reform files on disk, for the command line, the benchmarks and the tests: where the shipped ones are, and
 * reading one into the text a run takes (`ReformText`). Kept apart from reform-file.ts, which checks the
 * text with no Node API so that the same checks run in a browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JURISDICTIONS, type JurisdictionRegistry } from '@pathways/law';
import { parseReformFile, ReformFileError, type ReformFile, type ReformText } from './reform-file.ts';

/**
 * The reform files shipped with Pathways (`reforms/` at the repository root): beside the sources, or, from a
 * bundle whose file sits elsewhere (packages/cli/dist), the folder of that name in the nearest directory above
 * it that has one.
 */
export const SHIPPED_REFORMS_DIR = shippedReformsDir();

function shippedReformsDir(): string {
  const besideSources = fileURLToPath(new URL('../../../../reforms/', import.meta.url));
  if (existsSync(join(besideSources, 'README.md'))) return besideSources;
  for (let dir = dirname(fileURLToPath(import.meta.url)); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'reforms', 'README.md'))) return join(dir, 'reforms');
  }
  return besideSources;
}

/** A reform file's text; an unreadable file is a `ReformFileError` like any other problem with it. */
export function readReformText(path: string): ReformText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EISDIR'
        ? 'is a directory, not a reform file'
        : code === 'ENOENT'
          ? 'no such file'
          : `cannot read: ${(error as Error).message}`;
    throw new ReformFileError(path, [{ path: [], message: why }]);
  }
  try {
    // Fatal: a file that is not UTF-8 is refused, as record files are, not read with replacement characters.
    return { file: path, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    throw new ReformFileError(path, [{ path: [], message: 'is not valid UTF-8 text' }]);
  }
}

/** Reads and checks a reform file. `registry` names the jurisdictions it may apply to. */
export function loadReformFile(path: string, registry: JurisdictionRegistry = JURISDICTIONS): ReformFile {
  const { file, text } = readReformText(path);
  return parseReformFile(text, file, registry);
}
