/**
 * The portal's addresses, all under /portal (the server answers portal.html for each): Home at /portal,
 * one path per screen, and /portal/link/<token>, the one-time sign-in link an officer sends. Moving between
 * them uses the workspace's History API router (../router.ts: navigate, usePathname).
 */
import { decodeSegment } from '../router.ts';

export const PORTAL_SCREENS = ['home', 'obligations', 'messages', 'jobs', 'services', 'story', 'privacy', 'settings'] as const;
export type PortalScreen = (typeof PORTAL_SCREENS)[number];

export type PortalRoute = { screen: PortalScreen } | { screen: 'link'; token: string } | { screen: 'not-found' };

export const PORTAL_HOME = '/portal';

export function portalPath(screen: PortalScreen): string {
  return screen === 'home' ? PORTAL_HOME : `${PORTAL_HOME}/${screen}`;
}

export function parsePortalRoute(pathname: string): PortalRoute {
  const rest = /^\/portal(?:\/(.*))?$/.exec(pathname);
  if (!rest) return { screen: 'not-found' };
  const path = (rest[1] ?? '').replace(/\/+$/, '');
  if (path === '') return { screen: 'home' };
  const link = /^link\/([^/]+)$/.exec(path);
  if (link) {
    const token = decodeSegment(link[1]!);
    return token === null ? { screen: 'not-found' } : { screen: 'link', token };
  }
  const screen = PORTAL_SCREENS.find((s) => s !== 'home' && s === path);
  return screen ? { screen } : { screen: 'not-found' };
}
