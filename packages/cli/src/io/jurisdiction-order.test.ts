import { describe, expect, it } from 'vitest';
import type { RawRecord } from '@pathways/law';
import { firstJurisdictionIn, GROUP_RECORDS, groupedByJurisdiction, groupedWindows } from './jurisdiction-order.ts';

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

  it('orders a window of the batch, giving positions in the whole batch', () => {
    const batch = ['US-VA', 'US-MO', 'US-VA', 'US-CA', 'US-MO'].map(record);
    expect(groupedByJurisdiction(batch, 1, 4)).toEqual([1, 2, 3]);
  });

  it('keeps every record, the unreadable ones in a group of their own', () => {
    const batch = [record('US-GA'), { text: 'not json' }, record('US-GA'), { text: '{"terms":[]}' }];
    expect(groupedByJurisdiction(batch)).toEqual([0, 2, 1, 3]);
  });
});

describe('groupedWindows', () => {
  it('hands out every record once, grouped within windows of GROUP_RECORDS, each with its place, and lets the batch go of it', () => {
    const codes = ['US-MO', 'US-VA', 'US-CA'];
    const batch = Array.from(
      { length: GROUP_RECORDS + 3 },
      (_, i) => ({ ...record(codes[i % 3]!), position: i + 1 }) as unknown as RawRecord,
    );
    const windows = [...groupedWindows(batch)].map((window) => ({ size: window.size, records: [...window] }));
    expect(windows.map((w) => w.size)).toEqual([GROUP_RECORDS, 3]);
    // The first window: every third record (Missouri) first, then Virginia's, then California's.
    expect(windows[0]!.records.slice(0, 2).map((r) => r.place)).toEqual([0, 3]);
    expect(windows[1]!.records.map((r) => [r.raw.position, r.place])).toEqual([
      [GROUP_RECORDS + 1, 0],
      [GROUP_RECORDS + 2, 1],
      [GROUP_RECORDS + 3, 2],
    ]);
    const handedOut = windows.flatMap((w) => w.records.map((r) => r.raw.position)).sort((a, b) => a - b);
    expect(handedOut).toEqual(batch.map((_, i) => i + 1));
    expect(batch.every((slot) => slot === undefined)).toBe(true);
  });
});
