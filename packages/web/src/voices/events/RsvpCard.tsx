/**
 * One RSVP on the desk's event page: who, how they came (the public form or added as a council member),
 * where they stand (confirmed, waitlisted and their place in line, awaiting email), and what staff do with
 * it: tick the clearance items of a facility visit (who ticked each and when is shown), mark attendance
 * once the event has started (a facility visit's attendee only when cleared), and cancel (after a second
 * press: the seat goes to the waitlist's first at once).
 */
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { api } from '../../api/client.ts';
import { CheckField, RadioField } from './Fields.tsx';
import type { DeskEvent, DeskRsvp } from './types.ts';
import { errorText } from '../useLoad.ts';
import { STATUS_LABELS } from './words.ts';

const stamp = (iso: string) =>
  new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));

export function RsvpCard({ event, rsvp, onChanged }: { event: DeskEvent; rsvp: DeskRsvp; onChanged: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const base = `/api/voices/events/${encodeURIComponent(event.id)}/rsvps/${rsvp.id}`;

  async function act(work: () => Promise<unknown>) {
    setBusy(true);
    setError('');
    try {
      await work();
      await onChanged();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const counted = rsvp.status === 'confirmed' || rsvp.status === 'waitlisted';
  const titleId = `rsvp-${rsvp.id}-name`;
  return (
    <li className="rsvp-card" aria-labelledby={titleId}>
      <h4 id={titleId}>{rsvp.name}</h4>
      <p className="rsvp-meta">
        <span>{rsvp.email}</span>
        <span>{rsvp.source === 'staff' || rsvp.councilMemberId !== null ? 'Council member' : 'Public RSVP'}</span>
      </p>
      <p className="rsvp-status">
        <strong>{STATUS_LABELS[rsvp.status]}</strong>
        {rsvp.waitlistPosition !== null && ` · number ${rsvp.waitlistPosition} in line`}
        {rsvp.clearance.length > 0 && counted && (
          <span className={rsvp.cleared ? 'ev-chip ev-chip-ok' : 'ev-chip ev-chip-warn'}>{rsvp.cleared ? 'Cleared' : 'Not cleared'}</span>
        )}
      </p>

      {rsvp.clearance.length > 0 && counted && (
        <div role="group" aria-label={`Clearance for ${rsvp.name}`} className="rsvp-clearance">
          {rsvp.clearance.map((c) => (
            <div key={c.item}>
              <CheckField
                isSelected={c.checked}
                isDisabled={busy}
                onChange={(checked) =>
                  void act(() => api(`${base}/clearance/${encodeURIComponent(c.item)}`, { method: 'PUT', body: { checked } }))
                }
              >
                {c.label}
              </CheckField>
              {c.checked && c.checkedAt && (
                <p className="ev-hint">
                  Ticked by {c.checkedBy} on {stamp(c.checkedAt)}
                </p>
              )}
            </div>
          ))}
        </div>
      )}

      {event.started && rsvp.status === 'confirmed' && (
        <RadioField
          label={`Attendance of ${rsvp.name}`}
          value={rsvp.attendance ?? 'none'}
          isDisabled={busy}
          onChange={(value) =>
            void act(() => api(`${base}/attendance`, { method: 'PUT', body: { attendance: value === 'none' ? null : value } }))
          }
          options={[
            { id: 'none', text: 'Not marked' },
            { id: 'attended', text: 'Attended', isDisabled: !rsvp.cleared },
            { id: 'no_show', text: 'No-show' },
          ]}
          {...(rsvp.cleared
            ? rsvp.attendanceAt
              ? { description: `Marked by ${rsvp.attendanceBy} on ${stamp(rsvp.attendanceAt)}` }
              : {}
            : { description: 'Not cleared: cannot be marked attended until every clearance item is ticked.' })}
        />
      )}

      {counted &&
        !event.ended &&
        (confirmingCancel ? (
          <div className="ev-actions">
            <span>Cancel this RSVP? Its seat goes to the first on the waitlist.</span>
            <Button
              className="secondary"
              isDisabled={busy}
              onPress={() => void act(() => api(`${base}/cancel`, { method: 'POST' })).then(() => setConfirmingCancel(false))}
            >
              Yes, cancel it
            </Button>
            <Button className="secondary" onPress={() => setConfirmingCancel(false)}>
              Keep it
            </Button>
          </div>
        ) : (
          <Button className="secondary" aria-label={`Cancel RSVP: ${rsvp.name}`} onPress={() => setConfirmingCancel(true)}>
            Cancel RSVP
          </Button>
        ))}
      <p role="alert" className="error-text">
        {error}
      </p>
    </li>
  );
}
