/** One thing wrong with an import, precise enough to find and fix in the source file. */
export interface ImportError {
  /** The source's name (its file name). */
  file: string;
  /** 1-based line where the record (JSON) or row (CSV) is; absent when the problem is the file as a whole. */
  line?: number;
  /** The record's `id` where it has a usable one, otherwise its position (`#3`); empty for a file-level problem. */
  record: string;
  /** Field path inside the record (`terms[0].startDate`), or the CSV column; empty for the record as a whole. */
  path: string;
  message: string;
}

/** A record as a reader hands it to the importer: its value, or why it could not be read. */
export interface CandidateRecord {
  /** 1-based position of the record in the source. */
  position: number;
  line: number;
  value?: unknown;
  /** The record's JSON text, not parsed yet (JSON sources): the preparing thread parses it. */
  text?: string;
  /** Problems found while reading (JSON that does not parse, a CSV row that cannot be placed). */
  errors?: ImportError[];
}

/** A problem with the source itself, after which nothing more can be read: the whole import is refused. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}
