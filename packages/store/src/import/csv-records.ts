/**
 * The CSV layout (docs/import-csv.md): one file, one row per person, term, offense, order, event or
 * prior conviction, told apart by the `record_type` column; a person's rows follow its `person` row.
 * Each other column is the record field of the same name (dotted for nested objects: `length.years`),
 * so the mapping is mechanical and a column the layout does not know is kept as a field, as the JSON
 * importer keeps unknown fields. Values that do not convert (a number column holding "ten") are passed
 * on as text, so the record's validation names the field and the reason.
 */
import { Readable } from 'node:stream';
import { firstInvalidUtf8Offset } from '@pathways/law';
import { parse, CsvError } from 'csv-parse';
import { SourceError, type CandidateRecord, type ImportError } from './import-error.ts';
import { chunksOf, type ImportSource } from './source.ts';

export const CSV_RECORD_TYPES = ['person', 'term', 'offense', 'order', 'event', 'prior_conviction'] as const;
const NUMBER_FIELDS = new Set([
  'length.years',
  'length.months',
  'length.days',
  'confinementMonthsBeforeSupervision',
  'restitutionOrderedUsd',
  'maxPrisonMonths',
  'lossUsd',
  'months',
  'amountUsd',
  'sanction.days',
]);
const BOOLEAN_FIELDS = new Set(['lifetime', 'approved']);
/** Lists are written in one cell, separated by semicolons: `violent;weapon`. */
const LIST_FIELDS = new Set(['tags', 'kinds']);
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** The most one cell or row may take, as for one JSON record. */
const MAX_ROW_CHARS = 1 << 20;
/** People per batch handed to the importer. */
const BATCH = 256;

type Obj = Record<string, unknown>;

/** Sets a field as an own property, so a column named `__proto__` is a field like any other. */
function put(obj: Obj, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function cellValue(column: string, text: string): unknown {
  if (NUMBER_FIELDS.has(column)) return NUMBER.test(text.trim()) ? Number(text.trim()) : text;
  if (BOOLEAN_FIELDS.has(column)) return text.trim() === 'true' ? true : text.trim() === 'false' ? false : text;
  if (LIST_FIELDS.has(column))
    return text
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  return text;
}

function fill(obj: Obj, header: readonly string[], row: readonly string[], skip: ReadonlySet<number>): void {
  header.forEach((column, i) => {
    const text = row[i];
    if (skip.has(i) || text === undefined || text === '') return;
    const parts = column.split('.');
    let target = obj;
    for (const part of parts.slice(0, -1)) {
      const next = Object.hasOwn(target, part) ? target[part] : undefined;
      if (typeof next === 'object' && next !== null && !Array.isArray(next)) target = next as Obj;
      else {
        const created: Obj = {};
        put(target, part, created);
        target = created;
      }
    }
    put(target, parts[parts.length - 1]!, cellValue(column, text));
  });
}

interface OpenPerson {
  id: string;
  line: number;
  position: number;
  record: Obj & { terms: Obj[] };
  terms: Map<string, { term: Obj; index: number }>;
  errors: ImportError[];
  /** Lines of the rows behind each part of the record, to point errors at the row that holds the field. */
  lines: { terms: number[]; offenses: number[][]; orders: number[][]; events: number[]; priorConvictions: number[] };
}

/** The line of the row behind a validation error's field path (the person row's for the person's own fields). */
export function lineForPath(lines: OpenPerson['lines'], personLine: number, path: string): number {
  let m = /^terms\[(\d+)\]\.(offenses|orders)\[(\d+)\]/.exec(path);
  if (m) return lines[m[2] as 'offenses' | 'orders'][Number(m[1])]?.[Number(m[3])] ?? personLine;
  m = /^(terms|events|priorConvictions)\[(\d+)\]/.exec(path);
  if (m) return lines[m[1] as 'terms' | 'events' | 'priorConvictions'][Number(m[2])] ?? personLine;
  return personLine;
}

async function* decodedText(source: ImportSource, failure: { error?: SourceError }): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  try {
    for await (const chunk of chunksOf(source)) {
      try {
        yield decoder.decode(chunk, { stream: true });
      } catch {
        throw new SourceError(
          `the file is not valid UTF-8 text (the first bad byte is near byte ${offset + firstInvalidUtf8Offset(chunk)})`,
          undefined,
        );
      }
      offset += chunk.length;
    }
    try {
      yield decoder.decode();
    } catch {
      throw new SourceError('the file is not valid UTF-8 text (it ends inside a multi-byte character)', undefined);
    }
  } catch (e) {
    // Errors of the source would not cross the pipe to the parser: hand them over here, then end.
    failure.error = e instanceof SourceError ? e : new SourceError(String((e as Error).message ?? e), undefined);
  }
}

export type CsvCandidate = CandidateRecord & { lineForPath?: (path: string) => number };

export async function* readCsvRecords(source: ImportSource): AsyncGenerator<CsvCandidate[]> {
  const failure: { error?: SourceError } = {};
  const parser = Readable.from(decodedText(source, failure)).pipe(
    parse({ info: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_ROW_CHARS }),
  );
  let header: string[] | undefined;
  let col: { type: number; person: number; term: number } | undefined;
  let skipPerson = new Set<number>();
  let skipTerm = new Set<number>();
  let position = 0;
  let open: OpenPerson | undefined;
  let out: CsvCandidate[] = [];
  const file = source.name;

  const close = (): void => {
    if (!open) return;
    const p = open;
    out.push({
      position: p.position,
      line: p.line,
      value: p.record,
      ...(p.errors.length > 0 ? { errors: p.errors } : {}),
      lineForPath: (path) => lineForPath(p.lines, p.line, path),
    });
    open = undefined;
  };

  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const row = item.record;
      const line = item.info.lines;
      if (header === undefined) {
        header = row.map((h) => h.trim());
        const index = (name: string) => header!.indexOf(name);
        const dup = header.find((h, i) => header!.indexOf(h) !== i);
        if (dup !== undefined) throw new SourceError(`the header names the column ${JSON.stringify(dup)} twice`, line);
        if (index('record_type') < 0 || index('person_id') < 0) {
          throw new SourceError('the first row must be the header, with at least the columns record_type and person_id', line);
        }
        col = { type: index('record_type'), person: index('person_id'), term: index('term_id') };
        skipPerson = new Set([col.type, col.person, col.term].filter((i) => i >= 0));
        skipTerm = skipPerson;
        continue;
      }
      const type = (row[col!.type] ?? '').trim();
      const personId = row[col!.person] ?? '';
      const termId = col!.term >= 0 ? (row[col!.term] ?? '') : '';
      const rowError = (path: string, message: string): ImportError => ({
        file,
        line,
        record: personId || `#${position + 1}`,
        path,
        message,
      });

      if (type === 'person') {
        close();
        position += 1;
        const record = { terms: [] as Obj[] } as OpenPerson['record'];
        if (personId !== '') put(record, 'id', personId);
        fill(record, header, row, skipPerson);
        if (!Array.isArray(record.terms)) record.terms = [];
        open = {
          id: personId,
          line,
          position,
          record,
          terms: new Map(),
          errors: [],
          lines: { terms: [], offenses: [], orders: [], events: [], priorConvictions: [] },
        };
        if (row.length !== header.length)
          open.errors.push(rowError('', `has ${row.length} cells; the header has ${header.length} columns`));
        if (out.length >= BATCH) {
          yield out;
          out = [];
        }
        continue;
      }
      if (!open || open.id !== personId) {
        // A row away from its person's block cannot be placed without holding every person in memory. A
        // row of no known type is told as that, wherever it stands.
        position += 1;
        out.push({
          position,
          line,
          errors: [
            (CSV_RECORD_TYPES as readonly string[]).includes(type)
              ? rowError(
                  'person_id',
                  `this ${type} row does not follow the "person" row of ${JSON.stringify(personId)}: a person's rows must come right after it`,
                )
              : unknownType(rowError, type),
          ],
        });
        continue;
      }
      const p = open;
      if (row.length !== header.length) p.errors.push(rowError('', `has ${row.length} cells; the header has ${header.length} columns`));
      const obj: Obj = {};
      switch (type) {
        case 'term': {
          if (termId !== '') put(obj, 'id', termId);
          fill(obj, header, row, skipTerm);
          if (!Object.hasOwn(obj, 'offenses')) put(obj, 'offenses', []);
          const index = p.record.terms.length;
          p.record.terms.push(obj);
          p.lines.terms.push(line);
          p.lines.offenses.push([]);
          p.lines.orders.push([]);
          if (termId !== '' && !p.terms.has(termId)) p.terms.set(termId, { term: obj, index });
          break;
        }
        case 'offense':
        case 'order': {
          const term = p.terms.get(termId);
          if (!term) {
            p.errors.push(rowError('term_id', `names no term row of this person above it: ${JSON.stringify(termId)}`));
            break;
          }
          fill(obj, header, row, skipTerm);
          const key = type === 'offense' ? 'offenses' : 'orders';
          const list = term.term[key];
          if (Array.isArray(list)) list.push(obj);
          else put(term.term, key, [obj]);
          p.lines[key][term.index]!.push(line);
          break;
        }
        case 'event':
        case 'prior_conviction': {
          if (type === 'event' && termId !== '') put(obj, 'termId', termId);
          fill(obj, header, row, skipTerm);
          const key = type === 'event' ? 'events' : 'priorConvictions';
          const list = p.record[key];
          if (Array.isArray(list)) list.push(obj);
          else put(p.record, key, [obj]);
          p.lines[key].push(line);
          break;
        }
        default:
          p.errors.push(unknownType(rowError, type));
      }
    }
  } catch (e) {
    if (failure.error) throw failure.error;
    if (e instanceof SourceError) throw e;
    if (e instanceof CsvError) throw new SourceError(`is not readable CSV: ${e.message}`, (e as CsvError & { lines?: number }).lines);
    throw e;
  } finally {
    parser.destroy();
  }
  if (failure.error) throw failure.error;
  if (header === undefined) throw new SourceError('the file is empty: it has no header row', undefined);
  close();
  if (out.length > 0) yield out;
}

/** A row whose record_type is none of the known ones. */
function unknownType(rowError: (path: string, message: string) => ImportError, type: string): ImportError {
  return rowError('record_type', `must be one of: ${CSV_RECORD_TYPES.join(', ')} (found ${JSON.stringify(type)})`);
}
