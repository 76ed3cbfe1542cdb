/**
 * Supporters (issue 9, parts 2 and 5): sign up on a campaign's page, confirm the address through the
 * emailed link, and be recognized on this browser afterwards (../../voices/supporter-session.ts says how).
 *
 * - Sign-up answers the same 202 whether the address is new, known, confirmed or over its hourly limit
 *   of emails: nothing tells a visitor whether someone already supports a campaign. The same address
 *   twice is one supporter; the details typed take effect only when the link is used.
 * - Both posts are public forms (publicFormGuard: a rate limit per network address, the form token
 *   against cross-site posts, and a honeypot whose bots get a 202 and nothing else).
 * - The supporter's own view (who this browser is, their districts and legislators) reads the cookie
 *   only; it is the supporter's own data and goes to no one else.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { campaignLetters, campaigns, outbox, supporters } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../../http/problem.ts';
import { honeypotField, publicFormGuard } from '../../security/public-forms.ts';
import { newToken, sha256Hex } from '../../security/tokens.ts';
import { publicOrigin } from '../../voices/event-links.ts';
import { chamberTitle, districtName } from '../../voices/letter-template.ts';
import { recipientsFor } from '../../voices/letter-recipients.ts';
import { verificationEmail } from '../../voices/supporter-email.ts';
import {
  closeSupporterSession,
  consentText,
  newSupporterId,
  openSupporterSession,
  supporterOf,
  VERIFY_EMAILS_PER_HOUR,
  VERIFY_HOURS,
  verifyPath,
} from '../../voices/supporter-session.ts';
import { campaignParams } from './campaign-schemas.ts';
import type { VoicesRouteDeps } from './index.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const signUpBody = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
    email: z.string().trim().toLowerCase().max(254, 'must be at most 254 characters').regex(EMAIL, 'must be an email address'),
    zip: z
      .string()
      .trim()
      .regex(/^\d{5}$/, 'must be a five-digit ZIP code'),
    consent: z.literal(true, { error: 'you must agree to be contacted to sign up' }),
    ...honeypotField,
  })
  .strict();

const verifyBody = z.object({ token: z.string().min(20).max(100), ...honeypotField }).strict();

export const supporterSchema = z.object({ name: z.string(), email: z.string(), zip: z.string() });

const legislatorSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  name: z.string(),
  party: z.string().nullable(),
  chamber: z.enum(['upper', 'lower']),
  district: z.string(),
  districtName: z.string(),
  written: z.boolean().describe('This supporter already wrote to them for this campaign.'),
});

export function supporterRoutes(app: FastifyInstance, deps: VoicesRouteDeps): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const signUpGuard = publicFormGuard('supporter-sign-up', now);
  const verifyGuard = publicFormGuard('supporter-verify', now);
  const signOutGuard = publicFormGuard('supporter-sign-out', now);

  r.post(
    '/api/public/campaigns/:id/supporters',
    {
      config: { permission: 'public', publicForm: true },
      preHandler: signUpGuard,
      schema: {
        summary: 'Sign up as a supporter of a campaign (public form)',
        description: `Sends a link to the address, good once for ${VERIFY_HOURS} hours; nothing counts until it is used. Answers 202 whether or not the address was known (at most ${VERIFY_EMAILS_PER_HOUR} emails an hour reach one address). \`consent\` must be true: the campaign page shows its words. 404 for a campaign that is not live or closed; 409 for a closed one. Send the form token (GET /api/public/form-token) as \`x-form-token\`.`,
        tags: ['supporters'],
        params: campaignParams,
        body: signUpBody,
        // The honeypot's answer too (publicFormGuard), so a caught bot cannot tell it was.
        response: { 202: z.object({ status: z.literal('accepted') }) },
      },
    },
    async (request, reply) => {
      const campaign = await campaigns(store).get(request.params.id);
      if (!campaign || campaign.status === 'draft') throw new HttpProblem(404, 'No such campaign.');
      if (campaign.status === 'closed') throw new HttpProblem(409, 'This campaign is closed and takes no new supporters.');
      const { name, email, zip } = request.body;
      const at = now();
      const token = newToken();
      const link = `${publicOrigin(request)}${verifyPath(token)}`;
      await store.transaction(async (tx) => {
        const s = supporters(tx);
        // Links dead for a day are of no use to anyone: each sign-up clears them away.
        await s.verifications.deleteExpired(new Date(at.getTime() - 86_400_000).toISOString());
        const supporter = await s.findOrCreate({ id: newSupporterId(), email, name, zip, at: at.toISOString() });
        const sentLastHour = await s.verifications.countSince(supporter.id, new Date(at.getTime() - 3_600_000).toISOString());
        if (sentLastHour >= VERIFY_EMAILS_PER_HOUR) return;
        await s.verifications.issue({
          tokenHash: sha256Hex(token),
          supporterId: supporter.id,
          campaignId: campaign.id,
          name,
          zip,
          consentText: consentText(campaign.name),
          createdAt: at.toISOString(),
          expiresAt: new Date(at.getTime() + VERIFY_HOURS * 3_600_000).toISOString(),
        });
        const mail = verificationEmail(name, campaign.name, link);
        await outbox(tx).enqueue(
          {
            channel: 'email',
            to: email,
            subject: mail.subject,
            body: mail.body,
            kind: 'supporter_verify',
            personId: null,
            language: 'en',
            urgent: true,
          },
          at,
        );
      });
      return reply.code(202).send({ status: 'accepted' as const });
    },
  );

  r.post(
    '/api/public/supporters/verify',
    {
      config: { permission: 'public', publicForm: true },
      preHandler: verifyGuard,
      schema: {
        summary: 'Confirm a supporter’s email address with the emailed link’s token (public form)',
        description:
          'Confirms the address, joins the supporter to the campaign they signed up on, and sets the HttpOnly `pathways_supporter` cookie (path /api/public, 30 days) by which their letters count. 404 for a token that was never issued; 410 for one used already or expired. Audited as `supporter.verify` (ids only).',
        tags: ['supporters'],
        body: verifyBody,
        response: {
          200: z.object({ supporter: supporterSchema, campaign: z.object({ id: z.string(), name: z.string(), status: z.string() }) }),
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const hash = sha256Hex(request.body.token);
      const s = supporters(store);
      const link = await s.verifications.byHash(hash);
      if (!link) throw new HttpProblem(404, 'This confirmation link is not one we sent. Check that the whole link was opened.');
      if (link.usedAt !== null) {
        throw new HttpProblem(
          410,
          'This confirmation link was used already. To write from this browser, sign up again on the campaign’s page.',
        );
      }
      if (Date.parse(link.expiresAt) <= at.getTime()) {
        throw new HttpProblem(
          410,
          `This confirmation link has expired (links last ${VERIFY_HOURS} hours). Sign up again on the campaign’s page for a new one.`,
        );
      }
      const result = await store.transaction(async (tx) => {
        if (!(await supporters(tx).verifications.consume(hash, at.toISOString()))) {
          throw new HttpProblem(
            410,
            'This confirmation link was used already. To write from this browser, sign up again on the campaign’s page.',
          );
        }
        const supporter = await supporters(tx).confirm(link.supporterId, {
          name: link.name,
          zip: link.zip,
          consentText: link.consentText,
          at: at.toISOString(),
        });
        await supporters(tx).join(supporter.id, link.campaignId, at.toISOString());
        await openSupporterSession(tx, request, reply, supporter.id, at);
        await tx.audit.append({
          actorUserId: null,
          action: 'supporter.verify',
          personId: null,
          reason: null,
          detail: { supporterId: supporter.id, campaignId: link.campaignId },
        });
        return { supporter, campaign: (await campaigns(tx).get(link.campaignId))! };
      });
      return {
        supporter: { name: result.supporter.name, email: result.supporter.email, zip: result.supporter.zip },
        campaign: { id: result.campaign.id, name: result.campaign.name, status: result.campaign.status },
      };
    },
  );

  r.get(
    '/api/public/campaigns/:id/supporter',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'The supporter this browser confirmed as, with their districts and legislators for the campaign',
        description:
          'Reads the `pathways_supporter` cookie. `supporter` is null when this browser has not confirmed an address. `recipients.found` false comes with a message: no district on file for the ZIP, a ZIP in another state, or no legislator imported yet.',
        tags: ['supporters'],
        params: campaignParams,
        response: {
          200: z.object({
            supporter: supporterSchema.nullable(),
            recipients: z
              .object({
                found: z.boolean(),
                message: z.string().nullable(),
                legislators: z.array(legislatorSchema),
              })
              .nullable(),
          }),
        },
      },
    },
    async (request) => {
      const campaign = await campaigns(store).get(request.params.id);
      if (!campaign || campaign.status === 'draft') throw new HttpProblem(404, 'No such campaign.');
      const supporter = await supporterOf(store, request, now());
      if (!supporter || supporter.verifiedAt === null) return { supporter: null, recipients: null };
      const found = await recipientsFor(store, campaign, supporter);
      const written = new Set(await campaignLetters(store).legislatorsWrittenTo(campaign.id, supporter.id));
      return {
        supporter: { name: supporter.name, email: supporter.email, zip: supporter.zip },
        recipients:
          found.kind === 'found'
            ? {
                found: true,
                message: null,
                legislators: found.legislators.map((l) => ({
                  id: l.id,
                  title: chamberTitle(l.chamber),
                  name: l.name,
                  party: l.party,
                  chamber: l.chamber,
                  district: l.district,
                  districtName: districtName(l.chamber, l.district),
                  written: written.has(l.id),
                })),
              }
            : { found: false, message: found.message, legislators: [] },
      };
    },
  );

  r.post(
    '/api/public/supporter/sign-out',
    {
      config: { permission: 'public', publicForm: true },
      preHandler: signOutGuard,
      schema: {
        summary: 'Forget the supporter on this browser (public form)',
        description: 'Deletes the `pathways_supporter` cookie and its session. The supporter and their letters stay.',
        tags: ['supporters'],
        body: z
          .object({ ...honeypotField })
          .strict()
          .nullish(),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await closeSupporterSession(store, request, reply);
      return reply.code(204).send(null);
    },
  );
}
