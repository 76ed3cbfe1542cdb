/**
 * `evaluate` reads its input twice (validate, then evaluate), but standard input, a pipe, a named FIFO
 * or a process substitution (`<(…)`, `/dev/stdin`) can be read only once. So "-" and any input that is
 * not a regular file are first copied to a private temporary file, removed when the command ends.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** Spooled copies by path, with the name the user gave: messages name that, not a temporary file. */
const spooledCopies = new Map<string, string>();

/** The name to show for a file the command reads: "<stdin>" for standard input's spooled copy. */
export function shownName(file: string): string {
  return spooledCopies.get(file) ?? file;
}

/** Names of standard input itself: read through the process's own stream (a socket cannot be opened by name). */
const STDIN_NAMES = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** Read once only: standard input, a pipe or FIFO, a character device. A missing file or a directory is left to the reader's own message. */
function readableOnce(file: string): boolean {
  if (STDIN_NAMES.has(file)) return true;
  try {
    const stat = statSync(file);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

export async function withInputsSpooled<T>(files: string[], run: (files: string[]) => Promise<T>): Promise<T> {
  if (!files.some(readableOnce)) return run(files);
  const dir = mkdtempSync(join(tmpdir(), 'pathways-stdin-'));
  try {
    const copies: string[] = [];
    for (const [i, file] of files.entries()) {
      if (!readableOnce(file)) {
        copies.push(file);
        continue;
      }
      const spooled = join(dir, `input-${i}`);
      spooledCopies.set(spooled, file === '-' ? '<stdin>' : file);
      await pipeline(STDIN_NAMES.has(file) ? process.stdin : createReadStream(file), createWriteStream(spooled, { mode: 0o600 }));
      copies.push(spooled);
    }
    return await run(copies);
  } finally {
    for (const [spooled] of spooledCopies) if (spooled.startsWith(dir)) spooledCopies.delete(spooled);
    rmSync(dir, { recursive: true, force: true });
  }
}
