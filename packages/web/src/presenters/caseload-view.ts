/**
 * The caseload's search, status filter and sort, kept in the address's query (`?q=…&status=…&sort=-name`)
 * so that Back from a person, a reload or a shared link returns to the same view. Unknown or malformed
 * values fall back to the defaults rather than failing the screen.
 */
import type { Sort, SortKey, StatusFilter } from './caseload.ts';
import { STATUS_ORDER } from './opportunity-status.ts';

export interface CaseloadView {
  query: string;
  filter: StatusFilter;
  sort: Sort;
}

export const DEFAULT_CASELOAD_VIEW: CaseloadView = { query: '', filter: 'all', sort: { key: 'name', direction: 'ascending' } };

const SORT_KEYS: readonly SortKey[] = ['name', 'projectedEndDate', 'status'];

export function caseloadViewFrom(search: string): CaseloadView {
  const params = new URLSearchParams(search);
  const status = params.get('status');
  const sort = params.get('sort') ?? '';
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as SortKey;
  return {
    query: params.get('q') ?? '',
    filter: status !== null && (STATUS_ORDER as readonly string[]).includes(status) ? (status as StatusFilter) : 'all',
    sort: SORT_KEYS.includes(key) ? { key, direction: descending ? 'descending' : 'ascending' } : DEFAULT_CASELOAD_VIEW.sort,
  };
}

/** The query for a view ('' for the default view), leaving other parameters of `search` as they were. */
export function caseloadSearch(view: CaseloadView, search = ''): string {
  // Always in one order (q, status, sort), whichever was changed last, so one view has one address.
  const params = new URLSearchParams(search);
  for (const name of ['q', 'status', 'sort']) params.delete(name);
  const set = (name: string, value: string, fallback: string) => value !== fallback && params.append(name, value);
  set('q', view.query, '');
  set('status', view.filter, 'all');
  set('sort', `${view.sort.direction === 'descending' ? '-' : ''}${view.sort.key}`, 'name');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
