/**
 * Masking for the anonymous tier of a story (issue 9, part 1): finds what could identify the storyteller or
 * the people around them (names, places, dates, case and docket numbers, phone numbers, email addresses)
 * and hides it behind a plain label (`[name]`, `[place]`, `[date]`, `[case number]`, `[phone]`, `[email]`).
 *
 * Pure: text in, spans out; no store, no clock. The detection is a first pass for a person to check, never
 * the last word: a reviewer reads every anonymous story with these spans highlighted, removes those that
 * hide nothing identifying and adds those the rules missed (the desk's Stories tab), and only a confirmed
 * review may be published. So the rules lean towards masking too much: a name-like word after "in" or
 * "from" is taken for a place, a given name from the list for a name.
 *
 * Offsets are in UTF-16 code units, as JavaScript strings count them (the web app's are the same).
 * Words are told apart by Unicode letters, not ASCII `\b`, so "José" and "Muñoz" are whole words.
 * The lists the rules read are in masking-words.ts.
 */
import {
  CITY_NAMES,
  GIVEN_NAMES,
  MONTH_ABBREVIATIONS,
  MONTHS_EN,
  MONTHS_ES,
  NOT_NAMES,
  NOT_PLACES,
  STATE_CODES,
  STATE_NAMES,
  TITLES,
} from './masking-words.ts';
import { applyMasks, normalizeMasks, type MaskKind, type MaskSpan } from './mask-spans.ts';

export { MASK_KINDS, MASK_LABELS, applyMasks, normalizeMasks, type MaskKind, type MaskSpan } from './mask-spans.ts';

export interface MaskingContext {
  /**
   * The storyteller's own names: given and family names from their record, and their account's display
   * name (whose words that are not names, "person", "demo", are left out). Matched in any letter case.
   */
  names?: readonly (string | null | undefined)[];
}

// ---- Building blocks. ----

/** A letter, a combining mark or a digit: what a word is made of. */
const WORD = String.raw`[\p{L}\p{M}\p{N}]`;
const START = `(?<!${WORD})`;
const END = `(?!${WORD})`;
/** A capitalised word: "Springfield", "O'Neal", "Saint-Denis"; a possessive's "'s" is not part of it. */
const CAP = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['’-](?!s${END})[\p{L}\p{M}]+)*`;
/** The same with two letters or more before any apostrophe: what may follow one in a name ("Cedar Ridge", not "… I'm"). */
const CAP2 = String.raw`\p{Lu}[\p{L}\p{M}]+(?:['’-](?!s${END})[\p{L}\p{M}]+)*`;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (list: readonly string[]): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const MONTH = `(?:${alternatives(MONTHS_EN)}|(?:${alternatives(MONTH_ABBREVIATIONS)})\\.?)`;
const MES = `(?:${alternatives(MONTHS_ES)}|${alternatives(MONTHS_ES.map((m) => m[0]!.toUpperCase() + m.slice(1)))})`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;

/** A family name right after a given name ("Marcus Johnson", "Ana M. Ruiz"): where it ends, or `end`. */
const FAMILY_AFTER = new RegExp(String.raw`^\s+(?:\p{Lu}\.\s+)?(${CAP2})(?![\p{L}\p{M}\p{N}])`, 'u');
function familyNameAfter(text: string, end: number): number {
  const m = FAMILY_AFTER.exec(text.slice(end, end + 60));
  return m && !NOT_PLACES.has(m[1]!) ? end + m[0].length : end;
}

interface Rule {
  kind: MaskKind;
  pattern: RegExp;
  /** The capture group to mask (its indices, by the `d` flag); the whole match when absent. */
  group?: number;
  /** Refuses a match the pattern cannot rule out by itself. */
  accept?: (found: string) => boolean;
  /** Where an accepted span really ends, when what follows it belongs to it (a family name after a given name). */
  extend?: (text: string, end: number) => number;
}

const rule = (kind: MaskKind, source: string, extra: Omit<Rule, 'kind' | 'pattern'> = {}): Rule => ({
  kind,
  pattern: new RegExp(source, 'gdu'),
  ...extra,
});

const RULES: readonly Rule[] = [
  // Email addresses and phone numbers.
  rule('email', String.raw`${START}[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}${END}`),
  rule('phone', String.raw`(?<![\p{N}+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\p{N})`),
  rule('phone', String.raw`(?<![\p{N}+-])\+?1?\d{10}(?![\p{N}-])`),

  // Case and docket numbers: CR-2019-004512, 2020-CF-000123, 19CR1234, and a number after "case no." and the like.
  rule('case_number', String.raw`(?<![\p{L}\p{N}-])[A-Z]{1,4}-\d{2,4}-\d{3,}(?![\p{L}\p{N}-])`),
  rule('case_number', String.raw`(?<![\p{L}\p{N}-])\d{2,4}-[A-Z]{1,4}-\d{3,}(?![\p{L}\p{N}-])`),
  rule('case_number', String.raw`(?<![\p{L}\p{N}-])\d{2,4}[A-Z]{1,4}\d{3,}(?![\p{L}\p{N}-])`),
  rule(
    'case_number',
    String.raw`${START}(?:[Cc]ase|CASE|[Dd]ocket|DOCKET|[Cc]ause|[Ff]ile|[Ii]nmate|[Bb]ooking|DOC|[Cc]aso|[Ee]xpediente)` +
      String.raw`(?:\s+(?:[Nn]o\.?|NO\.?|[Nn]umber|[Nn]úm(?:ero)?\.?|#))?\s*[:#]?\s*([A-Za-z0-9][A-Za-z0-9-]{2,})${END}`,
    { group: 1, accept: (found) => /\d/.test(found) },
  ),

  // Dates, written and numeric; the year after "born" (or "nací en").
  rule('date', String.raw`${START}${MONTH}\s+${DAY}(?:,?\s+${YEAR})?${END}`),
  rule('date', String.raw`${START}${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?${END}`),
  rule('date', String.raw`${START}${MONTH},?\s+${YEAR}${END}`),
  rule('date', String.raw`${START}${DAY}\s+de\s+${MES}(?:\s+(?:de|del)\s+${YEAR})?${END}`),
  rule('date', String.raw`${START}${MES}\s+(?:de|del)\s+${YEAR}${END}`),
  rule('date', String.raw`(?<![\p{N}/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\p{N}/-])`),
  rule('date', String.raw`(?<![\p{N}/.-])\d{4}[/-]\d{1,2}[/-]\d{1,2}(?![\p{N}/-])`),
  rule('date', String.raw`${START}(?:[Bb]orn(?:\s+(?:in|on))?|DOB:?|D\.O\.B\.:?|[Nn]ac[ií](?:do|da)?(?:\s+en)?)\s+(${YEAR})${END}`, {
    group: 1,
  }),

  // Places: street addresses, a city with its state's code, states and known cities by name.
  rule(
    'place',
    String.raw`(?<!\p{N})\d{1,6}\s+(?:(?:[NSEW]|North|South|East|West)\.?\s+)?(?:(?:\p{Lu}|\d)[\p{L}\p{N}'’.-]*\s+){1,4}` +
      String.raw`(?:(?:Street|Avenue|Road|Boulevard|Drive|Lane|Way|Court|Place|Terrace|Highway|Parkway|Circle|Trail|Square)${END}|` +
      String.raw`(?:St|Ave|Rd|Blvd|Dr|Ln|Ct|Pl|Hwy|Pkwy|Cir)(?:\.|${END}))` +
      String.raw`(?:,?\s+(?:Apt|Apartment|Unit|Suite|#)\.?\s*[A-Za-z0-9-]+)?`,
  ),
  rule('place', String.raw`${START}(?:Calle|Avenida|Av\.)\s+${CAP}(?:\s+${CAP})*(?:\s+#?\d+)?`),
  rule('place', String.raw`${START}${CAP}(?:\s+${CAP}){0,2},\s*(?:${STATE_CODES.join('|')})(?:\s+\d{5}(?:-\d{4})?)?${END}`),
  rule('place', `${START}(?:${alternatives(STATE_NAMES)}|${alternatives(CITY_NAMES)})${END}`),
  // A capitalised name after "in", "at", "from" … (or "en", "desde"): taken for a place unless it is a
  // word that never is (a month, a pronoun, "Court"). A name this catches is a name's span too: the
  // name rules below then claim it (PRIORITY).
  rule(
    'place',
    String.raw`${START}(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside|[Tt]o|[Ee]n|[Dd]esde|[Cc]erca\s+de)\s+(${CAP}(?:\s+(?:${CAP2}|of|de|del|la)){0,3})`,
    { group: 1 },
  ),

  // Names: after a title ("Officer Smith"); after "my name is" / "me llamo"; a given name from the list with
  // the capitalised word after it (a family name).
  rule('name', String.raw`${START}(?:${TITLES.map(escape).join('|')})\.?\s+(${CAP2}(?:\s+${CAP2})?)`, { group: 1 }),
  rule('name', String.raw`${START}(?:[Mm]y\s+name\s+is|[Mm]e\s+llamo|[Mm]i\s+nombre\s+es)\s+(\p{L}[\p{L}\p{M}'’-]*(?:\s+${CAP2})?)`, {
    group: 1,
  }),
  rule('name', String.raw`${START}\p{Lu}[\p{L}\p{M}]+${END}`, { accept: (found) => GIVEN_NAMES.has(found), extend: familyNameAfter }),
];

/** The words of the storyteller's own names worth matching: letters, two or more, not an everyday word. */
function ownNames(names: MaskingContext['names']): string[] {
  const out = new Set<string>();
  for (const name of names ?? []) {
    if (!name) continue;
    const whole = name.trim();
    const parts = whole.split(/[\s,()]+/).filter((w) => /^\p{L}[\p{L}\p{M}'’-]+$/u.test(w) && !NOT_NAMES.has(w.toLowerCase()));
    for (const w of parts) out.add(w);
    if (parts.length > 1 && parts.length === whole.split(/\s+/).length) out.add(whole);
  }
  return [...out];
}

function* matches(text: string, r: Rule): Generator<MaskSpan> {
  r.pattern.lastIndex = 0;
  for (const m of text.matchAll(r.pattern)) {
    const at = r.group === undefined ? m.indices![0] : m.indices![r.group];
    if (!at) continue;
    const [start, end] = at;
    if (end <= start) continue;
    if (r.accept && !r.accept(text.slice(start, end))) continue;
    yield { start, end: r.extend ? r.extend(text, end) : end, kind: r.kind };
  }
}

/** Drops the place spans whose first word is one that never names a place ("in January", "at Court"). */
function plausible(text: string, span: MaskSpan): MaskSpan | undefined {
  if (span.kind !== 'place') return span;
  let found = text.slice(span.start, span.end);
  const first = found.split(/\s+/)[0]!;
  if (NOT_PLACES.has(first.replace(/[.'’]+$/, ''))) return undefined;
  // A trailing connective is not part of the name ("from Cedar Ridge of" cannot end a place).
  const trimmed = found.replace(/\s+(?:of|de|del|la)$/, '');
  if (trimmed !== found) found = trimmed;
  return { ...span, end: span.start + found.length };
}

/** Finds what could identify someone in `text`: spans sorted, merged, never overlapping. */
export function detectIdentifying(text: string, context: MaskingContext = {}): MaskSpan[] {
  const spans: MaskSpan[] = [];
  for (const r of RULES) {
    for (const span of matches(text, r)) {
      const kept = plausible(text, span);
      if (kept) spans.push(kept);
    }
  }
  const own = ownNames(context.names);
  if (own.length > 0) {
    spans.push(...matches(text, { kind: 'name', pattern: new RegExp(`${START}(?:${alternatives(own)})${END}`, 'giud') }));
  }
  return normalizeMasks(text, spans);
}

/** Detection and the masked text together: what a new anonymous story starts its review with. */
export function maskStory(text: string, context: MaskingContext = {}): { spans: MaskSpan[]; masked: string } {
  const spans = detectIdentifying(text, context);
  return { spans, masked: applyMasks(text, spans) };
}
