/**
 * Small readings shared by the Georgia rules: the record's BID field, the arrests and revocations the
 * statute counts, the plain words for an offense. No provision is decided here; each rule file cites
 * and explains its own.
 */
import { addMonths, tryParseIsoDate, type Day } from '../../../dates/calendar.ts';
import { normalizeStatute } from '../../../engine/offense-table.ts';
import type { Parameter } from '../../../engine/parameters.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { OffenseFacts } from '../../../engine/term-facts.ts';
import { gaOffenseTable } from '../offense-table.ts';
import type { GaParameters } from '../parameters.ts';

export type Ctx = TermContext<GaParameters>;

/** The value of a parameter on `day`, or undefined where the law had none (before it, or null). */
export function valueAt<T>(ctx: Ctx, p: Parameter<T>, day: Day): T | undefined {
  return ctx.param(p, day)?.value;
}

export function describeOffense(o: OffenseFacts): string {
  return o.offense.description !== undefined ? `${o.offense.description} (${o.offense.statute})` : o.offense.statute;
}

/**
 * The record field holding a court-set BID. The v1 record format has no such field; a term may carry
 * it as an extra field (the importer keeps unknown fields), `"behavioralIncentiveDate": "2023-08-02"`.
 */
export const BID_FIELD = 'behavioralIncentiveDate';

/** The BID the sentencing order set, when the record carries it; undefined otherwise (warns when malformed). */
export function recordedBid(ctx: Ctx): Day | undefined {
  const raw = (ctx.facts.term as Record<string, unknown>)[BID_FIELD];
  if (raw === undefined || raw === null) return undefined;
  const day = typeof raw === 'string' ? tryParseIsoDate(raw) : undefined;
  if (day === undefined) {
    ctx.warn(`The record's ${BID_FIELD} (${JSON.stringify(raw)}) is not a date in the form YYYY-MM-DD, so it was ignored.`);
  }
  return day;
}

export interface Disqualifying {
  day: Day;
  words: string;
}

const ARREST_WORDS: Record<string, string> = {
  felony: 'a felony',
  misdemeanor: 'a misdemeanor',
  traffic_serious: 'a serious traffic offense',
};

/**
 * Arrests for anything other than a nonserious traffic offense (O.C.G.A. § 35-3-37: a Title 40
 * offense outside the serious ones of Chapter 6, Article 15), dated from `from` to `to`, both included.
 * A record's `traffic_minor` arrest is the nonserious kind. A conviction recorded on this term counts
 * too: a conviction follows a charge, and the record may lack the arrest (a warning says so).
 */
export function arrestsBetween(ctx: Ctx, from: Day, to: Day): Disqualifying[] {
  const out: Disqualifying[] = [];
  for (const a of ctx.facts.arrests) {
    if (a.day < from || a.day > to || a.event.level === 'traffic_minor') continue;
    out.push({ day: a.day, words: `an arrest for ${ARREST_WORDS[a.event.level] ?? a.event.level}` });
  }
  for (const c of ctx.facts.convictions) {
    if (c.day < from || c.day > to || isNonseriousTraffic(c.event.statute)) continue;
    if (out.some((a) => a.day <= c.day)) continue; // an arrest already recorded before it
    ctx.warn(
      `Your conviction on ${ctx.date(c.day)} was read as showing an arrest for something other than a minor traffic offense; the record lists no arrest for it.`,
    );
    out.push({ day: c.day, words: `a ${c.event.level === 'felony' ? 'felony' : 'misdemeanor'} conviction` });
  }
  return out.sort((a, b) => a.day - b.day);
}

/**
 * A Title 40 offense outside Chapter 6, Article 15 (O.C.G.A. §§ 40-6-390 to 40-6-397: reckless and
 * aggressive driving, DUI, vehicular homicide and serious injury, fleeing) is a nonserious traffic
 * offense (O.C.G.A. § 35-3-37). Only called for a conviction that names its statute (rare), so the
 * normalisation's regular expressions stay off the common path.
 */
function isNonseriousTraffic(statute: string | undefined): boolean {
  if (statute === undefined) return false;
  const s = normalizeStatute(statute, gaOffenseTable);
  return s.startsWith('OCGA 40-') && !s.startsWith('OCGA 40-6-39');
}

/** Revocation orders on this term dated after `afterDay` and on or before `to`. */
export function revocationsBetween(ctx: Ctx, afterDay: Day, to: Day): Day[] {
  const out: Day[] = [];
  for (const o of ctx.facts.orders) if (o.type === 'revocation' && o.day > afterDay && o.day <= to) out.push(o.day);
  return out;
}

/**
 * The first day of "the immediately preceding 24 months" before `day` (D): D − months, counted in; the
 * window runs to the day before D, which "preceding" leaves out. Reading (changed in law 0.3.18, which
 * read the window as (D − 24 months, D]): counting back from D, D itself is the day not counted and the
 * day 24 months back is the last counted, as O.C.G.A. § 1-3-1(d)(3) counts a period forward (the first
 * day not counted, the last counted). The rules warn where a revocation on either edge decides the case.
 */
export function lookBackStart(day: Day, months: number): Day {
  return addMonths(day, -months);
}

/** Revocation orders on this term in the look-back before `day`: from lookBackStart(day, months) to day − 1. */
export function revocationsInLookBack(ctx: Ctx, day: Day, months: number): Day[] {
  return revocationsBetween(ctx, lookBackStart(day, months) - 1, day - 1);
}

/** Sustained violations that could show a revocation the record does not carry as an order. */
export function confinementSanctionsWithoutOrder(ctx: Ctx): Day[] {
  const out: Day[] = [];
  const hasOrder = ctx.facts.orders.some((o) => o.type === 'revocation');
  if (hasOrder) return out;
  for (const v of ctx.facts.violations) {
    const s = v.event.sanction?.type;
    if (v.status === 'sustained' && (s === 'jail' || s === 'prison')) out.push(v.day);
  }
  return out;
}

export function unique(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) if (!out.includes(v)) out.push(v);
  return out;
}
