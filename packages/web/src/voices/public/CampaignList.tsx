/**
 * The live campaigns (/campaigns): each bill with its state, its summary's first paragraph, the headline
 * figure once the simulator has computed it, and how many supporters have confirmed.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-aria-components';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../usePageTitle.ts';
import { formatCount } from '../campaigns/format.ts';
import type { ListedCampaign } from '../campaigns/types.ts';
import { campaignPath } from '../routes.ts';

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; campaigns: ListedCampaign[] };

export function CampaignList() {
  usePageTitle('Campaigns');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    api<{ campaigns: ListedCampaign[] }>('/api/public/campaigns').then(
      (answer) => current && setLoaded({ state: 'ready', campaigns: answer.campaigns }),
      (e: Error) => current && setLoaded({ state: 'error', message: e.message }),
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <main id="main" tabIndex={-1} className="voices-main cmp-page">
      <h1 tabIndex={-1}>Campaigns</h1>
      <p>
        Bills that would change probation and parole, what each would do by the Pathways simulator’s numbers, and the stories of the people
        they affect. Sign up to write to your legislators.
      </p>
      {loaded.state === 'loading' && <p role="status">Loading the campaigns…</p>}
      {loaded.state === 'error' && (
        <p role="alert" className="error-text">
          The campaigns could not be loaded: {loaded.message}
        </p>
      )}
      {loaded.state === 'ready' &&
        (loaded.campaigns.length === 0 ? (
          <p>There are no live campaigns right now.</p>
        ) : (
          <ul className="cmp-list">
            {loaded.campaigns.map((c) => (
              <li key={c.id} className="cmp-card">
                <h2>
                  <Link href={campaignPath(c.id)}>{c.name}</Link>
                </h2>
                <p className="cmp-bill">
                  {c.bill} · {c.jurisdictionName}
                </p>
                <p>{c.summary.split(/\n{2,}/)[0]}</p>
                <p className="cmp-counts">
                  {c.exitsEarlier !== null && c.exitsEarlier > 0
                    ? `About ${formatCount(c.exitsEarlier)} more people would finish supervision early. `
                    : c.impactStatus === 'computing'
                      ? 'Its numbers are being computed. '
                      : ''}
                  {c.supporters.toLocaleString('en-US')} supporter{c.supporters === 1 ? '' : 's'}.
                </p>
              </li>
            ))}
          </ul>
        ))}
    </main>
  );
}
