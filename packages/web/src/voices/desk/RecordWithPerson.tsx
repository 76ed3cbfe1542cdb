/**
 * An officer or supervisor records a story with a person on their caseload (issue 9; /voices/record/<id>):
 * the person tells it, the officer writes it down, reads the choices aloud, and sends only what the person
 * agreed to: who may read it, for which campaigns, until when, and the confirmation that the person has
 * read (or heard) and agreed to it. POST /api/people/:id/stories, in the person's name: the story is then
 * the person's, who sees it, changes its terms or withdraws it in their portal.
 *
 * The person's name comes from their record (GET /api/people/:id, an audited read, with its reason).
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Button, Checkbox, CheckboxGroup, Form, Input, Label, Radio, RadioGroup, Text, TextArea, TextField } from 'react-aria-components';
import { api, ApiError } from '../../api/client.ts';
import type { PersonDetail } from '../../api/types.ts';
import { expiryRange, MAX_STORY_LENGTH } from '../stories/consent.ts';
import { MAX_MEDIA_BYTES, MEDIA_ACCEPT, readAsBase64 } from '../stories/media.ts';
import { STORY_TIERS, type LiveCampaign, type OwnStory, type StoryTier } from '../stories/types.ts';

const ACCESS_REASON = 'Recording a story with the person';

const TIERS: Record<StoryTier, { label: string; hint: string }> = {
  internal: { label: 'Only the campaign staff', hint: 'Never published. Only the staff of the campaigns read it.' },
  anonymous: {
    label: 'Anyone, without their name',
    hint: 'Names, places, dates and case numbers are hidden before it is shown. A photo or recording is never shown with it.',
  },
  attributed: {
    label: 'Anyone, with their first name',
    hint: 'Shown with their first name and the first letter of their last name, with a photo or recording if one is added.',
  },
};

export function RecordWithPerson({ personId }: { personId: string }) {
  const fileId = useId();
  const [name, setName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [campaigns, setCampaigns] = useState<LiveCampaign[]>([]);
  const [text, setText] = useState('');
  const [tier, setTier] = useState<StoryTier | null>(null);
  const [scope, setScope] = useState<'all' | 'some' | null>(null);
  const [campaignIds, setCampaignIds] = useState<string[]>([]);
  const [expiresOn, setExpiresOn] = useState(() => expiryRange().initial);
  const [file, setFile] = useState<File | null>(null);
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const range = expiryRange();
  const who = name ?? 'the person';

  useEffect(() => {
    api<PersonDetail>(`/api/people/${encodeURIComponent(personId)}`, { reason: ACCESS_REASON }).then(
      (detail) => {
        const n = detail.person.record.name;
        setName([n?.given, n?.family].filter(Boolean).join(' ') || detail.person.id);
      },
      (e: unknown) => setProblem(e instanceof ApiError && e.status === 404 ? 'This person is not on your caseload.' : String(e)),
    );
    api<{ campaigns: LiveCampaign[] }>('/api/stories/campaigns').then(
      (answer) => setCampaigns(answer.campaigns),
      () => setCampaigns([]),
    );
  }, [personId]);

  useEffect(() => {
    document.title = 'Record a story · Pathways';
  }, []);

  async function send(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    const missing =
      text.trim() === ''
        ? 'Write down the story first.'
        : tier === null
          ? 'Choose, with the person, who may read the story.'
          : tier !== 'internal' && scope === null
            ? 'Choose, with the person, for which campaigns.'
            : tier !== 'internal' && scope === 'some' && campaignIds.length === 0
              ? 'Choose at least one campaign, or every campaign.'
              : !agreed
                ? `Confirm that ${who} has read or heard the choices and agreed to them.`
                : file && file.size > MAX_MEDIA_BYTES
                  ? 'The file is larger than 5 MB.'
                  : null;
    if (missing) return setOutcome({ kind: 'error', text: missing });
    setBusy(true);
    try {
      const all = tier === 'internal' || scope === 'all';
      const body = {
        text: text.trim(),
        tier,
        allCampaigns: all,
        campaignIds: all ? [] : campaignIds,
        expiresOn,
        media: file ? { data: await readAsBase64(file) } : null,
        consentConfirmed: true,
      };
      await api<OwnStory>(`/api/people/${encodeURIComponent(personId)}/stories`, { method: 'POST', body });
      setText('');
      setTier(null);
      setScope(null);
      setCampaignIds([]);
      setFile(null);
      setAgreed(false);
      setOutcome({
        kind: 'done',
        text: `Recorded and sent for review. ${who} can see it, change who may read it, or withdraw it in their portal.`,
      });
    } catch (e) {
      setOutcome({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  if (problem) {
    return (
      <>
        <h1 tabIndex={-1}>Record a story</h1>
        <p role="alert" className="error-text">
          {problem}
        </p>
      </>
    );
  }

  return (
    <>
      <h1 tabIndex={-1}>Record a story with {who}</h1>
      <p>
        Sit with {who}. Write the story down in their words, read the choices below to them, and send only what they agree to. The story is
        theirs: they see it in their portal and can change who may read it, or withdraw it, at any time.
      </p>
      <Form onSubmit={send} className="story-record-form">
        <TextField value={text} onChange={(v) => setText(v.slice(0, MAX_STORY_LENGTH))} isRequired maxLength={MAX_STORY_LENGTH}>
          <Label>Their story</Label>
          <TextArea rows={10} />
          <Text slot="description" className="story-hint">
            {(MAX_STORY_LENGTH - text.length).toLocaleString('en-US')} characters left.
          </Text>
        </TextField>
        <RadioGroup value={tier} onChange={(v) => setTier(v as StoryTier)} isRequired className="story-choice-group">
          <Label>Who may read it</Label>
          {STORY_TIERS.map((t) => (
            <Radio key={t} value={t} className="story-choice story-radio">
              <span>
                <span className="story-choice-title">{TIERS[t].label}</span>
                <span className="story-hint story-choice-hint">{TIERS[t].hint}</span>
              </span>
            </Radio>
          ))}
        </RadioGroup>
        {tier !== 'internal' && (
          <RadioGroup value={scope} onChange={(v) => setScope(v as 'all' | 'some')} isRequired className="story-choice-group">
            <Label>For which campaigns</Label>
            <Radio value="all" className="story-choice story-radio">
              Every campaign on Pathways
            </Radio>
            <Radio value="some" className="story-choice story-radio">
              Only the campaigns they choose
            </Radio>
          </RadioGroup>
        )}
        {tier !== 'internal' && scope === 'some' && (
          <CheckboxGroup value={campaignIds} onChange={setCampaignIds} className="story-choice-group">
            <Label>Campaigns</Label>
            {campaigns.length === 0 && <p className="story-hint">No campaign is open right now.</p>}
            {campaigns.map((c) => (
              <Checkbox key={c.id} value={c.id} className="story-choice story-checkbox">
                {c.name} ({c.bill})
              </Checkbox>
            ))}
          </CheckboxGroup>
        )}
        <TextField value={expiresOn} onChange={setExpiresOn} isRequired>
          <Label>Share it until</Label>
          <Input type="date" min={range.min} max={range.max} />
          <Text slot="description" className="story-hint">
            Up to three years from today. From this date it is taken down everywhere, as if withdrawn.
          </Text>
        </TextField>
        <div className="story-file-field">
          <label htmlFor={fileId}>A photo or a recording (optional)</label>
          <input
            id={fileId}
            type="file"
            accept={MEDIA_ACCEPT}
            aria-describedby={`${fileId}-hint`}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <p id={`${fileId}-hint`} className="story-hint">
            A JPEG, PNG or WebP photo, or an MP3, M4A, OGG, WebM or WAV recording, up to 5 MB.
          </p>
        </div>
        <Checkbox isSelected={agreed} onChange={setAgreed} className="story-choice story-checkbox story-consent">
          {who} has read (or heard) these choices and agreed to them: who may read the story, for which campaigns, and until when.
        </Checkbox>
        <Button type="submit" className="primary" isDisabled={busy}>
          Record the story
        </Button>
      </Form>
      <p role="status" className="story-status-text">
        {outcome?.kind === 'done' ? outcome.text : ''}
      </p>
      <p role="alert" className="error-text">
        {outcome?.kind === 'error' ? outcome.text : ''}
      </p>
      <p>
        <a href={`/people/${encodeURIComponent(personId)}`}>Back to {who}’s record</a>
      </p>
    </>
  );
}
