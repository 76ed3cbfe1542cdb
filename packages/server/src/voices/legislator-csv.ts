/**
 * The two CSV files legislators and districts are imported from (examples/legislators/ ships a sample):
 *
 *   legislators:   state,chamber,district,name,email,party
 *   ZIP-to-district: zip,state,chamber,district        (one row per ZIP and district: a ZIP may span several)
 *
 * A header row names the columns, in any order, matched without regard to case, spaces, `_` or `-`; a few
 * other names are read too (`current_chamber`, `current_district`, `current_party` as Open States names
 * them, `zcta` for zip), and other columns are ignored. `party` may be missing or empty.
 *
 * Values: `state` a two-letter postal code (upper-cased); `chamber` upper or lower (senate, house and
 * assembly are read as such); `district` as the state names it, a number losing its leading zeros (the
 * Census writes `005` where Open States writes `5`, and both files must agree); `zip` five digits.
 *
 * Every row is checked and every problem reported, naming the file, the row (counted as a spreadsheet
 * counts, the header being row 1) and the field; the caller writes nothing unless both files are clean.
 * RFC 4180 through csv-parse: quoted fields may hold commas, quotes and line breaks; UTF-8, optional BOM.
 */
import type { Chamber, LegislatorInput, ZipDistrict } from '@pathways/store';
import { parse } from 'csv-parse/sync';

export interface CsvProblem {
  /** `legislators.csv, row 4, email`. */
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; rows: T[] } | { ok: false; problems: CsvProblem[] };

const key = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

const LEGISLATOR_COLUMNS: Record<string, keyof LegislatorInput> = {
  state: 'state',
  chamber: 'chamber',
  currentchamber: 'chamber',
  district: 'district',
  currentdistrict: 'district',
  name: 'name',
  email: 'email',
  party: 'party',
  currentparty: 'party',
};

const ZIP_COLUMNS: Record<string, keyof ZipDistrict> = {
  zip: 'zip',
  zipcode: 'zip',
  zcta: 'zip',
  zcta5: 'zip',
  state: 'state',
  chamber: 'chamber',
  district: 'district',
};

const CHAMBERS: Record<string, Chamber> = { upper: 'upper', senate: 'upper', lower: 'lower', house: 'lower', assembly: 'lower' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Row {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: number;
  cells: Record<string, string>;
}

/** Header and rows, or the problem that stops the file being read at all. */
function readTable<K extends string>(
  source: string,
  file: string,
  columns: Record<string, K>,
  required: readonly K[],
): { ok: true; rows: Row[] } | { ok: false; problems: CsvProblem[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(source, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: file, message: `cannot be read as CSV: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, problems: [{ path: file, message: 'is empty: it needs a header row and at least one row' }] };
  const index = new Map<K, number>();
  header.record.forEach((h, i) => {
    const field = columns[key(h)];
    if (field !== undefined && !index.has(field)) index.set(field, i);
  });
  const missing = required.filter((c) => !index.has(c));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [{ path: `${file}, row 1`, message: `the header lacks ${missing.join(', ')} (it has ${header.record.join(', ')})` }],
    };
  }
  if (body.length === 0) return { ok: false, problems: [{ path: file, message: 'has a header but no rows' }] };
  // `info.lines` is the line a record ends on; a quoted field may hold line breaks, so count them back.
  const rows = body.map(({ record, info }) => {
    const cells: Record<string, string> = {};
    for (const [field, i] of index) cells[field] = (record[i] ?? '').trim();
    const breaks = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    return { row: info.lines - breaks, cells };
  });
  return { ok: true, rows };
}

/** A district as both files must write it: trimmed, a number without its leading zeros. */
export function normalizeDistrict(raw: string): string {
  const d = raw.trim();
  return /^\d+$/.test(d) ? String(Number.parseInt(d, 10)) : d;
}

function checkSeat(cells: Record<string, string>, at: (field: string) => string, problems: CsvProblem[]) {
  const state = (cells.state ?? '').toUpperCase();
  if (!/^[A-Z]{2}$/.test(state))
    problems.push({ path: at('state'), message: `must be a two-letter state code; got "${cells.state ?? ''}"` });
  const chamber = CHAMBERS[(cells.chamber ?? '').toLowerCase()];
  if (chamber === undefined) problems.push({ path: at('chamber'), message: `must be upper or lower; got "${cells.chamber ?? ''}"` });
  const district = normalizeDistrict(cells.district ?? '');
  if (district === '') problems.push({ path: at('district'), message: 'must not be empty' });
  else if (district.length > 40) problems.push({ path: at('district'), message: 'must be at most 40 characters' });
  return { state, chamber: chamber ?? 'lower', district };
}

export function parseLegislatorsCsv(source: string, file = 'legislators.csv'): Parsed<LegislatorInput> {
  const table = readTable(source, file, LEGISLATOR_COLUMNS, ['state', 'chamber', 'district', 'name', 'email']);
  if (!table.ok) return table;
  const problems: CsvProblem[] = [];
  const rows: LegislatorInput[] = [];
  const seats = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const at = (field: string) => `${file}, row ${row}, ${field}`;
    const before = problems.length;
    const seat = checkSeat(cells, at, problems);
    const name = cells.name ?? '';
    if (name === '') problems.push({ path: at('name'), message: 'must not be empty' });
    else if (name.length > 200) problems.push({ path: at('name'), message: 'must be at most 200 characters' });
    const email = (cells.email ?? '').toLowerCase();
    if (!(email.length <= 254 && EMAIL.test(email)))
      problems.push({ path: at('email'), message: `must be an email address; got "${cells.email ?? ''}"` });
    const party = cells.party ?? '';
    if (party.length > 50) problems.push({ path: at('party'), message: 'must be at most 50 characters' });
    if (problems.length > before) continue;
    const seatKey = `${seat.state}/${seat.chamber}/${seat.district}/${name}`;
    const first = seats.get(seatKey);
    if (first !== undefined) {
      problems.push({ path: at('name'), message: `${name} is already listed for this district on row ${first}` });
      continue;
    }
    seats.set(seatKey, row);
    rows.push({ ...seat, name, email, party: party === '' ? null : party });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

export function parseZipDistrictsCsv(source: string, file = 'zip-districts.csv'): Parsed<ZipDistrict> {
  const table = readTable(source, file, ZIP_COLUMNS, ['zip', 'state', 'chamber', 'district']);
  if (!table.ok) return table;
  const problems: CsvProblem[] = [];
  const rows: ZipDistrict[] = [];
  for (const { row, cells } of table.rows) {
    const at = (field: string) => `${file}, row ${row}, ${field}`;
    const before = problems.length;
    const zip = cells.zip ?? '';
    if (!/^\d{5}$/.test(zip)) problems.push({ path: at('zip'), message: `must be five digits; got "${zip}"` });
    const seat = checkSeat(cells, at, problems);
    if (problems.length === before) rows.push({ zip, ...seat });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
