/**
 * What the lab's form holds, as plain data: the jurisdiction, the starting point (current law or a
 * shipped bill), the parameter overrides, the daily costs and the run's size. The share link is this
 * state as base64url JSON in the `s` query parameter, so opening the link restores the form exactly;
 * anything malformed in a link is refused as a whole (the page then starts from its defaults).
 */
import { calibrationFor, COST_KINDS, statePopulation, type CostKind } from '@pathways/sim/core';
import { RUN_LIMITS } from './field-input.ts';
import { billByFile } from './shipped-bills.ts';

export type OverrideValue = number | boolean | string | (string | number)[];

export interface LabRunSize {
  /** First month, YYYY-MM-01. */
  start: string;
  months: number;
  people: number;
  seed: number;
  replications: number;
}

export interface LabState {
  jurisdiction: string;
  /** A file in reforms/, or null for current law (baseline and reform both the law as in force). */
  bill: string | null;
  /** Parameter id → the value the reform gives it from the run's start. */
  overrides: Record<string, OverrideValue>;
  /** Daily costs in US dollars that replace the calibration's; absent kinds keep the calibration's. */
  costs: Partial<Record<CostKind, number>>;
  run: LabRunSize;
}

/** The CLI's defaults (simulate-args.ts): five years, the state's count, seed 1, ten replications. */
export const DEFAULT_MONTHS = 60;
export const DEFAULT_SEED = 1;
export const DEFAULT_REPLICATIONS = 10;

/** The run `pathways simulate --reform <bill>` makes by default; for current law, from this month. */
export function defaultRun(jurisdiction: string, bill: string | null, today: string): LabRunSize {
  return {
    start: billByFile(bill)?.start ?? `${today.slice(0, 7)}-01`,
    months: DEFAULT_MONTHS,
    people: statePopulation(calibrationFor(jurisdiction)),
    seed: DEFAULT_SEED,
    replications: DEFAULT_REPLICATIONS,
  };
}

export function defaultState(jurisdiction: string, bill: string | null, today: string): LabState {
  return { jurisdiction, bill, overrides: {}, costs: {}, run: defaultRun(jurisdiction, bill, today) };
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeState(state: LabState): string {
  return toBase64Url(JSON.stringify(state));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const whole = (v: unknown, min: number, max: number): v is number =>
  Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

function isOverrideValue(v: unknown): v is OverrideValue {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'boolean' || typeof v === 'string') return true;
  return Array.isArray(v) && v.every((e) => typeof e === 'string' || (typeof e === 'number' && Number.isFinite(e)));
}

/** The state a share link encodes, or null when it is not one (truncated, edited by hand, another shape). */
export function decodeState(encoded: string): LabState | null {
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(encoded));
  } catch {
    return null;
  }
  if (!isRecord(data) || typeof data.jurisdiction !== 'string') return null;
  if (!(data.bill === null || typeof data.bill === 'string')) return null;
  if (typeof data.bill === 'string' && billByFile(data.bill)?.jurisdiction !== data.jurisdiction) return null;
  try {
    calibrationFor(data.jurisdiction);
  } catch {
    return null;
  }
  if (!isRecord(data.overrides) || !Object.values(data.overrides).every(isOverrideValue)) return null;
  if (!isRecord(data.costs)) return null;
  for (const [kind, usd] of Object.entries(data.costs))
    if (!COST_KINDS.includes(kind as CostKind) || typeof usd !== 'number' || !(usd >= 0)) return null;
  const run = data.run;
  if (!isRecord(run) || typeof run.start !== 'string' || !/^\d{4}-\d{2}-01$/.test(run.start)) return null;
  const { months, people, seed, replications } = RUN_LIMITS;
  if (!whole(run.months, months.min, months.max) || !whole(run.people, people.min, people.max)) return null;
  if (!whole(run.seed, seed.min, seed.max) || !whole(run.replications, replications.min, replications.max)) return null;
  return {
    jurisdiction: data.jurisdiction,
    bill: data.bill,
    overrides: data.overrides as Record<string, OverrideValue>,
    costs: data.costs as Partial<Record<CostKind, number>>,
    run: { start: run.start, months: run.months, people: run.people, seed: run.seed, replications: run.replications },
  };
}

/** The page's address with the state in it (`/lab/?s=…`), keeping the origin and path it was opened at. */
export function shareUrl(location: { origin: string; pathname: string }, state: LabState): string {
  return `${location.origin}${location.pathname}?s=${encodeState(state)}`;
}

/** The state in a page address's query, if it holds one. */
export function stateFromSearch(search: string): LabState | null {
  const s = new URLSearchParams(search).get('s');
  return s === null ? null : decodeState(s);
}
