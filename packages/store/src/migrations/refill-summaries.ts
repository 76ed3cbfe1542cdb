/**
 * Rewrites `evaluations.summary` from the evaluation JSON each row holds, a batch of people at a time, so
 * a migration that widens the summary (src/summaries.ts) leaves no row in the old shape.
 */
import type { Kysely } from 'kysely';
import { evaluationSummary } from '../summaries.ts';

const BATCH = 500;
export const parsed = (value: unknown): any => (typeof value === 'string' ? JSON.parse(value) : value);

/** Calls `eachPeople` with every batch of people (id and record) before refilling their evaluations' summaries. */
export async function refillSummaries(
  db: Kysely<any>,
  eachPeople: (people: { id: string; record: unknown }[]) => Promise<void> = async () => {},
): Promise<void> {
  for (let after = ''; ;) {
    const people = await db.selectFrom('people').select(['id', 'record']).where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (people.length === 0) break;
    await eachPeople(people);
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
