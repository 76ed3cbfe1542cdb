/**
 * Campaigns in the store (issue 9, parts 2, 3 and 5); tables: migrations/20261202000000_campaigns.ts.
 *
 * - `campaigns(store)`: the campaigns, and the simulator's impact numbers kept on each (the figures are
 *   JSON the server shapes: packages/server/src/voices/impact.ts; the store only keeps them).
 * - `supporters(store)`: supporters by address, their pending sign-ups (one-use links kept as SHA-256
 *   hashes) and the browsers they confirmed in, and the campaigns they joined.
 * - `legislators(store)`: the imported legislators and ZIP-to-district table, and the lookup from a ZIP.
 * - `campaignLetters(store)`: the letters sent, counted by district and exported.
 *
 * Every function works on the store a transaction hands out, so `store.transaction((tx) => …)` is one
 * commit; `legislators(tx).importRoster` must be called so (it writes many rows that stand or fall
 * together). Validating what comes in (a CSV's rows, a template, an address) is the server's concern;
 * this module checks only what would corrupt a row.
 */
import type { Kysely, Selectable } from 'kysely';
import { storeInternals, type PathwaysStore } from '../kysely-store.ts';
import type { SerialId } from '../schema.ts';
import type { Store } from '../store.ts';

export const CAMPAIGN_STATUSES = ['draft', 'live', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const IMPACT_STATUSES = ['none', 'computing', 'ready', 'failed'] as const;
export type ImpactStatus = (typeof IMPACT_STATUSES)[number];
export const CHAMBERS = ['upper', 'lower'] as const;
export type Chamber = (typeof CHAMBERS)[number];

export interface CampaignImpactState {
  status: ImpactStatus;
  /** The figures, as the server computed them (ready), else null. */
  figures: unknown;
  /** Why the run failed (failed), else null. */
  error: string | null;
  /** The run asked for (size, horizon, seed), as the server wrote it. */
  run: unknown;
  requestedAt: string | null;
}

export interface Campaign {
  id: string;
  name: string;
  bill: string;
  jurisdiction: string;
  status: CampaignStatus;
  /** A file name in the repository's reforms/ folder; null for a row written without one. */
  reformFile: string | null;
  summary: string;
  letterTemplate: string;
  impact: CampaignImpactState;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface NewCampaign {
  id: string;
  name: string;
  bill: string;
  jurisdiction: string;
  status: CampaignStatus;
  reformFile: string | null;
  summary: string;
  letterTemplate: string;
  createdBy: string;
  at: string;
}

export type CampaignChange = Partial<
  Pick<Campaign, 'name' | 'bill' | 'jurisdiction' | 'status' | 'reformFile' | 'summary' | 'letterTemplate'>
>;

export interface Supporter {
  id: string;
  /** Lowercased. */
  email: string;
  name: string;
  zip: string;
  verifiedAt: string | null;
  consentText: string | null;
  consentAt: string | null;
  createdAt: string;
}

export interface SupporterVerification {
  tokenHash: string;
  supporterId: string;
  campaignId: string;
  name: string;
  zip: string;
  consentText: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface LegislatorInput {
  /** Two-letter postal code, upper case. */
  state: string;
  chamber: Chamber;
  district: string;
  name: string;
  email: string;
  party: string | null;
}

export interface Legislator extends LegislatorInput {
  id: number;
  active: boolean;
  importedAt: string;
}

export interface ZipDistrict {
  zip: string;
  state: string;
  chamber: Chamber;
  district: string;
}

export interface RosterReport {
  legislators: { created: number; updated: number; retired: number } | null;
  zipDistricts: { written: number; states: string[] } | null;
}

export interface NewLetter {
  campaignId: string;
  supporterId: string;
  legislatorId: number;
  state: string;
  chamber: Chamber;
  district: string;
  outboxId: number | null;
  sentAt: string;
}

export interface DistrictCount {
  state: string;
  chamber: Chamber;
  district: string;
  letters: number;
  /** Supporters who wrote at least one letter in the district. */
  supporters: number;
}

/** One letter as the export lists it: who wrote, to whom, for which district, when. */
export interface LetterExportRow {
  id: number;
  sentAt: string;
  state: string;
  chamber: Chamber;
  district: string;
  legislatorName: string;
  legislatorEmail: string;
  supporterName: string;
  supporterEmail: string;
  supporterZip: string;
}

interface CampaignsTable {
  id: string;
  name: string;
  bill: string;
  jurisdiction: string;
  status: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  reform_file: string | null;
  summary: string;
  letter_template: string;
  impact_status: string;
  impact_json: string | null;
  impact_error: string | null;
  impact_run_json: string | null;
  impact_requested_at: string | null;
}

interface SupportersTable {
  id: string;
  email: string;
  name: string;
  zip: string;
  verified_at: string | null;
  consent_text: string | null;
  consent_at: string | null;
  created_at: string;
  updated_at: string;
}

interface SupporterVerificationsTable {
  token_hash: string;
  supporter_id: string;
  campaign_id: string;
  name: string;
  zip: string;
  consent_text: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

interface LegislatorsTable {
  id: SerialId;
  state: string;
  chamber: string;
  district: string;
  name: string;
  email: string;
  party: string | null;
  active: number;
  imported_at: string;
}

interface CampaignLettersTable {
  id: SerialId;
  campaign_id: string;
  supporter_id: string;
  legislator_id: number | string;
  state: string;
  chamber: string;
  district: string;
  outbox_id: number | string | null;
  sent_at: string;
}

interface CampaignsDatabase {
  campaigns: CampaignsTable;
  supporters: SupportersTable;
  supporter_verifications: SupporterVerificationsTable;
  supporter_sessions: { token_hash: string; supporter_id: string; created_at: string; expires_at: string };
  supporter_campaigns: { supporter_id: string; campaign_id: string; joined_at: string };
  legislators: LegislatorsTable;
  zip_districts: { zip: string; state: string; chamber: string; district: string; imported_at: string };
  campaign_letters: CampaignLettersTable;
}

const db = (store: Store | PathwaysStore) => storeInternals(store as Store).db as unknown as Kysely<CampaignsDatabase>;

const parseJson = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

const toCampaign = (r: Selectable<CampaignsTable>): Campaign => ({
  id: r.id,
  name: r.name,
  bill: r.bill,
  jurisdiction: r.jurisdiction,
  status: r.status as CampaignStatus,
  reformFile: r.reform_file,
  summary: r.summary,
  letterTemplate: r.letter_template,
  impact: {
    status: (IMPACT_STATUSES as readonly string[]).includes(r.impact_status) ? (r.impact_status as ImpactStatus) : 'none',
    figures: parseJson(r.impact_json),
    error: r.impact_error,
    run: parseJson(r.impact_run_json),
    requestedAt: r.impact_requested_at,
  },
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toSupporter = (r: Selectable<SupportersTable>): Supporter => ({
  id: r.id,
  email: r.email,
  name: r.name,
  zip: r.zip,
  verifiedAt: r.verified_at,
  consentText: r.consent_text,
  consentAt: r.consent_at,
  createdAt: r.created_at,
});

const toVerification = (r: Selectable<SupporterVerificationsTable>): SupporterVerification => ({
  tokenHash: r.token_hash,
  supporterId: r.supporter_id,
  campaignId: r.campaign_id,
  name: r.name,
  zip: r.zip,
  consentText: r.consent_text,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
});

const toLegislator = (r: Selectable<LegislatorsTable>): Legislator => ({
  id: Number(r.id),
  state: r.state,
  chamber: r.chamber as Chamber,
  district: r.district,
  name: r.name,
  email: r.email,
  party: r.party,
  active: Number(r.active) !== 0,
  importedAt: r.imported_at,
});

function checkStatus(status: string): void {
  if (!(CAMPAIGN_STATUSES as readonly string[]).includes(status)) throw new Error(`unknown campaign status ${status}`);
}

export function campaigns(store: Store | PathwaysStore) {
  const q = db(store);
  const api = {
    async get(id: string): Promise<Campaign | undefined> {
      const r = await q.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toCampaign(r);
    },

    /** Newest first; `statuses` keeps those (the public list: live only). */
    async list(options: { statuses?: readonly CampaignStatus[] } = {}): Promise<Campaign[]> {
      let sel = q.selectFrom('campaigns').selectAll();
      if (options.statuses !== undefined) {
        if (options.statuses.length === 0) return [];
        sel = sel.where('status', 'in', [...options.statuses]);
      }
      const rows = await sel.orderBy('created_at', 'desc').orderBy('id').execute();
      return rows.map(toCampaign);
    },

    /** Writes a new campaign with no impact numbers yet (`none`); throws on a duplicate id. */
    async create(c: NewCampaign): Promise<Campaign> {
      checkStatus(c.status);
      await q
        .insertInto('campaigns')
        .values({
          id: c.id,
          name: c.name,
          bill: c.bill,
          jurisdiction: c.jurisdiction,
          status: c.status,
          created_by: c.createdBy,
          created_at: c.at,
          updated_at: c.at,
          reform_file: c.reformFile,
          summary: c.summary,
          letter_template: c.letterTemplate,
          impact_status: 'none',
        })
        .execute();
      return (await api.get(c.id))!;
    },

    /** Changes what is given; undefined when there is no such campaign. */
    async update(id: string, change: CampaignChange, at: string): Promise<Campaign | undefined> {
      if (change.status !== undefined) checkStatus(change.status);
      const values: Partial<CampaignsTable> = { updated_at: at };
      if (change.name !== undefined) values.name = change.name;
      if (change.bill !== undefined) values.bill = change.bill;
      if (change.jurisdiction !== undefined) values.jurisdiction = change.jurisdiction;
      if (change.status !== undefined) values.status = change.status;
      if (change.reformFile !== undefined) values.reform_file = change.reformFile;
      if (change.summary !== undefined) values.summary = change.summary;
      if (change.letterTemplate !== undefined) values.letter_template = change.letterTemplate;
      const result = await q.updateTable('campaigns').set(values).where('id', '=', id).executeTakeFirst();
      return Number(result.numUpdatedRows) === 0 ? undefined : api.get(id);
    },

    /**
     * Marks the impact numbers as being computed for `run` (kept as JSON), asked for at `requestedAt`;
     * the figures already there stay until the new ones replace them.
     */
    async requestImpact(id: string, run: unknown, requestedAt: string): Promise<void> {
      await q
        .updateTable('campaigns')
        .set({ impact_status: 'computing', impact_run_json: JSON.stringify(run), impact_requested_at: requestedAt, impact_error: null })
        .where('id', '=', id)
        .execute();
    },

    /**
     * Keeps a finished run's figures (or its failure), but only if it answers the latest request: false
     * when the campaign asked for another run since (the result is then stale and dropped).
     */
    async finishImpact(
      id: string,
      requestedAt: string,
      outcome: { status: 'ready'; figures: unknown } | { status: 'failed'; error: string },
    ): Promise<boolean> {
      const values =
        outcome.status === 'ready'
          ? { impact_status: 'ready', impact_json: JSON.stringify(outcome.figures), impact_error: null }
          : { impact_status: 'failed', impact_error: outcome.error.slice(0, 1000) };
      const result = await q
        .updateTable('campaigns')
        .set(values)
        .where('id', '=', id)
        .where('impact_requested_at', '=', requestedAt)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Campaigns whose numbers are marked as being computed (a restarted server picks them up again). */
    async computing(): Promise<Campaign[]> {
      const rows = await q.selectFrom('campaigns').selectAll().where('impact_status', '=', 'computing').execute();
      return rows.map(toCampaign);
    },
  };
  return api;
}

export function supporters(store: Store | PathwaysStore) {
  const q = db(store);
  const api = {
    async get(id: string): Promise<Supporter | undefined> {
      const r = await q.selectFrom('supporters').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toSupporter(r);
    },

    async byEmail(email: string): Promise<Supporter | undefined> {
      const r = await q.selectFrom('supporters').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
      return r && toSupporter(r);
    },

    /**
     * The supporter with this address, created unconfirmed with `name` and `zip` if there is none. An
     * existing supporter is returned unchanged (details change only through a confirmed link).
     */
    async findOrCreate(s: { id: string; email: string; name: string; zip: string; at: string }): Promise<Supporter> {
      const email = s.email.trim().toLowerCase();
      await q
        .insertInto('supporters')
        .values({ id: s.id, email, name: s.name, zip: s.zip, created_at: s.at, updated_at: s.at })
        // Not a caught unique violation: on PostgreSQL that would abort the caller's transaction.
        .onConflict((oc) => oc.column('email').doNothing())
        .execute();
      return (await api.byEmail(email))!;
    },

    verifications: {
      async issue(v: Omit<SupporterVerification, 'usedAt'>): Promise<void> {
        await q
          .insertInto('supporter_verifications')
          .values({
            token_hash: v.tokenHash,
            supporter_id: v.supporterId,
            campaign_id: v.campaignId,
            name: v.name,
            zip: v.zip,
            consent_text: v.consentText,
            created_at: v.createdAt,
            expires_at: v.expiresAt,
          })
          .execute();
      },

      /** Links sent to the supporter since `since` (the sign-up form's limit per address). */
      async countSince(supporterId: string, since: string): Promise<number> {
        const r = await q
          .selectFrom('supporter_verifications')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('supporter_id', '=', supporterId)
          .where('created_at', '>=', since)
          .executeTakeFirstOrThrow();
        return Number(r.n);
      },

      async byHash(tokenHash: string): Promise<SupporterVerification | undefined> {
        const r = await q.selectFrom('supporter_verifications').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
        return r && toVerification(r);
      },

      /** Uses the link once: false when it was used already (by a parallel request too). */
      async consume(tokenHash: string, at: string): Promise<boolean> {
        const result = await q
          .updateTable('supporter_verifications')
          .set({ used_at: at })
          .where('token_hash', '=', tokenHash)
          .where('used_at', 'is', null)
          .executeTakeFirst();
        return Number(result.numUpdatedRows) === 1;
      },

      /** Forgets links dead before `before`, used or not (each sign-up clears them away). */
      async deleteExpired(before: string): Promise<void> {
        await q.deleteFrom('supporter_verifications').where('expires_at', '<', before).execute();
      },
    },

    /**
     * A confirmed link: the supporter's details become those of the sign-up, the address counts as
     * confirmed (from the first time), and the consent's words and time are kept.
     */
    async confirm(id: string, details: { name: string; zip: string; consentText: string; at: string }): Promise<Supporter> {
      const before = await api.get(id);
      if (!before) throw new Error(`no supporter ${id}`);
      await q
        .updateTable('supporters')
        .set({
          name: details.name,
          zip: details.zip,
          verified_at: before.verifiedAt ?? details.at,
          consent_text: details.consentText,
          consent_at: details.at,
          updated_at: details.at,
        })
        .where('id', '=', id)
        .execute();
      return (await api.get(id))!;
    },

    async join(supporterId: string, campaignId: string, at: string): Promise<void> {
      await q
        .insertInto('supporter_campaigns')
        .values({ supporter_id: supporterId, campaign_id: campaignId, joined_at: at })
        .onConflict((oc) => oc.columns(['supporter_id', 'campaign_id']).doNothing())
        .execute();
    },

    /** Confirmed supporters who joined the campaign. */
    async countFor(campaignId: string): Promise<number> {
      const r = await q
        .selectFrom('supporter_campaigns')
        .innerJoin('supporters', 'supporters.id', 'supporter_campaigns.supporter_id')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('supporter_campaigns.campaign_id', '=', campaignId)
        .where('supporters.verified_at', 'is not', null)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    sessions: {
      async create(s: { tokenHash: string; supporterId: string; createdAt: string; expiresAt: string }): Promise<void> {
        await q
          .insertInto('supporter_sessions')
          .values({ token_hash: s.tokenHash, supporter_id: s.supporterId, created_at: s.createdAt, expires_at: s.expiresAt })
          .execute();
      },

      /** The supporter behind a browser's token, while it has not expired at `at`. */
      async supporter(tokenHash: string, at: string): Promise<Supporter | undefined> {
        const r = await q
          .selectFrom('supporter_sessions')
          .innerJoin('supporters', 'supporters.id', 'supporter_sessions.supporter_id')
          .selectAll('supporters')
          .where('supporter_sessions.token_hash', '=', tokenHash)
          .where('supporter_sessions.expires_at', '>', at)
          .executeTakeFirst();
        return r && toSupporter(r);
      },

      async delete(tokenHash: string): Promise<void> {
        await q.deleteFrom('supporter_sessions').where('token_hash', '=', tokenHash).execute();
      },
    },
  };
  return api;
}

/** Rows per insert statement: well under SQLite's parameter limit (9 columns × 500). */
const ROWS_PER_INSERT = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const seatKey = (l: Pick<LegislatorInput, 'state' | 'chamber' | 'district' | 'name'>) =>
  `${l.state}\u0000${l.chamber}\u0000${l.district}\u0000${l.name}`;

export function legislators(store: Store | PathwaysStore) {
  const q = db(store);
  return {
    /**
     * Writes an import: each file given is the whole roster (or ZIP table) of the states it names.
     * Legislators are found by state, chamber, district and name and updated in place; those of the same
     * states the file no longer names are retired (kept for the letters sent to them, sent no more). The
     * ZIP rows of each state in the file replace that state's rows. Call inside `store.transaction`.
     */
    async importRoster(
      input: { legislators: readonly LegislatorInput[] | null; zipDistricts: readonly ZipDistrict[] | null },
      at: string,
    ): Promise<RosterReport> {
      if (!storeInternals(store as Store).inTransaction) throw new Error('importRoster must run inside store.transaction');
      const report: RosterReport = { legislators: null, zipDistricts: null };
      if (input.legislators !== null) {
        const states = [...new Set(input.legislators.map((l) => l.state))];
        const existing = states.length === 0 ? [] : await q.selectFrom('legislators').selectAll().where('state', 'in', states).execute();
        const byKey = new Map(existing.map((r) => [seatKey(toLegislator(r)), r]));
        const seen = new Set<string>();
        let created = 0;
        let updated = 0;
        const fresh: LegislatorInput[] = [];
        for (const l of input.legislators) {
          const key = seatKey(l);
          if (seen.has(key)) continue;
          seen.add(key);
          const found = byKey.get(key);
          if (found) {
            await q
              .updateTable('legislators')
              .set({ email: l.email, party: l.party, active: 1, imported_at: at })
              .where('id', '=', Number(found.id))
              .execute();
            updated += 1;
          } else fresh.push(l);
        }
        for (const part of chunks(fresh, ROWS_PER_INSERT)) {
          await q
            .insertInto('legislators')
            .values(part.map((l) => ({ ...l, active: 1, imported_at: at })))
            .execute();
          created += part.length;
        }
        const retire = existing.filter((r) => !seen.has(seatKey(toLegislator(r))) && Number(r.active) !== 0).map((r) => Number(r.id));
        for (const part of chunks(retire, ROWS_PER_INSERT)) {
          await q.updateTable('legislators').set({ active: 0, imported_at: at }).where('id', 'in', part).execute();
        }
        report.legislators = { created, updated, retired: retire.length };
      }
      if (input.zipDistricts !== null) {
        const states = [...new Set(input.zipDistricts.map((z) => z.state))].sort();
        if (states.length > 0) await q.deleteFrom('zip_districts').where('state', 'in', states).execute();
        const unique = new Map(input.zipDistricts.map((z) => [`${z.zip}\u0000${z.state}\u0000${z.chamber}\u0000${z.district}`, z]));
        for (const part of chunks([...unique.values()], ROWS_PER_INSERT)) {
          await q
            .insertInto('zip_districts')
            .values(part.map((z) => ({ zip: z.zip, state: z.state, chamber: z.chamber, district: z.district, imported_at: at })))
            .execute();
        }
        report.zipDistricts = { written: unique.size, states };
      }
      return report;
    },

    /** The districts a ZIP lies in (a ZIP may span several, even states), by state, chamber and district. */
    async districtsForZip(zip: string): Promise<ZipDistrict[]> {
      const rows = await q
        .selectFrom('zip_districts')
        .select(['zip', 'state', 'chamber', 'district'])
        .where('zip', '=', zip)
        .orderBy('state')
        .orderBy('chamber', 'desc')
        .orderBy('district')
        .execute();
      return rows.map((r) => ({ zip: r.zip, state: r.state, chamber: r.chamber as Chamber, district: r.district }));
    },

    /** The serving legislators of these districts of one state. */
    async forDistricts(state: string, districts: readonly { chamber: Chamber; district: string }[]): Promise<Legislator[]> {
      if (districts.length === 0) return [];
      const rows = await q
        .selectFrom('legislators')
        .selectAll()
        .where('state', '=', state)
        .where('active', '=', 1)
        .where((eb) => eb.or(districts.map((d) => eb.and([eb('chamber', '=', d.chamber), eb('district', '=', d.district)]))))
        .orderBy('chamber', 'desc')
        .orderBy('district')
        .orderBy('name')
        .execute();
      return rows.map(toLegislator);
    },

    async get(id: number): Promise<Legislator | undefined> {
      const r = await q.selectFrom('legislators').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toLegislator(r);
    },

    /** Every legislator (serving or retired), by state, chamber and district. */
    async list(options: { state?: string } = {}): Promise<Legislator[]> {
      let sel = q.selectFrom('legislators').selectAll();
      if (options.state !== undefined) sel = sel.where('state', '=', options.state);
      const rows = await sel.orderBy('state').orderBy('chamber', 'desc').orderBy('district').orderBy('name').execute();
      return rows.map(toLegislator);
    },

    /** ZIP rows per state. */
    async zipCounts(): Promise<{ state: string; zips: number; rows: number }[]> {
      const rows = await q
        .selectFrom('zip_districts')
        .select((eb) => ['state', eb.fn.count<number>('zip').distinct().as('zips'), eb.fn.countAll<number>().as('rows')])
        .groupBy('state')
        .orderBy('state')
        .execute();
      return rows.map((r) => ({ state: r.state, zips: Number(r.zips), rows: Number(r.rows) }));
    },
  };
}

export function campaignLetters(store: Store | PathwaysStore) {
  const q = db(store);
  return {
    /** Records a letter; null when the supporter already wrote to this legislator for this campaign. */
    async record(l: NewLetter): Promise<number | null> {
      const row = await q
        .insertInto('campaign_letters')
        .values({
          campaign_id: l.campaignId,
          supporter_id: l.supporterId,
          legislator_id: l.legislatorId,
          state: l.state,
          chamber: l.chamber,
          district: l.district,
          outbox_id: l.outboxId,
          sent_at: l.sentAt,
        })
        .onConflict((oc) => oc.columns(['campaign_id', 'supporter_id', 'legislator_id']).doNothing())
        .returning('id')
        .executeTakeFirst();
      return row === undefined ? null : Number(row.id);
    },

    /** Sets the outbox message a recorded letter went out as. */
    async setOutbox(id: number, outboxId: number): Promise<void> {
      await q.updateTable('campaign_letters').set({ outbox_id: outboxId }).where('id', '=', id).execute();
    },

    /** The legislators this supporter already wrote to for this campaign. */
    async legislatorsWrittenTo(campaignId: string, supporterId: string): Promise<number[]> {
      const rows = await q
        .selectFrom('campaign_letters')
        .select('legislator_id')
        .where('campaign_id', '=', campaignId)
        .where('supporter_id', '=', supporterId)
        .execute();
      return rows.map((r) => Number(r.legislator_id));
    },

    /** Letters and the supporters who wrote them, per district, most letters first. */
    async countsByDistrict(campaignId: string): Promise<DistrictCount[]> {
      const rows = await q
        .selectFrom('campaign_letters')
        .select((eb) => [
          'state',
          'chamber',
          'district',
          eb.fn.countAll<number>().as('letters'),
          eb.fn.count<number>('supporter_id').distinct().as('supporters'),
        ])
        .where('campaign_id', '=', campaignId)
        .groupBy(['state', 'chamber', 'district'])
        .execute();
      return rows
        .map((r) => ({
          state: r.state,
          chamber: r.chamber as Chamber,
          district: r.district,
          letters: Number(r.letters),
          supporters: Number(r.supporters),
        }))
        .sort(
          (a, b) =>
            b.letters - a.letters ||
            a.state.localeCompare(b.state) ||
            b.chamber.localeCompare(a.chamber) ||
            a.district.localeCompare(b.district, 'en', { numeric: true }),
        );
    },

    /** Letters sent and supporters who sent any, for the campaign. */
    async totals(campaignId: string): Promise<{ letters: number; supporters: number }> {
      const r = await q
        .selectFrom('campaign_letters')
        .select((eb) => [eb.fn.countAll<number>().as('letters'), eb.fn.count<number>('supporter_id').distinct().as('supporters')])
        .where('campaign_id', '=', campaignId)
        .executeTakeFirstOrThrow();
      return { letters: Number(r.letters), supporters: Number(r.supporters) };
    },

    /** Every letter of the campaign, oldest first, with who sent it to whom. */
    async exportRows(campaignId: string): Promise<LetterExportRow[]> {
      const rows = await q
        .selectFrom('campaign_letters')
        .innerJoin('legislators', 'legislators.id', 'campaign_letters.legislator_id')
        .innerJoin('supporters', 'supporters.id', 'campaign_letters.supporter_id')
        .select([
          'campaign_letters.id as id',
          'campaign_letters.sent_at as sent_at',
          'campaign_letters.state as state',
          'campaign_letters.chamber as chamber',
          'campaign_letters.district as district',
          'legislators.name as legislator_name',
          'legislators.email as legislator_email',
          'supporters.name as supporter_name',
          'supporters.email as supporter_email',
          'supporters.zip as supporter_zip',
        ])
        .where('campaign_letters.campaign_id', '=', campaignId)
        .orderBy('campaign_letters.id')
        .execute();
      return rows.map((r) => ({
        id: Number(r.id),
        sentAt: r.sent_at,
        state: r.state,
        chamber: r.chamber as Chamber,
        district: r.district,
        legislatorName: r.legislator_name,
        legislatorEmail: r.legislator_email,
        supporterName: r.supporter_name,
        supporterEmail: r.supporter_email,
        supporterZip: r.supporter_zip,
      }));
    },
  };
}
