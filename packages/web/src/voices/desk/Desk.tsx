/**
 * The campaign staff's desk at /voices: signs in as the workspace does (password, then the authenticator's
 * code), then three tabs: stories to review, campaigns (with legislators and actions), councils and events.
 * Only the advocate role (campaign staff) may use it; the server checks every call again. One more screen
 * shares its sign-in: an officer or supervisor recording a story with a person on their caseload.
 */
import { lazy, Suspense } from 'react';
import { Button, Link } from 'react-aria-components';
import { useStaffSession } from '../../api/useStaffSession.ts';
import { SignIn } from '../../screens/SignIn.tsx';
import { deskPath, type DeskTab } from '../routes.ts';

const StoriesDesk = lazy(() => import('./StoriesDesk.tsx').then((m) => ({ default: m.StoriesDesk })));
const CampaignsDesk = lazy(() => import('./CampaignsDesk.tsx').then((m) => ({ default: m.CampaignsDesk })));
const RecordWithPerson = lazy(() => import('./RecordWithPerson.tsx').then((m) => ({ default: m.RecordWithPerson })));
const CouncilsDesk = lazy(() => import('./CouncilsDesk.tsx').then((m) => ({ default: m.CouncilsDesk })));

const TABS: { tab: DeskTab; label: string }[] = [
  { tab: 'stories', label: 'Stories' },
  { tab: 'campaigns', label: 'Campaigns' },
  { tab: 'councils', label: 'Councils and events' },
];

const RECORDING_ROLES = ['officer', 'supervisor'];

export function Desk({ tab, personId }: { tab: DeskTab | 'record'; personId?: string }) {
  const { session, reload: loadMe, signOut } = useStaffSession();

  return (
    <>
      <header className="voices-header">
        <p className="brand">
          <Link href="/campaigns">Pathways campaigns</Link> · desk
        </p>
        {session.state === 'signed-in' && tab !== 'record' && (
          <nav aria-label="Desk">
            <ul className="tabs">
              {TABS.map((t) => (
                <li key={t.tab}>
                  <Link href={deskPath(t.tab)} {...(t.tab === tab ? { 'aria-current': 'page' as const } : {})}>
                    {t.label}
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
            <Button className="secondary" onPress={signOut}>
              Sign out
            </Button>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1} className="voices-main">
        {session.state === 'loading' && <p role="status">Loading…</p>}
        {session.state === 'error' && (
          <p role="alert" className="error-text">
            {session.message}
          </p>
        )}
        {session.state === 'signed-out' && <SignIn onSignedIn={() => void loadMe()} expired={session.expired === true} />}
        {session.state === 'signed-in' &&
          tab === 'record' &&
          personId !== undefined &&
          (RECORDING_ROLES.includes(session.me.user.role) ? (
            <Suspense fallback={<p role="status">Loading…</p>}>
              <RecordWithPerson personId={personId} />
            </Suspense>
          ) : (
            <>
              <h1>Record a story</h1>
              <p>Only the person’s officer or supervisor can record a story with them here.</p>
            </>
          ))}
        {session.state === 'signed-in' && tab !== 'record' && session.me.user.role !== 'advocate' && (
          <>
            <h1>Campaign desk</h1>
            <p>The desk is for campaign staff. Your account ({session.me.user.role}) cannot use it.</p>
          </>
        )}
        {session.state === 'signed-in' && tab !== 'record' && session.me.user.role === 'advocate' && (
          <Suspense fallback={<p role="status">Loading…</p>}>
            {tab === 'stories' && <StoriesDesk />}
            {tab === 'campaigns' && <CampaignsDesk />}
            {tab === 'councils' && <CouncilsDesk />}
          </Suspense>
        )}
      </main>
    </>
  );
}
