/**
 * Legislators and districts on the desk: what is imported (legislators serving and retired, ZIP codes per
 * state), and the import of the two CSV files (examples/legislators/ shows the layout). The files are read
 * in the browser and sent together; if any row of either is wrong the server writes nothing and names each
 * problem's file, row and field, listed here.
 */
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, ApiError } from '../../api/client.ts';
import type { ImportReport, Roster } from './types.ts';
import { useLoad } from '../useLoad.ts';

interface Chosen {
  name: string;
  text: string;
}

async function read(event: ChangeEvent<HTMLInputElement>): Promise<Chosen | null> {
  const file = event.target.files?.[0];
  return file ? { name: file.name, text: await file.text() } : null;
}

function reportText(r: ImportReport): string {
  const parts: string[] = [];
  if (r.legislators)
    parts.push(
      `${r.legislators.read} legislators read: ${r.legislators.created} new, ${r.legislators.updated} updated, ${r.legislators.retired} retired`,
    );
  if (r.zipDistricts) parts.push(`${r.zipDistricts.written} ZIP-to-district rows for ${r.zipDistricts.states.join(', ')}`);
  return `Imported. ${parts.join('; ')}.`;
}

export function RosterImport() {
  const { result, reload } = useLoad<Roster>('/api/legislators');
  const [legislators, setLegislators] = useState<Chosen | null>(null);
  const [zips, setZips] = useState<Chosen | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setDone('');
    setProblems([]);
    try {
      const report = await api<ImportReport>('/api/legislators/import', {
        method: 'POST',
        body: {
          ...(legislators ? { legislators: legislators.text, legislatorsFileName: legislators.name } : {}),
          ...(zips ? { zipDistricts: zips.text, zipDistrictsFileName: zips.name } : {}),
        },
      });
      setDone(reportText(report));
      await reload();
    } catch (e) {
      if (e instanceof ApiError) setProblems([e.message, ...(e.problem.errors ?? []).map((p) => `${p.path}: ${p.message}`)]);
      else setProblems(['The server could not be reached. Check your connection and try again.']);
    } finally {
      setBusy(false);
    }
  }

  const serving = result.state === 'ready' ? result.data.legislators.filter((l) => l.active) : [];
  const states = [...new Set(serving.map((l) => l.state))].sort();

  return (
    <section aria-labelledby="cmp-roster-title" className="cmp-panel">
      <h2 id="cmp-roster-title">Legislators and districts</h2>
      {result.state === 'loading' && <p role="status">Loading the legislators…</p>}
      {result.state === 'error' && (
        <p role="alert" className="error-text">
          {result.message}
        </p>
      )}
      {result.state === 'ready' && (
        <p>
          {serving.length === 0
            ? 'No legislators are imported yet: supporters cannot write to anyone until they are.'
            : `${serving.length} serving legislators (${states.join(', ')}); ZIP codes: ${result.data.zipCodes.map((z) => `${z.zips} in ${z.state}`).join(', ') || 'none'}.`}
        </p>
      )}
      <Form onSubmit={submit} className="cmp-form" aria-label="Import legislators and districts">
        <p className="cmp-hint">
          Two CSV files with a header row: legislators (state, chamber, district, name, email, party) and ZIP codes to districts (zip,
          state, chamber, district; one row per ZIP and district). Each file replaces the roster of the states it names; importing again
          updates in place. See examples/legislators/ for a sample and where real data comes from.
        </p>
        <div className="cmp-field">
          <label htmlFor="cmp-legislators-file">Legislators CSV</label>
          <input id="cmp-legislators-file" type="file" accept=".csv,text/csv" onChange={async (e) => setLegislators(await read(e))} />
        </div>
        <div className="cmp-field">
          <label htmlFor="cmp-zips-file">ZIP-to-district CSV</label>
          <input id="cmp-zips-file" type="file" accept=".csv,text/csv" onChange={async (e) => setZips(await read(e))} />
        </div>
        <p role="status" className="cmp-status">
          {done}
        </p>
        <div role="alert" className="error-text">
          {problems.length > 0 && (
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
        <Button type="submit" className="primary" isDisabled={busy || (legislators === null && zips === null)}>
          {busy ? 'Importing…' : 'Import'}
        </Button>
      </Form>
    </section>
  );
}
