/**
 * What a command was given cannot be used (a path that does not exist, a file that is not what it should
 * be, a malformed value): exit status 2 with the message alone, not an internal fault (1) with a stack.
 */
export class InputError extends Error {}

/** Errors of the file system that name a path the user gave: a missing directory, no permission, a directory where a file was meant. */
const PATH_CODES = new Set(['ENOENT', 'EACCES', 'EPERM', 'ENOTDIR', 'EISDIR', 'EROFS', 'ENAMETOOLONG']);

/** The message for a file system error on a path, or undefined where `e` is not one. */
export function pathProblem(e: unknown): string | undefined {
  const { code, path } = (e ?? {}) as { code?: unknown; path?: unknown };
  if (typeof code !== 'string' || typeof path !== 'string' || !PATH_CODES.has(code)) return undefined;
  const why: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOTDIR: 'a part of the path is not a directory',
    EISDIR: 'it is a directory',
    EROFS: 'the file system is read-only',
    ENAMETOOLONG: 'the name is too long',
  };
  return `cannot use ${path}: ${why[code]}`;
}
