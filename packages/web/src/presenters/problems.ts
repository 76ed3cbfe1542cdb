/**
 * A server refusal as the officer reads it: the problem's `detail`, then each field error as
 * "field: message" with the field named as the form names it (`body.snoozedUntil` → "snoozed until").
 */
import type { FieldProblem } from '../api/client.ts';

function fieldName(path: string): string {
  const last = path.split('.').pop() ?? path;
  return last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function problemLines(detail: string, errors: readonly FieldProblem[] | undefined): string[] {
  return [detail, ...(errors ?? []).map((e) => `${fieldName(e.path)}: ${e.message}`)];
}
