/**
 * The refusal of a text longer than the server keeps (@pathways/server/input-limits), in the form's words:
 * past it the server answers 400 with its schema's message ("Too big: expected string to have <=2000
 * characters"), which names an API field rather than the box the officer typed in. Checked before sending,
 * so a refusal needs no round trip and what was typed stays in the box to be shortened.
 */

/** Null when `text` (as it will be sent: trimmed) fits; else what to do about it. */
export function tooLong(what: string, text: string, max: number): string | null {
  const length = text.trim().length;
  if (length <= max) return null;
  return `The ${what} is ${length.toLocaleString('en-US')} characters long; at most ${max.toLocaleString('en-US')} are kept. Shorten it.`;
}
