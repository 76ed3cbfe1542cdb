/**
 * Notes on a person's file: the notes the server shows the caller (only those written by the caller's
 * side, defense or agency: a defender's notes are privileged), oldest first, and a form to add one. The
 * section loads its own notes and reads them again after adding, so the list is always the server's.
 * The server checks the text too (trimmed, 1 to 4000 characters); the form checks first only so that
 * a refusal comes without a round trip.
 */
import { Fragment, useEffect, useState } from 'react';
import { Button, Form, Label, Text, TextArea, TextField } from 'react-aria-components';
import { api } from '../../api/client.ts';
import type { Note } from '../../api/types.ts';
import { Announcer, type Outcome } from './Announcer.tsx';
import { refusal } from './refusal.ts';

/** The server's limit (packages/server/src/routes/notes.ts), counted the same way (UTF-16 units, trimmed). */
const MAX_NOTE_LENGTH = 4000;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** In the browser's own time zone: the officer means their day and hour, not UTC's. */
function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : dateTime.format(date);
}

/** The text as written: its line breaks kept, never interpreted as markup. */
function NoteText({ text }: { text: string }) {
  return (
    <p>
      {text.split('\n').map((line, n) => (
        <Fragment key={n}>
          {n > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </p>
  );
}

export function NotesSection({ personId, canWrite }: { personId: string; canWrite: boolean }) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [loadError, setLoadError] = useState('');
  const [revision, setRevision] = useState(0);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const path = `/api/people/${encodeURIComponent(personId)}/notes`;

  useEffect(() => {
    let current = true;
    setLoadError('');
    api<{ notes: Note[] }>(path).then(
      (answer) => current && setNotes(answer.notes),
      (e: Error) => current && setLoadError(`The notes could not be loaded: ${e.message}`),
    );
    return () => {
      current = false;
    };
  }, [path, revision]);

  async function submit() {
    const trimmed = text.trim();
    if (!trimmed) {
      setOutcome({ kind: 'refused', lines: ['Write the note first: it is empty.'] });
      return;
    }
    if (trimmed.length > MAX_NOTE_LENGTH) {
      setOutcome({
        kind: 'refused',
        lines: [`The note is ${trimmed.length} characters long; at most ${MAX_NOTE_LENGTH} are kept. Shorten it or split it in two.`],
      });
      return;
    }
    setBusy(true);
    try {
      const added = await api<Note>(path, { method: 'POST', body: { text: trimmed } });
      setText('');
      setOutcome({ kind: 'done', lines: [`Note added (${when(added.at)}).`] });
      setRevision((r) => r + 1);
    } catch (e) {
      setOutcome(refusal(e));
    } finally {
      setBusy(false);
    }
  }

  const length = text.trim().length;
  return (
    <section className="card" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes</h2>
      <p className="reasons">Only your side sees these notes: defenders’ notes are shown to defenders, the agency’s to agency staff.</p>
      {loadError ? (
        <p className="error-text" role="alert">
          {loadError}
        </p>
      ) : notes === null ? (
        <p className="reasons">Loading the notes…</p>
      ) : notes.length === 0 ? (
        <p>No notes yet.</p>
      ) : (
        <ol className="notes">
          {notes.map((note) => (
            <li key={note.id}>
              <p>
                <strong>{note.authorName}</strong> <span className="reasons">({note.authorRole})</span>{' '}
                <time dateTime={note.at}>{when(note.at)}</time>
              </p>
              <NoteText text={note.text} />
            </li>
          ))}
        </ol>
      )}
      {canWrite && (
        <Form
          className="note-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {/* Not `isRequired`: the browser's own message would appear and vanish as focus moves, shifting the
              button under the pointer. An empty note is refused by submit() through the announcer. */}
          <TextField value={text} onChange={setText} className="field">
            <Label>New note</Label>
            <TextArea rows={4} />
            <Text slot="description">
              {length} of {MAX_NOTE_LENGTH} characters
            </Text>
          </TextField>
          <div className="button-row">
            <Button type="submit" className="react-aria-Button primary" isDisabled={busy}>
              Add the note
            </Button>
          </div>
        </Form>
      )}
      <Announcer outcome={outcome} />
    </section>
  );
}
