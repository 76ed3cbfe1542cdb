/**
 * A story as each audience is shown it (issue 9, part 1), with the zod schemas the routes answer by:
 *
 * - the storyteller (portal): everything they told and on what terms, the masked text as the public
 *   would read it, where it stands and why it was rejected;
 * - campaign staff (the desk): the text with the masks to confirm, the suggested masks, the attribution;
 *   never the person's id or record (advocates see no person records);
 * - the public (a campaign page, a shared link, an export): only a published story's public form: the
 *   masked text of an anonymous story and no media (a voice or a face identifies as surely as a name),
 *   the attributed story's text, name and media.
 */
import { STORY_STATUSES, STORY_TIERS, type Story, type StoryMask } from '@pathways/store';
import { z } from 'zod';
import { MASK_KINDS, applyMasks, type MaskSpan } from './masking.ts';

export const maskSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  kind: z.enum(MASK_KINDS),
});

const mediaSchema = z
  .object({ type: z.string(), kind: z.enum(['photo', 'audio']), bytes: z.number().int() })
  .nullable()
  .describe('The photo or recording: its type as sniffed from its bytes, and its size');

const campaignRefSchema = z.object({ id: z.string(), name: z.string() });

const baseStory = {
  id: z.string(),
  tier: z.enum(STORY_TIERS),
  status: z.enum(STORY_STATUSES),
  text: z.string().nullable().describe('null once withdrawn or expired: the text is erased'),
  maskedText: z.string().nullable().describe('The text as the public reads it (anonymous tier: masked)'),
  masks: z.array(maskSchema).nullable(),
  attribution: z.string().nullable().describe('Attributed tier: the name shown (first name and last initial)'),
  media: mediaSchema,
  allCampaigns: z.boolean(),
  campaigns: z.array(campaignRefSchema),
  expiresOn: z.string(),
  rejectReason: z.string().nullable(),
  recordedWith: z.enum(['self', 'staff']),
  submittedAt: z.string(),
  reviewedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
};

export const ownStorySchema = z.object({
  ...baseStory,
  createdAt: z.string(),
  endedAt: z.string().nullable().describe('When it was withdrawn or expired'),
});

export const deskStorySchema = z.object({
  ...baseStory,
  suggested: z.array(maskSchema).nullable().describe('Anonymous tier: the masks detected in the text now, to compare with those kept'),
  reviewedBy: z.string().nullable().describe('The reviewer’s display name'),
});

export const deskListItemSchema = z.object({
  id: z.string(),
  tier: z.enum(STORY_TIERS),
  status: z.enum(STORY_STATUSES),
  excerpt: z.string().describe('The first words, masked for the anonymous tier'),
  media: mediaSchema,
  campaigns: z.array(campaignRefSchema),
  allCampaigns: z.boolean(),
  expiresOn: z.string(),
  submittedAt: z.string(),
});

export const publicStorySchema = z.object({
  id: z.string(),
  tier: z.enum(['anonymous', 'attributed']),
  text: z.string().describe('Anonymous tier: masked'),
  attribution: z.string().nullable(),
  media: z
    .object({ kind: z.enum(['photo', 'audio']), type: z.string(), url: z.string() })
    .nullable()
    .describe('Attributed tier only'),
  publishedOn: z.string().nullable(),
});

export type CampaignNames = ReadonlyMap<string, string>;

const mediaOf = (story: Story) => {
  if (!story.media) return null;
  const kind = story.media.type.startsWith('image/') ? 'photo' : 'audio';
  return { type: story.media.type, kind: kind as 'photo' | 'audio', bytes: story.media.bytes };
};

const campaignsOf = (story: Story, names: CampaignNames) => story.campaignIds.map((id) => ({ id, name: names.get(id) ?? id }));

const asSpans = (masks: StoryMask[] | null): MaskSpan[] => (masks ?? []) as MaskSpan[];

/** The text as the public would read it: masked for the anonymous tier, as told for the attributed. */
export function publicText(story: Story): string | null {
  if (story.text === null) return null;
  return story.tier === 'anonymous' ? applyMasks(story.text, asSpans(story.masks)) : story.text;
}

export function ownStory(story: Story, names: CampaignNames) {
  return {
    id: story.id,
    tier: story.tier,
    status: story.status,
    text: story.text,
    maskedText: story.tier === 'internal' ? null : publicText(story),
    masks: story.masks as z.infer<typeof maskSchema>[] | null,
    attribution: story.attribution,
    media: mediaOf(story),
    allCampaigns: story.allCampaigns,
    campaigns: campaignsOf(story, names),
    expiresOn: story.expiresOn,
    rejectReason: story.rejectReason,
    recordedWith: story.recordedWith,
    submittedAt: story.submittedAt,
    reviewedAt: story.reviewedAt,
    publishedAt: story.publishedAt,
    createdAt: story.createdAt,
    endedAt: story.endedAt,
  };
}

export function deskStory(story: Story, names: CampaignNames, extra: { suggested: MaskSpan[] | null; reviewedBy: string | null }) {
  const own = ownStory(story, names);
  const { createdAt: _createdAt, endedAt: _endedAt, ...rest } = own;
  return { ...rest, suggested: extra.suggested, reviewedBy: extra.reviewedBy };
}

const EXCERPT_LENGTH = 160;

export function deskListItem(story: Story, names: CampaignNames) {
  const text = (story.tier === 'anonymous' ? publicText(story) : story.text) ?? '';
  return {
    id: story.id,
    tier: story.tier,
    status: story.status,
    excerpt: text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text,
    media: mediaOf(story),
    campaigns: campaignsOf(story, names),
    allCampaigns: story.allCampaigns,
    expiresOn: story.expiresOn,
    submittedAt: story.submittedAt,
  };
}

/**
 * A published story's public form; `mediaUrl` names where an attributed story's media is read (the
 * campaign page and the shared link each have their own address). Undefined for an internal story.
 */
export function publicStory(story: Story, mediaUrl: string) {
  if (story.tier === 'internal' || story.text === null) return undefined;
  const media = story.tier === 'attributed' ? mediaOf(story) : null;
  return {
    id: story.id,
    tier: story.tier,
    text: publicText(story)!,
    attribution: story.tier === 'attributed' ? story.attribution : null,
    media: media ? { kind: media.kind, type: media.type, url: mediaUrl } : null,
    publishedOn: story.publishedAt?.slice(0, 10) ?? null,
  };
}
