/**
 * A published story as the public reads it: the words (masked for the anonymous tier), who told it (a
 * first name and initial, or "a person on supervision" for an anonymous story), and an attributed story's
 * photo or recording. Shared by a campaign's page and a story's shared link.
 */
import type { PublicStory } from './types.ts';

const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

export function StoryFigure({ story }: { story: PublicStory }) {
  const teller = story.attribution ?? 'A person on supervision (names, places and dates hidden)';
  return (
    <figure className="story-figure">
      <blockquote className="story-quote">{story.text}</blockquote>
      {story.media?.kind === 'photo' && <img className="story-photo" src={story.media.url} alt={`Photo shared by ${teller}`} />}
      {story.media?.kind === 'audio' && (
        // A recording the storyteller made: the words above are what they wrote; the recording is theirs too.
        <audio className="story-audio" controls preload="none" src={story.media.url} aria-label={`Recording shared by ${teller}`} />
      )}
      <figcaption>
        — {teller}
        {story.publishedOn && <span className="story-date"> · shared {DATE.format(new Date(`${story.publishedOn}T00:00:00Z`))}</span>}
      </figcaption>
    </figure>
  );
}
