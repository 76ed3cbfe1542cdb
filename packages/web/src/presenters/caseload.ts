/**
 * The caseload table's rows: one per person, with a status chip per term, and the sorting, filtering and
 * searching the table offers. Pure functions of the API's summary and today's date, so the table shows
 * exactly what the CSV exports.
 */
import type { PersonName, PersonSummary, SanctionLimitSummary, TermSummary } from '../api/types.ts';
import { mostPressing, STATUS_ORDER, termNextDate, termStatus, type DisplayStatus } from './opportunity-status.ts';

export interface TermChip {
  termId: string;
  status: DisplayStatus;
  /** The earliest open opportunity date of the term, if any. */
  date: string | null;
  /** When every opportunity of the term is blocked: why (the first one's first reason). */
  blockedBecause?: string;
  /** The limit on the term's next technical-violation sanction, in words. */
  nextSanction: string;
}

export interface CaseloadRow {
  id: string;
  name: string;
  /** The latest projected end among the person's terms (when supervision as a whole ends). */
  projectedEndDate: string | null;
  chips: TermChip[];
  /** The most pressing chip: what the status filter and sorting look at. */
  status: DisplayStatus;
}

export type SortKey = 'name' | 'projectedEndDate' | 'status';
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}
export type StatusFilter = DisplayStatus | 'all';

export function displayName(name: PersonName | null | undefined, id: string): string {
  const parts = [name?.family, name?.given].filter((p): p is string => Boolean(p && p.trim()));
  return parts.length ? parts.join(', ') : id;
}

/** The statutory limit on the next technical-violation sanction, short enough for a table cell. */
export function sanctionLimitText(limit: SanctionLimitSummary | null): string {
  if (limit === null) return 'no statutory limit';
  const n = `violation ${limit.violationNumber}`;
  if (!limit.confinementAllowed) return `${n}: no confinement`;
  return limit.maxConfinementDays === null ? `${n}: confinement, no day limit` : `${n}: up to ${limit.maxConfinementDays} days`;
}

function chipOf(t: TermSummary, today: string): TermChip {
  const status = termStatus(t, today);
  const because = status === 'blocked' ? t.opportunities.find((o) => o.reason)?.reason : undefined;
  return {
    termId: t.termId,
    status,
    date: termNextDate(t, today),
    ...(because ? { blockedBecause: because } : {}),
    nextSanction: sanctionLimitText(t.sanctionLimit ?? null),
  };
}

export function toRow(person: PersonSummary, today: string): CaseloadRow {
  const chips = person.terms.map((t) => chipOf(t, today));
  const ends = person.terms.map((t) => t.projectedEndDate).filter((d): d is string => d !== null);
  return {
    id: person.id,
    name: displayName(person.name, person.id),
    projectedEndDate: ends.length ? ends.sort().at(-1)! : null,
    chips,
    status: mostPressing(chips.map((c) => c.status)),
  };
}

/** Case- and accent-insensitive match on name or id; every word of the query must match. */
export function matchesSearch(row: CaseloadRow, query: string): boolean {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const haystack = fold(`${row.name} ${row.id}`);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** A person matches a status when any of their terms has it. */
export function matchesStatus(row: CaseloadRow, filter: StatusFilter): boolean {
  return filter === 'all' || row.chips.some((c) => c.status === filter) || (row.chips.length === 0 && filter === 'none');
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sorted copy; missing end dates go last in either direction, ties fall back to the id so the order is stable. */
export function sortRows(rows: readonly CaseloadRow[], sort: Sort): CaseloadRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    let c = 0;
    if (sort.key === 'name') c = sign * collator.compare(a.name, b.name);
    else if (sort.key === 'status') c = sign * (STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
    else if (a.projectedEndDate !== b.projectedEndDate) {
      if (a.projectedEndDate === null) return 1;
      if (b.projectedEndDate === null) return -1;
      c = sign * (a.projectedEndDate < b.projectedEndDate ? -1 : 1);
    }
    return c || collator.compare(a.id, b.id);
  });
}

export function visibleRows(rows: readonly CaseloadRow[], query: string, filter: StatusFilter, sort: Sort): CaseloadRow[] {
  return sortRows(
    rows.filter((r) => matchesSearch(r, query) && matchesStatus(r, filter)),
    sort,
  );
}
