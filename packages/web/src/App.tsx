/**
 * The workspace shell: learns who is signed in from GET /api/session (the session cookie is HttpOnly), shows
 * sign-in until someone is, then the screen the address names. A skip link leads past the header, and
 * focus moves to each new screen's heading so keyboard and screen-reader users land on it.
 */
import { lazy, Suspense, useEffect } from 'react';
import { ScreenBoundary } from './ScreenBoundary.tsx';
import { Button, Link, RouterProvider } from 'react-aria-components';
import { useStaffSession } from './api/useStaffSession.ts';
import { currentScreen, navItems, screenAllowed } from './presenters/navigation.ts';
import { navigate, parseRoute, usePathname } from './router.ts';
import { Caseload } from './screens/Caseload.tsx';
import { SignIn } from './screens/SignIn.tsx';
import { Stats } from './screens/Stats.tsx';
import { usePageTitle } from './usePageTitle.ts';
import { focusScreenHeading } from './focusHeading.ts';

// The caseload (the first screen of the day) ships in the first file; the other screens, with the
// timeline's scales, the forms and the dialogs, load when first opened.
const PersonPage = lazy(() => import('./screens/PersonPage.tsx').then((m) => ({ default: m.PersonPage })));
const Queue = lazy(() => import('./screens/Queue.tsx').then((m) => ({ default: m.Queue })));
const Unit = lazy(() => import('./screens/Unit.tsx').then((m) => ({ default: m.Unit })));
const Outbox = lazy(() => import('./screens/Outbox.tsx').then((m) => ({ default: m.Outbox })));
const AuditLog = lazy(() => import('./screens/AuditLog.tsx').then((m) => ({ default: m.AuditLog })));

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

/** A screen the signed-in role may not use, said as a whole page rather than drawn around a refusal. */
function NotForRole({ role }: { role: string }) {
  usePageTitle('Not available');
  return (
    <>
      <h1 tabIndex={-1}>Not available to your role</h1>
      <p>This page is not open to the {role} role.</p>
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </>
  );
}

export function App() {
  const { session, reload: loadMe, signOut } = useStaffSession();
  const pathname = usePathname();
  const route = parseRoute(pathname);

  // A queue tab changes the address but not the screen: focus stays on the tab the user chose.
  const screenKey = route.screen === 'queue' ? '/queue' : pathname;
  useEffect(() => {
    return focusScreenHeading();
  }, [screenKey, session.state]);

  return (
    <RouterProvider navigate={navigate}>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          Pathways
        </Link>
        {session.state === 'signed-in' && navItems(session.me.user.role).length > 1 && (
          <nav aria-label="Screens" className="site-nav">
            <ul>
              {navItems(session.me.user.role).map((item) => (
                <li key={item.screen}>
                  <Link href={item.href} {...(currentScreen(route) === item.screen ? { 'aria-current': 'page' as const } : {})}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
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
        {session.state === 'signed-out' && <SignIn onSignedIn={loadMe} expired={session.expired === true} />}
        {session.state === 'signed-in' && (
          <ScreenBoundary
            resetKey={JSON.stringify(route)}
            message="This screen could not be loaded. Check your connection, then try again."
            retryLabel="Try again"
          >
            <Suspense fallback={<p role="status">Loading…</p>}>
              {!screenAllowed(session.me.user.role, route) ? (
                <NotForRole role={session.me.user.role} />
              ) : route.screen === 'caseload' ? (
                session.me.user.role === 'advocate' ? (
                  <Stats />
                ) : (
                  <Caseload />
                )
              ) : route.screen === 'person' ? (
                <PersonPage personId={route.personId} role={session.me.user.role} />
              ) : route.screen === 'queue' ? (
                <Queue kind={route.kind} />
              ) : route.screen === 'unit' ? (
                <Unit />
              ) : route.screen === 'outbox' ? (
                <Outbox />
              ) : route.screen === 'audit' ? (
                <AuditLog />
              ) : (
                <NotFound />
              )}
            </Suspense>
          </ScreenBoundary>
        )}
      </main>
    </RouterProvider>
  );
}
