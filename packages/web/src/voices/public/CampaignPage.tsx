/**
 * A campaign's page (/campaigns/<id>): the bill and what it is about; what it would change by the
 * simulator's numbers, with their ranges and how they were computed (or that they are being computed:
 * the page looks again every few seconds until they are there); the stories of people it affects; its
 * events; and "support this bill": the sign-up form, or, for a supporter who confirmed their address on
 * this browser, the letters to their legislators.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-aria-components';
import { api, ApiError } from '../../api/client.ts';
import { usePageTitle } from '../../usePageTitle.ts';
import { ImpactFigures } from '../campaigns/ImpactFigures.tsx';
import { LetterForm } from '../campaigns/LetterForm.tsx';
import { SignUpForm } from '../campaigns/SignUpForm.tsx';
import type { PublicCampaign, Supporter, SupporterView } from '../campaigns/types.ts';
import { postPublicForm } from '../public-form.ts';
import { CampaignEvents } from './CampaignEvents.tsx';
import { CampaignStories } from './CampaignStories.tsx';

/** How often a page whose numbers are being computed looks again. */
const POLL_MS = 4000;

type Loaded =
  { state: 'loading' } | { state: 'missing' } | { state: 'error'; message: string } | { state: 'ready'; campaign: PublicCampaign };

export function CampaignPage({ campaignId }: { campaignId: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [view, setView] = useState<SupporterView | null>(null);
  const base = `/api/public/campaigns/${encodeURIComponent(campaignId)}`;
  usePageTitle(loaded.state === 'ready' ? loaded.campaign.name : 'Campaign');

  const loadCampaign = useCallback(async () => {
    try {
      setLoaded({ state: 'ready', campaign: await api<PublicCampaign>(base) });
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) setLoaded({ state: 'missing' });
      else setLoaded({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }, [base]);

  const loadSupporter = useCallback(async () => {
    try {
      setView(await api<SupporterView>(`${base}/supporter`));
    } catch {
      setView({ supporter: null, recipients: null });
    }
  }, [base]);

  useEffect(() => {
    setLoaded({ state: 'loading' });
    void loadCampaign();
    void loadSupporter();
  }, [loadCampaign, loadSupporter]);

  const computing = loaded.state === 'ready' && loaded.campaign.impact.status === 'computing';
  useEffect(() => {
    if (!computing) return;
    const timer = window.setInterval(() => void loadCampaign(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [computing, loadCampaign]);

  async function signOut() {
    await postPublicForm('/api/public/supporter/sign-out', {}).catch(() => undefined);
    await loadSupporter();
  }

  if (loaded.state !== 'ready') {
    return (
      <main id="main" tabIndex={-1} className="voices-main">
        {loaded.state === 'loading' && <p role="status">Loading the campaign…</p>}
        {loaded.state === 'missing' && (
          <>
            <h1>Campaign not found</h1>
            <p>
              There is no public campaign at this address. <Link href="/campaigns">See the campaigns</Link>.
            </p>
          </>
        )}
        {loaded.state === 'error' && (
          <>
            <h1>Campaign</h1>
            <p role="alert" className="error-text">
              The campaign could not be loaded: {loaded.message}
            </p>
          </>
        )}
      </main>
    );
  }

  const c = loaded.campaign;
  const impact = c.impact;
  return (
    <main id="main" tabIndex={-1} className="voices-main cmp-page">
      <p className="cmp-crumbs">
        <Link href="/campaigns">All campaigns</Link>
      </p>
      <h1 tabIndex={-1}>{c.name}</h1>
      <p className="cmp-bill">
        {c.bill} · {c.jurisdictionName}
        {c.status === 'closed' && ' · closed'}
      </p>
      {c.summary.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      <p className="cmp-counts">
        {c.supporters.toLocaleString('en-US')} supporter{c.supporters === 1 ? '' : 's'} · {c.letters.toLocaleString('en-US')} letter
        {c.letters === 1 ? '' : 's'} to legislators
      </p>

      <section aria-labelledby="cmp-impact-title" className="cmp-impact">
        <h2 id="cmp-impact-title">What the bill would change in {c.jurisdictionName}</h2>
        {impact.figures !== null ? (
          <>
            {impact.status === 'computing' && (
              <p role="status" className="cmp-notice">
                New numbers are being computed; these are the last ones.
              </p>
            )}
            <ImpactFigures impact={impact.figures} stateName={c.jurisdictionName} />
          </>
        ) : impact.status === 'computing' ? (
          <p role="status" className="cmp-notice">
            The simulator is computing this bill’s numbers. They will appear here when they are ready.
          </p>
        ) : (
          <p className="cmp-notice">The simulator’s numbers for this bill are not available yet.</p>
        )}
      </section>

      <CampaignStories campaignId={c.id} />
      <CampaignEvents campaignId={c.id} />

      <section aria-labelledby="cmp-support-title" className="cmp-support" id="write">
        <h2 id="cmp-support-title">{view?.supporter ? 'Write to your legislators' : 'Support this bill'}</h2>
        {view === null ? (
          <p role="status">Loading…</p>
        ) : view.supporter ? (
          <LetterForm
            campaignId={c.id}
            view={view as SupporterView & { supporter: Supporter }}
            closed={c.status === 'closed'}
            onChanged={() => {
              void loadSupporter();
              void loadCampaign();
            }}
            onSignOut={signOut}
          />
        ) : c.status === 'closed' ? (
          <p>This campaign is closed: it takes no new supporters.</p>
        ) : (
          <>
            <p>
              Sign up to write to your state legislators about {c.bill}. Your letter will carry the numbers above and, if you like, your own
              words.
            </p>
            <SignUpForm campaignId={c.id} consentText={c.consentText} />
          </>
        )}
      </section>
    </main>
  );
}
