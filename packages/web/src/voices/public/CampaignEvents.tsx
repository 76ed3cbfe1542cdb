/**
 * The upcoming public events of a campaign, on its page: each with its time (in the event's zone, named),
 * place and seats left, linking to the event's page and its RSVP form. Nothing at all while loading or
 * when the campaign has none, so the campaign page stays short.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-aria-components';
import { api } from '../../api/client.ts';
import { eventPath } from '../routes.ts';
import type { PublicEvent } from '../events/types.ts';
import { seatsText } from '../events/words.ts';

export function CampaignEvents({ campaignId }: { campaignId: string }) {
  const [events, setEvents] = useState<PublicEvent[] | null>(null);
  const [error, setError] = useState(false);

  useEffect(() => {
    let live = true;
    api<{ events: PublicEvent[] }>(`/api/public/events?campaign=${encodeURIComponent(campaignId)}`)
      .then((answer) => live && setEvents(answer.events))
      .catch(() => live && setError(true));
    return () => {
      live = false;
    };
  }, [campaignId]);

  if (error)
    return (
      <section aria-labelledby="campaign-events-title" className="campaign-events">
        <h2 id="campaign-events-title">Upcoming events</h2>
        <p className="error-text">The events could not be loaded. Reload the page to try again.</p>
      </section>
    );
  if (events === null || events.length === 0) return null;
  return (
    <section aria-labelledby="campaign-events-title" className="campaign-events">
      <h2 id="campaign-events-title">Upcoming events</h2>
      <ul className="event-list">
        {events.map((e) => (
          <li key={e.id}>
            <Link href={eventPath(e.id)} className="event-link">
              {e.title}
            </Link>
            <span className="event-meta">
              {e.kindLabel} · <time dateTime={e.startsAt}>{e.when}</time>
            </span>
            <span className="event-meta">{e.location}</span>
            <span className="event-meta">{e.ended ? 'Over.' : e.rsvpOpen ? seatsText(e) : 'Happening now.'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
