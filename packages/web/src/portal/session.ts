/**
 * The signed-in person, handed to every screen: who they are (GET /api/session) and what to do when the
 * server says the session has ended (a 401 on any call), which is to show sign-in again.
 */
import { createContext, useContext } from 'react';
import type { Me } from '../api/types.ts';

export interface PortalSession {
  me: Me;
  /** The person's time zone from their profile (GET /api/portal/preferences); null when none is on file. */
  timeZone: string | null;
  sessionEnded: () => void;
}

export const SessionContext = createContext<PortalSession | null>(null);

export function useSession(): PortalSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in portal');
  return session;
}
