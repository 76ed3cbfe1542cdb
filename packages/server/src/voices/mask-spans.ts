/**
 * Masked spans of a story's text and how they merge: the one definition the server keeps (masking.ts,
 * the stories routes) and the desk's review screen shows (packages/web/src/voices/stories/masks.ts), so
 * that what a reviewer sees is what is kept. Pure and free of Node APIs: it runs in the browser too.
 *
 * Offsets are in UTF-16 code units, as JavaScript strings count them.
 */
export const MASK_KINDS = ['name', 'place', 'date', 'case_number', 'phone', 'email'] as const;
export type MaskKind = (typeof MASK_KINDS)[number];

export interface MaskSpan {
  start: number;
  end: number;
  kind: MaskKind;
}

/** What stands in a masked text for each kind. */
export const MASK_LABELS: Record<MaskKind, string> = {
  name: '[name]',
  place: '[place]',
  date: '[date]',
  case_number: '[case number]',
  phone: '[phone]',
  email: '[email]',
};

/** When overlapping spans of equal length merge, the kind that names the union: the more specific first. */
const PRIORITY: readonly MaskKind[] = ['email', 'phone', 'case_number', 'date', 'name', 'place'];

/**
 * Sorts spans, drops empty or out-of-range ones, and merges those that overlap (or touch with the same
 * kind) into one, named by its longest part (by PRIORITY when two are as long). The result never overlaps,
 * so `applyMasks` can replace each span in turn.
 */
export function normalizeMasks(text: string, spans: readonly MaskSpan[]): MaskSpan[] {
  const valid = spans
    .map((s) => ({ start: Math.max(0, Math.trunc(s.start)), end: Math.min(text.length, Math.trunc(s.end)), kind: s.kind }))
    .filter((s) => s.end > s.start && (MASK_KINDS as readonly string[]).includes(s.kind))
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

/** The text with each span replaced by its label (spans are normalized first). */
export function applyMasks(text: string, spans: readonly MaskSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of normalizeMasks(text, spans)) {
    out += text.slice(at, s.start) + MASK_LABELS[s.kind];
    at = s.end;
  }
  return out + text.slice(at);
}
