/**
 * My story: the person tells their story for the campaigns that work to change probation and parole, on
 * their terms (who may read it, for which campaigns, until when), and keeps control of it afterwards:
 * where it stands, why it was not accepted, who viewed it, a link once published, narrower or wider terms,
 * and withdrawal at any time (GET and POST /api/portal/stories and the routes under each story).
 */
import { useTranslation } from 'react-i18next';
import type { LiveCampaign, OwnStory } from '../../voices/stories/types.ts';
import { Loading, Problem, usePortalTitle } from '../components/common.tsx';
import { StoryCard } from '../components/StoryCard.tsx';
import { StoryForm } from '../components/StoryForm.tsx';
import { useApi } from '../useApi.ts';

export function MyStory() {
  const { t } = useTranslation();
  usePortalTitle('story.title');
  const { result, reload } = useApi<{ stories: OwnStory[] }>('/api/portal/stories');
  const live = useApi<{ campaigns: LiveCampaign[] }>('/api/stories/campaigns');
  const campaigns = live.result.state === 'ready' ? live.result.data.campaigns : [];

  return (
    <>
      <h1 tabIndex={-1}>{t('story.title')}</h1>
      <p>{t('story.intro')}</p>
      <section aria-labelledby="story-yours">
        <h2 id="story-yours">{t('story.yours')}</h2>
        {result.state === 'loading' && <Loading />}
        {result.state === 'error' && <Problem error={result.error} />}
        {result.state === 'ready' &&
          (result.data.stories.length === 0 ? (
            <p>{t('story.none')}</p>
          ) : (
            <ul className="cards" aria-labelledby="story-yours">
              {result.data.stories.map((story) => (
                <StoryCard key={story.id} story={story} campaigns={campaigns} onChanged={() => void reload()} />
              ))}
            </ul>
          ))}
      </section>
      <section aria-labelledby="story-new">
        <h2 id="story-new">{t('story.new')}</h2>
        {live.result.state === 'error' && <Problem error={live.result.error} />}
        <StoryForm campaigns={campaigns} onTold={() => void reload()} />
      </section>
    </>
  );
}
