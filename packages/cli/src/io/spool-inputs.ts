/**
 * `evaluate` reads its input twice (validate, then evaluate), but standard input, a pipe, a named FIFO
 * or a process substitution (`<(…)`, `/dev/stdin`) can be read only once. So "-" and any input that is
 * not a regular file are first copied to a private temporary file, removed when the command ends, and
 * also when it is interrupted (SIGINT, SIGTERM, SIGHUP): the copy holds people's records. An input whose
 * first character (after a byte order mark and white space) cannot begin JSON or JSON Lines is not
 * copied further: the reader's message about it needs only its first bytes (`/dev/zero` fills no disk).
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

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

/** Copies `source` to `path` (mode 0600), stopping after the first bytes where they cannot begin JSON. */
async function copyInput(source: Readable, path: string): Promise<void> {
  const out = await open(path, 'wx', 0o600);
  try {
    let begun = false;
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (!begun) {
        const first = firstSignificantByte(chunk);
        if (first === undefined) {
          await out.write(chunk);
          continue;
        }
        begun = true;
        if (first.byte !== 0x5b && first.byte !== 0x7b) {
          // Not "[" or "{": keep what the reader needs to say so, and read no further.
          await out.write(chunk.subarray(0, first.at + 1));
          break;
        }
      }
      await out.write(chunk);
    }
  } finally {
    await out.close();
  }
}

/** The first byte that is not white space or part of a UTF-8 byte order mark, and where it is. */
function firstSignificantByte(chunk: Buffer): { byte: number; at: number } | undefined {
  for (let i = 0; i < chunk.length; i++) {
    const b = chunk[i]!;
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return { byte: b, at: i };
  }
  return undefined;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };

export async function withInputsSpooled<T>(files: string[], run: (files: string[]) => Promise<T>): Promise<T> {
  if (!files.some(readableOnce)) return run(files);
  const dir = mkdtempSync(join(tmpdir(), 'pathways-stdin-'));
  // Interrupted, the command still removes the copies: exit (which runs the 'exit' handler) with the
  // status a shell gives a process the signal ended, 128 + its number.
  const removeCopies = () => rmSync(dir, { recursive: true, force: true });
  const onSignal = (signal: (typeof SIGNALS)[number]) => process.exit(128 + SIGNAL_NUMBERS[signal]);
  process.once('exit', removeCopies);
  for (const signal of SIGNALS) process.once(signal, onSignal);
  try {
    const copies: string[] = [];
    for (const [i, file] of files.entries()) {
      if (!readableOnce(file)) {
        copies.push(file);
        continue;
      }
      const spooled = join(dir, `input-${i}`);
      spooledCopies.set(spooled, file === '-' ? '<stdin>' : file);
      await copyInput(STDIN_NAMES.has(file) ? process.stdin : createReadStream(file), spooled);
      copies.push(spooled);
    }
    return await run(copies);
  } finally {
    for (const [spooled] of spooledCopies) if (spooled.startsWith(dir)) spooledCopies.delete(spooled);
    removeCopies();
    process.removeListener('exit', removeCopies);
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  }
}
