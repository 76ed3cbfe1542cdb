/** @pathways/store: the Pathways database (SQLite or PostgreSQL), its imports and its backups. */
export * from './store.ts';
export type { Database, Dialect } from './schema.ts';
export type { EvaluationSummary } from './summaries.ts';
export { openStore, isDatabaseBusy, DEFAULT_SQLITE_PATH } from './open-store.ts';
export type { Note, PathwaysStore } from './kysely-store.ts';
export { importRecords, BATCH_SIZE, MAX_ID_LENGTH, type ImportOptions, type ImportReport } from './import/import-records.ts';
export type { ImportError } from './import/import-error.ts';
export type { ImportFormat, ImportSource } from './import/source.ts';
export { CSV_RECORD_TYPES } from './import/csv-records.ts';
export { backupSqlite, RestoreRefused, restoreSqlite } from './backup.ts';
export { onPersonChanged, type PersonChangedListener } from './kysely-store.ts';
export * from './jobs/index.ts';
export { isUniqueViolation } from './unique-violation.ts';
export * from './portal/index.ts';
export * from './voices/index.ts';
