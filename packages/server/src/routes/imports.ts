/**
 * POST /api/imports: a file of supervision records (JSON array, JSON Lines or CSV) streamed into
 * `importRecords` from @pathways/store. The body is never held in memory: this route's content-type parsers
 * hand the raw request stream to the handler (after access control has passed), which copies it to a
 * private temporary file (`withUploadSpooled`: the import's transaction starts only once the upload has
 * arrived) while a byte counter stops it at 256 MiB with 413. A supervisor's import is held to the
 * unit's caseloads, as their reads are.
 */
import { Transform, type Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Store } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../http/problem.ts';
import { withUploadSpooled } from '../http/spool-upload.ts';
import { runImport } from './run-import.ts';

export const IMPORT_BODY_LIMIT = 256 * 1024 * 1024;

/** Counts bytes as they pass and fails the stream past the limit. */
function limited(body: Readable, limit: number): Readable {
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > limit) done(new HttpProblem(413, `The upload is larger than ${limit} bytes.`));
      else done(null, chunk);
    },
  });
  body.on('error', (e) => counter.destroy(e));
  return body.pipe(counter);
}

export function importRoutes(app: FastifyInstance, deps: { store: Store; now: () => Date; bodyLimit?: number }): void {
  const bodyLimit = deps.bodyLimit ?? IMPORT_BODY_LIMIT;
  // Only inside this plugin: every content type arrives as the raw stream.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { bodyLimit }, (_request, payload, done) => done(null, payload));

  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/imports',
    {
      config: { permission: 'import.create' },
      bodyLimit,
      schema: {
        summary: 'Import supervision records into your agency',
        description:
          'Body: the file itself (up to 256 MiB), streamed. `format` json (an array or JSON Lines), jsonl or csv. ' +
          'With skipInvalid=false one bad record refuses the whole file; with true the valid records are written. ' +
          '422 (problem+json, `errors` per row) when nothing was written.',
        tags: ['imports'],
        querystring: z.object({
          agencyId: z.string().min(1).max(200),
          skipInvalid: z.enum(['true', 'false']).default('false'),
          format: z.enum(['json', 'jsonl', 'csv']).default('json'),
        }),
        response: {
          200: z
            .object({
              read: z.number().int(),
              written: z.number().int(),
              committed: z.boolean(),
              rejected: z.array(
                z.object({
                  file: z.string(),
                  line: z.number().int().optional(),
                  record: z.string(),
                  path: z.string(),
                  message: z.string(),
                }),
              ),
            })
            .describe(
              'The import report (ImportReport from @pathways/store): with skipInvalid=true, `rejected` lists the records left out.',
            ),
        },
      },
    },
    async (request) => {
      const { user } = request.auth!;
      const { agencyId, skipInvalid, format } = request.query;
      // An administrator or supervisor imports into their own agency only.
      if (user.agencyId !== agencyId) throw new HttpProblem(403, 'You may import only into your own agency.');
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > bodyLimit) throw new HttpProblem(413, `The upload is larger than ${bodyLimit} bytes.`);
      const agency = await deps.store.agencies.get(agencyId);
      if (!agency) throw new HttpProblem(404, 'No such agency.');
      const body = request.body as Readable | undefined;
      if (!body || typeof (body as Readable).pipe !== 'function')
        throw new HttpProblem(400, 'Send the file as the request body.', { errors: [{ path: 'body', message: 'is missing' }] });
      return withUploadSpooled(limited(body, bodyLimit), (copy) =>
        runImport(deps.store, {
          actor: user,
          agencyId,
          // A supervisor with no unit reads no one, so may only add people: no user's unit is ''.
          ...(user.role === 'supervisor' ? { unitId: user.unitId ?? '' } : {}),
          format,
          skipInvalid: skipInvalid === 'true',
          body: copy,
          now: deps.now,
        }),
      );
    },
  );
}
