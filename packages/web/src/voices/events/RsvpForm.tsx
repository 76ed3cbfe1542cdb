/**
 * The public RSVP form of an event page: name and email (and the hidden honeypot), posted through the
 * public-form guard. The server answers the same whatever it did, so the page says the same to everyone:
 * check your email, the RSVP counts once the link in it is opened. Errors go to a live region.
 */
import { useState, type FormEvent } from 'react';
import { Button, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { ApiError } from '../../api/client.ts';
import { HoneypotField } from '../HoneypotField.tsx';
import { postPublicForm } from '../public-form.ts';

function problemText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) return 'Too many RSVPs from this connection. Wait a few minutes and try again.';
    if (error.status === 400) return 'Check the name and the email address.';
    return error.message;
  }
  return 'The server could not be reached. Check your connection and try again.';
}

export function RsvpForm({ eventId, full }: { eventId: string; full: boolean }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [website, setWebsite] = useState('');
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await postPublicForm(`/api/public/events/${encodeURIComponent(eventId)}/rsvps`, { name: name.trim(), email: email.trim(), website });
      setSentTo(email.trim());
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="rsvp-title" className="event-rsvp">
      <h2 id="rsvp-title">RSVP</h2>
      <p role="status" className="ev-status">
        {sentTo === null ? '' : `Check your email: we sent a link to ${sentTo}. Your RSVP counts once you open that link.`}
      </p>
      <p role="alert" className="error-text">
        {error}
      </p>
      {sentTo === null && (
        <Form onSubmit={submit} className="event-form">
          <p>
            {full
              ? 'Every seat is taken. RSVP to join the waitlist: if a seat opens up, it is yours in the order you joined.'
              : 'We email you a link; your RSVP counts once you open it.'}
          </p>
          <TextField name="name" value={name} onChange={setName} isRequired autoComplete="name" maxLength={200} className="ev-field">
            <Label>Your name</Label>
            <Input />
          </TextField>
          <TextField
            name="email"
            type="email"
            value={email}
            onChange={setEmail}
            isRequired
            autoComplete="email"
            maxLength={254}
            className="ev-field"
          >
            <Label>Email address</Label>
            <Input />
            <Text slot="description" className="ev-hint">
              Used only for this event: the confirmation link, reminders, and news of a seat.
            </Text>
          </TextField>
          <HoneypotField value={website} onChange={setWebsite} />
          <Button type="submit" className="primary" isDisabled={busy || name.trim() === '' || email.trim() === ''}>
            {full ? 'Join the waitlist' : 'Send my RSVP'}
          </Button>
        </Form>
      )}
    </section>
  );
}
