/**
 * Masks on a story's text, in the browser: the desk shows each span highlighted with the label the public
 * reads instead, and a reviewer adds a mask by typing the words to hide (every place they occur). The
 * server is the judge (it merges and checks spans again when the review is sent); this mirrors its
 * normalizing (packages/server/src/voices/masking.ts) so that what the reviewer sees is what is kept.
 */
import { MASK_KINDS, type MaskKind, type MaskSpan } from './types.ts';

export const MASK_LABELS: Record<MaskKind, string> = {
  name: '[name]',
  place: '[place]',
  date: '[date]',
  case_number: '[case number]',
  phone: '[phone]',
  email: '[email]',
};

const PRIORITY: readonly MaskKind[] = ['email', 'phone', 'case_number', 'date', 'name', 'place'];

/** Sorted, inside the text, overlapping ones merged (named by the longest part), as the server keeps them. */
export function normalizeMasks(text: string, spans: readonly MaskSpan[]): MaskSpan[] {
  const valid = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end), kind: s.kind }))
    .filter((s) => s.end > s.start && MASK_KINDS.includes(s.kind))
    .sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  const out: (MaskSpan & { longest: number })[] = [];
  for (const s of valid) {
    const last = out.at(-1);
    const length = s.end - s.start;
    if (last && (s.start < last.end || (s.start === last.end && s.kind === last.kind))) {
      last.end = Math.max(last.end, s.end);
      if (length > last.longest || (length === last.longest && PRIORITY.indexOf(s.kind) < PRIORITY.indexOf(last.kind))) {
        last.kind = s.kind;
        last.longest = length;
      }
    } else {
      out.push({ ...s, longest: length });
    }
  }
  return out.map(({ start, end, kind }) => ({ start, end, kind }));
}

export function applyMasks(text: string, spans: readonly MaskSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of normalizeMasks(text, spans)) {
    out += text.slice(at, s.start) + MASK_LABELS[s.kind];
    at = s.end;
  }
  return out + text.slice(at);
}

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
