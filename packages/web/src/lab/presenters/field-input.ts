/**
 * What the lab's typed fields accept, as pure functions: the text a person typed becomes a value, or a
 * message to show at the field. The page keeps the typed text as it is while someone types, checks it when
 * they leave the field (or press Run), and only a value that passes reaches the run or the reform, so a
 * half-typed date or an out-of-range number is said, never silently dropped, rounded or clamped.
 */
import type { ParameterUnit } from '@pathways/law';

export type Parsed<T> = { value: T; error?: undefined } | { value?: undefined; error: string };

export const START_MESSAGE = 'Give the first day of a month, written YYYY-MM-01';

/**
 * The most people a lab run takes. The largest population in the shipped calibrations is Georgia's, about
 * 356,000 on supervision; two million leaves room for a what-if of a larger state while keeping a run to
 * minutes rather than hours in a browser tab (the time grows with people × months × replications, and the
 * page cannot be left mid-run without cancelling it). The CLI, which runs in Node, allows more.
 */
export const MAX_PEOPLE = 2_000_000;

/** The run's whole-number fields and their ranges; the horizon's bounds are the simulator's (horizon.ts). */
export const RUN_LIMITS = {
  months: { min: 1, max: 600 },
  people: { min: 1, max: MAX_PEOPLE },
  replications: { min: 1, max: 1000 },
  seed: { min: 0, max: 0xffffffff },
} as const;

const grouped = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** A number as people write it: "53,671", " 1500 ", "-30", "2.5"; null when it is not one. */
function readNumber(text: string): number | null {
  const t = text.trim().replace(/,/g, '').replace(/^−/, '-');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  return Number(t);
}

export function parseStart(text: string): Parsed<string> {
  const t = text.trim();
  const m = /^(\d{4})-(\d{2})-01$/.exec(t);
  if (m === null || Number(m[2]) < 1 || Number(m[2]) > 12) return { error: START_MESSAGE };
  return { value: t };
}

export function parseWhole(text: string, range: { min: number; max: number }): Parsed<number> {
  const between = `between ${grouped(range.min)} and ${grouped(range.max)}`;
  const n = readNumber(text);
  if (n === null || !Number.isInteger(n)) return { error: `Give a whole number ${between}` };
  if (n < range.min || n > range.max) return { error: `Give a whole number ${between}; ${grouped(n)} is out of range` };
  return { value: n };
}

/**
 * The largest value a parameter of each unit may take. The law's parameters declare a unit but no range
 * (packages/law/src/engine/parameters.ts), so the bounds are what the units allow: no negative periods,
 * counts or amounts, a percentage of at most 100, and no period longer than a century (no supervision
 * term, credit or look-back the law encodes comes near it, and a longer one would only be a typing slip).
 */
const UNIT_MAX: Partial<Record<ParameterUnit, { max: number; why: string }>> = {
  days: { max: 36_500, why: 'a century' },
  months: { max: 1_200, why: 'a century' },
  years: { max: 100, why: 'a century' },
  percent: { max: 100, why: 'all of it' },
};

/** One number for a parameter of `unit`; empty text means "keep the value in force" (undefined). */
export function parseParameterNumber(text: string, unit: ParameterUnit): Parsed<number | undefined> {
  if (text.trim() === '') return { value: undefined };
  const n = readNumber(text);
  if (n === null) return { error: 'Give a number, such as 30' };
  if (n < 0) return { error: 'Cannot be negative' };
  // The calendar counts whole days and months (years in whole months), as the simulator's reform files require.
  if ((unit === 'count' || unit === 'days' || unit === 'months') && !Number.isInteger(n)) return { error: 'Give a whole number' };
  if (unit === 'years' && !Number.isInteger(n * 12)) return { error: 'Give whole years, or years and whole months (2.5 is 30 months)' };
  const cap = UNIT_MAX[unit];
  if (cap !== undefined && n > cap.max) return { error: `At most ${grouped(cap.max)} ${unit} (${cap.why})` };
  return { value: n };
}

/** A list of numbers for a parameter of `unit`, separated by commas; each is checked as above. */
export function parseParameterNumbers(text: string, unit: ParameterUnit): Parsed<number[]> {
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const values: number[] = [];
  for (const part of parts) {
    const one = parseParameterNumber(part, unit);
    if (one.error !== undefined) return { error: `${part}: ${one.error.charAt(0).toLowerCase()}${one.error.slice(1)}` };
    values.push(one.value!);
  }
  return { value: values };
}

/** How the page writes a value back into a field: grouped thousands, as the CLI's output does. */
export const formatNumber = grouped;
