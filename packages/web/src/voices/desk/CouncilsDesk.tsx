/**
 * The desk's "Councils and events" tab (campaign staff): the events, upcoming first (soonest at the top)
 * then past ones, each with its counts; the chosen event's RSVPs, clearance and attendance
 * (events/EventDetail.tsx); a form for a new event; and the councils with their members
 * (events/CouncilPanel.tsx).
 */
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { usePageTitle } from '../../usePageTitle.ts';
import { CouncilPanel } from '../events/CouncilPanel.tsx';
import { EventDetail } from '../events/EventDetail.tsx';
import { EventEditor } from '../events/EventEditor.tsx';
import type { DeskEvent, EventsAnswer } from '../events/types.ts';
import { useLoad } from '../useLoad.ts';
import { countsText } from '../events/words.ts';

function EventList({
  title,
  events,
  chosen,
  onChoose,
}: {
  title: string;
  events: DeskEvent[];
  chosen: string | null;
  onChoose: (id: string) => void;
}) {
  const id = `events-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {events.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="event-list">
          {events.map((e) => (
            <li key={e.id} className={chosen === e.id ? 'event-chosen' : undefined}>
              <Button
                className="ev-link-button event-link"
                onPress={() => onChoose(e.id)}
                {...(chosen === e.id ? { 'aria-current': true } : {})}
              >
                {e.title}
              </Button>
              <span className="event-meta">
                {e.kindLabel} · <time dateTime={e.startsAt}>{e.when}</time>
              </span>
              <span className="event-meta">{countsText(e.counts, e.ended)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function CouncilsDesk() {
  usePageTitle('Councils and events');
  const { result, reload } = useLoad<EventsAnswer>('/api/voices/events');
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const events = result.state === 'ready' ? result.data.events : [];
  // The server lists the latest start first: upcoming ones read better soonest first.
  const upcoming = events.filter((e) => !e.ended).reverse();
  const past = events.filter((e) => e.ended);

  return (
    <div className="councils-desk">
      <h1 tabIndex={-1}>Councils and events</h1>
      <section aria-labelledby="events-title">
        <h2 id="events-title">Events</h2>
        {result.state === 'loading' && <p role="status">Loading the events…</p>}
        {result.state === 'error' && (
          <p role="alert" className="error-text">
            {result.message}
          </p>
        )}
        {result.state === 'ready' && (
          <div className="desk-layout">
            <div>
              <EventList title="Upcoming" events={upcoming} chosen={chosen} onChoose={setChosen} />
              <EventList title="Past" events={past} chosen={chosen} onChoose={setChosen} />
              {creating ? (
                <>
                  <EventEditor
                    choices={result.data}
                    onCreated={(e) => {
                      setCreating(false);
                      setChosen(e.id);
                      void reload();
                    }}
                  />
                  <Button className="secondary" onPress={() => setCreating(false)}>
                    Close the new event form
                  </Button>
                </>
              ) : (
                <Button className="primary" onPress={() => setCreating(true)}>
                  New event
                </Button>
              )}
            </div>
            {chosen !== null && <EventDetail key={chosen} eventId={chosen} onChanged={() => void reload()} />}
          </div>
        )}
      </section>
      <CouncilPanel onChanged={() => void reload()} />
    </div>
  );
}
