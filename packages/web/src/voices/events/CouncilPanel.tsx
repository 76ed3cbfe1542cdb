/**
 * Councils on the desk: each council with how many sit on it today; a chosen council's members (current
 * ones first, by role), each with their role, email and dates, who can be marked as having left (or
 * brought back); a form to add a member and one to start a council. Roles: chair, member, youth member
 * (a young person the council speaks for), staff liaison.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { api } from '../../api/client.ts';
import { SelectField, TextInput } from './Fields.tsx';
import type { Council, CouncilMember, CouncilRole } from './types.ts';
import { errorText, useChange, useLoad } from '../useLoad.ts';

const ROLES: { id: CouncilRole; text: string }[] = [
  { id: 'chair', text: 'Chair' },
  { id: 'member', text: 'Member' },
  { id: 'youth_member', text: 'Youth member' },
  { id: 'staff_liaison', text: 'Staff liaison' },
];

const today = () => new Date().toISOString().slice(0, 10);

function Members({ councilId, onChanged }: { councilId: string; onChanged: () => void }) {
  const { result, reload } = useLoad<{ council: Council; members: CouncilMember[] }>(
    `/api/voices/councils/${encodeURIComponent(councilId)}`,
  );
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<CouncilRole>('youth_member');
  const [joinedOn, setJoinedOn] = useState(today);

  const { status, error, busy, change } = useChange(async () => {
    await reload();
    onChanged();
  });

  function add(e: FormEvent) {
    e.preventDefault();
    void change(async () => {
      const member = await api<CouncilMember>(`/api/voices/councils/${encodeURIComponent(councilId)}/members`, {
        method: 'POST',
        body: { name: name.trim(), email: email.trim(), role, joinedOn, leftOn: null },
      });
      setName('');
      setEmail('');
      return `${member.name} added as ${member.roleLabel.toLowerCase()}.`;
    });
  }

  const setLeft = (m: CouncilMember, leftOn: string | null) =>
    change(async () => {
      await api(`/api/voices/councils/${encodeURIComponent(councilId)}/members/${m.id}`, { method: 'PUT', body: { leftOn } });
      return leftOn === null ? `${m.name} is back on the council.` : `${m.name} has left the council.`;
    });

  if (result.state !== 'ready')
    return result.state === 'error' ? (
      <p role="alert" className="error-text">
        {result.message}
      </p>
    ) : (
      <p role="status">Loading the members…</p>
    );
  const { council, members } = result.data;
  return (
    <section aria-labelledby="council-members-title" className="council-members">
      <h3 id="council-members-title">Members of {council.name}</h3>
      {council.description && <p>{council.description}</p>}
      {members.length === 0 ? (
        <p>No members yet.</p>
      ) : (
        <ul className="member-list">
          {members.map((m) => (
            <li key={m.id} className={m.leftOn ? 'member-left' : undefined}>
              <span className="member-name">{m.name}</span>
              <span>{m.roleLabel}</span>
              <span>{m.email}</span>
              <span>
                Joined {m.joinedOn}
                {m.leftOn && `, left ${m.leftOn}`}
              </span>
              <Button
                className="secondary"
                isDisabled={busy}
                aria-label={m.leftOn ? `Bring back: ${m.name}` : `Mark as left today: ${m.name}`}
                onPress={() => void setLeft(m, m.leftOn ? null : today())}
              >
                {m.leftOn ? 'Bring back' : 'Mark as left today'}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="ev-status">
        {status}
      </p>
      <p role="alert" className="error-text">
        {error}
      </p>
      <Form onSubmit={add} className="event-form" aria-labelledby="add-member-title">
        <h4 id="add-member-title">Add a member</h4>
        <TextInput label="Name" value={name} onChange={setName} isRequired maxLength={200} />
        <TextInput label="Email" type="email" value={email} onChange={setEmail} isRequired maxLength={254} />
        <SelectField label="Role" value={role} options={ROLES} onChange={(v) => setRole(v as CouncilRole)} />
        <TextInput label="Joined on" type="date" value={joinedOn} onChange={setJoinedOn} isRequired />
        <Button type="submit" className="primary" isDisabled={busy || name.trim() === '' || email.trim() === ''}>
          Add member
        </Button>
      </Form>
    </section>
  );
}

export function CouncilPanel({ onChanged }: { onChanged: () => void }) {
  const { result, reload } = useLoad<{ councils: Council[] }>('/api/voices/councils');
  const [chosen, setChosen] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (chosen === null && result.state === 'ready' && result.data.councils[0]) setChosen(result.data.councils[0].id);
  }, [chosen, result]);

  async function create(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const council = await api<Council>('/api/voices/councils', {
        method: 'POST',
        body: { name: name.trim(), description: description.trim() },
      });
      setName('');
      setDescription('');
      await reload();
      setChosen(council.id);
      onChanged();
    } catch (x) {
      setError(errorText(x));
    } finally {
      setBusy(false);
    }
  }

  const refresh = () => {
    void reload();
    onChanged();
  };

  return (
    <section aria-labelledby="councils-title" className="councils">
      <h2 id="councils-title">Councils</h2>
      {result.state === 'loading' && <p role="status">Loading the councils…</p>}
      {result.state === 'error' && (
        <p role="alert" className="error-text">
          {result.message}
        </p>
      )}
      {result.state === 'ready' && (
        <ul className="council-list">
          {result.data.councils.map((c) => (
            <li key={c.id}>
              <Button className="ev-link-button" onPress={() => setChosen(c.id)} {...(chosen === c.id ? { 'aria-current': true } : {})}>
                {c.name}
              </Button>{' '}
              <span className="ev-hint">
                {c.activeMembers} {c.activeMembers === 1 ? 'member' : 'members'}
              </span>
            </li>
          ))}
        </ul>
      )}
      {chosen !== null && <Members key={chosen} councilId={chosen} onChanged={refresh} />}
      <Form onSubmit={create} className="event-form" aria-labelledby="new-council-title">
        <h3 id="new-council-title">New council</h3>
        <TextInput label="Council name" value={name} onChange={setName} isRequired maxLength={200} />
        <TextInput label="About the council" value={description} onChange={setDescription} multiline maxLength={4000} />
        <p role="alert" className="error-text">
          {error}
        </p>
        <Button type="submit" className="secondary" isDisabled={busy || name.trim() === ''}>
          Create council
        </Button>
      </Form>
    </section>
  );
}
