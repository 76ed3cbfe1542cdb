/**
 * What a command was given cannot be used (a path that does not exist, a file that is not what it should
 * be, a malformed value): exit status 2 with the message alone, not an internal fault (1) with a stack.
 * Only errors on a path the user gave become one: the command names that path (never a temporary name
 * of its own), and a missing file of Pathways itself stays an internal fault.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export class InputError extends Error {}

const WHY: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  ENAMETOOLONG: 'the name is too long',
};

/** Refuses, before any work, an output file the command could not write: a directory, or one in a directory that does not exist. */
export function checkOutputFile(path: string, option: string): void {
  const target = resolve(path);
  const stat = statSync(target, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new InputError(`${option} ${path} is a directory; give a file name`);
  const parent = statSync(dirname(target), { throwIfNoEntry: false });
  if (parent === undefined) throw new InputError(`${option} ${path}: the directory ${dirname(target)} does not exist`);
  if (!parent.isDirectory()) throw new InputError(`${option} ${path}: ${dirname(target)} is not a directory`);
}

/** A file system error met while writing the user's `path`, as an InputError naming that path; anything else as it is. */
export function onUserPath(e: unknown, path: string): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && WHY[code] !== undefined ? new InputError(`cannot write ${path}: ${WHY[code]}`) : e;
}
