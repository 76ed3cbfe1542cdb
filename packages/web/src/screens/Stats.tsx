/**
 * What an advocate sees: the agency's (or every agency's) counts from GET /api/stats, which carry no
 * names, ids or dates. People by jurisdiction, and each opportunity kind by status. Advocates read no
 * person's record, so the caseload, queue and person pages are not theirs.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Stats as StatsAnswer } from '../api/types.ts';
import { KIND_LABEL, isOpportunityKind } from '../presenters/kinds.ts';
import { usePageTitle } from '../usePageTitle.ts';
import { ScrollRegion } from './ScrollRegion.tsx';

const STATUSES = ['eligible', 'upcoming', 'ineligible'] as const;

export function Stats() {
  usePageTitle('Statistics');
  const [stats, setStats] = useState<StatsAnswer | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api<StatsAnswer>('/api/stats').then(setStats, (e: Error) => setError(e.message));
  }, []);
  const kinds = stats ? [...new Set(stats.opportunities.map((o) => o.kind))] : [];
  const count = (kind: string, status: string) => stats?.opportunities.find((o) => o.kind === kind && o.status === status)?.count ?? 0;

  return (
    <>
      <h1 tabIndex={-1}>Statistics</h1>
      <p className="meta">Counts only: no names, ids or dates leave the server for this view.</p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {!stats && !error && <p role="status">Loading the counts…</p>}
      {stats && (
        <>
          <section className="card" aria-labelledby="stats-people">
            <h2 id="stats-people">
              {stats.people} people, {stats.terms} terms of supervision
            </h2>
            <ScrollRegion label="Terms per jurisdiction (table)">
              <table className="plain">
                <thead>
                  <tr>
                    <th scope="col">Jurisdiction</th>
                    <th scope="col">Terms</th>
                  </tr>
                </thead>
                <tbody>
                  {stats.byJurisdiction.map((j) => (
                    <tr key={j.jurisdiction}>
                      <th scope="row">{j.jurisdiction}</th>
                      <td>{j.terms}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
          <section className="card" aria-labelledby="stats-opportunities">
            <h2 id="stats-opportunities">Opportunities the law offers, by standing</h2>
            <ScrollRegion label="Counts per standing (table)">
              <table className="plain">
                <thead>
                  <tr>
                    <th scope="col">Opportunity</th>
                    {STATUSES.map((s) => (
                      <th scope="col" key={s}>
                        {s}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {kinds.map((k) => (
                    <tr key={k}>
                      <th scope="row">{isOpportunityKind(k) ? KIND_LABEL[k] : k.replace(/_/g, ' ')}</th>
                      {STATUSES.map((s) => (
                        <td key={s}>{count(k, s)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
        </>
      )}
    </>
  );
}
