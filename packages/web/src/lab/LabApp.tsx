/**
 * The policy lab: choose a state and a starting point, edit the reform in a form generated from the
 * law's parameters, set costs and the run's size, run it on a pool of Web Workers with progress (showing
 * the replications done so far as they finish), and read the results; keep up to three runs to compare, share the form as a link, and download a one-page brief.
 * The form's state is in the address at all times (`?s=`), so the address is the share link.
 */
import { JURISDICTIONS } from '@pathways/law';
import {
  calibrationFor,
  CALIBRATED_JURISDICTIONS,
  COST_KINDS,
  parseReformFile,
  ReformFileError,
  formatFieldPath,
  type CostKind,
} from '@pathways/sim/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Input, Label, NumberField, ProgressBar, TextField } from 'react-aria-components';
import { CheckedField } from './CheckedField.tsx';
import { CompareRuns } from './CompareRuns.tsx';
import { formatNumber, parseStart, parseWhole, RUN_LIMITS } from './presenters/field-input.ts';
import { briefInput } from './presenters/brief.ts';
import {
  defaultRun,
  defaultState,
  shareUrl,
  stateFromSearch,
  type LabRunSize,
  type LabState,
  type OverrideValue,
} from './presenters/lab-state.ts';
import { differs, parameterFields, startingLaw } from './presenters/parameter-fields.ts';
import { labSpec } from './presenters/reform-spec.ts';
import type { LabResult } from './presenters/results.ts';
import { billByFile, billsFor } from './presenters/shipped-bills.ts';
import { ReformForm } from './ReformForm.tsx';
import { RunResults } from './RunResults.tsx';
import { startPoolRun } from './run-pool.ts';

export interface FinishedRun {
  id: number;
  label: string;
  state: LabState;
  result: LabResult;
}

/** The brief's PDF code (pdf-lib and a font) loads only when a brief is asked for. */
const loadBrief = () => import('./brief/impact-brief.ts');

const MAX_RUNS = 3;
const today = () => new Date().toISOString().slice(0, 10);
const jurisdictionName = (code: string) => JURISDICTIONS.get(code)?.name ?? code;
const JURISDICTION_CODES = CALIBRATED_JURISDICTIONS.filter((c) => JURISDICTIONS.has(c));
const COST_LABELS: Record<CostKind, string> = {
  prison: 'Prison, a day (US$)',
  jail: 'Jail, a day (US$)',
  probation: 'Probation, a day (US$)',
  parole: 'Parole, a day (US$)',
};

/** The run's whole-number fields, each checked against its range in RUN_LIMITS. */
const WHOLE_RUN_FIELDS: { key: keyof typeof RUN_LIMITS; label: string; format: (n: number) => string }[] = [
  { key: 'months', label: 'Months', format: formatNumber },
  { key: 'people', label: 'People on supervision on the first day', format: formatNumber },
  { key: 'replications', label: 'Replications', format: formatNumber },
  { key: 'seed', label: 'Seed', format: String },
];

function initialState(): LabState {
  return stateFromSearch(window.location.search) ?? defaultState('US-MO', 'us-mo-ecc-2012.yaml', today());
}

/** Whether the address came with a share link (`?s=`) that could not be read: cut short in a message, or edited. */
function unreadableShareLink(): boolean {
  return new URLSearchParams(window.location.search).has('s') && stateFromSearch(window.location.search) === null;
}

type RunStatus =
  | { kind: 'idle' }
  /** `partial`: the result of the replications done so far, while the rest run. */
  | { kind: 'running'; done: number; total: number; partial: { result: LabResult; replications: number; of: number } | null }
  | { kind: 'error'; message: string; issues: string[] };

export function LabApp() {
  const [state, setState] = useState<LabState>(initialState);
  // Read once, before the address is replaced by the form's own link: the defaults would otherwise pass for what was shared.
  const [brokenLink] = useState(unreadableShareLink);
  const [status, setStatus] = useState<RunStatus>({ kind: 'idle' });
  const [runs, setRuns] = useState<FinishedRun[]>([]);
  const [shown, setShown] = useState<number | null>(null);
  const [briefError, setBriefError] = useState<string | null>(null);
  const stopRun = useRef<(() => void) | null>(null);
  const nextId = useRef(1);

  useEffect(() => {
    window.history.replaceState(null, '', shareUrl(window.location, state));
  }, [state]);
  useEffect(() => () => stopRun.current?.(), []);

  const fields = useMemo(
    () => parameterFields(startingLaw(state.jurisdiction, state.bill), state.run.start),
    [state.jurisdiction, state.bill, state.run.start],
  );
  const calibration = calibrationFor(state.jurisdiction);
  const bills = billsFor(state.jurisdiction);
  const bill = billByFile(state.bill);
  const result = runs.find((r) => r.id === shown) ?? runs.at(-1);

  const choose = (jurisdiction: string, file: string | null) =>
    setState((s) => ({ ...defaultState(jurisdiction, file, today()), costs: jurisdiction === s.jurisdiction ? s.costs : {} }));

  const setOverride = (id: string, value: OverrideValue | undefined) =>
    setState((s) => {
      const overrides = { ...s.overrides };
      const field = fields.find((f) => f.id === id);
      if (value === undefined || (field !== undefined && !differs(value, field.current))) delete overrides[id];
      else overrides[id] = value;
      return { ...s, overrides };
    });

  const setCost = (kind: CostKind, usd: number) =>
    setState((s) => {
      const costs = { ...s.costs };
      if (Number.isNaN(usd) || usd === calibration.costPerDay[kind].value) delete costs[kind];
      else costs[kind] = usd;
      return { ...s, costs };
    });

  const setRun = (patch: Partial<LabRunSize>) => setState((s) => ({ ...s, run: { ...s.run, ...patch } }));

  /** The fields whose typed text does not pass (by field id); the run waits until they are put right. */
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const validity = (id: string) => (ok: boolean) =>
    setInvalid((set) => {
      if (ok !== set.has(id)) return set;
      const next = new Set(set);
      if (ok) next.delete(id);
      else next.add(id);
      return next;
    });

  const cancel = () => {
    stopRun.current?.();
    stopRun.current = null;
    setStatus({ kind: 'idle' });
  };

  const run = () => {
    if (invalid.size > 0) {
      setStatus({ kind: 'error', message: 'Put right the fields marked above first; their messages say what they take.', issues: [] });
      return;
    }
    const spec = labSpec(state);
    // Checked here first, so a problem is said at once rather than after the worker starts.
    try {
      parseReformFile(spec.reform.text, spec.reform.file);
    } catch (error) {
      if (error instanceof ReformFileError) {
        setStatus({
          kind: 'error',
          message: 'The reform cannot be run as it stands:',
          issues: error.issues.map((i) => `${formatFieldPath(i.path)}: ${i.message}`),
        });
        return;
      }
      throw error;
    }
    stopRun.current?.();
    const id = nextId.current++;
    const ran = state;
    setStatus({ kind: 'running', done: 0, total: 1, partial: null });
    stopRun.current = startPoolRun(spec, {
      onProgress: (done, total) =>
        setStatus((st) => ({ kind: 'running', done, total, partial: st.kind === 'running' ? st.partial : null })),
      onPartial: (result, replications) =>
        setStatus((st) => (st.kind === 'running' ? { ...st, partial: { result, replications, of: spec.replications } } : st)),
      onError: (message, issues) => setStatus({ kind: 'error', message, issues }),
      onDone: (result) => {
        const edits = Object.keys(ran.overrides).length;
        const label = `${billByFile(ran.bill)?.name ?? `Current law (${jurisdictionName(ran.jurisdiction)})`}${edits > 0 ? `, ${edits} edit${edits === 1 ? '' : 's'}` : ''}`;
        setRuns((rs) => [...rs, { id, label, state: ran, result }].slice(-MAX_RUNS));
        setShown(id);
        setStatus({ kind: 'idle' });
      },
    });
  };

  const downloadBrief = async (r: FinishedRun) => {
    setBriefError(null);
    try {
      const { impactBrief } = await loadBrief();
      const bytes = await impactBrief(briefInput(r.result, jurisdictionName(r.state.jurisdiction), today()));
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `impact-brief-${r.state.jurisdiction.toLowerCase()}-run-${r.id}.pdf`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setBriefError(`The brief could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const link = shareUrl(window.location, state);

  return (
    <>
      <header className="lab-header">
        <p className="brand">Pathways</p>
        <h1>Policy lab</h1>
        <p>
          Build a probation or parole reform, run it on a synthetic population of a state, and read what it would do. Everything runs in
          your browser; nothing you enter is sent anywhere.
        </p>
      </header>
      <main className="lab-main">
        {brokenLink && (
          <p role="alert" className="error">
            This share link could not be read: it may have been cut short when it was copied. The lab opened with its defaults instead; ask
            for the link again to see the run that was shared.
          </p>
        )}
        <section aria-labelledby="start-heading" className="card">
          <h2 id="start-heading">1. Where and from what</h2>
          <div className="row">
            <div className="field">
              <label htmlFor="jurisdiction">Jurisdiction</label>
              <select
                id="jurisdiction"
                value={state.jurisdiction}
                onChange={(e) => choose(e.target.value, billsFor(e.target.value)[0]?.file ?? null)}
              >
                {JURISDICTION_CODES.map((c) => (
                  <option key={c} value={c}>
                    {jurisdictionName(c)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="starting-point">Start from</label>
              <select id="starting-point" value={state.bill ?? ''} onChange={(e) => choose(state.jurisdiction, e.target.value || null)}>
                <option value="">Current law (no bill: baseline and reform are the law in force)</option>
                {bills.map((b) => (
                  <option key={b.file} value={b.file}>
                    {b.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {bill?.description ? <p className="hint">{bill.description}</p> : null}
          {bill ? (
            <p className="hint">
              Cites: {bill.citations.join('; ')}. File: <code>reforms/{bill.file}</code>
            </p>
          ) : null}
        </section>

        <section aria-labelledby="reform-heading" className="card">
          <h2 id="reform-heading">2. The reform</h2>
          <p className="hint">
            Every number of {jurisdictionName(state.jurisdiction)}’s law the engine reads, with the value in force on {state.run.start}{' '}
            under the starting point. A change applies from the run’s first month.{' '}
            {Object.keys(state.overrides).length > 0 ? `${Object.keys(state.overrides).length} changed.` : 'None changed yet.'}
          </p>
          <ReformForm fields={fields} overrides={state.overrides} onChange={setOverride} onValidity={validity} />
        </section>

        <section aria-labelledby="run-heading" className="card">
          <h2 id="run-heading">3. Costs and the run</h2>
          <div className="row">
            {COST_KINDS.map((kind) => (
              <NumberField
                key={kind}
                className="field"
                minValue={0}
                value={state.costs[kind] ?? calibration.costPerDay[kind].value}
                onChange={(v) => setCost(kind, v)}
                formatOptions={{ maximumFractionDigits: 2 }}
              >
                <Label>{COST_LABELS[kind]}</Label>
                <Input />
              </NumberField>
            ))}
          </div>
          <p className="hint">
            Defaults: {calibration.name}’s figures ({calibration.costPerDay.prison.source}).
          </p>
          <div className="row">
            <CheckedField
              label="First month (YYYY-MM-01)"
              value={state.run.start}
              parse={parseStart}
              format={(v) => v}
              onCommit={(start) => setRun({ start })}
              onValidity={validity('start')}
            />
            {WHOLE_RUN_FIELDS.map(({ key, label, format }) => (
              <CheckedField
                key={key}
                label={label}
                inputMode="numeric"
                value={state.run[key]}
                parse={(t) => parseWhole(t, RUN_LIMITS[key])}
                format={format}
                onCommit={(value) => setRun({ [key]: value })}
                onValidity={validity(key)}
              />
            ))}
          </div>
          <p className="hint">
            The defaults are those of <code>pathways simulate</code>: {calibration.name}’s count of people on supervision, five years, ten
            replications, seed 1.{' '}
            <Button className="link-button" onPress={() => setRun(defaultRun(state.jurisdiction, state.bill, today()))}>
              Restore the defaults
            </Button>
          </p>
          <div className="actions">
            <Button className="primary" onPress={run} isDisabled={status.kind === 'running'}>
              Run the simulation
            </Button>
            {status.kind === 'running' ? (
              <Button className="secondary" onPress={cancel}>
                Cancel the run
              </Button>
            ) : null}
          </div>
          <div aria-live="polite">
            {status.kind === 'running' ? (
              <ProgressBar className="progress" value={status.done} maxValue={status.total} aria-label="Simulating">
                {({ percentage, valueText }) => (
                  <>
                    <span>Simulating… {valueText}</span>
                    <span className="progress-track">
                      <progress max={100} value={percentage ?? 0} aria-hidden="true" />
                    </span>
                  </>
                )}
              </ProgressBar>
            ) : null}
          </div>
          {status.kind === 'error' ? (
            <div role="alert" className="error">
              <p>{status.message}</p>
              {status.issues.length > 0 ? (
                <ul>
                  {status.issues.map((i) => (
                    <li key={i}>{i}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          <TextField className="field share" value={link} isReadOnly>
            <Label>Share link (opens this form as it is now)</Label>
            <Input />
          </TextField>
          <Button className="secondary" onPress={() => void navigator.clipboard?.writeText(link)}>
            Copy the share link
          </Button>
        </section>

        {status.kind === 'running' && status.partial !== null ? (
          <section aria-labelledby="provisional-heading" className="card results provisional">
            <h2 id="provisional-heading">
              Provisional results: {status.partial.replications} of {status.partial.of} replications done
            </h2>
            <p>
              The first replications, as they finish; the ranges fill in, and the figures settle, as the rest run. The final results replace
              these.
            </p>
            <RunResults result={status.partial.result} provisional />
          </section>
        ) : null}

        {result ? (
          <section aria-labelledby="results-heading" className="card results" data-run={result.id}>
            <h2 id="results-heading">
              Results of run {result.id}: {result.result.reform.name}
            </h2>
            <p role="status">
              {jurisdictionName(result.state.jurisdiction)}, {result.result.spec.start} for {result.result.spec.months} months; finished in{' '}
              {result.result.seconds.toFixed(1)} s.
            </p>
            <div className="actions">
              <Button className="secondary" onPress={() => void downloadBrief(result)}>
                Download the impact brief (PDF)
              </Button>
              {runs.length > 1
                ? runs.map((r) =>
                    r.id === result.id ? null : (
                      <Button key={r.id} className="link-button" onPress={() => setShown(r.id)}>
                        Show run {r.id}
                      </Button>
                    ),
                  )
                : null}
            </div>
            {briefError ? (
              <p role="alert" className="error">
                {briefError}
              </p>
            ) : null}
            <RunResults result={result.result} />
          </section>
        ) : null}

        <CompareRuns runs={runs} onRemove={(id) => setRuns((rs) => rs.filter((r) => r.id !== id))} jurisdictionName={jurisdictionName} />
      </main>
    </>
  );
}
