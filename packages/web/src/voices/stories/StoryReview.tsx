/**
 * One story in the desk, to review (GET /api/voices/stories/:id, which counts the reviewer's view and
 * audits it). An anonymous story shows its text with every mask highlighted and labelled, and the words the
 * public will read instead; the reviewer removes a mask that hides nothing identifying, puts back one the
 * rules suggested, or adds one by typing the words to hide (each place they occur), then confirms having
 * read the whole story before marking it reviewed. Then: publish (never an internal-only story; the
 * shared link is shown once), a new link, or reject with a reason the storyteller will read.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Button, Checkbox, Form, Input, Label, Radio, RadioGroup, TextArea, TextField } from 'react-aria-components';
import { api, ApiError } from '../../api/client.ts';
import { applyMasks, MASK_LABELS, normalizeMasks, occurrences, segments } from './masks.ts';
import { MASK_KINDS, type DeskStory, type MaskKind, type MaskSpan } from './types.ts';
import { endingSentence } from './attribution.ts';

const TIER_WORDS = { internal: 'Internal only', anonymous: 'Anonymous', attributed: 'Attributed' } as const;
const KIND_WORDS: Record<MaskKind, string> = {
  name: 'a name',
  place: 'a place',
  date: 'a date',
  case_number: 'a case number',
  phone: 'a phone number',
  email: 'an email address',
};

type Outcome = { kind: 'done'; text: string } | { kind: 'error'; text: string } | null;
type Loaded =
  { state: 'loading' } | { state: 'ready'; story: DeskStory } | { state: 'gone'; message: string } | { state: 'error'; message: string };

const sameSpan = (a: MaskSpan, b: MaskSpan) => a.start === b.start && a.end === b.end;

export function StoryReview({ id, onChanged }: { id: string; onChanged: () => void }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [masks, setMasks] = useState<MaskSpan[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [words, setWords] = useState('');
  const [kind, setKind] = useState<MaskKind>('name');
  const [reason, setReason] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const base = `/api/voices/stories/${encodeURIComponent(id)}`;

  function show(story: DeskStory) {
    setLoaded({ state: 'ready', story });
    setMasks(story.masks ?? []);
  }

  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    setOutcome(null);
    setLink(null);
    setConfirmed(false);
    api<DeskStory>(base).then(
      (story) => current && show(story),
      (e: unknown) => {
        if (!current) return;
        const message = e instanceof Error ? e.message : String(e);
        setLoaded(e instanceof ApiError && e.status === 410 ? { state: 'gone', message } : { state: 'error', message });
      },
    );
    return () => {
      current = false;
    };
  }, [base]);

  // Opening a story takes the keyboard to it (it appears beside the list, or under it on a phone).
  useEffect(() => {
    if (loaded.state === 'ready') document.getElementById('story-review-title')?.focus();
  }, [loaded.state]);

  async function act(work: () => Promise<string>) {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ kind: 'done', text: await work() });
      onChanged();
    } catch (e) {
      if (e instanceof ApiError && e.status === 410) setLoaded({ state: 'gone', message: e.message });
      setOutcome({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  if (loaded.state === 'loading') return <p role="status">Loading the story…</p>;
  if (loaded.state !== 'ready') {
    return (
      <>
        <h2 tabIndex={-1}>{loaded.state === 'gone' ? 'This story is gone' : 'The story could not be loaded'}</h2>
        <p role="alert" className="error-text">
          {loaded.message}
        </p>
      </>
    );
  }

  const story = loaded.story;
  const text = story.text ?? '';
  const anonymous = story.tier === 'anonymous';
  const kept = normalizeMasks(text, masks);
  const unkept = (story.suggested ?? []).filter((s) => !kept.some((k) => sameSpan(k, s)));

  function addMask(event: FormEvent) {
    event.preventDefault();
    const found = occurrences(text, words, kind);
    if (found.length === 0) {
      setOutcome({ kind: 'error', text: `“${words.trim()}” is not in the story.` });
      return;
    }
    setMasks(normalizeMasks(text, [...kept, ...found]));
    setOutcome({
      kind: 'done',
      text: `Masked ${found.length === 1 ? 'one place' : `${found.length} places`} where “${words.trim()}” occurs.`,
    });
    setWords('');
    setConfirmed(false);
  }

  const review = () =>
    act(async () => {
      show(await api<DeskStory>(`${base}/review`, { method: 'POST', body: { confirmed: true, ...(anonymous ? { masks: kept } : {}) } }));
      return 'Marked reviewed.';
    });
  const publish = () =>
    act(async () => {
      const answer = await api<{ story: DeskStory; link: { url: string } }>(`${base}/publish`, { method: 'POST' });
      show(answer.story);
      setLink(new URL(answer.link.url, window.location.origin).href);
      return 'Published. It shows on the campaign pages in its scope now.';
    });
  const newLink = () =>
    act(async () => {
      const made = await api<{ url: string }>(`${base}/link`, { method: 'POST' });
      setLink(new URL(made.url, window.location.origin).href);
      return 'A new shared link was made.';
    });
  const reject = () =>
    act(async () => {
      show(await api<DeskStory>(`${base}/reject`, { method: 'POST', body: { reason: reason.trim() } }));
      setReason('');
      return 'Rejected. The storyteller will read your reason.';
    });

  return (
    <article className="story-review" aria-labelledby="story-review-title">
      <h2 id="story-review-title" tabIndex={-1}>
        {TIER_WORDS[story.tier]} story · {story.status}
      </h2>
      <p className="stories-note">
        {story.recordedWith === 'staff' ? 'Recorded with the person by their officer. ' : 'Told in the portal. '}
        {story.allCampaigns ? 'For every campaign' : `For ${story.campaigns.map((c) => c.name).join(', ')}`} until {story.expiresOn}.
        {story.reviewedBy && ` Reviewed by ${story.reviewedBy}.`}
      </p>
      {story.tier === 'internal' && <p className="story-flag">Internal only: read by campaign staff, never published.</p>}
      {story.tier === 'attributed' && story.attribution && <p className="story-flag">Shown as {endingSentence(story.attribution)}</p>}
      {story.rejectReason && <p className="story-flag">Rejected: {story.rejectReason}</p>}

      <h3>{anonymous ? 'The story, with its masks' : 'The story'}</h3>
      <p className="story-source">
        {anonymous
          ? segments(text, kept).map((piece, n) =>
              piece.mask ? (
                <mark key={n} className={`story-mask story-mask-${piece.mask.kind}`}>
                  {piece.text}
                  <span className="story-mask-label"> {MASK_LABELS[piece.mask.kind]}</span>
                </mark>
              ) : (
                <span key={n}>{piece.text}</span>
              ),
            )
          : text}
      </p>

      {story.media && (
        <div className="story-media">
          <h3>{story.media.kind === 'photo' ? 'Photo' : 'Recording'}</h3>
          {anonymous && <p className="stories-note">Never shown publicly with an anonymous story (a face or a voice identifies).</p>}
          {story.media.kind === 'photo' ? (
            <img className="story-photo" src={`${base}/media`} alt="The photo the storyteller added" />
          ) : (
            <audio controls preload="none" src={`${base}/media`} aria-label="The recording the storyteller added" />
          )}
        </div>
      )}

      {anonymous && (
        <>
          <h3>What the public will read</h3>
          <blockquote className="story-quote">{applyMasks(text, kept)}</blockquote>

          {story.status === 'submitted' && (
            <section aria-labelledby="masks-title" className="story-masks-editor">
              <h3 id="masks-title">Masks ({kept.length})</h3>
              {kept.length === 0 ? (
                <p>Nothing is masked.</p>
              ) : (
                <ul className="story-mask-list">
                  {kept.map((m) => (
                    <li key={`${m.start}-${m.end}`}>
                      “{text.slice(m.start, m.end)}” as {KIND_WORDS[m.kind]}{' '}
                      <Button
                        className="secondary story-small-button"
                        aria-label={`Remove the mask on “${text.slice(m.start, m.end)}”`}
                        onPress={() => {
                          setMasks(kept.filter((k) => !sameSpan(k, m)));
                          setConfirmed(false);
                        }}
                      >
                        Remove
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
              {unkept.length > 0 && (
                <>
                  <h4>Suggested, not masked</h4>
                  <ul className="story-mask-list">
                    {unkept.map((m) => (
                      <li key={`${m.start}-${m.end}`}>
                        “{text.slice(m.start, m.end)}” as {KIND_WORDS[m.kind]}{' '}
                        <Button
                          className="secondary story-small-button"
                          aria-label={`Mask “${text.slice(m.start, m.end)}” again`}
                          onPress={() => {
                            setMasks(normalizeMasks(text, [...kept, m]));
                            setConfirmed(false);
                          }}
                        >
                          Mask again
                        </Button>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <Form onSubmit={addMask} className="story-add-mask">
                <TextField value={words} onChange={setWords} isRequired>
                  <Label>Words to hide</Label>
                  <Input />
                </TextField>
                <RadioGroup value={kind} onChange={(k) => setKind(k as MaskKind)} orientation="horizontal" className="story-mask-kinds">
                  <Label>They are</Label>
                  {MASK_KINDS.map((k) => (
                    <Radio key={k} value={k} className="story-choice story-radio">
                      {KIND_WORDS[k]}
                    </Radio>
                  ))}
                </RadioGroup>
                <Button type="submit" className="secondary" isDisabled={words.trim() === ''}>
                  Add the mask
                </Button>
              </Form>
            </section>
          )}
        </>
      )}

      <section aria-labelledby="decide-title" className="story-decide">
        <h3 id="decide-title">Decision</h3>
        {story.status === 'submitted' && (
          <div className="story-stack">
            <Checkbox isSelected={confirmed} onChange={setConfirmed} className="story-choice story-checkbox">
              {anonymous ? 'I read the whole story and checked its masks.' : 'I read the whole story.'}
            </Checkbox>
            <Button className="primary" isDisabled={!confirmed || busy} onPress={() => void review()}>
              Mark reviewed
            </Button>
          </div>
        )}
        {story.status === 'reviewed' && story.tier !== 'internal' && (
          <Button className="primary" isDisabled={busy} onPress={() => void publish()}>
            Publish
          </Button>
        )}
        {story.status === 'published' && (
          <Button className="secondary" isDisabled={busy} onPress={() => void newLink()}>
            Make a new shared link
          </Button>
        )}
        {link && (
          <p className="story-break">
            Shared link (shown this once): <a href={link}>{link}</a>
          </p>
        )}
        {story.status !== 'rejected' && (
          <Form
            className="story-reject-form"
            onSubmit={(e) => {
              e.preventDefault();
              void reject();
            }}
          >
            <TextField value={reason} onChange={setReason} isRequired>
              <Label>Reason for rejecting (the storyteller reads it)</Label>
              <TextArea rows={2} />
            </TextField>
            <Button type="submit" className="secondary" isDisabled={busy || reason.trim() === ''}>
              Reject
            </Button>
          </Form>
        )}
      </section>
      <p role="status" className="story-status-text">
        {outcome?.kind === 'done' ? outcome.text : ''}
      </p>
      <p role="alert" className="error-text">
        {outcome?.kind === 'error' ? outcome.text : ''}
      </p>
    </article>
  );
}
