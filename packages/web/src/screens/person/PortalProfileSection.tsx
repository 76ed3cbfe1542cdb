/**
 * How the person is reached through their portal (sign-in codes and reminders go to this email and phone,
 * in this language, on this clock) and what their job matches turn on (home ZIP, curfew, no driving, no
 * contact with minors, no alcohol venues, travel limit). Officers and supervisors keep it here; the server
 * audits every change by field name, never the values. The form's rules are presenters/portal-profile.ts.
 */
import { useEffect, useState } from 'react';
import { Button, Checkbox, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { api } from '../../api/client.ts';
import type { PortalProfile } from '../../api/types.ts';
import { formOf, profileBody, type ProfileForm } from '../../presenters/portal-profile.ts';
import { Choice } from '../Choice.tsx';
import { Announcer, type Outcome } from './Announcer.tsx';
import { refusal } from './refusal.ts';

const LANGUAGES = [
  { id: 'en', text: 'English' },
  { id: 'es', text: 'Spanish (español)' },
];

function Field(props: { label: string; value: string; onChange: (v: string) => void; type?: string; description?: string }) {
  return (
    <TextField value={props.value} onChange={props.onChange} className="field">
      <Label>{props.label}</Label>
      <Input type={props.type ?? 'text'} />
      {props.description && <Text slot="description">{props.description}</Text>}
    </TextField>
  );
}

export function PortalProfileSection({ personId }: { personId: string }) {
  const path = `/api/people/${encodeURIComponent(personId)}/portal-profile`;
  const [form, setForm] = useState<ProfileForm | null>(null);
  const [loadError, setLoadError] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<ProfileForm>) => setForm((f) => (f ? { ...f, ...patch } : f));

  useEffect(() => {
    let current = true;
    api<PortalProfile>(path).then(
      (p) => current && setForm(formOf(p)),
      (e: Error) => current && setLoadError(`The portal profile could not be loaded: ${e.message}`),
    );
    return () => {
      current = false;
    };
  }, [path]);

  async function save() {
    if (!form) return;
    const checked = profileBody(form);
    if ('problems' in checked) {
      setOutcome({ kind: 'refused', lines: checked.problems });
      return;
    }
    setBusy(true);
    try {
      setForm(formOf(await api<PortalProfile>(path, { method: 'PUT', body: checked.body })));
      setOutcome({ kind: 'done', lines: ['Saved.'] });
    } catch (e) {
      setOutcome(refusal(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="portal-profile-title">
      <h2 id="portal-profile-title">Portal contact and conditions</h2>
      <p className="reasons">Sign-in codes and reminders go to this email and phone. Job matches follow the home ZIP and the conditions.</p>
      {loadError && (
        <p className="error-text" role="alert">
          {loadError}
        </p>
      )}
      {!form && !loadError && <p className="reasons">Loading the portal profile…</p>}
      {form && (
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="form-grid">
            <Field label="Email" type="email" value={form.email} onChange={(email) => set({ email })} />
            <Field
              label="Mobile phone"
              type="tel"
              value={form.phone}
              onChange={(phone) => set({ phone })}
              description="US numbers: 10 digits."
            />
            <Choice
              label="Language"
              value={form.language}
              options={LANGUAGES}
              onChange={(v) => set({ language: v === 'es' ? 'es' : 'en' })}
            />
            <Field
              label="Time zone"
              value={form.timeZone}
              onChange={(timeZone) => set({ timeZone })}
              description="For example America/Chicago."
            />
            <Field label="Home ZIP code" value={form.homeZip} onChange={(homeZip) => set({ homeZip })} />
            <Field label="Curfew starts" type="time" value={form.curfewStart} onChange={(curfewStart) => set({ curfewStart })} />
            <Field label="Curfew ends" type="time" value={form.curfewEnd} onChange={(curfewEnd) => set({ curfewEnd })} />
            <Field
              label="Travel limit (miles)"
              value={form.travelLimitMiles}
              onChange={(travelLimitMiles) => set({ travelLimitMiles })}
              description="Empty: no limit."
            />
          </div>
          <div className="kind-options">
            <Checkbox isSelected={form.noDriving} onChange={(noDriving) => set({ noDriving })}>
              No driving
            </Checkbox>
            <Checkbox isSelected={form.noContactWithMinors} onChange={(noContactWithMinors) => set({ noContactWithMinors })}>
              No contact with minors
            </Checkbox>
            <Checkbox isSelected={form.noAlcoholVenues} onChange={(noAlcoholVenues) => set({ noAlcoholVenues })}>
              No alcohol venues
            </Checkbox>
          </div>
          <div className="button-row">
            <Button type="submit" className="react-aria-Button primary" isDisabled={busy}>
              Save the portal profile
            </Button>
          </div>
        </Form>
      )}
      <Announcer outcome={outcome} />
    </section>
  );
}
