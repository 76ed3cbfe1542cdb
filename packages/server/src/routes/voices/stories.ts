/**
 * Stories told by people on supervision, shared on their terms (issue 9, part 1).
 *
 * - The storyteller (`story.tell`, the person's own account; the person id always comes from the session):
 *   tells a story in the portal, reads their stories back with the reason of a rejection, narrows or widens
 *   the consent (consent rules: ../../voices/story-consent.ts), withdraws, sees who viewed, gets a link.
 * - Staff with them (`story.record`, an officer or supervisor, for a person in their scope): records a story
 *   in the person's name, with the person's confirmed consent.
 * - Campaign staff (`story.review`, the desk): the queue, one story with its masks to confirm, review,
 *   publish (never an internal-only story), reject with a reason, links, the export.
 * - The public: the live campaigns to choose from, a campaign's published stories, a shared link. Nothing
 *   here is ever cached (the server's default `no-store`), so a withdrawal shows everywhere at once.
 *
 * Withdrawal erases the text and media in the same transaction that marks the story withdrawn; every read
 * checks the story's status and its expiry date (from which it acts as withdrawn, whether or not the
 * store has erased it yet), so there is no moment at which a withdrawn or expired story is still shown.
 *
 * The media comes inside the JSON body, base64 (one request: a story is never half-written without its
 * photo); its type is sniffed from its bytes (../../voices/story-media.ts). Views are counted: a reviewer's
 * by name, the public's per day and never named, an export by whom. Reads of the text by staff are audited
 * against the person (`story.read`), so they also show in the person's own list of who used their record.
 * Shared-link tokens are stored hashed and, being in the path, not logged below a warning.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { portal, STORY_TIERS, stories, StoryWriteError, type Story, type StoryTier, type User } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../../http/problem.ts';
import { newToken, sha256Hex } from '../../security/tokens.ts';
import { detectIdentifying, normalizeMasks, type MaskSpan } from '../../voices/masking.ts';
import { attributionFor, decideConsent, defaultExpiry, expiryProblem, MAX_STORY_LENGTH } from '../../voices/story-consent.ts';
import { csvOfStories } from '../../voices/story-export.ts';
import { MAX_MEDIA_BYTES, sniffMedia } from '../../voices/story-media.ts';
import {
  deskListItem,
  deskListItemSchema,
  deskStory,
  deskStorySchema,
  maskSchema,
  ownStory,
  ownStorySchema,
  publicStory,
  publicStorySchema,
} from '../../voices/story-shapes.ts';
import { displayNames } from '../display-names.ts';
import type { VoicesRouteDeps } from './index.ts';

/** A story's JSON body: 10,000 characters and a 5 MB file in base64 (4/3 of its size), with room to spare. */
export const STORY_BODY_LIMIT = 8 * 1024 * 1024;

const TOO_BIG = `The photo or recording is larger than ${MAX_MEDIA_BYTES / (1024 * 1024)} MB.`;
const NOT_MEDIA = 'The file is not a JPEG, PNG or WebP photo, nor an MP3, M4A, OGG, WebM or WAV recording.';
const WITHDRAWN = 'The storyteller has withdrawn this story. Thank you for reading the stories that are still shared.';
const EXPIRED = 'This story was shared for a time that has now ended. Thank you for reading the stories that are still shared.';
const NOT_SHARED = 'This story is not shared at the moment.';
const NO_STORY = 'No such story.';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const tellFields = {
  text: z
    .string()
    .trim()
    .min(1, 'must not be empty or only whitespace')
    .max(MAX_STORY_LENGTH, `must be at most ${MAX_STORY_LENGTH} characters`),
  tier: z
    .enum(STORY_TIERS)
    .describe('internal: campaign staff only, never published; anonymous: masked, no media; attributed: first name and last initial'),
  allCampaigns: z.boolean().describe('Every live campaign (true), or the chosen ones in campaignIds'),
  campaignIds: z.array(z.string().min(1).max(100)).max(50).default([]).describe('Live campaigns (GET /api/stories/campaigns)'),
  expiresOn: z.string().max(10).optional().describe('ISO date after today, at most three years ahead; default one year'),
  media: z
    .object({ data: z.string().max(STORY_BODY_LIMIT).describe('The file, base64') })
    .strict()
    .nullable()
    .optional()
    .describe(`A photo (JPEG, PNG, WebP) or a recording (MP3, M4A, OGG, WebM, WAV), up to ${MAX_MEDIA_BYTES / (1024 * 1024)} MB`),
};

const tellBody = z.object(tellFields).strict();
const recordBody = z
  .object({
    ...tellFields,
    consentConfirmed: z.literal(true, { error: 'the person must have read and agreed to this consent' }),
  })
  .strict();

const consentBody = z
  .object({
    tier: z.enum(STORY_TIERS).optional(),
    text: tellFields.text.optional(),
    allCampaigns: z.boolean().optional(),
    campaignIds: z.array(z.string().min(1).max(100)).max(50).optional(),
    expiresOn: z.string().max(10).optional(),
  })
  .strict();

const storyParams = z.object({ id: z.string().min(1).max(100) });
const personIdParams = z.object({ id: z.string().min(1).max(200) });
const tokenParams = z.object({ token: z.string().min(1).max(200) });
const campaignParams = z.object({ campaignId: z.string().min(1).max(100) });

const viewSchema = z.object({
  day: z.string(),
  kind: z.enum(['review', 'campaign_page', 'shared_link', 'export']),
  viewerName: z.string().nullable().describe('A reviewer or an exporter; null for the public, who are counted only'),
  views: z.number().int(),
});

const linkAnswer = z.object({ url: z.string().describe('The shared link’s address (a page of this site); shown once') });

const fieldProblem = (status: number, path: string, message: string) =>
  new HttpProblem(status, 'The request does not match the schema.', { errors: [{ path, message }] });

/** The date the server counts consent in (UTC). */
const todayOf = (at: Date): string => at.toISOString().slice(0, 10);

/** A story that is over: withdrawn, expired, or past its expiry date though not yet erased. */
const endedBy = (story: Story, today: string): 'withdrawn' | 'expired' | undefined =>
  story.status === 'withdrawn' ? 'withdrawn' : story.status === 'expired' || story.expiresOn <= today ? 'expired' : undefined;

/** A published story the public may read today. */
const shownToPublic = (story: Story, today: string): boolean =>
  story.status === 'published' && story.tier !== 'internal' && endedBy(story, today) === undefined;

function decodeMedia(media: { data: string } | null | undefined): { type: string; data: Uint8Array } | null {
  if (!media) return null;
  if (!BASE64.test(media.data)) throw fieldProblem(400, 'body.media.data', 'must be base64');
  const data = Buffer.from(media.data, 'base64');
  if (data.byteLength > MAX_MEDIA_BYTES) throw new HttpProblem(413, TOO_BIG);
  const sniffed = sniffMedia(data);
  if (!sniffed) throw new HttpProblem(415, NOT_MEDIA);
  return { type: sniffed.type, data };
}

function checkScope(allCampaigns: boolean, campaignIds: readonly string[]): void {
  if (!allCampaigns && campaignIds.length === 0) {
    throw fieldProblem(400, 'body.campaignIds', 'choose at least one campaign, or all campaigns');
  }
}

function checkExpiry(expiresOn: string, today: string): void {
  const problem = expiryProblem(expiresOn, today);
  if (problem) throw fieldProblem(400, 'body.expiresOn', problem);
}

/** The store's refusals as HTTP answers. */
function asProblem(error: unknown): never {
  if (error instanceof StoryWriteError) {
    if (error.code === 'unknown_campaigns') throw fieldProblem(422, 'body.campaignIds', error.message);
    if (error.code === 'not_found') throw new HttpProblem(404, NO_STORY);
    throw new HttpProblem(409, error.message);
  }
  throw error;
}

export function storyRoutes(app: FastifyInstance, deps: VoicesRouteDeps): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  const namesFor = async (list: Story[]) => stories(store).campaignNames(list.flatMap((s) => s.campaignIds));

  /**
   * Makes `change` and appends its audit row (ids only) in one transaction, so a story's change and the
   * record of who made it commit together or not at all.
   */
  function audited<T>(
    entry: { actor: User; action: string; personId: string | null },
    change: (tx: typeof store) => Promise<T>,
    detail: (result: T) => Record<string, unknown>,
  ): Promise<T> {
    return store.transaction(async (tx) => {
      const result = await change(tx);
      await tx.audit.append({
        actorUserId: entry.actor.id,
        action: entry.action,
        personId: entry.personId,
        reason: null,
        detail: detail(result),
      });
      return result;
    });
  }

  /** The storyteller's own names, for masking: from their record and their account's display name. */
  async function ownNames(personId: string): Promise<string[]> {
    const name = await recordName(personId);
    const userId = await portal(store).accounts.userFor(personId);
    const account = userId ? await store.users.byId(userId) : undefined;
    return [name?.given, name?.family, account?.displayName].filter((n): n is string => typeof n === 'string');
  }

  async function recordName(personId: string): Promise<{ given?: string; family?: string } | undefined> {
    const person = await store.people.get(personId);
    return (person?.record as { name?: { given?: string; family?: string } } | undefined)?.name;
  }

  /** Masks and attribution for a story's tier and text. */
  async function consentFields(personId: string, tier: StoryTier, text: string) {
    if (tier === 'anonymous') return { masks: detectIdentifying(text, { names: await ownNames(personId) }), attribution: null };
    if (tier === 'attributed') {
      const attribution = attributionFor(await recordName(personId));
      if (!attribution) throw fieldProblem(422, 'body.tier', 'there is no first name on file to attribute the story to; choose anonymous');
      return { masks: null, attribution };
    }
    return { masks: null, attribution: null };
  }

  /** Tells (or records) a new story for `personId`; answers it as the storyteller sees it. */
  async function tell(personId: string, actor: User, recordedWith: 'self' | 'staff', body: z.infer<typeof tellBody>) {
    const at = now();
    const today = todayOf(at);
    const expiresOn = body.expiresOn ?? defaultExpiry(today);
    checkExpiry(expiresOn, today);
    checkScope(body.allCampaigns, body.campaignIds);
    const media = decodeMedia(body.media);
    if (!(await store.people.get(personId))) throw new HttpProblem(404, 'No such person.');
    const { masks, attribution } = await consentFields(personId, body.tier, body.text);
    const story = await audited(
      { actor, action: recordedWith === 'self' ? 'story.tell' : 'story.record', personId },
      (tx) =>
        stories(tx).create(
          {
            personId,
            toldBy: actor.id,
            recordedWith,
            tier: body.tier,
            text: body.text,
            masks,
            attribution,
            media,
            allCampaigns: body.allCampaigns,
            campaignIds: body.allCampaigns ? [] : body.campaignIds,
            expiresOn,
          },
          at.toISOString(),
        ),
      (created) => ({ storyId: created.id, tier: created.tier, media: created.media?.type ?? null }),
    ).catch(asProblem);
    return ownStory(story, await namesFor([story]));
  }

  /** The person behind a `story.tell` request. */
  function selfId(request: FastifyRequest): string {
    const personId = request.auth?.user.personId;
    if (!personId) throw new HttpProblem(404, 'This account is not linked to a person’s record.');
    return personId;
  }

  /** One of the signed-in person's own stories (another's is not found, as if it did not exist). */
  async function ownStoryOf(request: FastifyRequest, id: string): Promise<Story> {
    const story = await stories(store).get(id);
    if (!story || story.personId !== selfId(request)) throw new HttpProblem(404, NO_STORY);
    return story;
  }

  /** A new shared link for a story the public may read; answers its address once. */
  async function newLink(story: Story, actor: User, at: Date) {
    if (!shownToPublic(story, todayOf(at))) throw new HttpProblem(409, 'Only a published story (not internal only) has a shared link.');
    const token = newToken();
    await audited(
      { actor, action: 'story.link', personId: story.personId },
      (tx) => stories(tx).addLink(story.id, sha256Hex(token), actor.id, at.toISOString()),
      () => ({ storyId: story.id }),
    );
    return { url: `/stories/${token}` };
  }

  /** The story's photo or recording as it was sniffed on the way in; 404 without a story (undefined) or media. */
  async function sendMedia(reply: FastifyReply, storyId: string | undefined) {
    const media = storyId === undefined ? undefined : await stories(store).media(storyId);
    if (!media) throw new HttpProblem(404, 'No such media.');
    return reply.type(media.type).header('content-disposition', 'inline').send(media.data);
  }

  // ---- Public: the campaigns to choose from, a campaign's stories, a shared link. ----

  r.get(
    '/api/stories/campaigns',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'The live campaigns a story may be shared with',
        tags: ['stories'],
        response: {
          200: z.object({ campaigns: z.array(z.object({ id: z.string(), name: z.string(), bill: z.string(), jurisdiction: z.string() })) }),
        },
      },
    },
    async () => ({ campaigns: await stories(store).liveCampaigns() }),
  );

  r.get(
    '/api/public/campaigns/:campaignId/stories',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'A campaign’s published stories',
        description:
          'Published, in the campaign’s scope, not expired, not withdrawn, never internal-only; anonymous stories masked and without media. Each read is counted per story and day (never who). Never cached. 404 for a campaign that is not public.',
        tags: ['stories'],
        params: campaignParams,
        response: { 200: z.object({ stories: z.array(publicStorySchema) }) },
      },
    },
    async (request) => {
      const { campaignId } = request.params;
      const s = stories(store);
      const status = await s.campaignStatus(campaignId);
      if (status !== 'live' && status !== 'closed') throw new HttpProblem(404, 'No such campaign.');
      const at = now();
      const list = await s.publicForCampaign(campaignId, todayOf(at));
      const shown = list.flatMap((story) => {
        const url = `/api/public/campaigns/${encodeURIComponent(campaignId)}/stories/${encodeURIComponent(story.id)}/media`;
        const p = publicStory(story, url);
        return p ? [p] : [];
      });
      await s.recordViews(
        shown.map((p) => p.id),
        'campaign_page',
        at.toISOString(),
      );
      return { stories: shown };
    },
  );

  r.get(
    '/api/public/campaigns/:campaignId/stories/:storyId/media',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'The photo or recording of an attributed story on a campaign’s page',
        description: 'Only for a story the campaign’s page shows, of the attributed tier. 404 otherwise.',
        tags: ['stories'],
        params: z.object({ campaignId: z.string().min(1).max(100), storyId: z.string().min(1).max(100) }),
      },
    },
    async (request, reply) => {
      const list = await stories(store).publicForCampaign(request.params.campaignId, todayOf(now()));
      const story = list.find((x) => x.id === request.params.storyId);
      return sendMedia(reply, story?.tier === 'attributed' ? story.id : undefined);
    },
  );

  /** The story behind a shared link, if the public may read it now: 404 unknown, 410 withdrawn or expired. */
  async function sharedStory(token: string, today: string): Promise<Story> {
    const story = await stories(store).byLink(sha256Hex(token));
    if (!story) throw new HttpProblem(404, NO_STORY);
    const ended = endedBy(story, today);
    if (ended) throw new HttpProblem(410, ended === 'withdrawn' ? WITHDRAWN : EXPIRED);
    if (!shownToPublic(story, today)) throw new HttpProblem(404, NOT_SHARED);
    return story;
  }

  r.get(
    '/api/public/stories/:token',
    {
      config: { permission: 'public' },
      // The token is in the path, and the request log writes paths.
      logLevel: 'warn',
      schema: {
        summary: 'A story’s shared link',
        description:
          'The story as the public reads it. 410 Gone once the storyteller has withdrawn it or its consent has expired; 404 for an unknown link, or while the story is back in review. Counted per day (never who). Never cached.',
        tags: ['stories'],
        params: tokenParams,
        response: { 200: z.object({ story: publicStorySchema }) },
      },
    },
    async (request) => {
      const at = now();
      const story = await sharedStory(request.params.token, todayOf(at));
      await stories(store).recordViews([story.id], 'shared_link', at.toISOString());
      return { story: publicStory(story, `/api/public/stories/${encodeURIComponent(request.params.token)}/media`)! };
    },
  );

  r.get(
    '/api/public/stories/:token/media',
    {
      config: { permission: 'public' },
      logLevel: 'warn',
      schema: {
        summary: 'The photo or recording of an attributed story, by its shared link',
        description: 'Attributed tier only (an anonymous story’s media is never public). 410 once withdrawn or expired.',
        tags: ['stories'],
        params: tokenParams,
      },
    },
    async (request, reply) => {
      const story = await sharedStory(request.params.token, todayOf(now()));
      return sendMedia(reply, story.tier === 'attributed' ? story.id : undefined);
    },
  );

  // ---- The storyteller, in the portal. ----

  r.get(
    '/api/portal/stories',
    {
      config: { permission: 'story.tell' },
      schema: {
        summary: 'Your stories, newest first',
        description:
          'With where each stands (a rejection’s reason too), the text as the public would read it, and what is left of a withdrawn or expired one.',
        tags: ['stories'],
        response: { 200: z.object({ stories: z.array(ownStorySchema) }) },
      },
    },
    async (request) => {
      const personId = selfId(request);
      const at = now();
      const s = stories(store);
      await s.endExpired(todayOf(at), at.toISOString());
      const list = await s.forPerson(personId);
      const names = await namesFor(list);
      return { stories: list.map((story) => ownStory(story, names)) };
    },
  );

  r.post(
    '/api/portal/stories',
    {
      config: { permission: 'story.tell' },
      bodyLimit: STORY_BODY_LIMIT,
      schema: {
        summary: 'Tell your story',
        description:
          `Text (1 to ${MAX_STORY_LENGTH} characters), an optional photo or recording (base64, up to 5 MB; 413 when larger, 415 when not an accepted kind), ` +
          'the consent tier, the scope (all live campaigns or chosen ones; 422 for one that is not live) and the expiry. Submitted for review; an anonymous story’s names, places, dates and case numbers are masked for the reviewer to confirm.',
        tags: ['stories'],
        body: tellBody,
        response: { 201: ownStorySchema },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      return reply.code(201).send(await tell(selfId(request), user, 'self', request.body));
    },
  );

  r.get(
    '/api/portal/stories/:id/media',
    {
      config: { permission: 'story.tell' },
      schema: { summary: 'The photo or recording of one of your stories', tags: ['stories'], params: storyParams },
    },
    async (request, reply) => {
      const story = await ownStoryOf(request, request.params.id);
      return sendMedia(reply, story.id);
    },
  );

  r.put(
    '/api/portal/stories/:id/consent',
    {
      config: { permission: 'story.tell' },
      schema: {
        summary: 'Change the terms of your story, or its words',
        description:
          'Narrowing (fewer campaigns, an earlier expiry) takes effect at once. Widening (more campaigns, all campaigns, a later expiry), another tier or new words send the story back to review: it is hidden until a reviewer passes it again. 409 once withdrawn or expired.',
        tags: ['stories'],
        params: storyParams,
        body: consentBody,
        response: { 200: ownStorySchema },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const at = now();
      const today = todayOf(at);
      const body = request.body;
      if (body.expiresOn !== undefined) checkExpiry(body.expiresOn, today);
      const current = await ownStoryOf(request, request.params.id);
      if (endedBy(current, today)) throw new HttpProblem(409, 'This story has been withdrawn or has expired; tell a new one instead.');
      const decision = decideConsent(current, body);
      if (decision.same) return ownStory(current, await namesFor([current]));
      const allAfter = decision.changes.allCampaigns ?? current.allCampaigns;
      checkScope(allAfter, decision.changes.campaignIds ?? current.campaignIds);
      const tier = decision.changes.tier ?? current.tier;
      const text = decision.changes.text ?? current.text!;
      const recomputed =
        decision.changes.tier !== undefined || decision.changes.text !== undefined ? await consentFields(current.personId, tier, text) : {};
      const story = await audited(
        { actor: user, action: 'story.consent', personId: current.personId },
        (tx) =>
          stories(tx).update(
            current.id,
            { ...decision.changes, ...recomputed, ...(decision.toReview ? { status: 'submitted' as const } : {}) },
            at.toISOString(),
          ),
        () => ({ storyId: current.id, changed: Object.keys(decision.changes), toReview: decision.toReview }),
      ).catch(asProblem);
      return ownStory(story, await namesFor([story]));
    },
  );

  r.post(
    '/api/portal/stories/:id/withdraw',
    {
      config: { permission: 'story.tell' },
      schema: {
        summary: 'Withdraw your story',
        description:
          'At once, everywhere: the campaign pages, the export, the shared links (which then answer 410) and the desk. The text, photo or recording are erased; what is left is a record that a story was withdrawn, and when.',
        tags: ['stories'],
        params: storyParams,
        response: { 200: ownStorySchema },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const current = await ownStoryOf(request, request.params.id);
      const at = now().toISOString();
      const story = await audited(
        { actor: user, action: 'story.withdraw', personId: current.personId },
        (tx) => stories(tx).end(current.id, 'withdrawn', at),
        () => ({ storyId: current.id }),
      );
      return ownStory(story, new Map());
    },
  );

  r.get(
    '/api/portal/stories/:id/views',
    {
      config: { permission: 'story.tell' },
      schema: {
        summary: 'Who viewed your story',
        description: 'Reviewers and exports by name; campaign pages and shared links as counts per day. Newest day first.',
        tags: ['stories'],
        params: storyParams,
        response: { 200: z.object({ views: z.array(viewSchema) }) },
      },
    },
    async (request) => {
      const story = await ownStoryOf(request, request.params.id);
      const views = await stories(store).views(story.id);
      return { views: views.map(({ day, kind, viewerName, views: n }) => ({ day, kind, viewerName, views: n })) };
    },
  );

  r.post(
    '/api/portal/stories/:id/link',
    {
      config: { permission: 'story.tell' },
      schema: {
        summary: 'A link to share your published story',
        description:
          'A new link each time (each works until you withdraw the story). 409 unless the story is published and not internal only.',
        tags: ['stories'],
        params: storyParams,
        response: { 201: linkAnswer },
      },
    },
    async (request, reply) => {
      const story = await ownStoryOf(request, request.params.id);
      return reply.code(201).send(await newLink(story, request.auth!.user, now()));
    },
  );

  // ---- Staff with the person. ----

  r.post(
    '/api/people/:id/stories',
    {
      config: { permission: 'story.record', personParam: 'id' },
      bodyLimit: STORY_BODY_LIMIT,
      schema: {
        summary: 'Record a story with a person on your caseload',
        description:
          'In the person’s name, with their consent: `consentConfirmed: true` says the person has read and agreed to the tier, scope and expiry. Otherwise as POST /api/portal/stories. The person sees it, and can change or withdraw it, in their portal. Audited as `story.record`.',
        tags: ['stories'],
        params: personIdParams,
        body: recordBody,
        response: { 201: ownStorySchema },
      },
    },
    async (request, reply) => {
      const { consentConfirmed: _confirmed, ...body } = request.body;
      return reply.code(201).send(await tell(request.params.id, request.auth!.user, 'staff', body));
    },
  );

  // ---- Campaign staff: the desk. ----

  /** A story for the desk, or the answer for one that is gone (410) or was never there (404). */
  async function deskStoryOf(id: string, today: string): Promise<Story> {
    const story = await stories(store).get(id);
    if (!story) throw new HttpProblem(404, NO_STORY);
    const ended = endedBy(story, today);
    if (ended)
      throw new HttpProblem(410, ended === 'withdrawn' ? 'The storyteller has withdrawn this story.' : 'This story’s consent has expired.');
    return story;
  }

  async function deskAnswer(story: Story) {
    const [names, reviewers] = await Promise.all([namesFor([story]), displayNames(store, [story.reviewedBy])]);
    const suggested =
      story.tier === 'anonymous' && story.text !== null ? detectIdentifying(story.text, { names: await ownNames(story.personId) }) : null;
    return deskStory(story, names, { suggested, reviewedBy: story.reviewedBy ? (reviewers.get(story.reviewedBy) ?? null) : null });
  }

  r.get(
    '/api/voices/stories',
    {
      config: { permission: 'story.review' },
      schema: {
        summary: 'Stories by moderation state (the review queue by default)',
        description:
          'The longest waiting first; excerpts of anonymous stories masked. Withdrawn and expired stories are never listed (reading the list first ends any whose expiry date has come). Audited as `story.list`.',
        tags: ['stories'],
        querystring: z.object({
          status: z.enum(['submitted', 'reviewed', 'published', 'rejected']).default('submitted'),
          limit: z.coerce.number().int().min(1).max(200).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ stories: z.array(deskListItemSchema) }) },
      },
    },
    async (request) => {
      const at = now();
      const s = stories(store);
      await s.endExpired(todayOf(at), at.toISOString());
      const { status, limit, offset } = request.query;
      const list = await s.withStatus(status, { limit, offset });
      const names = await namesFor(list);
      await store.audit.append({
        actorUserId: request.auth!.user.id,
        action: 'story.list',
        personId: null,
        reason: null,
        detail: { status, shown: list.length },
      });
      return { stories: list.map((story) => deskListItem(story, names)) };
    },
  );

  r.get(
    '/api/voices/stories/export',
    {
      config: { permission: 'story.review' },
      schema: {
        summary: 'Export a campaign’s published stories (CSV or JSON)',
        description:
          'What the campaign’s page shows, as of now: anonymous stories masked, attributed ones with their name; never internal-only, withdrawn or expired stories. Each story exported is counted as viewed, by you. Audited as `story.export`.',
        tags: ['stories'],
        querystring: z.object({ campaign: z.string().min(1).max(100), format: z.enum(['csv', 'json']).default('csv') }),
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const { campaign, format } = request.query;
      const s = stories(store);
      if ((await s.campaignStatus(campaign)) === undefined) throw new HttpProblem(404, 'No such campaign.');
      const at = now();
      const list = (await s.publicForCampaign(campaign, todayOf(at))).flatMap((story) => {
        const p = publicStory(story, '');
        return p ? [{ ...p, media: p.media ? p.media.type : null }] : [];
      });
      await audited(
        { actor: user, action: 'story.export', personId: null },
        (tx) =>
          stories(tx).recordViews(
            list.map((p) => p.id),
            'export',
            at.toISOString(),
            { userId: user.id, name: user.displayName },
          ),
        () => ({ campaign, format, stories: list.length }),
      );
      const file = `stories-${campaign}-${todayOf(at)}.${format}`;
      reply.header('content-disposition', `attachment; filename="${file}"`);
      if (format === 'json')
        return reply
          .type('application/json; charset=utf-8')
          .send(JSON.stringify({ campaign, exportedAt: at.toISOString(), stories: list }));
      return reply.type('text/csv; charset=utf-8').send(csvOfStories(campaign, list));
    },
  );

  r.get(
    '/api/voices/stories/:id',
    {
      config: { permission: 'story.review' },
      schema: {
        summary: 'One story, to review',
        description:
          'The text with the masks kept and those suggested now (anonymous tier), the attribution, the scope. Never the person’s id or record. Counted as a view by you (the storyteller sees your name) and audited as `story.read`. 410 once withdrawn or expired.',
        tags: ['stories'],
        params: storyParams,
        response: { 200: deskStorySchema },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const at = now();
      const story = await deskStoryOf(request.params.id, todayOf(at));
      await audited(
        { actor: user, action: 'story.read', personId: story.personId },
        (tx) => stories(tx).recordViews([story.id], 'review', at.toISOString(), { userId: user.id, name: user.displayName }),
        () => ({ storyId: story.id }),
      );
      return deskAnswer(story);
    },
  );

  r.get(
    '/api/voices/stories/:id/media',
    {
      config: { permission: 'story.review' },
      schema: { summary: 'The photo or recording of a story, to review', tags: ['stories'], params: storyParams },
    },
    async (request, reply) => {
      const story = await deskStoryOf(request.params.id, todayOf(now()));
      return sendMedia(reply, story.id);
    },
  );

  r.post(
    '/api/voices/stories/:id/review',
    {
      config: { permission: 'story.review' },
      schema: {
        summary: 'Confirm a submitted story as reviewed',
        description:
          'For an anonymous story, `masks` are the spans the public will never see (offsets in UTF-16 code units), as you confirm them: overlapping ones are merged. Other tiers take no masks. `confirmed: true` says you read the story whole. 409 unless submitted.',
        tags: ['stories'],
        params: storyParams,
        body: z
          .object({
            masks: z.array(maskSchema).max(1000).optional(),
            confirmed: z.literal(true, { error: 'confirm that you read the story and its masks' }),
          })
          .strict(),
        response: { 200: deskStorySchema },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const at = now();
      const story = await deskStoryOf(request.params.id, todayOf(at));
      const { masks } = request.body;
      let kept: MaskSpan[] | null = null;
      if (story.tier === 'anonymous') {
        if (masks === undefined)
          throw fieldProblem(400, 'body.masks', 'an anonymous story needs its masks confirmed (an empty list if nothing identifies)');
        const length = story.text!.length;
        const bad = masks.findIndex((m) => m.end > length || m.start >= m.end);
        if (bad >= 0) throw fieldProblem(400, `body.masks.${bad}`, `must have start < end ≤ ${length}, the text’s length`);
        kept = normalizeMasks(story.text!, masks);
      } else if (masks !== undefined && masks.length > 0) {
        throw fieldProblem(400, 'body.masks', `a story of the ${story.tier} tier is not masked`);
      }
      const reviewed = await audited(
        { actor: user, action: 'story.review', personId: story.personId },
        (tx) => stories(tx).review(story.id, { masks: kept, reviewerId: user.id }, at.toISOString()),
        () => ({ storyId: story.id, masks: kept?.length ?? null }),
      ).catch(asProblem);
      return deskAnswer(reviewed);
    },
  );

  r.post(
    '/api/voices/stories/:id/publish',
    {
      config: { permission: 'story.review' },
      schema: {
        summary: 'Publish a reviewed story',
        description:
          'It shows at once on the pages of the campaigns in its scope. Answers a shared link (its address is shown this once). 409 unless reviewed, and always for an internal-only story, which is never published.',
        tags: ['stories'],
        params: storyParams,
        response: { 200: z.object({ story: deskStorySchema, link: linkAnswer }) },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const at = now();
      const story = await deskStoryOf(request.params.id, todayOf(at));
      if (story.tier === 'internal') throw new HttpProblem(409, 'An internal-only story is never published; it stays in the desk.');
      const published = await audited(
        { actor: user, action: 'story.publish', personId: story.personId },
        (tx) => stories(tx).publish(story.id, at.toISOString()),
        () => ({ storyId: story.id }),
      ).catch(asProblem);
      const link = await newLink(published, user, at);
      return { story: await deskAnswer(published), link };
    },
  );

  r.post(
    '/api/voices/stories/:id/reject',
    {
      config: { permission: 'story.review' },
      schema: {
        summary: 'Reject a story, with the reason the storyteller will read',
        description: 'From submitted, reviewed or published (a published story leaves the pages at once). 409 otherwise.',
        tags: ['stories'],
        params: storyParams,
        body: z.object({ reason: z.string().trim().min(1, 'give the storyteller a reason').max(1000) }).strict(),
        response: { 200: deskStorySchema },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const at = now();
      const story = await deskStoryOf(request.params.id, todayOf(at));
      const rejected = await audited(
        { actor: user, action: 'story.reject', personId: story.personId },
        (tx) => stories(tx).reject(story.id, { reason: request.body.reason, reviewerId: user.id }, at.toISOString()),
        () => ({ storyId: story.id }),
      ).catch(asProblem);
      return deskAnswer(rejected);
    },
  );

  r.post(
    '/api/voices/stories/:id/link',
    {
      config: { permission: 'story.review' },
      schema: {
        summary: 'A new shared link for a published story',
        description: 'Its address is shown this once. 409 unless published (and not internal only); 410 once withdrawn or expired.',
        tags: ['stories'],
        params: storyParams,
        response: { 201: linkAnswer },
      },
    },
    async (request, reply) => {
      const at = now();
      const story = await deskStoryOf(request.params.id, todayOf(at));
      return reply.code(201).send(await newLink(story, request.auth!.user, at));
    },
  );
}
