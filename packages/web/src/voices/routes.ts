/**
 * The addresses voices.html answers (the server sends it for each of these prefixes):
 * - `/campaigns`: the live campaigns; `/campaigns/<id>`: one campaign's page;
 * - `/supporters/verify/<token>`: the link in a supporter's verification email;
 * - `/stories/<token>`: a story's shared link;
 * - `/events/<id>`: an event's public page, with its RSVP form;
 * - `/voices`: the campaign staff's desk, `/voices/<tab>` one of its tabs;
 * - `/voices/record/<personId>`: an officer records a story with a person on their caseload.
 */
import { decodeSegment } from '../router.ts';

export const DESK_TABS = ['stories', 'campaigns', 'councils'] as const;
export type DeskTab = (typeof DESK_TABS)[number];

export type VoicesRoute =
  | { screen: 'campaigns' }
  | { screen: 'campaign'; campaignId: string }
  | { screen: 'verify'; token: string }
  | { screen: 'story'; token: string }
  | { screen: 'event'; eventId: string }
  | { screen: 'desk'; tab: DeskTab }
  | { screen: 'record'; personId: string }
  | { screen: 'not-found' };

export const campaignPath = (id: string) => `/campaigns/${encodeURIComponent(id)}`;
export const storyPath = (token: string) => `/stories/${encodeURIComponent(token)}`;
export const eventPath = (id: string) => `/events/${encodeURIComponent(id)}`;
export const recordPath = (personId: string) => `/voices/record/${encodeURIComponent(personId)}`;
export const deskPath = (tab: DeskTab) => (tab === 'stories' ? '/voices' : `/voices/${tab}`);

export function parseVoicesRoute(pathname: string): VoicesRoute {
  const path = pathname.replace(/\/+$/, '') || '/';
  const one = (pattern: RegExp): string | null => {
    const m = pattern.exec(path);
    return m ? decodeSegment(m[1]!) : null;
  };
  if (path === '/campaigns') return { screen: 'campaigns' };
  const token = one(/^\/supporters\/verify\/([^/]+)$/);
  if (token !== null) return { screen: 'verify', token };
  const campaignId = one(/^\/campaigns\/([^/]+)$/);
  if (campaignId !== null) return { screen: 'campaign', campaignId };
  const story = one(/^\/stories\/([^/]+)$/);
  if (story !== null) return { screen: 'story', token: story };
  const eventId = one(/^\/events\/([^/]+)$/);
  if (eventId !== null) return { screen: 'event', eventId };
  const personId = one(/^\/voices\/record\/([^/]+)$/);
  if (personId !== null) return { screen: 'record', personId };
  if (path === '/voices') return { screen: 'desk', tab: 'stories' };
  const tab = DESK_TABS.find((t) => path === `/voices/${t}`);
  return tab ? { screen: 'desk', tab } : { screen: 'not-found' };
}
