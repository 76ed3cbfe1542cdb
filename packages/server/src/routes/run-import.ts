/**
 * Runs one upload through `importRecords` and turns its report into the response: 200 with the report when
 * anything was written, else 422 problem+json with one `errors` entry per problem (line, record, field).
 * The evaluations are computed as of the server's today, by the injected clock.
 */
import type { Readable } from 'node:stream';
import { importRecords, type ImportReport, type Store, type User } from '@pathways/store';
import { HttpProblem } from '../http/problem.ts';

export interface RunImportOptions {
  actor: User;
  agencyId: string;
  /** A supervisor's unit, which holds the import to the unit's caseloads (see `ImportOptions.unitId`). */
  unitId?: string;
  format: 'json' | 'jsonl' | 'csv';
  skipInvalid: boolean;
  body: Readable;
  now: () => Date;
}

/** The most row errors returned in one 422 body (the count says how many there were). */
const MAX_ERRORS_RETURNED = 1000;

export async function runImport(store: Store, options: RunImportOptions): Promise<ImportReport> {
  const { actor, agencyId, skipInvalid } = options;
  const report = await importRecords(
    store,
    // JSON Lines and a JSON array are told apart by their first character, so both go in as `json`.
    { name: 'upload', format: options.format === 'csv' ? 'csv' : 'json', data: options.body },
    {
      agencyId,
      ...(options.unitId !== undefined ? { unitId: options.unitId } : {}),
      skipInvalid,
      asOf: options.now().toISOString().slice(0, 10),
    },
  );
  await store.audit.append({
    actorUserId: actor.id,
    action: 'import.create',
    personId: null,
    reason: null,
    detail: {
      agencyId,
      format: options.format,
      skipInvalid,
      read: report.read,
      written: report.written,
      rejected: report.rejected.length,
      committed: report.committed,
    },
  });
  if (report.written === 0) {
    throw new HttpProblem(
      422,
      report.read === 0 && report.rejected.length === 0
        ? 'The file holds no records.'
        : report.read === 0
          ? `Nothing was written: ${count(report.rejected.length, 'problem')} in the file, and no record could be read.`
          : `Nothing was written: ${count(report.rejected.length, 'problem')} found in the ${count(report.read, 'record')} read.`,
      {
        errors: report.rejected.slice(0, MAX_ERRORS_RETURNED).map((e) => ({
          path:
            [e.line !== undefined ? `line ${e.line}` : '', e.record ? `record ${e.record}` : '', e.path].filter(Boolean).join(', ') ||
            'file',
          message: e.message,
        })),
        read: report.read,
      },
    );
  }
  return report;
}

/** "1 problem", "3 records". */
function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
