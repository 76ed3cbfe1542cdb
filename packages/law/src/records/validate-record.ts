/**
 * Validation of one person record: the schema, then the rules between fields that JSON Schema cannot
 * state. Every problem comes back as a `RecordError` naming the record, the field path and the reason,
 * so that `pathways validate` can list all of them at once.
 */
import type { z } from 'zod';
import { tryParseIsoDate } from '../dates/calendar.ts';
import { MAX_EXTENSION_MONTHS, personRecordSchema, type PersonRecord } from './schema.ts';

export interface RecordError {
  /** The record's `id` where it has a usable one, otherwise its position (`#3`, counting from 1). */
  record: string;
  /** 1-based line in the file where the record starts, where the reader knows it. */
  line?: number;
  /** Field path inside the record: `terms[0].offenses[1].level`; empty for the record as a whole. */
  path: string;
  message: string;
}

export type RecordValidation = { ok: true; record: PersonRecord } | { ok: false; errors: RecordError[] };

export interface ValidationOptions {
  /** Jurisdictions that can be evaluated; a term naming another one is an error. Omit to accept any. */
  supportedJurisdictions?: ReadonlySet<string>;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** How a record is named in errors: its id where it has a usable one, else its position. */
function recordLabel(value: unknown, position: number): string {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : `#${position}`;
}

export function validateRecord(value: unknown, position: number, options: ValidationOptions = {}): RecordValidation {
  const record = recordLabel(value, position);
  const parsed = personRecordSchema.safeParse(value, { error: plainMessage });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => fromZodIssue(record, issue)) };
  }
  const errors = crossFieldErrors(parsed.data, options).map((e) => ({ record, ...e }));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, record: parsed.data };
}

/**
 * The id an invalid record still gives, where its own field is a string and no error concerns it: a file's
 * ids must be unique (spec § 1) whether or not the records are valid, so a repeat is told beside the
 * record's other errors.
 */
export function idOfInvalidRecord(value: unknown, errors: readonly RecordError[]): string | undefined {
  if (typeof value !== 'object' || value === null || errors.some((e) => e.path === 'id')) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

const EXPECTED: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};

/** Messages for the checks whose schema gives none of its own. */
function plainMessage(issue: { code?: string; input?: unknown; expected?: unknown }): string | undefined {
  if (issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string') return `must be ${EXPECTED[issue.expected] ?? issue.expected}`;
  return undefined;
}

function fromZodIssue(record: string, issue: z.core.$ZodIssue): RecordError {
  const message = issue.code === 'unrecognized_keys' ? `has unknown fields: ${issue.keys.join(', ')}` : issue.message;
  return { record, path: formatPath(issue.path), message };
}

type FieldError = Omit<RecordError, 'record'>;

function crossFieldErrors(person: PersonRecord, options: ValidationOptions): FieldError[] {
  const errors: FieldError[] = [];
  const termIds = new Set<string>();
  person.terms.forEach((term, i) => {
    const at = `terms[${i}]`;
    if (termIds.has(term.id)) errors.push({ path: `${at}.id`, message: `duplicates the term id ${JSON.stringify(term.id)}` });
    termIds.add(term.id);

    if (options.supportedJurisdictions && !options.supportedJurisdictions.has(term.jurisdiction)) {
      errors.push({
        path: `${at}.jurisdiction`,
        message: `${term.jurisdiction} is not a jurisdiction this engine encodes (it encodes ${[...options.supportedJurisdictions].join(', ')})`,
      });
    }

    const forms = [term.length !== undefined, term.endDate !== undefined, term.lifetime === true].filter(Boolean).length;
    if (forms !== 1) {
      errors.push({
        path: at,
        message:
          forms === 0
            ? 'must give the term as exactly one of length, endDate or lifetime: true; it gives none'
            : 'must give the term as exactly one of length, endDate or lifetime: true; it gives more than one',
      });
    }

    const sentence = tryParseIsoDate(term.sentenceDate)!;
    const start = tryParseIsoDate(term.startDate)!;
    if (start < sentence) {
      errors.push({ path: `${at}.startDate`, message: `${term.startDate} is before the sentenceDate ${term.sentenceDate}` });
    }
    if (term.endDate !== undefined && tryParseIsoDate(term.endDate)! <= start) {
      errors.push({ path: `${at}.endDate`, message: `${term.endDate} is not after the startDate ${term.startDate}` });
    }
    // The same rule as an endDate not after the startDate: a term of no time at all is no term.
    const l = term.length;
    if (l !== undefined && (l.years ?? 0) === 0 && (l.months ?? 0) === 0 && (l.days ?? 0) === 0) {
      errors.push({ path: `${at}.length`, message: 'must be at least one day long; every part given is 0' });
    }
    // An offense is committed before the sentence for it, and the incentive date is set at sentencing.
    term.offenses.forEach((offense, j) => {
      if (offense.offenseDate !== undefined && tryParseIsoDate(offense.offenseDate)! > sentence) {
        errors.push({
          path: `${at}.offenses[${j}].offenseDate`,
          message: `${offense.offenseDate} is after the sentenceDate ${term.sentenceDate}`,
        });
      }
    });
    if (term.behavioralIncentiveDate !== undefined && tryParseIsoDate(term.behavioralIncentiveDate)! < sentence) {
      errors.push({
        path: `${at}.behavioralIncentiveDate`,
        message: `${term.behavioralIncentiveDate} is before the sentenceDate ${term.sentenceDate}`,
      });
    }
    if (term.consecutiveTo === term.id) {
      errors.push({ path: `${at}.consecutiveTo`, message: 'a term cannot follow itself' });
    }
    // Each extension is limited by the schema; their sum is limited here, so that an end date stays inside
    // the four-digit years an ISO date can write however many extensions a term has.
    const extensionMonths = (term.orders ?? []).reduce((sum, o) => sum + (o.type === 'extension' ? (o.months ?? 0) : 0), 0);
    if (extensionMonths > MAX_EXTENSION_MONTHS) {
      errors.push({
        path: `${at}.orders`,
        message: `the extensions add up to ${extensionMonths} months; a term may be extended by at most ${MAX_EXTENSION_MONTHS} months (100 years) in all`,
      });
    }
    term.orders?.forEach((order, j) => {
      if (order.type === 'extension' && order.months === undefined) {
        errors.push({ path: `${at}.orders[${j}].months`, message: 'is required for an extension order' });
      }
      if (tryParseIsoDate(order.date)! < sentence) {
        errors.push({ path: `${at}.orders[${j}].date`, message: `${order.date} is before the sentenceDate ${term.sentenceDate}` });
      }
    });
  });

  person.terms.forEach((term, i) => {
    if (term.consecutiveTo !== undefined && term.consecutiveTo !== term.id && !termIds.has(term.consecutiveTo)) {
      errors.push({ path: `terms[${i}].consecutiveTo`, message: `names no term of this person: ${JSON.stringify(term.consecutiveTo)}` });
    }
  });
  const cycle = consecutiveCycle(person);
  if (cycle) errors.push({ path: 'terms', message: `consecutiveTo forms a cycle: ${cycle.join(' → ')}` });

  const sentenceOf = new Map(person.terms.map((t) => [t.id, t.sentenceDate]));
  person.events?.forEach((event, i) => {
    const at = `events[${i}]`;
    if (event.termId !== undefined && !termIds.has(event.termId)) {
      errors.push({ path: `${at}.termId`, message: `names no term of this person: ${JSON.stringify(event.termId)}` });
    }
    // A violation or absconding of a term cannot come before the term was imposed (custody before it can:
    // time held before sentencing).
    const sentence = event.termId === undefined ? undefined : sentenceOf.get(event.termId);
    if (sentence !== undefined && (event.type === 'violation' || event.type === 'absconded')) {
      const day = event.type === 'violation' ? event.date : event.start;
      if (day < sentence) {
        errors.push({
          path: `${at}.${event.type === 'violation' ? 'date' : 'start'}`,
          message: `${day} is before the sentenceDate ${sentence} of term ${event.termId}, which it names`,
        });
      }
    }
    if (
      (event.type === 'custody' || event.type === 'absconded' || event.type === 'employment') &&
      event.end !== undefined &&
      event.end < event.start
    ) {
      errors.push({ path: `${at}.end`, message: `${event.end} is before the start ${event.start}` });
    }
  });
  return errors;
}

function consecutiveCycle(person: PersonRecord): string[] | undefined {
  const next = new Map(person.terms.filter((t) => t.consecutiveTo !== undefined).map((t) => [t.id, t.consecutiveTo!]));
  // Each term follows at most one other, so one walk per term, each term walked once in all: linear
  // however long the chain (a walk from every term, each checking all it had seen, was cubic).
  const done = new Set<string>();
  for (const startId of next.keys()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let id: string | undefined = startId;
    while (id !== undefined && !done.has(id)) {
      const at = onPath.get(id);
      if (at !== undefined) return [...path.slice(at), id];
      onPath.set(id, path.length);
      path.push(id);
      id = next.get(id);
    }
    for (const visited of path) done.add(visited);
  }
  return undefined;
}
