/**
 * What both job importers share: the checks that turn one posting's fields (read from JSON-LD or from a CSV
 * row) into a `DirectoryJobInput`, or into the reason it is skipped, and the shape of an import's report.
 * An item is written whole or not at all: a field that is present but malformed skips the item rather than
 * being dropped, so a posting never appears with, say, its closing date silently gone.
 */
import { createHash } from 'node:crypto';
import type { DirectoryJobInput } from '@pathways/store';
import { normalizeZip } from './distance.ts';

/** The whole file could not be read (not JSON, no header row …): nothing is imported. */
export class DirectoryFormatError extends Error {}

export interface SkippedItem {
  /** 1-based: the item's place in the file (array index + 1, or CSV data row number). */
  position: number;
  /** CSV: the line the row starts on (the header is line 1). */
  line?: number;
  /** The item's own identifier, when it has one. */
  id: string | null;
  reason: string;
}

export interface Parsed<T> {
  /** Items found in the file. */
  read: number;
  items: { position: number; item: T }[];
  skipped: SkippedItem[];
}

/** A posting's fields, as found (values still unchecked). */
export interface RawJobFields {
  identifier: unknown;
  title: unknown;
  organization: unknown;
  description: unknown;
  employmentType: unknown;
  datePosted: unknown;
  validThrough: unknown;
  streetAddress: unknown;
  locality: unknown;
  region: unknown;
  postalCode: unknown;
  remote: boolean;
  workHours: unknown;
  salaryMin: unknown;
  salaryMax: unknown;
  salaryUnit: unknown;
  salaryCurrency: unknown;
  occupationalCategory: unknown;
  fairChance: unknown;
  url: unknown;
}

const MAX_TEXT = 300;
const MAX_DESCRIPTION = 5000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

class Invalid extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** JobPosting descriptions are often HTML: tags become spaces, entities characters, runs of space one. */
export function plainText(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/div)[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}

function text(value: unknown, field: string, max = MAX_TEXT): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') throw new Invalid(`${field} must be text`);
  const t = value.trim();
  if (t === '') return null;
  if (t.length > max) throw new Invalid(`${field} is longer than ${max} characters`);
  return t;
}

function date(value: unknown, field: string): string | null {
  const t = text(value, field);
  if (t === null) return null;
  if (!ISO_DATE.test(t) || Number.isNaN(Date.parse(t.length === 10 ? `${t}T00:00:00Z` : t)))
    throw new Invalid(`${field} "${t}" is not an ISO 8601 date`);
  return t;
}

function amount(value: unknown, field: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/[$,\s]/g, '')) : Number.NaN;
  if (!Number.isFinite(n) || n < 0) throw new Invalid(`${field} "${String(value)}" is not an amount`);
  return n;
}

function yesNo(value: unknown, field: string): boolean {
  if (value === undefined || value === null || value === '' || value === false || value === 0) return false;
  if (value === true || value === 1) return true;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (['true', 'yes', 'y', '1'].includes(v)) return true;
    if (['false', 'no', 'n', '0', ''].includes(v)) return false;
  }
  throw new Invalid(`${field} must be true or false`);
}

/** Checks one posting; `label` names the fields as the source format does (for the reasons). */
export function checkJob(
  raw: RawJobFields,
  format: DirectoryJobInput['sourceFormat'],
  label: (field: keyof RawJobFields) => string,
): { job: DirectoryJobInput } | { reason: string } {
  try {
    const title = text(raw.title, label('title'));
    if (title === null) throw new Invalid(`${label('title')} is missing`);
    const organization = text(raw.organization, label('organization'));
    if (organization === null) throw new Invalid(`${label('organization')} is missing`);
    const postalText = text(raw.postalCode, label('postalCode'));
    const postalCode = postalText === null ? null : normalizeZip(postalText);
    if (postalText !== null && postalCode === undefined) throw new Invalid(`${label('postalCode')} "${postalText}" is not a US ZIP code`);
    if (!raw.remote && postalCode === null) throw new Invalid(`${label('postalCode')} is missing (needed unless the job is remote)`);
    const employment = Array.isArray(raw.employmentType)
      ? raw.employmentType.map((e, i) => text(e, `${label('employmentType')}[${i}]`)).filter((e): e is string => e !== null)
      : [text(raw.employmentType, label('employmentType'))].filter((e): e is string => e !== null);
    const description = text(raw.description, label('description'), MAX_DESCRIPTION * 4);
    const job: DirectoryJobInput = {
      sourceKey: '',
      sourceFormat: format,
      title,
      organization,
      description: description === null ? null : plainText(description).slice(0, MAX_DESCRIPTION) || null,
      employmentType: employment.length > 0 ? employment.join(', ') : null,
      datePosted: date(raw.datePosted, label('datePosted')),
      validThrough: date(raw.validThrough, label('validThrough')),
      streetAddress: text(raw.streetAddress, label('streetAddress')),
      locality: text(raw.locality, label('locality')),
      region: text(raw.region, label('region')),
      postalCode: postalCode ?? null,
      remote: raw.remote,
      workHours: text(raw.workHours, label('workHours')),
      salaryMin: amount(raw.salaryMin, label('salaryMin')),
      salaryMax: amount(raw.salaryMax, label('salaryMax')),
      salaryUnit: text(raw.salaryUnit, label('salaryUnit')),
      salaryCurrency: text(raw.salaryCurrency, label('salaryCurrency')),
      occupationalCategory: text(raw.occupationalCategory, label('occupationalCategory')),
      fairChance: yesNo(raw.fairChance, label('fairChance')),
      url: text(raw.url, label('url'), 2000),
    };
    if (job.salaryMin !== null && job.salaryMax !== null && job.salaryMin > job.salaryMax)
      throw new Invalid(`${label('salaryMin')} is more than ${label('salaryMax')}`);
    // The posting's own identifier, else its url, else a digest of what names it: a re-import then
    // updates the same row.
    const identifier = text(raw.identifier, label('identifier'));
    job.sourceKey =
      identifier ??
      job.url ??
      `digest:${createHash('sha256')
        .update(JSON.stringify([job.title, job.organization, job.postalCode, job.datePosted]))
        .digest('hex')
        .slice(0, 24)}`;
    return { job };
  } catch (error) {
    if (error instanceof Invalid) return { reason: error.message };
    throw error;
  }
}
