/**
 * A.R.S. § 13-924(A)–(D): earned time credit (ETC) and work time credit (WTC), and when they would let
 * the court end probation early.
 *
 * (A) "The court may adjust the period of a probationer's supervised probation on the recommendation of
 *     an adult probation officer for earned time credit or work time credit."
 * (B) "Earned time credit equals twenty days for every thirty days that a probationer does all of the
 *     following: 1. Exhibits positive progression toward the goals and treatment of the probationer's
 *     case plan. 2. Is current on payments for court ordered restitution and is in compliance with all
 *     other nonmonetary obligations. 3. Is current in completing community restitution."
 * (C) "Work time credit equals thirty days for every thirty days that a probationer does all of the
 *     following: 1. Is engaged in eligible employment. A probationer must provide supporting
 *     documentation to the supervising probation officer within five business days after completing
 *     thirty days of eligible employment. The supervising probation officer must verify the
 *     probationer's employment … 2.–4. [the same three conditions as (B)]."
 * (D) "Time credit awarded pursuant to this section shall be revoked if a probationer is found in
 *     violation of a condition of probation." (2008 wording, quoted by Coconino County; the 2023 fact
 *     sheet: "A court must revoke earned time credit awarded … if the probationer violates probation
 *     conditions.")
 * (Subsections A–C read 2026-11-30 from the self-law.org and lawserver.com copies of the current text;
 * both break off after (C)(4), so the current wording and letter of the revocation subsection, and the
 * definitions of "eligible employment" and "supporting documentation", were not read: (D) is inferred
 * from the 2008 order with (C) inserted by Laws 2023, ch. 53 (HB 2055). See README.)
 *
 * Readings chosen (README, "Readings"):
 * - Periods: rolling 30-day periods from the start date (§ 13-903(A)); period k runs from start +
 *   30(k − 1) to start + 30k − 1, and its credit vests on start + 30k. Rates are read on each period's
 *   first day, so no period that began before the law (ETC 2008-09-26, WTC 2024-01-01) earns that credit.
 * - One credit per period (parameter `stacking`): WTC where the whole period lies inside recorded
 *   employment, else ETC.
 * - A period earns nothing if, within it: a violation was found (`sustained`), or reported with no
 *   outcome (parameter `pendingReportBreaksPeriod`); a new conviction is dated; the person absconded or
 *   the term was stopped under § 13-903(B); the person was in custody for a violation or a new charge;
 *   or the person was behind on restitution (parameter `restitutionCurrentTest`, pro rata by default).
 *   Case-plan progress and community restitution are not in the record: assumed met (warning).
 * - Revocation (D): a violation found (`sustained`, or a `revocation` order later reinstated) revokes
 *   every credit vested on or before its date; credit earns again from later periods (the text does not
 *   bar it). A dismissed report changes nothing.
 * - The court's grant (A): credit counts only when the court adjusts the term. The record has no such
 *   order, so `earnedCreditDays` is 0 (parameter `countBeforeCourtGrant`) and the credits the person is
 *   eligible for are in the explanation and in the opportunity's extra field `eligibleCreditDays`.
 *   Never a `dischargeByLaw`: the adjustment is the court's choice.
 * - The opportunity: `earned_discharge` on the first day D on which days served (D − start) plus
 *   eligible credits vested by D reach the scheduled end − start (the scheduled end includes § 13-903
 *   tolling and extensions). Later periods are projected: they earn as the person stands on the as-of
 *   date (current on restitution or not; employed or not) with no new violation.
 * - Behind on restitution on the as-of date: the opportunity is "almost" eligible, with the date it
 *   would open if the person caught up now.
 */
import type { Day } from '../../../dates/calendar.ts';
import { creditsPostedBy, dayCreditsSatisfyTerm, type CreditPosting } from '../../../engine/compliance-months.ts';
import { addOpportunityFromCriteria, type CriterionResult, type OpportunitySpec } from '../../../engine/criteria.ts';
import type { Opportunity } from '../../../engine/evaluation.ts';
import { mergedWhereTheyMeet, paidBy, type Interval } from '../../../engine/term-facts.ts';
import { exclusionAhead, exclusionTouching, exclusionWords } from './other-probations.ts';
import { eligibility } from './eligibility.ts';
import { CITE, endWithStops, tolling, type Ctx } from './shared.ts';
import { lawfulEnd, periodLimitWith } from './longest-probation.ts';
import { oncePerTerm } from '../../../engine/term-context.ts';
import { formatCount, formatDollars } from '../../../engine/words.ts';

export interface Period {
  k: number;
  first: Day;
  last: Day;
  /** The day its credit would have vested: the day after its 30th day. */
  posts: Day;
  /** Why it earned nothing. */
  why: string;
}

export interface Revocation {
  day: Day;
  days: number;
}

export interface Posting extends CreditPosting {
  /** Work time credit (alone or stacked). */
  wtc: boolean;
}

export interface Ledger {
  /** Past periods (ended by the as-of date) inside the law's reach that earned nothing, with why. */
  lost: Period[];
  /** Postings that stand after revocation, including projected ones, in order. */
  postings: Posting[];
  revocations: Revocation[];
  /** First day served + standing credits reach the term; null if not before the scheduled end. */
  satisfied: Day | null;
  /** The end `satisfied` reaches: the scheduled end, less the stops that began after that day. */
  termEnd: Day;
  /** Standing credit days vested on or before the as-of date (and not after `satisfied`). */
  eligibleByAsOf: number;
  usedWtc: boolean;
  projectedWtc: boolean;
  restitution: RestitutionStanding | null;
}

export interface RestitutionStanding {
  ordered: number;
  paidByAsOf: number;
  dueByAsOf: number;
  currentOnAsOf: boolean;
}

const PENNY = 0.005;

/** The earned-discharge opportunity with the credit days the person may be eligible for. */
type EarnedDischarge = Opportunity & { eligibleCreditDays?: number };

/** The first day after `day` on which a parameter's value changes (or +∞). */
function nextChange(fromDays: readonly Day[], day: Day): Day {
  for (const d of fromDays) if (d > day) return d;
  return Number.POSITIVE_INFINITY;
}

function touches(intervals: readonly Interval[], first: Day, last: Day, openUntil: Day): boolean {
  for (const i of intervals) if (i.start <= last && (i.end ?? openUntil) >= first) return true;
  return false;
}

function employedThrough(jobs: readonly Interval[], first: Day, last: Day): boolean {
  for (const j of jobs) if (j.start <= first && (j.end === null || j.end >= last)) return true;
  return false;
}

/** "its scheduled end on March 1, 2027", or "the latest end the law allows, March 1, 2025" where § 13-902 sets it. */
function endWords(ctx: Ctx, end: Day): string {
  return end === ctx.scheduledEnd ? `its scheduled end on ${ctx.date(end)}` : `the latest end the law allows, ${ctx.date(end)}`;
}

/** The ledger of a term that can earn (or whose only gap is a missing fact); null otherwise. */
export const ledger: (ctx: Ctx) => Ledger | null = oncePerTerm((ctx) => computeLedger(ctx, false));

/** The same ledger with later periods treated as current on restitution (for "if you caught up now"). */
export function ledgerIfCaughtUp(ctx: Ctx): Ledger | null {
  return computeLedger(ctx, true);
}

function computeLedger(ctx: Ctx, assumeCaughtUp: boolean): Ledger | null {
  const e = eligibility(ctx);
  const end = lawfulEnd(ctx);
  if (!e.inForce || (!e.eligible && !e.curable) || end === null) return null;
  const p = ctx.params.credits;
  const { start, violations, convictions, custody, orders, term } = ctx.facts;
  const asOf = ctx.asOf;
  const len = ctx.param(p.periodDays, asOf)?.value ?? 30;
  const stacking = ctx.param(p.stacking, asOf)?.value ?? false;
  const pendingBreaks = ctx.param(p.pendingReportBreaksPeriod, asOf)?.value ?? true;
  const test = ctx.param(p.restitutionCurrentTest, asOf)?.value ?? 'pro_rata';

  const found: Day[] = [];
  const pending: Day[] = [];
  for (const v of violations) {
    if (v.status === 'sustained') found.push(v.day);
    else if (v.status === 'reported') pending.push(v.day);
  }
  const heldFor = custody.filter((c) => c.reason === 'violation' || c.reason === 'new_charge');
  const stopped = tolling(ctx).merged;
  const jobs = mergedWhereTheyMeet(ctx.facts.employment);

  // Restitution: a straight-line schedule over the term as imposed stands in for the payment order.
  const ordered = term.restitutionOrderedUsd ?? 0;
  const scheduleDays = Math.max(1, (ctx.facts.imposedEnd ?? end) - start);
  const paceTested = ordered > 0 && test === 'pro_rata';
  // Only the pro-rata test reads payments period by period.
  const restitutionPayments = paceTested ? ctx.facts.payments.filter((x) => x.event.kind === 'restitution') : [];
  const dueBy = (day: Day) => ordered * Math.min(1, (day - start + 1) / scheduleDays);
  let restitution: RestitutionStanding | null = null;
  if (paceTested) {
    const paid = paidBy(ctx.facts, 'restitution', asOf);
    const due = dueBy(asOf);
    restitution = { ordered, paidByAsOf: paid, dueByAsOf: due, currentOnAsOf: paid + PENNY >= due };
  }
  const futureCurrent = restitution === null || restitution.currentOnAsOf || assumeCaughtUp;

  // Revocation days: a violation found, or a revocation order (one not reinstated closed the term).
  const revokeDays = [...found];
  for (const o of orders) if (o.type === 'revocation') revokeDays.push(o.day);
  if (revokeDays.length > 1) revokeDays.sort((a, b) => a - b);

  const lost: Period[] = [];
  const earned: Posting[] = [];
  let etcVal: number | undefined;
  let wtcVal: number | undefined;
  let etcUntil = Number.NEGATIVE_INFINITY;
  let wtcUntil = Number.NEGATIVE_INFINITY;
  let paidPtr = 0;
  let paidSum = 0;
  let usedWtc = false;
  let projectedWtc = false;
  let credited = 0;
  const lastRevocation = revokeDays.length > 0 ? revokeDays[revokeDays.length - 1]! : Number.NEGATIVE_INFINITY;
  for (let k = 1; ; k++) {
    const first = start + len * (k - 1);
    const last = first + len - 1;
    const posts = last + 1;
    if (posts > end) break;
    // Satisfied before this period vests and past the as-of date: later periods cannot matter.
    if (first > asOf && posts > lastRevocation && first - start + credited >= end - start) break;
    // Rates in force on the period's first day, re-read only when a dated value changes.
    if (first >= etcUntil) {
      etcVal = ctx.param(p.etcDays, first)?.value;
      etcUntil = nextChange(p.etcDays.fromDays, first);
    }
    if (first >= wtcUntil) {
      wtcVal = ctx.param(p.wtcDays, first)?.value;
      wtcUntil = nextChange(p.wtcDays.fromDays, first);
    }
    const etc = etcVal;
    const wtc = wtcVal;
    if (etc === undefined && wtc === undefined) continue;
    const done = last <= asOf;

    while (paidPtr < restitutionPayments.length && restitutionPayments[paidPtr]!.day <= Math.min(last, asOf)) {
      paidSum += restitutionPayments[paidPtr]!.event.amountUsd;
      paidPtr++;
    }
    const why = breakReason(first, last);
    if (why !== undefined) {
      if (done) lost.push({ k, first, last, posts, why });
      continue;
    }
    if (paceTested) {
      const current = done ? paidSum + PENNY >= dueBy(last) : futureCurrent;
      if (!current) {
        if (done) lost.push({ k, first, last, posts, why: 'you were behind on restitution payments' });
        continue;
      }
    }
    const employed = wtc !== undefined && employedThrough(jobs, first, last);
    const days = stacking ? (employed ? wtc! : 0) + (etc ?? 0) : employed ? wtc! : (etc ?? 0);
    if (days <= 0) continue;
    if (employed) {
      if (done) usedWtc = true;
      else projectedWtc = true;
    }
    earned.push({ posts, days, wtc: employed });
    if (posts > lastRevocation) credited += days;
  }

  function breakReason(first: Day, last: Day): string | undefined {
    // A revocation rests on a violation found, whether or not the record lists it (as for (D) above).
    for (const d of revokeDays) if (d >= first && d <= last) return 'a violation was found';
    if (pendingBreaks) for (const d of pending) if (d >= first && d <= last) return 'a violation was reported';
    for (const c of convictions) if (c.day >= first && c.day <= last) return 'you were convicted of a new offense';
    if (touches(stopped, first, last, asOf)) return 'your probation was on hold';
    if (touches(heldFor, first, last, asOf)) return 'you were in custody for a violation or a new charge';
    // § 13-924(E) through another probation of the person's (other-probations.ts).
    const excluded = exclusionTouching(ctx, first, last);
    if (excluded !== undefined) return exclusionWords(excluded);
    return undefined;
  }

  // (D): each finding revokes every credit vested on or before it.
  const revocations: Revocation[] = [];
  let from = 0;
  for (const day of revokeDays) {
    let days = 0;
    while (from < earned.length && earned[from]!.posts <= day) days += earned[from++]!.days;
    revocations.push({ day, days });
  }
  const postings = from === 0 ? earned : earned.slice(from);
  // The term stops only while it runs (A.R.S. § 13-903(B), (C)): a stop that began on or after the day
  // the credits reached the term does not move that day. Counted up from no stops: each round adds the
  // stops that began before the day found (or, where none was found, before the term's end), which can
  // only move that day later, until no stop is added.
  let termEnd = end;
  let satisfiedDay = dayCreditsSatisfyTerm(start, end - start, postings);
  const imposedEnd = ctx.facts.imposedEnd;
  const scheduled = ctx.scheduledEnd;
  if (imposedEnd !== null && scheduled !== null && stopped.length > 0) {
    const movedByAll = endWithStops(ctx, imposedEnd, orders, stopped).end;
    const endWith = (stops: readonly Interval[]) => {
      const moved = scheduled - movedByAll + endWithStops(ctx, imposedEnd, orders, stops).end;
      const limit = periodLimitWith(ctx, stops);
      return limit !== undefined && limit < moved ? limit : moved;
    };
    let before: readonly Interval[] = [];
    for (;;) {
      termEnd = endWith(before);
      satisfiedDay = dayCreditsSatisfyTerm(start, termEnd - start, postings);
      const reach = satisfiedDay ?? termEnd;
      const next = stopped.filter((s) => s.start < reach);
      if (next.length === before.length) break;
      before = next;
    }
  }
  const satisfied = satisfiedDay !== null && satisfiedDay < termEnd ? satisfiedDay : null;
  const through = satisfied !== null && satisfied < asOf ? satisfied : asOf;
  const eligibleByAsOf = creditsPostedBy(postings, through);
  return { lost, postings, revocations, satisfied, termEnd, eligibleByAsOf, usedWtc, projectedWtc, restitution };
}

function describePeriod(ctx: Ctx, x: Period): string {
  return `${ctx.date(x.first)} to ${ctx.date(x.last)}`;
}

/** "June 1, 2024 to June 30, 2024 (a violation was found); …": the first six lost periods, then how many more. */
function lostPeriodsText(ctx: Ctx, lost: readonly Period[]): string {
  const shown = Math.min(lost.length, 6);
  let text = '';
  for (let i = 0; i < shown; i++) text += `${i > 0 ? '; ' : ''}${describePeriod(ctx, lost[i]!)} (${lost[i]!.why})`;
  const more = lost.length - shown;
  return more > 0 ? `${text}; and ${more} more` : text;
}

/** The earned-discharge opportunity; § 13-924(C) is cited too where work time credit is in the mix. */
const EARNED_DISCHARGE: OpportunitySpec = {
  kind: 'earned_discharge',
  citations: [CITE.A, CITE.B],
  basis:
    'The court may shorten your supervised probation by the earned time credit or work time credit your probation officer recommends (A.R.S. § 13-924(A)). It is not automatic.',
};
const EARNED_DISCHARGE_WITH_WTC: OpportunitySpec = { ...EARNED_DISCHARGE, citations: [...EARNED_DISCHARGE.citations, CITE.C] };

/** Rule: the credit ledger, the credits counted, and the earned-discharge opportunity. */
export function timeCredits(ctx: Ctx): void {
  const e = eligibility(ctx);
  if (!e.inForce) return;
  if (!e.eligible && !e.curable) {
    ctx.setEarnedCredits(0);
    // § 13-924 offers nothing to a term that is not probation (spec § 2: left out, not "ineligible");
    // the eligibility step has said why.
    if (ctx.facts.term.kind !== 'probation') return;
    addOpportunityFromCriteria(ctx, EARNED_DISCHARGE, e.criteria);
    return;
  }
  const l = ledger(ctx);
  const end = lawfulEnd(ctx);
  if (l === null || end === null) return;
  const { start } = ctx.facts;
  const asOf = ctx.asOf;
  const p = ctx.params.credits;
  const etc = ctx.param(p.etcDays, asOf)?.value ?? 20;
  const wtc = ctx.param(p.wtcDays, asOf)?.value;
  const len = ctx.param(p.periodDays, asOf)?.value ?? 30;
  const countIt = ctx.param(p.countBeforeCourtGrant, asOf)?.value ?? false;
  // Credit shortens probation only by the court's grant, which acts on a term still running: once the term
  // has reached its scheduled end there is nothing left for it to shorten, and no court to ask.
  if (!countIt && end < asOf) {
    ctx.explain(`Your probation reached ${endWords(ctx, end)}, so earned time credit can no longer shorten it.`, [CITE.A]);
    return;
  }

  if (!e.eligible) {
    // Only a missing fact stands in the way: say what the credit would be once it is known.
    ctx.setEarnedCredits(0);
    addOpportunityFromCriteria(ctx, EARNED_DISCHARGE, [
      ...e.criteria,
      ...(l.satisfied !== null
        ? [
            {
              id: 'credits',
              met: true as const,
              date: l.satisfied,
              reason: 'If you can earn credit, it would reach your full term then.',
              citations: [CITE.B],
            },
          ]
        : []),
    ]);
    return;
  }

  ctx.explain(
    `For every ${len} days in which you make progress on your case plan, keep up with restitution payments and community restitution (community service), and follow your other conditions, you can earn ${etc} days of earned time credit.` +
      (wtc !== undefined
        ? ` Since January 1, 2024, ${len} days of documented work in eligible employment, with the same conditions, can earn ${wtc} days of work time credit instead. You must give your officer proof of the work within 5 business days.`
        : '') +
      ` The ${len}-day periods count from the day your probation ${ctx.tense(start, 'began', 'begins')}, ${ctx.date(start)}.`,
    wtc !== undefined ? [CITE.B, CITE.C] : [CITE.B],
  );

  const lost = l.lost;
  if (lost.length > 0) {
    ctx.explain(`These 30-day periods earned no credit: ${lostPeriodsText(ctx, lost)}.`, [CITE.B]);
  }
  // Another probation of the person's that begins to exclude only after the as-of date stops the periods
  // ahead (breakReason): said, so that the projected credit does not read as short for no reason. (A
  // registration span begins at a sentencing on or before the as-of date, so it is never ahead.)
  const ahead = exclusionAhead(ctx, l.satisfied ?? end);
  if (ahead !== undefined) {
    ctx.explain(
      `From ${ctx.date(ahead.from)} you will also be on ${ahead.paragraph === 1 ? '' : 'probation for '}${ahead.words}, so no ${len}-day period that includes a day ${ahead.to === null ? 'from then on' : `from then through ${ctx.date(ahead.to)}`} earns credit, and the dates here count none for those periods.`,
      [`${CITE.E}(${ahead.paragraph})`],
    );
  }
  for (const r of l.revocations) {
    if (r.days === 0) continue;
    ctx.explain(
      `You were found to have violated your probation (the violation was dated ${ctx.date(r.day)}). The law says credit already given is taken away when you are found in violation, so the ${formatCount(r.days)} days of credit from before that date no longer count. You can earn credit again in later periods.`,
      [CITE.D],
    );
  }

  const standing = l.eligibleByAsOf;
  ctx.setEarnedCredits(countIt ? standing : 0);
  ctx.explain(
    countIt
      ? `As of ${ctx.date(asOf)} you have ${formatCount(standing)} days of credit${mix(l, asOf)}.`
      : standing === 0
        ? `As of ${ctx.date(asOf)} you have not yet earned any credit you could be granted. Credit only shortens your probation if your probation officer recommends it and the judge grants it.`
        : `As of ${ctx.date(asOf)} you may be eligible for ${formatCount(standing)} days of credit${mix(l, asOf)}. This credit only shortens your probation if your probation officer recommends it and the judge grants it. The record shows no such order yet, so no credit is counted as earned.`,
    [CITE.A],
  );

  warnAboutAssumptions(ctx, l);

  const criteria: CriterionResult[] = [...e.criteria];
  criteria.push({
    id: 'court_grant',
    met: 'unknown',
    reason: 'Your probation officer must recommend the credit and the judge must grant it.',
    assumption:
      'The record has no court order on earned time credit or work time credit; the date assumes your officer recommends, and the court grants, credit for every 30-day period that qualifies.',
    citations: [CITE.A],
  });

  let opening: Day | null = null;
  if (l.satisfied !== null) {
    criteria.push({
      id: 'credits_satisfy_term',
      met: true,
      date: l.satisfied,
      reason:
        l.satisfied <= asOf
          ? `Your time on probation plus the credit you may be eligible for reached your full term on ${ctx.date(l.satisfied)}.`
          : l.restitution !== null && !l.restitution.currentOnAsOf
            ? `Counting only the credit you have now, your time on probation plus that credit reach your full term on ${ctx.date(l.satisfied)}.`
            : `Your time on probation plus the credit you may be eligible for reach your full term on ${ctx.date(l.satisfied)}, if every 30-day period from now on qualifies.`,
      citations: l.usedWtc || l.projectedWtc ? [CITE.B, CITE.C] : [CITE.B],
    });
    if (l.restitution !== null && !l.restitution.currentOnAsOf) {
      const caughtUp = ledgerIfCaughtUp(ctx);
      const r = l.restitution;
      criteria.push({
        id: 'restitution_current',
        met: true,
        reason: `You are behind on restitution (about ${formatDollars(r.dueByAsOf)} of ${formatDollars(r.ordered)} would be paid by now on an even schedule; you have paid ${formatDollars(r.paidByAsOf)}), so this date counts no credit for the periods ahead.${caughtUp?.satisfied != null && caughtUp.satisfied < l.satisfied ? ` If you caught up now, the date would be ${ctx.date(caughtUp.satisfied)}.` : ''}`,
        citations: [`${CITE.B}(2)`],
      });
    }
    opening = addOpportunityFromCriteria(ctx, withWtc(l), criteria);
  } else if (l.restitution !== null && !l.restitution.currentOnAsOf) {
    const r = l.restitution;
    const caughtUp = ledgerIfCaughtUp(ctx);
    if (caughtUp?.satisfied !== null && caughtUp?.satisfied !== undefined) {
      criteria.push({
        id: 'credits_satisfy_term',
        met: true,
        date: caughtUp.satisfied,
        reason: `If you caught up on restitution now, your time plus credit would reach your full term on ${ctx.date(caughtUp.satisfied)}.`,
        citations: [CITE.B],
      });
    }
    criteria.push({
      id: 'restitution_current',
      met: false,
      exclusion: false,
      reason: `You are behind on restitution: of ${formatDollars(r.ordered)} ordered, about ${formatDollars(r.dueByAsOf)} would be paid by now on an even schedule, and you have paid ${formatDollars(r.paidByAsOf)}. Periods in which you are behind earn no credit.`,
      citations: [`${CITE.B}(2)`],
    });
    addOpportunityFromCriteria(ctx, withWtc(l), criteria);
    ctx.explain(
      `Because you are behind on restitution, the 30-day periods from now on would earn no credit, and your credit cannot end probation before ${endWords(ctx, end)}.` +
        (caughtUp?.satisfied != null
          ? ` If you caught up now, it could end on ${ctx.date(caughtUp.satisfied)} if the court grants the credit.`
          : ''),
      [`${CITE.B}(2)`],
    );
  } else {
    ctx.explain(`Your credit cannot end this probation before ${endWords(ctx, end)}.`, [CITE.B]);
  }
  const last = ctx.opportunities[ctx.opportunities.length - 1];
  if (last !== undefined && last.kind === 'earned_discharge') (last as EarnedDischarge).eligibleCreditDays = standing;

  if (opening !== null) {
    const atOpening = creditsPostedBy(l.postings, opening);
    ctx.explain(
      `${opening <= asOf ? 'Since' : 'On'} ${ctx.date(opening)} your ${formatCount(opening - start)} days since your probation began plus ${formatCount(atOpening)} days of credit ${opening <= asOf ? 'have reached' : 'reach'} the ${formatCount(l.termEnd - start)} days of your term${end !== ctx.scheduledEnd ? ' as the law allows it' : ''}. From then on you may ask the court, through your probation officer, to end your probation. It is up to the judge, so your end date below does not change.`,
      [CITE.A],
    );
  }
}

/** " (3 periods of work time credit and 8 of earned time credit)" where work time credit is in the mix. */
function mix(l: Ledger, asOf: Day): string {
  let wtc = 0;
  let etc = 0;
  for (const x of l.postings) {
    if (x.posts > asOf || (l.satisfied !== null && x.posts > l.satisfied)) continue;
    if (x.wtc) wtc++;
    else etc++;
  }
  if (wtc === 0) return '';
  return ` (${wtc} period${wtc === 1 ? '' : 's'} of work time credit${etc > 0 ? ` and ${etc} of earned time credit` : ''})`;
}

function withWtc(l: Ledger): OpportunitySpec {
  return l.usedWtc || l.projectedWtc ? EARNED_DISCHARGE_WITH_WTC : EARNED_DISCHARGE;
}

function warnAboutAssumptions(ctx: Ctx, l: Ledger): void {
  ctx.warn(
    'The record does not show case-plan progress or community restitution (community service) hours; every 30-day period without a recorded violation, new conviction, custody for a violation or new charge, or absconding was assumed to meet them.',
  );
  if (l.restitution !== null) {
    ctx.warn(
      'The record gives the restitution ordered and the payments made, but no payment schedule; "current on restitution" was read as having paid, by the end of each 30-day period, at least the share of the total that even payments over the whole term would reach.',
    );
  }
  if (l.usedWtc || l.projectedWtc) {
    const days = ctx.param(ctx.params.documentation.wtcBusinessDays, ctx.asOf)?.value ?? 5;
    ctx.warn(
      `Work time credit was counted for each 30-day period that recorded employment covers in full. The record does not show the hours, whether the job is "eligible employment" as § 13-924 defines it, or whether proof was given to the officer within ${days} business days; all were assumed.`,
    );
  }
  if (l.projectedWtc) ctx.warn(`The projection assumes you keep the job you had on ${ctx.date(ctx.asOf)}.`);
  if (ctx.facts.absconded.some((i) => i.end === null))
    ctx.warn(`Absconding was still open on ${ctx.date(ctx.asOf)}; the projection assumes you returned that day.`);
  if (ctx.facts.custody.some((i) => i.end === null && (i.reason === 'violation' || i.reason === 'new_charge')))
    ctx.warn(`Custody was still open on ${ctx.date(ctx.asOf)}; the projection assumes you were released that day.`);
}
