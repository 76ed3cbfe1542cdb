/**
 * The portal's pathways to work and wellbeing (issue 7, parts 5 and 6): what the matching needs to know
 * about a person (`directory_profiles`: home ZIP and the conditions that rule jobs out), the jobs directory
 * (`directory_jobs`, imported from schema.org JobPosting JSON-LD or CSV) and the services directory in the
 * shape of Open Referral HSDS (`directory_organizations`, `directory_locations`, `directory_services`,
 * `directory_service_locations`, `directory_schedules`).
 *
 * Every directory row belongs to an agency: the agency that imported it, whose people see it. A row's key
 * within the agency is the identifier the source gave it (`source_key` for a job, the HSDS `id` for the
 * rest), so importing the same file again updates rows in place instead of adding copies.
 *
 * Dates and times are ISO text; flags are integers 0/1; miles and coordinates are double precision on both
 * dialects (SQLite gives the column REAL affinity).
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';

  // One row per person who has one; no row means no home ZIP and no conditions on file.
  await db.schema
    .createTable('directory_profiles')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
    .addColumn('home_zip', 'text')
    // Both null, or both `HH:MM` (the curfew may cross midnight: start 22:00, end 06:00).
    .addColumn('curfew_start', 'text')
    .addColumn('curfew_end', 'text')
    .addColumn('no_driving', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('no_contact_with_minors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('no_alcohol_venues', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('travel_limit_miles', 'double precision')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('directory_jobs')
    .addColumn('id', sql.raw(serial), (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    // The posting's identifier (or url, or a digest of title, employer and ZIP when it has neither).
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('source_format', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('organization', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('employment_type', 'text')
    .addColumn('date_posted', 'text')
    .addColumn('valid_through', 'text')
    .addColumn('street_address', 'text')
    .addColumn('locality', 'text')
    .addColumn('region', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('remote', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('work_hours', 'text')
    .addColumn('salary_min', 'double precision')
    .addColumn('salary_max', 'double precision')
    .addColumn('salary_unit', 'text')
    .addColumn('salary_currency', 'text')
    .addColumn('occupational_category', 'text')
    .addColumn('fair_chance', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('url', 'text')
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('directory_jobs_source').on('directory_jobs').columns(['agency_id', 'source_key']).unique().execute();

  await db.schema
    .createTable('directory_organizations')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('website', 'text')
    .addColumn('email', 'text')
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('directory_organizations_pk', ['agency_id', 'source_id'])
    .execute();

  await db.schema
    .createTable('directory_locations')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('location_type', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('address_1', 'text')
    .addColumn('city', 'text')
    .addColumn('state', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    // IANA zone the location's schedules are read in (from its state when the source gives no offset).
    .addColumn('time_zone', 'text')
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('directory_locations_pk', ['agency_id', 'source_id'])
    .execute();

  await db.schema
    .createTable('directory_services')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('organization_source_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('url', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    // The need categories, comma-delimited with a comma at each end (`,housing,benefits,`) so that
    // `like '%,housing,%'` finds one on both dialects.
    .addColumn('needs', 'text', (c) => c.notNull())
    // The taxonomy terms' names as a JSON array (text on both dialects): shown, never queried.
    .addColumn('taxonomy_terms', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('directory_services_pk', ['agency_id', 'source_id'])
    .execute();

  await db.schema
    .createTable('directory_service_locations')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('service_source_id', 'text', (c) => c.notNull())
    .addColumn('location_source_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('directory_service_locations_pk', ['agency_id', 'service_source_id', 'location_source_id'])
    .execute();

  // A service's schedules: with a location, its hours at that location; without, its hours everywhere.
  await db.schema
    .createTable('directory_schedules')
    .addColumn('id', sql.raw(serial), (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('service_source_id', 'text', (c) => c.notNull())
    .addColumn('location_source_id', 'text')
    .addColumn('freq', 'text')
    .addColumn('byday', 'text')
    .addColumn('bymonthday', 'text')
    .addColumn('opens_at', 'text')
    .addColumn('closes_at', 'text')
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('utc_offset_minutes', 'integer')
    .addColumn('description', 'text')
    .execute();
  await db.schema
    .createIndex('directory_schedules_service')
    .on('directory_schedules')
    .columns(['agency_id', 'service_source_id'])
    .execute();
}
