/**
 * An opportunity's state from its action history. Actions are never edited: each is a new row, and the
 * latest for a term and opportunity kind is the state (a supervisor's `upheld` or `reopened` is a row
 * naming the denial it reviews). What an officer may record next follows from that state.
 */
import { MAX_REASON_LENGTH, MAX_SNOOZE_DAYS } from '@pathways/server/input-limits';
import type { OpportunityAction } from '../api/types.ts';
import { daysBetween } from './dates.ts';
import { tooLong } from './lengths.ts';

export type ActionStatus = 'submitted' | 'granted' | 'denied' | 'snoozed';

const key = (termId: string, kind: string) => `${termId}\u0000${kind}`;

/** The latest action per term and opportunity kind (highest id: ids grow with time). */
export function latestActions(actions: readonly OpportunityAction[]): Map<string, OpportunityAction> {
  const latest = new Map<string, OpportunityAction>();
  for (const a of actions) {
    const k = key(a.termId, a.kind);
    const seen = latest.get(k);
    if (!seen || a.id > seen.id) latest.set(k, a);
  }
  return latest;
}

export function latestFor(latest: Map<string, OpportunityAction>, termId: string, kind: string): OpportunityAction | undefined {
  return latest.get(key(termId, kind));
}

/** The state in words, with who recorded it and when. */
export function actionText(action: OpportunityAction | undefined, today: string): string {
  if (!action) return 'No action recorded';
  const by = ` by ${action.actorName ?? action.actorUserId} on ${action.at.slice(0, 10)}`;
  switch (action.status) {
    case 'submitted':
      return `Submitted${by}`;
    case 'granted':
      return `Granted${by}`;
    case 'denied':
      return `Denied${by}: ${action.reason ?? ''}`.trim();
    case 'snoozed': {
      const until = action.snoozedUntil ?? '';
      const over = until && daysBetween(today, until) <= 0 ? ' (the snooze has ended)' : '';
      return `Snoozed until ${until}${over}${by}`;
    }
    case 'upheld':
      return `Denial upheld${by}${action.reason ? `: ${action.reason}` : ''}`;
    case 'reopened':
      return `Denial reopened${by}${action.reason ? `: ${action.reason}` : ''}`;
    default:
      return `${action.status}${by}`;
  }
}

/**
 * What may be recorded next. A granted opportunity is done; a denial waits for the supervisor (who may
 * uphold or reopen it) and, once upheld, stays closed; anything else may be marked again.
 */
export function nextSteps(
  action: OpportunityAction | undefined,
  can: { act: boolean; review: boolean },
): { mark: ActionStatus[]; review: boolean } {
  const status = action?.status;
  const review = can.review && status === 'denied';
  if (!can.act || status === 'granted' || status === 'denied' || status === 'upheld') return { mark: [], review };
  const mark: ActionStatus[] = ['submitted', 'granted', 'denied', 'snoozed'];
  return { mark: status === 'submitted' ? mark.filter((s) => s !== 'submitted') : mark, review };
}

export type ActionForm = { status: ActionStatus; reason: string; snoozedUntil: string };

/** The body for POST /actions, or the field errors the server would answer (checked here first). */
export function actionBody(
  termId: string,
  kind: string,
  form: ActionForm,
  today: string,
): { ok: true; body: Record<string, string> } | { ok: false; errors: Record<string, string> } {
  const reason = form.reason.trim();
  if (form.status === 'denied' && !reason) return { ok: false, errors: { reason: 'Give the reason for the denial.' } };
  const long = tooLong('reason', reason, MAX_REASON_LENGTH);
  if (long) return { ok: false, errors: { reason: long } };
  if (form.status === 'snoozed') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.snoozedUntil)) return { ok: false, errors: { snoozedUntil: 'Give a date.' } };
    if (daysBetween(today, form.snoozedUntil) <= 0) return { ok: false, errors: { snoozedUntil: `Give a date after today (${today}).` } };
    if (daysBetween(today, form.snoozedUntil) > MAX_SNOOZE_DAYS)
      return {
        ok: false,
        errors: {
          snoozedUntil: `Give a date at most ${MAX_SNOOZE_DAYS} days from today; to set it aside for longer, deny it with the reason.`,
        },
      };
  }
  return {
    ok: true,
    body: {
      termId,
      kind,
      status: form.status,
      ...(reason ? { reason } : {}),
      ...(form.status === 'snoozed' ? { snoozedUntil: form.snoozedUntil } : {}),
    },
  };
}
