/**
 * The desk's Campaigns tab (campaign staff): every campaign, drafts included, with its status, whether its
 * numbers are ready, and its supporters and letters; one chosen to see its numbers (looked at again every
 * few seconds while they compute), ask for them again, read its letters by district and export them; a
 * form to create or edit one; and the legislators and districts import.
 */
import { useCallback, useEffect, useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../usePageTitle.ts';
import { CampaignEditor } from '../campaigns/CampaignEditor.tsx';
import { DistrictCounts } from '../campaigns/DistrictCounts.tsx';
import { ImpactFigures } from '../campaigns/ImpactFigures.tsx';
import { RosterImport } from '../campaigns/RosterImport.tsx';
import type { CampaignDefaults, DeskCampaign, ImpactStatus } from '../campaigns/types.ts';
import { errorText, useLoad } from '../useLoad.ts';
import { campaignPath } from '../routes.ts';

const POLL_MS = 3000;

const IMPACT_WORDS: Record<ImpactStatus, string> = {
  none: 'Not computed',
  computing: 'Computing…',
  ready: 'Ready',
  failed: 'Failed',
};

const STATUS_WORDS = { draft: 'Draft', live: 'Live', closed: 'Closed' } as const;

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; campaign: DeskCampaign };

export function CampaignsDesk() {
  usePageTitle('Campaigns desk');
  const { result, reload } = useLoad<{ campaigns: DeskCampaign[] }>('/api/campaigns');
  const defaults = useLoad<CampaignDefaults>('/api/campaign-reforms').result;
  const [chosen, setChosen] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [generation, setGeneration] = useState(0);
  const [message, setMessage] = useState('');

  const campaigns = result.state === 'ready' ? result.data.campaigns : [];
  const current = campaigns.find((c) => c.id === chosen) ?? campaigns[0] ?? null;
  const computing = campaigns.some((c) => c.impact.status === 'computing');

  useEffect(() => {
    if (!computing) return;
    const timer = window.setInterval(() => void reload(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [computing, reload]);

  const recompute = useCallback(
    async (c: DeskCampaign) => {
      setMessage('');
      try {
        await api(`/api/campaigns/${encodeURIComponent(c.id)}/impact`, { method: 'POST', body: {} });
        setMessage(`The numbers of “${c.name}” are being computed again.`);
        await reload();
      } catch (e) {
        setMessage(errorText(e));
      }
    },
    [reload],
  );

  return (
    <>
      <h1 tabIndex={-1}>Campaigns</h1>
      <p role="status" className="cmp-status">
        {message}
      </p>
      {result.state === 'loading' && <p role="status">Loading the campaigns…</p>}
      {result.state === 'error' && (
        <p role="alert" className="error-text">
          {result.message}
        </p>
      )}
      {editing.kind === 'none' && (
        <p>
          <Button className="primary" onPress={() => setEditing({ kind: 'new' })} isDisabled={defaults.state !== 'ready'}>
            New campaign
          </Button>
        </p>
      )}
      {editing.kind !== 'none' && defaults.state === 'ready' && (
        <CampaignEditor
          defaults={defaults.data}
          campaign={editing.kind === 'edit' ? editing.campaign : null}
          onSaved={(saved) => {
            setEditing({ kind: 'none' });
            setChosen(saved.id);
            setMessage(
              saved.impact.status === 'computing' ? `Saved. The numbers of “${saved.name}” are being computed.` : `Saved “${saved.name}”.`,
            );
            void reload();
          }}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
      {campaigns.length > 0 && (
        <div className="cmp-table-wrap">
          <table className="cmp-table">
            <caption>Every campaign, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                <th scope="col">Status</th>
                <th scope="col">Numbers</th>
                <th scope="col">Supporters</th>
                <th scope="col">Letters</th>
                <th scope="col">
                  <span className="cmp-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id} {...(current?.id === c.id ? { 'aria-current': 'true' as const } : {})}>
                  <th scope="row">
                    {c.name}
                    <span className="cmp-muted cmp-block">
                      {c.bill} · {c.jurisdictionName}
                    </span>
                  </th>
                  <td>{STATUS_WORDS[c.status]}</td>
                  <td>{IMPACT_WORDS[c.impact.status]}</td>
                  <td>{c.supporters.toLocaleString('en-US')}</td>
                  <td>{c.letters.toLocaleString('en-US')}</td>
                  <td className="cmp-row-actions">
                    <Button className="secondary" onPress={() => setChosen(c.id)} aria-label={`Show ${c.name}`}>
                      Show
                    </Button>
                    <Button className="secondary" onPress={() => setEditing({ kind: 'edit', campaign: c })} aria-label={`Edit ${c.name}`}>
                      Edit
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.state === 'ready' && campaigns.length === 0 && <p>No campaigns yet.</p>}
      {current && (
        <section aria-labelledby="cmp-current-title" className="cmp-panel">
          <h2 id="cmp-current-title">{current.name}</h2>
          <p>
            {current.status === 'draft' ? (
              'A draft: the public does not see it yet.'
            ) : (
              <Link href={campaignPath(current.id)}>Open its public page</Link>
            )}
          </p>
          <h3>Impact numbers</h3>
          {current.impact.status === 'computing' && (
            <p role="status" className="cmp-notice">
              Computing{current.impact.run?.people === null ? ' for the whole state (a minute or more)' : ''}…
            </p>
          )}
          {current.impact.status === 'failed' && (
            <p role="alert" className="error-text">
              The last run failed: {current.impact.error}
            </p>
          )}
          {current.impact.figures && <ImpactFigures impact={current.impact.figures} stateName={current.jurisdictionName} />}
          <p>
            <Button className="secondary" onPress={() => void recompute(current)} isDisabled={current.impact.status === 'computing'}>
              Compute the numbers again
            </Button>
          </p>
          <DistrictCounts campaignId={current.id} generation={generation} />
          <p>
            <Button className="secondary" onPress={() => setGeneration((g) => g + 1)}>
              Refresh the counts
            </Button>
          </p>
        </section>
      )}
      <RosterImport />
    </>
  );
}
