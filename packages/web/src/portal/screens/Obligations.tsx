/**
 * Obligations: appointments, check-ins, payments and programs (GET /api/portal/obligations), what is
 * coming up first (presenters/obligations.ts), the restitution still owed, and the address of a calendar
 * feed of the appointments (GET /api/portal/calendar, asked for only when the person wants it, since it
 * makes a lasting secret address).
 */
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import type { ObligationsAnswer } from '../api-types.ts';
import { Loading, Problem, useFormat, usePortalTitle } from '../components/common.tsx';
import { orderObligations, restitutionTotals, type Obligation } from '../presenters/obligations.ts';
import { useSession } from '../session.ts';
import { useApi } from '../useApi.ts';

export function Obligations() {
  const { t } = useTranslation();
  usePortalTitle('obligations.title');
  const { result } = useApi<ObligationsAnswer>('/api/portal/obligations');
  const ordered = result.state === 'ready' ? orderObligations(result.data.obligations, new Date()) : null;

  return (
    <>
      <h1 tabIndex={-1}>{t('obligations.title')}</h1>
      {result.state === 'loading' && <Loading />}
      {result.state === 'error' && <Problem error={result.error} />}
      {result.state === 'ready' && ordered && (
        <>
          <section aria-labelledby="upcoming-title">
            <h2 id="upcoming-title">{t('obligations.upcoming')}</h2>
            {ordered.upcoming.length === 0 ? <p>{t('obligations.noneUpcoming')}</p> : <ObligationList items={ordered.upcoming} />}
          </section>
          <Restitution rows={result.data.restitution} />
          <CalendarFeed />
          {ordered.past.length > 0 && (
            <section aria-labelledby="past-title">
              <h2 id="past-title">{t('obligations.past')}</h2>
              <ObligationList items={ordered.past} />
            </section>
          )}
        </>
      )}
    </>
  );
}

function ObligationList({ items }: { items: Obligation[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="cards">
      {items.map((o) => (
        <li key={o.id} className="card">
          <h3>{o.title}</h3>
          <p className="tags">
            <span className="tag">{t(`obligations.kinds.${o.kind}`, { defaultValue: t('obligations.kinds.other') })}</span>{' '}
            <span className={`tag status-${o.status}`}>{t(`obligations.statuses.${o.status}`, { defaultValue: o.status })}</span>
          </p>
          <p>
            <time dateTime={o.startsAt}>{format.dateTime(o.startsAt)}</time>
          </p>
          {o.location && <p>{t('obligations.where', { place: o.location })}</p>}
          {o.amountUsd !== null && <p>{t('obligations.amount', { amount: format.money(o.amountUsd) })}</p>}
        </li>
      ))}
    </ul>
  );
}

function Restitution({ rows }: { rows: ObligationsAnswer['restitution'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (rows.length === 0) return null;
  const total = restitutionTotals(rows);
  return (
    <section aria-labelledby="restitution-title" className="card">
      <h2 id="restitution-title">{t('obligations.restitution.title')}</h2>
      <p className="big-number">{t('obligations.restitution.balance', { amount: format.money(total.balanceUsd) })}</p>
      <p>{t('obligations.restitution.paid', { paid: format.money(total.paidUsd), ordered: format.money(total.orderedUsd) })}</p>
      {total.balanceUsd === 0 && <p>{t('obligations.restitution.done')}</p>}
    </section>
  );
}

function CalendarFeed() {
  const { t } = useTranslation();
  const { sessionEnded } = useSession();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [copied, setCopied] = useState(false);

  async function getLink() {
    setError(null);
    try {
      const answer = await api<{ url: string }>('/api/portal/calendar');
      setUrl(new URL(answer.url, window.location.origin).href);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) sessionEnded();
      else setError(e);
    }
  }

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('obligations.calendar.title')}</h2>
      <p>{t('obligations.calendar.intro')}</p>
      {url === null ? (
        <Button onPress={() => void getLink()}>{t('obligations.calendar.get')}</Button>
      ) : (
        <div className="stack">
          <p>
            {/* Plain links: the feed is for a calendar app, not a screen of the portal. webcal: asks the
                phone's calendar to subscribe (and keep the feed up to date) rather than download it once. */}
            <a href={url.replace(/^https?:/, 'webcal:')} className="contact">
              {t('obligations.calendar.add')}
            </a>
          </p>
          <p className="break">
            <code>{url}</code>
          </p>
          <Button onPress={() => void copy()}>{t('obligations.calendar.copy')}</Button>
          <p className="muted small">{t('obligations.calendar.secret')}</p>
        </div>
      )}
      <p role="status" className="status-text">
        {copied ? t('obligations.calendar.copied') : ''}
      </p>
      {error !== null && <Problem error={error} />}
    </section>
  );
}
