/**
 * The stories API's JSON as the pages read it (packages/server/src/routes/voices/stories.ts and
 * packages/server/src/voices/story-shapes.ts): the storyteller's own stories (portal), the desk's review
 * queue and story, and a published story's public form (a campaign page, a shared link).
 */
export type StoryTier = 'internal' | 'anonymous' | 'attributed';
export const STORY_TIERS: readonly StoryTier[] = ['internal', 'anonymous', 'attributed'];
export type StoryStatus = 'submitted' | 'reviewed' | 'published' | 'rejected' | 'withdrawn' | 'expired';
export const STORY_STATUSES: readonly StoryStatus[] = ['submitted', 'reviewed', 'published', 'rejected', 'withdrawn', 'expired'];
export type StoryViewKind = 'review' | 'campaign_page' | 'shared_link' | 'export';
export const STORY_VIEW_KINDS: readonly StoryViewKind[] = ['review', 'campaign_page', 'shared_link', 'export'];

import type { MaskSpan } from '@pathways/server/mask-spans';

export { MASK_KINDS, type MaskKind, type MaskSpan } from '@pathways/server/mask-spans';

export interface StoryMedia {
  type: string;
  kind: 'photo' | 'audio';
  bytes: number;
}

export interface CampaignRef {
  id: string;
  name: string;
}

/** GET /api/stories/campaigns */
export interface LiveCampaign extends CampaignRef {
  bill: string;
  jurisdiction: string;
}

interface StoryCommon {
  id: string;
  tier: StoryTier;
  status: StoryStatus;
  /** null once withdrawn or expired. */
  text: string | null;
  /** What the public reads (masked for the anonymous tier); null for internal-only or ended stories. */
  maskedText: string | null;
  masks: MaskSpan[] | null;
  attribution: string | null;
  media: StoryMedia | null;
  allCampaigns: boolean;
  campaigns: CampaignRef[];
  expiresOn: string;
  rejectReason: string | null;
  recordedWith: 'self' | 'staff';
  submittedAt: string;
  reviewedAt: string | null;
  publishedAt: string | null;
}

/** GET /api/portal/stories (each), and the answers of telling, changing and withdrawing. */
export interface OwnStory extends StoryCommon {
  createdAt: string;
  endedAt: string | null;
}

/** GET /api/voices/stories/:id */
export interface DeskStory extends StoryCommon {
  suggested: MaskSpan[] | null;
  reviewedBy: string | null;
}

/** GET /api/voices/stories (each) */
export interface DeskListItem {
  id: string;
  tier: StoryTier;
  status: StoryStatus;
  excerpt: string;
  media: StoryMedia | null;
  campaigns: CampaignRef[];
  allCampaigns: boolean;
  expiresOn: string;
  submittedAt: string;
}

/** GET /api/public/campaigns/:id/stories (each), GET /api/public/stories/:token (`story`) */
export interface PublicStory {
  id: string;
  tier: 'anonymous' | 'attributed';
  text: string;
  attribution: string | null;
  media: { kind: 'photo' | 'audio'; type: string; url: string } | null;
  publishedOn: string | null;
}

/** GET /api/portal/stories/:id/views (each) */
export interface StoryViewCount {
  day: string;
  kind: StoryViewKind;
  viewerName: string | null;
  views: number;
}

/** POST /api/portal/stories; POST /api/people/:id/stories adds `consentConfirmed: true`. */
export interface NewStoryBody {
  text: string;
  tier: StoryTier;
  allCampaigns: boolean;
  campaignIds: string[];
  expiresOn: string;
  media: { data: string } | null;
}
