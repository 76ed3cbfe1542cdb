import { describe, expect, it } from 'vitest';
import type { RawRecord } from '@pathways/law';
import { firstJurisdictionIn, GROUP_RECORDS, groupedByJurisdiction, groupedWindows, type GroupedWindow } from './jurisdiction-order.ts';

const record = (code: string) => ({ text: `{"id":"P","terms":[{"id":"T-1","jurisdiction":"${code}","kind":"probation"}]}` });

describe('firstJurisdictionIn', () => {
  it('reads the code of the first term', () => {
    expect(firstJurisdictionIn('{"terms":[{"jurisdiction":"US-MO"},{"jurisdiction":"US-CA"}]}')).toBe('US-MO');
  });

  it('reads it through the white space JSON allows around the colon', () => {
    expect(firstJurisdictionIn('{"terms": [{ "jurisdiction" :\n\t"US-PA" }]}')).toBe('US-PA');
  });

  it('gives up, with an empty hint, where the text holds no readable code', () => {
    expect(firstJurisdictionIn('{"id":"P","terms":[]}')).toBe('');
    expect(firstJurisdictionIn('{"jurisdiction":42}')).toBe('');
    expect(firstJurisdictionIn('{"jurisdiction"}')).toBe('');
    expect(firstJurisdictionIn('{"jurisdiction":"US-MO')).toBe('');
    expect(firstJurisdictionIn(`{"jurisdiction":"${'X'.repeat(17)}"}`)).toBe('');
  });
});

describe('groupedByJurisdiction', () => {
  it('groups in the order each jurisdiction first appears, input order within a group', () => {
    const batch = ['US-VA', 'US-MO', 'US-VA', 'US-CA', 'US-MO'].map(record);
    expect(groupedByJurisdiction(batch)).toEqual([0, 2, 1, 4, 3]);
  });

  it('keeps every record, the unreadable ones in a group of their own', () => {
    const batch = [record('US-GA'), { text: 'not json' }, record('US-GA'), { text: '{"terms":[]}' }];
    expect(groupedByJurisdiction(batch)).toEqual([0, 2, 1, 3]);
  });
});

describe('groupedWindows', () => {
  const codes = ['US-MO', 'US-VA', 'US-CA'];
  const records = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => ({ ...record(codes[(from + i) % 3]!), position: from + i + 1 }) as unknown as RawRecord);
  async function* batchesOf(...batches: RawRecord[][]) {
    yield* batches;
  }
  const handedOut = async (windows: AsyncIterable<GroupedWindow>) => {
    const out = [];
    for await (const window of windows) out.push({ size: window.size, records: [...window] });
    return out;
  };

  it('hands out every record once, grouped within windows of GROUP_RECORDS, each with its place', async () => {
    const batch = records(GROUP_RECORDS + 3);
    const windows = await handedOut(groupedWindows(batchesOf(batch)));
    expect(windows.map((w) => w.size)).toEqual([GROUP_RECORDS, 3]);
    // The first window: every third record (Missouri) first, then Virginia's, then California's.
    expect(windows[0]!.records.slice(0, 2).map((r) => r.place)).toEqual([0, 3]);
    expect(windows[1]!.records.map((r) => [r.raw.position, r.place])).toEqual([
      [GROUP_RECORDS + 1, 0],
      [GROUP_RECORDS + 2, 1],
      [GROUP_RECORDS + 3, 2],
    ]);
    const positions = windows.flatMap((w) => w.records.map((r) => r.raw.position)).sort((a, b) => a - b);
    expect(positions).toEqual(batch.map((_, i) => i + 1));
  });

  it('fills a window from several batches, in input order', async () => {
    // Batches of 2, 3 and 2 records, windows of 4: the first takes both of the first batch and two of the second.
    const windows = await handedOut(
      groupedWindows(batchesOf(records(2), records(3, 2), records(2, 5)), { records: 4, chars: Number.POSITIVE_INFINITY }),
    );
    expect(windows.map((w) => w.size)).toEqual([4, 3]);
    // Window 1 holds positions 1–4 (MO, VA, CA, MO): Missouri's two first.
    expect(windows[0]!.records.map((r) => [r.raw.position, r.place])).toEqual([
      [1, 0],
      [4, 3],
      [2, 1],
      [3, 2],
    ]);
    // Window 2 holds positions 5–7 (VA, CA, MO), one of each, so in input order.
    expect(windows[1]!.records.map((r) => r.raw.position)).toEqual([5, 6, 7]);
  });

  it('ends a window once its records hold the limit of characters, so large records are held fewer at a time', async () => {
    const batch = records(5);
    const size = batch[0]!.text.length;
    // Two records' text reaches the limit: windows of 2, 2 and 1.
    const windows = await handedOut(groupedWindows(batchesOf(batch), { records: 100, chars: 2 * size }));
    expect(windows.map((w) => w.size)).toEqual([2, 2, 1]);
  });

  it('makes no window of an empty input', async () => {
    expect(await handedOut(groupedWindows(batchesOf()))).toEqual([]);
  });
});
