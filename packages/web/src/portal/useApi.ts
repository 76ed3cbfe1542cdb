/**
 * Loads one API path for a screen: loading, the data, or the error (shown in plain words by <Problem>).
 * A 401 means the session ended while the screen was open: the portal goes back to sign-in. `reload`
 * fetches again (after sending a message, say) without blanking what is on screen.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api/client.ts';
import { useSession } from './session.ts';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; data: T };

export function useApi<T>(path: string): { result: Loaded<T>; reload: () => Promise<void> } {
  const { sessionEnded } = useSession();
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });

  const load = useCallback(async () => {
    try {
      setResult({ state: 'ready', data: await api<T>(path) });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) sessionEnded();
      else setResult({ state: 'error', error });
    }
  }, [path, sessionEnded]);

  useEffect(() => {
    setResult({ state: 'loading' });
    void load();
  }, [load]);

  return { result, reload: load };
}
