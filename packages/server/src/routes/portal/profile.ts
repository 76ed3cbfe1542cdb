/**
 * What the officer keeps on file for a person's portal: how to reach them (email, phone, language, time
 * zone: sign-in codes and reminders go there) and what their matches turn on (home ZIP and the conditions
 * of supervision: curfew, no driving, no contact with minors, no alcohol venues, travel limit).
 *
 * GET and PUT /api/people/:id/portal-profile (`portal.profile`: officers for their caseload, supervisors
 * for their unit). PUT sets what it is given and keeps the rest. A read is audited `person.read` (view
 * `portal-profile`); a change `portal.profile`, naming the fields changed but never their values, which
 * are personal data.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { directories, isTimeZone, NO_CONDITIONS, normalizePhone, portal, type PathwaysStore } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../../http/problem.ts';
import { MAX_TRAVEL_LIMIT_MILES } from '../../input-limits.ts';

const PHONE_WORDS = 'must be a phone number, such as 555-201-4477 or +1 555 201 4477';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM (24-hour)');
const conditions = z
  .object({
    curfew: z.object({ start: hhmm, end: hhmm }).strict().nullable(),
    noDriving: z.boolean(),
    noContactWithMinors: z.boolean(),
    noAlcoholVenues: z.boolean(),
    travelLimitMiles: z
      .number()
      .int('must be a whole number of miles')
      .min(1, 'must be at least 1 mile')
      .max(MAX_TRAVEL_LIMIT_MILES, `must be at most ${MAX_TRAVEL_LIMIT_MILES.toLocaleString('en-US')} miles`)
      .nullable(),
  })
  .strict();

const profile = z.object({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  language: z.enum(['en', 'es']),
  timeZone: z.string(),
  homeZip: z.string().nullable(),
  conditions,
});

const change = z
  .object({
    email: z.string().email('must be an email address').max(254).nullable().optional(),
    // One message for every way a number can fail (too short, too long, not a number), so the officer
    // reads it once.
    phone: z
      .string()
      .min(7, PHONE_WORDS)
      .max(20, PHONE_WORDS)
      .refine((raw) => normalizePhone(raw) !== undefined, PHONE_WORDS)
      .nullable()
      .optional(),
    language: z.enum(['en', 'es']).optional(),
    timeZone: z.string().min(1).max(64).refine(isTimeZone, 'must be an IANA time zone, e.g. America/Chicago').optional(),
    homeZip: z
      .string()
      .regex(/^\d{5}$/, 'must be a five-digit ZIP code')
      .nullable()
      .optional(),
    conditions: conditions.optional(),
  })
  .strict();

const params = z.object({ id: z.string().min(1).max(200) });

async function current(store: PathwaysStore, personId: string): Promise<z.infer<typeof profile>> {
  const [contact, where] = await Promise.all([portal(store).contacts.get(personId), directories(store).profiles.get(personId)]);
  return {
    email: contact?.email ?? null,
    phone: contact?.phone ?? null,
    language: contact?.language ?? 'en',
    timeZone: contact?.timeZone ?? 'America/Los_Angeles',
    homeZip: where?.homeZip ?? null,
    conditions: where?.conditions ?? NO_CONDITIONS,
  };
}

export function portalProfileRoutes(app: FastifyInstance, deps: { store: PathwaysStore; now: () => Date }): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/people/:id/portal-profile',
    {
      config: { permission: 'portal.profile', personParam: 'id' },
      schema: {
        summary: 'How the person is reached (email, phone, language, time zone) and what their matches turn on (home ZIP, conditions)',
        description: 'Audited as `person.read` with `{ view: "portal-profile" }`.',
        tags: ['portal'],
        params,
        response: { 200: profile },
      },
    },
    async (request) => {
      const person = await store.people.get(request.params.id);
      if (!person) throw new HttpProblem(404, 'No such person.');
      const answer = await current(store, person.id);
      await store.audit.append({
        actorUserId: request.auth!.user.id,
        action: 'person.read',
        personId: person.id,
        reason: null,
        detail: { view: 'portal-profile' },
      });
      return answer;
    },
  );

  r.put(
    '/api/people/:id/portal-profile',
    {
      config: { permission: 'portal.profile', personParam: 'id' },
      schema: {
        summary: 'Change how the person is reached, their home ZIP or their conditions (what is given; the rest is kept)',
        description:
          'The phone is stored as E.164 (US numbers may be written as 10 digits). Audited `portal.profile` with the fields changed, never their values.',
        tags: ['portal'],
        params,
        body: change,
        response: { 200: profile },
      },
    },
    async (request) => {
      const person = await store.people.get(request.params.id);
      if (!person) throw new HttpProblem(404, 'No such person.');
      const body = request.body;
      const at = now().toISOString();
      await store.transaction(async (tx) => {
        const { homeZip, conditions: newConditions, ...reach } = body;
        const reachFields = Object.fromEntries(Object.entries(reach).filter(([, v]) => v !== undefined));
        if (Object.keys(reachFields).length > 0) {
          const taken = await portal(tx).contacts.takenByOthers(person.id, reachFields);
          if (taken !== undefined) {
            const what = taken === 'email' ? 'email address' : 'phone number';
            throw new HttpProblem(
              409,
              `The contact cannot be saved: this ${what} is already another person's; each person signs in with their own.`,
              {
                errors: [{ path: `body.${taken}`, message: `is already another person's ${what}` }],
              },
            );
          }
          try {
            await portal(tx).contacts.set({ personId: person.id, ...reachFields }, at);
          } catch (error) {
            // The schema checks the phone number's shape and the time zone as the store does; this is the backstop.
            throw new HttpProblem(400, `The contact cannot be saved: ${error instanceof Error ? error.message : String(error)}.`);
          }
        }
        if (homeZip !== undefined || newConditions !== undefined) {
          const before = await directories(tx).profiles.get(person.id);
          await directories(tx).profiles.set(
            {
              personId: person.id,
              homeZip: homeZip !== undefined ? homeZip : (before?.homeZip ?? null),
              conditions: newConditions ?? before?.conditions ?? NO_CONDITIONS,
            },
            at,
          );
        }
        await tx.audit.append({
          actorUserId: request.auth!.user.id,
          action: 'portal.profile',
          personId: person.id,
          reason: null,
          detail: { fields: Object.keys(body).sort() },
        });
      });
      return current(store, person.id);
    },
  );
}
