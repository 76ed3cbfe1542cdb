/**
 * "Write to your legislators", for a supporter who confirmed their address on this browser: who their
 * legislators are (from their ZIP code), a box for their own words, the letters to review (one per
 * legislator, exactly as they will be sent), then send. Both steps are public forms. A ZIP with no
 * district, or in another state, is said in the server's words; legislators already written to are
 * marked, and a supporter who has written to all of them is thanked rather than offered the form again.
 * "Not you?" forgets this browser's supporter.
 */
import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { ApiError } from '../../api/client.ts';
import { HoneypotField } from '../HoneypotField.tsx';
import { postPublicForm } from '../public-form.ts';
import { CampaignTextField } from './CampaignFields.tsx';
import type { LetterPreview, SentLetters, Supporter, SupporterView } from './types.ts';

const OWN_WORDS_MAX = 2000;

function problemText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) return 'Too many tries from this connection. Wait a few minutes and try again.';
    return error.message;
  }
  return 'The server could not be reached. Check your connection and try again.';
}

/** A letter's text with its line breaks (no inline styles: the page's policy allows none). */
function LetterText({ text }: { text: string }) {
  return (
    <div className="cmp-letter-text">
      {text
        .trimEnd()
        .split('\n\n')
        .map((paragraph, i) => (
          <p key={i}>
            {paragraph.split('\n').map((line, j, lines) => (
              <span key={j}>
                {line}
                {j < lines.length - 1 && <br />}
              </span>
            ))}
          </p>
        ))}
    </div>
  );
}

export function LetterForm({
  campaignId,
  view,
  closed,
  onChanged,
  onSignOut,
}: {
  campaignId: string;
  view: SupporterView & { supporter: Supporter };
  closed: boolean;
  onChanged: () => void;
  onSignOut: () => Promise<void>;
}) {
  const [ownWords, setOwnWords] = useState('');
  const [website, setWebsite] = useState('');
  const [letters, setLetters] = useState<LetterPreview[] | null>(null);
  const [sent, setSent] = useState<SentLetters | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const path = `/api/public/campaigns/${encodeURIComponent(campaignId)}/letters`;
  const { supporter, recipients } = view;
  const legislators = recipients?.legislators ?? [];
  const toWrite = legislators.filter((l) => !l.written);

  async function review(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const answer = await postPublicForm<{ letters: LetterPreview[] }>(`${path}/preview`, { ownWords, website });
      setLetters(answer.letters.filter((l) => !l.alreadySent));
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  }

  async function send() {
    setBusy(true);
    setError('');
    try {
      setSent(await postPublicForm<SentLetters>(path, { ownWords, website }));
      setLetters(null);
      onChanged();
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="cmp-write">
      <p className="cmp-who">
        Writing as <strong>{supporter.name}</strong>, ZIP code {supporter.zip}.{' '}
        <Button className="link-button" onPress={() => void onSignOut()}>
          Not you?
        </Button>
      </p>
      <p role="status" className="cmp-status">
        {sent === null
          ? ''
          : sent.sent.length > 0
            ? `Sent. Your letter${sent.sent.length === 1 ? ' is' : 's are'} on the way to ${sent.sent.map((s) => s.to).join(' and ')}. Thank you!`
            : ''}
      </p>
      <p role="alert" className="error-text">
        {error}
      </p>
      {recipients !== null && !recipients.found && <p className="cmp-notice">{recipients.message}</p>}
      {legislators.length > 0 && (
        <>
          <h3>Your legislators</h3>
          <ul className="cmp-recipients">
            {legislators.map((l) => (
              <li key={l.id}>
                {l.title} {l.name}
                {l.party ? ` (${l.party})` : ''}, {l.districtName}
                {l.written && <span className="cmp-chip"> Letter sent</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {closed && <p className="cmp-notice">This campaign is closed and takes no more letters.</p>}
      {!closed && legislators.length > 0 && toWrite.length === 0 && sent === null && (
        <p className="cmp-notice">You have written to each of your legislators about this bill. Thank you!</p>
      )}
      {!closed && toWrite.length > 0 && letters === null && (
        <Form onSubmit={review} className="cmp-form" aria-label="Write to your legislators">
          <CampaignTextField
            label="In your own words (optional)"
            value={ownWords}
            onChange={setOwnWords}
            rows={5}
            maxLength={OWN_WORDS_MAX}
            hint="Why this bill matters to you. It goes in the letter as you write it."
          />
          <HoneypotField value={website} onChange={setWebsite} />
          <Button type="submit" className="primary" isDisabled={busy}>
            {busy ? 'Preparing…' : 'Review my letters'}
          </Button>
        </Form>
      )}
      {letters !== null && (
        <section aria-labelledby="cmp-review-title" className="cmp-review">
          <h3 id="cmp-review-title" tabIndex={-1}>
            Review your letter{letters.length === 1 ? '' : 's'}
          </h3>
          <p>
            {letters.length === 1 ? 'This letter goes' : `These ${letters.length} letters go`} by email, exactly as shown, when you press
            Send.
          </p>
          {letters.map((l) => (
            <article key={l.legislatorId} className="cmp-letter" aria-label={`Letter to ${l.to}`}>
              <h4>
                To {l.to}, {l.districtName}
              </h4>
              <p className="cmp-muted">Subject: {l.subject}</p>
              <LetterText text={l.body} />
            </article>
          ))}
          <div className="cmp-actions">
            <Button className="primary" onPress={() => void send()} isDisabled={busy || letters.length === 0}>
              {busy ? 'Sending…' : `Send ${letters.length === 1 ? 'my letter' : `my ${letters.length} letters`}`}
            </Button>
            <Button className="secondary" onPress={() => setLetters(null)} isDisabled={busy}>
              Edit my words
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
