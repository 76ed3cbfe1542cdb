/**
 * The tables as Kysely sees them. Column names are snake_case in SQL; the Store maps them to the
 * camelCase of `store.ts`. Timestamps are ISO 8601 text on both dialects so that what is written is
 * what is read back, byte for byte. JSON columns are text on SQLite and jsonb on PostgreSQL: they are
 * always written as a JSON string and read back as a string (SQLite) or an object (pg parses jsonb).
 * Flags are integers 0/1 on both dialects (SQLite has no boolean).
 */
import type { ColumnType } from 'kysely';

/** Written as JSON text; read as text (SQLite) or already parsed (PostgreSQL). */
export type JsonColumn = ColumnType<unknown, string, string>;

/** bigserial comes back from pg as a string (int8), integer primary key from SQLite as a number. */
export type SerialId = ColumnType<number | string, never, never>;

export interface AgenciesTable {
  id: string;
  name: string;
  jurisdiction: string;
}

export interface UnitsTable {
  id: string;
  agency_id: string;
  name: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  agency_id: string | null;
  unit_id: string | null;
  person_id: string | null;
  password_hash: string;
  totp_secret: string | null;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  pending_second_factor: number;
}

export interface CaseloadsTable {
  officer_id: string;
  /** Unique: a person is on one officer's caseload at a time. */
  person_id: string;
}

export interface DefenderClientsTable {
  defender_id: string;
  person_id: string;
}

export interface PeopleTable {
  id: string;
  agency_id: string;
  record: JsonColumn;
  updated_at: string;
  /** From `record.name` (src/summaries.ts), for lists that show names without reading records. */
  given_name: ColumnType<string | null, string | null | undefined, string | null>;
  family_name: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface EvaluationsTable {
  person_id: string;
  term_id: string;
  as_of: string;
  law_version: string;
  evaluation: JsonColumn;
  computed_at: string;
  /** JSON text of `evaluationSummary(evaluation)` (src/summaries.ts); every writer sets it. */
  summary: ColumnType<string | null, string, string>;
}

export interface OpportunityActionsTable {
  id: SerialId;
  person_id: string;
  term_id: string;
  kind: string;
  status: string;
  reason: string | null;
  snoozed_until: string | null;
  actor_user_id: string;
  at: string;
  /** On a review (`upheld` / `reopened`): the denial it reviews (migrations/20261201000200_checklists.ts). */
  reviewed_action_id: ColumnType<number | string | null, number | null | undefined, number | null>;
}

/** One item of the officer's checklist for a person's term and opportunity kind (20261201000200_checklists.ts). */
export interface ChecklistItemsTable {
  person_id: string;
  term_id: string;
  opportunity_kind: string;
  item_key: string;
  /** 0/1. */
  verified: number;
  verified_by: string | null;
  verified_at: string | null;
  evidence: string | null;
  updated_by: string;
  updated_at: string;
}

export interface NotesTable {
  id: SerialId;
  person_id: string;
  author_user_id: string;
  text: string;
  at: string;
}

export interface AuditLogTable {
  id: SerialId;
  at: string;
  actor_user_id: string | null;
  action: string;
  person_id: string | null;
  reason: string | null;
  detail: JsonColumn;
}

/** A person an audit entry names besides its own `person_id` (the people a caseload list returned). */
export interface AuditSubjectsTable {
  audit_id: number | string;
  person_id: string;
}

/**
 * The SQLite job queue (`src/jobs/sqlite-queue.ts`). On PostgreSQL the table exists too (one migration
 * for both dialects) but stays empty: pg-boss keeps its jobs in its own schema.
 */
export interface JobsTable {
  id: SerialId;
  name: string;
  /** JSON text. */
  payload: string;
  /** `created` (waiting), `active` (claimed), `retry` (failed, waiting to run again), `completed`, `failed` (out of attempts). */
  state: string;
  singleton_key: string | null;
  /** ISO timestamp: not claimed before. */
  run_after: string;
  attempts: number;
  max_attempts: number;
  /** ISO timestamp: an `active` job past it is taken to be abandoned and may be claimed again. */
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  completed_at: string | null;
}

/** One row (id 1): see migrations/20261201000100_revision.ts. */
export interface DataRevisionTable {
  id: number;
  n: number;
}

export interface Database {
  agencies: AgenciesTable;
  units: UnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  caseloads: CaseloadsTable;
  defender_clients: DefenderClientsTable;
  people: PeopleTable;
  evaluations: EvaluationsTable;
  opportunity_actions: OpportunityActionsTable;
  checklist_items: ChecklistItemsTable;
  notes: NotesTable;
  audit_log: AuditLogTable;
  audit_subjects: AuditSubjectsTable;
  jobs: JobsTable;
  data_revision: DataRevisionTable;
}

export type Dialect = 'sqlite' | 'postgres';
