/**
 * Reads a record file (or standard input, as "-") in chunks through the law package's streaming
 * parser, yielding one raw record at a time: memory stays flat however long the file.
 */
import { createReadStream } from 'node:fs';
import { RecordFileError, RecordStreamParser, type RawRecord, type RecordStreamOptions } from '@pathways/law';

/**
 * Records a chunk at a time: one await per megabyte, not per record. `bytes`: read at most this many bytes
 * of the file (the part an earlier pass validated).
 */
export async function* readRecordBatches(
  file: string,
  options: RecordStreamOptions & { bytes?: number } = {},
): AsyncGenerator<RawRecord[]> {
  const { bytes, ...parserOptions } = options;
  const parser = new RecordStreamParser(parserOptions);
  const stream =
    file === '-'
      ? process.stdin
      : bytes === 0
        ? (async function* () {})()
        : createReadStream(file, { highWaterMark: 1 << 20, ...(bytes === undefined ? {} : { end: bytes - 1 }) });
  try {
    for await (const chunk of stream) {
      const batch = parser.push(chunk as Uint8Array);
      if (batch.length > 0) yield batch;
    }
  } catch (e) {
    if (e instanceof RecordFileError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new RecordFileError('no such file', undefined);
    if (err.code === 'EISDIR') throw new RecordFileError('is a directory, not a file', undefined);
    if (err.code === 'EACCES') throw new RecordFileError('cannot be read (permission denied)', undefined);
    throw new RecordFileError(`cannot be read: ${err.message}`, undefined);
  } finally {
    if (file !== '-' && 'destroy' in stream) stream.destroy();
  }
  const last = parser.end();
  if (last.length > 0) yield last;
}

export async function* readRecords(file: string, options: RecordStreamOptions = {}): AsyncGenerator<RawRecord> {
  for await (const batch of readRecordBatches(file, options)) yield* batch;
}
