/**
 * Services from Open Referral's Human Services Data Specification, HSDS 3.0
 * (https://docs.openreferral.org/en/latest/hsds/schema_reference.html; JSON schemas in
 * https://github.com/openreferral/specification/tree/3.0/schema). Two JSON forms are accepted:
 *
 * - Tables: an object whose keys are HSDS table names (the tabular data package's file names without
 *   `.csv`: `organizations`, `services`, `locations`, `service_at_locations` (or `service_at_location`),
 *   `schedules`, `taxonomy_terms`, `attributes`, `addresses`, `phones`), each an array of rows. Rows may
 *   also nest their children as the 3.0 JSON schema allows (a location's `addresses` and `schedules`, a
 *   service's `phones`, `schedules` and `attributes`). examples/directories/services-hsds/ is this form,
 *   one file per table: the object is the folder's files keyed by name.
 * - Services: an array of HSDS 3.0 `service` objects with their children nested (`organization`,
 *   `service_at_locations[].location`, `schedules`, `attributes[].taxonomy_term`), as the HSDS API's
 *   `/services/{id}` answers, or a page of them (`{ "contents": [...] }`, as `/services` answers).
 *
 * Fields read: organization id, name, description, website, email; service id, organization_id, name,
 * description, url, email, status (only `active` services are imported; absent reads as active), phones
 * (`number`); location id, location_type, name, latitude, longitude, addresses (`address_1`, `city`,
 * `state_province`, `postal_code`; the first physical one, else the first); service_at_location id,
 * service_id, location_id; schedule id, service_id, location_id, service_at_location_id, freq, byday,
 * bymonthday, opens_at, closes_at, valid_from, valid_to, timezone (hours from UTC), description; attribute
 * link_id, link_entity, taxonomy_term_id (or a nested taxonomy_term); taxonomy_term id, code, name,
 * description. Need categories come from the taxonomy terms (needs.ts).
 *
 * A service's hours at a location are its service_at_location schedules, else those HSDS gives for the
 * service at that location_id, else the location's own (schedules with a location_id and no service); its
 * hours everywhere are its schedules with neither a location nor a service_at_location.
 *
 * Each service is checked whole: a missing id or name, a status other than active, an organization_id,
 * location_id or taxonomy_term_id that names nothing in the file, or a schedule whose times, days or freq
 * cannot be read skips that service (with its position and the reason); its organization and locations
 * are then written only if another imported service uses them.
 */
import type { DirectoryLocationInput, DirectoryScheduleInput, DirectoryServiceInput } from '@pathways/store';
import { DirectoryFormatError, type Parsed } from './job-fields.ts';
import { needsOfTerms } from './needs.ts';
import { parseByday, parseScheduleTime, timeZoneForState } from './open-now.ts';

type Row = Record<string, unknown>;

const TABLE_NAMES = {
  organizations: ['organizations', 'organization'],
  services: ['services', 'service'],
  locations: ['locations', 'location'],
  service_at_locations: ['service_at_locations', 'service_at_location', 'services_at_location'],
  schedules: ['schedules', 'schedule'],
  taxonomy_terms: ['taxonomy_terms', 'taxonomy_term'],
  attributes: ['attributes', 'attribute'],
  addresses: ['addresses', 'address', 'physical_addresses'],
  phones: ['phones', 'phone'],
} as const;

type TableName = keyof typeof TABLE_NAMES;
type Tables = Record<TableName, Row[]>;

/** The HSDS table files a folder in the tables form holds (`organizations.json` …). */
export const HSDS_TABLES = Object.keys(TABLE_NAMES) as TableName[];

const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const rows = (v: unknown): Row[] => (Array.isArray(v) ? v.filter(isRow) : []);

function str(v: unknown): string | null {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
}

function coordinate(v: unknown, min: number, max: number): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

class Skip extends Error {}

function tablesOf(document: unknown): Tables {
  const empty = (): Tables => Object.fromEntries(HSDS_TABLES.map((t) => [t, [] as Row[]])) as unknown as Tables;
  if (Array.isArray(document) || (isRow(document) && Array.isArray(document.contents))) {
    // Nested service objects: lay their children out as tables, the links made explicit.
    const services = Array.isArray(document) ? document : (document.contents as unknown[]);
    const tables = empty();
    for (const s of services) {
      if (!isRow(s)) {
        tables.services.push(s as Row);
        continue;
      }
      const service: Row = { ...s };
      if (isRow(s.organization)) {
        tables.organizations.push(s.organization);
        service.organization_id ??= s.organization.id;
      }
      const links = rows(s.service_at_locations).map((sal) => {
        const link: Row = { ...sal, service_id: sal.service_id ?? s.id };
        if (isRow(sal.location)) {
          tables.locations.push(sal.location);
          link.location_id ??= sal.location.id;
        }
        return link;
      });
      tables.service_at_locations.push(...links);
      tables.services.push(service);
    }
    return tables;
  }
  if (isRow(document)) {
    const tables = empty();
    let found = false;
    for (const t of HSDS_TABLES)
      for (const name of TABLE_NAMES[t]) {
        const v = document[name];
        if (Array.isArray(v)) {
          tables[t].push(...(v as Row[]));
          found = true;
        }
      }
    if (found && Array.isArray(document.services ?? document.service)) return tables;
  }
  throw new DirectoryFormatError(
    'Expected HSDS tables (an object with a services array, and organizations, locations, service_at_locations, schedules, taxonomy_terms, attributes) or an array of HSDS service objects.',
  );
}

function byId(table: Row[]): Map<string, Row> {
  const map = new Map<string, Row>();
  for (const r of table) {
    const id = str(r.id);
    if (id !== null && !map.has(id)) map.set(id, r);
  }
  return map;
}

function groupBy(table: Row[], key: string): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const r of table) {
    const k = str(r[key]);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

const FREQS = new Set(['WEEKLY', 'MONTHLY']);

function schedule(r: Row): DirectoryScheduleInput {
  const id = str(r.id) ?? '(no id)';
  const opensAt = str(r.opens_at);
  const closesAt = str(r.closes_at);
  for (const [field, v] of [
    ['opens_at', opensAt],
    ['closes_at', closesAt],
  ] as const)
    if (v !== null && parseScheduleTime(v) === undefined) throw new Skip(`schedule "${id}" ${field} "${v}" is not a time (HH:MM)`);
  const byday = str(r.byday);
  if (byday !== null && parseByday(byday) === undefined)
    throw new Skip(`schedule "${id}" byday "${byday}" is not a list of days (MO,TU …)`);
  const freq = str(r.freq)?.toUpperCase() ?? null;
  if (freq !== null && !FREQS.has(freq)) throw new Skip(`schedule "${id}" freq "${freq}" is not WEEKLY or MONTHLY`);
  const bymonthday = str(r.bymonthday);
  if (bymonthday !== null && !/^\s*-?\d{1,2}(\s*,\s*-?\d{1,2})*\s*$/.test(bymonthday))
    throw new Skip(`schedule "${id}" bymonthday "${bymonthday}" is not a list of days of the month`);
  const tz = r.timezone;
  let utcOffsetMinutes: number | null = null;
  if (tz !== undefined && tz !== null && tz !== '') {
    const hours = typeof tz === 'number' ? tz : Number(tz);
    if (!Number.isFinite(hours) || Math.abs(hours) > 14)
      throw new Skip(`schedule "${id}" timezone "${String(tz)}" is not an offset in hours`);
    utcOffsetMinutes = Math.round(hours * 60);
  }
  for (const field of ['valid_from', 'valid_to'] as const) {
    const v = str(r[field]);
    if (v !== null && !/^\d{4}-\d{2}-\d{2}/.test(v)) throw new Skip(`schedule "${id}" ${field} "${v}" is not a date (YYYY-MM-DD)`);
  }
  return {
    freq,
    byday,
    bymonthday,
    opensAt,
    closesAt,
    validFrom: str(r.valid_from)?.slice(0, 10) ?? null,
    validTo: str(r.valid_to)?.slice(0, 10) ?? null,
    utcOffsetMinutes,
    description: str(r.description),
  };
}

export function parseHsds(document: unknown): Parsed<DirectoryServiceInput> {
  const tables = tablesOf(document);
  const organizations = byId(tables.organizations);
  const locations = byId(tables.locations);
  const terms = byId([...tables.taxonomy_terms, ...tables.attributes.map((a) => a.taxonomy_term).filter(isRow)]);
  const linksByService = groupBy(tables.service_at_locations, 'service_id');
  const addressesByLocation = groupBy(tables.addresses, 'location_id');
  const phonesByService = groupBy(tables.phones, 'service_id');
  const attributesByLink = groupBy(
    tables.attributes.filter((a) => str(a.link_entity) === null || str(a.link_entity) === 'service'),
    'link_id',
  );
  // Schedules by what they belong to.
  const bySal = groupBy(tables.schedules, 'service_at_location_id');
  const serviceOnly = groupBy(
    tables.schedules.filter((s) => str(s.location_id) === null && str(s.service_at_location_id) === null),
    'service_id',
  );
  const serviceAtLocation = new Map<string, Row[]>();
  for (const s of tables.schedules) {
    const service = str(s.service_id);
    const location = str(s.location_id);
    if (service !== null && location !== null && str(s.service_at_location_id) === null) {
      const k = `${service}\u0000${location}`;
      serviceAtLocation.set(k, [...(serviceAtLocation.get(k) ?? []), s]);
    }
  }
  const locationOnly = groupBy(
    tables.schedules.filter((s) => str(s.service_id) === null && str(s.service_at_location_id) === null),
    'location_id',
  );

  function location(serviceId: string, link: Row): DirectoryLocationInput {
    const linkId = str(link.id);
    const locationId = str(link.location_id);
    if (locationId === null) throw new Skip(`service_at_location "${linkId ?? '(no id)'}" has no location_id`);
    const l = locations.get(locationId);
    if (l === undefined)
      throw new Skip(`service_at_location "${linkId ?? '(no id)'}" names location "${locationId}", which is not in locations`);
    const addresses = [...rows(l.addresses), ...(addressesByLocation.get(locationId) ?? [])];
    const address = addresses.find((a) => str(a.address_type) === 'physical') ?? addresses[0] ?? {};
    const state = str(address.state_province);
    const own = [...rows(link.schedules), ...(linkId === null ? [] : (bySal.get(linkId) ?? []))];
    const sources =
      own.length > 0
        ? own
        : (serviceAtLocation.get(`${serviceId}\u0000${locationId}`) ?? [...rows(l.schedules), ...(locationOnly.get(locationId) ?? [])]);
    return {
      sourceId: locationId,
      locationType: str(l.location_type) ?? 'physical',
      name: str(l.name),
      address1: str(address.address_1),
      city: str(address.city),
      state,
      postalCode: str(address.postal_code),
      latitude: coordinate(l.latitude, -90, 90),
      longitude: coordinate(l.longitude, -180, 180),
      timeZone: timeZoneForState(state),
      schedules: sources.map(schedule),
    };
  }

  function service(s: Row): DirectoryServiceInput {
    const id = str(s.id);
    if (id === null) throw new Skip('the service has no id');
    const name = str(s.name);
    if (name === null) throw new Skip(`service "${id}" has no name`);
    const status = str(s.status)?.toLowerCase() ?? 'active';
    if (status !== 'active') throw new Skip(`service "${id}" has status "${status}", not active`);
    const orgId = str(s.organization_id) ?? (isRow(s.organization) ? str(s.organization.id) : null);
    if (orgId === null) throw new Skip(`service "${id}" has no organization_id`);
    const org = organizations.get(orgId) ?? (isRow(s.organization) ? s.organization : undefined);
    if (org === undefined) throw new Skip(`service "${id}" names organization "${orgId}", which is not in organizations`);
    const orgName = str(org.name);
    if (orgName === null) throw new Skip(`organization "${orgId}" has no name`);
    const attributes = [...rows(s.attributes), ...(attributesByLink.get(id) ?? [])];
    const termRows = attributes.map((a) => {
      if (isRow(a.taxonomy_term)) return a.taxonomy_term;
      const termId = str(a.taxonomy_term_id);
      const term = termId === null ? undefined : terms.get(termId);
      if (term === undefined)
        throw new Skip(`attribute "${str(a.id) ?? '(no id)'}" names taxonomy term "${termId}", which is not in taxonomy_terms`);
      return term;
    });
    const named = termRows.flatMap((t) => {
      const n = str(t.name);
      return n === null ? [] : [{ code: str(t.code), name: n, description: str(t.description) }];
    });
    const phones = [...rows(s.phones), ...(phonesByService.get(id) ?? [])];
    return {
      sourceId: id,
      name,
      description: str(s.description),
      url: str(s.url),
      email: str(s.email),
      phone: phones.map((p) => str(p.number)).find((n) => n !== null) ?? null,
      needs: needsOfTerms(named),
      taxonomyTerms: [...new Set(named.map((t) => t.name))],
      organization: { sourceId: orgId, name: orgName, description: str(org.description), website: str(org.website), email: str(org.email) },
      locations: (linksByService.get(id) ?? []).map((link) => location(id, link)),
      schedules: [...rows(s.schedules).filter((x) => str(x.location_id) === null), ...(serviceOnly.get(id) ?? [])].map(schedule),
    };
  }

  const result: Parsed<DirectoryServiceInput> = { read: tables.services.length, items: [], skipped: [] };
  tables.services.forEach((s, index) => {
    const position = index + 1;
    if (!isRow(s)) {
      result.skipped.push({ position, id: null, reason: 'The item is not an object.' });
      return;
    }
    try {
      result.items.push({ position, item: service(s) });
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      result.skipped.push({ position, id: str(s.id), reason: `${error.message[0]!.toUpperCase()}${error.message.slice(1)}.` });
    }
  });
  return result;
}

/** HSDS JSON as text (either form). */
export function parseHsdsJson(source: string): Parsed<DirectoryServiceInput> {
  let document: unknown;
  try {
    document = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DirectoryFormatError(`The file is not JSON: ${(error as Error).message}`);
  }
  return parseHsds(document);
}
