/**
 * Notes on a person's file: the notes the server shows the caller (only those written by the caller's
 * side, defense or agency: a defender's notes are privileged), oldest first, and a form to add one. The
 * server checks the text too (trimmed, 1 to 4000 characters).
 */
import type { Note } from '../../api/types.ts';
import { TextThread, when } from './TextThread.tsx';

/** The server's limit (packages/server/src/routes/notes.ts), counted the same way (UTF-16 units, trimmed). */
const MAX_NOTE_LENGTH = 4000;

export function NotesSection({ personId, canWrite }: { personId: string; canWrite: boolean }) {
  return (
    <TextThread<Note>
      path={`/api/people/${encodeURIComponent(personId)}/notes`}
      listKey="notes"
      bodyKey="text"
      noun="note"
      title="Notes"
      intro="Only your side sees these notes: defenders’ notes are shown to defenders, the agency’s to agency staff."
      fieldLabel="New note"
      submitLabel="Add the note"
      maxLength={MAX_NOTE_LENGTH}
      canWrite={canWrite}
      head={(note) => (
        <>
          <strong>{note.authorName}</strong> <span className="reasons">({note.authorRole})</span>{' '}
          <time dateTime={note.at}>{when(note.at)}</time>
        </>
      )}
      text={(note) => note.text}
      added={(note) => `Note added (${when(note.at)}).`}
    />
  );
}
