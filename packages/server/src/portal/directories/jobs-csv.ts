/**
 * Jobs from CSV: one posting per row, with a header row naming the columns after the JobPosting
 * properties (jobposting-jsonld.ts), so a spreadsheet and a JSON-LD feed describe a job the same way:
 *
 *   identifier, title, hiringOrganization, streetAddress, addressLocality, addressRegion, postalCode,
 *   jobLocationType, employmentType, datePosted, validThrough, baseSalaryMin, baseSalaryMax,
 *   baseSalaryUnit, baseSalaryCurrency, workHours, occupationalCategory, fairChance, url, description
 *
 * Header names are matched without regard to case, spaces, `_` or `-` (`hiring_organization` works), and a
 * few plain names are accepted too (employer, city, state, zip). `title` and `hiringOrganization` are
 * required columns; unknown columns are ignored. `employmentType` may list several, separated by `;`.
 * `fairChance` is true/false (yes/no, 1/0). The file is RFC 4180 CSV: fields with commas, quotes or line
 * breaks are quoted, a quote inside doubled; UTF-8, optional byte-order mark, CRLF or LF.
 */
import type { DirectoryJobInput } from '@pathways/store';
import { parse } from 'csv-parse/sync';
import { checkJob, DirectoryFormatError, type Parsed, type RawJobFields } from './job-fields.ts';

export interface CsvRow {
  /** The line the row starts on (1-based). */
  line: number;
  cells: string[];
}

/** RFC 4180 rows (csv-parse); a blank line is no row. Throws on a quote left open at the end of the file. */
export function parseCsv(source: string): CsvRow[] {
  try {
    // Any line ending, even mixed in one file (a spreadsheet's CRLF rows with an editor's LF ones).
    const options = { bom: true, relax_column_count: true, skip_empty_lines: true, info: true, record_delimiter: ['\r\n', '\n', '\r'] };
    const records = parse(source, options) as unknown as {
      record: string[];
      info: { lines: number; raw?: string };
    }[];
    // `info.lines` is the line a record ends on; a quoted field may hold line breaks, so count them back.
    return records.map(({ record, info }) => ({ line: info.lines - lineBreaksIn(record), cells: record }));
  } catch (error) {
    throw new DirectoryFormatError(`The CSV cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function lineBreaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) for (const c of cell) if (c === '\n') n++;
  return n;
}

const key = (header: string): string => header.toLowerCase().replace(/[\s_-]+/g, '');

/** Normalized header → the field it fills. */
const COLUMNS: Record<string, keyof RawJobFields | 'jobLocationType'> = {
  identifier: 'identifier',
  id: 'identifier',
  title: 'title',
  hiringorganization: 'organization',
  employer: 'organization',
  organization: 'organization',
  description: 'description',
  employmenttype: 'employmentType',
  dateposted: 'datePosted',
  validthrough: 'validThrough',
  streetaddress: 'streetAddress',
  addresslocality: 'locality',
  city: 'locality',
  addressregion: 'region',
  state: 'region',
  postalcode: 'postalCode',
  zip: 'postalCode',
  zipcode: 'postalCode',
  joblocationtype: 'jobLocationType',
  workhours: 'workHours',
  basesalarymin: 'salaryMin',
  basesalarymax: 'salaryMax',
  basesalaryunit: 'salaryUnit',
  basesalarycurrency: 'salaryCurrency',
  occupationalcategory: 'occupationalCategory',
  fairchance: 'fairChance',
  'pathways:fairchance': 'fairChance',
  url: 'url',
};

export function parseJobsCsv(source: string): Parsed<DirectoryJobInput> {
  const rows = parseCsv(source);
  const header = rows[0];
  if (header === undefined) throw new DirectoryFormatError('The file is empty: expected a header row and one job per row.');
  const columns = header.cells.map((h) => COLUMNS[key(h)]);
  const labels = new Map<string, string>();
  header.cells.forEach((h, i) => {
    const field = columns[i];
    if (field !== undefined && !labels.has(field)) labels.set(field, h.trim());
  });
  for (const [field, name] of [
    ['title', 'title'],
    ['organization', 'hiringOrganization'],
  ] as const)
    if (!labels.has(field)) throw new DirectoryFormatError(`The header row has no ${name} column.`);

  const data = rows.slice(1);
  const result: Parsed<DirectoryJobInput> = { read: data.length, items: [], skipped: [] };
  data.forEach((row, index) => {
    const position = index + 1;
    const get = (field: string): string | undefined => {
      const i = columns.indexOf(field as never);
      return i < 0 ? undefined : row.cells[i];
    };
    const id = get('identifier')?.trim() || null;
    if (row.cells.length !== header.cells.length) {
      result.skipped.push({
        position,
        line: row.line,
        id,
        reason: `The row has ${row.cells.length} fields; the header has ${header.cells.length}.`,
      });
      return;
    }
    const employment = get('employmentType');
    const raw: RawJobFields = {
      identifier: get('identifier'),
      title: get('title'),
      organization: get('organization'),
      description: get('description'),
      employmentType: employment === undefined ? undefined : employment.split(';').map((e) => e.trim()),
      datePosted: get('datePosted'),
      validThrough: get('validThrough'),
      streetAddress: get('streetAddress'),
      locality: get('locality'),
      region: get('region'),
      postalCode: get('postalCode'),
      remote: (get('jobLocationType') ?? '').trim().toUpperCase() === 'TELECOMMUTE',
      workHours: get('workHours'),
      salaryMin: get('salaryMin'),
      salaryMax: get('salaryMax'),
      salaryUnit: get('salaryUnit'),
      salaryCurrency: get('salaryCurrency'),
      occupationalCategory: get('occupationalCategory'),
      fairChance: get('fairChance'),
      url: get('url'),
    };
    const checked = checkJob(raw, 'csv', (field) => labels.get(field) ?? field);
    if ('reason' in checked) result.skipped.push({ position, line: row.line, id, reason: `${checked.reason}.` });
    else result.items.push({ position, item: checked.job });
  });
  return result;
}
