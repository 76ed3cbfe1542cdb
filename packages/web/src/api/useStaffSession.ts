/**
 * Who is signed in, for the pages staff sign in to (the workspace, the campaign desk): GET /api/session
 * (the session cookie is HttpOnly; adopt-current-session.ts) on mount and on `reload` after signing in;
 * `signOut` ends the session and drops the drafts the tab kept (api/drafts.ts).
 */
import { useCallback, useEffect, useState } from 'react';
import { api, onSessionLost, rememberCsrfToken } from './client.ts';
import { clearDrafts } from './drafts.ts';
import type { Me } from './types.ts';
import { adoptCurrentSession } from './adopt-current-session.ts';

export type StaffSession =
  | { state: 'loading' }
  /** `expired`: a session the page held ended (it timed out, or was signed out elsewhere). */
  | { state: 'signed-out'; expired?: boolean }
  | { state: 'signed-in'; me: Me }
  | { state: 'error'; message: string };

export function useStaffSession(): { session: StaffSession; reload: () => Promise<void>; signOut: () => Promise<void> } {
  const [session, setSession] = useState<StaffSession>({ state: 'loading' });
  const reload = useCallback(async () => {
    try {
      const me = await adoptCurrentSession();
      setSession(me === null ? { state: 'signed-out' } : { state: 'signed-in', me });
    } catch (e) {
      setSession({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => onSessionLost(() => setSession({ state: 'signed-out', expired: true })), []);
  const signOut = useCallback(async () => {
    try {
      await api('/api/session', { method: 'DELETE' });
    } finally {
      rememberCsrfToken(null);
      clearDrafts();
      setSession({ state: 'signed-out' });
    }
  }, []);
  return { session, reload, signOut };
}
