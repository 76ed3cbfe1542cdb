/**
 * Masks on a story's text, in the browser: the desk shows each span highlighted with the label the public
 * reads instead, and a reviewer adds a mask by typing the words to hide (every place they occur). The
 * server is the judge (it merges and checks spans again when the review is sent); the merging and the
 * labels are the server's own (packages/server/src/voices/mask-spans.ts), so what the reviewer sees is
 * what is kept.
 */
import { normalizeMasks, type MaskKind, type MaskSpan } from '@pathways/server/mask-spans';

export { applyMasks, MASK_LABELS, normalizeMasks } from '@pathways/server/mask-spans';

/** The text cut into plain pieces and masked ones, in order, for showing the masks in place. */
export function segments(text: string, spans: readonly MaskSpan[]): { text: string; mask: MaskSpan | null }[] {
  const out: { text: string; mask: MaskSpan | null }[] = [];
  let at = 0;
  for (const s of normalizeMasks(text, spans)) {
    if (s.start > at) out.push({ text: text.slice(at, s.start), mask: null });
    out.push({ text: text.slice(s.start, s.end), mask: s });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mask: null });
  return out;
}

/** Every place `words` occur in the text (letter case aside), as spans of `kind`. */
export function occurrences(text: string, words: string, kind: MaskKind): MaskSpan[] {
  const wanted = words.trim().toLocaleLowerCase();
  if (wanted === '') return [];
  const haystack = text.toLocaleLowerCase();
  const out: MaskSpan[] = [];
  // Lowercasing keeps the length of nearly every text; where it does not, the offsets would drift, so search the original then.
  const source = haystack.length === text.length ? haystack : text;
  const needle = haystack.length === text.length ? wanted : words.trim();
  for (let at = source.indexOf(needle); at >= 0; at = source.indexOf(needle, at + needle.length)) {
    out.push({ start: at, end: at + needle.length, kind });
  }
  return out;
}
