/**
 * Voices and campaigns (voices.html): one router over the public pages and the campaign staff's desk.
 * Each screen is its own chunk, so a campaign page loads none of the desk.
 */
import { lazy, Suspense, useEffect } from 'react';
import { RouterProvider } from 'react-aria-components';
import { navigate, usePathname } from '../router.ts';
import { parseVoicesRoute, type VoicesRoute } from './routes.ts';
import { focusScreenHeading } from '../focusHeading.ts';

const CampaignList = lazy(() => import('./public/CampaignList.tsx').then((m) => ({ default: m.CampaignList })));
const CampaignPage = lazy(() => import('./public/CampaignPage.tsx').then((m) => ({ default: m.CampaignPage })));
const VerifySupporter = lazy(() => import('./public/VerifySupporter.tsx').then((m) => ({ default: m.VerifySupporter })));
const SharedStory = lazy(() => import('./public/SharedStory.tsx').then((m) => ({ default: m.SharedStory })));
const EventPage = lazy(() => import('./public/EventPage.tsx').then((m) => ({ default: m.EventPage })));
const Desk = lazy(() => import('./desk/Desk.tsx').then((m) => ({ default: m.Desk })));

function Screen({ route }: { route: VoicesRoute }) {
  switch (route.screen) {
    case 'campaigns':
      return <CampaignList />;
    case 'campaign':
      return <CampaignPage campaignId={route.campaignId} />;
    case 'verify':
      return <VerifySupporter token={route.token} />;
    case 'story':
      return <SharedStory token={route.token} />;
    case 'event':
      return <EventPage eventId={route.eventId} />;
    case 'desk':
      return <Desk tab={route.tab} />;
    case 'record':
      return <Desk tab="record" personId={route.personId} />;
    case 'not-found':
      return (
        <main id="main" tabIndex={-1} className="voices-main">
          <h1>Page not found</h1>
          <p>
            <a href="/campaigns">See the campaigns</a>
          </p>
        </main>
      );
  }
}

export function VoicesApp() {
  const pathname = usePathname();
  const route = parseVoicesRoute(pathname);
  useEffect(() => {
    return focusScreenHeading();
  }, [pathname]);
  return (
    <RouterProvider navigate={navigate}>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <Suspense
        fallback={
          <main id="main" className="voices-main">
            <p role="status">Loading…</p>
          </main>
        }
      >
        <Screen route={route} />
      </Suspense>
    </RouterProvider>
  );
}
