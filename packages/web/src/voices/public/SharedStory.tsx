/**
 * A story's shared link (/stories/<token>, issue 9): the story as the public reads it, or, once the
 * storyteller has withdrawn it or its consent has run out, a kind word that it is no longer shared (the
 * API answers 410 Gone) and nothing of it. GET /api/public/stories/:token, never cached.
 */
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { StoryFigure } from '../stories/StoryFigure.tsx';
import type { PublicStory } from '../stories/types.ts';

type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; story: PublicStory }
  | { state: 'gone'; message: string }
  | { state: 'missing'; message: string }
  | { state: 'error'; message: string };

export function SharedStory({ token }: { token: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    api<{ story: PublicStory }>(`/api/public/stories/${encodeURIComponent(token)}`).then(
      (answer) => current && setLoaded({ state: 'ready', story: answer.story }),
      (e: unknown) => {
        if (!current) return;
        if (e instanceof ApiError && e.status === 410) setLoaded({ state: 'gone', message: e.message });
        else if (e instanceof ApiError && e.status === 404) setLoaded({ state: 'missing', message: e.message });
        else setLoaded({ state: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      current = false;
    };
  }, [token]);

  useEffect(() => {
    document.title =
      loaded.state === 'ready'
        ? 'A story · Pathways campaigns'
        : loaded.state === 'gone'
          ? 'Story withdrawn · Pathways campaigns'
          : 'A story · Pathways campaigns';
  }, [loaded.state]);

  return (
    <>
      <header className="voices-header">
        <p className="brand">
          <a href="/campaigns">Pathways campaigns</a>
        </p>
      </header>
      <main id="main" tabIndex={-1} className="voices-main shared-story">
        {loaded.state === 'loading' && (
          <>
            <h1 tabIndex={-1}>A story</h1>
            <p role="status">Loading…</p>
          </>
        )}
        {loaded.state === 'ready' && (
          <>
            <h1 tabIndex={-1}>{loaded.story.attribution ? `A story from ${loaded.story.attribution}` : 'A story'}</h1>
            <p className="stories-note">Told by a person on supervision and shared with their consent. They may withdraw it at any time.</p>
            <StoryFigure story={loaded.story} />
          </>
        )}
        {loaded.state === 'gone' && (
          <>
            <h1 tabIndex={-1}>This story is no longer shared</h1>
            <p>{loaded.message}</p>
          </>
        )}
        {loaded.state === 'missing' && (
          <>
            <h1 tabIndex={-1}>This story is not available</h1>
            <p>{loaded.message}</p>
          </>
        )}
        {loaded.state === 'error' && (
          <>
            <h1 tabIndex={-1}>A story</h1>
            <p role="alert" className="error-text">
              The story could not be loaded: {loaded.message}
            </p>
          </>
        )}
        <p>
          <a href="/campaigns">See the campaigns</a>
        </p>
      </main>
    </>
  );
}
