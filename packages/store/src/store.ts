/**
 * The storage contract: what the server, the importer and the command line ask of the database.
 * One implementation over Kysely serves both dialects, SQLite (embedded, the default) and PostgreSQL
 * (selected by DATABASE_URL). Rows carry plain values: ISO timestamps as strings, records as objects.
 */
import type { PersonRecord, TermEvaluation } from '@pathways/law';
import type { EvaluationSummary } from './summaries.ts';

export const ROLES = ['admin', 'supervisor', 'officer', 'defender', 'person', 'advocate'] as const;
export type Role = (typeof ROLES)[number];
/** Roles that must sign in with a second factor (TOTP). */
export const STAFF_ROLES: readonly Role[] = ['admin', 'supervisor', 'officer', 'defender', 'advocate'];

export interface Agency {
  id: string;
  name: string;
  /** `US-CA`: the law the agency's people are supervised under. */
  jurisdiction: string;
}

export interface Unit {
  id: string;
  agencyId: string;
  name: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agencyId: string | null;
  /** Supervisors and officers belong to a unit. */
  unitId: string | null;
  /** For role `person`: the person record this account is. */
  personId: string | null;
  passwordHash: string;
  /** Base32 TOTP secret; null until enrolled. */
  totpSecret: string | null;
  failedLogins: number;
  lockedUntil: string | null;
  createdAt: string;
}

export interface Session {
  /** SHA-256 of the cookie's token, hex: the token itself is never stored. */
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  /** Password checked, second factor still to come. */
  pendingSecondFactor: boolean;
}

export interface StoredPerson {
  id: string;
  agencyId: string;
  record: PersonRecord;
  updatedAt: string;
}

export interface StoredEvaluation {
  personId: string;
  termId: string;
  asOf: string;
  lawVersion: string;
  evaluation: TermEvaluation;
  computedAt: string;
}

/** What a caseload page shows of a person: the name and each term's evaluation summary. */
export interface PersonSummary {
  id: string;
  agencyId: string;
  name: { given?: string; family?: string } | null;
  /** `actions`: the latest action on each opportunity kind of the term that has one, by kind. */
  terms: ({ termId: string; asOf: string; actions: ActionState[] } & EvaluationSummary)[];
}

/** An opportunity's state on a list: the latest action recorded on one kind of a term (see OpportunityAction). */
export interface ActionState {
  kind: string;
  status: OpportunityAction['status'];
  at: string;
  snoozedUntil: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorUserId: string | null;
  /** `person.read`, `person.list`, `import.create`, `user.login`, `audit.export`, … */
  action: string;
  personId: string | null;
  /** Why, when the actor gave a reason (required for some reads). */
  reason: string | null;
  detail: Record<string, unknown>;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'> & {
  at?: string;
  /**
   * People the entry names besides `personId` (the people a caseload list returned): the log filtered by
   * one of them, and that person's own view of who looked at their record, find the entry too.
   */
  subjects?: readonly string[];
};

export interface PeopleFilter {
  agencyId?: string;
  /** People on this officer's caseload. */
  officerId?: string;
  /** People on the caseloads of this unit's officers. */
  unitId?: string;
  /** A defender's clients. */
  defenderId?: string;
  /** Only these ids. */
  ids?: readonly string[];
  limit?: number;
  offset?: number;
}

export interface OpportunityAction {
  id: number;
  personId: string;
  termId: string;
  kind: string;
  /**
   * `submitted`, `granted`, `denied`, `snoozed`; or a supervisor's review of a denial: `upheld` (still
   * denied) or `reopened` (open again). The latest action of a term and kind is the opportunity's state.
   */
  status: 'submitted' | 'granted' | 'denied' | 'snoozed' | 'upheld' | 'reopened';
  reason: string | null;
  snoozedUntil: string | null;
  actorUserId: string;
  at: string;
  /** On a review: the id of the denial it reviews; null (or absent when adding) otherwise. */
  reviewedActionId?: number | null;
}

/** The state of one checklist item: a criterion the data cannot show, verified (or not) by an officer. */
export interface ChecklistItem {
  personId: string;
  termId: string;
  /** The opportunity the item is a criterion of (`early_termination`, …). */
  opportunityKind: string;
  /** The item's key in the catalogue (`treatment_completed`, …). */
  itemKey: string;
  verified: boolean;
  /** Who verified it, when and on what evidence; null while not verified. */
  verifiedBy: string | null;
  verifiedAt: string | null;
  evidence: string | null;
  /** Who last changed the item, and when (also when it was un-verified). */
  updatedBy: string;
  updatedAt: string;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;
  /**
   * A number that changes whenever people, their evaluations, caseloads or defenders' clients change, in
   * this process or another: what was computed from them at one revision holds while it is unchanged.
   */
  revision(): Promise<number>;
  /** Runs `work` in one transaction: everything it writes commits together or not at all. */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;

  agencies: {
    upsert(agency: Agency): Promise<void>;
    get(id: string): Promise<Agency | undefined>;
    list(): Promise<Agency[]>;
  };
  units: {
    upsert(unit: Unit): Promise<void>;
    list(agencyId?: string): Promise<Unit[]>;
  };
  users: {
    create(user: Omit<User, 'createdAt' | 'failedLogins' | 'lockedUntil'>): Promise<User>;
    byId(id: string): Promise<User | undefined>;
    byUsername(username: string): Promise<User | undefined>;
    list(): Promise<User[]>;
    setTotpSecret(id: string, secret: string): Promise<void>;
    /** Counts a failed sign-in; `lockedUntil` set when the count reaches the limit. */
    recordFailedLogin(id: string, lockedUntil: string | null): Promise<number>;
    clearFailedLogins(id: string): Promise<void>;
  };
  sessions: {
    create(session: Session): Promise<void>;
    get(idHash: string): Promise<Session | undefined>;
    completeSecondFactor(idHash: string): Promise<void>;
    delete(idHash: string): Promise<void>;
    deleteExpired(now: string): Promise<number>;
  };
  caseloads: {
    assign(officerId: string, personId: string): Promise<void>;
    officerOf(personId: string): Promise<string | undefined>;
  };
  defenders: {
    assign(defenderId: string, personId: string): Promise<void>;
    isClient(defenderId: string, personId: string): Promise<boolean>;
  };
  people: {
    get(id: string): Promise<StoredPerson | undefined>;
    list(filter: PeopleFilter): Promise<StoredPerson[]>;
    /** The same page as `list`, with names and evaluation summaries instead of records. */
    summaries(filter: PeopleFilter): Promise<PersonSummary[]>;
    count(filter: PeopleFilter): Promise<number>;
    /** Inserts or replaces by id (idempotent). */
    upsert(person: StoredPerson): Promise<void>;
  };
  evaluations: {
    /** Replaces every stored evaluation of the person with these. */
    replace(personId: string, evaluations: StoredEvaluation[]): Promise<void>;
    forPerson(personId: string): Promise<StoredEvaluation[]>;
    forPeople(personIds: readonly string[]): Promise<StoredEvaluation[]>;
  };
  actions: {
    add(action: Omit<OpportunityAction, 'id' | 'at'>): Promise<OpportunityAction>;
    forPerson(personId: string): Promise<OpportunityAction[]>;
  };
  /** Not counted in `revision()`: no caseload list shows checklists. */
  checklists: {
    /**
     * Sets one item (inserts or replaces by person, term, kind and key). A verified item must carry
     * `verifiedBy`, `verifiedAt` and `evidence`; an unverified one has them null.
     */
    set(item: Omit<ChecklistItem, 'updatedAt'> & { updatedAt?: string }): Promise<ChecklistItem>;
    /** The person's items (of one term when `termId` is given), by term, kind and key. */
    forPerson(personId: string, termId?: string): Promise<ChecklistItem[]>;
  };
  audit: {
    /** Append-only: there is no update or delete. */
    append(entry: NewAuditEntry): Promise<void>;
    /** In the order appended (oldest first), or newest first with `order: 'newest'`. */
    list(filter: {
      /** Entries about this person: its own, and those that name it among their `subjects`. */
      personId?: string;
      actorUserId?: string;
      order?: 'oldest' | 'newest';
      /** Only entries appended before this one (a cursor that holds still while the log grows). */
      beforeId?: number;
      limit?: number;
      offset?: number;
    }): Promise<AuditEntry[]>;
  };
}

export interface OpenStoreOptions {
  /** `postgres://…` selects PostgreSQL; absent, SQLite at `sqlitePath`. */
  databaseUrl?: string;
  /** Default `./data/pathways.sqlite`; `:memory:` for tests. */
  sqlitePath?: string;
  /** PostgreSQL schema to use (tests isolate themselves in their own schema). Default `public`. */
  postgresSchema?: string;
}
