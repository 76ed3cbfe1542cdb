/**
 * The Store contract (`store.ts`) over Kysely, one implementation for both dialects. Where the
 * dialects differ in what they return (pg gives int8 as strings and parses jsonb; SQLite gives JSON
 * as text), the row mappers below even it out.
 */
import { sql, type Insertable, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely';
import { GroupedInsert } from './grouped-insert.ts';
import { evaluationSummary, nameColumns, type EvaluationSummary } from './summaries.ts';
import type {
  Database,
  Dialect,
  UsersTable,
  SessionsTable,
  AuditLogTable,
  OpportunityActionsTable,
  NotesTable,
  ChecklistItemsTable,
} from './schema.ts';
import type {
  ActionState,
  Agency,
  AuditEntry,
  ChecklistItem,
  NewAuditEntry,
  OpportunityAction,
  PeopleFilter,
  PersonSummary,
  Role,
  Session,
  Store,
  StoredEvaluation,
  StoredPerson,
  User,
} from './store.ts';

/** An audit row and the people it names besides its own (`NewAuditEntry.subjects`). */
interface AuditRow {
  row: Insertable<Database['audit_log']>;
  subjects: readonly string[];
}

/** Rows of two parameters each: well inside either database's limit on bound parameters. */
const SUBJECTS_PER_STATEMENT = 1000;

/**
 * Marks, in the writer's transaction, that what a list of people shows may have changed
 * (`Store.revision`). Every write to people, evaluations, opportunity actions, caseloads or defenders'
 * clients calls it.
 */
export async function bumpRevision(db: Kysely<Database>): Promise<void> {
  await db
    .updateTable('data_revision')
    .set((eb) => ({ n: eb('n', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

/** A note on a person's file (the `notes` table); not part of the coordinator's contract, added here. */
export interface Note {
  id: number;
  personId: string;
  authorUserId: string;
  text: string;
  at: string;
}

/** What the importer and the backup need beyond the contract: the Kysely handle behind a Store. */
export interface StoreInternals {
  db: Kysely<Database>;
  dialect: Dialect;
  inTransaction: boolean;
  /** The better-sqlite3 handle (SQLite only), for the online backup. */
  sqlite?: unknown;
  sqlitePath?: string;
  /** Shared by a store and every transaction store it hands out. */
  hooks: StoreHooks;
}

/**
 * Called inside the transaction that wrote the change, with that transaction's store, so whatever the
 * listener writes (the job queue enqueues `evaluate-person`) commits or rolls back with the change.
 */
export type PersonChangedListener = (tx: Store, personId: string) => Promise<void>;

export interface StoreHooks {
  personChanged?: PersonChangedListener | undefined;
}

/**
 * Calls `listener` whenever `store.people.upsert` writes a person (the importer writes its own rows and
 * evaluations, and does not call it). One listener per store; returns the function that removes it.
 */
export function onPersonChanged(store: Store, listener: PersonChangedListener): () => void {
  const { hooks } = storeInternals(store);
  if (hooks.personChanged !== undefined) throw new Error('this store already has a person-changed listener');
  hooks.personChanged = listener;
  return () => {
    if (hooks.personChanged === listener) hooks.personChanged = undefined;
  };
}

const internals = new WeakMap<object, StoreInternals>();

export function storeInternals(store: Store): StoreInternals {
  const found = internals.get(store);
  if (!found) throw new Error('not a store opened by openStore() from @pathways/store');
  return found;
}

/** People per query when whole records are read to pick one field out (`outcomes.people`). */
const OUTCOME_BATCH = 500;

/** Ids per statement where a list of ids goes into `in (…)`: well under SQLite's 32,766 parameters. */
const IDS_PER_QUERY = 1000;

export const nowIso = (): string => new Date().toISOString();

export function fromJson(value: unknown): any {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const toUser = (r: Selectable<UsersTable>): User => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role as Role,
  agencyId: r.agency_id,
  unitId: r.unit_id,
  personId: r.person_id,
  passwordHash: r.password_hash,
  totpSecret: r.totp_secret,
  failedLogins: Number(r.failed_logins),
  lockedUntil: r.locked_until,
  createdAt: r.created_at,
});

const toSession = (r: Selectable<SessionsTable>): Session => ({
  idHash: r.id_hash,
  userId: r.user_id,
  csrfToken: r.csrf_token,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  pendingSecondFactor: Number(r.pending_second_factor) !== 0,
});

const toAudit = (r: Selectable<AuditLogTable>): AuditEntry => ({
  id: Number(r.id),
  at: r.at,
  actorUserId: r.actor_user_id,
  action: r.action,
  personId: r.person_id,
  reason: r.reason,
  detail: fromJson(r.detail),
});

const toAction = (r: Selectable<OpportunityActionsTable>): OpportunityAction => ({
  id: Number(r.id),
  personId: r.person_id,
  termId: r.term_id,
  kind: r.kind,
  status: r.status as OpportunityAction['status'],
  reason: r.reason,
  snoozedUntil: r.snoozed_until,
  actorUserId: r.actor_user_id,
  at: r.at,
  reviewedActionId: r.reviewed_action_id === null ? null : Number(r.reviewed_action_id),
});

const toChecklistItem = (r: Selectable<ChecklistItemsTable>): ChecklistItem => ({
  personId: r.person_id,
  termId: r.term_id,
  opportunityKind: r.opportunity_kind,
  itemKey: r.item_key,
  verified: Number(r.verified) !== 0,
  verifiedBy: r.verified_by,
  verifiedAt: r.verified_at,
  evidence: r.evidence,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

const toNote = (r: Selectable<NotesTable>): Note => ({
  id: Number(r.id),
  personId: r.person_id,
  authorUserId: r.author_user_id,
  text: r.text,
  at: r.at,
});

const toEvaluation = (r: {
  person_id: string;
  term_id: string;
  as_of: string;
  law_version: string;
  evaluation: unknown;
  computed_at: string;
}): StoredEvaluation => ({
  personId: r.person_id,
  termId: r.term_id,
  asOf: r.as_of,
  lawVersion: r.law_version,
  evaluation: fromJson(r.evaluation),
  computedAt: r.computed_at,
});

/** A scope as `people.summaries` takes it, without paging: the outcome queries read the whole scope. */
export type ScopeFilter = Omit<PeopleFilter, 'limit' | 'offset'>;

/** Who supervises a person, and the one demographic field the record format has (spec/supervision-records.md). */
export interface OutcomePerson {
  personId: string;
  /** The officer whose caseload the person is on; null when on none. */
  officerId: string | null;
  officerName: string | null;
  /** `record.birthDate` (ISO date) when the record gives one. */
  birthDate: string | null;
}

/** The state of one opportunity: the status of the latest action recorded for a person, term and kind. */
export interface LatestAction {
  personId: string;
  termId: string;
  kind: string;
  status: OpportunityAction['status'];
}

export type PathwaysStore = Omit<Store, 'transaction'> & {
  /** As `Store.transaction`, handing the work a store with the extras below. */
  transaction<T>(work: (store: PathwaysStore) => Promise<T>): Promise<T>;
  notes: {
    add(note: Omit<Note, 'id' | 'at'> & { at?: string }): Promise<Note>;
    forPerson(personId: string): Promise<Note[]>;
  };
  /**
   * What the supervisor's "outcomes by group" counts are built from (server routes/unit-outcomes.ts): not
   * part of the coordinator's contract, added here. Both read the whole scope, so callers keep it to staff
   * who may see every person in it.
   */
  outcomes: {
    /** One row per person the filter selects, in id order (`ids: []` selects no one). */
    people(filter: ScopeFilter): Promise<OutcomePerson[]>;
    /**
     * The latest action (highest id: ids grow with time) per person, term and kind, for the people the
     * filter selects; opportunities with no action recorded have no row. By person, term and kind.
     */
    latestActions(filter: ScopeFilter): Promise<LatestAction[]>;
  };
};

export function createStore(
  db: Kysely<Database>,
  dialect: Dialect,
  given: { inTransaction: boolean; close: () => Promise<void>; sqlite?: unknown; sqlitePath?: string; hooks?: StoreHooks },
): PathwaysStore {
  const options = { ...given, hooks: given.hooks ?? {} };
  const hooks = options.hooks;
  /** The people a filter selects, before paging. */
  const peopleQuery = (filter: PeopleFilter): SelectQueryBuilder<Database, 'people', {}> => {
    let q = db.selectFrom('people') as SelectQueryBuilder<Database, 'people', {}>;
    if (filter.agencyId !== undefined) q = q.where('people.agency_id', '=', filter.agencyId);
    // `id in (the caseload's ids)`, not a correlated `exists`: SQLite then walks the caseload's index
    // instead of testing every person of the agency (0.1 ms instead of 0.5 ms for 200 of 3,200 people).
    if (filter.officerId !== undefined) {
      const officerId = filter.officerId;
      q = q.where('people.id', 'in', (eb) =>
        eb.selectFrom('caseloads').select('caseloads.person_id').where('caseloads.officer_id', '=', officerId),
      );
    }
    if (filter.unitId !== undefined) {
      const unitId = filter.unitId;
      q = q.where('people.id', 'in', (eb) =>
        eb
          .selectFrom('caseloads')
          .innerJoin('users', 'users.id', 'caseloads.officer_id')
          .select('caseloads.person_id')
          .where('users.unit_id', '=', unitId),
      );
    }
    if (filter.defenderId !== undefined) {
      const defenderId = filter.defenderId;
      q = q.where('people.id', 'in', (eb) =>
        eb.selectFrom('defender_clients').select('defender_clients.person_id').where('defender_clients.defender_id', '=', defenderId),
      );
    }
    if (filter.ids !== undefined) q = q.where('people.id', 'in', [...filter.ids]);
    return q;
  };

  /**
   * Gives each listed term the latest action on each of its opportunity kinds (its state on a list: a
   * denial, a snooze and its date), from the actions of the listed people, oldest first: one query per
   * thousand people.
   */
  const attachLatestActions = async (people: PersonSummary[]) => {
    const terms = new Map<string, PersonSummary['terms'][number]>();
    for (const p of people) for (const t of p.terms) terms.set(`${p.id}\u0000${t.termId}`, t);
    if (terms.size === 0) return;
    for (const ids of chunks(
      people.map((p) => p.id),
      IDS_PER_QUERY,
    )) {
      const rows = await db
        .selectFrom('opportunity_actions')
        .select(['person_id', 'term_id', 'kind', 'status', 'at', 'snoozed_until'])
        .where('person_id', 'in', ids)
        .orderBy('id')
        .execute();
      for (const r of rows) {
        const actions = terms.get(`${r.person_id}\u0000${r.term_id}`)?.actions;
        if (actions === undefined) continue;
        const state: ActionState = { kind: r.kind, status: r.status as ActionState['status'], at: r.at, snoozedUntil: r.snoozed_until };
        const i = actions.findIndex((a) => a.kind === r.kind);
        if (i < 0) actions.push(state);
        else actions[i] = state;
      }
    }
  };

  const insertAuditRows = async (rows: AuditRow[]) => {
    const values = rows.map((r) => r.row);
    if (rows.every((r) => r.subjects.length === 0)) {
      await db.insertInto('audit_log').values(values).execute();
      return;
    }
    // One statement numbers its rows in the order given: ascending ids match the rows one to one.
    const ids = (await db.insertInto('audit_log').values(values).returning('id').execute()).map((r) => Number(r.id)).sort((a, b) => a - b);
    const subjects = rows.flatMap((r, i) => r.subjects.map((personId) => ({ audit_id: ids[i]!, person_id: personId })));
    for (let from = 0; from < subjects.length; from += SUBJECTS_PER_STATEMENT) {
      await db
        .insertInto('audit_subjects')
        .values(subjects.slice(from, from + SUBJECTS_PER_STATEMENT))
        .execute();
    }
  };
  // Outside a transaction, an audit row joins the rows of concurrent requests; inside one, it belongs to it.
  const auditRows = options.inTransaction ? undefined : new GroupedInsert(insertAuditRows);

  const store: PathwaysStore = {
    dialect,

    async close() {
      if (options.inTransaction) throw new Error('close() the store itself, not the one a transaction hands to its work');
      await auditRows?.settled();
      await options.close();
    },

    async revision() {
      const r = await db.selectFrom('data_revision').select('n').where('id', '=', 1).executeTakeFirstOrThrow();
      return Number(r.n);
    },

    async transaction<T>(work: (store: PathwaysStore) => Promise<T>): Promise<T> {
      // Already inside one: the work joins it (everything still commits or rolls back together).
      if (options.inTransaction) return work(store);
      return db.transaction().execute((trx) => work(createStore(trx, dialect, { ...options, inTransaction: true })));
    },

    agencies: {
      async upsert(agency: Agency) {
        await db
          .insertInto('agencies')
          .values(agency)
          .onConflict((oc) => oc.column('id').doUpdateSet({ name: agency.name, jurisdiction: agency.jurisdiction }))
          .execute();
      },
      async get(id) {
        return db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
      },
      async list() {
        return db.selectFrom('agencies').selectAll().orderBy('id').execute();
      },
    },

    units: {
      async upsert(unit) {
        await db
          .insertInto('units')
          .values({ id: unit.id, agency_id: unit.agencyId, name: unit.name })
          .onConflict((oc) => oc.column('id').doUpdateSet({ agency_id: unit.agencyId, name: unit.name }))
          .execute();
      },
      async list(agencyId) {
        let q = db.selectFrom('units').selectAll();
        if (agencyId !== undefined) q = q.where('agency_id', '=', agencyId);
        const rows = await q.orderBy('id').execute();
        return rows.map((r) => ({ id: r.id, agencyId: r.agency_id, name: r.name }));
      },
    },

    users: {
      async create(user) {
        const row = {
          id: user.id,
          username: user.username,
          display_name: user.displayName,
          role: user.role,
          agency_id: user.agencyId,
          unit_id: user.unitId,
          person_id: user.personId,
          password_hash: user.passwordHash,
          totp_secret: user.totpSecret,
          failed_logins: 0,
          locked_until: null,
          created_at: nowIso(),
        };
        await db.insertInto('users').values(row).execute();
        return toUser(row);
      },
      async byId(id) {
        const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
        return r && toUser(r);
      },
      async byUsername(username) {
        const r = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
        return r && toUser(r);
      },
      async list() {
        return (await db.selectFrom('users').selectAll().orderBy('id').execute()).map(toUser);
      },
      async setTotpSecret(id, secret) {
        await db.updateTable('users').set({ totp_secret: secret }).where('id', '=', id).execute();
      },
      /** Adds one to the count and returns it; a non-null `lockedUntil` locks the account, null leaves the lock as it is. */
      async recordFailedLogin(id, lockedUntil) {
        const r = await db
          .updateTable('users')
          .set((eb) => ({
            failed_logins: eb('failed_logins', '+', 1),
            ...(lockedUntil !== null ? { locked_until: lockedUntil } : {}),
          }))
          .where('id', '=', id)
          .returning('failed_logins')
          .executeTakeFirst();
        if (!r) throw new Error(`no user ${id}`);
        return Number(r.failed_logins);
      },
      async clearFailedLogins(id) {
        await db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', id).execute();
      },
    },

    sessions: {
      async create(s) {
        await db
          .insertInto('sessions')
          .values({
            id_hash: s.idHash,
            user_id: s.userId,
            csrf_token: s.csrfToken,
            created_at: s.createdAt,
            expires_at: s.expiresAt,
            pending_second_factor: s.pendingSecondFactor ? 1 : 0,
          })
          .execute();
      },
      async get(idHash) {
        const r = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
        return r && toSession(r);
      },
      async completeSecondFactor(idHash) {
        await db.updateTable('sessions').set({ pending_second_factor: 0 }).where('id_hash', '=', idHash).execute();
      },
      async delete(idHash) {
        await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
      },
      /** Deletes the sessions whose `expiresAt` is at or before `now` (ISO strings compare in time order). */
      async deleteExpired(now) {
        const r = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
        return Number(r.numDeletedRows);
      },
    },

    caseloads: {
      /** Puts the person on this officer's caseload, taking them off any other. */
      async assign(officerId, personId) {
        await db
          .insertInto('caseloads')
          .values({ officer_id: officerId, person_id: personId })
          .onConflict((oc) => oc.column('person_id').doUpdateSet({ officer_id: officerId }))
          .execute();
        await bumpRevision(db);
      },
      async officerOf(personId) {
        const r = await db.selectFrom('caseloads').select('officer_id').where('person_id', '=', personId).executeTakeFirst();
        return r?.officer_id;
      },
    },

    defenders: {
      async assign(defenderId, personId) {
        await db
          .insertInto('defender_clients')
          .values({ defender_id: defenderId, person_id: personId })
          .onConflict((oc) => oc.columns(['defender_id', 'person_id']).doNothing())
          .execute();
        await bumpRevision(db);
      },
      async isClient(defenderId, personId) {
        const r = await db
          .selectFrom('defender_clients')
          .select('person_id')
          .where('defender_id', '=', defenderId)
          .where('person_id', '=', personId)
          .executeTakeFirst();
        return r !== undefined;
      },
    },

    people: {
      async get(id) {
        const r = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
        return r && { id: r.id, agencyId: r.agency_id, record: fromJson(r.record), updatedAt: r.updated_at };
      },
      /** In id order; `ids: []` selects no one. */
      async list(filter) {
        if (filter.ids !== undefined && filter.ids.length === 0) return [];
        let q = peopleQuery(filter).selectAll('people').orderBy('people.id');
        if (filter.limit !== undefined) q = q.limit(filter.limit);
        if (filter.offset !== undefined) {
          // SQLite accepts OFFSET only after a LIMIT; -1 is its "no limit".
          if (filter.limit === undefined && dialect === 'sqlite') q = q.limit(-1);
          q = q.offset(filter.offset);
        }
        const rows = await q.execute();
        return rows.map((r) => ({ id: r.id, agencyId: r.agency_id, record: fromJson(r.record), updatedAt: r.updated_at }));
      },
      /** A page of `list`, with names and evaluation summaries only (src/summaries.ts): one query. */
      async summaries(filter) {
        if (filter.ids !== undefined && filter.ids.length === 0) return [];
        let page = peopleQuery(filter)
          .select(['people.id', 'people.agency_id', 'people.given_name', 'people.family_name'])
          .orderBy('people.id');
        if (filter.limit !== undefined) page = page.limit(filter.limit);
        if (filter.offset !== undefined) {
          if (filter.limit === undefined && dialect === 'sqlite') page = page.limit(-1);
          page = page.offset(filter.offset);
        }
        const rows = await db
          .selectFrom(page.as('p'))
          .leftJoin('evaluations as e', 'e.person_id', 'p.id')
          .select(['p.id', 'p.agency_id', 'p.given_name', 'p.family_name', 'e.term_id', 'e.as_of', 'e.summary'])
          .orderBy('p.id')
          .orderBy('e.term_id')
          .execute();
        const out: PersonSummary[] = [];
        for (const r of rows) {
          let person = out.at(-1);
          if (person?.id !== r.id) {
            const name =
              r.given_name === null && r.family_name === null
                ? null
                : {
                    ...(r.given_name !== null ? { given: r.given_name } : {}),
                    ...(r.family_name !== null ? { family: r.family_name } : {}),
                  };
            person = { id: r.id, agencyId: r.agency_id, name, terms: [] };
            out.push(person);
          }
          if (r.term_id !== null && r.as_of !== null && r.summary !== null)
            person.terms.push({ termId: r.term_id, asOf: r.as_of, actions: [], ...(JSON.parse(r.summary) as EvaluationSummary) });
        }
        await attachLatestActions(out);
        return out;
      },
      /** Counts every person the filter selects; `limit` and `offset` are ignored. */
      async count(filter) {
        if (filter.ids !== undefined && filter.ids.length === 0) return 0;
        // pg returns count(*) as a string (int8): cast in SQL.
        const r = await peopleQuery(filter)
          .select(sql<number>`cast(count(*) as integer)`.as('n'))
          .executeTakeFirstOrThrow();
        return Number(r.n);
      },
      async upsert(person: StoredPerson) {
        // With a listener, the write and what the listener does (enqueue a job) commit together.
        if (hooks.personChanged !== undefined && !options.inTransaction) return store.transaction((tx) => tx.people.upsert(person));
        const row = {
          agency_id: person.agencyId,
          record: JSON.stringify(person.record),
          updated_at: person.updatedAt,
          ...nameColumns(person.record),
        };
        await db
          .insertInto('people')
          .values({ id: person.id, ...row })
          .onConflict((oc) => oc.column('id').doUpdateSet(row))
          .execute();
        await bumpRevision(db);
        await hooks.personChanged?.(store, person.id);
      },
    },

    evaluations: {
      async replace(personId, evaluations) {
        await db.deleteFrom('evaluations').where('person_id', '=', personId).execute();
        for (const batch of chunks(evaluations, 500)) {
          await db
            .insertInto('evaluations')
            .values(
              batch.map((e) => ({
                person_id: personId,
                term_id: e.termId,
                as_of: e.asOf,
                law_version: e.lawVersion,
                evaluation: JSON.stringify(e.evaluation),
                summary: JSON.stringify(evaluationSummary(e.evaluation)),
                computed_at: e.computedAt,
              })),
            )
            .execute();
        }
        await bumpRevision(db);
      },
      async forPerson(personId) {
        const rows = await db.selectFrom('evaluations').selectAll().where('person_id', '=', personId).orderBy('term_id').execute();
        return rows.map(toEvaluation);
      },
      async forPeople(personIds) {
        const out: StoredEvaluation[] = [];
        for (const ids of chunks([...new Set(personIds)], IDS_PER_QUERY)) {
          const rows = await db
            .selectFrom('evaluations')
            .selectAll()
            .where('person_id', 'in', ids)
            .orderBy('person_id')
            .orderBy('term_id')
            .execute();
          out.push(...rows.map(toEvaluation));
        }
        return out.sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
      },
    },

    actions: {
      async add(action) {
        const row = {
          person_id: action.personId,
          term_id: action.termId,
          kind: action.kind,
          status: action.status,
          reason: action.reason,
          snoozed_until: action.snoozedUntil,
          actor_user_id: action.actorUserId,
          at: nowIso(),
          reviewed_action_id: action.reviewedActionId ?? null,
        };
        const r = await db.insertInto('opportunity_actions').values(row).returningAll().executeTakeFirstOrThrow();
        // A list shows each opportunity's latest action.
        await bumpRevision(db);
        return toAction(r);
      },
      /** Oldest first. */
      async forPerson(personId) {
        const rows = await db.selectFrom('opportunity_actions').selectAll().where('person_id', '=', personId).orderBy('id').execute();
        return rows.map(toAction);
      },
    },

    checklists: {
      async set(item) {
        if (item.verified && (item.verifiedBy === null || item.verifiedAt === null || !item.evidence?.trim()))
          throw new Error('a verified checklist item needs verifiedBy, verifiedAt and evidence');
        const state = {
          verified: item.verified ? 1 : 0,
          verified_by: item.verified ? item.verifiedBy : null,
          verified_at: item.verified ? item.verifiedAt : null,
          evidence: item.evidence,
          updated_by: item.updatedBy,
          updated_at: item.updatedAt ?? nowIso(),
        };
        const r = await db
          .insertInto('checklist_items')
          .values({
            person_id: item.personId,
            term_id: item.termId,
            opportunity_kind: item.opportunityKind,
            item_key: item.itemKey,
            ...state,
          })
          .onConflict((oc) => oc.columns(['person_id', 'term_id', 'opportunity_kind', 'item_key']).doUpdateSet(state))
          .returningAll()
          .executeTakeFirstOrThrow();
        return toChecklistItem(r);
      },
      async forPerson(personId, termId) {
        let q = db.selectFrom('checklist_items').selectAll().where('person_id', '=', personId);
        if (termId !== undefined) q = q.where('term_id', '=', termId);
        const rows = await q.orderBy('term_id').orderBy('opportunity_kind').orderBy('item_key').execute();
        return rows.map(toChecklistItem);
      },
    },

    notes: {
      async add(note) {
        const r = await db
          .insertInto('notes')
          .values({ person_id: note.personId, author_user_id: note.authorUserId, text: note.text, at: note.at ?? nowIso() })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toNote(r);
      },
      async forPerson(personId) {
        const rows = await db.selectFrom('notes').selectAll().where('person_id', '=', personId).orderBy('id').execute();
        return rows.map(toNote);
      },
    },

    outcomes: {
      async people(filter) {
        if (filter.ids !== undefined && filter.ids.length === 0) return [];
        // birthDate sits in the record's JSON, and JSON paths are spelled differently on SQLite and
        // PostgreSQL: the records are read here, a batch at a time (by id, so memory stays bounded).
        const out: OutcomePerson[] = [];
        for (let after: string | undefined; ;) {
          let q = peopleQuery(filter)
            .leftJoin('caseloads', 'caseloads.person_id', 'people.id')
            .leftJoin('users', 'users.id', 'caseloads.officer_id')
            .select(['people.id', 'people.record', 'caseloads.officer_id', 'users.display_name'])
            .orderBy('people.id')
            .limit(OUTCOME_BATCH);
          if (after !== undefined) q = q.where('people.id', '>', after);
          const rows = await q.execute();
          for (const r of rows) {
            const birthDate: unknown = fromJson(r.record)?.birthDate;
            out.push({
              personId: r.id,
              officerId: r.officer_id ?? null,
              officerName: r.display_name ?? null,
              birthDate: typeof birthDate === 'string' ? birthDate : null,
            });
          }
          if (rows.length < OUTCOME_BATCH) return out;
          after = rows.at(-1)!.id;
        }
      },
      async latestActions(filter) {
        if (filter.ids !== undefined && filter.ids.length === 0) return [];
        // max(id) per group, then those rows: plain SQL both dialects run (no window functions needed).
        const rows = await db
          .selectFrom('opportunity_actions as a')
          .select(['a.person_id', 'a.term_id', 'a.kind', 'a.status'])
          .where('a.id', 'in', (eb) =>
            eb
              .selectFrom('opportunity_actions as b')
              .select((m) => m.fn.max('b.id').as('id'))
              .where('b.person_id', 'in', peopleQuery(filter).select('people.id'))
              .groupBy(['b.person_id', 'b.term_id', 'b.kind']),
          )
          .orderBy('a.person_id')
          .orderBy('a.term_id')
          .orderBy('a.kind')
          .execute();
        return rows.map((r) => ({ personId: r.person_id, termId: r.term_id, kind: r.kind, status: r.status as LatestAction['status'] }));
      },
    },

    audit: {
      async append(entry: NewAuditEntry) {
        const row = {
          row: {
            at: entry.at ?? nowIso(),
            actor_user_id: entry.actorUserId,
            action: entry.action,
            person_id: entry.personId,
            reason: entry.reason,
            detail: JSON.stringify(entry.detail ?? {}),
          },
          subjects: entry.subjects ?? [],
        };
        if (auditRows === undefined) await insertAuditRows([row]);
        else await auditRows.add(row);
      },
      /** Oldest first (the order entries were appended, which the id keeps) unless `order` is `newest`. */
      async list(filter) {
        let q = db.selectFrom('audit_log').selectAll();
        const personId = filter.personId;
        if (personId !== undefined)
          q = q.where((eb) =>
            eb.or([
              eb('person_id', '=', personId),
              eb('id', 'in', eb.selectFrom('audit_subjects').select('audit_id').where('audit_subjects.person_id', '=', personId)),
            ]),
          );
        if (filter.actorUserId !== undefined) q = q.where('actor_user_id', '=', filter.actorUserId);
        if (filter.beforeId !== undefined) q = q.where('id', '<', filter.beforeId);
        q = q.orderBy('id', filter.order === 'newest' ? 'desc' : 'asc');
        if (filter.limit !== undefined) q = q.limit(filter.limit);
        if (filter.offset !== undefined) {
          if (filter.limit === undefined && dialect === 'sqlite') q = q.limit(-1);
          q = q.offset(filter.offset);
        }
        return (await q.execute()).map(toAudit);
      },
    },
  };
  internals.set(store, {
    db,
    dialect,
    inTransaction: options.inTransaction,
    sqlite: options.sqlite,
    sqlitePath: options.sqlitePath,
    hooks,
  });
  return store;
}
