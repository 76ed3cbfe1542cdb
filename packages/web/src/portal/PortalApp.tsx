/**
 * The portal's shell: who is signed in (GET /api/session), the header with the language switch and the menu of
 * screens, and the screen the address names. Signed out, every address shows sign-in, except a sign-in
 * link from the officer (/portal/link/<token>), which signs in by itself. A staff account that opens the
 * portal is pointed to the workspace: the portal is for people on supervision only.
 *
 * The language: a choice made before signing in is saved to the account once signed in; otherwise the
 * account's saved language (the one reminders are sent in) is applied after sign-in. The time zone: the
 * one on the person's profile, read before the first screen shows so that no time is shown in another.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ScreenBoundary } from '../ScreenBoundary.tsx';
import { Button, I18nProvider, Link, RouterProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ApiError, rememberCsrfToken } from '../api/client.ts';
import { clearDrafts } from '../api/drafts.ts';
import type { Me } from '../api/types.ts';
import { adoptCurrentSession } from '../api/adopt-current-session.ts';
import { navigate, usePathname } from '../router.ts';
import type { PortalPreferences } from './api-types.ts';
import { Loading, Problem, usePortalTitle } from './components/common.tsx';
import { LanguageSwitch } from './components/LanguageSwitch.tsx';
import { currentLanguage, switchLanguage } from './i18n.ts';
import { localeOf, type Language } from './presenters/language.ts';
import { parsePortalRoute, PORTAL_HOME, PORTAL_SCREENS, portalPath, type PortalRoute } from './routes.ts';
import { SessionContext, type PortalSession } from './session.ts';
import { focusScreenHeading } from '../focusHeading.ts';

const SignIn = lazy(() => import('./screens/SignIn.tsx').then((m) => ({ default: m.SignIn })));
const LinkSignIn = lazy(() => import('./screens/LinkSignIn.tsx').then((m) => ({ default: m.LinkSignIn })));
const Home = lazy(() => import('./screens/Home.tsx').then((m) => ({ default: m.Home })));
const Obligations = lazy(() => import('./screens/Obligations.tsx').then((m) => ({ default: m.Obligations })));
const Messages = lazy(() => import('./screens/Messages.tsx').then((m) => ({ default: m.Messages })));
const Jobs = lazy(() => import('./screens/Jobs.tsx').then((m) => ({ default: m.Jobs })));
const Services = lazy(() => import('./screens/Services.tsx').then((m) => ({ default: m.Services })));
const MyStory = lazy(() => import('./screens/MyStory.tsx').then((m) => ({ default: m.MyStory })));
const Privacy = lazy(() => import('./screens/Privacy.tsx').then((m) => ({ default: m.Privacy })));
const Settings = lazy(() => import('./screens/Settings.tsx').then((m) => ({ default: m.Settings })));

type Session =
  | { state: 'loading' }
  | { state: 'signed-out' }
  | { state: 'signed-in'; me: Me; timeZone: string | null }
  | { state: 'staff'; me: Me }
  | { state: 'error'; error: unknown };

function NotFound() {
  const { t } = useTranslation();
  usePortalTitle('notFound.title');
  return (
    <>
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>
        <Link href={PORTAL_HOME}>{t('notFound.home')}</Link>
      </p>
    </>
  );
}

function StaffNote() {
  const { t } = useTranslation();
  usePortalTitle('staff.title');
  return (
    <>
      <h1 tabIndex={-1}>{t('staff.title')}</h1>
      <p>{t('staff.text')}</p>
      <p>
        {/* A plain link: the workspace is another page, not a screen of this one. */}
        <a href="/">{t('staff.link')}</a>
      </p>
    </>
  );
}

function screenFor(route: PortalRoute): ReactNode {
  switch (route.screen) {
    case 'home':
      return <Home />;
    case 'obligations':
      return <Obligations />;
    case 'messages':
      return <Messages />;
    case 'jobs':
      return <Jobs />;
    case 'services':
      return <Services />;
    case 'story':
      return <MyStory />;
    case 'privacy':
      return <Privacy />;
    case 'settings':
      return <Settings />;
    default:
      return <NotFound />;
  }
}

export function PortalApp() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const pathname = usePathname();
  const route = parsePortalRoute(pathname);
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const [languageError, setLanguageError] = useState<'language.notLoaded' | 'language.notSaved' | null>(null);
  /** A language picked while signed out, to save to the account at sign-in. */
  const chosenSignedOut = useRef<Language | null>(null);

  const adoptAccountLanguage = useCallback(async (preferences: PortalPreferences | null) => {
    if (preferences === null) return;
    try {
      const chosen = chosenSignedOut.current;
      chosenSignedOut.current = null;
      if (chosen && chosen !== preferences.language) await api('/api/portal/preferences', { method: 'PUT', body: { language: chosen } });
      else if (preferences.language !== currentLanguage()) await switchLanguage(preferences.language);
    } catch {
      // The choice could not be saved, or the language's file not loaded: the page stays in the language on screen.
    }
  }, []);

  const loadMe = useCallback(async () => {
    try {
      const me = await adoptCurrentSession();
      if (me === null) {
        setSession({ state: 'signed-out' });
        return;
      }
      if (me.user.role !== 'person' || !me.user.personId) {
        setSession({ state: 'staff', me });
        return;
      }
      // Unreadable preferences leave the device's zone and the language on screen.
      const preferences = await api<PortalPreferences>('/api/portal/preferences').catch(() => null);
      setSession({ state: 'signed-in', me, timeZone: preferences?.timeZone ?? null });
      await adoptAccountLanguage(preferences);
    } catch (error) {
      setSession({ state: 'error', error });
    }
  }, [adoptAccountLanguage]);

  useEffect(() => {
    void loadMe();
  }, [loadMe]);

  // Each new screen puts focus on its heading, so keyboard and screen-reader users start there; the menu closes.
  useEffect(() => {
    setMenuOpen(false);
    return focusScreenHeading();
  }, [pathname, session.state]);

  const sessionEnded = useCallback(() => {
    rememberCsrfToken(null);
    setSession({ state: 'signed-out' });
  }, []);

  const portalSession: PortalSession | null =
    session.state === 'signed-in' ? { me: session.me, timeZone: session.timeZone, sessionEnded } : null;

  async function changeLanguage(next: Language) {
    setLanguageError(null);
    try {
      await switchLanguage(next);
    } catch {
      // The language's file could not be fetched (offline): the page stays as it is.
      setLanguageError('language.notLoaded');
      return;
    }
    if (session.state !== 'signed-in') {
      chosenSignedOut.current = next;
      return;
    }
    try {
      await api('/api/portal/preferences', { method: 'PUT', body: { language: next } });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) sessionEnded();
      else setLanguageError('language.notSaved');
    }
  }

  async function signOut() {
    try {
      await api('/api/session', { method: 'DELETE' });
    } catch {
      // Signed out on this device either way; the server's session ends on its own.
    } finally {
      clearDrafts();
      sessionEnded();
      navigate(PORTAL_HOME);
    }
  }

  /**
   * Escape, with focus on the menu button or in the open menu, closes it and puts focus back on the
   * button, as a disclosure does. A popover in the header (the language list) handles its own Escape
   * first and stops it there.
   */
  function closeMenuOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !menuOpen || event.defaultPrevented) return;
    event.preventDefault();
    setMenuOpen(false);
    menuButton.current?.focus();
  }

  const signedIn = session.state === 'signed-in';
  const screenIsCurrent = (screen: (typeof PORTAL_SCREENS)[number]) => route.screen === screen;

  return (
    <I18nProvider locale={localeOf(language)}>
      <RouterProvider navigate={navigate}>
        <a className="skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <header className="portal-header" onKeyDown={closeMenuOnEscape}>
          <div className="portal-bar">
            <Link href={PORTAL_HOME} className="brand">
              {t('app.name')}
            </Link>
            <LanguageSwitch value={language} onChange={(next) => void changeLanguage(next)} />
            {signedIn && (
              <Button
                ref={menuButton}
                className="menu-button"
                aria-expanded={menuOpen}
                aria-controls="portal-nav"
                onPress={() => setMenuOpen((open) => !open)}
              >
                {menuOpen ? t('nav.close') : t('nav.menu')}
              </Button>
            )}
          </div>
          <p role="alert" className="error-text language-error">
            {languageError ? t(languageError) : ''}
          </p>
          {signedIn && (
            <nav id="portal-nav" aria-label={t('nav.label')} className={menuOpen ? 'portal-nav open' : 'portal-nav'}>
              <ul>
                {PORTAL_SCREENS.map((screen) => (
                  <li key={screen}>
                    <Link href={portalPath(screen)} {...(screenIsCurrent(screen) ? { 'aria-current': 'page' as const } : {})}>
                      {t(`nav.${screen}`)}
                    </Link>
                  </li>
                ))}
                <li>
                  <Button onPress={() => void signOut()} className="sign-out">
                    {t('nav.signOut')}
                  </Button>
                </li>
              </ul>
            </nav>
          )}
        </header>
        <main id="main" tabIndex={-1}>
          <ScreenBoundary resetKey={JSON.stringify(route)} message={t('errors.network')} retryLabel={t('errors.retry')}>
            <Suspense fallback={<Loading />}>
              {route.screen === 'link' ? (
                <LinkSignIn token={route.token} onSignedIn={loadMe} />
              ) : session.state === 'loading' ? (
                <Loading />
              ) : session.state === 'error' ? (
                <Problem error={session.error} />
              ) : session.state === 'signed-out' ? (
                <SignIn onSignedIn={loadMe} />
              ) : session.state === 'staff' ? (
                <StaffNote />
              ) : (
                <SessionContext.Provider value={portalSession}>{screenFor(route)}</SessionContext.Provider>
              )}
            </Suspense>
          </ScreenBoundary>
        </main>
      </RouterProvider>
    </I18nProvider>
  );
}
