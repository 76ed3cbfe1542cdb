/** Response shapes shared by several routes (zod: validated out, documented in OpenAPI). */
import { ROLES } from '@pathways/store';
import { z } from 'zod';

export const publicUserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    agencyId: z.string().nullable(),
    unitId: z.string().nullable(),
    personId: z.string().nullable(),
  })
  .describe('A user without secrets (no password hash, no TOTP secret, no sign-in counters).');

export type PublicUser = z.infer<typeof publicUserSchema>;

export const toPublicUser = (u: PublicUser): PublicUser => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  agencyId: u.agencyId,
  unitId: u.unitId,
  personId: u.personId,
});

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** An opportunity action as stored (packages/store OpportunityAction), as the action routes answer it. */
export const opportunityActionSchema = z.object({
  id: z.number(),
  personId: z.string(),
  termId: z.string(),
  kind: z.string(),
  status: z.string(),
  reason: z.string().nullable(),
  snoozedUntil: z.string().nullable(),
  actorUserId: z.string(),
  at: z.string(),
  /** On a supervisor's review (`upheld`, `reopened`): the denial it reviews. */
  reviewedActionId: z.number().nullable().optional(),
});
