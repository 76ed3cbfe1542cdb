/**
 * The published stories attached to a campaign, on its page (issue 9): only what the storytellers agreed
 * to show there, read fresh on every visit (the API never lets it be cached), so a withdrawn story is gone
 * at the next load. GET /api/public/campaigns/:campaignId/stories.
 */
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { StoryFigure } from '../stories/StoryFigure.tsx';
import type { PublicStory } from '../stories/types.ts';

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; stories: PublicStory[] };

export function CampaignStories({ campaignId }: { campaignId: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    api<{ stories: PublicStory[] }>(`/api/public/campaigns/${encodeURIComponent(campaignId)}/stories`).then(
      (answer) => current && setLoaded({ state: 'ready', stories: answer.stories }),
      (e: Error) => current && setLoaded({ state: 'error', message: e.message }),
    );
    return () => {
      current = false;
    };
  }, [campaignId]);

  return (
    <section className="campaign-stories" aria-labelledby="campaign-stories-title">
      <h2 id="campaign-stories-title">In their own words</h2>
      <p className="stories-note">Stories from people on supervision, shared with their consent. They may withdraw them at any time.</p>
      {loaded.state === 'loading' && <p role="status">Loading the stories…</p>}
      {loaded.state === 'error' && (
        <p role="alert" className="error-text">
          The stories could not be loaded: {loaded.message}
        </p>
      )}
      {loaded.state === 'ready' &&
        (loaded.stories.length === 0 ? (
          <p>No stories are shared for this campaign yet.</p>
        ) : (
          <ul className="story-list">
            {loaded.stories.map((story) => (
              <li key={story.id}>
                <StoryFigure story={story} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
