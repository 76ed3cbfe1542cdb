/**
 * Every migration, imported statically so that the set works from an esbuild bundle as well as from
 * the sources (Kysely's FileMigrationProvider scans a folder, which a bundle does not have). Names
 * start with a UTC timestamp: Kysely runs them in alphabetical order.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../schema.ts';
import * as initial from './20261130000000_initial.ts';
import * as jobs from './20261130120000_jobs.ts';
import * as summaries from './20261201000000_summaries.ts';
import * as revision from './20261201000100_revision.ts';
import * as checklists from './20261201000200_checklists.ts';
import * as summaryLimits from './20261201000300_summary_limits.ts';
import * as oneReview from './20261201000400_one_review.ts';
import * as portal from './20261201100000_portal.ts';
import * as outbox from './20261201100100_outbox.ts';
import * as directories from './20261201100200_directories.ts';
import * as campaigns from './20261202000000_campaigns.ts';
import * as stories from './20261202000100_stories.ts';
import * as councils from './20261202000200_councils.ts';
import * as auditSubjects from './20261202000300_audit_subjects.ts';

type DialectMigration = { up(db: Kysely<any>, dialect: Dialect): Promise<void> };

const MIGRATIONS: Record<string, DialectMigration> = {
  '20261130000000_initial': initial,
  '20261130120000_jobs': jobs,
  '20261201000000_summaries': summaries,
  '20261201000100_revision': revision,
  '20261201000200_checklists': checklists,
  '20261201000300_summary_limits': summaryLimits,
  '20261201000400_one_review': oneReview,
  '20261201100000_portal': portal,
  '20261201100100_outbox': outbox,
  '20261201100200_directories': directories,
  '20261202000000_campaigns': campaigns,
  '20261202000100_stories': stories,
  '20261202000200_councils': councils,
  '20261202000300_audit_subjects': auditSubjects,
};

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return Object.fromEntries(Object.entries(MIGRATIONS).map(([name, m]) => [name, { up: (db: Kysely<any>) => m.up(db, dialect) }]));
    },
  };
}
