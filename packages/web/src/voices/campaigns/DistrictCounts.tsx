/**
 * One campaign's actions on the desk: the letters sent and who sent them, counted by district (most
 * letters first), and the two CSV exports: every letter with its supporter (personal data: the server
 * records each export in the audit log) and the counts by district. The downloads are plain links: the
 * session cookie goes with them.
 */
import { useEffect } from 'react';
import { useLoad } from '../useLoad.ts';
import type { CampaignActions } from './types.ts';

export function DistrictCounts({ campaignId, generation }: { campaignId: string; generation: number }) {
  const base = `/api/campaigns/${encodeURIComponent(campaignId)}/actions`;
  const { result, reload } = useLoad<CampaignActions>(base);
  useEffect(() => {
    if (generation > 0) void reload();
  }, [generation, reload]);

  return (
    <section aria-labelledby="cmp-actions-title" className="cmp-panel">
      <h3 id="cmp-actions-title">Letters by district</h3>
      {result.state === 'loading' && <p role="status">Loading the counts…</p>}
      {result.state === 'error' && (
        <p role="alert" className="error-text">
          {result.message}
        </p>
      )}
      {result.state === 'ready' && (
        <>
          <p role="status" className="cmp-counts">
            {result.data.letters.toLocaleString('en-US')} letter{result.data.letters === 1 ? '' : 's'} from{' '}
            {result.data.writers.toLocaleString('en-US')} supporter{result.data.writers === 1 ? '' : 's'};{' '}
            {result.data.supporters.toLocaleString('en-US')} confirmed supporter{result.data.supporters === 1 ? '' : 's'} in all.
          </p>
          {result.data.districts.length > 0 && (
            <div className="cmp-table-wrap">
              <table className="cmp-table">
                <caption>Letters sent, by district</caption>
                <thead>
                  <tr>
                    <th scope="col">District</th>
                    <th scope="col">State</th>
                    <th scope="col">Letters</th>
                    <th scope="col">Supporters</th>
                  </tr>
                </thead>
                <tbody>
                  {result.data.districts.map((d) => (
                    <tr key={`${d.state}-${d.chamber}-${d.district}`}>
                      <th scope="row">{d.districtName}</th>
                      <td>{d.state}</td>
                      <td>{d.letters.toLocaleString('en-US')}</td>
                      <td>{d.supporters.toLocaleString('en-US')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="cmp-actions">
            <a href={`${base}.csv`} download>
              Download every letter (CSV, with supporters’ names and emails)
            </a>
            <a href={`${base}.csv?view=districts`} download>
              Download the counts by district (CSV)
            </a>
          </p>
        </>
      )}
    </section>
  );
}
