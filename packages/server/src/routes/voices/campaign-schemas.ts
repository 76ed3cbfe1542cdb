/**
 * What the campaign routes answer, as zod schemas (the OpenAPI document is built from them) and the
 * functions that shape a stored campaign into them: the public page's view (no template, no error
 * text, no run request) and the desk's (everything).
 */
import { CAMPAIGN_STATUSES, IMPACT_STATUSES, type Campaign } from '@pathways/store';
import { z } from 'zod';
import { shippedReform } from '../../voices/campaign-reforms.ts';
import type { CampaignImpact } from '../../voices/impact.ts';
import { impactRunSchema } from '../../voices/impact.ts';
import { IMPACT_PENDING, impactSentence, jurisdictionNameOf } from '../../voices/letter-template.ts';
import { consentText } from '../../voices/supporter-session.ts';

export const campaignIdSchema = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters and digits, words joined by single hyphens (`mo-earned-compliance`)');

export const campaignParams = z.object({ id: z.string().min(1).max(80) });

const band = z.object({ mean: z.number(), low: z.number(), high: z.number() });

export const impactSchema = z
  .object({
    reform: z.object({
      file: z.string(),
      name: z.string(),
      jurisdiction: z.string(),
      citations: z.array(z.string()),
      description: z.string().nullable(),
    }),
    run: z.object({ start: z.string(), months: z.number(), people: z.number(), replications: z.number(), seed: z.number() }),
    statePopulation: z.number(),
    populationDate: z.string(),
    scale: z.number().describe('What every count was multiplied by: the state’s supervised population over the people simulated.'),
    figures: z.object({
      exitsEarlier: band,
      supervisionYearsAvoided: band,
      revocationsAvoided: band,
      prisonAdmissionsAvoided: band,
      dollarsSaved: band,
    }),
    assumptions: z.array(z.object({ label: z.string(), value: z.string(), source: z.string(), confidence: z.string() })),
    labUrl: z.string(),
    computedAt: z.string(),
    seconds: z.number(),
  })
  .describe('Baseline minus reform (avoided, saved), each with the 5th–95th percentile band over the replications.');

const reformSchema = z
  .object({ file: z.string(), name: z.string(), citations: z.array(z.string()), description: z.string().nullable() })
  .nullable();

export const publicCampaignSchema = z.object({
  id: z.string(),
  name: z.string(),
  bill: z.string(),
  jurisdiction: z.string(),
  jurisdictionName: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  summary: z.string(),
  reform: reformSchema,
  impact: z.object({
    status: z.enum(IMPACT_STATUSES),
    figures: impactSchema.nullable(),
    text: z.string().describe('The numbers as one paragraph, as {{impact}} puts them in a letter.'),
  }),
  consentText: z.string().describe('The words a supporter consents to when signing up.'),
  supporters: z.number().int().describe('Supporters who confirmed their address.'),
  letters: z.number().int(),
});

export const deskCampaignSchema = publicCampaignSchema.extend({
  reformFile: z.string().nullable(),
  letterTemplate: z.string(),
  impact: publicCampaignSchema.shape.impact.extend({
    error: z.string().nullable(),
    run: impactRunSchema.nullable(),
    requestedAt: z.string().nullable(),
  }),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const jurisdictionName = jurisdictionNameOf;

/** The figures of a ready campaign (else null), read back from the store's JSON. */
export function figuresOf(c: Campaign): CampaignImpact | null {
  if (c.impact.figures === null) return null;
  const parsed = impactSchema.safeParse(c.impact.figures);
  return parsed.success ? (parsed.data as CampaignImpact) : null;
}

/** {{impact}}: the paragraph when figures exist (even while newer ones compute), else a placeholder. */
export function impactText(c: Campaign): string {
  const figures = figuresOf(c);
  return figures ? impactSentence(c.bill, figures) : IMPACT_PENDING;
}

export function publicCampaignJson(c: Campaign, counts: { supporters: number; letters: number }): z.infer<typeof publicCampaignSchema> {
  const reform = c.reformFile === null ? undefined : shippedReform(c.reformFile);
  return {
    id: c.id,
    name: c.name,
    bill: c.bill,
    jurisdiction: c.jurisdiction,
    jurisdictionName: jurisdictionName(c.jurisdiction),
    status: c.status,
    summary: c.summary,
    reform: reform ? { file: reform.file, name: reform.name, citations: reform.citations, description: reform.description } : null,
    impact: { status: c.impact.status, figures: figuresOf(c), text: impactText(c) },
    consentText: consentText(c.name),
    supporters: counts.supporters,
    letters: counts.letters,
  };
}

export function deskCampaignJson(c: Campaign, counts: { supporters: number; letters: number }): z.infer<typeof deskCampaignSchema> {
  const shown = publicCampaignJson(c, counts);
  const run = impactRunSchema.safeParse(c.impact.run);
  return {
    ...shown,
    reformFile: c.reformFile,
    letterTemplate: c.letterTemplate,
    impact: { ...shown.impact, error: c.impact.error, run: run.success ? run.data : null, requestedAt: c.impact.requestedAt },
    createdBy: c.createdBy,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
