/**
 * The order in which `pathways evaluate` evaluates the records of one batch: grouped by the jurisdiction
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
 * Records grouped at a time, at most (a batch is what one read of the file holds): more makes longer runs
 * of one jurisdiction, but holds more output until the group is written.
 */
export const GROUP_RECORDS = 1024;

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
 * The positions of `records[from..to)` grouped by `firstJurisdictionIn` of their text, the groups in the
 * order their first record appears, input order within each: for [VA, MO, VA, CA, MO] that is
 * [0, 2, 1, 4, 3].
 */
export function groupedByJurisdiction(records: readonly { readonly text: string }[], from = 0, to = records.length): number[] {
  const groups = new Map<string, number[]>();
  for (let i = from; i < to; i++) {
    const code = firstJurisdictionIn(records[i]!.text);
    const group = groups.get(code);
    if (group === undefined) groups.set(code, [i]);
    else group.push(i);
  }
  const order: number[] = [];
  for (const group of groups.values()) for (const i of group) order.push(i);
  return order;
}

/** A window of a batch: its records in grouped order, each with its place in the window (input order). */
export interface GroupedWindow extends Iterable<{ raw: RawRecord; place: number }> {
  size: number;
}

/**
 * A batch in windows of at most `GROUP_RECORDS` records, each window's records handed out grouped by
 * jurisdiction and let go by the batch as they are (as read-records.ts `releasing` does: a record keeps
 * its parsed value, which then dies as soon as its reader is done with it). The reader keeps each record's
 * output at its `place` and writes the window's outputs in that order.
 */
export function* groupedWindows(batch: RawRecord[]): Generator<GroupedWindow> {
  const slots = batch as (RawRecord | undefined)[];
  for (let from = 0; from < batch.length; from += GROUP_RECORDS) {
    const to = Math.min(batch.length, from + GROUP_RECORDS);
    yield {
      size: to - from,
      *[Symbol.iterator]() {
        for (const at of groupedByJurisdiction(batch, from, to)) {
          const raw = slots[at]!;
          slots[at] = undefined;
          yield { raw, place: at - from };
        }
      },
    };
  }
}
