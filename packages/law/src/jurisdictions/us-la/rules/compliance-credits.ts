/**
 * La. C.Cr.P. art. 895.6(A)–(B) (probation) and La. R.S. 15:574.6.1(A)–(B) (parole): who earns
 * earned compliance credits, how many, and when an officer may rescind them. Repealed by Act 7 of the
 * 2024 2nd Ex. Sess., § 2.
 *
 * 895.6(A) (2017 text, legis.la.gov): "Every defendant on felony probation pursuant to Article 893 for an
 *   offense other than a crime of violence as defined in R.S. 14:2(B) or a sex offense as defined in
 *   R.S. 15:541 shall earn a diminution of probation term, to be known as 'earned compliance credits', by
 *   good behavior. The amount of diminution of probation term allowed under this Article shall be at the
 *   rate of thirty days for every full calendar month on probation."
 * 895.6(A)(2) (Act 508 of 2018, lawserver.com): "A defendant who is ordered by the court to enter and
 *   complete a specialty court program is not eligible to receive earned compliance credits …" (drug
 *   division, DWI or sobriety court, mental health court, Veterans Court, reentry court, Swift and
 *   Certain Probation Pilot Program).
 * 895.6(B): "If the defendant's probation and parole officer has reasonable cause to believe that a
 *   defendant on felony probation has not been compliant with the conditions of his probation in a given
 *   calendar month, he may rescind thirty days of earned compliance credits as an administrative sanction
 *   pursuant to Article 899.2. Credits may be rescinded only for a month in which the defendant is found
 *   not to be in compliance."
 * R.S. 15:574.6.1(A)(1)–(2), (B)(1) (legalfix, 2018 text): the same for "every offender on parole", "at
 *   the rate of thirty days for every full calendar month on parole"; a parolee "required to enter and
 *   complete a reentry court program" is not eligible; rescission "as an administrative sanction under
 *   R.S. 15:574.7", without the parolee's consent ((B)(2)).
 * (Texts read 2026-11-30.)
 *
 * Readings chosen (README, "Readings"):
 * - Months: full calendar months inside the term (those of engine `fullCalendarMonths`, walked by
 *   `FullMonthWalk`); credit for month M posts on the first day of M+1. The month of a mid-month start
 *   does not count.
 * - Which date selects the version: the rate is read on each month's LAST day (the day it is complete),
 *   so November 2017 is the first month that earns and March 2024 the last (repeal April 29, 2024).
 *   Months after the as-of date are projected under the law in force ON THE AS-OF DATE: a person
 *   evaluated before the repeal is projected to keep earning (that law was in force then); from the
 *   repeal on, no later month earns where the repeal reaches the offense. Eligibility rules (specialty
 *   court) are read on the as-of date.
 * - Reach of the repeal (parameter `credits.earlierOffensesKeepEarning`, default true): the repeal reaches
 *   offenses committed on or after the repeal date (the latest offense of the term); a term for an
 *   earlier offense keeps earning 30 days a month, as the law in force when the offense was committed
 *   gave (Weaver v. Graham, 450 U.S. 24 (1981): cutting the credit a person can earn for an earlier
 *   offense is an ex post facto law; 2025 HB 208 keys the parole repeal to offenses on or after April 29,
 *   2024). The alternative (no month ending on or after the repeal earns, for anyone; credits earned
 *   before it kept) is one parameter away, and a warning on every term the repeal touches says which
 *   reading was used.
 * - Rescission: the statute grants credit for every full month "on probation" and lets the officer take
 *   30 days back for a month in which the person is FOUND non-compliant. The record has no rescission
 *   event, so a month is read as rescinded when a violation report that was not dismissed is dated in it,
 *   or custody or absconding touches it (the spec's convention of a non-compliant month). A dismissed
 *   report is no finding of non-compliance and costs nothing. The officer "may": the projection assumes
 *   the officer does, and a warning says so for pending reports. Net effect: such a month earns 0.
 * - Open custody or absconding on the as-of date is taken to end on it: months after the as-of date are
 *   projected compliant.
 * - A revocation later undone by a reinstatement: credits earned before it stand (nothing in the article
 *   takes them away), but a month the term stood revoked in, even in part, is no full calendar month "on
 *   probation" (or parole) and earns nothing (engine `revokedSpans`).
 * - Several offenses on one term: one crime of violence or sex offense excludes the whole term.
 * - Specialty or reentry court: not in the record format. On probation a term may carry
 *   `specialtyCourt: true` or `reentryCourt: true` (895.6(A)(2) lists "a reentry court established
 *   pursuant to R.S. 13:5401" among the specialty court programs); on parole only `reentryCourt: true`
 *   excludes (574.6.1(A)(2) names a reentry court program and nothing else), and `specialtyCourt: true`
 *   without `reentryCourt` is taken as some other program, with a warning. A `credits_ineligible` order
 *   is read as the court's order into such a program or its finding that the person may not earn
 *   credits, and acts from its day: "shall not be eligible to receive" credits looks forward, and no text
 *   read takes back credit earned in earlier months (as the spec's "may not earn"). On or before the
 *   start it excludes the whole term. Absent, the person is taken as not in one, with a warning.
 *   A term flagged as in such a program that began before the exclusion took effect (August 1, 2018,
 *   Act 508) is read the same way: no month that ends on or after that day earns, and credits for the
 *   months before it stand ("is not eligible to receive" looks forward, as for the order).
 * - Felony probation only (art. 893); misdemeanor probation earns nothing under art. 895.6.
 * - Restitution: no condition appears in the text read; unpaid restitution is not treated as a gate
 *   (warning where restitution was ordered).
 */
import { formatLongDate, formatMonthYear, minDay, parseIsoDate, type Day } from '../../../dates/calendar.ts';
import {
  creditsPostedBy,
  dayCreditsSatisfyTermWhileRunning,
  daysStoodBefore,
  FullMonthWalk,
  type CalendarMonth,
  type CreditPosting,
} from '../../../engine/compliance-months.ts';
import { citationsOf, type CriterionResult } from '../../../engine/criteria.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { firstInForce, ParameterWalk } from '../../../engine/parameters.ts';
import { revokedSpans, type Interval } from '../../../engine/term-facts.ts';
import { REPEAL_DAY_ISO, type UsLaParameters } from '../parameters.ts';
import { governingOffenseDay, termFlag, warnOffenseDate, warnViolenceDependsOnForm, type Ctx } from './shared.ts';
import { oncePerTerm } from '../../../engine/term-context.ts';
import { creditDaysWords } from '../../../engine/words.ts';
import { supervisedAsParole } from './scope.ts';

export const CITE_PROB_A = 'La. C.Cr.P. art. 895.6(A)';
export const CITE_PROB_A2 = 'La. C.Cr.P. art. 895.6(A)(2)';
export const CITE_PROB_B = 'La. C.Cr.P. art. 895.6(B)';
export const CITE_PAR_A = 'La. R.S. 15:574.6.1(A)(1)';
export const CITE_PAR_A2 = 'La. R.S. 15:574.6.1(A)(2)';
export const CITE_PAR_B = 'La. R.S. 15:574.6.1(B)(1)';
export const CITE_REPEAL = 'Acts 2024, 2nd Ex. Sess., No. 7, § 2';
const REPEAL_DAY = parseIsoDate(REPEAL_DAY_ISO);

const PAROLE_CITES = { a: CITE_PAR_A, a2: CITE_PAR_A2, b: CITE_PAR_B } as const;
const PROBATION_CITES = { a: CITE_PROB_A, a2: CITE_PROB_A2, b: CITE_PROB_B } as const;

export function cites(ctx: Ctx): { readonly a: string; readonly a2: string; readonly b: string } {
  return supervisedAsParole(ctx.facts.term.kind) ? PAROLE_CITES : PROBATION_CITES;
}

/** The supervision the articles cover: felony probation (art. 893) or parole (release on good time included). */
export function creditsCover(ctx: Ctx): 'probation' | 'parole' | null {
  const { term, level } = ctx.facts;
  if (supervisedAsParole(term.kind)) return 'parole';
  if (term.kind === 'probation' && level === 'felony') return 'probation';
  return null;
}

export interface CreditEligibility {
  criteria: CriterionResult[];
  /** Every criterion met or assumed met. */
  eligible: boolean;
}

export const creditEligibility: (ctx: Ctx) => CreditEligibility = oncePerTerm(computeEligibility);

function names(list: readonly { offense: { description?: string; statute: string } }[]): string {
  const text = list.map((o) => o.offense.description ?? o.offense.statute).join(' and ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function computeEligibility(ctx: Ctx): CreditEligibility {
  const c = cites(ctx);
  const parole = supervisedAsParole(ctx.facts.term.kind);
  const criteria: CriterionResult[] = [];
  ctx.needClassification(['violent', 'sex_registration'], 'Earned compliance credits (La. C.Cr.P. art. 895.6; La. R.S. 15:574.6.1)');

  const violent = ctx.offensesWith('violent');
  criteria.push(
    violent.length > 0
      ? {
          id: 'not_crime_of_violence',
          met: false,
          exclusion: true,
          reason: `${names(violent)} is a crime of violence under La. R.S. 14:2(B), and people ${parole ? 'on parole' : 'on probation'} for a crime of violence do not earn compliance credits.`,
          citations: [c.a, 'La. R.S. 14:2(B)'],
        }
      : { id: 'not_crime_of_violence', met: true, reason: 'Your offense is not a crime of violence.', citations: [c.a] },
  );
  const sex = ctx.offensesWith('sex_registration');
  criteria.push(
    sex.length > 0
      ? {
          id: 'not_sex_offense',
          met: false,
          exclusion: true,
          reason: `${names(sex)} is a sex offense under La. R.S. 15:541, and people supervised for a sex offense do not earn compliance credits.`,
          citations: [c.a, 'La. R.S. 15:541'],
        }
      : { id: 'not_sex_offense', met: true, reason: 'Your offense is not a sex offense.', citations: [c.a] },
  );
  warnViolenceDependsOnForm(ctx, 'no compliance credits apply');

  const { flagged, unknownFlag, excludedFrom, program } = excludedProgram(ctx);
  const specialty = termFlag(ctx, 'specialtyCourt');
  const excluded = excludedFrom !== undefined && excludedFrom <= ctx.asOf;
  const order = ctx.facts.orders.find((o) => o.type === 'credits_ineligible');
  if (order !== undefined && order.day <= ctx.facts.start) {
    criteria.push({
      id: 'not_specialty_court',
      met: false,
      exclusion: true,
      reason: `On ${ctx.date(order.day)} the court ordered that you may not earn compliance credits on this term (read as an order into ${program}).`,
      citations: [c.a2],
    });
  } else if (order !== undefined) {
    // From its day on, the ledger earns nothing (computeLedger); what was earned before stands.
    criteria.push({
      id: 'not_specialty_court',
      met: true,
      reason: `The court's order of ${ctx.date(order.day)} that you may not earn compliance credits acts from that day: credits for the months before it stand.`,
      citations: [c.a2],
    });
  } else if (flagged && excluded && excludedFrom! > ctx.facts.start) {
    criteria.push({
      id: 'not_specialty_court',
      met: true,
      reason: `You were ordered to enter and complete ${program}. From ${ctx.date(excludedFrom!)} people in such a program earn no compliance credits: credits for the months before that day stand.`,
      citations: [c.a2],
    });
  } else if (flagged && excluded) {
    criteria.push({
      id: 'not_specialty_court',
      met: false,
      exclusion: true,
      reason: `You were ordered to enter and complete ${program}, and people in such a program do not earn compliance credits.`,
      citations: [c.a2],
    });
  } else if (excluded && unknownFlag) {
    criteria.push({
      id: 'not_specialty_court',
      met: 'unknown',
      reason: `You are taken as not ordered into ${program}.`,
      assumption:
        parole && specialty === true
          ? `The record says you are in a specialty court program but not whether it is a reentry court program; on parole only a reentry court program bars compliance credits (${c.a2}). This evaluation assumes it is not one.`
          : `The record does not say whether the court ordered you into ${program}; people in one earn no compliance credits (${c.a2}). This evaluation assumes you were not.`,
      citations: [c.a2],
    });
  } else if (flagged) {
    // Before the exclusion took effect: the law in force on the as-of date does not bar credits.
    criteria.push({
      id: 'not_specialty_court',
      met: true,
      reason: `You were ordered to enter and complete ${program}, which does not bar compliance credits under the law in force on ${ctx.date(ctx.asOf)}.`,
      citations: [c.a],
    });
  } else {
    criteria.push({ id: 'not_specialty_court', met: true, reason: `You are not in ${program}.`, citations: [c.a2] });
  }
  return { criteria, eligible: criteria.every((x) => x.met !== false) };
}

/**
 * The term's program (art. 895.6(A)(2), R.S. 15:574.6.1(A)(2)): whether the record puts the person in one
 * that bars credits, or does not say, and the day the bar took effect. Art. 895.6(A)(2) counts a reentry
 * court among the specialty court programs; R.S. 15:574.6.1(A)(2) names only a reentry court program.
 * `specialtyCourt: false` is read as "in no such program".
 */
function excludedProgram(ctx: Ctx): { flagged: boolean; unknownFlag: boolean; excludedFrom: Day | undefined; program: string } {
  const parole = supervisedAsParole(ctx.facts.term.kind);
  const specialty = termFlag(ctx, 'specialtyCourt');
  const reentry = termFlag(ctx, 'reentryCourt');
  const p = ctx.params.credits.specialtyCourtExcluded;
  const first = p.answers.findIndex((a) => a?.value === true);
  return {
    flagged: parole ? reentry === true : specialty === true || reentry === true,
    unknownFlag: parole ? reentry === undefined && specialty !== false : specialty === undefined && reentry === undefined,
    excludedFrom: first < 0 ? undefined : p.fromDays[first],
    program: parole
      ? 'a reentry court program'
      : 'a specialty court program (such as drug court, DWI court, mental health court, veterans court or reentry court)',
  };
}

export interface LostMonth {
  month: CalendarMonth;
  why: string;
}

export interface CreditLedger {
  /** Months that earn, in order (days > 0), up to the day the term is satisfied (see `satisfiedBefore`). */
  postings: CreditPosting[];
  /** Months inside the term that earned nothing because of a report, custody or absconding. */
  lost: LostMonth[];
  /** Months the term stood revoked in (revocation to reinstatement): not months on supervision, no credit. */
  revokedMonths: CalendarMonth[];
  /**
   * The day from which credits may not be earned, inside the term: a finding made during it, or the day
   * the bar on a program the person was in took effect; months ending from it earn nothing.
   */
  ineligibleFrom: Day | null;
  /** What set `ineligibleFrom`. */
  ineligibleBy: 'order' | 'program';
  /** Full months of the term ending on or after that finding. */
  afterFinding: number;
  /** Full months of the term that the law did not reach (before November 2017, or after the repeal). */
  beforeLaw: number;
  afterRepeal: number;
  /** Full months of the term that the law reached (whether or not they earned). */
  underLaw: number;
  rate: number;
  rescind: number;
  /** The repeal cut off months of this term (under the reading in force). */
  repealCut: boolean;
  /** Months ending on or after the repeal that earn because the offense came before it (the reading by offense date). */
  keptEarning: boolean;
  /** The term the credits count against: the scheduled end, or the statutory maximum where earlier. */
  termEnd: Day;
}

/** The credit ledger of an eligible-or-not term; null where the articles do not cover it. */
export const creditLedger: (ctx: Ctx) => CreditLedger | null = oncePerTerm(computeLedger);

/** An interval still open on the as-of date ends there: later months are projected compliant. */
function touches(intervals: readonly Interval[], month: CalendarMonth, asOf: Day): boolean {
  for (const i of intervals) if (i.start <= month.last && (i.end ?? asOf) >= month.first) return true;
  return false;
}

/**
 * True when days served plus the credits already listed cover the term before `posts`, a day inside the
 * term: the term is then satisfied (`satisfiedOn`) before the posting, and so are all later postings
 * inside the term. Such postings change nothing anyone reads (every reader of a satisfied term stops at
 * the satisfaction day), so the ledger leaves them out: credits stop posting once the term is satisfied.
 * A posting the day after the term ends is always listed: it counts where the term is not satisfied early.
 */
function satisfiedBefore(posts: Day, termEnd: Day, listed: number, revoked: readonly Interval[], start: Day): boolean {
  return posts <= termEnd && termEnd - listed + daysStoodBefore(revoked, start, posts) < posts;
}

function computeLedger(ctx: Ctx): CreditLedger | null {
  const cover = creditsCover(ctx);
  // A term with no end of its own (a lifetime order) still ends at the art. 893 maximum, and credits count
  // against that: art. 895.6(A) covers "every defendant on felony probation pursuant to Article 893".
  const termEnd = minDay(ctx.scheduledEnd, ctx.statutoryMax);
  if (cover === null || termEnd === null) return null;
  const p = ctx.params.credits;
  const rateParam = cover === 'parole' ? p.paroleDaysPerMonth : p.probationDaysPerMonth;
  const { start, violations, custody, absconded } = ctx.facts;
  const asOf = ctx.asOf;
  const rescind = ctx.param(p.rescissionDays, asOf)?.value ?? 30;
  const keepEarning = ctx.param(p.earlierOffensesKeepEarning, asOf)?.value ?? false;
  const repealDay = firstInForce(p.earlierOffensesKeepEarning) ?? REPEAL_DAY;
  const keptEarning = keepEarning && governingOffenseDay(ctx).day < repealDay;
  const lawStart = firstInForce(rateParam);

  const postings: CreditPosting[] = [];
  const lost: LostMonth[] = [];
  let beforeLaw = 0;
  let afterRepeal = 0;
  let underLaw = 0;
  let keptAfterRepeal = 0;
  let rate = 30;
  let listed = 0;
  const rates = new ParameterWalk(rateParam, ctx.asOf);
  const revoked = revokedSpans(ctx.facts.orders);
  const revokedMonths: CalendarMonth[] = [];
  const finding = ctx.facts.orders.find((o) => o.type === 'credits_ineligible')?.day;
  const program = excludedProgram(ctx);
  const programFrom =
    finding === undefined &&
    program.flagged &&
    program.excludedFrom !== undefined &&
    program.excludedFrom <= asOf &&
    program.excludedFrom > start
      ? program.excludedFrom
      : undefined;
  const ineligibleFrom = finding !== undefined && finding > start ? finding : (programFrom ?? null);
  let afterFinding = 0;
  for (const m = new FullMonthWalk(start); m.last <= termEnd; m.next()) {
    // The law in force when the month is complete, or on the as-of date for a month still to come.
    let day = m.last < asOf ? m.last : asOf;
    if (keptEarning && day >= repealDay) {
      day = repealDay - 1;
      keptAfterRepeal++;
    }
    const r = rates.at(day);
    if (r === undefined) {
      if (lawStart === undefined || day < lawStart) beforeLaw++;
      else afterRepeal++;
      continue;
    }
    underLaw++;
    rate = r.value;
    if (ineligibleFrom !== null && m.last >= ineligibleFrom) {
      afterFinding++;
      continue;
    }
    let why: string | undefined;
    // A month the term stood revoked in is not a full calendar month "on probation" (or parole): no credit.
    if (touches(revoked, m, asOf)) {
      revokedMonths.push(m.current());
      continue;
    }
    if (m.first <= asOf) {
      for (const v of violations) {
        if (v.status !== 'dismissed' && v.day >= m.first && v.day <= m.last) {
          why = v.status === 'reported' ? 'a violation report, not yet decided' : 'a violation';
          break;
        }
      }
      if (why === undefined && touches(custody, m, asOf)) why = 'time in custody';
      if (why === undefined && touches(absconded, m, asOf)) why = 'absconding';
    }
    const days = why === undefined ? r.value : Math.max(0, r.value - rescind);
    if (why !== undefined) lost.push({ month: m.current(), why });
    if (days > 0 && !satisfiedBefore(m.posts, termEnd, listed, revoked, start)) {
      postings.push({ posts: m.posts, days });
      listed += days;
    }
  }
  return {
    postings,
    lost,
    revokedMonths,
    ineligibleFrom,
    ineligibleBy: programFrom === undefined ? 'order' : 'program',
    afterFinding,
    beforeLaw,
    afterRepeal,
    underLaw,
    rate,
    rescind,
    repealCut: afterRepeal > 0,
    keptEarning: keptAfterRepeal > 0,
    termEnd,
  };
}

/**
 * The first day on which days served plus credits posted reach the term (engine `dayCreditsSatisfyTerm`);
 * null where that does not happen before the term ends on its own, or no ledger applies. Credits stop
 * posting after it. No minimum time on supervision appears in the texts read.
 */
export const satisfiedOn: (ctx: Ctx) => Day | null = oncePerTerm((ctx) => {
  const ledger = creditLedger(ctx);
  if (ledger === null || !creditEligibility(ctx).eligible) return null;
  // Art. 895.6(D) and R.S. 15:574.6.1 count "time served on" probation or parole: the days the term stood
  // revoked are not served on it (reading chosen; the same reason their months earn nothing).
  const s = dayCreditsSatisfyTermWhileRunning(ctx.facts.start, ledger.termEnd, ledger.postings, revokedSpans(ctx.facts.orders));
  return s !== null && s >= ledger.termEnd ? null : s;
});

export const earnedComplianceCredits: Rule<UsLaParameters> = (ctx) => {
  const cover = creditsCover(ctx);
  const c = cites(ctx);
  const kind = cover === 'parole' ? 'parole' : 'probation';
  if (cover === null) {
    if (ctx.facts.term.kind === 'probation') {
      // Told in the present while art. 895.6 is law on the as-of date (2017-11-01 to the 2024 repeal).
      const were = ctx.param(ctx.params.credits.probationDaysPerMonth, ctx.asOf)?.value == null ? 'were' : 'are';
      ctx.explain(
        `Earned compliance credits in Louisiana ${were} only for felony probation and parole. Your probation is for a misdemeanor, so no credits apply.`,
        [CITE_PROB_A],
      );
    }
    return;
  }
  const ledger = creditLedger(ctx);
  const lawStart = firstInForce(cover === 'parole' ? ctx.params.credits.paroleDaysPerMonth : ctx.params.credits.probationDaysPerMonth);
  if (ledger === null || lawStart === undefined) return;
  if (ctx.asOf < lawStart) {
    ctx.explain(
      `Louisiana's earned compliance credits start on ${formatLongDate(lawStart)}. On ${ctx.date(ctx.asOf)} they were not in effect yet, so no credits apply.`,
      [c.a],
    );
    return;
  }
  if (ledger.underLaw === 0) {
    // Only the reading that stops credits for everyone can have cut off a term for an earlier offense; by the
    // offense date, an earlier offense with no month under the law simply had none (a term ended before 2017).
    const stopsForEveryone = !(ctx.param(ctx.params.credits.earlierOffensesKeepEarning, ctx.asOf)?.value ?? false);
    const offenseAfterRepeal = governingOffenseDay(ctx).day >= REPEAL_DAY;
    ctx.explain(
      `Louisiana gave 30 days of earned compliance credit for each full calendar month on ${kind} from November 1, 2017, but repealed the credits from ${formatLongDate(REPEAL_DAY)}. ` +
        (offenseAfterRepeal && !stopsForEveryone
          ? governingOffenseDay(ctx).fellBackToSentence
            ? `The record gives no offense date, so your sentence date, ${ctx.date(governingOffenseDay(ctx).day)}, was used in its place; it is on or after that day, so no credits apply. If your offense was committed before ${formatLongDate(REPEAL_DAY)}, you keep earning them.`
            : `Your offense was committed on ${ctx.date(governingOffenseDay(ctx).day)}, on or after that day, so no credits apply.`
          : `No full month of your ${kind} came while the credits were law, so none apply.`),
      [c.a, CITE_REPEAL],
    );
    if (offenseAfterRepeal && !stopsForEveryone) {
      warnOffenseDate(ctx, 'Whether the 2024 repeal of compliance credits reaches this term');
      // The repeal's day is inferred (README, reading 3), so an offense on or after it is told as such.
      ctx.warn(
        `The day the 2024 repeal of compliance credits took effect, ${formatLongDate(REPEAL_DAY)}, is inferred (the 60th day after the session's final adjournment; Act 7 of 2024 names no effective date and its applicability section was not read). If the repeal took effect later, an offense committed before that later day still earns 30 days for each full month, and your ${kind} would end sooner.`,
      );
    }
    if (stopsForEveryone && !offenseAfterRepeal && ctx.asOf >= REPEAL_DAY) {
      warnOffenseDate(ctx, 'Whether the 2024 repeal of compliance credits reaches this term');
      ctx.warn(
        `Your offense was committed before the 2024 repeal of compliance credits (${formatLongDate(REPEAL_DAY)}). This evaluation reads the repeal as ending credits for everyone from that date. If it reaches only offenses committed after it, you would earn 30 days for each full month and your ${kind} would end sooner.`,
      );
    }
    return;
  }
  const elig = creditEligibility(ctx);
  if (!elig.eligible) {
    const failing = elig.criteria.filter((x) => x.met === false);
    ctx.explain(`You do not earn compliance credits on this ${kind}. ${failing.map((x) => x.reason).join(' ')}`, citationsOf(failing));
    return;
  }
  for (const x of elig.criteria) if (x.met === 'unknown') ctx.warn(x.assumption);

  ctx.explain(
    `Louisiana law gives you ${ledger.rate} days off your ${kind} for every full calendar month you are on it. This is called an earned compliance credit. Each month's credit is added on the first day of the next month.` +
      (ledger.beforeLaw > 0 ? ' Months before November 2017, when the credits began, do not count.' : ''),
    [c.a],
  );
  if (ledger.revokedMonths.length > 0) {
    const months = ledger.revokedMonths.map((m) => formatMonthYear(m.first));
    ctx.explain(
      `${months.length === 1 ? `${months[0]} earned` : `${months.slice(0, -1).join(', ')} and ${months.at(-1)} earned`} no credit: your ${kind} stood revoked then, and credit is earned only for full calendar months on it.`,
      [c.a],
    );
  }
  if (ledger.ineligibleFrom !== null && ledger.afterFinding > 0) {
    const from =
      ledger.ineligibleBy === 'order'
        ? `On ${ctx.date(ledger.ineligibleFrom)} the court ordered that you may not earn compliance credits on this ${kind} (read as an order into a specialty court program)`
        : `From ${ctx.date(ledger.ineligibleFrom)} people ordered into ${excludedProgram(ctx).program} earn no compliance credits`;
    ctx.explain(`${from}, so no month that ends on or after that day earns credit. Credits earned for the months before it stand.`, [c.a2]);
  }
  // Months after the credits had satisfied the term cost nothing: the term was over.
  const satisfied = satisfiedOn(ctx);
  const lost = satisfied === null ? ledger.lost : ledger.lost.filter((l) => l.month.first < satisfied);
  if (lost.length > 0) {
    const shown = lost.slice(0, 6).map((l) => `${formatMonthYear(l.month.first)} (${l.why})`);
    const more = lost.length - shown.length;
    ctx.explain(
      `Your officer may take back ${ledger.rescind} days for a month in which you were found not to follow your conditions. This evaluation takes them back for: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`,
      [c.b],
    );
  }
  // A revocation later undone: nothing in the article takes credits away for it; only a month found not
  // in compliance loses its credit (B), which the month of the violation already does.
  const reinstated = ctx.facts.orders.find((o) => o.type === 'reinstatement');
  if (reinstated !== undefined) {
    ctx.explain(
      `You were put back on your ${kind} on ${formatLongDate(reinstated.day)} after a revocation. That does not take away credits earned before it: the law lets your officer take back credit only for a month in which you were found not to follow your conditions.`,
      [c.b],
    );
  }
  if (ctx.facts.violations.some((v) => v.status === 'reported')) {
    ctx.warn(
      `A violation report on this term has no recorded outcome. The officer may take back ${ledger.rescind} days only for a month in which you are found not to be in compliance; this projection assumes the month is lost. If the report is dismissed, that month's credit stands.`,
    );
  }
  if (ctx.facts.custody.some((i) => i.end === null) || ctx.facts.absconded.some((i) => i.end === null)) {
    ctx.warn(`Custody or absconding was still open on ${ctx.date(ctx.asOf)}; the projection assumes it ended that day.`);
  }
  if ((ctx.facts.term.restitutionOrderedUsd ?? 0) > 0) {
    ctx.warn(
      'Restitution was ordered on this term. The credit law read here does not make credits wait for restitution, so unpaid restitution is not treated as a bar; whether the Department applies one is not known.',
    );
  }
  // The repeal matters only where the term was not already satisfied before it.
  const repealMatters = satisfied === null || satisfied >= REPEAL_DAY;
  if (ledger.repealCut && repealMatters) {
    ctx.explain(
      `Louisiana repealed earned compliance credits in 2024, from ${formatLongDate(REPEAL_DAY)}. Credits you earned before then still count, but months after that earn nothing.`,
      [CITE_REPEAL],
    );
  }
  if (ledger.keptEarning && repealMatters) {
    ctx.explain(
      `Louisiana repealed earned compliance credits in 2024, from ${formatLongDate(REPEAL_DAY)}. The repeal is read as reaching only offenses committed on or after that day. Your offense was committed before it, so you keep earning ${ledger.rate} days for each full month, as the law gave when you committed it.`,
      [CITE_REPEAL, c.a],
    );
  }
  if ((ledger.repealCut || ledger.keptEarning) && repealMatters) {
    warnOffenseDate(ctx, 'Whether the 2024 repeal of compliance credits reaches this term');
    ctx.warn(
      ledger.keptEarning
        ? `Act 7 of 2024 repealed compliance credits from ${formatLongDate(REPEAL_DAY)}. This evaluation reads the repeal as reaching only offenses committed on or after that date (an earlier offense keeps the credits the law gave when it was committed), so your credits keep adding up. The text of Act 7 does not say this directly; if the repeal stopped credits for everyone from that date, ${ctx.facts.start < REPEAL_DAY ? 'you would keep the credits earned through March 2024' : `you would earn none, since your ${kind} began after it,`} and your ${kind} would end later.`
        : `Act 7 of 2024 repealed compliance credits from ${formatLongDate(REPEAL_DAY)}; the date and the reach of the repeal are not settled in the text read. This evaluation stops new credits from that date for everyone and keeps credits already earned. If the repeal reaches only offenses committed after it, you would keep earning 30 days a month and your ${kind} would end sooner.`,
    );
  }

  const through = satisfied !== null && satisfied < ctx.asOf ? satisfied : ctx.asOf;
  const standing = creditsPostedBy(ledger.postings, through);
  ctx.setEarnedCredits(standing);
  ctx.explain(
    `${through < ctx.asOf ? `By ${formatLongDate(through)}, when your term was satisfied, you had` : `As of ${ctx.date(ctx.asOf)} you have`} ${creditDaysWords(standing, ledger.rate)}.` +
      (standing === 0 && ledger.postings.length > 0 ? ` Your first credit is added on ${ctx.date(ledger.postings[0]!.posts)}.` : ''),
    [c.a],
  );
};
