/**
 * JSON array or JSON Lines → candidate records, through the law package's streaming parser (the
 * same one `pathways validate` uses), so the two read a file identically.
 */
import { RecordFileError, RecordStreamParser, type RawRecord } from '@pathways/law';
import { SourceError, type CandidateRecord } from './import-error.ts';
import { chunksOf, type ImportSource } from './source.ts';

export async function* readJsonRecords(source: ImportSource): AsyncGenerator<CandidateRecord[]> {
  const parser = new RecordStreamParser();
  // The text goes to the preparing thread as it is: copying a string to a worker costs far less than
  // copying the objects parsed from it, and the parsing moves off the thread that writes the database.
  const convert = (raw: RawRecord): CandidateRecord =>
    raw.unread === undefined
      ? { position: raw.position, line: raw.line, text: raw.text }
      : {
          position: raw.position,
          line: raw.line,
          errors: [{ file: source.name, line: raw.line, record: `#${raw.position}`, path: '', message: raw.unread }],
        };
  try {
    for await (const chunk of chunksOf(source)) {
      const batch = parser.push(chunk);
      if (batch.length > 0) yield batch.map(convert);
    }
    const last = parser.end();
    if (last.length > 0) yield last.map(convert);
  } catch (e) {
    if (e instanceof RecordFileError) throw new SourceError(e.message, e.line);
    throw e;
  }
}
