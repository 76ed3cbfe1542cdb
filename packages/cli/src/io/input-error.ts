/**
 * What a command was given cannot be used (a path that does not exist, a file that is not what it should
 * be, a malformed value): exit status 2 with the message alone, not an internal fault (1) with a stack.
 * Only errors on a path the user gave become one: the command names that path (never a temporary name
 * of its own), and a missing file of Pathways itself stays an internal fault.
 */
import { lstatSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { makeDirectories } from '@pathways/store/make-directories';

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
  EEXIST: 'something of that name is in the way (a link to nothing?)',
};

/** `statSync` that reports a path it cannot reach (a file where a directory should be, no permission) as an InputError. */
function statOf(path: string, option: string, given: string) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (e) {
    throw onUserPath(e, given, option);
  }
}

/**
 * Refuses, before any work, an output file the command could not write: a directory, something other
 * than a regular file, "-", or one under a path that is not a directory. `createsDirectory`: the command makes a missing parent (`makeDirectory`).
 */
export function checkOutputFile(path: string, option: string, createsDirectory = false): void {
  if (path === '-') throw new InputError(`${option} -: give a file name (this command does not write to standard output)`);
  const target = resolve(path);
  const existing = statOf(target, option, path);
  if (existing?.isDirectory()) throw new InputError(`${option} ${path} is a directory; give a file name`);
  // Renamed over, a link would be replaced by the file, and what it points to left as it was.
  if (existing !== undefined && lstatSync(target).isSymbolicLink())
    throw new InputError(`${option} ${path} is a symbolic link; give the file it points to`);
  // The file is written beside it and renamed over it: a device (/dev/null) or a pipe would be replaced by a file.
  if (existing !== undefined && !existing.isFile())
    throw new InputError(`${option} ${path} is not a regular file (a device or a pipe?); give a file name`);
  const parent = statOf(dirname(target), option, path);
  if (parent === undefined && !createsDirectory) throw new InputError(`${option} ${path}: the directory ${dirname(target)} does not exist`);
  if (parent !== undefined && !parent.isDirectory()) throw new InputError(`${option} ${path}: ${dirname(target)} is not a directory`);
}

/** Refuses, before any work, an output directory under a path that is not a directory (`makeDirectory` makes a missing one). */
export function checkOutputDirectory(path: string | undefined, option = '--out'): void {
  if (path === undefined) return;
  const stat = statOf(resolve(path), option, path);
  if (stat !== undefined && !stat.isDirectory()) throw new InputError(`${option} ${path} is a file; give a directory`);
}

/** Makes the directory `path` and any missing parents (`makeDirectories`), an error on the way naming `given`. */
export function makeDirectory(path: string, option: string, given = path): void {
  try {
    makeDirectories(path);
  } catch (e) {
    throw onUserPath(e, given, option);
  }
}

/** A file system error met while writing the user's `path`, as an InputError naming that path; anything else as it is. */
export function onUserPath(e: unknown, path: string, option?: string): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || WHY[code] === undefined) return e;
  return new InputError(option === undefined ? `cannot write ${path}: ${WHY[code]}` : `${option} ${path}: ${WHY[code]}`);
}
