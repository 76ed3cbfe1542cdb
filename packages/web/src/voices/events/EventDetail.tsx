/**
 * One event on the desk: its facts (times in its own zone, named), counts, a link to its public page,
 * the seats (raising them seats the waitlist's first at once), adding a council member, and the RSVPs as
 * cards: confirmed, then the waitlist in line, then those awaiting their email, then cancelled ones.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { api } from '../../api/client.ts';
import { eventPath } from '../routes.ts';
import { SelectField, TextInput } from './Fields.tsx';
import { RsvpCard } from './RsvpCard.tsx';
import type { EventDetail as Detail } from './types.ts';
import { useChange, useLoad } from '../useLoad.ts';
import { countsText } from './words.ts';

export function EventDetail({ eventId, onChanged }: { eventId: string; onChanged: () => void }) {
  const { result, reload } = useLoad<Detail>(`/api/voices/events/${encodeURIComponent(eventId)}`);
  const heading = useRef<HTMLHeadingElement>(null);
  const [capacity, setCapacity] = useState('');
  const [memberId, setMemberId] = useState('');
  const ready = result.state === 'ready' ? result.data : null;
  const isReady = ready !== null;

  // Focus the event's heading when it is opened (not on each reload after a change).
  useEffect(() => {
    if (isReady) heading.current?.focus();
  }, [eventId, isReady]);
  useEffect(() => {
    if (ready) {
      setCapacity(String(ready.event.capacity));
      setMemberId((current) => (ready.members.some((m) => String(m.id) === current) ? current : String(ready.members[0]?.id ?? '')));
    }
  }, [ready]);

  const refresh = async () => {
    await reload();
    onChanged();
  };
  const { status, error, busy, change } = useChange(refresh);

  function saveCapacity(e: FormEvent) {
    e.preventDefault();
    void change(async () => {
      const answer = await api<{ promoted: number }>(`/api/voices/events/${encodeURIComponent(eventId)}`, {
        method: 'PUT',
        body: { capacity: Number(capacity) },
      });
      return answer.promoted > 0 ? `Seats saved; ${answer.promoted} seated from the waitlist and emailed.` : 'Seats saved.';
    });
  }

  function addMember(e: FormEvent) {
    e.preventDefault();
    void change(async () => {
      const rsvp = await api<{ name: string; status: string }>(`/api/voices/events/${encodeURIComponent(eventId)}/rsvps`, {
        method: 'POST',
        body: { memberId: Number(memberId) },
      });
      return `${rsvp.name} added: ${rsvp.status === 'confirmed' ? 'confirmed' : 'on the waitlist'}.`;
    });
  }

  if (result.state === 'loading' || result.state === 'idle') return <p role="status">Loading the event…</p>;
  if (result.state === 'error')
    return (
      <p role="alert" className="error-text">
        {result.message}
      </p>
    );
  const { event, rsvps, members } = result.data;
  return (
    <section aria-labelledby="event-detail-title" className="event-detail">
      <p className="event-kind">
        {event.kindLabel} · {event.visibility === 'public' ? 'public' : 'council members only'}
      </p>
      <h2 id="event-detail-title" ref={heading} tabIndex={-1}>
        {event.title}
      </h2>
      <p>
        <time dateTime={event.startsAt}>{event.when}</time> · {event.location}
      </p>
      <p>{countsText(event.counts, event.ended)}</p>
      {event.visibility === 'public' && (
        <p>
          <Link href={eventPath(event.id)}>Public page of {event.title}</Link>
        </p>
      )}
      <p role="status" className="ev-status">
        {status}
      </p>
      <p role="alert" className="error-text">
        {error}
      </p>

      <div className="ev-row-forms">
        {!event.ended && (
          <Form onSubmit={saveCapacity} className="ev-inline-form">
            <TextInput label="Seats" type="number" min={1} value={capacity} onChange={setCapacity} isRequired />
            <Button type="submit" className="secondary" isDisabled={busy || capacity === String(event.capacity)}>
              Save seats
            </Button>
          </Form>
        )}
        {!event.ended && members.length > 0 && (
          <Form onSubmit={addMember} className="ev-inline-form">
            <SelectField
              label="Council member"
              value={memberId}
              options={members.map((m) => ({ id: String(m.id), text: `${m.name} (${m.roleLabel})` }))}
              onChange={setMemberId}
            />
            <Button type="submit" className="secondary" isDisabled={busy || memberId === ''}>
              Add to the event
            </Button>
          </Form>
        )}
      </div>

      <h3>RSVPs</h3>
      {rsvps.length === 0 ? (
        <p>No RSVPs yet.</p>
      ) : (
        <ul className="rsvp-list">
          {rsvps.map((r) => (
            <RsvpCard key={r.id} event={event} rsvp={r} onChanged={refresh} />
          ))}
        </ul>
      )}
    </section>
  );
}
