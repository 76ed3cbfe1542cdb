/**
 * Standard input can be read only once, but `evaluate` reads its input twice (validate, then
 * evaluate). So "-" is first copied to a private temporary file, removed when the command ends.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** Spooled copies by path: messages name standard input, not a temporary file the reader never saw. */
const spooledCopies = new Set<string>();

/** The name to show for a file the command reads: "<stdin>" for standard input's spooled copy. */
export function shownName(file: string): string {
  return spooledCopies.has(file) ? '<stdin>' : file;
}

export async function withStdinSpooled<T>(files: string[], run: (files: string[]) => Promise<T>): Promise<T> {
  if (!files.includes('-')) return run(files);
  const dir = mkdtempSync(join(tmpdir(), 'pathways-stdin-'));
  const spooled = join(dir, 'stdin');
  spooledCopies.add(spooled);
  try {
    await pipeline(process.stdin, createWriteStream(spooled, { mode: 0o600 }));
    return await run(files.map((f) => (f === '-' ? spooled : f)));
  } finally {
    spooledCopies.delete(spooled);
    rmSync(dir, { recursive: true, force: true });
  }
}
