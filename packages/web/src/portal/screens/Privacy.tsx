/**
 * "Who looked at your record": staff reads of and actions on this person's record, from the audit log
 * (GET /api/portal/views, newest first, never the person's own use of the portal), fifty at a time.
 */
import { useCallback, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import type { RecordView } from '../api-types.ts';
import { Loading, Problem, useFormat, usePortalTitle } from '../components/common.tsx';
import { roleKey, viewActionKey } from '../presenters/views.ts';
import { useSession } from '../session.ts';

const PAGE = 50;

export function Privacy() {
  const { t } = useTranslation();
  const format = useFormat();
  usePortalTitle('privacy.title');
  const { sessionEnded } = useSession();
  const [views, setViews] = useState<RecordView[]>([]);
  const [state, setState] = useState<{ state: 'loading' } | { state: 'ready'; more: boolean } | { state: 'error'; error: unknown }>({
    state: 'loading',
  });

  const load = useCallback(
    async (offset: number) => {
      try {
        const answer = await api<{ views: RecordView[] }>(`/api/portal/views?limit=${PAGE}&offset=${offset}`);
        setViews((shown) => (offset === 0 ? answer.views : [...shown, ...answer.views]));
        setState({ state: 'ready', more: answer.views.length === PAGE });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) sessionEnded();
        else setState({ state: 'error', error });
      }
    },
    [sessionEnded],
  );

  useEffect(() => {
    void load(0);
  }, [load]);

  return (
    <>
      <h1 tabIndex={-1}>{t('privacy.title')}</h1>
      <p>{t('privacy.intro')}</p>
      {state.state === 'loading' && <Loading />}
      {state.state === 'ready' && views.length === 0 && <p>{t('privacy.none')}</p>}
      {views.length > 0 && (
        <ol className="cards">
          {views.map((v, n) => (
            <li key={`${v.at}-${n}`} className="card">
              <p>
                <strong>{v.actorName}</strong> ({t(roleKey(v.actorRole))}) {t(viewActionKey(v.action))}
              </p>
              <p>
                <time dateTime={v.at}>{format.dateTime(v.at)}</time>
              </p>
              {v.reason && <p>{t('privacy.reason', { reason: v.reason })}</p>}
            </li>
          ))}
        </ol>
      )}
      {state.state === 'ready' && state.more && <Button onPress={() => void load(views.length)}>{t('privacy.more')}</Button>}
      {state.state === 'error' && <Problem error={state.error} />}
    </>
  );
}
