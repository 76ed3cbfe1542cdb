/**
 * Validates and evaluates one candidate record, away from the database, so the importer's own thread
 * and its worker threads prepare a record with the very same code. Problems come back without a file
 * or line: only the reading thread knows which CSV row holds a field (and a function that says so
 * cannot be posted to a worker).
 */
import { evaluatePerson, JURISDICTIONS, SUPPORTED_JURISDICTIONS, validateRecord, type Day, type PersonRecord } from '@pathways/law';
import { evaluationSummary, nameColumns } from '../summaries.ts';

/** Longer ids are refused: they would not fit PostgreSQL's index entries, and no agency's id is that long. */
export const MAX_ID_LENGTH = 200;

/** What a candidate record carries into preparation: all of it can be posted to a worker. */
export interface PrepareInput {
  position: number;
  value?: unknown;
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

export type Prepared = { ready: Ready } | { problems: Problem[] };

export function prepareRecord(input: PrepareInput, asOf: Day): Prepared {
  if (input.hasReadErrors && input.value === undefined) return { problems: [] };
  const v = validateRecord(input.value, input.position, { supportedJurisdictions: SUPPORTED_JURISDICTIONS });
  if (!v.ok) return { problems: v.errors.map((e) => ({ record: e.record, path: e.path, message: e.message })) };
  if (input.hasReadErrors) return { problems: [] };
  const record = v.record;
  const reject = (path: string, message: string): Prepared => ({
    problems: [{ record: record.id.length <= MAX_ID_LENGTH ? record.id : `#${input.position}`, path, message }],
  });
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

/**
 * Text neither database can hold the same way: PostgreSQL refuses NUL in text and jsonb, and a lone
 * UTF-16 surrogate is not Unicode. Refused on both dialects, so a file imports alike on either.
 */
function unstorableText(value: unknown, path: string): { path: string; message: string } | undefined {
  const bad = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);
  if (typeof value === 'string')
    return bad(value) ? { path, message: 'holds a NUL character or a lone surrogate, which cannot be stored' } : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableText(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (bad(key)) return { path: at, message: 'is a field name holding a NUL character or a lone surrogate, which cannot be stored' };
      const found = unstorableText(v, at);
      if (found) return found;
    }
  }
  return undefined;
}
