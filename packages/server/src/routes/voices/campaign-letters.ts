/**
 * "Write to your legislator" (issue 9, part 3): a confirmed supporter's letters, one per legislator of
 * their districts (both chambers), built from the campaign's template, the bill's impact numbers for the
 * state, and the supporter's own words. Preview shows them for review; send puts one email per
 * legislator in the notification outbox (kind `legislator_letter`) and records each letter as an action
 * (campaign, supporter, legislator, district), which the desk counts.
 *
 * Both are public forms (publicFormGuard). Without a confirmed supporter on this browser nothing is built
 * or sent (401); a closed campaign takes no letters (409); a ZIP with no district answers 422 with words
 * for the supporter. A supporter writes to a legislator once per campaign: sending again reaches only
 * those not written to yet, and 409 when there are none. Audited as `campaign.letter` (ids and a count).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { campaignLetters, campaigns, type Legislator } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../../http/problem.ts';
import { honeypotField, publicFormGuard } from '../../security/public-forms.ts';
import { chamberTitle, districtName, MAX_OWN_WORDS_LENGTH } from '../../voices/letter-template.ts';
import { letterFor, sendLetter } from '../../voices/letter-send.ts';
import { recipientsFor } from '../../voices/letter-recipients.ts';
import { supporterOf } from '../../voices/supporter-session.ts';
import { campaignParams, impactText } from './campaign-schemas.ts';
import type { VoicesRouteDeps } from './index.ts';

const letterBody = z
  .object({
    ownWords: z.string().trim().max(MAX_OWN_WORDS_LENGTH, `must be at most ${MAX_OWN_WORDS_LENGTH} characters`).default(''),
    ...honeypotField,
  })
  .strict();

const letterSchema = z.object({
  legislatorId: z.number().int(),
  to: z.string().describe('The legislator’s title and name.'),
  districtName: z.string(),
  subject: z.string(),
  body: z.string(),
  alreadySent: z.boolean(),
});

/** Previews allow more tries than sends: a supporter may revise their words a few times. */
const PREVIEW_LIMIT = { maxPosts: 30, windowMs: 10 * 60_000 };

export function campaignLetterRoutes(app: FastifyInstance, deps: VoicesRouteDeps): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const previewGuard = publicFormGuard('letter-preview', now, PREVIEW_LIMIT);
  const sendGuard = publicFormGuard('letter-send', now);

  /** The campaign, the supporter and their legislators, or the problem that stops a letter. */
  async function prepare(request: FastifyRequest<{ Params: { id: string } }>) {
    const campaign = await campaigns(store).get(request.params.id);
    if (!campaign || campaign.status === 'draft') throw new HttpProblem(404, 'No such campaign.');
    const supporter = await supporterOf(store, request, now());
    if (!supporter || supporter.verifiedAt === null) {
      throw new HttpProblem(401, 'Confirm your email address first: sign up on the campaign’s page and open the link we send you.');
    }
    if (campaign.status === 'closed') throw new HttpProblem(409, 'This campaign is closed and takes no more letters.');
    const found = await recipientsFor(store, campaign, supporter);
    if (found.kind !== 'found') throw new HttpProblem(422, found.message);
    const written = new Set(await campaignLetters(store).legislatorsWrittenTo(campaign.id, supporter.id));
    return { campaign, supporter, legislators: found.legislators, written };
  }

  r.post(
    '/api/public/campaigns/:id/letters/preview',
    {
      config: { permission: 'public', publicForm: true },
      preHandler: previewGuard,
      schema: {
        summary: 'The letters a confirmed supporter would send, for review (public form)',
        description:
          'One letter per serving legislator of the supporter’s districts. Sends nothing. 401 without a confirmed supporter on this browser; 409 for a closed campaign; 422 when the ZIP has no district in the campaign’s state or no legislator is on file.',
        tags: ['supporters'],
        params: campaignParams,
        body: letterBody,
        response: { 200: z.object({ letters: z.array(letterSchema) }) },
      },
    },
    async (request) => {
      const { campaign, supporter, legislators, written } = await prepare(request);
      const impact = impactText(campaign);
      return {
        letters: legislators.map((l) => ({
          legislatorId: l.id,
          to: `${chamberTitle(l.chamber)} ${l.name}`,
          districtName: districtName(l.chamber, l.district),
          ...letterFor(campaign, supporter, l, request.body.ownWords, impact),
          alreadySent: written.has(l.id),
        })),
      };
    },
  );

  r.post(
    '/api/public/campaigns/:id/letters',
    {
      config: { permission: 'public', publicForm: true },
      preHandler: sendGuard,
      schema: {
        summary: 'Send a confirmed supporter’s letters to their legislators (public form)',
        description:
          'One email per legislator not yet written to for this campaign, through the notification outbox; each is recorded as an action. 409 when every one was written to already; otherwise as the preview.',
        tags: ['supporters'],
        params: campaignParams,
        body: letterBody,
        response: {
          201: z.object({
            sent: z.array(z.object({ legislatorId: z.number().int(), to: z.string(), districtName: z.string() })),
            alreadySent: z.array(z.object({ legislatorId: z.number().int(), to: z.string(), districtName: z.string() })),
          }),
        },
      },
    },
    async (request, reply) => {
      const { campaign, supporter, legislators, written } = await prepare(request);
      const named = (l: Legislator) => ({
        legislatorId: l.id,
        to: `${chamberTitle(l.chamber)} ${l.name}`,
        districtName: districtName(l.chamber, l.district),
      });
      const pending = legislators.filter((l) => !written.has(l.id));
      if (pending.length === 0) {
        throw new HttpProblem(
          409,
          `You have already written to ${legislators.map((l) => named(l).to).join(' and ')} about this bill. Thank you!`,
        );
      }
      const impact = impactText(campaign);
      const at = now();
      const sent = await store.transaction(async (tx) => {
        const done: Legislator[] = [];
        for (const l of pending) {
          const letter = letterFor(campaign, supporter, l, request.body.ownWords, impact);
          // Sent by a parallel request a moment ago: counted once, sent once.
          if (!(await sendLetter(tx, { campaignId: campaign.id, supporterId: supporter.id, legislator: l, letter, at }))) continue;
          done.push(l);
        }
        await tx.audit.append({
          actorUserId: null,
          action: 'campaign.letter',
          personId: null,
          reason: null,
          detail: { campaignId: campaign.id, supporterId: supporter.id, letters: done.length },
        });
        return done;
      });
      return reply.code(201).send({
        sent: sent.map(named),
        alreadySent: legislators.filter((l) => written.has(l.id)).map(named),
      });
    },
  );
}
