/**
 * Messages with the person, as the officer or supervisor sees them on the person page: the whole
 * conversation oldest first (what the person wrote in their portal and what staff wrote back, each with
 * who and when, and whether the person has read it), and a form to write to the person. The person gets
 * a text or email saying a message is waiting, never the message itself. Reading is audited by the server.
 */
import type { PortalMessage } from '../../api/types.ts';
import { TextThread, when } from './TextThread.tsx';

/** The server's limit (packages/server/src/routes/portal/portal.ts), counted the same way (trimmed). */
const MAX_MESSAGE_LENGTH = 2000;

export function MessagesSection({ personId, personName }: { personId: string; personName: string }) {
  return (
    <TextThread<PortalMessage>
      path={`/api/people/${encodeURIComponent(personId)}/messages`}
      listKey="messages"
      bodyKey="body"
      noun="message"
      title="Messages"
      intro={`What you write here, ${personName} reads in their portal. Messages are kept in the record.`}
      fieldLabel={`Message to ${personName}`}
      submitLabel="Send the message"
      maxLength={MAX_MESSAGE_LENGTH}
      canWrite
      head={(m) => (
        <>
          <strong>{m.direction === 'from_person' ? personName : m.authorName}</strong>{' '}
          <span className="reasons">({m.direction === 'from_person' ? 'from the person' : 'to the person'})</span>{' '}
          <time dateTime={m.at}>{when(m.at)}</time>
          {m.direction === 'to_person' && <span className="reasons"> · {m.readAt ? `read ${when(m.readAt)}` : 'not read yet'}</span>}
        </>
      )}
      text={(m) => m.body}
      added={(m) => `Message sent (${when(m.at)}). ${personName} is told by text or email that a message is waiting.`}
    />
  );
}
