/**
 * Where an import's bytes come from: a file path, or bytes the caller already holds (an upload,
 * a stream). Chunks are read one at a time so a file of any size passes in flat memory.
 */
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { SourceError } from './import-error.ts';

export type ImportFormat = 'json' | 'csv';

export interface ImportSource {
  /** The file's name, used in every error; also the path to read when `data` is absent. */
  name: string;
  /**
   * `json`: a JSON array of records or JSON Lines, told apart by the first character (spec § 1).
   * `csv`: the layout of docs/import-csv.md. Default: `csv` for a name ending `.csv`, else `json`.
   */
  format?: ImportFormat;
  /** The bytes, when they are not to be read from the file `name`. */
  data?: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | Uint8Array | string;
}

export function formatOf(source: ImportSource): ImportFormat {
  return source.format ?? (extname(source.name).toLowerCase() === '.csv' ? 'csv' : 'json');
}

/** The source's bytes a chunk at a time (about a megabyte each when read from a file). */
export async function* chunksOf(source: ImportSource): AsyncGenerator<Uint8Array> {
  const data = source.data;
  if (typeof data === 'string') {
    yield new TextEncoder().encode(data);
    return;
  }
  if (data instanceof Uint8Array) {
    yield data;
    return;
  }
  if (data !== undefined) {
    for await (const chunk of data as AsyncIterable<Uint8Array>) yield typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    return;
  }
  const stream = createReadStream(source.name, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new SourceError('no such file', undefined);
    if (err.code === 'EISDIR') throw new SourceError('is a directory, not a file', undefined);
    if (err.code === 'EACCES') throw new SourceError('cannot be read (permission denied)', undefined);
    throw new SourceError(`cannot be read: ${err.message}`, undefined);
  } finally {
    stream.destroy();
  }
}
