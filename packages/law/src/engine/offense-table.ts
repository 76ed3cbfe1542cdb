/**
 * A jurisdiction's offense table: statute → the tags its rules read, each entry cited.
 *
 * Records from agencies often carry only a statute citation. The table lets such a record get the
 * right answer for common statutes (robbery is a violent felony in California; chapter 579 is the drug
 * chapter in Missouri). Tags the record gives are kept; the table only adds.
 *
 * Statutes are matched after normalising the citation: the jurisdiction's aliases turn
 * "Cal. Penal Code § 211" into "PC 211"; then an entry matches the same section and any of its
 * subdivisions ("PC 211" matches "PC 211(a)"; "RSMO 565.052" matches "RSMO 565.052.1(2)"), or its own
 * `pattern` where a whole chapter is meant.
 */
import type { IsoDate } from '../dates/calendar.ts';
import type { OffenseTag } from '../records/vocabulary.ts';

export interface OffenseTableEntry {
  /** The citation in the jurisdiction's normalised form, e.g. "PC 211", "RSMO 570.030". */
  statute: string;
  title: string;
  tags: readonly OffenseTag[];
  /** The provision that puts the offense in these categories, e.g. "Cal. Penal Code § 667.5(c)(9)". */
  citation: string;
  /** The date the classification was read; lists change (Minnesota amended its list in 2024). */
  asOf: IsoDate;
  /** Matches more than one section, e.g. a whole chapter; tested against the normalised citation. */
  pattern?: RegExp;
  /** Extra facts a rule reads, by name; e.g. { chapter: '579' }. */
  facts?: Readonly<Record<string, string | number | boolean>>;
  note?: string;
}

export interface OffenseTable {
  /** Rewrites the jurisdiction's spellings of its codes into the normalised prefix ("Penal Code" → "PC"). */
  aliases: readonly (readonly [RegExp, string])[];
  entries: readonly OffenseTableEntry[];
  /**
   * A dotted number names another section, not a subsection: in Arizona "13-1904.01" is not armed
   * robbery (13-1904), in Louisiana "14:64.1" is first degree robbery, not armed robbery (14:64). An entry
   * then matches its section and its parenthetical subdivisions only. Without it, "RSMO 565.052" matches
   * "RSMO 565.052.1(2)", Missouri's way of writing a subsection.
   */
  dottedNumbersAreSections?: true;
}

/**
 * A builder for a table's entries, all read on the same day:
 * `const e = entriesReadOn('2026-11-30'); e('PC 211', 'Robbery', ['violent'], 'Cal. Penal Code § 667.5(c)(9)')`.
 */
export function entriesReadOn(asOf: IsoDate) {
  return (
    statute: string,
    title: string,
    tags: OffenseTableEntry['tags'],
    citation: string,
    extra: Partial<Pick<OffenseTableEntry, 'facts' | 'note' | 'pattern'>> = {},
  ): OffenseTableEntry => ({ statute, title, tags, citation, asOf, ...extra });
}

/**
 * The most answers each of a table's memories keeps: a record's statutes are unbounded, so past this they
 * are worked out afresh each time, and a server that runs for months does not grow without bound.
 */
const MEMORY_ENTRIES = 50_000;

const normalizedByTable = new WeakMap<OffenseTable, Map<string, string>>();

/**
 * Upper case, no section signs or "Section", single spaces, no space before "(". Remembered per table:
 * rules normalize the same few statutes term after term, and the regular expressions cost more than the
 * rest of a rule.
 */
export function normalizeStatute(raw: string, table: OffenseTable): string {
  let cache = normalizedByTable.get(table);
  if (cache === undefined) normalizedByTable.set(table, (cache = new Map()));
  let normalized = cache.get(raw);
  if (normalized === undefined) {
    normalized = normalizedAfresh(raw, table);
    if (cache.size < MEMORY_ENTRIES) cache.set(raw, normalized);
  }
  return normalized;
}

function normalizedAfresh(raw: string, table: OffenseTable): string {
  let s = raw.toUpperCase().replace(/§+|\bSECTIONS?\b|\bSEC\.|\bSS\./g, ' ');
  for (const [from, to] of table.aliases) s = s.replace(from, to);
  return s.replace(/\s+/g, ' ').replace(/\s+\(/g, '(').trim();
}

function sectionMatches(normalized: string, entry: string, dottedNumbersAreSections: boolean): boolean {
  if (!normalized.startsWith(entry)) return false;
  if (normalized.length === entry.length) return true;
  const next = normalized[entry.length];
  // "PC 211" matches "PC 211(a)" and "PC 211 (a)" but not "PC 2110"; "565.052" matches "565.052.1(2)".
  if (next === '(' || next === ' ') return true;
  return !dottedNumbersAreSections && next === '.' && /\d/.test(normalized[entry.length + 1] ?? '');
}

/** Every entry that matches the statute, most specific (longest) first. */
export function lookupOffense(table: OffenseTable, statute: string): OffenseTableEntry[] {
  const normalized = normalizeStatute(statute, table);
  return table.entries
    .filter((e) =>
      e.pattern ? e.pattern.test(normalized) : sectionMatches(normalized, e.statute, table.dottedNumbersAreSections === true),
    )
    .sort((a, b) => b.statute.length - a.statute.length);
}

/** A lookup that remembers its answers; a table is consulted for the same few statutes again and again. */
export function memoizedLookup(table: OffenseTable): (statute: string) => OffenseTableEntry[] {
  const cache = new Map<string, OffenseTableEntry[]>();
  return (statute) => {
    let hit = cache.get(statute);
    if (hit === undefined) {
      hit = lookupOffense(table, statute);
      if (cache.size < MEMORY_ENTRIES) cache.set(statute, hit);
    }
    return hit;
  };
}

/**
 * A fact the offense table gives a statute (`facts[name]` of an entry), from the most specific matching
 * entry that has it; undefined where none does. `entries` as `lookupOffense` returns them.
 */
export function tableFact(o: { readonly tableEntries: readonly OffenseTableEntry[] }, name: string): string | number | boolean | undefined {
  for (const e of o.tableEntries) {
    const v = e.facts?.[name];
    if (v !== undefined) return v;
  }
  return undefined;
}
