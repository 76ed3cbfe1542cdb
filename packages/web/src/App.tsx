/**
 * The workspace shell: learns who is signed in from GET /api/me (the session cookie is HttpOnly), shows
 * sign-in until someone is, then the screen the address names. A skip link leads past the header, and
 * focus moves to each new screen's heading so keyboard and screen-reader users land on it.
 */
import { useCallback, useEffect, useState } from 'react';
import { Button, Link, RouterProvider } from 'react-aria-components';
import { api, ApiError, rememberCsrfToken } from './api/client.ts';
import type { Me } from './api/types.ts';
import { navigate, parseRoute, usePathname } from './router.ts';
import { Caseload } from './screens/Caseload.tsx';
import { PersonPage } from './screens/PersonPage.tsx';
import { SignIn } from './screens/SignIn.tsx';
import { usePageTitle } from './usePageTitle.ts';

type Session = { state: 'loading' } | { state: 'signed-out' } | { state: 'signed-in'; me: Me } | { state: 'error'; message: string };

function NotFound() {
  usePageTitle('Not found');
  return (
    <>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        <Link href="/">Go to the caseload</Link>
      </p>
    </>
  );
}

export function App() {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const pathname = usePathname();
  const route = parseRoute(pathname);

  const loadMe = useCallback(async () => {
    try {
      const me = await api<Me>('/api/me');
      rememberCsrfToken(me.csrfToken);
      setSession({ state: 'signed-in', me });
    } catch (e) {
      rememberCsrfToken(null);
      if (e instanceof ApiError && e.status === 401) setSession({ state: 'signed-out' });
      else setSession({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  useEffect(() => {
    void loadMe();
  }, [loadMe]);

  useEffect(() => {
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: false });
  }, [pathname, session.state]);

  async function signOut() {
    try {
      await api('/api/session', { method: 'DELETE' });
    } finally {
      rememberCsrfToken(null);
      setSession({ state: 'signed-out' });
    }
  }

  return (
    <RouterProvider navigate={navigate}>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          Pathways
        </Link>
        {session.state === 'signed-in' && (
          <div className="who">
            <span>
              {session.me.user.displayName} <span className="role">({session.me.user.role})</span>
            </span>
            <Button onPress={signOut}>Sign out</Button>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {session.state === 'loading' && <p role="status">Loading…</p>}
        {session.state === 'error' && (
          <p role="alert" className="error-text">
            {session.message}
          </p>
        )}
        {session.state === 'signed-out' && <SignIn onSignedIn={loadMe} />}
        {session.state === 'signed-in' &&
          (route.screen === 'caseload' ? (
            <Caseload />
          ) : route.screen === 'person' ? (
            <PersonPage personId={route.personId} />
          ) : (
            <NotFound />
          ))}
      </main>
    </RouterProvider>
  );
}
