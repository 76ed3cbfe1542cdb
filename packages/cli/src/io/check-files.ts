/**
 * The first pass over record files: every record parsed and validated, every error reported as it is
 * found (so a million-record file with errors still runs in flat memory). `evaluate` runs it before it
 * writes anything, which is how a file with one bad record yields no results at all.
 */
import {
  idOfInvalidRecord,
  RecordFileError,
  validateRecord,
  type RawRecord,
  type RecordError,
  type ValidationOptions,
} from '@pathways/law';
import { readRecordBatches } from './read-records.ts';
import { shownName } from './spool-inputs.ts';
import { terminalSafe } from './terminal-safe.ts';

export interface FileError extends Partial<RecordError> {
  file: string;
  message: string;
}

export interface CheckSummary {
  records: number;
  invalidRecords: number;
  errors: number;
}

export function formatFileError(e: FileError): string {
  const file = shownName(e.file);
  const where = [e.line === undefined ? file : `${file}:${e.line}`];
  if (e.record !== undefined) where.push(`record ${e.record}`);
  if (e.path) where.push(e.path);
  return terminalSafe(`${where.join(': ')}: ${e.message}`);
}

export async function checkFiles(
  files: string[],
  options: ValidationOptions & { maxRecordBytes?: number },
  onError: (e: FileError) => void | Promise<void>,
): Promise<CheckSummary> {
  const summary: CheckSummary = { records: 0, invalidRecords: 0, errors: 0 };
  const report = async (e: FileError) => {
    summary.errors += 1;
    await onError(e);
  };
  const streamOptions = options.maxRecordBytes === undefined ? {} : { maxRecordBytes: options.maxRecordBytes };
  for (const file of files) {
    const firstPositionOfId = new Map<string, number>();
    try {
      for await (const batch of readRecordBatches(file, streamOptions)) {
        for (const raw of batch) {
          summary.records += 1;
          const errors = recordErrors(raw, options, firstPositionOfId);
          if (errors.length > 0) summary.invalidRecords += 1;
          for (const e of errors) await report({ ...e, file, line: raw.line });
        }
      }
    } catch (e) {
      if (!(e instanceof RecordFileError)) throw e;
      await report(e.line === undefined ? { file, message: e.message } : { file, line: e.line, message: e.message });
    }
  }
  return summary;
}

/**
 * A record's errors: its own, and a repeated id, which is told whether or not the record has other
 * errors (an id is taken as given wherever its own field is valid).
 */
function recordErrors(raw: RawRecord, options: ValidationOptions, firstPositionOfId: Map<string, number>): RecordError[] {
  const parsed = raw.parse();
  if ('error' in parsed) return [{ record: `#${raw.position}`, path: '', message: parsed.error }];
  const result = validateRecord(parsed.value, raw.position, options);
  const errors = result.ok ? [] : result.errors;
  const id = result.ok ? result.record.id : idOfInvalidRecord(parsed.value, errors);
  if (id === undefined) return errors;
  const firstAt = firstPositionOfId.get(id);
  if (firstAt === undefined) firstPositionOfId.set(id, raw.position);
  else errors.push({ record: id, path: 'id', message: `duplicates the id of record #${firstAt}; ids must be unique within a file` });
  return errors;
}
