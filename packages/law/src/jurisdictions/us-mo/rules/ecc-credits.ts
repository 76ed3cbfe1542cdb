/**
 * RSMo § 217.703.3–.6: how credits are earned, lost for a month, and rescinded.
 *
 * 3. "Earned compliance credits shall reduce the term of probation, parole, or conditional release by
 *    thirty days for each full calendar month of compliance with the terms of supervision. Credits shall
 *    begin to accrue for eligible offenders after the first full calendar month of supervision or on
 *    October 1, 2012, if the offender began a term … before September 1, 2012."
 * 4. "'compliance' shall mean the absence of an initial violation report or notice of citation submitted
 *    by a probation or parole officer during a calendar month, or a motion to revoke or motion to suspend
 *    filed by a prosecuting or circuit attorney, against the offender."
 * 5. "Credits shall not accrue during any calendar month in which a violation report, which may include a
 *    report of absconder status, has been submitted, the offender is in custody, or a motion to revoke or
 *    motion to suspend has been filed, and shall be suspended pending the outcome of a hearing, if a
 *    hearing is held. If no hearing is held, or if a hearing is held and the offender is continued under
 *    supervision, or the court or board finds that the violation did not occur, then the offender shall be
 *    deemed to be in compliance and shall begin earning credits on the first day of the next calendar
 *    month following the month in which the report was submitted or the motion was filed. If a hearing is
 *    held, all earned credits shall be rescinded if: (1) The court or board revokes the probation or parole
 *    or the court places the offender in a department program under subsection 4 of section 559.036; or
 *    (2) The offender is found … to be ineligible to earn compliance credits …"
 * 6. "Offenders who are deemed by the division to be absconders shall not earn credits. …"
 *
 * Readings chosen (see README):
 * - Months are full calendar months inside the term (engine `fullCalendarMonths`, walked by
 *   engine `FullMonthWalk`); credit for month M posts on the first day of M+1. The first full month earns (DOC;
 *   parameter firstFullMonthEarns) and no month before September 2012 earns (parameter firstEarningMonth).
 * - A month earns nothing if a violation report of any status (reported, sustained, even later dismissed:
 *   subsection 5 keys on the report being submitted) is dated in it, or any custody or absconding touches
 *   it (subsection 5 says "in custody" without qualification). Open custody or absconding on the as-of
 *   date is taken to end that day: the projection assumes compliance from the as-of date on.
 * - Months after the as-of date are projected as compliant.
 * - Rescission: a revocation order (later reinstated; an unreinstated revocation closes the term in the
 *   engine) rescinds every credit posted on or before it; a sustained violation with a `prison` sanction
 *   on probation is read as the 120-day program under § 559.036.4 and rescinds the same way. Earning
 *   resumes on the first day of the month after reinstatement, or after release from the program
 *   (violation date + sanction days, 120 if not given) — parameter reinstatementResume. A placement dated
 *   after the discharge the law required (the ledger without it) is left out, as a revocation that late
 *   is (`withoutCutsAfterDischarge`).
 * - A `credits_ineligible` order ends eligibility (ecc-eligibility.ts): no credits stand.
 * - A pending report (status `reported`) suspends credits until a hearing; the projection assumes the
 *   person is continued, so the suspended credits stand and the months after the report earn.
 * - Not in the data, so not modelled (README, officer checklist): prosecutors' motions to revoke or
 *   suspend, citations, treatment-court entry (subsection 12), court suspension of the term.
 * - Which date selects the version: the credit rate is read for each month on its first day; whether
 *   the law is in force is read on the as-of date.
 */
import { addMonths, firstOfNextMonth, formatLongDate, formatMonthYear, parseIsoDate, type Day } from '../../../dates/calendar.ts';
import {
  anyDayIn,
  creditsPostedBy,
  dayCreditsSatisfyTerm,
  FullMonthWalk,
  type CalendarMonth,
  type CreditPosting,
} from '../../../engine/compliance-months.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import { restitutionPaidInFullOn, type Interval } from '../../../engine/term-facts.ts';
import type { UsMoParameters } from '../parameters.ts';
import { dischargeTiming, requiredDischarge, twoYearDate } from './ecc-discharge.ts';
import { eccEligibility } from './ecc-eligibility.ts';
import { oncePerTerm } from '../../../engine/term-context.ts';
import { creditDaysWords, formatCount } from '../../../engine/words.ts';

type Ctx = TermContext<UsMoParameters>;

export const CITE_3 = 'RSMo § 217.703.3';
export const CITE_5 = 'RSMo § 217.703.5';
const CITE_7_DISCHARGE = 'RSMo § 217.703.7';

export interface Rescission {
  day: Day;
  /** Credit days taken away. */
  days: number;
  text: string;
}

export interface Ledger {
  /** Postings that stand (after rescission), including projected future months, in order. */
  postings: CreditPosting[];
  rescissions: Rescission[];
  /** Past months (posting on or before as-of) inside the earning window that earned nothing. */
  lostMonths: { month: CalendarMonth; why: string }[];
  /** Program placements dated after the law had already discharged the term, left out, with that day. */
  placementsTooLate: { day: Day; dischargedOn: Day }[];
}

/** A rescission: the day credits before it are taken away, the day earning resumes, and how it is told. */
interface Cut {
  day: Day;
  resumes: Day;
  /** A 120-day program placement (a violation event), rather than a revocation order. */
  placement: boolean;
  text: string;
}

/**
 * Program placements dated after the discharge the law required are left out: the court "shall order
 * final discharge" once time and credits satisfy the term (§ 217.703.7), so nothing was left to place in
 * a program or take credits from (as revocation orders that late are left out: evaluate.ts
 * `ordersTooLate`, State ex rel. Jonas v. Minor). Taken in date order, each placement is tested against
 * the discharge the ledger without it (and without the later ones) gives.
 */
function withoutCutsAfterDischarge(
  ctx: Ctx,
  cuts: readonly Cut[],
  walk: (cuts: readonly Cut[]) => Ledger,
  t: { start: Day; end: Day; floorDay: Day; gated: boolean; paidOn: Day | undefined },
): Ledger {
  const placements = cuts.filter((c) => c.placement);
  if (placements.length === 0 || !eccEligibility(ctx).eligible) return walk(cuts);
  const dischargedBy = (ledger: Ledger): Day | null =>
    requiredDischarge({ ...t, satisfied: dayCreditsSatisfyTerm(t.start, t.end - t.start, ledger.postings) ?? t.end, asOf: ctx.asOf })
      .required;
  for (let i = 0; i < placements.length; i++) {
    const kept = cuts.filter((c) => !c.placement || c.day < placements[i]!.day);
    const ledger = walk(kept);
    const discharged = dischargedBy(ledger);
    if (discharged !== null && discharged < placements[i]!.day) {
      ledger.placementsTooLate = placements.slice(i).map((c) => ({ day: c.day, dischargedOn: discharged }));
      return ledger;
    }
  }
  return walk(cuts);
}

/** The credit ledger of an eligible term (or of one whose only gap is a missing fact); null otherwise. */
export const creditLedger: (ctx: Ctx) => Ledger | null = oncePerTerm((ctx: Ctx) => computeLedger(ctx));

/** Intervals with an open end closed on the as-of date (compliance assumed from then on). */
function closedAt(intervals: readonly Interval[], asOf: Day): readonly Interval[] {
  if (intervals.length === 0) return intervals;
  return intervals.map((i) => (i.end === null ? { start: i.start, end: asOf } : i));
}

const parsedFirstEarning = new Map<string, Day>();

/** The first month that can earn (parameter firstEarningMonth, read on the as-of date), as a day. */
function firstEarningDay(ctx: Ctx): Day {
  const iso = ctx.param(ctx.params.ecc.firstEarningMonth, ctx.asOf)!.value;
  let day = parsedFirstEarning.get(iso);
  if (day === undefined) {
    day = parseIsoDate(iso);
    parsedFirstEarning.set(iso, day);
  }
  return day;
}

/** The first day after `day` on which a parameter's value changes (or +∞). */
function nextChange(fromDays: readonly Day[], day: Day): Day {
  for (const d of fromDays) if (d > day) return d;
  return Number.POSITIVE_INFINITY;
}

function touches(intervals: readonly Interval[], m: CalendarMonth): boolean {
  for (const i of intervals) if (i.start <= m.last && (i.end ?? m.last) >= m.first) return true;
  return false;
}

/** The first day of the full month after `skip` others inside [start, end]; end + 1 if there is none. */
function fullMonthFirst(start: Day, end: Day, skip: number): Day {
  const m = new FullMonthWalk(start);
  for (let i = 0; i < skip; i++) m.next();
  return m.last <= end ? m.first : end + 1;
}

/**
 * The last day of "the total term" credits must satisfy (§ 217.703.7): the scheduled end, extensions
 * included, but never past the § 559.016.3 limit (probation-term-limit.ts, which runs first and is the
 * only rule here to set `statutoryMax`): an extension beyond it adds nothing the credits must cover.
 */
export function creditTermEnd(ctx: Ctx): Day | null {
  const { scheduledEnd, statutoryMax } = ctx;
  return statutoryMax !== null && (scheduledEnd === null || statutoryMax < scheduledEnd) ? statutoryMax : scheduledEnd;
}

/**
 * The ledger of credits against a term that ends on `end` (by default the term as the rules have found it):
 * the § 559.016 limit asks, before it is set, what the credits did against the limit without its extra year.
 */
export function computeLedger(ctx: Ctx, end: Day | null = creditTermEnd(ctx)): Ledger | null {
  const elig = eccEligibility(ctx);
  if (!elig.inForce || (!elig.eligible && !elig.curable)) return null;
  if (end === null) return null;
  const { start, violations, orders, term } = ctx.facts;
  const asOf = ctx.asOf;
  const p = ctx.params.ecc;

  // Months are walked from the first full month to the end, stopping once the term is satisfied: months
  // after the day the term is satisfied cannot change the result.
  // The explanation counts credits through the discharge, which is never before the two-year date or the
  // day restitution was paid (even where those are after the as-of date): months past the later of those
  // matter only until the term is satisfied.
  const termDays = end - start;
  const floorDay = twoYearDate(ctx)?.day ?? start;
  const gated = (ctx.param(p.restitutionGate, asOf)?.value ?? true) && (term.restitutionOrderedUsd ?? 0) > 0;
  const paidOn = gated ? restitutionPaidInFullOn(ctx.facts) : undefined;
  const needThrough = Math.max(floorDay, gated ? (paidOn ?? asOf) : start);
  const firstEarning = firstEarningDay(ctx);
  const firstFullEarns = ctx.param(p.firstFullMonthEarns, asOf)?.value ?? true;
  const baseFrom = firstFullEarns
    ? Math.max(fullMonthFirst(start, end, 0), firstEarning)
    : start < firstEarning
      ? addMonths(firstEarning, 1)
      : fullMonthFirst(start, end, 1);

  // Rescissions, in date order: [day credits up to which are rescinded, day earning resumes].
  const resume = ctx.param(p.reinstatementResume, asOf)?.value ?? true;
  const cuts: Cut[] = [];
  for (let i = 0; i < orders.length; i++) {
    const o = orders[i]!;
    if (o.type !== 'revocation') continue;
    const back = orders.find((r, j) => j > i && r.type === 'reinstatement');
    const resumes = back !== undefined && resume ? firstOfNextMonth(back.day) : Number.POSITIVE_INFINITY;
    cuts.push({
      day: o.day,
      resumes,
      placement: false,
      text: `On ${formatLongDate(o.day)} this term was revoked, which takes away all credits earned before then${back !== undefined ? `; after you were put back on supervision on ${formatLongDate(back.day)}` + (resume ? `, you earn again from ${formatLongDate(resumes)}` : '') : ''}.`,
    });
  }
  if (term.kind === 'probation') {
    for (const v of violations) {
      if (v.status !== 'sustained' || v.event.sanction?.type !== 'prison') continue;
      const days = v.event.sanction.days;
      if (days === undefined)
        ctx.warn(
          `The prison sanction for the violation of ${formatLongDate(v.day)} gives no length; it was read as the 120-day program of RSMo § 559.036.4.`,
        );
      const out = v.day + (days ?? 120);
      const resumes = resume ? firstOfNextMonth(out) : Number.POSITIVE_INFINITY;
      cuts.push({
        day: v.day,
        resumes,
        placement: true,
        text: `For the violation reported on ${formatLongDate(v.day)} you were sent to a Department of Corrections program, which takes away all credits earned before then${resume ? `; you earn again from ${formatLongDate(resumes)}, the first of the month after the program ends (about ${formatLongDate(out)})` : ''}.`,
      });
    }
  }
  cuts.sort((a, b) => a.day - b.day);

  const walk = (cuts: readonly Cut[]): Ledger => {
    let earningFrom = baseFrom;
    let lastCut = Number.NEGATIVE_INFINITY;
    for (const c of cuts) {
      lastCut = c.day;
      earningFrom = Math.max(earningFrom, c.resumes);
    }

    const reports = violations.map((v) => v.day);
    const custody = closedAt(ctx.facts.custody, asOf);
    const absconded = closedAt(ctx.facts.absconded, asOf);

    const postings: CreditPosting[] = [];
    const lostMonths: Ledger['lostMonths'] = [];
    const rescissionDays = cuts.map(() => 0);
    let rate = 0;
    let rateUntil = Number.NEGATIVE_INFINITY;
    let credited = 0;
    for (const m = new FullMonthWalk(start); m.last <= end; m.next()) {
      // Satisfied by the first day of this month (served + credits ≥ term) and past the as-of date: stop.
      if (m.first > needThrough && m.first - start + credited >= termDays) break;
      if (m.first < firstEarning) continue;
      // The rate in force on the month's first day, re-read only when a dated value changes.
      if (m.first >= rateUntil) {
        rate = ctx.param(p.creditDaysPerMonth, m.first)?.value ?? 0;
        rateUntil = nextChange(p.creditDaysPerMonth.fromDays, m.first);
      }
      const why = anyDayIn(reports, m)
        ? REPORT_MONTH
        : touches(absconded, m)
          ? 'you were listed as an absconder that month'
          : touches(custody, m)
            ? 'you were in custody that month'
            : undefined;
      if (m.posts <= lastCut) {
        // Earned (inside the window open before the cut), then rescinded by the first cut on or after its posting day.
        const k = cuts.findIndex((c) => c.day >= m.posts);
        const from = k > 0 ? Math.max(baseFrom, cuts[k - 1]!.resumes) : baseFrom;
        if (why === undefined && k >= 0 && m.first >= from) rescissionDays[k]! += rate;
        continue;
      }
      if (m.first < earningFrom) continue;
      if (why !== undefined) {
        if (m.posts <= asOf) lostMonths.push({ month: m.current(), why });
        continue;
      }
      if (rate <= 0) continue;
      postings.push({ posts: m.posts, days: rate });
      credited += rate;
    }

    const rescissions = cuts.map((c, k) => ({ day: c.day, days: rescissionDays[k]!, text: c.text }));
    return { postings, rescissions, lostMonths, placementsTooLate: [] };
  };

  return withoutCutsAfterDischarge(ctx, cuts, walk, { start, end, floorDay, gated, paidOn });
}

/** Rule: counts the credits that stand on the as-of date and explains the months that earned nothing. */
export function earnedComplianceCredits(ctx: Ctx): void {
  const elig = eccEligibility(ctx);
  if (!elig.inForce) return;
  const ledger = creditLedger(ctx);
  if (ledger === null || !elig.eligible) {
    ctx.setEarnedCredits(0);
    return;
  }
  const rate = ctx.param(ctx.params.ecc.creditDaysPerMonth, ctx.asOf)?.value ?? 30;
  const startsOld = ctx.facts.start < firstEarningDay(ctx);
  ctx.explain(
    `For each full calendar month with no violation report, no time in custody and no absconding, ${rate} days come off your term. The credit for a month is added on the first day of the next month.` +
      (startsOld
        ? ' Your term began before September 2012, when credits started; the first month that could earn was September 2012.'
        : ''),
    [CITE_3, 'RSMo § 217.703.4', CITE_5, 'RSMo § 217.703.6'],
  );
  for (const late of ledger.placementsTooLate) {
    ctx.explain(
      `The program placement for the violation of ${formatLongDate(late.day)} came after the law had already required your discharge, on ${formatLongDate(late.dischargedOn)}, so it takes no credits away.`,
      [CITE_7_DISCHARGE],
    );
  }
  for (const r of ledger.rescissions) {
    ctx.explain(`${r.text}${r.days > 0 ? ` (${r.days} days of credit were taken away.)` : ''}`, ['RSMo § 217.703.5(1)']);
  }
  if (ledger.lostMonths.length > 0) {
    // What a report costs is said only where a report cost a month.
    const report = ledger.lostMonths.some((m) => m.why === REPORT_MONTH)
      ? ' A month with a report only loses that month: you earn again from the next month unless your supervision is revoked.'
      : '';
    ctx.explain(`These months earned no credit: ${lostMonthsText(ledger.lostMonths)}.${report}`, [CITE_5, 'RSMo § 217.703.6']);
  }
  // Credits stop with the discharge: none post after a discharge already due on or before the as-of date,
  // and a report made after it has no credits left to hold (§ 217.703.7: the offender "shall be discharged").
  const discharged = dischargeTiming(ctx)?.mandatory ?? null;
  const pending = ctx.facts.violations.filter((v) => v.status === 'reported' && (discharged === null || v.day <= discharged));
  for (const v of pending) {
    ctx.warn(
      `The violation report of ${formatLongDate(v.day)} has no recorded outcome. Credits are on hold until any hearing; this projection assumes you stay on supervision, which keeps them. A revocation or a 120-day program placement would take them all away (RSMo § 217.703.5).`,
    );
  }
  warnJailNotRecordedAsCustody(ctx, discharged);
  if (ctx.facts.custody.some((i) => i.end === null) || ctx.facts.absconded.some((i) => i.end === null)) {
    ctx.warn(`Custody or absconding was still open on ${ctx.date(ctx.asOf)}; the projection assumes it ended that day.`);
  }
  const through = discharged !== null && discharged < ctx.asOf ? discharged : ctx.asOf;
  const standing = creditsPostedBy(ledger.postings, through);
  ctx.setEarnedCredits(standing);
  ctx.explain(
    `${through < ctx.asOf ? `By ${formatLongDate(through)}, the day the law required your discharge, you had` : `As of ${formatLongDate(ctx.asOf)} you have`} ${creditDaysWords(standing, rate)}.`,
    [CITE_3],
  );
}

/**
 * A jail sanction the record gives with a length but no custody for it: the days in jail are custody, and a
 * month in custody earns no credit (§ 217.703.5), but when they were served the record does not say (the
 * sanction follows a hearing). Counted from the violation's day they would run into a later month; where no
 * recorded custody covers them, a warning says so and nothing is taken away.
 */
function warnJailNotRecordedAsCustody(ctx: Ctx, discharged: Day | null): void {
  for (const v of ctx.facts.violations) {
    const sanction = v.event.sanction;
    if (v.status !== 'sustained' || sanction?.type !== 'jail' || sanction.days === undefined || sanction.days < 1) continue;
    if (discharged !== null && v.day > discharged) continue;
    const last = v.day + sanction.days - 1;
    const nextMonth = firstOfNextMonth(v.day);
    if (last < nextMonth) continue;
    // Custody recorded in the later months the days would reach stands for them.
    if (ctx.facts.custody.some((c) => c.start <= last && (c.end === null || c.end >= nextMonth))) continue;
    ctx.warn(
      `The record gives a jail sanction of ${formatCount(sanction.days)} days for the violation of ${formatLongDate(v.day)}, but no custody for it after ${formatMonthYear(v.day)}. A calendar month in which you were in custody earns no credit (RSMo § 217.703.5); if any of those days fell in a later month, that month's credit was counted here and should not have been.`,
    );
  }
}

const REPORT_MONTH = 'a violation report was filed that month';

/** "March 2024 (you were in custody that month); …": the first six lost months, then how many more. */
function lostMonthsText(lost: Ledger['lostMonths']): string {
  const shown = Math.min(lost.length, 6);
  let text = '';
  for (let i = 0; i < shown; i++) text += `${i > 0 ? '; ' : ''}${formatMonthYear(lost[i]!.month.first)} (${lost[i]!.why})`;
  const more = lost.length - shown;
  return more > 0 ? `${text}; and ${more} more` : text;
}
