/**
 * The caseload's narrow columns (`src/summaries.ts`): each person's name and each evaluation's summary,
 * so that listing 200 people reads neither their whole records nor their evaluations' explanations.
 * Rows written before this migration are filled in here, a batch at a time, from the JSON they hold.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';
import { nameColumns } from '../summaries.ts';
import { parsed, refillSummaries } from './refill-summaries.ts';

export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('people').addColumn('given_name', 'text').execute();
  await db.schema.alterTable('people').addColumn('family_name', 'text').execute();
  // Text on both dialects (not jsonb): the caseload route writes it into its response as it is.
  await db.schema.alterTable('evaluations').addColumn('summary', 'text').execute();
  await refillSummaries(db, async (people) => {
    for (const p of people)
      await db
        .updateTable('people')
        .set(nameColumns(parsed(p.record)))
        .where('id', '=', p.id)
        .execute();
  });
}
