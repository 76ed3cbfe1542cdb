/**
 * Messages with the officer, both ways (GET and POST /api/portal/messages), oldest first as a thread, kept
 * in the record. The officer's messages are marked read by reading this screen (the server does that).
 * Sending adds the message and reloads the thread; the outcome is announced in a live region.
 */
import { useState, type FormEvent } from 'react';
import { Button, Form, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { useDraft } from '../../api/drafts.ts';
import type { PortalMessage } from '../api-types.ts';
import { Loading, Problem, useFormat, usePortalTitle } from '../components/common.tsx';
import { errorKey } from '../presenters/errors.ts';
import { useSession } from '../session.ts';
import { useApi } from '../useApi.ts';

/** The server's limit (packages/server/src/routes/portal/portal.ts, MAX_MESSAGE_LENGTH). */
const MAX_LENGTH = 2000;

export function Messages() {
  const { t } = useTranslation();
  const format = useFormat();
  usePortalTitle('messages.title');
  const { sessionEnded } = useSession();
  const { result, reload } = useApi<{ messages: PortalMessage[] }>('/api/portal/messages');
  // Kept as a draft until sent (api/drafts.ts): a session that ends mid-message does not lose it.
  const [body, setBody] = useDraft('/api/portal/messages');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'sent' } | { kind: 'error'; key: string } | null>(null);

  async function send(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      await api('/api/portal/messages', { method: 'POST', body: { body: body.trim() } });
      setBody('');
      // The thread is reloaded first, so "sent" is announced when the message already shows in it.
      await reload();
      setOutcome({ kind: 'sent' });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) sessionEnded();
      else setOutcome({ kind: 'error', key: errorKey(e) });
    } finally {
      setBusy(false);
    }
  }

  const left = MAX_LENGTH - body.length;
  return (
    <>
      <h1 tabIndex={-1}>{t('messages.title')}</h1>
      <p>{t('messages.intro')}</p>
      {result.state === 'loading' && <Loading />}
      {result.state === 'error' && <Problem error={result.error} />}
      {result.state === 'ready' &&
        (result.data.messages.length === 0 ? (
          <p>{t('messages.none')}</p>
        ) : (
          <ol className="thread" aria-label={t('messages.thread')}>
            {result.data.messages.map((m) => (
              <li key={m.id} className={m.direction === 'from_person' ? 'mine' : 'theirs'}>
                <p className="who">
                  {m.direction === 'from_person' ? t('messages.fromYou') : t('messages.from', { name: m.authorName })}
                  {' · '}
                  <time dateTime={m.at}>{format.dateTime(m.at)}</time>
                </p>
                <p className="body">{m.body}</p>
              </li>
            ))}
          </ol>
        ))}
      <Form onSubmit={send} className="stack">
        <TextField value={body} onChange={(v) => setBody(v.slice(0, MAX_LENGTH))} isRequired maxLength={MAX_LENGTH}>
          <Label>{t('messages.write')}</Label>
          <TextArea rows={4} />
          <Text slot="description" className="hint">
            {t('messages.left', { count: left, n: format.number(left) })}
          </Text>
        </TextField>
        <Button type="submit" className="primary" isDisabled={busy || body.trim().length === 0}>
          {t('messages.send')}
        </Button>
      </Form>
      <p role="status" className="status-text">
        {outcome?.kind === 'sent' ? t('messages.sent') : ''}
      </p>
      <p role="alert" className="error-text">
        {outcome?.kind === 'error' ? t(outcome.key) : ''}
      </p>
    </>
  );
}
