/**
 * One opportunity's latest action and the controls for the next: mark submitted or granted at once,
 * deny with a reason or snooze until a later date in a dialog, and (a supervisor, on a denial) uphold or
 * reopen it. Which controls show follows the role and the state (presenters/actions.ts).
 */
import { addDays, formatIsoDate, parseIsoDate } from '@pathways/law';
import { MAX_SNOOZE_DAYS } from '@pathways/server/input-limits';
import { useState } from 'react';
import { Button, FieldError, Input, Label, TextArea, TextField } from 'react-aria-components';
import { api } from '../../api/client.ts';
import type { OpportunityAction } from '../../api/types.ts';
import { actionBody, actionText, nextSteps, type ActionStatus } from '../../presenters/actions.ts';
import type { Capabilities } from '../../presenters/roles.ts';
import { Announcer, type Outcome } from './Announcer.tsx';
import { FormDialog } from './FormDialog.tsx';
import { refusal } from './refusal.ts';

const words = (s: string) => s.replace(/_/g, ' ');

export function OpportunityActions({
  personId,
  termId,
  kind,
  action,
  can,
  today,
  onChanged,
}: {
  personId: string;
  termId: string;
  kind: string;
  action: OpportunityAction | undefined;
  can: Capabilities;
  today: string;
  onChanged: () => void;
}) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  // One request at a time: a double press must not record the action twice.
  const [busy, setBusy] = useState(false);
  const steps = nextSteps(action, can);
  const base = `/api/people/${encodeURIComponent(personId)}`;

  async function mark(status: ActionStatus): Promise<Outcome> {
    const built = actionBody(termId, kind, { status, reason, snoozedUntil: until }, today);
    if (!built.ok) return { kind: 'refused', lines: Object.values(built.errors) };
    try {
      await api(`${base}/actions`, { method: 'POST', body: built.body });
      setOutcome({ kind: 'done', lines: [`Recorded: ${words(kind)} ${status}.`] });
      setReason('');
      setUntil('');
      onChanged();
      return null;
    } catch (e) {
      return refusal(e);
    }
  }

  async function review(decision: 'upheld' | 'reopened') {
    if (busy) return;
    setBusy(true);
    try {
      await api(`${base}/actions/${action!.id}/review`, { method: 'POST', body: { decision } });
      setOutcome({ kind: 'done', lines: [`Denial ${decision}.`] });
      onChanged();
    } catch (e) {
      setOutcome(refusal(e));
    } finally {
      setBusy(false);
    }
  }

  const immediate = async (status: ActionStatus) => {
    if (busy) return;
    setBusy(true);
    try {
      setOutcome(await mark(status));
    } finally {
      setBusy(false);
    }
  };
  const label = `${words(kind)} on term ${termId}`;

  return (
    <div className="opportunity-actions">
      <span className="action-state">{actionText(action, today)}</span>
      {(steps.mark.length > 0 || steps.review) && (
        <div className="button-row" role="group" aria-label={`Actions: ${label}`}>
          {steps.mark.includes('submitted') && (
            <Button isDisabled={busy} onPress={() => immediate('submitted')}>
              Mark submitted
            </Button>
          )}
          {steps.mark.includes('granted') && (
            <Button isDisabled={busy} onPress={() => immediate('granted')}>
              Mark granted
            </Button>
          )}
          {steps.mark.includes('denied') && (
            <FormDialog trigger="Deny…" title={`Deny ${label}`} submitLabel="Record the denial" onSubmit={() => mark('denied')}>
              <TextField isRequired value={reason} onChange={setReason} className="field">
                <Label>Reason for the denial</Label>
                <TextArea rows={3} />
                <FieldError />
              </TextField>
            </FormDialog>
          )}
          {steps.mark.includes('snoozed') && (
            <FormDialog trigger="Snooze…" title={`Snooze ${label}`} submitLabel="Snooze" onSubmit={() => mark('snoozed')}>
              <TextField isRequired value={until} onChange={setUntil} className="field">
                <Label>Snooze until</Label>
                {/* The day after today: the earliest a snooze may run to (the server refuses today). */}
                <Input
                  type="date"
                  min={formatIsoDate(addDays(parseIsoDate(today), 1))}
                  max={formatIsoDate(addDays(parseIsoDate(today), MAX_SNOOZE_DAYS))}
                />
                <FieldError />
              </TextField>
            </FormDialog>
          )}
          {steps.review && (
            <>
              <Button isDisabled={busy} onPress={() => review('upheld')}>
                Uphold denial
              </Button>
              <Button isDisabled={busy} onPress={() => review('reopened')}>
                Reopen
              </Button>
            </>
          )}
        </div>
      )}
      <Announcer outcome={outcome} />
    </div>
  );
}
