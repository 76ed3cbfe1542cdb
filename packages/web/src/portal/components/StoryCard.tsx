/**
 * One of the person's stories: where it stands (and why it was not accepted), its terms, what they wrote
 * and what others read, and what they can do with it: see who viewed it, get a link once it is published,
 * change its terms (narrower at once, wider back to review), and withdraw it, after a second press that
 * says what withdrawing does. A withdrawn or expired story shows only that it existed.
 */
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import type { LiveCampaign, OwnStory, StoryViewCount } from '../../voices/stories/types.ts';
import { errorKey } from '../presenters/errors.ts';
import { useSession } from '../session.ts';
import { useFormat } from './common.tsx';
import { consentBody, consentProblem, StoryConsentFields, type ConsentChoice } from './StoryConsentFields.tsx';
import { endingSentence } from '../../voices/stories/attribution.ts';

type Outcome = { kind: 'done'; key: string } | { kind: 'error'; key: string } | null;

const choiceOf = (story: OwnStory): ConsentChoice => ({
  tier: story.tier,
  scope: story.allCampaigns ? 'all' : 'some',
  campaignIds: story.campaigns.map((c) => c.id),
  expiresOn: story.expiresOn,
});

export function StoryCard({ story, campaigns, onChanged }: { story: OwnStory; campaigns: LiveCampaign[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { sessionEnded } = useSession();
  const [views, setViews] = useState<StoryViewCount[] | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [editing, setEditing] = useState<ConsentChoice | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const base = `/api/portal/stories/${encodeURIComponent(story.id)}`;
  const ended = story.status === 'withdrawn' || story.status === 'expired';

  async function attempt(work: () => Promise<void>) {
    setOutcome(null);
    try {
      await work();
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) sessionEnded();
      else setOutcome({ kind: 'error', key: errorKey(e) });
    }
  }

  const toggleViews = () =>
    attempt(async () => {
      if (views) return setViews(null);
      setViews((await api<{ views: StoryViewCount[] }>(`${base}/views`)).views);
    });

  const makeLink = () =>
    attempt(async () => {
      const made = await api<{ url: string }>(`${base}/link`, { method: 'POST' });
      setLink(new URL(made.url, window.location.origin).href);
    });

  const save = () =>
    attempt(async () => {
      if (!editing) return;
      const missing = consentProblem(editing);
      if (missing) return setOutcome({ kind: 'error', key: missing });
      const saved = await api<OwnStory>(`${base}/consent`, { method: 'PUT', body: consentBody(editing) });
      setEditing(null);
      const toReview = saved.status === 'submitted' && story.status !== 'submitted';
      setOutcome({ kind: 'done', key: toReview ? 'story.savedToReview' : 'story.saved' });
      onChanged();
    });

  const withdraw = () =>
    attempt(async () => {
      await api<OwnStory>(`${base}/withdraw`, { method: 'POST' });
      setConfirming(false);
      setLink(null);
      setViews(null);
      setOutcome({ kind: 'done', key: 'story.withdrawn' });
      onChanged();
    });

  return (
    <li className="card story-card">
      <h3>
        <span className={`tag story-status status-${story.status}`}>{t(`story.statuses.${story.status}`)}</span>{' '}
        {t(`story.tiers.${story.tier}`)}
      </h3>
      <p className="small muted">
        {t('story.told', { date: format.dateOf(story.createdAt) })}
        {story.recordedWith === 'staff' ? ` ${t('story.withStaff')}` : ''}
        {!ended && ` ${t('story.until', { date: format.date(story.expiresOn) })}`}
      </p>
      {ended ? (
        <p>{t('story.ended', { date: format.dateOf(story.endedAt ?? story.createdAt) })}</p>
      ) : (
        <>
          {story.tier !== 'internal' && (
            <p className="small">
              {story.allCampaigns
                ? t('story.everyCampaign')
                : t('story.forCampaigns', { campaigns: story.campaigns.map((c) => c.name).join(', ') })}
            </p>
          )}
          {story.status === 'rejected' && story.rejectReason && (
            <p className="story-reason">{t('story.reason', { reason: story.rejectReason })}</p>
          )}
          <h4>{t('story.yourWords')}</h4>
          <blockquote className="story-text">{story.text}</blockquote>
          {story.media && <p className="small">{story.media.kind === 'photo' ? t('story.hasPhoto') : t('story.hasAudio')}</p>}
          {story.tier !== 'internal' && story.maskedText !== null && (
            <>
              <h4>{t('story.publicWords')}</h4>
              <blockquote className="story-text">{story.maskedText}</blockquote>
              {story.attribution && <p className="small">{t('story.shownAs', { name: endingSentence(story.attribution) })}</p>}
            </>
          )}
          <div className="story-actions">
            <Button onPress={() => void toggleViews()} aria-expanded={views !== null}>
              {views ? t('story.viewsHide') : t('story.views')}
            </Button>
            {story.status === 'published' && story.tier !== 'internal' && (
              <Button onPress={() => void makeLink()}>{t('story.link')}</Button>
            )}
            <Button onPress={() => setEditing(editing ? null : choiceOf(story))} aria-expanded={editing !== null}>
              {t('story.change')}
            </Button>
            <Button onPress={() => setConfirming(true)} className="danger">
              {t('story.withdraw')}
            </Button>
          </div>
        </>
      )}
      {views &&
        (views.length === 0 ? (
          <p>{t('story.viewsNone')}</p>
        ) : (
          <ul className="plain-list" aria-label={t('story.views')}>
            {views.map((v, n) => (
              <li key={`${v.day}-${v.kind}-${n}`}>
                <time dateTime={v.day}>{format.date(v.day)}</time>: {t(`story.viewKinds.${v.kind}`, { name: v.viewerName ?? '' })} ·{' '}
                {t('story.times', { count: v.views, n: format.number(v.views) })}
              </li>
            ))}
          </ul>
        ))}
      {link && (
        <p className="break">
          {t('story.linkMade')} <a href={link}>{link}</a>
        </p>
      )}
      {editing && !ended && (
        <Form
          className="stack story-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p>{t('story.changeIntro')}</p>
          <StoryConsentFields choice={editing} onChange={setEditing} campaigns={campaigns} />
          <div className="story-actions">
            <Button type="submit" className="primary">
              {t('story.save')}
            </Button>
            <Button onPress={() => setEditing(null)}>{t('story.cancel')}</Button>
          </div>
        </Form>
      )}
      {confirming && !ended && (
        <div className="story-confirm" role="group" aria-label={t('story.withdraw')}>
          <p>{t('story.withdrawAsk')}</p>
          <div className="story-actions">
            <Button className="danger primary-danger" onPress={() => void withdraw()} autoFocus>
              {t('story.withdrawYes')}
            </Button>
            <Button onPress={() => setConfirming(false)}>{t('story.withdrawNo')}</Button>
          </div>
        </div>
      )}
      <p role="status" className="status-text">
        {outcome?.kind === 'done' ? t(outcome.key) : ''}
      </p>
      <p role="alert" className="error-text">
        {outcome?.kind === 'error' ? t(outcome.key) : ''}
      </p>
    </li>
  );
}
