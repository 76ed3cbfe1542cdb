/**
 * Routing with the History API: a handful of screens need no library. `useRoute` follows the address bar;
 * `navigate` pushes a new entry (react-aria-components' links call it through `RouterProvider`).
 */
import { useSyncExternalStore } from 'react';

import { isOpportunityKind, type OpportunityKind } from './presenters/kinds.ts';

export type Route =
  | { screen: 'caseload' }
  | { screen: 'person'; personId: string }
  /** `kind` is the tab the address names; null for /queue, where the screen picks one with people in it. */
  | { screen: 'queue'; kind: OpportunityKind | null }
  | { screen: 'unit' }
  | { screen: 'outbox' }
  | { screen: 'audit' }
  | { screen: 'not-found' };

/** A path segment decoded, or null when it is not valid percent-encoded UTF-8 (`%E0`): such an address is not found. */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { screen: 'caseload' };
  const person = /^\/people\/([^/]+)\/?$/.exec(pathname);
  if (person) {
    const personId = decodeSegment(person[1]!);
    return personId === null ? { screen: 'not-found' } : { screen: 'person', personId };
  }
  const queue = /^\/queue(?:\/([^/]+))?\/?$/.exec(pathname);
  if (queue) {
    if (queue[1] === undefined) return { screen: 'queue', kind: null };
    const kind = decodeSegment(queue[1]);
    return kind !== null && isOpportunityKind(kind) ? { screen: 'queue', kind } : { screen: 'not-found' };
  }
  if (/^\/unit\/?$/.test(pathname)) return { screen: 'unit' };
  if (/^\/outbox\/?$/.test(pathname)) return { screen: 'outbox' };
  if (/^\/audit\/?$/.test(pathname)) return { screen: 'audit' };
  return { screen: 'not-found' };
}

export const personPath = (id: string) => `/people/${encodeURIComponent(id)}`;
export const queuePath = (kind: OpportunityKind) => `/queue/${kind}`;

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
};

export function navigate(path: string): void {
  if (path === window.location.pathname + window.location.search) return;
  window.history.pushState(null, '', path);
  for (const l of listeners) l();
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}
