/**
 * Standard input can be read only once, but `evaluate` reads its input twice (validate, then
 * evaluate). So "-" is first copied to a private temporary file, removed when the command ends.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

export async function withStdinSpooled<T>(files: string[], run: (files: string[]) => Promise<T>): Promise<T> {
  if (!files.includes('-')) return run(files);
  const dir = mkdtempSync(join(tmpdir(), 'pathways-stdin-'));
  try {
    const spooled = join(dir, 'stdin');
    await pipeline(process.stdin, createWriteStream(spooled, { mode: 0o600 }));
    return await run(files.map((f) => (f === '-' ? spooled : f)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
