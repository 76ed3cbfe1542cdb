/**
 * Everyone in the caller's scope, as caseload summaries: GET /api/people page after page (200 a page)
 * until the total is reached. The queue and the unit view need the whole scope, not the caseload's first
 * page; the summaries carry no reasons or citations, so no person's full record is read here.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { PeoplePage, PersonSummary } from '../api/types.ts';

const PAGE = 200;

export type ScopePeople =
  { state: 'loading'; loaded: number } | { state: 'error'; message: string } | { state: 'ready'; people: PersonSummary[] };

export function useScopePeople(): ScopePeople {
  const [result, setResult] = useState<ScopePeople>({ state: 'loading', loaded: 0 });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const people: PersonSummary[] = [];
      try {
        for (let offset = 0; ; offset += PAGE) {
          const page = await api<PeoplePage>(`/api/people?limit=${PAGE}&offset=${offset}`);
          if (cancelled) return;
          people.push(...page.people);
          // An empty page ends the loop too, should the total shrink while paging.
          if (page.people.length === 0 || people.length >= page.total) break;
          setResult({ state: 'loading', loaded: people.length });
        }
        if (!cancelled) setResult({ state: 'ready', people });
      } catch (e) {
        if (!cancelled) setResult({ state: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  return result;
}
