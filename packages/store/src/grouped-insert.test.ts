import { describe, expect, it } from 'vitest';
import { GroupedInsert } from './grouped-insert.ts';

describe('GroupedInsert', () => {
  it('case: rows added in the same turn of the event loop go into one insert, in the order added', async () => {
    const statements: number[][] = [];
    const rows = new GroupedInsert<number>(async (batch) => {
      statements.push(batch);
    });
    await Promise.all([1, 2, 3, 4, 5].map((n) => rows.add(n)));
    expect(statements).toEqual([[1, 2, 3, 4, 5]]);
  });

  it('case: no insert carries more than maxRows; 5 rows at 2 a statement make 3 statements (2 + 2 + 1)', async () => {
    const statements: number[][] = [];
    const rows = new GroupedInsert<number>(async (batch) => {
      statements.push(batch);
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((n) => rows.add(n)));
    expect(statements).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('case: a caller is answered only once its row is written', async () => {
    let written = false;
    const rows = new GroupedInsert<string>(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      written = true;
    });
    await rows.add('who read what');
    expect(written).toBe(true);
  });

  it('case: one bad row fails its own caller, and the others of its statement are written on their own', async () => {
    const written: number[] = [];
    const rows = new GroupedInsert<number>(async (batch) => {
      if (batch.includes(3)) throw new Error('row 3 is refused');
      written.push(...batch);
    });
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map((n) => rows.add(n)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[2] as PromiseRejectedResult).reason).toEqual(new Error('row 3 is refused'));
    expect(written.sort()).toEqual([1, 2, 4]);
  });

  it('case: settled() waits for rows still waiting for their turn and for the insert under way', async () => {
    const written: number[] = [];
    const rows = new GroupedInsert<number>(async (batch) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      written.push(...batch);
    });
    const pending = [rows.add(1), rows.add(2)];
    await rows.settled();
    expect(written).toEqual([1, 2]);
    await Promise.all(pending);
  });
});
