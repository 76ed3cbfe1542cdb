/**
 * The administrator's view of the notification outbox (GET /api/outbox): every text and email the portal
 * has queued for the agency's people, newest first, a page at a time, with what became of it. In the demo
 * nothing leaves the server, so this is where sign-in codes are read; in production it is where a failed
 * reminder or an opted-out number shows up. The server answers administrators only and audits each read.
 */
import { useCallback, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { api } from '../api/client.ts';
import type { OutboxMessage, OutboxPage } from '../api/types.ts';
import { usePageTitle } from '../usePageTitle.ts';
import { ScrollRegion } from './ScrollRegion.tsx';

const PAGE = 50;

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const formatWhen = (iso: string) => when.format(new Date(iso));

const CHANNEL: Record<OutboxMessage['channel'], string> = { sms: 'Text', email: 'Email' };

/** The kinds the portal sends, in words; another kind is shown as written. */
const KIND: Record<string, string> = { sign_in_code: 'Sign-in code', reminder: 'Reminder', message: 'New message' };

/** What became of the message, in words an administrator can act on. */
function statusText(m: OutboxMessage): string {
  switch (m.status) {
    case 'sent':
      return m.providerId === 'demo' ? 'Kept here (demo: not sent)' : 'Sent';
    case 'pending':
      if (m.nextAttemptAt !== null && Date.parse(m.nextAttemptAt) > Date.now()) {
        return `${m.attempts > 0 ? 'Retrying' : 'Waiting (quiet hours)'} at ${formatWhen(m.nextAttemptAt)}`;
      }
      return 'Waiting to send';
    case 'failed':
      return 'Failed';
    case 'suppressed':
      return 'Not sent: opted out';
  }
}

/** Tries made: the failed ones the outbox counts, and the one that went through. */
const tries = (m: OutboxMessage) => m.attempts + (m.status === 'sent' ? 1 : 0);

/** A multi-line body shown with its line breaks (no inline styles: the CSP allows none). */
function Lines({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, n) => (
        <span key={n}>
          {line}
          {n < lines.length - 1 && <br />}
        </span>
      ))}
    </>
  );
}

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; page: OutboxPage };

export function Outbox() {
  usePageTitle('Outbox');
  const [offset, setOffset] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let cancelled = false;
    setLoaded({ state: 'loading' });
    api<OutboxPage>(`/api/outbox?limit=${PAGE}&offset=${offset}`).then(
      (page) => !cancelled && setLoaded({ state: 'ready', page }),
      (e: unknown) => !cancelled && setLoaded({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [offset, generation]);

  const page = loaded.state === 'ready' ? loaded.page : null;
  const first = page && page.messages.length > 0 ? offset + 1 : 0;
  const last = page ? offset + page.messages.length : 0;

  return (
    <>
      <h1 tabIndex={-1}>Outbox</h1>
      <p>
        Every text and email sent to the people of your agency: sign-in codes, reminders and notices of new messages, newest first. A
        reminder waits out the person’s quiet hours (9 PM to 8 AM their time); a failed send is tried again, up to five times. When no email
        or text provider is set up (the demo), messages are kept here instead of sent, and this is where sign-in codes are read. Opening
        this page is recorded in the audit log.
      </p>
      <div className="toolbar">
        <Button onPress={() => setOffset((o) => Math.max(0, o - PAGE))} isDisabled={offset === 0 || loaded.state === 'loading'}>
          Newer
        </Button>
        <Button onPress={() => setOffset((o) => o + PAGE)} isDisabled={page === null || last >= page.total}>
          Older
        </Button>
        <Button onPress={refresh} isDisabled={loaded.state === 'loading'}>
          Refresh
        </Button>
      </div>
      <p role="status" className="count">
        {loaded.state === 'loading'
          ? 'Loading the outbox…'
          : page === null
            ? ''
            : page.total === 0
              ? 'No messages yet.'
              : `Messages ${first}–${last} of ${page.total}`}
      </p>
      {loaded.state === 'error' && (
        <p role="alert" className="error-text">
          {loaded.message}
        </p>
      )}
      {page && page.messages.length > 0 && (
        <ScrollRegion label="Message list (table)">
          <table className="plain" aria-label="Outbox messages, newest first">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Channel</th>
                <th scope="col">To</th>
                <th scope="col">Kind</th>
                <th scope="col">Status</th>
                <th scope="col">Tries</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {page.messages.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <time dateTime={m.createdAt}>{formatWhen(m.createdAt)}</time>
                  </th>
                  <td>{CHANNEL[m.channel]}</td>
                  <td>{m.to}</td>
                  <td>
                    {KIND[m.kind] ?? m.kind}
                    {m.urgent && ' (urgent)'}
                  </td>
                  <td>
                    {statusText(m)}
                    {m.lastError !== null && m.status !== 'sent' && <div className="meta">{m.lastError}</div>}
                  </td>
                  <td>{tries(m)}</td>
                  <td lang={m.language}>
                    {m.subject !== null && <strong>{m.subject}: </strong>}
                    <Lines text={m.body} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
