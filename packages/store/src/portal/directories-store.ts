/**
 * The jobs and services directories of the portal (issue 7, parts 5 and 6) and the part of a person's file
 * the matching reads: their home ZIP and the conditions that rule jobs out (curfew, no driving, no contact
 * with minors, no alcohol venues, a travel limit).
 *
 * `directories(store)` works on a store or on the store a transaction hands out, so the importer's whole
 * file commits or rolls back together. Each directory row belongs to the agency that imported it; its key
 * within the agency is the identifier the source gave it, so a re-import updates in place. Parsing the
 * source formats (JobPosting JSON-LD, CSV, Open Referral HSDS) is the server's concern
 * (packages/server/src/portal/directories/); this module stores what they produce, already validated.
 */
import type { Kysely } from 'kysely';
import { storeInternals } from '../kysely-store.ts';
import type { Store } from '../store.ts';

/** The need categories the services directory is searched by (the portal's wording is in the web app). */
export const DIRECTORY_NEEDS = ['housing', 'treatment', 'id_documents', 'benefits', 'legal_help', 'childcare'] as const;
export type DirectoryNeed = (typeof DIRECTORY_NEEDS)[number];

export interface DirectoryConditions {
  /** The hours the person must be home, `HH:MM` local time; may cross midnight (22:00 to 06:00). */
  curfew: { start: string; end: string } | null;
  noDriving: boolean;
  noContactWithMinors: boolean;
  noAlcoholVenues: boolean;
  /** How far from home the person may travel without permission, in miles. */
  travelLimitMiles: number | null;
}

export interface DirectoryProfile {
  personId: string;
  /** Five-digit US ZIP code. */
  homeZip: string | null;
  conditions: DirectoryConditions;
}

export const NO_CONDITIONS: DirectoryConditions = {
  curfew: null,
  noDriving: false,
  noContactWithMinors: false,
  noAlcoholVenues: false,
  travelLimitMiles: null,
};

/** A job as the importers produce it. */
export interface DirectoryJobInput {
  /** Unique within the agency: the posting's identifier, url, or a digest. */
  sourceKey: string;
  sourceFormat: 'jsonld' | 'csv';
  title: string;
  /** hiringOrganization.name */
  organization: string;
  /** Plain text (HTML removed by the importer). */
  description: string | null;
  /** employmentType, several joined with ", " (FULL_TIME, PART_TIME …). */
  employmentType: string | null;
  datePosted: string | null;
  validThrough: string | null;
  streetAddress: string | null;
  locality: string | null;
  region: string | null;
  postalCode: string | null;
  /** jobLocationType TELECOMMUTE: no place to travel to. */
  remote: boolean;
  /** workHours as written ("09:00-17:00", "night shift"); the matching reads the hours from it. */
  workHours: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  /** QuantitativeValue.unitText: HOUR, WEEK, MONTH, YEAR. */
  salaryUnit: string | null;
  salaryCurrency: string | null;
  occupationalCategory: string | null;
  fairChance: boolean;
  url: string | null;
}

export interface DirectoryJob extends DirectoryJobInput {
  id: number;
  agencyId: string;
  importedAt: string;
}

/** One HSDS schedule row: RFC 5545 RRULE parts and the opening hours. */
export interface DirectoryScheduleInput {
  /** WEEKLY, MONTHLY, or null (read as weekly). */
  freq: string | null;
  /** `MO,TU,WE`; for MONTHLY an ordinal may lead (`2MO`, `-1FR`). */
  byday: string | null;
  bymonthday: string | null;
  /** `HH:MM` or `HH:MM:SS`, optionally with `Z` or an offset (`09:00-05:00`). */
  opensAt: string | null;
  closesAt: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** HSDS `timezone` (hours from UTC) in minutes; null: the location's zone. */
  utcOffsetMinutes: number | null;
  description: string | null;
}

export interface DirectoryLocationInput {
  sourceId: string;
  /** physical, postal or virtual. */
  locationType: string;
  name: string | null;
  address1: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  latitude: number | null;
  longitude: number | null;
  /** IANA zone for the location's hours. */
  timeZone: string | null;
  /** This service's hours at this location (HSDS service_at_location or location schedules). */
  schedules: DirectoryScheduleInput[];
}

export interface DirectoryOrganizationInput {
  sourceId: string;
  name: string;
  description: string | null;
  website: string | null;
  email: string | null;
}

export interface DirectoryServiceInput {
  sourceId: string;
  name: string;
  description: string | null;
  url: string | null;
  email: string | null;
  phone: string | null;
  needs: DirectoryNeed[];
  /** The names of the taxonomy terms the needs were read from. */
  taxonomyTerms: string[];
  organization: DirectoryOrganizationInput;
  locations: DirectoryLocationInput[];
  /** The service's hours wherever it is offered (HSDS schedules with a service_id only). */
  schedules: DirectoryScheduleInput[];
}

export interface DirectoryService extends DirectoryServiceInput {
  agencyId: string;
  importedAt: string;
}

export interface DirectoryWriteCounts {
  created: number;
  updated: number;
}

// Rows as the database holds them (snake_case; flags 0/1; pg's bigserial comes back as a string).
interface ProfileRow {
  person_id: string;
  home_zip: string | null;
  curfew_start: string | null;
  curfew_end: string | null;
  no_driving: number;
  no_contact_with_minors: number;
  no_alcohol_venues: number;
  travel_limit_miles: number | null;
  updated_at: string;
}

interface JobRow {
  id: number | string;
  agency_id: string;
  source_key: string;
  source_format: string;
  title: string;
  organization: string;
  description: string | null;
  employment_type: string | null;
  date_posted: string | null;
  valid_through: string | null;
  street_address: string | null;
  locality: string | null;
  region: string | null;
  postal_code: string | null;
  remote: number;
  work_hours: string | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_unit: string | null;
  salary_currency: string | null;
  occupational_category: string | null;
  fair_chance: number;
  url: string | null;
  imported_at: string;
}

interface OrganizationRow {
  agency_id: string;
  source_id: string;
  name: string;
  description: string | null;
  website: string | null;
  email: string | null;
  imported_at: string;
}

interface LocationRow {
  agency_id: string;
  source_id: string;
  location_type: string;
  name: string | null;
  address_1: string | null;
  city: string | null;
  state: string | null;
  postal_code: string | null;
  latitude: number | null;
  longitude: number | null;
  time_zone: string | null;
  imported_at: string;
}

interface ServiceRow {
  agency_id: string;
  source_id: string;
  organization_source_id: string;
  name: string;
  description: string | null;
  url: string | null;
  email: string | null;
  phone: string | null;
  needs: string;
  taxonomy_terms: string;
  imported_at: string;
}

interface ScheduleRow {
  id?: number | string;
  agency_id: string;
  service_source_id: string;
  location_source_id: string | null;
  freq: string | null;
  byday: string | null;
  bymonthday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  valid_from: string | null;
  valid_to: string | null;
  utc_offset_minutes: number | null;
  description: string | null;
}

/** Rows per insert: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters at 25 columns. */
const ROWS_PER_INSERT = 200;
/** Keys per `in (…)` list. */
const KEYS_PER_QUERY = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const ZIP = /^\d{5}$/;

/** Refuses what the matching could not read: the importers and routes validate before this. */
function checkProfile(p: DirectoryProfile): void {
  if (p.homeZip !== null && !ZIP.test(p.homeZip)) throw new Error('homeZip must be a five-digit ZIP code');
  const c = p.conditions;
  if (c.curfew !== null && !(HH_MM.test(c.curfew.start) && HH_MM.test(c.curfew.end))) throw new Error('curfew start and end must be HH:MM');
  if (c.travelLimitMiles !== null && !(Number.isFinite(c.travelLimitMiles) && c.travelLimitMiles > 0))
    throw new Error('travelLimitMiles must be a positive number');
}

const flag = (b: boolean): number => (b ? 1 : 0);
const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

const profileRow = (p: DirectoryProfile, at: string): ProfileRow => ({
  person_id: p.personId,
  home_zip: p.homeZip,
  curfew_start: p.conditions.curfew?.start ?? null,
  curfew_end: p.conditions.curfew?.end ?? null,
  no_driving: flag(p.conditions.noDriving),
  no_contact_with_minors: flag(p.conditions.noContactWithMinors),
  no_alcohol_venues: flag(p.conditions.noAlcoholVenues),
  travel_limit_miles: p.conditions.travelLimitMiles,
  updated_at: at,
});

const toProfile = (r: ProfileRow): DirectoryProfile => ({
  personId: r.person_id,
  homeZip: r.home_zip,
  conditions: {
    curfew: r.curfew_start !== null && r.curfew_end !== null ? { start: r.curfew_start, end: r.curfew_end } : null,
    noDriving: Number(r.no_driving) === 1,
    noContactWithMinors: Number(r.no_contact_with_minors) === 1,
    noAlcoholVenues: Number(r.no_alcohol_venues) === 1,
    travelLimitMiles: num(r.travel_limit_miles),
  },
});

const jobRow = (agencyId: string, j: DirectoryJobInput, at: string): Omit<JobRow, 'id'> => ({
  agency_id: agencyId,
  source_key: j.sourceKey,
  source_format: j.sourceFormat,
  title: j.title,
  organization: j.organization,
  description: j.description,
  employment_type: j.employmentType,
  date_posted: j.datePosted,
  valid_through: j.validThrough,
  street_address: j.streetAddress,
  locality: j.locality,
  region: j.region,
  postal_code: j.postalCode,
  remote: flag(j.remote),
  work_hours: j.workHours,
  salary_min: j.salaryMin,
  salary_max: j.salaryMax,
  salary_unit: j.salaryUnit,
  salary_currency: j.salaryCurrency,
  occupational_category: j.occupationalCategory,
  fair_chance: flag(j.fairChance),
  url: j.url,
  imported_at: at,
});

const toJob = (r: JobRow): DirectoryJob => ({
  id: Number(r.id),
  agencyId: r.agency_id,
  sourceKey: r.source_key,
  sourceFormat: r.source_format as DirectoryJob['sourceFormat'],
  title: r.title,
  organization: r.organization,
  description: r.description,
  employmentType: r.employment_type,
  datePosted: r.date_posted,
  validThrough: r.valid_through,
  streetAddress: r.street_address,
  locality: r.locality,
  region: r.region,
  postalCode: r.postal_code,
  remote: Number(r.remote) === 1,
  workHours: r.work_hours,
  salaryMin: num(r.salary_min),
  salaryMax: num(r.salary_max),
  salaryUnit: r.salary_unit,
  salaryCurrency: r.salary_currency,
  occupationalCategory: r.occupational_category,
  fairChance: Number(r.fair_chance) === 1,
  url: r.url,
  importedAt: r.imported_at,
});

const scheduleRow = (agencyId: string, serviceId: string, locationId: string | null, s: DirectoryScheduleInput): ScheduleRow => ({
  agency_id: agencyId,
  service_source_id: serviceId,
  location_source_id: locationId,
  freq: s.freq,
  byday: s.byday,
  bymonthday: s.bymonthday,
  opens_at: s.opensAt,
  closes_at: s.closesAt,
  valid_from: s.validFrom,
  valid_to: s.validTo,
  utc_offset_minutes: s.utcOffsetMinutes,
  description: s.description,
});

const toSchedule = (r: ScheduleRow): DirectoryScheduleInput => ({
  freq: r.freq,
  byday: r.byday,
  bymonthday: r.bymonthday,
  opensAt: r.opens_at,
  closesAt: r.closes_at,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  utcOffsetMinutes: r.utc_offset_minutes === null ? null : Number(r.utc_offset_minutes),
  description: r.description,
});

const needsColumn = (needs: readonly DirectoryNeed[]): string => `,${[...new Set(needs)].join(',')},`;
const needsOf = (column: string): DirectoryNeed[] => column.split(',').filter((n): n is DirectoryNeed => n !== '');

/** Inserts in batches; on the key conflict, replaces every other column with the incoming row's. */
async function upsertRows<R extends object>(db: Kysely<any>, table: string, key: string[], rows: R[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).filter((c) => !key.includes(c));
  for (const batch of chunks(rows, ROWS_PER_INSERT)) {
    await db
      .insertInto(table)
      .values(batch)
      .onConflict((oc) => oc.columns(key).doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)]))))
      .execute();
  }
}

/** Which of these keys the table already holds for the agency. */
async function existingKeys(
  db: Kysely<any>,
  table: string,
  keyColumn: string,
  agencyId: string,
  keys: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (const batch of chunks([...new Set(keys)], KEYS_PER_QUERY)) {
    const rows = await db.selectFrom(table).select(keyColumn).where('agency_id', '=', agencyId).where(keyColumn, 'in', batch).execute();
    for (const r of rows) found.add(String((r as Record<string, unknown>)[keyColumn]));
  }
  return found;
}

export function directories(store: Store) {
  const { db: typed } = storeInternals(store);
  // The directory tables are declared here, not in schema.ts: this module's rows are typed by the interfaces above.
  const db = typed as unknown as Kysely<any>;

  return {
    profiles: {
      async get(personId: string): Promise<DirectoryProfile | undefined> {
        const r = (await db.selectFrom('directory_profiles').selectAll().where('person_id', '=', personId).executeTakeFirst()) as
          ProfileRow | undefined;
        return r && toProfile(r);
      },
      /** Inserts or replaces one person's profile. */
      async set(profile: DirectoryProfile, at: string = new Date().toISOString()): Promise<DirectoryProfile> {
        checkProfile(profile);
        await upsertRows(db, 'directory_profiles', ['person_id'], [profileRow(profile, at)]);
        return profile;
      },
      /** Inserts or replaces many in batched statements (the demo gives 2,000 people one each). */
      async setMany(profiles: readonly DirectoryProfile[], at: string = new Date().toISOString()): Promise<void> {
        for (const p of profiles) checkProfile(p);
        await upsertRows(
          db,
          'directory_profiles',
          ['person_id'],
          profiles.map((p) => profileRow(p, at)),
        );
      },
      /** The ids of an agency's people, in order: whom a bulk `setMany` can give a profile. */
      async personIds(agencyId: string): Promise<string[]> {
        const rows = await db.selectFrom('people').select('id').where('agency_id', '=', agencyId).orderBy('id').execute();
        return rows.map((r) => String(r.id));
      },
    },

    jobs: {
      /**
       * Writes the jobs into the agency's directory in one transaction, replacing those with the same
       * `sourceKey`. Two jobs in one call with the same key: the later wins.
       */
      async upsertMany(
        agencyId: string,
        jobs: readonly DirectoryJobInput[],
        at: string = new Date().toISOString(),
      ): Promise<DirectoryWriteCounts> {
        const unique = [...new Map(jobs.map((j) => [j.sourceKey, j])).values()];
        return store.transaction(async (tx) => {
          const txDb = storeInternals(tx).db as unknown as Kysely<any>;
          const before = await existingKeys(
            txDb,
            'directory_jobs',
            'source_key',
            agencyId,
            unique.map((j) => j.sourceKey),
          );
          await upsertRows(
            txDb,
            'directory_jobs',
            ['agency_id', 'source_key'],
            unique.map((j) => jobRow(agencyId, j, at)),
          );
          return { created: unique.length - before.size, updated: before.size };
        });
      },
      /** Which of these source keys the agency's directory already holds. */
      async keys(agencyId: string, sourceKeys: readonly string[]): Promise<Set<string>> {
        return existingKeys(db, 'directory_jobs', 'source_key', agencyId, sourceKeys);
      },
      /** The agency's jobs, oldest import first. */
      async list(agencyId: string): Promise<DirectoryJob[]> {
        const rows = (await db
          .selectFrom('directory_jobs')
          .selectAll()
          .where('agency_id', '=', agencyId)
          .orderBy('id')
          .execute()) as JobRow[];
        return rows.map(toJob);
      },
    },

    services: {
      /**
       * Writes each service whole, in one transaction: its organization and locations (inserted or
       * updated by HSDS id), its service-location links and its schedules (replaced).
       */
      async upsertMany(
        agencyId: string,
        services: readonly DirectoryServiceInput[],
        at: string = new Date().toISOString(),
      ): Promise<DirectoryWriteCounts> {
        const unique = [...new Map(services.map((s) => [s.sourceId, s])).values()];
        if (unique.length === 0) return { created: 0, updated: 0 };
        return store.transaction(async (tx) => {
          const txDb = storeInternals(tx).db as unknown as Kysely<any>;
          const ids = unique.map((s) => s.sourceId);
          const before = await existingKeys(txDb, 'directory_services', 'source_id', agencyId, ids);

          const organizations = new Map<string, OrganizationRow>();
          const locations = new Map<string, LocationRow>();
          const links: { agency_id: string; service_source_id: string; location_source_id: string }[] = [];
          const schedules: ScheduleRow[] = [];
          for (const s of unique) {
            const o = s.organization;
            organizations.set(o.sourceId, {
              agency_id: agencyId,
              source_id: o.sourceId,
              name: o.name,
              description: o.description,
              website: o.website,
              email: o.email,
              imported_at: at,
            });
            for (const l of s.locations) {
              locations.set(l.sourceId, {
                agency_id: agencyId,
                source_id: l.sourceId,
                location_type: l.locationType,
                name: l.name,
                address_1: l.address1,
                city: l.city,
                state: l.state,
                postal_code: l.postalCode,
                latitude: l.latitude,
                longitude: l.longitude,
                time_zone: l.timeZone,
                imported_at: at,
              });
              links.push({ agency_id: agencyId, service_source_id: s.sourceId, location_source_id: l.sourceId });
              for (const sc of l.schedules) schedules.push(scheduleRow(agencyId, s.sourceId, l.sourceId, sc));
            }
            for (const sc of s.schedules) schedules.push(scheduleRow(agencyId, s.sourceId, null, sc));
          }

          await upsertRows(txDb, 'directory_organizations', ['agency_id', 'source_id'], [...organizations.values()]);
          await upsertRows(txDb, 'directory_locations', ['agency_id', 'source_id'], [...locations.values()]);
          await upsertRows(
            txDb,
            'directory_services',
            ['agency_id', 'source_id'],
            unique.map((s): ServiceRow => ({
              agency_id: agencyId,
              source_id: s.sourceId,
              organization_source_id: s.organization.sourceId,
              name: s.name,
              description: s.description,
              url: s.url,
              email: s.email,
              phone: s.phone,
              needs: needsColumn(s.needs),
              taxonomy_terms: JSON.stringify(s.taxonomyTerms),
              imported_at: at,
            })),
          );
          // A re-imported service's links and hours are the file's, not a merge with what was there.
          for (const batch of chunks(ids, KEYS_PER_QUERY)) {
            await txDb
              .deleteFrom('directory_service_locations')
              .where('agency_id', '=', agencyId)
              .where('service_source_id', 'in', batch)
              .execute();
            await txDb
              .deleteFrom('directory_schedules')
              .where('agency_id', '=', agencyId)
              .where('service_source_id', 'in', batch)
              .execute();
          }
          for (const batch of chunks(links, ROWS_PER_INSERT)) await txDb.insertInto('directory_service_locations').values(batch).execute();
          for (const batch of chunks(schedules, ROWS_PER_INSERT)) await txDb.insertInto('directory_schedules').values(batch).execute();
          return { created: unique.length - before.size, updated: before.size };
        });
      },
      /** Which of these HSDS service ids the agency's directory already holds. */
      async keys(agencyId: string, sourceIds: readonly string[]): Promise<Set<string>> {
        return existingKeys(db, 'directory_services', 'source_id', agencyId, sourceIds);
      },
      /** The agency's services (those with the need, when given), whole, by HSDS id. */
      async list(agencyId: string, filter: { need?: DirectoryNeed } = {}): Promise<DirectoryService[]> {
        let q = db.selectFrom('directory_services').selectAll().where('agency_id', '=', agencyId);
        if (filter.need !== undefined) q = q.where('needs', 'like', `%,${filter.need},%`);
        const services = (await q.orderBy('source_id').execute()) as ServiceRow[];
        if (services.length === 0) return [];

        const organizations = new Map<string, OrganizationRow>();
        const links: { service_source_id: string; location_source_id: string }[] = [];
        const schedules: ScheduleRow[] = [];
        for (const batch of chunks(services, KEYS_PER_QUERY)) {
          const orgIds = [...new Set(batch.map((s) => s.organization_source_id))];
          const serviceIds = batch.map((s) => s.source_id);
          for (const o of (await db
            .selectFrom('directory_organizations')
            .selectAll()
            .where('agency_id', '=', agencyId)
            .where('source_id', 'in', orgIds)
            .execute()) as OrganizationRow[])
            organizations.set(o.source_id, o);
          links.push(
            ...((await db
              .selectFrom('directory_service_locations')
              .select(['service_source_id', 'location_source_id'])
              .where('agency_id', '=', agencyId)
              .where('service_source_id', 'in', serviceIds)
              .orderBy('service_source_id')
              .orderBy('location_source_id')
              .execute()) as { service_source_id: string; location_source_id: string }[]),
          );
          schedules.push(
            ...((await db
              .selectFrom('directory_schedules')
              .selectAll()
              .where('agency_id', '=', agencyId)
              .where('service_source_id', 'in', serviceIds)
              .orderBy('id')
              .execute()) as ScheduleRow[]),
          );
        }
        const locations = new Map<string, LocationRow>();
        for (const batch of chunks([...new Set(links.map((l) => l.location_source_id))], KEYS_PER_QUERY)) {
          for (const l of (await db
            .selectFrom('directory_locations')
            .selectAll()
            .where('agency_id', '=', agencyId)
            .where('source_id', 'in', batch)
            .execute()) as LocationRow[])
            locations.set(l.source_id, l);
        }

        return services.flatMap((s): DirectoryService[] => {
          const o = organizations.get(s.organization_source_id);
          // Written together, so always found; a row missing its organization is left out, not shown half.
          if (o === undefined) return [];
          const own = schedules.filter((sc) => sc.service_source_id === s.source_id);
          return [
            {
              agencyId: s.agency_id,
              sourceId: s.source_id,
              name: s.name,
              description: s.description,
              url: s.url,
              email: s.email,
              phone: s.phone,
              needs: needsOf(s.needs),
              taxonomyTerms: JSON.parse(s.taxonomy_terms) as string[],
              organization: { sourceId: o.source_id, name: o.name, description: o.description, website: o.website, email: o.email },
              locations: links
                .filter((l) => l.service_source_id === s.source_id)
                .flatMap((link) => {
                  const l = locations.get(link.location_source_id);
                  if (l === undefined) return [];
                  return [
                    {
                      sourceId: l.source_id,
                      locationType: l.location_type,
                      name: l.name,
                      address1: l.address_1,
                      city: l.city,
                      state: l.state,
                      postalCode: l.postal_code,
                      latitude: num(l.latitude),
                      longitude: num(l.longitude),
                      timeZone: l.time_zone,
                      schedules: own.filter((sc) => sc.location_source_id === l.source_id).map(toSchedule),
                    },
                  ];
                }),
              schedules: own.filter((sc) => sc.location_source_id === null).map(toSchedule),
              importedAt: s.imported_at,
            },
          ];
        });
      },
    },
  };
}

export type DirectoriesStore = ReturnType<typeof directories>;
