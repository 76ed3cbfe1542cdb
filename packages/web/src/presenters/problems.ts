/**
 * A server refusal as the officer reads it: the problem's `detail` (or, for a body the schema refused, a
 * line saying nothing was saved), then each field error as "field: message" with the field named as the
 * form names it (`body.snoozedUntil` → "snoozed until").
 */
import type { FieldProblem } from '../api/client.ts';

function fieldName(path: string): string {
  const last = path.split('.').pop() ?? path;
  return last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The server's words for a body its schema refused, which tell an officer nothing the field lines do not. */
const SCHEMA_REFUSAL = 'The request does not match the schema.';

export function problemLines(detail: string, errors: readonly FieldProblem[] | undefined): string[] {
  const fields = (errors ?? []).map((e) => `${fieldName(e.path)}: ${e.message}`);
  const head = detail === SCHEMA_REFUSAL && fields.length > 0 ? 'Nothing was changed: check these fields.' : detail;
  // A field that fails two checks with the same words (length and shape) is named once.
  return [head, ...new Set(fields)];
}
