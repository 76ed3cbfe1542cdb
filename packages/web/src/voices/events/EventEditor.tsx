/**
 * The desk's form for a new event: title, kind, when (the wall clock where the event happens, and that
 * place's time zone), where, how many seats, who may RSVP (anyone on the public page, or council members
 * added by staff), and optionally its council, its campaign and what to bring. The server checks it all
 * again; its answer (a field's problem, or why the event was refused) is shown in a live region.
 */
import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { api } from '../../api/client.ts';
import { RadioField, SelectField, TextInput } from './Fields.tsx';
import type { DeskEvent, EventKind, EventsAnswer, Visibility } from './types.ts';
import { errorText } from '../useLoad.ts';

/** The zones of the places the campaigns work in; an event elsewhere is rare enough to add here when needed. */
export const TIME_ZONES = [
  { id: 'America/New_York', text: 'Eastern (New York)' },
  { id: 'America/Chicago', text: 'Central (Chicago, Missouri)' },
  { id: 'America/Denver', text: 'Mountain (Denver)' },
  { id: 'America/Phoenix', text: 'Arizona (Phoenix)' },
  { id: 'America/Los_Angeles', text: 'Pacific (Los Angeles)' },
  { id: 'America/Anchorage', text: 'Alaska (Anchorage)' },
  { id: 'Pacific/Honolulu', text: 'Hawaii (Honolulu)' },
] as const;

/** The select's "None" (no council, no campaign): not a possible id. */
const NONE = '(none)';

export function EventEditor({ choices, onCreated }: { choices: EventsAnswer; onCreated: (event: DeskEvent) => void }) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<EventKind>('briefing');
  const [startLocal, setStartLocal] = useState('');
  const [endLocal, setEndLocal] = useState('');
  const [timeZone, setTimeZone] = useState('America/Chicago');
  const [location, setLocation] = useState('');
  const [capacity, setCapacity] = useState('30');
  const [visibility, setVisibility] = useState<Visibility>('public');
  const [councilId, setCouncilId] = useState(NONE);
  const [campaignId, setCampaignId] = useState(NONE);
  const [description, setDescription] = useState('');
  const [bring, setBring] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const created = await api<DeskEvent>('/api/voices/events', {
        method: 'POST',
        body: {
          title: title.trim(),
          kind,
          startLocal,
          endLocal,
          timeZone,
          location: location.trim(),
          capacity: Number(capacity),
          visibility,
          councilId: councilId === NONE ? null : councilId,
          campaignId: campaignId === NONE ? null : campaignId,
          description: description.trim(),
          bring: bring.trim() === '' ? null : bring.trim(),
        },
      });
      onCreated(created);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const kindInfo = choices.kinds.find((k) => k.id === kind);
  return (
    <Form onSubmit={submit} className="event-form" aria-labelledby="new-event-title">
      <h3 id="new-event-title">New event</h3>
      <TextInput label="Title" value={title} onChange={setTitle} isRequired maxLength={200} />
      <SelectField
        label="Kind"
        value={kind}
        options={choices.kinds.map((k) => ({ id: k.id, text: k.label }))}
        onChange={(v) => setKind(v as EventKind)}
        {...(kindInfo && kindInfo.clearance.length > 0
          ? { description: `Each attendee needs clearance: ${kindInfo.clearance.map((c) => c.label.toLowerCase()).join('; ')}.` }
          : {})}
      />
      <div className="ev-pair">
        <TextInput label="Starts" type="datetime-local" value={startLocal} onChange={setStartLocal} isRequired />
        <TextInput label="Ends" type="datetime-local" value={endLocal} onChange={setEndLocal} isRequired />
      </div>
      <SelectField
        label="Time zone of the place"
        value={timeZone}
        options={TIME_ZONES}
        onChange={setTimeZone}
        description="Start and end are the time on the clock there; every page and email shows them in this zone."
      />
      <TextInput label="Location" value={location} onChange={setLocation} isRequired maxLength={500} />
      <TextInput label="Seats" type="number" min={1} value={capacity} onChange={setCapacity} isRequired />
      <RadioField
        label="Who may RSVP"
        value={visibility}
        onChange={(v) => setVisibility(v as Visibility)}
        options={[
          { id: 'public', text: 'Anyone, on the public page' },
          { id: 'members', text: 'Council members added by staff' },
        ]}
      />
      <SelectField
        label="Council"
        value={councilId}
        options={[{ id: NONE, text: 'None' }, ...choices.councils.map((c) => ({ id: c.id, text: c.name }))]}
        onChange={setCouncilId}
      />
      <SelectField
        label="Campaign"
        value={campaignId}
        options={[
          { id: NONE, text: 'None' },
          ...choices.campaigns.map((c) => ({ id: c.id, text: `${c.name}${c.status === 'draft' ? ' (draft)' : ''}` })),
        ]}
        onChange={setCampaignId}
        description="A public event of a live campaign is listed on the campaign's page."
      />
      <TextInput label="Description" value={description} onChange={setDescription} multiline maxLength={4000} />
      <TextInput
        label="What to bring (optional)"
        value={bring}
        onChange={setBring}
        multiline
        maxLength={1000}
        description="Said in the reminders. A facility visit has a default: photo ID, nothing sharp, arrive early."
      />
      <p role="alert" className="error-text">
        {error}
      </p>
      <Button type="submit" className="primary" isDisabled={busy}>
        Create event
      </Button>
    </Form>
  );
}
