import { describe, expect, it } from 'vitest';
import type { OpportunityAction } from '../api/types.ts';
import { actionBody, actionText, latestActions, latestFor, nextSteps } from './actions.ts';

const today = '2026-06-01';
const action = (id: number, status: string, extra: Partial<OpportunityAction> = {}): OpportunityAction => ({
  id,
  termId: 'T-1',
  kind: 'early_termination',
  status,
  reason: null,
  snoozedUntil: null,
  actorUserId: 'user-officer-ca-1',
  at: `2026-05-${String(10 + id).padStart(2, '0')}T12:00:00.000Z`,
  ...extra,
});
const officer = { act: true, review: false };
const supervisor = { act: true, review: true };

describe('latestActions', () => {
  it('case: the highest id per term and kind is the state, whatever the order received', () => {
    const latest = latestActions([
      action(3, 'denied', { reason: 'Not yet paid' }),
      action(1, 'submitted'),
      action(2, 'submitted', { kind: 'earned_discharge' }),
    ]);
    expect(latestFor(latest, 'T-1', 'early_termination')?.id).toBe(3);
    expect(latestFor(latest, 'T-1', 'earned_discharge')?.id).toBe(2);
    expect(latestFor(latest, 'T-2', 'early_termination')).toBeUndefined();
  });
});

describe('actionText', () => {
  it('case: a denial says who, when and why; a passed snooze says it has ended', () => {
    expect(actionText(action(3, 'denied', { reason: 'Restitution unpaid' }), today)).toBe(
      'Denied by user-officer-ca-1 on 2026-05-13: Restitution unpaid',
    );
    expect(actionText(action(1, 'snoozed', { snoozedUntil: '2026-05-20' }), today)).toMatch(/until 2026-05-20 \(the snooze has ended\)/);
    expect(actionText(action(1, 'snoozed', { snoozedUntil: '2026-07-01' }), today)).not.toMatch(/ended/);
    expect(actionText(undefined, today)).toBe('No action recorded');
    // With the actor's display name from the server, the name, not the id.
    expect(actionText(action(4, 'granted', { actorName: 'Officer, CA 1 (demo)' }), today)).toBe(
      'Granted by Officer, CA 1 (demo) on 2026-05-14',
    );
  });
});

describe('nextSteps', () => {
  it('case: a denial waits for the supervisor; the officer may not mark it again', () => {
    expect(nextSteps(action(3, 'denied'), officer)).toEqual({ mark: [], review: false });
    expect(nextSteps(action(3, 'denied'), supervisor)).toEqual({ mark: [], review: true });
  });

  it('case: reopened is open again; upheld and granted are closed; submitted cannot be submitted twice', () => {
    expect(nextSteps(action(4, 'reopened'), officer).mark).toEqual(['submitted', 'granted', 'denied', 'snoozed']);
    expect(nextSteps(action(4, 'upheld'), supervisor)).toEqual({ mark: [], review: false });
    expect(nextSteps(action(4, 'granted'), officer).mark).toEqual([]);
    expect(nextSteps(action(1, 'submitted'), officer).mark).toEqual(['granted', 'denied', 'snoozed']);
  });

  it('case: a role without the action permission gets no controls', () => {
    expect(nextSteps(undefined, { act: false, review: false })).toEqual({ mark: [], review: false });
  });
});

describe('actionBody', () => {
  it('case: a denial needs a reason, a snooze a date after today', () => {
    expect(actionBody('T-1', 'early_termination', { status: 'denied', reason: '  ', snoozedUntil: '' }, today)).toEqual({
      ok: false,
      errors: { reason: 'Give the reason for the denial.' },
    });
    expect(actionBody('T-1', 'early_termination', { status: 'snoozed', reason: '', snoozedUntil: today }, today).ok).toBe(false);
    // At most 365 days ahead: from 2026-06-01, 2027-06-01 is 365 days (no February 29 between), 2027-06-02 is 366.
    expect(actionBody('T-1', 'early_termination', { status: 'snoozed', reason: '', snoozedUntil: '2027-06-01' }, today).ok).toBe(true);
    expect(actionBody('T-1', 'early_termination', { status: 'snoozed', reason: '', snoozedUntil: '2027-06-02' }, today)).toEqual({
      ok: false,
      errors: { snoozedUntil: 'Give a date at most 365 days from today; to set it aside for longer, deny it with the reason.' },
    });
    expect(actionBody('T-1', 'early_termination', { status: 'snoozed', reason: '', snoozedUntil: '9999-12-31' }, today).ok).toBe(false);
    // Across a leap day: from 2027-06-01, 2028-05-31 is 365 days (February 29, 2028 between), 2028-06-01 is 366.
    const leap = (until: string) =>
      actionBody('T-1', 'early_termination', { status: 'snoozed', reason: '', snoozedUntil: until }, '2027-06-01').ok;
    expect(leap('2028-05-31')).toBe(true);
    expect(leap('2028-06-01')).toBe(false);
    expect(actionBody('T-1', 'early_termination', { status: 'snoozed', reason: '', snoozedUntil: '2026-06-02' }, today)).toEqual({
      ok: true,
      body: { termId: 'T-1', kind: 'early_termination', status: 'snoozed', snoozedUntil: '2026-06-02' },
    });
  });

  it('case: a denial’s reason longer than the server keeps (2,000 characters) is refused before sending', () => {
    expect(actionBody('T-1', 'early_termination', { status: 'denied', reason: 'x'.repeat(2001), snoozedUntil: '' }, today)).toEqual({
      ok: false,
      errors: { reason: 'The reason is 2,001 characters long; at most 2,000 are kept. Shorten it.' },
    });
    expect(actionBody('T-1', 'early_termination', { status: 'denied', reason: 'x'.repeat(2000), snoozedUntil: '' }, today).ok).toBe(true);
  });

  it('case: a submission sends no snooze date even when one was typed', () => {
    expect(actionBody('T-1', 'term_cap', { status: 'submitted', reason: '', snoozedUntil: '2026-09-01' }, today)).toEqual({
      ok: true,
      body: { termId: 'T-1', kind: 'term_cap', status: 'submitted' },
    });
  });
});
