/**
 * The caseload: everyone in the caller's scope (GET /api/people), one row each with a status chip per term
 * (and why, when blocked) and the limit on the next technical-violation sanction. The first 200 rows show
 * at once; the rest of the scope follows page by page, and the count says so while it loads. Sort by name,
 * end date or status; filter by status; search by name or id; export what is shown as CSV. All of it is
 * computed by the pure presenters in ../presenters.
 */
import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import { Button, Input, Label, SearchField } from 'react-aria-components';
import { api } from '../api/client.ts';
import type { PeoplePage, PersonSummary } from '../api/types.ts';
import { toRow, visibleRows, type CaseloadRow, type Sort, type SortKey, type StatusFilter } from '../presenters/caseload.ts';
import { caseloadSearch, caseloadViewFrom, type CaseloadView } from '../presenters/caseload-view.ts';
import { caseloadCsv } from '../presenters/csv.ts';
import { localToday } from '../presenters/dates.ts';
import { STATUS_LABEL, STATUS_ORDER } from '../presenters/opportunity-status.ts';
import { navigate, personPath } from '../router.ts';
import { usePageTitle } from '../usePageTitle.ts';
import { Choice } from './Choice.tsx';
import { StatusChip } from './StatusChip.tsx';

const PAGE = 200;
const STATUS_FILTER_OPTIONS = [{ id: 'all', text: 'All statuses' }, ...STATUS_ORDER.map((s) => ({ id: s, text: STATUS_LABEL[s] }))];

/**
 * A plain link that the app follows itself (as react-aria's Link does) unless the person asked the browser
 * for a new tab or window: 200 plain anchors cost far less to render than 200 link widgets.
 */
function followInApp(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href')!);
}

/** A column header that sorts: pressing it sorts by the column, and again reverses the order. */
function SortableHeader(props: { column: SortKey; label: string; sort: Sort; onSort: (sort: Sort) => void }) {
  const { column, label, sort, onSort } = props;
  const active = sort.key === column;
  const next: Sort = { key: column, direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending' };
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="sort" onClick={() => onSort(next)}>
        {label}
        <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // Give the browser a moment to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function Caseload() {
  usePageTitle('Caseload');
  const [people, setPeople] = useState<{ list: PersonSummary[]; total: number } | null>(null);
  const [error, setError] = useState('');
  // Search, filter and sort live in the address (replaced, not pushed), so Back from a person finds them.
  const [view, setView] = useState<CaseloadView>(() => caseloadViewFrom(window.location.search));
  const { query, filter, sort } = view;
  const setQuery = (value: string) => setView((v) => ({ ...v, query: value }));
  const setFilter = (value: StatusFilter) => setView((v) => ({ ...v, filter: value }));
  const setSort = (value: Sort) => setView((v) => ({ ...v, sort: value }));
  useEffect(() => {
    const search = caseloadSearch(view, window.location.search);
    if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
  }, [view]);
  const today = localToday();

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const list: PersonSummary[] = [];
      try {
        for (let offset = 0; ; offset += PAGE) {
          const page = await api<PeoplePage>(`/api/people?limit=${PAGE}&offset=${offset}`);
          if (cancelled) return;
          list.push(...page.people);
          setPeople({ list: [...list], total: page.total });
          // An empty page ends the loop too, should the total shrink while paging.
          if (page.people.length === 0 || list.length >= page.total) return;
        }
      } catch (e) {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  const rows = useMemo(() => (people ? people.list.map((p) => toRow(p, today)) : []), [people, today]);
  const shown: CaseloadRow[] = useMemo(() => visibleRows(rows, query, filter, sort), [rows, query, filter, sort]);

  return (
    <>
      <h1 tabIndex={-1}>Caseload</h1>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {!people && !error && <p role="status">Loading the caseload…</p>}
      {people && (
        <>
          <div className="toolbar">
            <SearchField value={query} onChange={setQuery} className="search">
              <Label>Search by name or id</Label>
              <Input />
            </SearchField>
            <Choice label="Status" value={filter} options={STATUS_FILTER_OPTIONS} onChange={(value) => setFilter(value as StatusFilter)} />
            <Button onPress={() => download(caseloadCsv(shown), `caseload-${today}.csv`)} isDisabled={shown.length === 0}>
              Export CSV
            </Button>
          </div>
          <p role="status" className="count">
            Showing {shown.length} of {people.list.length}
            {people.total > people.list.length ? ` (loading the rest of the ${people.total} in your scope…)` : ''}.
          </p>
          <div className="table-wrap">
            {/* A plain table: the browser gives it its roles, and 200 rows render in a fraction of the time
                a grid widget takes (packages/cli/bench/web-bench.ts). Sorting is a button in each sortable header. */}
            <table aria-label="People on the caseload" className="caseload">
              <thead>
                <tr>
                  <SortableHeader column="name" label="Name" sort={sort} onSort={setSort} />
                  <th scope="col">ID</th>
                  <SortableHeader column="projectedEndDate" label="Projected end" sort={sort} onSort={setSort} />
                  <SortableHeader column="status" label="Status by term" sort={sort} onSort={setSort} />
                  <th scope="col">Next technical-violation sanction</th>
                </tr>
              </thead>
              <tbody>
                {shown.length === 0 && (
                  <tr>
                    <td colSpan={5}>No one matches.</td>
                  </tr>
                )}
                {shown.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <a href={personPath(row.id)} onClick={followInApp}>
                        {row.name}
                      </a>
                    </th>
                    <td>{row.id}</td>
                    <td>{row.projectedEndDate ?? '—'}</td>
                    <td>
                      <span className="chips">
                        {row.chips.map((c) => (
                          <StatusChip key={c.termId} status={c.status} {...(row.chips.length > 1 ? { prefix: c.termId } : {})} />
                        ))}
                      </span>
                      {row.chips.map(
                        (c) =>
                          c.blockedBecause && (
                            <span key={c.termId} className="blocked-because">
                              {row.chips.length > 1 ? `${c.termId}: ` : ''}
                              {c.blockedBecause}
                            </span>
                          ),
                      )}
                    </td>
                    <td>{row.chips.map((c) => (row.chips.length > 1 ? `${c.termId}: ${c.nextSanction}` : c.nextSanction)).join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
