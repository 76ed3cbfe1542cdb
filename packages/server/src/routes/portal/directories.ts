/**
 * Pathways to work and wellbeing (issue 7, parts 5 and 6): importing the jobs and services directories,
 * and answering a person with the jobs that fit them and the services near them.
 *
 * - Imports (`directory.import`: admins and supervisors) take the file itself as the body (up to 5 MiB):
 *   jobs as schema.org JobPosting JSON-LD or CSV, services as Open Referral HSDS JSON. They write into the
 *   caller's own agency, whose people see the directory, and answer a report: what was read, imported
 *   (created or updated by the source's identifiers) and skipped (position and reason per item). A file
 *   that cannot be read at all is refused (400) and nothing is written; skipped items are never written in
 *   part. Audited as `directory.import` (counts only).
 * - The person (`portal.self`) reads their own matches and searches services; the answer's words are in
 *   `?lang=` or Accept-Language (English or Spanish). They see the jobs that fit and how many were left
 *   out; staff (`directory.read`, person in scope) also see each left-out job and why, audited as
 *   `person.read` (view `jobs`): the matching reads the person's conditions.
 * - Browsing (`directory.read`) lists the caller's agency's directory without any person's data.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { directories, type DirectoryJob, type DirectoryProfile, type PathwaysStore, type User } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../../http/problem.ts';
import { DirectoryFormatError, type Parsed } from '../../portal/directories/job-fields.ts';
import { matchJobs, type JobAssessment } from '../../portal/directories/job-match.ts';
import { parseJobPostingJsonLd } from '../../portal/directories/jobposting-jsonld.ts';
import { parseJobsCsv } from '../../portal/directories/jobs-csv.ts';
import { parseHsdsJson } from '../../portal/directories/hsds.ts';
import { NEEDS } from '../../portal/directories/needs.ts';
import { timeZoneForState } from '../../portal/directories/open-now.ts';
import { requestLanguage } from '../../portal/directories/request-language.ts';
import { searchServices } from '../../portal/directories/service-search.ts';
import { zipCentroid } from '../../portal/directories/distance.ts';

export const DIRECTORY_BODY_LIMIT = 5 * 1024 * 1024;
/** Where a place's own zone is unknown and the agency's state gives none. */
const FALLBACK_TIME_ZONE = 'America/Los_Angeles';

const reasonSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  text: z.string(),
});

const jobSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  organization: z.string(),
  description: z.string().nullable(),
  employmentType: z.string().nullable(),
  datePosted: z.string().nullable(),
  validThrough: z.string().nullable(),
  location: z.object({
    streetAddress: z.string().nullable(),
    locality: z.string().nullable(),
    region: z.string().nullable(),
    postalCode: z.string().nullable(),
  }),
  remote: z.boolean(),
  workHours: z.string().nullable(),
  salary: z
    .object({ min: z.number().nullable(), max: z.number().nullable(), unit: z.string().nullable(), currency: z.string().nullable() })
    .nullable(),
  occupationalCategory: z.string().nullable(),
  fairChance: z.boolean(),
  url: z.string().nullable(),
});

const matchSchema = jobSchema.extend({
  distanceMiles: z.number().nullable().describe('From the home ZIP’s centroid, one decimal; null when remote or unknown.'),
  reasons: z.array(reasonSchema).describe('Why this fits.'),
  cautions: z.array(reasonSchema).describe('Things to check.'),
});

const excludedSchema = matchSchema.extend({ exclusions: z.array(reasonSchema).describe('Why the job is left out.') });

const conditionsSchema = z.object({
  curfew: z.object({ start: z.string(), end: z.string() }).nullable(),
  noDriving: z.boolean(),
  noContactWithMinors: z.boolean(),
  noAlcoholVenues: z.boolean(),
  travelLimitMiles: z.number().nullable(),
});

const profileSchema = z
  .object({ homeZip: z.string().nullable(), conditions: conditionsSchema })
  .nullable()
  .describe('What the matching read: the home ZIP and conditions on file (null: none on file).');

const scheduleSchema = z.object({
  freq: z.string().nullable(),
  byday: z.string().nullable(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  description: z.string().nullable(),
});

const serviceResultSchema = z.object({
  serviceId: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  organization: z.object({ name: z.string(), website: z.string().nullable() }),
  needs: z.array(z.enum(NEEDS as [string, ...string[]])),
  url: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  location: z
    .object({
      id: z.string(),
      name: z.string().nullable(),
      address1: z.string().nullable(),
      city: z.string().nullable(),
      state: z.string().nullable(),
      postalCode: z.string().nullable(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
      timeZone: z.string().nullable(),
    })
    .nullable(),
  distanceMiles: z.number().nullable(),
  openNow: z.boolean().nullable().describe('null: the directory gives no hours.'),
  hours: z.array(scheduleSchema),
});

const reportSchema = z
  .object({
    format: z.string(),
    read: z.number().int().describe('Items found in the file.'),
    imported: z.number().int(),
    created: z.number().int(),
    updated: z.number().int().describe('Already in the directory under the same identifier: replaced.'),
    skipped: z.array(
      z.object({ position: z.number().int(), line: z.number().int().optional(), id: z.string().nullable(), reason: z.string() }),
    ),
  })
  .describe('The import report.');

const langQuery = z.enum(['en', 'es']).optional().describe('The language of the reasons (default: Accept-Language, else English).');

function jobJson(job: DirectoryJob) {
  return {
    id: job.id,
    title: job.title,
    organization: job.organization,
    description: job.description,
    employmentType: job.employmentType,
    datePosted: job.datePosted,
    validThrough: job.validThrough,
    location: { streetAddress: job.streetAddress, locality: job.locality, region: job.region, postalCode: job.postalCode },
    remote: job.remote,
    workHours: job.workHours,
    salary:
      job.salaryMin === null && job.salaryMax === null
        ? null
        : { min: job.salaryMin, max: job.salaryMax, unit: job.salaryUnit, currency: job.salaryCurrency },
    occupationalCategory: job.occupationalCategory,
    fairChance: job.fairChance,
    url: job.url,
  };
}

const matchJson = (a: JobAssessment) => ({ ...jobJson(a.job), distanceMiles: a.distanceMiles, reasons: a.reasons, cautions: a.cautions });
const excludedJson = (a: JobAssessment) => ({ ...matchJson(a), exclusions: a.exclusions });
const profileJson = (p: DirectoryProfile | undefined) => (p ? { homeZip: p.homeZip, conditions: p.conditions } : null);

export function directoryRoutes(app: FastifyInstance, deps: { store: PathwaysStore; now: () => Date }): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  /** The agency whose directory the caller uses: staff's own; a person's, their record's. */
  async function agencyOf(user: User): Promise<string> {
    if (user.role === 'person') {
      const person = user.personId ? await store.people.get(user.personId) : undefined;
      if (!person) throw new HttpProblem(404, 'No record is linked to this account.');
      return person.agencyId;
    }
    if (!user.agencyId) throw new HttpProblem(403, 'Your account belongs to no agency, so it has no directory.');
    return user.agencyId;
  }

  async function timeZoneOf(agencyId: string): Promise<string> {
    const agency = await store.agencies.get(agencyId);
    return timeZoneForState(agency?.jurisdiction.replace(/^US-/, '')) ?? FALLBACK_TIME_ZONE;
  }

  /** The person behind a `portal.self` request. */
  async function self(request: FastifyRequest): Promise<{ personId: string; agencyId: string }> {
    const user = request.auth!.user;
    if (!user.personId) throw new HttpProblem(404, 'No record is linked to this account.');
    return { personId: user.personId, agencyId: await agencyOf(user) };
  }

  async function matchesFor(personId: string, agencyId: string, request: FastifyRequest, lang: 'en' | 'es' | undefined) {
    const profile = await directories(store).profiles.get(personId);
    const jobs = await directories(store).jobs.list(agencyId);
    const result = matchJobs(jobs, profile ?? null, {
      today: now().toISOString().slice(0, 10),
      lang: requestLanguage(lang, request.headers['accept-language']),
    });
    return { profile, ...result };
  }

  // The imports read the raw file: inside this plugin only, every content type arrives as text.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: DIRECTORY_BODY_LIMIT }, (_request, body, done) => done(null, body));
    const s = scope.withTypeProvider<ZodTypeProvider>();

    async function runImport<T>(
      request: FastifyRequest,
      kind: 'jobs' | 'services',
      format: string,
      parse: (text: string) => Parsed<T>,
      write: (tx: PathwaysStore, agencyId: string, items: T[], at: string) => Promise<{ created: number; updated: number }>,
    ) {
      const user = request.auth!.user;
      const agencyId = await agencyOf(user);
      const body = request.body;
      if (typeof body !== 'string' || body.trim() === '')
        throw new HttpProblem(400, 'Send the file as the request body.', { errors: [{ path: 'body', message: 'is missing or empty' }] });
      let parsed: Parsed<T>;
      try {
        parsed = parse(body);
      } catch (error) {
        if (error instanceof DirectoryFormatError)
          throw new HttpProblem(400, error.message, { errors: [{ path: 'body', message: error.message }] });
        throw error;
      }
      const at = now().toISOString();
      const counts = await store.transaction(async (tx) => {
        const written = await write(
          tx,
          agencyId,
          parsed.items.map((i) => i.item),
          at,
        );
        await tx.audit.append({
          actorUserId: user.id,
          action: 'directory.import',
          personId: null,
          reason: null,
          detail: { kind, format, read: parsed.read, ...written, skipped: parsed.skipped.length },
        });
        return written;
      });
      return {
        format,
        read: parsed.read,
        imported: counts.created + counts.updated,
        created: counts.created,
        updated: counts.updated,
        skipped: parsed.skipped,
      };
    }

    s.post(
      '/api/directory/jobs',
      {
        config: { permission: 'directory.import' },
        bodyLimit: DIRECTORY_BODY_LIMIT,
        schema: {
          summary: 'Import jobs into your agency’s directory',
          description:
            'Body: the file (up to 5 MiB). `format=jsonld`: schema.org JobPosting JSON-LD (an array, an @graph, one posting, or an HTML page with ld+json scripts); fair-chance employers carry `"pathways:fairChance": true`. `format=csv`: one posting per row, columns named after the JobPosting properties (examples/directories/jobs.csv). Postings with the same identifier replace the earlier import. 400 when the file cannot be read; malformed postings are skipped and listed.',
          tags: ['directories'],
          querystring: z.object({ format: z.enum(['jsonld', 'csv']).default('jsonld') }),
          response: { 200: reportSchema },
        },
      },
      async (request) =>
        runImport(
          request,
          'jobs',
          request.query.format,
          request.query.format === 'csv' ? parseJobsCsv : parseJobPostingJsonLd,
          (tx, agencyId, items, at) => directories(tx).jobs.upsertMany(agencyId, items, at),
        ),
    );

    s.post(
      '/api/directory/services',
      {
        config: { permission: 'directory.import' },
        bodyLimit: DIRECTORY_BODY_LIMIT,
        schema: {
          summary: 'Import services into your agency’s directory (Open Referral HSDS)',
          description:
            'Body: HSDS 3.0 JSON (up to 5 MiB): either an object of tables (`organizations`, `services`, `locations`, `service_at_locations`, `schedules`, `taxonomy_terms`, `attributes`, each an array: the files of examples/directories/services-hsds/ keyed by name), or an array (or `{ contents }` page) of nested HSDS service objects. Need categories come from the taxonomy terms. Services with the same HSDS id replace the earlier import. 400 when the file cannot be read; broken services are skipped and listed.',
          tags: ['directories'],
          querystring: z.object({ format: z.enum(['hsds-json']).default('hsds-json') }),
          response: { 200: reportSchema },
        },
      },
      async (request) =>
        runImport(request, 'services', request.query.format, parseHsdsJson, (tx, agencyId, items, at) =>
          directories(tx).services.upsertMany(agencyId, items, at),
        ),
    );
  });

  r.get(
    '/api/directory/jobs',
    {
      config: { permission: 'directory.read' },
      schema: {
        summary: 'The jobs in your agency’s directory',
        description: 'Every imported job, oldest import first, without any matching (no person’s data is read).',
        tags: ['directories'],
        response: { 200: z.object({ jobs: z.array(jobSchema) }) },
      },
    },
    async (request) => {
      const agencyId = await agencyOf(request.auth!.user);
      return { jobs: (await directories(store).jobs.list(agencyId)).map(jobJson) };
    },
  );

  r.get(
    '/api/directory/services',
    {
      config: { permission: 'directory.read' },
      schema: {
        summary: 'The services in your agency’s directory',
        description:
          'One entry per service and place, by name, with open-now at this moment; `need` filters by category. No distance (no person’s data is read).',
        tags: ['directories'],
        querystring: z.object({ need: z.enum(NEEDS as [string, ...string[]]).optional() }),
        response: { 200: z.object({ services: z.array(serviceResultSchema) }) },
      },
    },
    async (request) => {
      const agencyId = await agencyOf(request.auth!.user);
      const need = request.query.need as (typeof NEEDS)[number] | undefined;
      const services = await directories(store).services.list(agencyId, need ? { need } : {});
      const results = searchServices(
        services,
        { maxMiles: Number.POSITIVE_INFINITY },
        { home: undefined, now: now(), defaultTimeZone: await timeZoneOf(agencyId) },
      );
      return { services: results };
    },
  );

  r.get(
    '/api/portal/jobs',
    {
      config: { permission: 'portal.self' },
      schema: {
        summary: 'Jobs that fit you, with why',
        description:
          'Your agency’s jobs matched to your home ZIP and your conditions (curfew, no driving, no contact with minors, no alcohol venues, travel limit): fair-chance employers first, then nearest. Each match says why it fits and what to check. Jobs left out are counted, not listed.',
        tags: ['portal'],
        querystring: z.object({ lang: langQuery }),
        response: { 200: z.object({ profile: profileSchema, matches: z.array(matchSchema), excludedCount: z.number().int() }) },
      },
    },
    async (request) => {
      const { personId, agencyId } = await self(request);
      const { profile, matches, excluded } = await matchesFor(personId, agencyId, request, request.query.lang);
      return { profile: profileJson(profile), matches: matches.map(matchJson), excludedCount: excluded.length };
    },
  );

  r.get(
    '/api/portal/services',
    {
      config: { permission: 'portal.self' },
      schema: {
        summary: 'Services near you',
        description:
          'Your agency’s services directory by need (housing, treatment, id_documents, benefits, legal_help, childcare), open now, and distance from your home ZIP (default within 50 miles; places with no known distance are kept). Nearest first.',
        tags: ['portal'],
        querystring: z.object({
          need: z.enum(NEEDS as [string, ...string[]]).optional(),
          openNow: z.enum(['true', 'false']).optional(),
          maxMiles: z.coerce.number().positive().max(500).optional(),
          q: z.string().trim().max(100).optional(),
          lang: langQuery,
        }),
        response: { 200: z.object({ results: z.array(serviceResultSchema) }) },
      },
    },
    async (request) => {
      const { personId, agencyId } = await self(request);
      const { need, openNow, maxMiles, q } = request.query;
      const profile = await directories(store).profiles.get(personId);
      const services = await directories(store).services.list(agencyId, need ? { need: need as (typeof NEEDS)[number] } : {});
      const results = searchServices(
        services,
        {
          ...(need ? { need: need as (typeof NEEDS)[number] } : {}),
          ...(openNow === 'true' ? { openNow: true } : {}),
          ...(maxMiles !== undefined ? { maxMiles } : {}),
          ...(q ? { q } : {}),
        },
        { home: zipCentroid(profile?.homeZip), now: now(), defaultTimeZone: await timeZoneOf(agencyId) },
      );
      return { results };
    },
  );

  r.get(
    '/api/people/:id/jobs',
    {
      config: { permission: 'directory.read', personParam: 'id' },
      schema: {
        summary: 'A person’s job matches, and the jobs left out with why',
        description:
          'As the person sees them (GET /api/portal/jobs), plus every job left out with its reasons. Audited as `person.read` (view `jobs`): the matching reads the person’s conditions.',
        tags: ['directories'],
        params: z.object({ id: z.string().min(1).max(200) }),
        querystring: z.object({ lang: langQuery }),
        response: { 200: z.object({ profile: profileSchema, matches: z.array(matchSchema), excluded: z.array(excludedSchema) }) },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const person = await store.people.get(request.params.id);
      if (!person) throw new HttpProblem(404, 'No such person.');
      const { profile, matches, excluded } = await matchesFor(person.id, person.agencyId, request, request.query.lang);
      await store.audit.append({
        actorUserId: user.id,
        action: 'person.read',
        personId: person.id,
        reason: null,
        detail: { view: 'jobs', matches: matches.length, excluded: excluded.length },
      });
      return { profile: profileJson(profile), matches: matches.map(matchJson), excluded: excluded.map(excludedJson) };
    },
  );
}
