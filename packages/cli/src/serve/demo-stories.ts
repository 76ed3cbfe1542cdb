/**
 * The demo's stories (issue 9), seeded after the campaigns: on the live campaign's page, a published
 * anonymous story by the Missouri demo person (`person-mo`, P-MO-00001), masked by the same rules the
 * server applies to a story told in the portal and reviewed by the demo advocate; and in the desk's queue,
 * one story still waiting for review (the Pennsylvania demo person's, for every campaign).
 *
 * The live campaign is whichever the campaigns table has (the campaigns' seed makes `mo-earned-compliance`);
 * with none, nothing is seeded and nothing fails. Every word is invented: the person, the places, the case
 * number. A few milliseconds: the demo seeds on every start.
 */
import { createHash } from 'node:crypto';
import { portal, stories, type PathwaysStore } from '@pathways/store';
// The server's masking, as the routes use it.
import { detectIdentifying } from '@pathways/server';
import { addDays, addYears } from './demo-dates.ts';

/**
 * The published story's shared link in the demo, fixed so the README and the start-up message can name it
 * (`/stories/<token>`). A real link's token is random (routes/voices/stories.ts); this one guards only
 * invented words.
 */
export const DEMO_STORY_LINK_TOKEN = 'demo-shared-link-to-the-published-missouri-story';

const ADVOCATE = 'user-advocate';
const STORYTELLER = 'P-MO-00001';
const WAITING = 'P-PA-00001';

/** The Missouri person's story; their own first name in it is masked like any name. */
const publishedText = (given: string) =>
  `My name is ${given}. On March 3, 2023 a judge in Cedar Ridge put me on probation for five years (case CR-2023-004512). ` +
  'Since then I have done everything asked of me. I check in every month, I paid off my fines, and I have worked the same job ' +
  'at a warehouse on 1450 Elm Street for two years. My officer says I am doing well. Under this bill the good months would ' +
  'count for more, and I could finish my time a year sooner. That is a year more with my kids without the weight of it.';

const WAITING_TEXT =
  'I was on parole for three years. The hardest part was not the rules, it was not knowing when it would end. ' +
  'When my officer showed me the credits I had earned, I started to believe I could finish. I did. Now I coach ' +
  'my nephew’s basketball team on Saturdays in Laurel Valley.';

/** The names a story by this person is masked for: their record's and their account's. */
async function namesOf(store: PathwaysStore, personId: string): Promise<{ names: string[]; given: string; userId: string } | undefined> {
  const person = await store.people.get(personId);
  const userId = await portal(store).accounts.userFor(personId);
  const account = userId ? await store.users.byId(userId) : undefined;
  if (!person || !account) return undefined;
  const name = (person.record as { name?: { given?: string; family?: string } }).name;
  return {
    names: [name?.given, name?.family, account.displayName].filter((n): n is string => Boolean(n)),
    given: name?.given ?? 'Sam',
    userId: account.id,
  };
}

export async function seedDemoStories(store: PathwaysStore, today: string): Promise<void> {
  const live = await stories(store).liveCampaigns();
  const campaign = live.find((c) => c.id === 'mo-earned-compliance') ?? live[0];
  if (!campaign) return;
  const teller = await namesOf(store, STORYTELLER);
  const waiting = await namesOf(store, WAITING);

  // Everything read above, before the transaction: on SQLite the store's one connection is the transaction's until it ends.
  await store.transaction(async (tx) => {
    const s = stories(tx);
    if (teller) {
      // Told a week ago, reviewed and published the day after.
      const told = `${addDays(today, -7)}T15:00:00.000Z`;
      const reviewed = `${addDays(today, -6)}T10:00:00.000Z`;
      const text = publishedText(teller.given);
      const masks = detectIdentifying(text, { names: teller.names });
      const story = await s.create(
        {
          personId: STORYTELLER,
          toldBy: teller.userId,
          recordedWith: 'self',
          tier: 'anonymous',
          text,
          masks,
          attribution: null,
          media: null,
          allCampaigns: false,
          campaignIds: [campaign.id],
          expiresOn: addYears(today, 1),
        },
        told,
      );
      await s.review(story.id, { masks, reviewerId: ADVOCATE }, reviewed);
      await s.publish(story.id, reviewed);
      await s.addLink(story.id, createHash('sha256').update(DEMO_STORY_LINK_TOKEN).digest('hex'), ADVOCATE, reviewed);
    }
    if (waiting) {
      const text = WAITING_TEXT;
      await s.create(
        {
          personId: WAITING,
          toldBy: waiting.userId,
          recordedWith: 'self',
          tier: 'anonymous',
          text,
          masks: detectIdentifying(text, { names: waiting.names }),
          attribution: null,
          media: null,
          allCampaigns: true,
          campaignIds: [],
          expiresOn: addYears(today, 2),
        },
        `${addDays(today, -1)}T18:30:00.000Z`,
      );
    }
  });
}
