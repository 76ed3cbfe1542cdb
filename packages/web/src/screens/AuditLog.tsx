/**
 * The administrator's audit log (GET /api/audit): who read or changed what, about which person, when and
 * why, newest first, a page at a time, filtered by person or by user as the API allows. The server answers
 * the roles with `audit.read` only (the header offers the screen to them alone) and records each read of
 * the log in the log itself.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Button, Form, Input, Label, Link, TextField } from 'react-aria-components';
import { api } from '../api/client.ts';
import type { AuditEntry, AuditPage } from '../api/types.ts';
import {
  actionWords,
  AUDIT_FILTER_MAX,
  auditFilterFrom,
  auditPage,
  auditRequestPath,
  auditSearch,
  auditView,
  detailLines,
  NO_AUDIT_FILTER,
  type AuditFilter,
} from '../presenters/audit.ts';
import { personPath } from '../router.ts';
import { usePageTitle } from '../usePageTitle.ts';

// Seconds matter in a log: two reads a minute apart are two entries.
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; shown: AuditEntry[]; hasOlder: boolean };

function Row({ entry }: { entry: AuditEntry }) {
  const words = actionWords(entry.action);
  const view = auditView(entry.detail);
  const detail = detailLines(entry.detail);
  return (
    <tr>
      <th scope="row">
        <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>
      </th>
      <td>
        {entry.actorUserId === null ? (
          'System'
        ) : (
          <>
            {entry.actorName ?? entry.actorUserId}
            <div className="meta id">{entry.actorUserId}</div>
          </>
        )}
      </td>
      <td>
        {words ?? <code>{entry.action}</code>}
        {words && (
          <div className="meta">
            <code>{entry.action}</code>
          </div>
        )}
      </td>
      <td className="id">{entry.personId === null ? '—' : <Link href={personPath(entry.personId)}>{entry.personId}</Link>}</td>
      <td>{view ?? '—'}</td>
      <td>{entry.reason ?? '—'}</td>
      <td>{detail.length === 0 ? '—' : detail.map((line, n) => <div key={n}>{line}</div>)}</td>
    </tr>
  );
}

export function AuditLog() {
  usePageTitle('Audit log');
  // The filter applied lives in the address (replaced, not pushed), so Back from a person opened here finds it.
  const [filter, setFilter] = useState<AuditFilter>(() => auditFilterFrom(window.location.search));
  const [draft, setDraft] = useState<AuditFilter>(filter);
  useEffect(() => {
    const search = auditSearch(filter, window.location.search);
    if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
  }, [filter]);
  // The entry each page starts before, from the second page on: Older pushes, Newer pops.
  const [cursors, setCursors] = useState<number[]>([]);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const before = cursors.at(-1) ?? null;

  useEffect(() => {
    let cancelled = false;
    setLoaded({ state: 'loading' });
    api<AuditPage>(auditRequestPath(filter, before)).then(
      ({ entries }) => !cancelled && setLoaded({ state: 'ready', ...auditPage(entries) }),
      (e: unknown) => !cancelled && setLoaded({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [filter, before, generation]);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter({ personId: draft.personId.trim(), actor: draft.actor.trim() });
    setCursors([]);
  };
  const clear = () => {
    setDraft(NO_AUDIT_FILTER);
    setFilter(NO_AUDIT_FILTER);
    setCursors([]);
  };

  const ready = loaded.state === 'ready' ? loaded : null;
  const filtered = filter.personId !== '' || filter.actor !== '';
  const older = ready?.shown.at(-1);

  return (
    <>
      <h1 tabIndex={-1}>Audit log</h1>
      <p>
        Every read of a person’s record, every action recorded, every sign-in and export in your agency, newest first: who, when, about
        whom, and the reason they gave. Entries cannot be changed or deleted. Opening this page is itself recorded here.
      </p>
      <Form className="toolbar" onSubmit={apply} aria-label="Filter the audit log">
        <TextField className="search" value={draft.personId} onChange={(personId) => setDraft((d) => ({ ...d, personId }))}>
          <Label>Person id</Label>
          <Input placeholder="P-CA-00001" maxLength={AUDIT_FILTER_MAX} />
        </TextField>
        <TextField className="search" value={draft.actor} onChange={(actor) => setDraft((d) => ({ ...d, actor }))}>
          <Label>User (username or id)</Label>
          <Input placeholder="officer-ca-1" maxLength={AUDIT_FILTER_MAX} />
        </TextField>
        <Button type="submit">Filter</Button>
        <Button onPress={clear} isDisabled={!filtered && draft.personId === '' && draft.actor === ''}>
          Clear
        </Button>
      </Form>
      <div className="toolbar">
        <Button onPress={() => setCursors((c) => c.slice(0, -1))} isDisabled={cursors.length === 0 || loaded.state === 'loading'}>
          Newer
        </Button>
        <Button onPress={() => older && setCursors((c) => [...c, older.id])} isDisabled={!ready?.hasOlder || older === undefined}>
          Older
        </Button>
        <Button onPress={refresh} isDisabled={loaded.state === 'loading'}>
          Refresh
        </Button>
      </div>
      <p role="status" className="count">
        {loaded.state === 'loading'
          ? 'Loading the audit log…'
          : ready === null
            ? ''
            : ready.shown.length === 0
              ? filtered
                ? 'No entries match the filter.'
                : 'No entries yet.'
              : `Showing ${ready.shown.length} ${ready.shown.length === 1 ? 'entry' : 'entries'}${cursors.length > 0 ? ` (page ${cursors.length + 1})` : ''}${ready.hasOlder ? '; older entries follow' : ''}.`}
      </p>
      {loaded.state === 'error' && (
        <p role="alert" className="error-text">
          {loaded.message}
        </p>
      )}
      {ready && ready.shown.length > 0 && (
        <div className="table-wrap">
          <table className="plain audit-log" aria-label="Audit log entries, newest first">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Person</th>
                <th scope="col">View</th>
                <th scope="col">Reason</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {ready.shown.map((entry) => (
                <Row key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
