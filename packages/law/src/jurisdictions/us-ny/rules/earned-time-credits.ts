/**
 * N.Y. Penal Law § 70.40(4), added by L. 2021, ch. 427 (Less Is More Act): earned time credits.
 *
 * THE TEXT OF § 70.40(4) COULD NOT BE READ (no stored copy was found, searched again 2026-11-30; see
 * README). What is encoded rests on secondary sources that agree with each other:
 * - "people on parole will earn 30 days off their parole supervision period for every 30 days they go
 *   without a sustained violation … It applies to both parole and post-release supervision" (Less Is
 *   More campaign FAQ; Legal Aid Society: "30 days of time credit for every 30 days in the community with
 *   no violations");
 * - "Each person eligible … can receive a maximum of two years of retroactive credits … You will not earn
 *   retroactive credits for any period you were incarcerated on a sustained violation – only for periods
 *   when you were in the community" (Less Is More FAQ); in force March 1, 2022;
 * - "Individuals on 'life parole' are generally not eligible" (legal summary);
 * - a person held in custody on a violation is not "subject to community supervision" and earns no
 *   credit for that time (Matter of Peoples v Annucci, 2023 NY Slip Op 23193, Sup. Ct. Albany County);
 * - ch. 427 took effect March 1, 2022 (legislator's list of new laws, "Effective Date 3/1/2022").
 * Not to be confused with the 2019 bill S.6490 (Benjamin, never enacted: a proposed § 70.46 "earned
 * reduction of supervision" of 30 days per "uninterrupted one-month period", excluding life sentences and
 * Penal Law articles 130, 263, 485 and 490). It shows how the enacted text might differ (months, offense
 * exclusions, delinquency), which is why those stay open questions; nothing here is taken from it.
 *
 * Readings chosen (each a parameter or listed in README):
 * - Earning periods are 30-day periods counted from the start of supervision; period k runs from
 *   start + 30(k − 1) to start + 30k − 1 and its credit posts on start + 30k (parameter periodDays).
 * - A period earns nothing if a sustained violation (any category) or a new conviction is dated in it,
 *   or if custody or absconding touches it. A violation still pending (status "reported") is projected
 *   as not sustained, with a warning; a dismissed one costs nothing.
 * - Periods whose credit would post on or before March 1, 2022 are retroactive: their credit, capped at
 *   730 days (parameter retroactiveMaxDays), posts on March 1, 2022, or, for a person then in custody on
 *   a violation, on the last day of that custody: retroactive credits "will not be awarded until you are
 *   released and restored to community supervision" (Less Is More FAQ); for a person then absconding, on
 *   the day after the last day away (read the same way: not restored to supervision until the return).
 *   Custody still open on the as-of date is taken to end that day, as everywhere in this rule, and the
 *   credit is added the next day.
 * - A lifetime term (life parole) earns nothing (parameter lifeSentenceExcluded). No offense-based
 *   exclusion is applied (none found in any source: open question).
 * - Months after the as-of date are projected as compliant.
 * Which date selects the version: the credit rate is read on the day each period's credit posts;
 * whether the law is in force at all is read on the as-of date (before March 1, 2022: no credits).
 */
import { type Day } from '../../../dates/calendar.ts';
import { creditsPostedBy, dayCreditsSatisfyTerm, type CreditPosting } from '../../../engine/compliance-months.ts';
import { firstInForce, ParameterWalk } from '../../../engine/parameters.ts';
import { capitalized, closedEnd, communitySupervision, kindWords, numberWord, type Ctx } from './shared.ts';
import { oncePerTerm } from '../../../engine/term-context.ts';
import { revokedSpans, type Interval } from '../../../engine/term-facts.ts';
import { formatCount } from '../../../engine/words.ts';

export const CITE_ETC = 'N.Y. Penal Law § 70.40(4)';

export interface LostPeriod {
  from: Day;
  to: Day;
  why: string;
}

export interface EarnedTimeLedger {
  /** The day the law took effect (March 1, 2022). */
  effective: Day;
  /** Excluded (life parole): no credits. */
  excluded: boolean;
  /** The term ended before the law took effect: it earned nothing under it, retroactively or after. */
  endedBeforeLaw: boolean;
  /**
   * The day of a `credits_ineligible` order, if any: a finding that the person may not earn credits from
   * then on. Periods that ended before it keep their credit (reading: the spec's "may not earn" looks
   * forward, and no source read takes back credit already granted).
   */
  finding: Day | null;
  /** In order, up to the day the term is satisfied (see `satisfiedBefore`). */
  postings: CreditPosting[];
  /** Retroactive credit before the cap, and as posted. */
  retroEarned: number;
  retroPosted: number;
  /** The day the retroactive credit posts: the effective date, or the end of violation custody running on it. */
  retroPostsOn: Day;
  /** Why the retroactive credit waited past the effective date: custody on a violation, or absconding. */
  retroWaitedFor?: 'custody' | 'absconding';
  lost: LostPeriod[];
  /** Periods treated as earning although a report in them is still pending. */
  pending: Day[];
  /** First day time served plus posted credits reach the term; null if not before its end. */
  satisfied: Day | null;
}

/** The credit ledger of this term; null where the law does not apply (probation, before 2022-03-01, lifetime without end). */
export const earnedTimeLedger: (ctx: Ctx) => EarnedTimeLedger | null = oncePerTerm((ctx: Ctx) => computeLedger(ctx));

/** The ledger for the term as it stands now (not kept): the absconding rule asks before it moves the end. */
export function computeLedger(ctx: Ctx): EarnedTimeLedger | null {
  if (!communitySupervision(ctx)) return null;
  const p = ctx.params.earnedTime;
  const effective = firstInForce(p.creditDays);
  if (effective === undefined || ctx.asOf < effective) return null;
  const excludedRule = ctx.param(p.lifeSentenceExcluded, ctx.asOf)?.value ?? true;
  const excluded = excludedRule && ctx.facts.term.lifetime === true;
  const end = ctx.scheduledEnd;
  const finding = ctx.facts.orders.find((o) => o.type === 'credits_ineligible')?.day ?? null;
  const base: EarnedTimeLedger = {
    effective,
    excluded,
    endedBeforeLaw: end !== null && end < effective,
    finding,
    postings: [],
    retroEarned: 0,
    retroPosted: 0,
    retroPostsOn: effective,
    lost: [],
    pending: [],
    satisfied: null,
  };
  if (excluded || end === null || base.endedBeforeLaw) return base;
  // No period ending after the finding earns: its credit would post after it.
  const lastPosting = finding === null || finding > end ? end : finding;

  const { start, violations, convictions, custody, absconded, asOf } = ctx.facts;
  const period = ctx.param(p.periodDays, ctx.asOf)?.value ?? 30;
  const cap = ctx.param(p.retroactiveMaxDays, effective)?.value ?? 730;
  const heldOnEffective = custody.find((i) => i.reason === 'violation' && i.start <= effective && closedEnd(i.end, asOf) >= effective);
  // Custody still open on the as-of date is taken to end that day: the credit is added the day after, as it is not yet given.
  let retroPostsOn = heldOnEffective === undefined ? effective : (heldOnEffective.end ?? asOf + 1);
  if (heldOnEffective !== undefined) base.retroWaitedFor = 'custody';
  // Nor is a person absconding then restored to community supervision: the credit waits for the return,
  // the day after the last day away (an absconding still open is taken to end on the as-of date).
  for (const a of absconded) {
    const last = closedEnd(a.end, asOf);
    if (a.start <= effective && last >= effective && a.start <= end && last + 1 > retroPostsOn) {
      retroPostsOn = last + 1;
      base.retroWaitedFor = 'absconding';
    }
  }
  // A return that was an arrest (violation custody held on the day the credit would post) waits for the
  // release too: the person is back in the community only then. The reason told stays the one of the day
  // the law took effect.
  for (const c of custody) {
    const released = c.end ?? asOf + 1;
    if (c.reason === 'violation' && retroPostsOn > effective && c.start <= retroPostsOn && released > retroPostsOn) retroPostsOn = released;
  }
  base.retroPostsOn = retroPostsOn;
  // Prospective credit days listed so far (the retroactive posting comes before all of them).
  let listed = 0;
  const prospective: CreditPosting[] = [];
  const rates = new ParameterWalk(p.creditDays, ctx.asOf);
  const anyPending = violations.some((v) => v.status === 'reported');
  const revoked = revokedSpans(ctx.facts.orders);
  let retro = 0;
  for (let posts = start + period; posts <= lastPosting; posts += period) {
    const from = posts - period;
    const to = posts - 1;
    const why = breaks(ctx, from, to, violations, convictions, custody, absconded, revoked, asOf);
    if (why !== undefined) {
      base.lost.push({ from, to, why });
      continue;
    }
    if (anyPending) for (const v of violations) if (v.status === 'reported' && v.day >= from && v.day <= to) base.pending.push(v.day);
    const rate = rates.at(posts <= effective ? effective : posts)?.value ?? 0;
    if (posts <= effective) retro += rate;
    else if (!satisfiedBefore(posts, end, (retroPostsOn < posts ? retroPosting(retro, cap) : 0) + listed)) {
      prospective.push({ posts, days: rate });
      listed += rate;
    }
  }
  base.retroEarned = retro;
  base.retroPosted = Math.min(retro, cap);
  // Still first in date order when it waits for release: the periods after March 1 that the custody touches earn nothing.
  if (base.retroPosted > 0 && retroPostsOn <= end) base.postings.push({ posts: retroPostsOn, days: base.retroPosted });
  for (const posting of prospective) base.postings.push(posting);
  // Days the term stood revoked, before a reinstatement, earn nothing (no time on community supervision),
  // but the sentence runs on in custody (§ 70.40(3)(c) credits custody against it): they are served, as
  // days in custody are.
  base.satisfied = dayCreditsSatisfyTerm(start, end - start, base.postings);
  // Covered while it stood revoked, the term is satisfied on the day it was put back: the record shows it
  // went on to then, and a revocation is not undone by credits (revoked periods earn none, so this is rare).
  for (const r of revoked)
    if (base.satisfied !== null && base.satisfied >= r.start && base.satisfied <= r.end!) base.satisfied = r.end! + 1;
  if (base.satisfied !== null && base.satisfied >= end) base.satisfied = null;
  return base;
}

/** The retroactive credit: what was earned before the effective date, capped; none if not positive. */
function retroPosting(retro: number, cap: number): number {
  const posted = Math.min(retro, cap);
  return posted > 0 ? posted : 0;
}

/**
 * True when days served plus the credits already listed cover the term before `posts`, a day inside the
 * term: the term is then satisfied (`satisfied`) before the posting, and so are all later postings
 * inside the term. Such postings change nothing anyone reads (every reader of a satisfied term stops at
 * the satisfaction day), so the ledger leaves them out: credits stop posting once the term is satisfied.
 */
function satisfiedBefore(posts: Day, end: Day, listed: number): boolean {
  return posts <= end && end - listed < posts;
}

/** Why the 30-day period [from, to] earns nothing, or undefined when it earns. */
function breaks(
  ctx: Ctx,
  from: Day,
  to: Day,
  violations: Ctx['facts']['violations'],
  convictions: Ctx['facts']['convictions'],
  custody: Ctx['facts']['custody'],
  absconded: Ctx['facts']['absconded'],
  revoked: readonly Interval[],
  asOf: Day,
): string | undefined {
  // A period the term stood revoked in, before a reinstatement, is no time on community supervision.
  for (const i of revoked) if (i.start <= to && i.end! >= from) return `your ${kindWords(ctx)} stood revoked`;
  for (const v of violations) {
    if (v.status === 'sustained' && v.day >= from && v.day <= to) return `a violation on ${ctx.date(v.day)} was sustained`;
  }
  for (const c of convictions) if (c.day >= from && c.day <= to) return `you were convicted of a new offense on ${ctx.date(c.day)}`;
  for (const i of custody) if (i.start <= to && closedEnd(i.end, asOf) >= from) return 'you were in custody';
  for (const i of absconded) if (i.start <= to && closedEnd(i.end, asOf) >= from) return 'you were recorded as absconding';
  return undefined;
}

/**
 * True when this term ended before the as-of date: its scheduled end, or the day credits covered it,
 * is already past. Nothing is left to limit or to terminate early.
 */
/**
 * A `credits_ineligible` order: the record's finding that no credits are earned on this term from its day
 * on, honoured; `kept`, the credit days earned before it, still count.
 */
export function findingWords(ctx: Ctx, day: Day, kept: number): string {
  const from = `On ${ctx.date(day)} it was found that you may not earn time credits on this ${kindWords(ctx)}, so none are counted from that day on`;
  return kept > 0 ? `${from}; the ${formatCount(kept)} days you earned before it still count.` : `${from}.`;
}

export function termOver(ctx: Ctx): boolean {
  const satisfied = earnedTimeLedger(ctx)?.satisfied ?? null;
  const end = ctx.scheduledEnd;
  const last = end === null ? satisfied : satisfied === null ? end : Math.min(end, satisfied);
  return last !== null && last < ctx.asOf;
}

/** Rule: the credits earned through the as-of date, and how they were counted. */
export function earnedTimeCredits(ctx: Ctx): void {
  if (!communitySupervision(ctx)) return;
  const first = firstInForce(ctx.params.earnedTime.creditDays);
  const ledger = earnedTimeLedger(ctx);
  if (ledger === null) {
    if (first !== undefined && ctx.asOf < first) {
      ctx.explain(
        `New York’s earned time credits (30 days off for every 30 days without a violation) start on ${ctx.date(first)}. On ${ctx.date(ctx.asOf)} they are not in effect yet, so no credits are counted here.`,
        [CITE_ETC, 'L. 2021, ch. 427'],
      );
    }
    return;
  }
  const kind = kindWords(ctx);
  if (ledger.excluded) {
    ctx.explain(`You are on lifetime ${kind}, and people serving a life sentence do not earn time credits under the Less Is More Act.`, [
      CITE_ETC,
    ]);
    ctx.warn(
      'Earned time credit exclusions come from secondary sources (life parole is excluded); the text of N.Y. Penal Law § 70.40(4) was not read.',
    );
    return;
  }
  if (ledger.endedBeforeLaw) {
    ctx.explain(
      `Your ${kind} ended on ${ctx.date(ctx.scheduledEnd!)}, before New York’s earned time credits took effect on ${ctx.date(ledger.effective)}, so they do not apply to it.`,
      [CITE_ETC, 'L. 2021, ch. 427'],
    );
    return;
  }
  const through = ctx.asOf < (ledger.satisfied ?? ctx.asOf) ? ctx.asOf : (ledger.satisfied ?? ctx.asOf);
  const earned = creditsPostedBy(ledger.postings, through);
  ctx.setEarnedCredits(earned);
  const rate = ctx.param(ctx.params.earnedTime.creditDays, ledger.effective)?.value ?? 30;
  // One explanation step, its sentences joined by spaces.
  let text = `For every 30 days on ${kind} without a sustained violation, you earn ${rate} days off your ${kind}. The 30-day periods are counted from the day your ${kind} ${ctx.tense(ctx.facts.start, 'began', 'begins')}, ${ctx.date(ctx.facts.start)}.`;
  if (ledger.retroEarned > 0) {
    text +=
      ledger.retroPosted < ledger.retroEarned
        ? ` You were already on ${kind} when the law took effect on ${ctx.date(ledger.effective)}. Your 30-day periods without a violation before then came to ${formatCount(ledger.retroEarned)} days, but the law gives at most ${formatCount(ledger.retroPosted)} days for that time, so your credit for it is ${formatCount(ledger.retroPosted)} days, ${retroAdded(ctx, ledger)}.`
        : ` You were already on ${kind} when the law took effect on ${ctx.date(ledger.effective)}, so your 30-day periods without a violation before then earned you ${formatCount(ledger.retroPosted)} days, ${retroAdded(ctx, ledger)}.`;
  }
  const lostKnown = ledger.lost.filter((l) => l.from <= through);
  if (lostKnown.length > 0) {
    const shown = lostKnown.slice(0, 3).map((l) => `${ctx.date(l.from)} to ${ctx.date(l.to)} (${l.why})`);
    text += ` ${capitalized(numberWord(lostKnown.length))} ${lostKnown.length === 1 ? 'period' : 'periods'} earned nothing: ${shown.join('; ')}${lostKnown.length > 3 ? `; and ${lostKnown.length === 4 ? 'one other' : `${lostKnown.length - 3} others`}` : ''}.`;
  }
  text +=
    through < ctx.asOf
      ? ` By ${ctx.date(through)}, when your ${kind} ended, you had earned ${formatCount(earned)} days of credit.`
      : ` As of ${ctx.date(through)} you have earned ${formatCount(earned)} days of credit.`;
  if (ledger.finding !== null && ledger.finding <= through)
    text += ` ${findingWords(ctx, ledger.finding, creditsPostedBy(ledger.postings, ledger.finding))}`;
  ctx.explain(text, [CITE_ETC]);
  if (ledger.pending.length > 0) {
    ctx.warn(
      `A violation report from ${ctx.date(ledger.pending[0]!)} is still pending. Its 30-day period is counted as earning, as if the violation will not be sustained; if it is sustained, that period earns nothing.`,
    );
  }
  if (ctx.facts.custody.some((i) => i.end === null) || ctx.facts.absconded.some((i) => i.end === null)) {
    ctx.warn(
      `Custody or absconding still open on ${ctx.date(ctx.asOf)} is taken to end that day: the projection assumes you are back in the community from then on.`,
    );
  }
  ctx.warn(
    'Earned time credits follow secondary sources (30 days for every 30 days without a sustained violation; at most two years of credit for time before March 1, 2022): the text of N.Y. Penal Law § 70.40(4) was not read.',
  );
}

/** When the retroactive credit is added: on the effective date, or on release from violation custody. */
function retroAdded(ctx: Ctx, ledger: EarnedTimeLedger): string {
  const on = ctx.date(ledger.retroPostsOn);
  if (ledger.retroPostsOn === ledger.effective) return `added on ${on}`;
  const tense = ledger.retroPostsOn <= ctx.asOf ? 'were' : 'are';
  const away = ledger.retroWaitedFor === 'absconding' ? 'you were absconding' : 'you were in custody on a violation';
  return `which ${tense} added on ${on}: ${away} when the law took effect, and credit for the time before it is given once you are back in the community`;
}
