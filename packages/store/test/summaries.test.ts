import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluatePerson, JURISDICTIONS, parseIsoDate, type PersonRecord } from '@pathways/law';
import { importRecords, openStore, type OpportunityAction, type PathwaysStore } from '../src/index.ts';
import { migrationProvider } from '../src/migrations/index.ts';
import { evaluationSummary } from '../src/summaries.ts';
import { dialects, storeForEachTest } from './dialects.ts';
import { jsonl, officer, person } from './records.ts';

const AS_OF = '2025-06-30';
const named = (n: number) => person(n, { name: n % 2 === 0 ? { given: `Given${n}`, family: `Family${n}` } : { family: `Family${n}` } });

/** What `summaries` must return: the same page as `list`, its names and evaluations cut down. */
async function expectedSummaries(store: PathwaysStore, filter: Parameters<PathwaysStore['people']['list']>[0]) {
  const people = await store.people.list(filter);
  const evaluations = await store.evaluations.forPeople(people.map((p) => p.id));
  const actions = (await Promise.all(people.map((p) => store.actions.forPerson(p.id)))).flat();
  return people.map((p) => ({
    id: p.id,
    agencyId: p.agencyId,
    name: p.record.name ? { ...p.record.name } : null,
    terms: evaluations
      .filter((e) => e.personId === p.id)
      .map((e) => ({ termId: e.termId, asOf: e.asOf, actions: latestByKind(actions, p.id, e.termId), ...evaluationSummary(e.evaluation) })),
  }));
}

/** The latest action of each kind on one term, in the order each kind was first acted on. */
function latestByKind(actions: readonly OpportunityAction[], personId: string, termId: string) {
  const latest = new Map<string, { kind: string; status: string; at: string; snoozedUntil: string | null }>();
  for (const a of actions) {
    if (a.personId === personId && a.termId === termId)
      latest.set(a.kind, { kind: a.kind, status: a.status, at: a.at, snoozedUntil: a.snoozedUntil });
  }
  return [...latest.values()];
}

/** A SQLite file with the schema as it stood after `migration`, and the agency the rows below belong to. */
async function databaseAsOf(path: string, migration: string): Promise<Kysely<any>> {
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Sqlite(path) }) });
  const migrated = await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateTo(migration);
  expect(migrated.error).toBeUndefined();
  await db.insertInto('agencies').values({ id: 'AG-1', name: 'County Probation', jurisdiction: 'US-CA' }).execute();
  return db;
}

describe.each(dialects)('people.summaries on %s', (dialect) => {
  const t = storeForEachTest(dialect);
  let store: PathwaysStore;
  beforeEach(() => {
    store = t.store;
  });

  it('case: imported people: names and summaries equal those of the full records and evaluations', async () => {
    const records = [named(1), named(2), named(3), person(4)];
    const report = await importRecords(store, { name: 'people.jsonl', data: jsonl(records) }, { agencyId: 'AG-1', asOf: AS_OF });
    expect(report.committed).toBe(true);
    const got = await store.people.summaries({ agencyId: 'AG-1' });
    expect(got).toEqual(await expectedSummaries(store, { agencyId: 'AG-1' }));
    expect(got.map((p) => p.name)).toEqual([{ family: 'Family1' }, { given: 'Given2', family: 'Family2' }, { family: 'Family3' }, null]);
    expect(got[0]!.terms).toHaveLength(1);
  });

  it('case: people written one by one with their evaluations; paging by limit and offset', async () => {
    for (let n = 1; n <= 5; n++) {
      const record = named(n) as PersonRecord;
      await store.people.upsert({ id: record.id, agencyId: 'AG-1', record, updatedAt: '2026-01-01T00:00:00.000Z' });
      const evaluations = evaluatePerson(JURISDICTIONS, record, parseIsoDate(AS_OF)).map((evaluation) => ({
        personId: record.id,
        termId: evaluation.termId,
        asOf: AS_OF,
        lawVersion: 'test',
        evaluation,
        computedAt: '2026-01-01T00:00:00.000Z',
      }));
      await store.evaluations.replace(record.id, evaluations);
    }
    const page = { agencyId: 'AG-1', limit: 2, offset: 2 };
    const got = await store.people.summaries(page);
    expect(got.map((p) => p.id)).toEqual(['P-000003', 'P-000004']);
    expect(got).toEqual(await expectedSummaries(store, page));
    expect(await store.people.summaries({ ids: [] })).toEqual([]);
  });

  it('case: each term lists the latest action on each opportunity kind, and no action of a term it does not list', async () => {
    const report = await importRecords(
      store,
      { name: 'people.jsonl', data: jsonl([named(1), named(2)]) },
      { agencyId: 'AG-1', asOf: AS_OF },
    );
    expect(report.committed).toBe(true);
    await store.users.create(officer('U-1', 'officer'));
    const [first] = await store.people.summaries({ ids: ['P-000001'] });
    const termId = first!.terms[0]!.termId;
    const act = (kind: string, status: OpportunityAction['status'], snoozedUntil: string | null = null, term = termId) =>
      store.actions.add({ personId: 'P-000001', termId: term, kind, status, reason: null, snoozedUntil, actorUserId: 'U-1' });
    await act('early_termination', 'snoozed', '2026-03-01');
    const submitted = await act('early_termination', 'submitted');
    const snoozed = await act('earned_discharge', 'snoozed', '2026-04-01');
    await act('early_termination', 'granted', null, 'T-not-stored');

    const got = await store.people.summaries({ agencyId: 'AG-1' });
    expect(got).toEqual(await expectedSummaries(store, { agencyId: 'AG-1' }));
    expect(got[0]!.terms[0]!.actions).toEqual([
      { kind: 'early_termination', status: 'submitted', at: submitted.at, snoozedUntil: null },
      { kind: 'earned_discharge', status: 'snoozed', at: snoozed.at, snoozedUntil: '2026-04-01' },
    ]);
    expect(got[1]!.terms[0]!.actions).toEqual([]);
  });

  it('case: a person with no stored evaluation is listed with no terms', async () => {
    const record = named(7) as PersonRecord;
    await store.people.upsert({ id: record.id, agencyId: 'AG-1', record, updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(await store.people.summaries({})).toEqual([{ id: 'P-000007', agencyId: 'AG-1', name: { family: 'Family7' }, terms: [] }]);
  });
});

describe('the summary migrations on a database written before them', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pathways-summaries-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('case: 20261201000000_summaries fills in the names and summaries of the rows already there', async () => {
    const path = join(dir, 'old.sqlite');
    // The schema as it was before the migration, with rows written then.
    const db = await databaseAsOf(path, '20261130120000_jobs');
    const records = Array.from({ length: 1_203 }, (_, i) => named(i + 1) as PersonRecord); // more than one batch of 500
    for (const record of records) {
      await db
        .insertInto('people')
        .values({ id: record.id, agency_id: 'AG-1', record: JSON.stringify(record), updated_at: 'then' })
        .execute();
      for (const evaluation of evaluatePerson(JURISDICTIONS, record, parseIsoDate(AS_OF)))
        await db
          .insertInto('evaluations')
          .values({
            person_id: record.id,
            term_id: evaluation.termId,
            as_of: AS_OF,
            law_version: 'old',
            evaluation: JSON.stringify(evaluation),
            computed_at: 'then',
          })
          .execute();
    }
    await db.destroy();

    const store = await openStore({ sqlitePath: path });
    try {
      const got = await store.people.summaries({});
      expect(got).toHaveLength(1_203);
      expect(got).toEqual(await expectedSummaries(store, {}));
      expect(got.every((p) => p.terms.length === 1 && p.name !== null)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('case: 20261201000300_summary_limits rewrites summaries stored in the earlier shape (no sanction limit, no reasons)', async () => {
    const path = join(dir, 'old.sqlite');
    const db = await databaseAsOf(path, '20261201000200_checklists');
    const record = named(2) as PersonRecord;
    await db
      .insertInto('people')
      .values({
        id: record.id,
        agency_id: 'AG-1',
        record: JSON.stringify(record),
        updated_at: 'then',
        given_name: 'Given2',
        family_name: 'Family2',
      })
      .execute();
    for (const evaluation of evaluatePerson(JURISDICTIONS, record, parseIsoDate(AS_OF))) {
      const { sanctionLimit: _dropped, ...older } = evaluationSummary(evaluation);
      await db
        .insertInto('evaluations')
        .values({
          person_id: record.id,
          term_id: evaluation.termId,
          as_of: AS_OF,
          law_version: 'old',
          evaluation: JSON.stringify(evaluation),
          computed_at: 'then',
          summary: JSON.stringify(older),
        })
        .execute();
    }
    await db.destroy();

    const store = await openStore({ sqlitePath: path });
    try {
      const got = await store.people.summaries({});
      expect(got).toEqual(await expectedSummaries(store, {}));
      expect(got[0]!.terms[0]).toHaveProperty('sanctionLimit');
    } finally {
      await store.close();
    }
  });
});

describe('the summary of one evaluation', () => {
  const base = { jurisdiction: 'US-MI', projectedEndDate: '2027-01-01' };
  it('case: a blocked opportunity keeps its first reason, an almost one what is missing; the sanction limit without its citations', () => {
    expect(
      evaluationSummary({
        ...base,
        opportunities: [
          { kind: 'term_cap', status: 'ineligible', date: null, citations: ['X'], reasons: ['Blocked because.', 'More.'] },
          {
            kind: 'earned_discharge',
            status: 'ineligible',
            date: null,
            citations: [],
            reasons: ['Owed.'],
            almost: { missing: ['restitution of $10.00'], dateIfResolved: '2026-12-01' },
          },
          { kind: 'early_termination', status: 'eligible', date: '2026-01-01', citations: [], reasons: ['Open.'] },
        ],
        sanctionLimit: {
          violationNumber: 2,
          confinementAllowed: true,
          maxConfinementDays: 30,
          citations: ['MCL 771.4b'],
          reasons: ['Why.'],
        },
      }),
    ).toEqual({
      ...base,
      opportunities: [
        { kind: 'term_cap', status: 'ineligible', date: null, reason: 'Blocked because.' },
        {
          kind: 'earned_discharge',
          status: 'ineligible',
          date: null,
          reason: 'Owed.',
          almost: { missing: ['restitution of $10.00'], dateIfResolved: '2026-12-01' },
        },
        { kind: 'early_termination', status: 'eligible', date: '2026-01-01' },
      ],
      sanctionLimit: { violationNumber: 2, confinementAllowed: true, maxConfinementDays: 30 },
    });
  });
});
