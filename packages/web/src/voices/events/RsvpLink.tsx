/**
 * What the link in an RSVP email opens: `/events/<id>?rsvp=<token>`. The page takes the token out of the
 * address bar at once (so it is not left in the history or shared by copying the address), confirms the
 * RSVP with it (harmless when it was confirmed before) and says where the person stands; the same token
 * then cancels. Outcomes are announced in a live region.
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { ApiError } from '../../api/client.ts';
import { postPublicForm } from '../public-form.ts';
import type { PublicEvent, RsvpAnswer } from './types.ts';
import { rsvpOutcome } from './words.ts';

type State = { state: 'working' } | { state: 'done'; answer: RsvpAnswer } | { state: 'error'; message: string };

function problemText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 404)
      return 'This RSVP link does not work: it may be mistyped, or a newer email replaced it. You can RSVP again below.';
    if (error.status === 410) return 'This event is over, so the RSVP can no longer be confirmed.';
    if (error.status === 429) return 'Too many tries from this connection. Wait a few minutes and open the link again.';
    return error.message;
  }
  return 'The server could not be reached. Check your connection and open the link again.';
}

export function RsvpLink({ eventId, token, onEvent }: { eventId: string; token: string; onEvent: (event: PublicEvent) => void }) {
  const [state, setState] = useState<State>({ state: 'working' });
  const [busy, setBusy] = useState(false);
  const base = `/api/public/events/${encodeURIComponent(eventId)}/rsvps`;
  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;

  useEffect(() => {
    let live = true;
    postPublicForm<RsvpAnswer>(`${base}/confirm`, { token })
      .then((answer) => {
        if (!live) return;
        setState({ state: 'done', answer });
        onEventRef.current(answer.event);
      })
      .catch((e: unknown) => live && setState({ state: 'error', message: problemText(e) }));
    return () => {
      live = false;
    };
  }, [base, token]);

  async function cancel() {
    setBusy(true);
    try {
      const answer = await postPublicForm<RsvpAnswer>(`${base}/cancel`, { token });
      setState({ state: 'done', answer });
      onEvent(answer.event);
    } catch (e) {
      setState({ state: 'error', message: problemText(e) });
    } finally {
      setBusy(false);
    }
  }

  const answer = state.state === 'done' ? state.answer : null;
  return (
    <section aria-labelledby="your-rsvp-title" className="event-your-rsvp">
      <h2 id="your-rsvp-title">Your RSVP</h2>
      <p role="status" className="ev-status">
        {state.state === 'working' ? 'Confirming your RSVP…' : answer ? rsvpOutcome(answer) : ''}
      </p>
      <p role="alert" className="error-text">
        {state.state === 'error' ? state.message : ''}
      </p>
      {answer && (answer.status === 'confirmed' || answer.status === 'waitlisted') && answer.event.rsvpOpen && (
        <Button className="secondary" onPress={() => void cancel()} isDisabled={busy}>
          Cancel my RSVP
        </Button>
      )}
    </section>
  );
}
