/**
 * The caseload: everyone in the caller's scope (GET /api/people, up to 200), one row each with a status
 * chip per term. Sort by name, end date or status; filter by status; search by name or id; export what is
 * shown as CSV. All of it is computed by the pure presenters in ../presenters.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  Button,
  Cell,
  Column,
  Input,
  Label,
  Link,
  ListBox,
  ListBoxItem,
  Popover,
  Row,
  SearchField,
  Select,
  SelectValue,
  Table,
  TableBody,
  TableHeader,
  type Key,
  type SortDescriptor,
} from 'react-aria-components';
import { api } from '../api/client.ts';
import type { PeoplePage } from '../api/types.ts';
import { toRow, visibleRows, type CaseloadRow, type SortKey, type StatusFilter } from '../presenters/caseload.ts';
import { caseloadCsv } from '../presenters/csv.ts';
import { localToday } from '../presenters/dates.ts';
import { STATUS_LABEL, STATUS_ORDER } from '../presenters/opportunity-status.ts';
import { personPath } from '../router.ts';
import { usePageTitle } from '../usePageTitle.ts';
import { StatusChip } from './StatusChip.tsx';

const LIMIT = 200;

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
  const [page, setPage] = useState<PeoplePage | null>(null);
  const [error, setError] = useState('');
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [sort, setSort] = useState<SortDescriptor>({ column: 'name', direction: 'ascending' });
  const today = localToday();

  useEffect(() => {
    api<PeoplePage>(`/api/people?limit=${LIMIT}`).then(setPage, (e: Error) => setError(e.message));
  }, []);

  const rows = useMemo(() => (page ? page.people.map((p) => toRow(p, today)) : []), [page, today]);
  const shown: CaseloadRow[] = useMemo(
    () => visibleRows(rows, query, filter, { key: sort.column as SortKey, direction: sort.direction }),
    [rows, query, filter, sort],
  );

  return (
    <>
      <h1 tabIndex={-1}>Caseload</h1>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {!page && !error && <p role="status">Loading the caseload…</p>}
      {page && (
        <>
          <div className="toolbar">
            <SearchField value={query} onChange={setQuery} className="search">
              <Label>Search by name or id</Label>
              <Input />
            </SearchField>
            <Select
              selectedKey={filter}
              onSelectionChange={(key: Key | null) => setFilter((key ?? 'all') as StatusFilter)}
              className="select"
            >
              <Label>Status</Label>
              <Button>
                <SelectValue />
                <span aria-hidden="true"> ▾</span>
              </Button>
              <Popover>
                <ListBox>
                  <ListBoxItem id="all">All statuses</ListBoxItem>
                  {STATUS_ORDER.map((s) => (
                    <ListBoxItem key={s} id={s}>
                      {STATUS_LABEL[s]}
                    </ListBoxItem>
                  ))}
                </ListBox>
              </Popover>
            </Select>
            <Button onPress={() => download(caseloadCsv(shown), `caseload-${today}.csv`)} isDisabled={shown.length === 0}>
              Export CSV
            </Button>
          </div>
          <p role="status" className="count">
            Showing {shown.length} of {page.people.length}
            {page.total > page.people.length ? ` (the first ${page.people.length} of ${page.total} in your scope)` : ''}.
          </p>
          <div className="table-wrap">
            <Table aria-label="People on the caseload" sortDescriptor={sort} onSortChange={setSort} className="caseload">
              <TableHeader>
                <Column id="name" isRowHeader allowsSorting>
                  Name
                </Column>
                <Column id="id">ID</Column>
                <Column id="projectedEndDate" allowsSorting>
                  Projected end
                </Column>
                <Column id="status" allowsSorting>
                  Status by term
                </Column>
              </TableHeader>
              <TableBody items={shown} renderEmptyState={() => 'No one matches.'}>
                {(row) => (
                  <Row id={row.id}>
                    <Cell>
                      <Link href={personPath(row.id)}>{row.name}</Link>
                    </Cell>
                    <Cell>{row.id}</Cell>
                    <Cell>{row.projectedEndDate ?? '—'}</Cell>
                    <Cell>
                      <span className="chips">
                        {row.chips.map((c) => (
                          <StatusChip key={c.termId} status={c.status} {...(row.chips.length > 1 ? { prefix: c.termId } : {})} />
                        ))}
                      </span>
                    </Cell>
                  </Row>
                )}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </>
  );
}
