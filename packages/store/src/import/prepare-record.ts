/**
 * Validates and evaluates one candidate record, away from the database, so the importer's own thread
 * and its worker threads prepare a record with the very same code. Problems come back without a file
 * or line: only the reading thread knows which CSV row holds a field (and a function that says so
 * cannot be posted to a worker).
 */
import {
  evaluatePerson,
  idOfInvalidRecord,
  JURISDICTIONS,
  parseRecordText,
  SUPPORTED_JURISDICTIONS,
  validateRecord,
  type Day,
  type PersonRecord,
} from '@pathways/law';
import { evaluationSummary, nameColumns } from '../summaries.ts';

/** Longer ids are refused: they would not fit PostgreSQL's index entries, and no agency's id is that long. */
export const MAX_ID_LENGTH = 200;

/** What a candidate record carries into preparation: all of it can be posted to a worker. */
export interface PrepareInput {
  position: number;
  value?: unknown;
  /** The record's JSON text, to be parsed here, in place of `value`. */
  text?: string;
  /** The reader already refused it: only the record's own errors are wanted, nothing to write. */
  hasReadErrors: boolean;
}

/** A record ready to write, its JSON already text. */
export interface Ready {
  id: string;
  recordJson: string;
  names: { given_name: string | null; family_name: string | null };
  evaluations: { termId: string; json: string; summaryJson: string }[];
}

/** An import error still to be placed in the file: the reading thread adds `file` and `line` from the path. */
export interface Problem {
  record: string;
  path: string;
  message: string;
}

/** A record to write, or its problems with the id it gives, if any (a repeat of it is refused as well). */
export type Prepared = { ready: Ready } | { problems: Problem[]; id?: string };

export function prepareRecord(given: PrepareInput, asOf: Day): Prepared {
  let input = given;
  if (input.text !== undefined) {
    const parsed = parseRecordText(input.text);
    if ('error' in parsed) return { problems: [{ record: `#${input.position}`, path: '', message: parsed.error }] };
    input = { position: input.position, value: parsed.value, hasReadErrors: input.hasReadErrors };
  }
  if (input.hasReadErrors && input.value === undefined) return { problems: [] };
  const v = validateRecord(input.value, input.position, { supportedJurisdictions: SUPPORTED_JURISDICTIONS });
  if (!v.ok) {
    const problems = v.errors.map((e) => ({ record: e.record, path: e.path, message: e.message }));
    const id = idOfInvalidRecord(input.value, v.errors);
    return id === undefined ? { problems } : { problems, id };
  }
  if (input.hasReadErrors) return { problems: [] };
  const record = v.record;
  const reject = (path: string, message: string): Prepared =>
    record.id.length <= MAX_ID_LENGTH
      ? { problems: [{ record: record.id, path, message }], id: record.id }
      : { problems: [{ record: `#${input.position}`, path, message }] };
  if (record.id.length > MAX_ID_LENGTH) return reject('id', `is longer than ${MAX_ID_LENGTH} characters`);
  const longTerm = record.terms.findIndex((t) => t.id.length > MAX_ID_LENGTH);
  if (longTerm >= 0) return reject(`terms[${longTerm}].id`, `is longer than ${MAX_ID_LENGTH} characters`);
  const unstorable = unstorableText(input.value, '');
  if (unstorable) return reject(unstorable.path, unstorable.message);
  let evaluations;
  try {
    evaluations = evaluatePerson(JURISDICTIONS, record as PersonRecord, asOf);
  } catch (e) {
    return reject('', `could not be evaluated: ${(e as Error).message}`);
  }
  return {
    ready: {
      id: record.id,
      // The record as given, unknown fields and all.
      recordJson: JSON.stringify(input.value),
      names: nameColumns(record as PersonRecord),
      evaluations: evaluations.map((e) => ({
        termId: e.termId,
        json: JSON.stringify(e),
        summaryJson: JSON.stringify(evaluationSummary(e)),
      })),
    },
  };
}

// Built once: the bundle writes a regular expression with \p{…} as `new RegExp(…)`, which, inside the
// function, would compile it again for every string of every record.
const LONE_SURROGATE = /\p{Cs}/u;

/** Deeper than any record of the spec (about six levels) by far, and shallow enough for every thread's stack. */
export const MAX_NESTING = 100;

/**
 * Text neither database can hold the same way: PostgreSQL refuses NUL in text and jsonb, and a lone
 * UTF-16 surrogate is not Unicode. Refused on both dialects, so a file imports alike on either. Also
 * refused: values nested more than MAX_NESTING deep, which would otherwise be stored or overflow the stack
 * depending on which thread prepared them. Walked with a list of its own, not by recursion, for the same
 * reason.
 */
function unstorableText(value: unknown, root: string): { path: string; message: string } | undefined {
  const bad = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);
  // Depth first, in the order of the record's own fields, so the first problem named is the first in the text.
  const stack: { value: unknown; path: string; depth: number; key?: string }[] = [{ value, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, path, depth, key } = stack.pop()!;
    if (key !== undefined && bad(key))
      return { path, message: 'is a field name holding a NUL character or a lone surrogate, which cannot be stored' };
    if (typeof v === 'string') {
      if (bad(v)) return { path, message: 'holds a NUL character or a lone surrogate, which cannot be stored' };
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_NESTING) return { path, message: `is nested more than ${MAX_NESTING} levels deep, which cannot be stored` };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    const entries = Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [name, child] = entries[i]!;
      stack.push({ value: child, path: path === '' ? name : `${path}.${name}`, depth: depth + 1, key: name });
    }
  }
  return undefined;
}
