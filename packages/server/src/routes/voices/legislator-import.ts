/**
 * Legislators and the ZIP-to-district table, imported from CSV by campaign staff (`campaign.manage`) and
 * listed for the desk. The body carries the two files' text (either or both: the desk reads them from
 * file inputs); every row of both is checked first, and a problem anywhere writes nothing and answers
 * 422 with one error per problem naming the file, the row and the field. A clean import is one
 * transaction: legislators updated in place by seat and name, those a state's file no longer names
 * retired, and each state's ZIP rows replaced (../../voices/legislator-csv.ts, campaigns-store.ts).
 * Audited as `legislators.import` with the counts.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { legislators } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../../http/problem.ts';
import { parseLegislatorsCsv, parseZipDistrictsCsv, type CsvProblem } from '../../voices/legislator-csv.ts';
import { districtName } from '../../voices/letter-template.ts';
import type { VoicesRouteDeps } from './index.ts';

/** Room for a large state's ZIP table (a few thousand rows) with plenty to spare. */
export const LEGISLATOR_IMPORT_LIMIT = 8 * 1024 * 1024;
/** The most problems listed in one answer (the detail says how many there were). */
const MAX_PROBLEMS = 500;

const importBody = z
  .object({
    legislators: z
      .string()
      .max(LEGISLATOR_IMPORT_LIMIT)
      .optional()
      .describe('The legislators CSV: state,chamber,district,name,email,party.'),
    legislatorsFileName: z.string().max(200).optional().describe('The file’s name, for the error messages.'),
    zipDistricts: z.string().max(LEGISLATOR_IMPORT_LIMIT).optional().describe('The ZIP-to-district CSV: zip,state,chamber,district.'),
    zipDistrictsFileName: z.string().max(200).optional(),
  })
  .strict();

const reportSchema = z.object({
  legislators: z
    .object({ read: z.number().int(), created: z.number().int(), updated: z.number().int(), retired: z.number().int() })
    .nullable(),
  zipDistricts: z.object({ read: z.number().int(), written: z.number().int(), states: z.array(z.string()) }).nullable(),
});

export function legislatorRoutes(app: FastifyInstance, deps: VoicesRouteDeps): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/legislators/import',
    {
      config: { permission: 'campaign.manage' },
      bodyLimit: LEGISLATOR_IMPORT_LIMIT * 2 + 4096,
      schema: {
        summary: 'Import legislators and the ZIP-to-district table from CSV',
        description:
          'JSON with the files’ text: `legislators` (state,chamber,district,name,email,party) and/or `zipDistricts` (zip,state,chamber,district; one row per ZIP and district). Each file is the whole roster of the states it names: importing again updates in place. examples/legislators/ has a sample. 422 with every problem (file, row, field) and nothing written when any row is wrong.',
        tags: ['legislators'],
        body: importBody,
        response: { 200: reportSchema },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const body = request.body;
      if (body.legislators === undefined && body.zipDistricts === undefined) {
        throw new HttpProblem(400, 'Send a legislators file, a ZIP-to-district file, or both.', {
          errors: [{ path: 'body', message: 'holds neither file' }],
        });
      }
      const people =
        body.legislators === undefined ? null : parseLegislatorsCsv(body.legislators, body.legislatorsFileName ?? 'legislators.csv');
      const zips =
        body.zipDistricts === undefined ? null : parseZipDistrictsCsv(body.zipDistricts, body.zipDistrictsFileName ?? 'zip-districts.csv');
      if (people?.ok === false || zips?.ok === false) {
        const problems: CsvProblem[] = [...(people?.ok === false ? people.problems : []), ...(zips?.ok === false ? zips.problems : [])];
        throw new HttpProblem(422, `Nothing was imported: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix.`, {
          errors: problems.slice(0, MAX_PROBLEMS),
        });
      }
      const legislatorRows = people?.ok ? people.rows : null;
      const zipRows = zips?.ok ? zips.rows : null;
      const at = now().toISOString();
      const report = await store.transaction(async (tx) => {
        const written = await legislators(tx).importRoster({ legislators: legislatorRows, zipDistricts: zipRows }, at);
        await tx.audit.append({
          actorUserId: user.id,
          action: 'legislators.import',
          personId: null,
          reason: null,
          detail: { legislators: written.legislators, zipDistricts: written.zipDistricts },
        });
        return written;
      });
      return {
        legislators: report.legislators && legislatorRows ? { read: legislatorRows.length, ...report.legislators } : null,
        zipDistricts: report.zipDistricts && zipRows ? { read: zipRows.length, ...report.zipDistricts } : null,
      };
    },
  );

  r.get(
    '/api/legislators',
    {
      config: { permission: 'campaign.manage' },
      schema: {
        summary: 'The imported legislators (serving and retired) and how many ZIP codes each state’s table holds',
        tags: ['legislators'],
        querystring: z.object({
          state: z
            .string()
            .regex(/^[A-Z]{2}$/)
            .optional(),
        }),
        response: {
          200: z.object({
            legislators: z.array(
              z.object({
                id: z.number().int(),
                state: z.string(),
                chamber: z.enum(['upper', 'lower']),
                district: z.string(),
                districtName: z.string(),
                name: z.string(),
                email: z.string(),
                party: z.string().nullable(),
                active: z.boolean(),
                importedAt: z.string(),
              }),
            ),
            zipCodes: z.array(z.object({ state: z.string(), zips: z.number().int(), rows: z.number().int() })),
          }),
        },
      },
    },
    async (request) => {
      const state = request.query.state;
      const [all, zipCodes] = await Promise.all([
        legislators(store).list(state === undefined ? {} : { state }),
        legislators(store).zipCounts(),
      ]);
      return {
        legislators: all.map((l) => ({ ...l, districtName: districtName(l.chamber, l.district) })),
        zipCodes: state === undefined ? zipCodes : zipCodes.filter((z) => z.state === state),
      };
    },
  );
}
