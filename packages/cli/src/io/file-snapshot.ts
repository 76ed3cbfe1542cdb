/**
 * `evaluate` reads a file twice: it validates every record, then evaluates them. A file still being
 * written (an export job appending to it) could hold, in the second pass, records the first never saw.
 * A snapshot of the file (size, modification time, inode) taken before and after the first pass, and
 * again after the second, tells whether it changed; the second pass reads only the bytes the first
 * validated.
 */
import { statSync } from 'node:fs';

export interface FileSnapshot {
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
}

/** The file's snapshot; undefined where it is not a regular file that can be stated (the reader reports why). */
export function snapshot(file: string): FileSnapshot | undefined {
  try {
    const s = statSync(file);
    return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino, dev: s.dev } : undefined;
  } catch {
    return undefined;
  }
}

export function sameFile(a: FileSnapshot | undefined, b: FileSnapshot | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino && a.dev === b.dev;
}
