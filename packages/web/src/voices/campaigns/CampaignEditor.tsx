/**
 * The desk's form for one campaign, new or existing: its address (new only), name, bill, the reform file
 * the numbers come from (one of the shipped files; the jurisdiction is the file's), summary, the letter
 * template with its placeholders, status, and the simulation's size. The whole state is the default and
 * the most precise, and takes a minute or more; a quick sample of 3,000 people is scaled to the state and
 * says so on the page. Creating, changing the reform file, or asking for another size computes the numbers
 * again in the background. The server's field errors are shown under the form.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Form, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, type Key } from 'react-aria-components';
import { api, ApiError } from '../../api/client.ts';
import { CampaignRadios, CampaignTextField } from './CampaignFields.tsx';
import type { CampaignDefaults, DeskCampaign, ImpactRun } from './types.ts';

/** The quick sample's size (a few seconds), scaled to the state on the page. */
const SAMPLE_PEOPLE = 3000;

type RunChoice = 'unchanged' | 'state' | 'sample';

const STATUS_OPTIONS = [
  { id: 'draft', text: 'Draft (only the desk sees it)' },
  { id: 'live', text: 'Live (public)' },
  { id: 'closed', text: 'Closed (public, no new supporters or letters)' },
];

function runFor(choice: RunChoice, defaults: ImpactRun): Partial<ImpactRun> | undefined {
  if (choice === 'state') return { ...defaults, people: null };
  if (choice === 'sample') return { ...defaults, people: SAMPLE_PEOPLE, replications: 3 };
  return undefined;
}

function problemText(error: unknown): string[] {
  if (error instanceof ApiError) {
    const fields = (error.problem.errors ?? []).map((e) => `${e.path.replace(/^body\./, '')}: ${e.message}`);
    return [error.message, ...fields];
  }
  return ['The server could not be reached. Check your connection and try again.'];
}

export function CampaignEditor({
  defaults,
  campaign,
  onSaved,
  onCancel,
}: {
  defaults: CampaignDefaults;
  campaign: DeskCampaign | null;
  onSaved: (saved: DeskCampaign) => void;
  onCancel: () => void;
}) {
  const [id, setId] = useState(campaign?.id ?? '');
  const [name, setName] = useState(campaign?.name ?? '');
  const [bill, setBill] = useState(campaign?.bill ?? '');
  const [reformFile, setReformFile] = useState(campaign?.reformFile ?? defaults.reforms[0]?.file ?? '');
  const [summary, setSummary] = useState(campaign?.summary ?? '');
  const [template, setTemplate] = useState(campaign?.letterTemplate ?? defaults.defaultTemplate);
  const [status, setStatus] = useState<string>(campaign?.status ?? 'draft');
  const [run, setRun] = useState<RunChoice>(campaign ? 'unchanged' : 'state');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const reform = useMemo(() => defaults.reforms.find((r) => r.file === reformFile), [defaults.reforms, reformFile]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblems([]);
    const impactRun = runFor(run, defaults.defaultRun);
    const fields = {
      name: name.trim(),
      bill: bill.trim(),
      reformFile,
      summary,
      letterTemplate: template,
      status,
      ...(impactRun ? { impactRun } : {}),
    };
    try {
      const saved = campaign
        ? await api<DeskCampaign>(`/api/campaigns/${encodeURIComponent(campaign.id)}`, { method: 'PUT', body: fields })
        : await api<DeskCampaign>('/api/campaigns', { method: 'POST', body: { id: id.trim(), ...fields } });
      onSaved(saved);
    } catch (e) {
      setProblems(problemText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form onSubmit={save} className="cmp-form cmp-editor" aria-labelledby="cmp-editor-title">
      <h2 id="cmp-editor-title" tabIndex={-1}>
        {campaign ? `Edit “${campaign.name}”` : 'New campaign'}
      </h2>
      {!campaign && (
        <CampaignTextField
          label="Address"
          value={id}
          onChange={setId}
          isRequired
          maxLength={80}
          hint="The page’s address, /campaigns/<this>: lowercase letters, digits and hyphens, e.g. mo-earned-compliance. It cannot change later."
        />
      )}
      <CampaignTextField label="Name" value={name} onChange={setName} isRequired maxLength={200} />
      <CampaignTextField
        label="Bill"
        value={bill}
        onChange={setBill}
        isRequired
        maxLength={200}
        hint="As the legislature names it, e.g. HB 1234 (2027)."
      />
      <Select
        selectedKey={reformFile}
        onSelectionChange={(key: Key | null) => setReformFile(String(key ?? ''))}
        className="cmp-field"
        isRequired
      >
        <Label>Reform file (the simulator’s bill)</Label>
        <Button className="select-button">
          <SelectValue />
          <span aria-hidden="true"> ▾</span>
        </Button>
        <Popover className="select-popover">
          <ListBox className="select-listbox">
            {defaults.reforms.map((r) => (
              <ListBoxItem key={r.file} id={r.file} className="select-option" textValue={`${r.name} (${r.file})`}>
                {r.name} ({r.file})
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
      </Select>
      {reform && (
        <p className="cmp-hint">
          {reform.jurisdiction}: {reform.citations.join('; ')}
        </p>
      )}
      <CampaignTextField
        label="Summary"
        value={summary}
        onChange={setSummary}
        rows={5}
        maxLength={5000}
        hint="Shown on the campaign’s page. A blank line starts a new paragraph."
      />
      <CampaignTextField
        label="Letter template"
        value={template}
        onChange={setTemplate}
        rows={12}
        maxLength={5000}
        hint={`Placeholders: ${defaults.placeholders.map((p) => `{{${p}}}`).join(', ')}. {{impact}} is a paragraph of the simulator’s numbers; {{own_words}} is what the supporter writes.`}
      />
      <CampaignRadios label="Status" value={status} onChange={setStatus} options={STATUS_OPTIONS} />
      <CampaignRadios
        label="Simulation"
        value={run}
        onChange={(v) => setRun(v as RunChoice)}
        options={[
          ...(campaign ? [{ id: 'unchanged', text: 'Keep the current numbers (they are computed again if the reform file changes)' }] : []),
          { id: 'state', text: 'The state’s whole supervised population (most precise; a minute or more)' },
          { id: 'sample', text: `A quick sample of ${SAMPLE_PEOPLE.toLocaleString('en-US')} people, scaled to the state (seconds)` },
        ]}
      />
      <div role="alert" className="error-text">
        {problems.length > 0 && (
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="cmp-actions">
        <Button type="submit" className="primary" isDisabled={busy}>
          {busy ? 'Saving…' : campaign ? 'Save changes' : 'Create campaign'}
        </Button>
        <Button className="secondary" onPress={onCancel} isDisabled={busy}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
