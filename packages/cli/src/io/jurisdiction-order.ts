/**
 * The order in which `pathways evaluate` evaluates the records of one window: grouped by the jurisdiction
 * of each record's first term, in input order within a group. The evaluations are still written in input
 * order (spec § 2); only the work between reading and writing is reordered.
 *
 * Why: each jurisdiction's rules are their own code and data, and twelve jurisdictions' worth do not fit
 * in the processor's caches at once. Records of one jurisdiction evaluated one after another find that
 * jurisdiction's rules still cached; records in input order, mixed, keep evicting each other's. Measured
 * on the benchmark's records (docs/benchmarks.md, "Records grouped by jurisdiction"), the engine runs
 * about 1.4 times as fast grouped.
 *
 * The jurisdiction is read from the record's text before it is parsed, so that each record is still
 * parsed just before it is evaluated (packages/law/src/records/json-stream.ts says why that matters). It
 * is only a hint: a text the scan cannot read (an odd spacing, an escape) goes to a group of its own and
 * is evaluated all the same, and a person with terms in several jurisdictions is evaluated whole, with
 * the group of their first term.
 */
import type { RawRecord } from '@pathways/law';

/**
 * A window's limits: at most this many records, and at most this many characters of their text, so that a
 * file of very large records does not hold thousands of them at once. Longer runs of one jurisdiction
 * pay (docs/benchmarks.md, "Records grouped by jurisdiction": in runs of about 1,000 records the engine
 * ran about 1.15 times as fast as in runs of about 85, the 1,024-record windows it had before), and the
 * window's output waits outside the JavaScript heap (window-output.ts), so a larger window costs memory,
 * not time: the command's peak went from 485 to about 535 MiB over the benchmark's million records.
 */
export const GROUP_RECORDS = 16_384;
export const GROUP_CHARS = 16 * 1024 * 1024;

const KEY = '"jurisdiction"';
/** Longer than any jurisdiction code; a value past it is not one, and the scan gives up. */
const MAX_CODE = 16;

/** The jurisdiction code that follows the first `"jurisdiction"` key of a record's JSON text, or ''. */
export function firstJurisdictionIn(text: string): string {
  const at = text.indexOf(KEY);
  if (at < 0) return '';
  let i = at + KEY.length;
  while (isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 58 /* : */) return '';
  i++;
  while (isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 34 /* " */) return '';
  const end = text.indexOf('"', i + 1);
  return end < 0 || end - i - 1 > MAX_CODE ? '' : text.slice(i + 1, end);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The positions of `records` grouped by `firstJurisdictionIn` of their text, the groups in the order
 * their first record appears, input order within each: for [VA, MO, VA, CA, MO] that is [0, 2, 1, 4, 3].
 */
export function groupedByJurisdiction(records: readonly { readonly text: string }[]): number[] {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < records.length; i++) {
    const code = firstJurisdictionIn(records[i]!.text);
    const group = groups.get(code);
    if (group === undefined) groups.set(code, [i]);
    else group.push(i);
  }
  const order: number[] = [];
  for (const group of groups.values()) for (const i of group) order.push(i);
  return order;
}

/** A window of records: in grouped order, each with its place in the window (input order). */
export interface GroupedWindow extends Iterable<{ raw: RawRecord; place: number }> {
  size: number;
}

/**
 * The batches' records in windows of at most `limits.records` records and `limits.chars` characters of
 * text (a window may take records from several batches), each window's records handed out grouped by
 * jurisdiction. The reader keeps each record's output at its `place` and writes the window's outputs in
 * that order.
 */
export async function* groupedWindows(
  batches: AsyncIterable<RawRecord[]>,
  limits: { records: number; chars: number } = { records: GROUP_RECORDS, chars: GROUP_CHARS },
): AsyncGenerator<GroupedWindow> {
  let records: RawRecord[] = [];
  let chars = 0;
  for await (const batch of batches) {
    for (const record of batch) {
      records.push(record);
      chars += record.text.length;
      if (records.length >= limits.records || chars >= limits.chars) {
        yield windowOf(records);
        records = [];
        chars = 0;
      }
    }
  }
  if (records.length > 0) yield windowOf(records);
}

function windowOf(records: readonly RawRecord[]): GroupedWindow {
  return {
    size: records.length,
    *[Symbol.iterator]() {
      for (const at of groupedByJurisdiction(records)) yield { raw: records[at]!, place: at };
    },
  };
}
