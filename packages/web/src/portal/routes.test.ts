import { expect, it } from 'vitest';
import { parsePortalRoute, portalPath, PORTAL_SCREENS } from './routes.ts';

it('case: home with or without a trailing slash, each screen round-trips through its path', () => {
  expect(parsePortalRoute('/portal')).toEqual({ screen: 'home' });
  expect(parsePortalRoute('/portal/')).toEqual({ screen: 'home' });
  for (const screen of PORTAL_SCREENS) expect(parsePortalRoute(portalPath(screen))).toEqual({ screen });
  expect(portalPath('messages')).toBe('/portal/messages');
  expect(parsePortalRoute('/portal/messages/')).toEqual({ screen: 'messages' });
});

it('case: a sign-in link carries its token; anything else is not found', () => {
  expect(parsePortalRoute('/portal/link/AbC-123_x')).toEqual({ screen: 'link', token: 'AbC-123_x' });
  expect(parsePortalRoute('/portal/link/')).toEqual({ screen: 'not-found' });
  expect(parsePortalRoute('/portal/link/a/b')).toEqual({ screen: 'not-found' });
  expect(parsePortalRoute('/portal/link/%E0%A4%A')).toEqual({ screen: 'not-found' });
  expect(parsePortalRoute('/portal/home')).toEqual({ screen: 'not-found' });
  expect(parsePortalRoute('/portal/admin')).toEqual({ screen: 'not-found' });
  expect(parsePortalRoute('/portals')).toEqual({ screen: 'not-found' });
});
