/**
 * The campaign staff's routes (`campaign.manage`, the advocate role): create and edit campaigns, ask for
 * their impact numbers again, read the letters' counts by district and export them.
 *
 * Creating a campaign, or changing its reform file, marks its numbers as being computed and hands the
 * run to the background (ImpactRunner): the request answers at once. The export lists each letter with
 * its supporter's name, email and ZIP, so it is audited (`campaign.export`, counts only); the counts are
 * not personal and are not. Writes are audited with ids, never with a supporter's details.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { campaignLetters, campaigns, supporters, type Campaign, type PathwaysStore } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../../http/problem.ts';
import { shippedReform, shippedReforms } from '../../voices/campaign-reforms.ts';
import { DEFAULT_IMPACT_RUN, impactRunSchema, type ImpactRun } from '../../voices/impact.ts';
import type { ImpactRunner } from '../../voices/impact-runner.ts';
import {
  DEFAULT_LETTER_TEMPLATE,
  districtName,
  MAX_TEMPLATE_LENGTH,
  PLACEHOLDERS,
  templateProblems,
} from '../../voices/letter-template.ts';
import { campaignIdSchema, campaignParams, deskCampaignJson, deskCampaignSchema } from './campaign-schemas.ts';
import type { VoicesRouteDeps } from './index.ts';

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number) => text(max).min(1, 'must not be empty');

/** A run as the desk may ask for it: any field left out takes the default (the whole state). */
const runRequest = impactRunSchema
  .partial()
  .describe('The simulation’s size; left out: the whole state, 36 months, 5 replications, seed 1.');

const campaignFields = {
  name: required(200),
  bill: required(200).describe('The bill as the legislature names it (`HB 1234 (2027)`).'),
  reformFile: z.string().max(200).describe('A reform file shipped in reforms/ (GET /api/campaign-reforms lists them).'),
  summary: text(5000),
  letterTemplate: text(MAX_TEMPLATE_LENGTH).describe(`The letter, with placeholders ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`),
  status: z.enum(['draft', 'live', 'closed']),
  impactRun: runRequest,
};

const createBody = z
  .object({
    id: campaignIdSchema,
    ...campaignFields,
    summary: campaignFields.summary.default(''),
    letterTemplate: campaignFields.letterTemplate.optional(),
    status: campaignFields.status.default('draft'),
    impactRun: runRequest.optional(),
  })
  .strict();

const updateBody = z
  .object({
    name: campaignFields.name.optional(),
    bill: campaignFields.bill.optional(),
    reformFile: campaignFields.reformFile.optional(),
    summary: campaignFields.summary.optional(),
    letterTemplate: campaignFields.letterTemplate.optional(),
    status: campaignFields.status.optional(),
    impactRun: runRequest.optional().describe('Given: the numbers are computed again with this run (also when the reform file changes).'),
  })
  .strict();

const districtCountSchema = z.object({
  state: z.string(),
  chamber: z.enum(['upper', 'lower']),
  district: z.string(),
  districtName: z.string(),
  letters: z.number().int(),
  supporters: z.number().int(),
});

const EXPORT_COLUMNS = [
  'letter_id',
  'sent_at',
  'state',
  'chamber',
  'district',
  'legislator',
  'legislator_email',
  'supporter',
  'supporter_email',
  'supporter_zip',
] as const;
const DISTRICT_COLUMNS = ['state', 'chamber', 'district', 'letters', 'supporters'] as const;

/** One CSV cell; a leading = + - @ is defused so a spreadsheet does not run it as a formula. */
export function csvCell(value: string | number | null): string {
  let cell = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

const csv = (rows: (string | number | null)[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

export async function campaignCounts(store: PathwaysStore, id: string) {
  const [supporterCount, totals] = await Promise.all([supporters(store).countFor(id), campaignLetters(store).totals(id)]);
  return { supporters: supporterCount, letters: totals.letters };
}

function reformProblem(file: string): HttpProblem {
  return new HttpProblem(422, 'The reform file is not one of the shipped files.', {
    errors: [{ path: 'body.reformFile', message: `${file} is not in reforms/ (GET /api/campaign-reforms lists them)` }],
  });
}

function checkTemplate(template: string): void {
  const problems = templateProblems(template);
  if (problems.length > 0) {
    throw new HttpProblem(422, 'The letter template cannot be used.', {
      errors: problems.map((message) => ({ path: 'body.letterTemplate', message })),
    });
  }
}

const fullRun = (asked: Partial<ImpactRun> | undefined): ImpactRun => ({ ...DEFAULT_IMPACT_RUN, ...(asked ?? {}) });

export function campaignDeskRoutes(app: FastifyInstance, deps: VoicesRouteDeps, runner: ImpactRunner): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  async function found(id: string): Promise<Campaign> {
    const campaign = await campaigns(store).get(id);
    if (!campaign) throw new HttpProblem(404, 'No such campaign.');
    return campaign;
  }

  r.get(
    '/api/campaign-reforms',
    {
      config: { permission: 'campaign.manage' },
      schema: {
        summary: 'The reform files a campaign can link to, and the defaults of a new campaign',
        tags: ['campaigns'],
        response: {
          200: z.object({
            reforms: z.array(
              z.object({
                file: z.string(),
                name: z.string(),
                jurisdiction: z.string(),
                citations: z.array(z.string()),
                description: z.string().nullable(),
                start: z.string().nullable(),
              }),
            ),
            defaultTemplate: z.string(),
            placeholders: z.array(z.string()),
            defaultRun: impactRunSchema,
          }),
        },
      },
    },
    async () => ({
      reforms: shippedReforms(),
      defaultTemplate: DEFAULT_LETTER_TEMPLATE,
      placeholders: [...PLACEHOLDERS],
      defaultRun: DEFAULT_IMPACT_RUN,
    }),
  );

  r.get(
    '/api/campaigns',
    {
      config: { permission: 'campaign.manage' },
      schema: {
        summary: 'Every campaign, drafts included, newest first',
        tags: ['campaigns'],
        response: { 200: z.object({ campaigns: z.array(deskCampaignSchema) }) },
      },
    },
    async () => {
      const all = await campaigns(store).list();
      return { campaigns: await Promise.all(all.map(async (c) => deskCampaignJson(c, await campaignCounts(store, c.id)))) };
    },
  );

  r.post(
    '/api/campaigns',
    {
      config: { permission: 'campaign.manage' },
      schema: {
        summary: 'Create a campaign',
        description:
          'The jurisdiction is the reform file’s. The impact numbers are computed in the background (`impact.status` is `computing` until they are ready). The template defaults to a plain letter naming the bill and the numbers. 409 when the id is taken; 422 for a reform file that is not shipped or a template with an unknown placeholder. Audited as `campaign.create`.',
        tags: ['campaigns'],
        body: createBody,
        response: { 201: deskCampaignSchema },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const body = request.body;
      const reform = shippedReform(body.reformFile);
      if (!reform) throw reformProblem(body.reformFile);
      const letterTemplate = body.letterTemplate ?? DEFAULT_LETTER_TEMPLATE;
      checkTemplate(letterTemplate);
      if (await campaigns(store).get(body.id)) throw new HttpProblem(409, `A campaign with the id ${body.id} exists already.`);
      const at = now().toISOString();
      const created = await store.transaction(async (tx) => {
        await campaigns(tx).create({
          id: body.id,
          name: body.name,
          bill: body.bill,
          jurisdiction: reform.jurisdiction,
          status: body.status,
          reformFile: reform.file,
          summary: body.summary,
          letterTemplate,
          createdBy: user.id,
          at,
        });
        await campaigns(tx).requestImpact(body.id, fullRun(body.impactRun), at);
        await tx.audit.append({
          actorUserId: user.id,
          action: 'campaign.create',
          personId: null,
          reason: null,
          detail: { campaignId: body.id },
        });
        return (await campaigns(tx).get(body.id))!;
      });
      runner.start(created.id);
      return reply.code(201).send(deskCampaignJson(created, { supporters: 0, letters: 0 }));
    },
  );

  r.get(
    '/api/campaigns/:id',
    {
      config: { permission: 'campaign.manage' },
      schema: {
        summary: 'A campaign, as the desk edits it',
        tags: ['campaigns'],
        params: campaignParams,
        response: { 200: deskCampaignSchema },
      },
    },
    async (request) => {
      const campaign = await found(request.params.id);
      return deskCampaignJson(campaign, await campaignCounts(store, campaign.id));
    },
  );

  r.put(
    '/api/campaigns/:id',
    {
      config: { permission: 'campaign.manage' },
      schema: {
        summary: 'Change a campaign',
        description:
          'The fields given change; the rest stay. A new reform file (its jurisdiction becomes the campaign’s) or an `impactRun` computes the numbers again in the background; the old numbers stay on show until the new ones are ready. Audited as `campaign.update` with the names of the fields changed.',
        tags: ['campaigns'],
        params: campaignParams,
        body: updateBody,
        response: { 200: deskCampaignSchema },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const before = await found(request.params.id);
      const { impactRun, ...change } = request.body;
      const reform = change.reformFile === undefined ? undefined : shippedReform(change.reformFile);
      if (change.reformFile !== undefined && !reform) throw reformProblem(change.reformFile);
      if (change.letterTemplate !== undefined) checkTemplate(change.letterTemplate);
      const rerun = impactRun !== undefined || (reform !== undefined && reform.file !== before.reformFile);
      const at = now().toISOString();
      const updated = await store.transaction(async (tx) => {
        const after = await campaigns(tx).update(before.id, { ...change, ...(reform ? { jurisdiction: reform.jurisdiction } : {}) }, at);
        if (rerun) await campaigns(tx).requestImpact(before.id, fullRun(impactRun), at);
        await tx.audit.append({
          actorUserId: user.id,
          action: 'campaign.update',
          personId: null,
          reason: null,
          detail: { campaignId: before.id, fields: Object.keys(request.body).sort() },
        });
        return rerun ? (await campaigns(tx).get(before.id))! : after!;
      });
      if (rerun) runner.start(updated.id);
      return deskCampaignJson(updated, await campaignCounts(store, updated.id));
    },
  );

  r.post(
    '/api/campaigns/:id/impact',
    {
      config: { permission: 'campaign.manage' },
      schema: {
        summary: 'Compute a campaign’s impact numbers again',
        description:
          'Answers 202 at once; the run goes on in the background (after a failure, say, or to use a different size). Audited as `campaign.impact`.',
        tags: ['campaigns'],
        params: campaignParams,
        body: z.object({ impactRun: runRequest.optional() }).strict().nullish(),
        response: { 202: deskCampaignSchema },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const campaign = await found(request.params.id);
      if (campaign.reformFile === null || !shippedReform(campaign.reformFile)) {
        throw new HttpProblem(409, 'The campaign links no shipped reform file: choose one first.');
      }
      const run = fullRun(request.body?.impactRun);
      const at = now().toISOString();
      const updated = await store.transaction(async (tx) => {
        await campaigns(tx).requestImpact(campaign.id, run, at);
        await tx.audit.append({
          actorUserId: user.id,
          action: 'campaign.impact',
          personId: null,
          reason: null,
          detail: { campaignId: campaign.id, run },
        });
        return (await campaigns(tx).get(campaign.id))!;
      });
      runner.start(campaign.id);
      return reply.code(202).send(deskCampaignJson(updated, await campaignCounts(store, campaign.id)));
    },
  );

  r.get(
    '/api/campaigns/:id/actions',
    {
      config: { permission: 'campaign.manage' },
      schema: {
        summary: 'The letters sent for a campaign, counted by district',
        description: 'Counts only: who wrote is in the export.',
        tags: ['campaigns'],
        params: campaignParams,
        response: {
          200: z.object({
            letters: z.number().int(),
            writers: z.number().int().describe('Supporters who sent at least one letter.'),
            supporters: z.number().int().describe('Supporters who confirmed their address.'),
            districts: z.array(districtCountSchema),
          }),
        },
      },
    },
    async (request) => {
      const campaign = await found(request.params.id);
      const letters = campaignLetters(store);
      const [totals, districts, supporterCount] = await Promise.all([
        letters.totals(campaign.id),
        letters.countsByDistrict(campaign.id),
        supporters(store).countFor(campaign.id),
      ]);
      return {
        letters: totals.letters,
        writers: totals.supporters,
        supporters: supporterCount,
        districts: districts.map((d) => ({ ...d, districtName: districtName(d.chamber, d.district) })),
      };
    },
  );

  r.get(
    '/api/campaigns/:id/actions.csv',
    {
      config: { permission: 'campaign.manage' },
      schema: {
        summary: 'Export a campaign’s letters as CSV',
        description: `\`view=letters\` (default): one row per letter, with the supporter’s name, email and ZIP (${EXPORT_COLUMNS.join(', ')}); audited as \`campaign.export\` with the number of rows. \`view=districts\`: the counts by district (${DISTRICT_COLUMNS.join(', ')}).`,
        tags: ['campaigns'],
        params: campaignParams,
        querystring: z.object({ view: z.enum(['letters', 'districts']).default('letters') }),
        produces: ['text/csv'],
        response: { 200: z.string().describe('text/csv') },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const campaign = await found(request.params.id);
      const view = request.query.view;
      let body: string;
      if (view === 'districts') {
        const counts = await campaignLetters(store).countsByDistrict(campaign.id);
        body = csv([[...DISTRICT_COLUMNS], ...counts.map((d) => [d.state, d.chamber, d.district, d.letters, d.supporters])]);
      } else {
        const rows = await campaignLetters(store).exportRows(campaign.id);
        await store.audit.append({
          actorUserId: user.id,
          action: 'campaign.export',
          personId: null,
          reason: null,
          detail: { campaignId: campaign.id, rows: rows.length },
        });
        body = csv([
          [...EXPORT_COLUMNS],
          ...rows.map((l) => [
            l.id,
            l.sentAt,
            l.state,
            l.chamber,
            l.district,
            l.legislatorName,
            l.legislatorEmail,
            l.supporterName,
            l.supporterEmail,
            l.supporterZip,
          ]),
        ]);
      }
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${campaign.id}-${view === 'districts' ? 'districts' : 'letters'}.csv"`);
      return body;
    },
  );
}
