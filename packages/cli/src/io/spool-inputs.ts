/**
 * `evaluate` reads its input twice (validate, then evaluate), but standard input, a pipe, a named FIFO
 * or a process substitution (`<(…)`, `/dev/stdin`) can be read only once. So "-" and any input that is
 * not a regular file are first copied to a private temporary file, removed when the command ends, and
 * also when it is interrupted (SIGINT, SIGTERM, SIGHUP: the copies go, then the signal ends the process
 * as it would have, so a shell script running the command stops too): the copy holds people's records.
 * Input whose first character can begin no JSON value is not copied past its start; input that does not
 * begin with "[" (JSON Lines) is copied only while its lines stay within the record size limit. Past
 * either the reader has its error, and `yes`, `/dev/zero` or `/dev/urandom` fill no disk; endless blank
 * lines (`yes ''`) are refused once they pass 16 MiB.
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { DEFAULT_MAX_RECORD_BYTES, MAX_BLANK_RUN } from '@pathways/law';
import { InputError } from './input-error.ts';

/** Spooled copies by path, with the name the user gave: messages name that, not a temporary file. */
const spooledCopies = new Map<string, string>();

/** The name to show for a file the command reads: "<stdin>" for standard input's spooled copy. */
export function shownName(file: string): string {
  return spooledCopies.get(file) ?? file;
}

/** Names of standard input itself: read through the process's own stream (a socket cannot be opened by name). */
const STDIN_NAMES = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** The name is one of standard input's: it can be read once in a command. */
export const namesStandardInput = (file: string): boolean => STDIN_NAMES.has(file);

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

/**
 * Copies `source` to `path` (mode 0600); input not beginning with "[" stops at a line longer than `maxLine`
 * bytes. Refuses (InputError naming `shown`) input with more than MAX_BLANK_RUN bytes of white space in a
 * row, as the reader would (json-stream.ts), before copying it all.
 */
async function copyInput(source: Readable, path: string, maxLine: number, shown: string): Promise<void> {
  const out = await open(path, 'wx', 0o600);
  try {
    let array: boolean | undefined;
    let lineBytes = 0;
    let blankRun = 0;
    for await (const chunk of source as AsyncIterable<Buffer>) {
      const last = lastSignificantByte(chunk);
      blankRun = last < 0 ? blankRun + chunk.length : chunk.length - last - 1;
      if (blankRun > MAX_BLANK_RUN)
        throw new InputError(
          `${shown}: more than ${MAX_BLANK_RUN / 1024 / 1024} MiB of blank space in a row, and no record in it; stopped reading`,
        );
      const first = array === undefined ? firstSignificantByte(chunk) : undefined;
      if (first !== undefined) {
        array = first === 0x5b;
        if (!BEGINS_JSON.has(first)) {
          // No JSON value begins so (`yes`, /dev/urandom, /dev/zero): the reader needs only this start.
          await out.write(chunk.subarray(0, Math.min(chunk.length, 64)));
          break;
        }
      }
      if (array !== true) {
        const newline = chunk.lastIndexOf(0x0a);
        const longest = newline < 0 ? lineBytes + chunk.length : Math.max(lineBytes + chunk.indexOf(0x0a), longestLine(chunk));
        if (longest > maxLine) {
          // The reader needs only the start of the line to say it is too long, or not JSON.
          await out.write(chunk.subarray(0, Math.min(chunk.length, maxLine + 1)));
          break;
        }
        lineBytes = newline < 0 ? lineBytes + chunk.length : chunk.length - newline - 1;
      }
      await out.write(chunk);
    }
  } finally {
    await out.close();
  }
}

/** The bytes a JSON value can begin with: [ { " - 0–9 t f n. */
const BEGINS_JSON = new Set([0x5b, 0x7b, 0x22, 0x2d, ...Array.from({ length: 10 }, (_, i) => 0x30 + i), 0x74, 0x66, 0x6e]);

/** The longest run of bytes between line breaks within `chunk`. */
function longestLine(chunk: Buffer): number {
  let longest = 0;
  let from = 0;
  for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, from)) {
    if (i - from > longest) longest = i - from;
    from = i + 1;
  }
  return Math.max(longest, chunk.length - from);
}

/** JSON's white space: space, tab, line feed, carriage return. */
const isBlank = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** The index of the last byte of `chunk` that is not white space; −1 where all are. */
function lastSignificantByte(chunk: Buffer): number {
  for (let i = chunk.length - 1; i >= 0; i--) if (!isBlank(chunk[i]!)) return i;
  return -1;
}

/** The first byte that is not white space or part of a UTF-8 byte order mark. */
function firstSignificantByte(chunk: Buffer): number | undefined {
  for (const b of chunk) {
    if (isBlank(b) || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b;
  }
  return undefined;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export async function withInputsSpooled<T>(
  files: string[],
  run: (files: string[]) => Promise<T>,
  maxLine = DEFAULT_MAX_RECORD_BYTES,
): Promise<T> {
  if (!files.some(readableOnce)) return run(files);
  // The handlers come first, so that no moment leaves a copy without them.
  let dir: string | undefined;
  const removeCopies = () => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  };
  const stopListening = () => {
    process.removeListener('exit', removeCopies);
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    removeCopies();
    stopListening();
    process.kill(process.pid, signal);
  };
  process.once('exit', removeCopies);
  for (const signal of SIGNALS) process.once(signal, onSignal);
  dir = mkdtempSync(join(tmpdir(), 'pathways-stdin-'));
  try {
    const copies: string[] = [];
    for (const [i, file] of files.entries()) {
      if (!readableOnce(file)) {
        copies.push(file);
        continue;
      }
      const spooled = join(dir, `input-${i}`);
      const shown = file === '-' ? '<stdin>' : file;
      spooledCopies.set(spooled, shown);
      await copyInput(STDIN_NAMES.has(file) ? process.stdin : createReadStream(file), spooled, maxLine, shown);
      copies.push(spooled);
    }
    return await run(copies);
  } finally {
    for (const [spooled] of spooledCopies) if (spooled.startsWith(dir)) spooledCopies.delete(spooled);
    removeCopies();
    stopListening();
  }
}
