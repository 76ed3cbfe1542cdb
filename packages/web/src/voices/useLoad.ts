/**
 * Loads one API path for a desk panel (campaigns, councils and events): loading, the data, or the error's words. `reload` fetches again
 * after a change without blanking what is on screen. A null path loads nothing (no panel chosen yet).
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api/client.ts';

export type Loaded<T> = { state: 'idle' } | { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

/** What went wrong, in words a member of staff can act on. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'Your session has ended. Reload the page to sign in again.';
    return error.message;
  }
  return 'The server could not be reached. Check your connection and try again.';
}

export function useLoad<T>(path: string | null): { result: Loaded<T>; reload: () => Promise<void> } {
  const [result, setResult] = useState<Loaded<T>>(path === null ? { state: 'idle' } : { state: 'loading' });

  const load = useCallback(async () => {
    if (path === null) return;
    try {
      setResult({ state: 'ready', data: await api<T>(path) });
    } catch (error) {
      setResult({ state: 'error', message: errorText(error) });
    }
  }, [path]);

  useEffect(() => {
    setResult(path === null ? { state: 'idle' } : { state: 'loading' });
    void load();
  }, [load, path]);

  return { result, reload: load };
}

/**
 * A desk panel's changes: `change(work)` runs one (a POST or PUT that answers what to say), shows its words
 * or its error, and then `after` (reload what changed); `busy` while it runs, to disable the buttons.
 */
export function useChange(after: () => Promise<void>): {
  status: string;
  error: string;
  busy: boolean;
  change: (work: () => Promise<string>) => Promise<void>;
} {
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  async function change(work: () => Promise<string>) {
    setBusy(true);
    setError('');
    setStatus('');
    try {
      setStatus(await work());
      await after();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }
  return { status, error, busy, change };
}
