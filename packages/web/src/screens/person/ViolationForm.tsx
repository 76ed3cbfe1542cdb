/**
 * Record a violation (officer, supervisor). Choosing the term and date fetches the statutory limit for
 * this violation's number with its citations; a jail or prison sanction above it is refused by the server
 * (422), and the form then shows that limit and asks for an override reason, which is sent and audited.
 * After recording, the person is reloaded (the new evaluation and the next limit).
 *
 * A refusal is about the violation as it was sent: changing any field takes it off the screen. Days are
 * asked only for a sanction measured in days (not a warning, not "no sanction").
 */
import { useEffect, useState } from 'react';
import { Button, Checkbox, CheckboxGroup, FieldError, Form, Input, Label, TextArea, TextField } from 'react-aria-components';
import { api, ApiError } from '../../api/client.ts';
import type { SanctionLimit, SanctionLimitAnswer, Term, ViolationAnswer } from '../../api/types.ts';
import {
  limitText,
  RECORDED_STATUSES,
  overLimitRefusal,
  refusedLimit,
  SANCTION_TYPES,
  sanctionDaysError,
  sanctionTakesDays,
  VIOLATION_CATEGORIES,
  VIOLATION_KINDS,
  violationBody,
  violationDateError,
  words,
  type ViolationForm as Fields,
} from '../../presenters/violations.ts';
import { Announcer, type Outcome } from './Announcer.tsx';
import { Choice } from '../Choice.tsx';
import { refusal } from './refusal.ts';

const opts = (values: readonly string[]) => values.map((v) => ({ id: v, text: words(v) }));

export function ViolationForm({
  personId,
  terms,
  today,
  revision,
  onRecorded,
}: {
  personId: string;
  terms: Term[];
  today: string;
  /** Changes when the person is reloaded, so the limit is asked again. */
  revision: string;
  onRecorded: () => void;
}) {
  const [form, setForm] = useState<Fields>({
    termId: terms[0]?.id ?? '',
    date: today,
    category: 'technical',
    kinds: [],
    status: 'sustained',
    sanctionType: 'jail',
    sanctionDays: '',
    overrideReason: '',
  });
  const [limit, setLimit] = useState<SanctionLimitAnswer | null>(null);
  const [limitError, setLimitError] = useState('');
  const [refused, setRefused] = useState<SanctionLimit | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Fields>) => {
    setForm((f) => ({ ...f, ...patch }));
    // A changed violation is a new question: the refusal was about the one before.
    if (!('overrideReason' in patch)) setRefused(null);
    setOutcome((o) => (o?.kind === 'refused' ? null : o));
  };
  const base = `/api/people/${encodeURIComponent(personId)}`;
  const termStart = terms.find((t) => t.id === form.termId)?.startDate;
  // A date the server would refuse is said here, in the limit's place, rather than asked about.
  const dateError = form.date === '' ? null : violationDateError(form.date, today, termStart);

  useEffect(() => {
    setLimit(null);
    setLimitError('');
    if (!form.termId || !/^\d{4}-\d{2}-\d{2}$/.test(form.date) || dateError) return;
    let current = true;
    const query = new URLSearchParams({ date: form.date, category: form.category });
    api<SanctionLimitAnswer>(`${base}/terms/${encodeURIComponent(form.termId)}/sanction-limit?${query}`).then(
      (answer) => current && setLimit(answer),
      (e: Error) => current && setLimitError(e.message),
    );
    return () => {
      current = false;
    };
  }, [base, form.termId, form.date, form.category, revision, dateError]);

  async function submit() {
    const built = violationBody(form, today, termStart);
    if (!built.ok) {
      setOutcome({ kind: 'refused', lines: Object.values(built.errors) });
      return;
    }
    if (refused && !form.overrideReason.trim()) {
      setOutcome({ kind: 'refused', lines: ['Give the reason for going past the limit, or lower the sanction.'] });
      return;
    }
    setBusy(true);
    try {
      const answer = await api<ViolationAnswer>(`${base}/violations`, { method: 'POST', body: built.body });
      const lines = [`Violation recorded on ${answer.event.date}. ${answer.note}`];
      if (answer.overLimit) lines.push(`Recorded above the limit with the override reason: ${answer.event.sanctionOverride?.reason ?? ''}`);
      lines.push(`Next: ${limitText(answer.nextSanctionLimit)}`);
      setOutcome({ kind: 'done', lines });
      setRefused(null);
      setForm((f) => ({ ...f, kinds: [], sanctionDays: '', overrideReason: '' }));
      onRecorded();
    } catch (e) {
      const over = e instanceof ApiError && e.status === 422 ? refusedLimit(e.problem) : null;
      setRefused(over);
      const requested = e instanceof ApiError && typeof e.problem.requestedDays === 'number' ? e.problem.requestedDays : 0;
      setOutcome(over ? { kind: 'refused', lines: [overLimitRefusal(form.sanctionType, requested)] } : refusal(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="violation-title">
      <h2 id="violation-title">Record a violation</h2>
      <Form
        className="violation-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="form-grid">
          <Choice
            label="Term"
            value={form.termId}
            options={terms.map((t) => ({ id: t.id, text: `${t.id} (${t.jurisdiction})` }))}
            onChange={(termId) => set({ termId })}
          />
          <TextField isRequired value={form.date} onChange={(date) => set({ date })} className="field">
            <Label>Date of the violation</Label>
            <Input type="date" max={today} {...(termStart !== undefined ? { min: termStart } : {})} />
            <FieldError />
          </TextField>
          <Choice label="Category" value={form.category} options={opts(VIOLATION_CATEGORIES)} onChange={(category) => set({ category })} />
          <Choice label="Status" value={form.status} options={opts(RECORDED_STATUSES)} onChange={(status) => set({ status })} />
          <Choice
            label="Sanction type"
            value={form.sanctionType || 'none'}
            options={[{ id: 'none', text: 'no sanction' }, ...opts(SANCTION_TYPES)]}
            onChange={(t) => set({ sanctionType: t === 'none' ? '' : t })}
          />
          {sanctionTakesDays(form.sanctionType) && (
            <TextField
              value={form.sanctionDays}
              onChange={(sanctionDays) => set({ sanctionDays })}
              validate={sanctionDaysError}
              // Shown as it is typed and gone as soon as it is fixed: shown only on blur, the message would
              // vanish as the person reaches for the button and move the button out from under the click.
              validationBehavior="aria"
              className="field"
            >
              <Label>Sanction days</Label>
              <Input inputMode="numeric" />
              <FieldError />
            </TextField>
          )}
        </div>
        <CheckboxGroup value={form.kinds} onChange={(kinds) => set({ kinds })} className="kinds">
          <Label>Kinds (optional)</Label>
          <div className="kind-options">
            {VIOLATION_KINDS.map((k) => (
              <Checkbox key={k} value={k}>
                {words(k)}
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
        <div className="limit" aria-live="polite">
          {dateError ? (
            <p className="error-text">{dateError}</p>
          ) : limitError ? (
            <p className="error-text">{limitError}</p>
          ) : limit ? (
            <>
              <p>
                <strong>{limitText(limit.sanctionLimit)}</strong>
              </p>
              <p className="reasons">{limit.note}</p>
            </>
          ) : (
            form.termId && <p className="reasons">Looking up the limit…</p>
          )}
        </div>
        {refused && (
          <div className="override">
            <p>
              <strong>Refused: {limitText(refused)}</strong>
            </p>
            <TextField isRequired value={form.overrideReason} onChange={(overrideReason) => set({ overrideReason })} className="field">
              <Label>Reason for going above the limit (recorded on the violation and in the audit log)</Label>
              <TextArea rows={3} />
              <FieldError />
            </TextField>
          </div>
        )}
        <Announcer outcome={outcome} />
        <div className="button-row">
          <Button type="submit" className="react-aria-Button primary" isDisabled={busy}>
            {refused ? 'Record with override' : 'Record the violation'}
          </Button>
        </div>
      </Form>
    </section>
  );
}
