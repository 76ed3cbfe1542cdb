/**
 * A.R.S. § 13-902: how long probation may continue.
 *
 * "A. Unless terminated sooner, probation may continue for the following periods: 1. For a class 2
 *  felony, seven years. 2. For a class 3 felony, five years. 3. For a class 4 felony, four years. 4. For
 *  a class 5 or 6 felony, three years. 5. For a class 1 misdemeanor, three years. 6. For a class 2
 *  misdemeanor, two years. 7. For a class 3 misdemeanor, one year."
 * (E), as summarized: "After a conviction of a felony offense or an attempt to commit any offense
 *  included in Title 13, Chapter 14 or 35.1, A.R.S. § 13-3824 or other specified offenses such as
 *  terrorism, stalking or child sex trafficking, if probation is available, probation may continue for a
 *  term not less than the terms specified above up to and including life."
 * (House of Representatives summary of SB 1284 (2023), azleg.gov, read 2026-12-03. (B), DUI five years
 *  and aggravated DUI ten, and (C), the restitution extension, from practitioners' summaries. The
 *  statute's own text was not found in any stored copy: README, open question 8.)
 *
 * Readings chosen:
 * - The period runs from the start (§ 13-903(A): "commences on the day it is imposed or as designated by
 *   the court"), month-end clamped; its last day is start + the months (spec § 3). The days § 13-903 does
 *   not count move it as they move the scheduled end (`endWithStops`): the period is of probation served.
 * - Several counts on one term run together: the longest period of any count governs. A count whose period
 *   cannot be known (no class in the record or the offense table, a class 1 felony, a level the section
 *   does not list) leaves the term without a limit, with a warning, since that count's could be the longest.
 * - (E): a felony under chapter 14 (§§ 13-1401 ff.), chapter 35.1 (§§ 13-3551 to 13-3560), § 13-3824,
 *   § 13-2308.01 (terrorism), § 13-2923 (stalking) or § 13-3212 (child sex trafficking), or tagged
 *   `sex_registration` in the record, may be on probation for life: no limit. A felony under § 13-3623
 *   (child or vulnerable adult abuse, named by the Robina Institute profile) may be too, perhaps only
 *   under some of its paragraphs: no limit, with a warning (correction of 2026-12-04). The summary's
 *   "other specified offenses" were not all read, so every felony limit carries that caveat as a warning.
 * - (B): a count under § 28-1381 or § 28-1382 has five years, under § 28-1383 ten, whatever its class.
 * - (C): an extension order on a felony probation is read as the restitution extension, the only one past
 *   the period the section allows, and counted up to five years in all, where restitution was unpaid on
 *   the order's date; not counted where the record shows none ordered or all of it paid by then; where
 *   the record gives no restitution, assumed (a warning). An extension of a probation on misdemeanors
 *   only is not known to be allowed or not: no limit is given, with a warning.
 * - Version: the sentence date (the court's power is the law's when it imposed probation).
 * - Reported only where the term as it stands runs past the limit (`statutoryMaxEndDate`, a `term_cap`:
 *   the court corrects an order past the statutory period), as the federal limit is; a term within it,
 *   or a lifetime term (imposed under (E)), reports nothing. A missing class is warned of only where the
 *   term runs past the shortest period the count's level has.
 */
import { addMonths, describeMonths, type Day } from '../../../dates/calendar.ts';
import { normalizeStatute } from '../../../engine/offense-table.ts';
import { addTermCapOpportunity, askTheCourtToCorrect, runsPast } from '../../../engine/term-cap.ts';
import { oncePerTerm } from '../../../engine/term-context.ts';
import { restitutionBalance, type Interval, type OffenseFacts, type OrderFacts } from '../../../engine/term-facts.ts';
import { usAzOffenseTable } from '../offense-table.ts';
import { felonyClassOf, misdemeanorClassOf, offenseName } from './offense-class.ts';
import { endWithStops, tolling, type Ctx } from './shared.ts';

const C = (sub: string) => `A.R.S. § 13-902${sub}`;

/** § 13-902(E): felonies that may carry probation for life, by section as the offense table normalises it. */
const LIFETIME = /^ARS (13-14\d\d|13-355[1-9]|13-3560|13-3824|13-2308\.01|13-2923|13-3212)(?![\d.])/;
/**
 * § 13-902(E) as a profile of Arizona probation gives it (Robina Institute, "Probation in Arizona", read
 * 2026-12-04): "child or vulnerable adult abuse" is among the offenses that may carry probation up to life.
 * Whether (E) reaches every felony under § 13-3623 or only abuse under circumstances likely to cause death
 * or serious physical injury was not read [U], so such a count gives no limit (with a warning), never a
 * limit by its class.
 */
const CHILD_ABUSE = /^ARS 13-3623(?![\d.])/;
const DUI = /^ARS 28-138[12](?![\d.])/;
const AGGRAVATED_DUI = /^ARS 28-1383(?![\d.])/;

/**
 * A count's period: months and the subsection that sets them; `life` under (E); or unknown, with the
 * least and the most its level could give (months; Infinity where the section gives no bound).
 */
type CountPeriod = { months: number; citation: string } | { life: OffenseFacts } | { unknown: string; atLeast: number; atMost: number };

/** What the section gives this term: a limit (before the days § 13-903 does not count), or why none. */
type Period =
  | { kind: 'none' }
  | { kind: 'life'; offense: OffenseFacts }
  | { kind: 'lifetime_unlisted' }
  /** `surelyWithin`: months from the start the term may run whatever the unknown count's period is. */
  | { kind: 'unknown'; reason: string; surelyWithin: number }
  | { kind: 'misdemeanor_extended'; unmoved: Day }
  | {
      kind: 'limit';
      months: number;
      citation: string;
      unmoved: Day;
      /** The extension orders the limit moves with, each cut to what (C) has left. */
      extensions: OrderFacts[];
      /** Months the court ordered, and months of them counted. */
      orderedMonths: number;
      extensionMonths: number;
      extensionCap: number;
      /** Orders (C) cannot allow: no restitution ordered, or all of it paid by the order's date. */
      uncounted: { order: OrderFacts; why: 'no_restitution' | 'paid' }[];
    };

const period: (ctx: Ctx) => Period = oncePerTerm(computePeriod);

function computePeriod(ctx: Ctx): Period {
  const { term, offenses, sentence, start } = ctx.facts;
  if (term.kind !== 'probation' || offenses.length === 0) return { kind: 'none' };
  if (ctx.param(ctx.params.probationPeriod.felonyMonthsByClass, sentence) === undefined) return { kind: 'none' };
  const counts = offenses.map((o) => countPeriod(ctx, o, sentence));
  // An (E) count allows any length, whatever the other counts are.
  for (const c of counts) if ('life' in c) return { kind: 'life', offense: c.life };
  // A lifetime term whose counts (E) was not found to list.
  if (ctx.facts.imposedEnd === null) return { kind: 'lifetime_unlisted' };
  let longest: { months: number; citation: string } | undefined;
  for (const c of counts) if ('months' in c && (longest === undefined || c.months > longest.months)) longest = c;
  const known = longest?.months ?? 0;
  // A count whose period is unknown matters only where it could be longer than the longest known one.
  const open = counts.filter((c): c is Extract<CountPeriod, { unknown: string }> => 'unknown' in c && c.atMost > known);
  if (open.length > 0) {
    return { kind: 'unknown', reason: open[0]!.unknown, surelyWithin: Math.max(known, ...open.map((c) => c.atLeast)) };
  }
  const unmoved = addMonths(start, longest!.months);
  const orders = ctx.facts.orders.filter((o) => o.type === 'extension' && o.months !== undefined && o.months > 0);
  if (orders.length > 0 && !offenses.some((o) => o.level === 'felony')) return { kind: 'misdemeanor_extended', unmoved };
  // (C): an extension counts only while restitution ordered as a condition is unpaid on its date (where
  // the record gives no restitution at all, that is assumed, with a warning), and up to its most in all;
  // an order past the most counts for what is left.
  const extensionCap = ctx.param(ctx.params.probationPeriod.restitutionExtensionMonths, sentence)!.value;
  const ordered = term.restitutionOrderedUsd;
  let left = extensionCap;
  let orderedMonths = 0;
  const extensions: OrderFacts[] = [];
  const uncounted: { order: OrderFacts; why: 'no_restitution' | 'paid' }[] = [];
  for (const o of orders) {
    orderedMonths += o.months!;
    if (ordered === 0) uncounted.push({ order: o, why: 'no_restitution' });
    else if (ordered !== undefined && restitutionBalance(ctx.facts, o.day) === 0) uncounted.push({ order: o, why: 'paid' });
    else {
      const months = Math.min(o.months!, left);
      if (months > 0) extensions.push({ ...o, months });
      left -= months;
    }
  }
  return {
    kind: 'limit',
    ...longest!,
    unmoved,
    extensions,
    orderedMonths,
    extensionMonths: extensionCap - left,
    extensionCap,
    uncounted,
  };
}

/**
 * The latest end § 13-902 allows, moved by the stopped days given (§ 13-903; all of them, or those
 * before a day, as the time credits count them); undefined where the section sets none for this term.
 */
export function periodLimitWith(ctx: Ctx, stopped: readonly Interval[]): Day | undefined {
  const p = period(ctx);
  return p.kind === 'limit' ? endWithStops(ctx, p.unmoved, p.extensions, stopped).end : undefined;
}

/**
 * The end the term can lawfully reach: the scheduled end, or the latest end § 13-902 allows where that is
 * earlier (credit cannot shorten days the law does not allow the term to run, and what happens after
 * that day cannot move the end).
 */
export function lawfulEnd(ctx: Ctx): Day | null {
  const scheduled = ctx.scheduledEnd;
  const limit = periodLimitWith(ctx, tolling(ctx).merged);
  if (limit === undefined) return scheduled;
  return scheduled === null || limit < scheduled ? limit : scheduled;
}

export function longestProbation(ctx: Ctx): void {
  const p = period(ctx);
  const { start } = ctx.facts;
  switch (p.kind) {
    case 'none':
      return;
    case 'life':
      if (runsPast(ctx, addMonths(start, shortestMonths(ctx, 'felony')))) {
        ctx.explain(
          `Arizona allows probation of any length, up to life, for ${offenseName(p.offense)}, so no latest end applies to this probation.`,
          [C('(E)')],
        );
      }
      return;
    case 'lifetime_unlisted':
      ctx.warn(
        'This is a lifetime probation. A.R.S. § 13-902(E) allows one only for some felonies (sexual offenses, terrorism, stalking, child sex trafficking, child or vulnerable adult abuse and others not all read here), and no count was found among those checked; if none of them is listed, the period its class sets is the longest the law allows. No latest end is given.',
      );
      return;
    case 'unknown':
      // Said only where it could matter: the term runs past what it surely may.
      if (runsPast(ctx, addMonths(start, p.surelyWithin)))
        ctx.warn(`${p.reason} So no latest end under A.R.S. § 13-902 is given for this probation.`);
      return;
    case 'misdemeanor_extended':
      if (runsPast(ctx, endWithStops(ctx, p.unmoved, [], tolling(ctx).merged).end)) {
        ctx.warn(
          'This misdemeanor probation was extended past the period A.R.S. § 13-902(A) sets for it. The section as read here allows extending felony probation for unpaid restitution and says nothing read about misdemeanor probation, so no latest end is given.',
        );
      }
      return;
  }
  const extended = endWithStops(ctx, p.unmoved, p.extensions, []).end;
  const limit = periodLimitWith(ctx, tolling(ctx).merged)!;
  // Whether an extension is counted decides the limit, so it is said whether or not the term runs past it.
  for (const { order, why } of p.uncounted) {
    ctx.warn(
      `The extension ordered on ${ctx.date(order.day)} is not counted toward the latest end: A.R.S. § 13-902(C) allows extending felony probation past its period only while restitution ordered as a condition of probation is unpaid, and ${why === 'paid' ? 'the record shows it paid in full by then' : 'the record shows no restitution ordered'}.`,
    );
  }
  if (p.extensions.length > 0) {
    ctx.warn(
      `An extension of a felony probation past its period is allowed only where restitution ordered as a condition of probation was unpaid, and by at most ${describeMonths(p.extensionCap)} in all (A.R.S. § 13-902(C)). The latest end here counts the court's extension as such${ctx.facts.term.restitutionOrderedUsd === undefined ? ' (the record does not say whether restitution was ordered)' : ''}; if it was not, the latest end is earlier.`,
    );
  }
  // Reported only where the term as it stands runs past the limit, as the federal limit is.
  if (!runsPast(ctx, limit)) return;
  const citations = [p.citation, ...(p.extensionMonths > 0 ? [C('(C)')] : []), ...(limit !== extended ? ['A.R.S. § 13-903'] : [])];
  const byExtension =
    p.extensionMonths === 0
      ? ''
      : p.extensionMonths < p.orderedMonths
        ? `, extended by ${describeMonths(p.extensionMonths)} of the ${describeMonths(p.orderedMonths)} the court ordered (what A.R.S. § 13-902(C) allows)`
        : `, extended by ${describeMonths(p.extensionMonths)} as the court ordered`;
  const stopped = limit === extended ? '' : ', with the days that did not count toward it added';
  ctx.capAt(
    limit,
    `Arizona law lets this probation continue for at most ${describeMonths(p.months)} from the day it ${ctx.tense(start, 'began', 'begins')} (${ctx.date(start)})${byExtension}${stopped}, so it ${ctx.endBy(limit)}.`,
    citations,
  );
  if (ctx.facts.offenses.some((o) => o.level === 'felony')) {
    ctx.warn(
      'A.R.S. § 13-902(E) allows probation up to life for some felonies besides the sexual offenses, terrorism, stalking, child sex trafficking and child or vulnerable adult abuse the record was checked for; if this is one of them, the latest end above does not apply.',
    );
  }
  addTermCapOpportunity(ctx, limit, citations, {
    advice: askTheCourtToCorrect(ctx, limit),
    basis: 'Probation may not continue past the period A.R.S. § 13-902 sets for the offense; the court corrects an order that runs longer.',
  });
}

function countPeriod(ctx: Ctx, o: OffenseFacts, sentence: Day): CountPeriod {
  const p = ctx.params.probationPeriod;
  const statute = normalizeStatute(o.offense.statute, usAzOffenseTable);
  const name = offenseName(o);
  if (o.level === 'felony' && (LIFETIME.test(statute) || o.tags.has('sex_registration'))) return { life: o };
  if (o.level === 'felony' && CHILD_ABUSE.test(statute)) {
    const { months } = classPeriod(ctx, o, sentence);
    return {
      unknown: `A.R.S. § 13-902(E) allows probation up to life for child or vulnerable adult abuse (${name === o.offense.statute ? name : `${name}, A.R.S. § 13-3623`}), at least where the abuse was likely to cause death or serious physical injury; the record does not show which kind this is.`,
      atLeast: months ?? levelBounds(ctx, 'felony').atLeast,
      atMost: Infinity,
    };
  }
  if (AGGRAVATED_DUI.test(statute)) return { months: ctx.param(p.aggravatedDuiMonths, sentence)!.value, citation: C('(B)') };
  if (DUI.test(statute)) return { months: ctx.param(p.duiMonths, sentence)!.value, citation: C('(B)') };
  if (o.level === 'felony') {
    const { cls, months } = classPeriod(ctx, o, sentence);
    if (months !== undefined) return { months, citation: C(`(A)(${cls === '2' ? 1 : cls === '3' ? 2 : cls === '4' ? 3 : 4})`) };
    return cls === undefined
      ? {
          unknown: `The record does not give the felony class of ${name} (field class), and A.R.S. § 13-902(A) sets the longest probation by class.`,
          ...levelBounds(ctx, 'felony'),
        }
      : { unknown: `A class ${cls} felony (${name}) has no probation period in A.R.S. § 13-902(A).`, atLeast: 0, atMost: Infinity };
  }
  if (o.level === 'misdemeanor') {
    const cls = misdemeanorClassOf(o);
    const months = cls === undefined ? undefined : ctx.param(p.misdemeanorMonthsByClass, sentence)!.value[cls];
    if (months !== undefined) return { months, citation: C(`(A)(${Number(cls) + 4})`) };
    return {
      unknown: `The record does not give the misdemeanor class (1, 2 or 3) of ${name} (field class), and A.R.S. § 13-902(A) sets the longest probation by class.`,
      ...levelBounds(ctx, 'misdemeanor'),
    };
  }
  return {
    unknown: `A.R.S. § 13-902(A) sets probation periods for felonies and misdemeanors by class; ${name} is recorded as neither.`,
    atLeast: 0,
    atMost: Infinity,
  };
}

/** A felony count's class and the period § 13-902(A) gives that class (undefined where it gives none). */
function classPeriod(ctx: Ctx, o: OffenseFacts, sentence: Day): { cls: string | undefined; months: number | undefined } {
  const { cls } = felonyClassOf(o);
  return { cls, months: cls === undefined ? undefined : ctx.param(ctx.params.probationPeriod.felonyMonthsByClass, sentence)!.value[cls] };
}

/** The periods § 13-902(A) gives a count of this level, by class. */
function periodsOf(ctx: Ctx, level: 'felony' | 'misdemeanor'): number[] {
  const p = ctx.params.probationPeriod;
  return Object.values(ctx.param(level === 'felony' ? p.felonyMonthsByClass : p.misdemeanorMonthsByClass, ctx.facts.sentence)!.value);
}

function shortestMonths(ctx: Ctx, level: 'felony' | 'misdemeanor'): number {
  return Math.min(...periodsOf(ctx, level));
}

/** The least and the most a count of this level could have, its class not known. */
function levelBounds(ctx: Ctx, level: 'felony' | 'misdemeanor'): { atLeast: number; atMost: number } {
  const periods = periodsOf(ctx, level);
  return { atLeast: Math.min(...periods), atMost: Math.max(...periods) };
}
