/**
 * Campaigns (issue 9): one row per bill a campaign carries to legislators. The `campaigns` table is the
 * contract the stories and the events refer to (by `campaigns.id`, a URL slug such as `mo-45-day-credits`).
 *
 * Around it: the simulator's impact numbers kept on the campaign (computed in the background, so a row
 * says whether they are being computed, ready or failed); supporters, who sign up with an email address
 * and count only once they have confirmed it (`supporter_verifications`: one-use links kept as hashes;
 * `supporter_sessions`: the browser a supporter confirmed in); the legislators and the ZIP-to-district
 * table imported from CSV; and `campaign_letters`, one row per letter a supporter sent to a legislator
 * (the actions the desk counts by district).
 *
 * The columns added to `campaigns` beyond the contract have defaults, so a row written with the contract's
 * columns alone (another part's test fixture) is still a valid, if empty, campaign.
 *
 * Dates and times are ISO text; flags are integers 0/1; JSON is text on both dialects.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';

  await db.schema
    .createTable('campaigns')
    // A slug: lowercase letters, digits and hyphens; it is the campaign page's address.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    // The bill as the legislature names it (e.g. `HB 1234 (2027)`).
    .addColumn('bill', 'text', (c) => c.notNull())
    // A jurisdiction code of the law package (`US-MO`), the reform file's.
    .addColumn('jurisdiction', 'text', (c) => c.notNull())
    // draft: only campaign staff see it; live: public; closed: public, no new actions.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // The reform file the impact numbers come from: a file name in the repository's reforms/ folder.
    .addColumn('reform_file', 'text')
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    // The letter supporters send, with {{placeholders}} (packages/server/src/voices/letter-template.ts).
    .addColumn('letter_template', 'text', (c) => c.notNull().defaultTo(''))
    // none: never asked for; computing; ready: impact_json holds the figures; failed: impact_error says why.
    .addColumn('impact_status', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('impact_json', 'text')
    .addColumn('impact_error', 'text')
    // The run asked for (size, horizon, seed) as JSON, and when: a result is kept only if it answers the
    // latest request, so a slow run finishing after the reform changed again is dropped.
    .addColumn('impact_run_json', 'text')
    .addColumn('impact_requested_at', 'text')
    .execute();

  await db.schema
    .createTable('supporters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Lowercased; one supporter per address.
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    // Five digits.
    .addColumn('zip', 'text', (c) => c.notNull())
    // Null until the address is confirmed: until then nothing the supporter does counts.
    .addColumn('verified_at', 'text')
    // The words of the consent to contact the supporter confirmed, and when.
    .addColumn('consent_text', 'text')
    .addColumn('consent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // A sign-up waiting for its link to be opened. The details typed at sign-up are kept here and written
  // to the supporter only when the link is used: whoever types a known address cannot change its name.
  await db.schema
    .createTable('supporter_verifications')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('supporter_id', 'text', (c) => c.notNull().references('supporters.id'))
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('zip', 'text', (c) => c.notNull())
    .addColumn('consent_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('supporter_verifications_supporter')
    .on('supporter_verifications')
    .columns(['supporter_id', 'created_at'])
    .execute();

  // The browsers a supporter confirmed their address in: the cookie's token, kept as its SHA-256.
  await db.schema
    .createTable('supporter_sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('supporter_id', 'text', (c) => c.notNull().references('supporters.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  // The campaigns a confirmed supporter signed up for.
  await db.schema
    .createTable('supporter_campaigns')
    .addColumn('supporter_id', 'text', (c) => c.notNull().references('supporters.id'))
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('supporter_campaigns_pk', ['supporter_id', 'campaign_id'])
    .execute();

  await db.schema
    .createTable('legislators')
    .addColumn('id', sql.raw(serial), (c) => c.primaryKey())
    // Two-letter postal code (`MO`).
    .addColumn('state', 'text', (c) => c.notNull())
    // upper (the senate) or lower (the house).
    .addColumn('chamber', 'text', (c) => c.notNull())
    // As the state numbers or names it (`5`, `At-Large`).
    .addColumn('district', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('party', 'text')
    // 0 once an import of the state's roster no longer names them: no letters go to them, past ones stay.
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
  // A re-import finds a legislator by seat and name, and updates them in place.
  await db.schema.createIndex('legislators_seat').on('legislators').columns(['state', 'chamber', 'district', 'name']).unique().execute();

  // One ZIP may span districts: one row per ZIP and district.
  await db.schema
    .createTable('zip_districts')
    .addColumn('zip', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('chamber', 'text', (c) => c.notNull())
    .addColumn('district', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('zip_districts_pk', ['zip', 'state', 'chamber', 'district'])
    .execute();
  await db.schema.createIndex('zip_districts_state').on('zip_districts').column('state').execute();

  // One letter, from one supporter, to one legislator, about one campaign: the action the desk counts.
  // The district is the one the letter was sent for (a ZIP spanning two sends to both).
  await db.schema
    .createTable('campaign_letters')
    .addColumn('id', sql.raw(serial), (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('supporter_id', 'text', (c) => c.notNull().references('supporters.id'))
    .addColumn('legislator_id', sql.raw(dialect === 'postgres' ? 'bigint' : 'integer'), (c) => c.notNull().references('legislators.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('chamber', 'text', (c) => c.notNull())
    .addColumn('district', 'text', (c) => c.notNull())
    // The email in the notification outbox.
    .addColumn('outbox_id', sql.raw(dialect === 'postgres' ? 'bigint' : 'integer'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
  // A supporter writes to a legislator once per campaign: a second letter would count twice.
  await db.schema
    .createIndex('campaign_letters_once')
    .on('campaign_letters')
    .columns(['campaign_id', 'supporter_id', 'legislator_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('campaign_letters_district')
    .on('campaign_letters')
    .columns(['campaign_id', 'state', 'chamber', 'district'])
    .execute();
}
