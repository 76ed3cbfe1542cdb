/**
 * The audit log for administrators, as JSON pages or one CSV download. An administrator sees the entries
 * of their own agency: those made by its users or about its people. Reading the log is itself audited.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AuditEntry, Store } from '@pathways/store';
import { z } from 'zod';
import { displayNames } from './display-names.ts';

const auditQuery = z.object({
  // An empty filter is a mistake, not "everyone": refused rather than answered with the whole log.
  personId: z.string().min(1).max(200).optional(),
  actorUserId: z.string().min(1).max(200).optional(),
  actor: z.string().min(1).max(200).optional().describe('Entries made by this user, named by username or by user id'),
  before: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Only entries older than the entry of this id: the page after it, however much the log has grown since'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable().describe('The display name of the user who acted; null for the system'),
  action: z.string(),
  personId: z.string().nullable(),
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});

/**
 * The store lists the whole log, newest first; this keeps the agency's entries, paging after the filter so
 * `offset` and `limit` count the caller's entries only.
 */
async function agencyEntries(
  store: Store,
  agencyId: string,
  filter: { personId?: string; actorUserId?: string },
  page: { before?: number; limit: number; offset: number },
): Promise<AuditEntry[]> {
  const { limit, offset } = page;
  const userAgency = new Map<string, string | null>();
  const personAgency = new Map<string, string | null>();
  const agencyOfUser = async (id: string) => {
    if (!userAgency.has(id)) userAgency.set(id, (await store.users.byId(id))?.agencyId ?? null);
    return userAgency.get(id);
  };
  const agencyOfPerson = async (id: string) => {
    if (!personAgency.has(id)) personAgency.set(id, (await store.people.get(id))?.agencyId ?? null);
    return personAgency.get(id);
  };
  const batch = 500;
  const out: AuditEntry[] = [];
  let skipped = 0;
  // Each batch follows the last id read, not an offset: entries appended meanwhile do not shift it.
  let beforeId = page.before;
  while (out.length < limit) {
    const rows = await store.audit.list({ ...filter, order: 'newest', limit: batch, ...(beforeId !== undefined ? { beforeId } : {}) });
    for (const row of rows) {
      beforeId = row.id;
      const mine =
        (row.actorUserId !== null && (await agencyOfUser(row.actorUserId)) === agencyId) ||
        (row.personId !== null && (await agencyOfPerson(row.personId)) === agencyId);
      if (!mine) continue;
      if (skipped < offset) skipped += 1;
      else if (out.length < limit) out.push(row);
    }
    if (rows.length < batch) break;
  }
  return out;
}

/** The filter a query asks for: `actor` is a username, or else taken as a user id (`actorUserId` wins). */
async function filterOf(
  store: Store,
  query: { personId?: string | undefined; actorUserId?: string | undefined; actor?: string | undefined },
): Promise<{ personId?: string; actorUserId?: string }> {
  const actorUserId =
    query.actorUserId ?? (query.actor === undefined ? undefined : ((await store.users.byUsername(query.actor))?.id ?? query.actor));
  return { ...(query.personId ? { personId: query.personId } : {}), ...(actorUserId ? { actorUserId } : {}) };
}

/** The entries with the display name of each one's actor. */
async function named(store: Store, entries: AuditEntry[]): Promise<(AuditEntry & { actorName: string | null })[]> {
  const names = await displayNames(
    store,
    entries.map((e) => e.actorUserId),
  );
  return entries.map((e) => ({ ...e, actorName: e.actorUserId === null ? null : names.get(e.actorUserId)! }));
}

/** One CSV cell; a leading = + - @ is defused so a spreadsheet does not run it as a formula. */
function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const CSV_COLUMNS = ['id', 'at', 'actorUserId', 'actorName', 'action', 'personId', 'reason', 'detail'] as const;
const EXPORT_LIMIT = 100_000;

export function auditRoutes(app: FastifyInstance, deps: { store: Store }): void {
  const { store } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        summary: 'Audit log entries of your agency, newest first',
        tags: ['audit'],
        querystring: auditQuery,
        response: { 200: z.object({ entries: z.array(auditEntrySchema) }) },
      },
    },
    async (request) => {
      const { user } = request.auth!;
      const { limit, offset, before } = request.query;
      const filter = await filterOf(store, request.query);
      const page = { limit, offset, ...(before !== undefined ? { before } : {}) };
      const entries = user.agencyId ? await named(store, await agencyEntries(store, user.agencyId, filter, page)) : [];
      await store.audit.append({
        actorUserId: user.id,
        action: 'audit.read',
        personId: null,
        reason: null,
        detail: { filter, ...page },
      });
      return { entries };
    },
  );

  r.get(
    '/api/audit.csv',
    {
      config: { permission: 'audit.export' },
      schema: {
        summary: 'Export the audit log of your agency as CSV, newest first',
        tags: ['audit'],
        querystring: auditQuery.pick({ personId: true, actorUserId: true, actor: true }),
        produces: ['text/csv'],
        response: { 200: z.string().describe('text/csv, header row: ' + CSV_COLUMNS.join(',')) },
      },
    },
    async (request, reply) => {
      const { user } = request.auth!;
      const filter = await filterOf(store, request.query);
      const entries = user.agencyId
        ? await named(store, await agencyEntries(store, user.agencyId, filter, { limit: EXPORT_LIMIT, offset: 0 }))
        : [];
      await store.audit.append({
        actorUserId: user.id,
        action: 'audit.export',
        personId: null,
        reason: null,
        detail: { filter, rows: entries.length },
      });
      const lines = [CSV_COLUMNS.join(','), ...entries.map((e) => CSV_COLUMNS.map((c) => csvCell(e[c])).join(','))];
      reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="audit.csv"');
      return lines.join('\r\n') + '\r\n';
    },
  );
}
