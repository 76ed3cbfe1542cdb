/**
 * An event's public page, /events/<id>: what, when (in the event's own zone, named), where, seats left,
 * and the RSVP form while RSVPs are open. Opened from an RSVP email (`?rsvp=<token>`), it confirms the
 * RSVP first and says where the person stands (events/RsvpLink.tsx). Members-only and unknown events
 * are "not found" alike.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-aria-components';
import { api, ApiError } from '../../api/client.ts';
import { usePageTitle } from '../../usePageTitle.ts';
import { campaignPath } from '../routes.ts';
import { RsvpForm } from '../events/RsvpForm.tsx';
import { RsvpLink } from '../events/RsvpLink.tsx';
import type { PublicEvent } from '../events/types.ts';
import { seatsText } from '../events/words.ts';

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'error'; message: string } | { state: 'ready'; event: PublicEvent };

/**
 * The RSVP token in the address. Read while rendering, so it only reads: React may render the page more
 * than once before showing it (a render interrupted on a busy machine starts over with fresh state), and a
 * read that also emptied the address bar would leave the second render without the token.
 */
function tokenInAddress(): string | null {
  return new URLSearchParams(window.location.search).get('rsvp');
}

/** Takes the token out of the address bar (kept in memory for the page's life), once the page shows. */
function removeTokenFromAddress(): void {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('rsvp')) return;
  params.delete('rsvp');
  const rest = params.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${rest ? `?${rest}` : ''}`);
}

export function EventPage({ eventId }: { eventId: string }) {
  const [token] = useState(tokenInAddress);
  useEffect(removeTokenFromAddress, []);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  usePageTitle(loaded.state === 'ready' ? loaded.event.title : loaded.state === 'missing' ? 'Event not found' : 'Event');

  const load = useCallback(async () => {
    try {
      setLoaded({ state: 'ready', event: await api<PublicEvent>(`/api/public/events/${encodeURIComponent(eventId)}`) });
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) setLoaded({ state: 'missing' });
      else setLoaded({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }, [eventId]);
  useEffect(() => {
    void load();
  }, [load]);

  const event = loaded.state === 'ready' ? loaded.event : null;
  return (
    <>
      <header className="voices-header">
        <p className="brand">
          <Link href="/campaigns">Pathways campaigns</Link>
        </p>
      </header>
      <main id="main" tabIndex={-1} className="voices-main event-page">
        {loaded.state === 'loading' && (
          <>
            <h1 tabIndex={-1}>Event</h1>
            <p role="status">Loading…</p>
          </>
        )}
        {loaded.state === 'missing' && (
          <>
            <h1 tabIndex={-1}>Event not found</h1>
            <p>
              There is no public event at this address. <Link href="/campaigns">See the campaigns</Link>
            </p>
          </>
        )}
        {loaded.state === 'error' && (
          <>
            <h1 tabIndex={-1}>Event</h1>
            <p role="alert" className="error-text">
              {loaded.message}
            </p>
          </>
        )}
        {event && (
          <article aria-labelledby="event-title">
            <p className="event-kind">{event.kindLabel}</p>
            <h1 id="event-title" tabIndex={-1}>
              {event.title}
            </h1>
            <dl className="event-facts">
              <div>
                <dt>When</dt>
                <dd>
                  <time dateTime={event.startsAt}>{event.when}</time>
                </dd>
              </div>
              <div>
                <dt>Where</dt>
                <dd>{event.location}</dd>
              </div>
              <div>
                <dt>Seats</dt>
                <dd>{event.ended ? 'This event is over.' : seatsText(event)}</dd>
              </div>
              {event.campaign && (
                <div>
                  <dt>Campaign</dt>
                  <dd>
                    <Link href={campaignPath(event.campaign.id)}>{event.campaign.name}</Link>
                  </dd>
                </div>
              )}
            </dl>
            {event.description && <p className="event-description">{event.description}</p>}
            {event.clearanceRequired && (
              <p className="event-note">
                The facility must clear every visitor before the visit. After your RSVP, campaign staff will ask you for a government-issued
                photo ID, which the facility uses for its background check; you can attend once the facility has approved your visit.
              </p>
            )}
            {token !== null && <RsvpLink eventId={event.id} token={token} onEvent={(e) => setLoaded({ state: 'ready', event: e })} />}
            {event.rsvpOpen && token === null && <RsvpForm eventId={event.id} full={event.seatsLeft === 0} />}
            {!event.rsvpOpen && !event.ended && <p>RSVPs are closed: the event has started.</p>}
          </article>
        )}
      </main>
    </>
  );
}
