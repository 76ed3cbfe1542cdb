/**
 * /portal/link/<token>: the one-time link an officer sends signs in by itself (POST /api/portal/link). The
 * token leaves the address bar at once (replaced by /portal), so it stays out of the history and of any
 * later Referer. A link works once: React's development double effect must not spend it twice, hence the
 * guard.
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, rememberCsrfToken } from '../../api/client.ts';
import type { PortalSessionAnswer } from '../api-types.ts';
import { Loading, usePortalTitle } from '../components/common.tsx';
import { signInErrorKey } from '../presenters/errors.ts';
import { PORTAL_HOME } from '../routes.ts';

export function LinkSignIn({ token, onSignedIn }: { token: string; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState('');
  usePortalTitle(error ? 'signIn.linkFailedTitle' : 'signIn.linkTitle');
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        const answer = await api<PortalSessionAnswer>('/api/portal/link', { method: 'POST', body: { token } });
        rememberCsrfToken(answer.csrfToken);
        window.history.replaceState(null, '', PORTAL_HOME);
        onSignedIn();
      } catch (e) {
        setError(t(signInErrorKey(e, 'link')));
      }
    })();
  }, [token, onSignedIn, t]);

  return (
    <section className="narrow" aria-labelledby="link-title">
      <h1 id="link-title" tabIndex={-1}>
        {error ? t('signIn.linkFailedTitle') : t('signIn.linkTitle')}
      </h1>
      {error ? (
        <>
          <p role="alert" className="error-text">
            {error}
          </p>
          <p>
            <Link href={PORTAL_HOME}>{t('signIn.withCode')}</Link>
          </p>
        </>
      ) : (
        <Loading />
      )}
    </section>
  );
}
