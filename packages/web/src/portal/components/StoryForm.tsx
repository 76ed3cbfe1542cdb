/**
 * Telling a story in the portal (POST /api/portal/stories): the words (up to 10,000 characters), the terms
 * (StoryConsentFields: who may read it, for which campaigns, until when), and a photo or a recording if the
 * person wants one (read here as base64; the server sniffs what it is and refuses anything else). Nothing
 * is chosen for the person: the tier and the campaigns are theirs to pick. The outcome is announced.
 */
import { useId, useState, type FormEvent } from 'react';
import { Button, Form, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { useDraft } from '../../api/drafts.ts';
import { expiryRange, MAX_STORY_LENGTH } from '../../voices/stories/consent.ts';
import { MAX_MEDIA_BYTES, MEDIA_ACCEPT, readAsBase64 } from '../../voices/stories/media.ts';
import type { LiveCampaign, OwnStory } from '../../voices/stories/types.ts';
import { errorKey } from '../presenters/errors.ts';
import { useSession } from '../session.ts';
import { useFormat } from './common.tsx';
import { consentBody, consentProblem, StoryConsentFields, type ConsentChoice } from './StoryConsentFields.tsx';

/** The person's words for what went wrong: the file's own problems first, then the general ones. */
function storyErrorKey(error: unknown): string {
  if (error instanceof ApiError && error.status === 413) return 'story.mediaTooBig';
  if (error instanceof ApiError && error.status === 415) return 'story.mediaRefused';
  return errorKey(error);
}

export function StoryForm({ campaigns, onTold }: { campaigns: LiveCampaign[]; onTold: (story: OwnStory) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { sessionEnded } = useSession();
  const fileId = useId();
  // The story's words are kept as a draft until told (api/drafts.ts); the choices are made again.
  const [text, setText] = useDraft('/api/portal/stories');
  const [choice, setChoice] = useState<ConsentChoice>(() => ({
    tier: null,
    scope: null,
    campaignIds: [],
    expiresOn: expiryRange().initial,
  }));
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'sent' } | { kind: 'error'; key: string } | null>(null);

  function chooseFile(chosen: File | null) {
    setOutcome(null);
    if (chosen && chosen.size > MAX_MEDIA_BYTES) {
      setFile(null);
      setFileKey((k) => k + 1);
      setOutcome({ kind: 'error', key: 'story.mediaTooBig' });
      return;
    }
    setFile(chosen);
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    const missing = text.trim() === '' ? 'story.needText' : consentProblem(choice);
    if (missing) {
      setOutcome({ kind: 'error', key: missing });
      return;
    }
    setBusy(true);
    try {
      let media: { data: string } | null = null;
      if (file) {
        try {
          media = { data: await readAsBase64(file) };
        } catch {
          setOutcome({ kind: 'error', key: 'story.mediaUnread' });
          return;
        }
      }
      const told = await api<OwnStory>('/api/portal/stories', {
        method: 'POST',
        body: { text: text.trim(), ...consentBody(choice), media },
      });
      setText('');
      setFile(null);
      setFileKey((k) => k + 1);
      setChoice({ tier: null, scope: null, campaignIds: [], expiresOn: expiryRange().initial });
      setOutcome({ kind: 'sent' });
      onTold(told);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) sessionEnded();
      else setOutcome({ kind: 'error', key: storyErrorKey(e) });
    } finally {
      setBusy(false);
    }
  }

  const left = MAX_STORY_LENGTH - text.length;
  return (
    <Form onSubmit={send} className="stack story-form">
      <TextField value={text} onChange={(v) => setText(v.slice(0, MAX_STORY_LENGTH))} isRequired maxLength={MAX_STORY_LENGTH}>
        <Label>{t('story.text')}</Label>
        <TextArea rows={8} />
        <Text slot="description" className="hint">
          {t('story.left', { count: left, n: format.number(left) })}
        </Text>
      </TextField>
      <StoryConsentFields choice={choice} onChange={setChoice} campaigns={campaigns} />
      <div className="file-field">
        <label htmlFor={fileId} className="react-aria-Label">
          {t('story.media')}
        </label>
        <input
          key={fileKey}
          id={fileId}
          type="file"
          accept={MEDIA_ACCEPT}
          aria-describedby={`${fileId}-hint`}
          onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
        />
        <p id={`${fileId}-hint`} className="hint">
          {t('story.mediaHint')}
          {choice.tier === 'anonymous' ? ` ${t('story.mediaAnonymous')}` : ''}
        </p>
        {file && (
          <p>
            {t('story.mediaChosen', { name: file.name })}{' '}
            <Button
              className="link-button"
              onPress={() => {
                setFile(null);
                setFileKey((k) => k + 1);
              }}
            >
              {t('story.mediaRemove')}
            </Button>
          </p>
        )}
      </div>
      <Button type="submit" className="primary" isDisabled={busy}>
        {t('story.send')}
      </Button>
      <p role="status" className="status-text">
        {outcome?.kind === 'sent' ? t('story.sent') : ''}
      </p>
      <p role="alert" className="error-text">
        {outcome?.kind === 'error' ? t(outcome.key) : ''}
      </p>
    </Form>
  );
}
