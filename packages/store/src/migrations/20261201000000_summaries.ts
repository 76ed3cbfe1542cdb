/**
 * The caseload's narrow columns (`src/summaries.ts`): each person's name and each evaluation's summary,
 * so that listing 200 people reads neither their whole records nor their evaluations' explanations.
 * Rows written before this migration are filled in here, a batch at a time, from the JSON they hold.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';
import { evaluationSummary, nameColumns } from '../summaries.ts';

const BATCH = 500;
const parsed = (value: unknown): any => (typeof value === 'string' ? JSON.parse(value) : value);

export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('people').addColumn('given_name', 'text').execute();
  await db.schema.alterTable('people').addColumn('family_name', 'text').execute();
  // Text on both dialects (not jsonb): the caseload route writes it into its response as it is.
  await db.schema.alterTable('evaluations').addColumn('summary', 'text').execute();

  for (let after = ''; ;) {
    const people = await db.selectFrom('people').select(['id', 'record']).where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (people.length === 0) break;
    for (const p of people)
      await db
        .updateTable('people')
        .set(nameColumns(parsed(p.record)))
        .where('id', '=', p.id)
        .execute();
    const ids = people.map((p) => p.id as string);
    const evaluations = await db
      .selectFrom('evaluations')
      .select(['person_id', 'term_id', 'evaluation'])
      .where('person_id', 'in', ids)
      .execute();
    for (const e of evaluations)
      await db
        .updateTable('evaluations')
        .set({ summary: JSON.stringify(evaluationSummary(parsed(e.evaluation))) })
        .where('person_id', '=', e.person_id)
        .where('term_id', '=', e.term_id)
        .execute();
    after = ids.at(-1)!;
  }
}
