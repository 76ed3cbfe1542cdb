/**
 * The rules of a story's consent (issue 9, part 1), pure: when it may expire, the name an attributed story
 * is shown under, and which of the storyteller's changes take effect at once and which send the story
 * back to review.
 *
 * Expiry: an ISO date after today (from that day on the story is hidden everywhere, as if withdrawn) and
 * at most three years ahead; one year unless the storyteller picks another. "Today" is the server's UTC
 * date.
 *
 * Changes: narrowing is the storyteller's to make at once (fewer campaigns, all campaigns to some, an
 * earlier expiry); the story keeps its status, and if it was published it stays published within the
 * narrower terms. Widening (more campaigns, some to all, a later expiry), a new tier or new words go back to
 * review: the story is submitted again, hidden until a reviewer passes it. A rejected story that changes at
 * all goes back to review (that is how it is told again). A submitted one stays submitted.
 */
import type { Story, StoryTier } from '@pathways/store';

export const DEFAULT_EXPIRY_YEARS = 1;
export const MAX_EXPIRY_YEARS = 3;
export const MAX_STORY_LENGTH = 10_000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date `years` after an ISO date (29 February to 1 March when the year has none). */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

export const defaultExpiry = (today: string): string => addYears(today, DEFAULT_EXPIRY_YEARS);

/** Why an expiry date is refused, or undefined when it is acceptable. */
export function expiryProblem(expiresOn: string, today: string): string | undefined {
  const real = ISO_DATE.test(expiresOn) && new Date(`${expiresOn}T00:00:00Z`).toISOString().slice(0, 10) === expiresOn;
  if (!real) return 'must be a date (YYYY-MM-DD)';
  if (expiresOn <= today) return 'must be after today';
  const latest = addYears(today, MAX_EXPIRY_YEARS);
  if (expiresOn > latest) return `must be at most ${MAX_EXPIRY_YEARS} years ahead (${latest} or earlier)`;
  return undefined;
}

/**
 * The name an attributed story is shown under: the person's own first name and the initial of their
 * family name, from their record ("Olivia M."); undefined when the record has no given name.
 */
export function attributionFor(name: { given?: string | undefined; family?: string | undefined } | undefined): string | undefined {
  const given = name?.given?.trim().split(/\s+/)[0];
  if (!given) return undefined;
  const initial = name?.family?.trim()[0];
  return initial ? `${given} ${initial.toUpperCase()}.` : given;
}

export interface ConsentRequest {
  tier?: StoryTier;
  text?: string;
  allCampaigns?: boolean;
  campaignIds?: string[];
  expiresOn?: string;
}

export interface ConsentDecision {
  /** What actually changes (fields equal to the story's are left out). */
  changes: ConsentRequest;
  /** The story goes (back) to review. */
  toReview: boolean;
  /** Nothing changes. */
  same: boolean;
}

/** Which of the requested changes are real, and whether together they send the story back to review. */
export function decideConsent(story: Story, request: ConsentRequest): ConsentDecision {
  const changes: ConsentRequest = {};
  let widens = false;
  if (request.tier !== undefined && request.tier !== story.tier) {
    changes.tier = request.tier;
    widens = true;
  }
  if (request.text !== undefined && request.text !== story.text) {
    changes.text = request.text;
    widens = true;
  }
  // Campaigns named without `allCampaigns` mean those campaigns (and no longer all).
  const allAfter = request.allCampaigns ?? (request.campaignIds !== undefined ? false : story.allCampaigns);
  const idsAfter = allAfter ? [] : [...new Set(request.campaignIds ?? story.campaignIds)].sort();
  const scopeChanged = allAfter !== story.allCampaigns || idsAfter.join('\n') !== story.campaignIds.join('\n');
  if (scopeChanged) {
    changes.allCampaigns = allAfter;
    changes.campaignIds = idsAfter;
    // Narrower: all to some, or some to fewer of the same. Anything else reaches someone new.
    const narrower = !allAfter && (story.allCampaigns || idsAfter.every((id) => story.campaignIds.includes(id)));
    if (!narrower) widens = true;
  }
  if (request.expiresOn !== undefined && request.expiresOn !== story.expiresOn) {
    changes.expiresOn = request.expiresOn;
    if (request.expiresOn > story.expiresOn) widens = true;
  }
  const same = Object.keys(changes).length === 0;
  const toReview = !same && (widens || story.status === 'rejected') && story.status !== 'submitted';
  return { changes, toReview, same };
}
