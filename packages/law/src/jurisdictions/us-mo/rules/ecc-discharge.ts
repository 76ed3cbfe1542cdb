/**
 * RSMo § 217.703.7 and .10: final discharge when credits satisfy the term.
 *
 * 7. "Notwithstanding subsection 2 of section 217.730 to the contrary, once the combination of time served
 *    in custody, if applicable, time served on probation, parole, or conditional release, and earned
 *    compliance credits satisfy the total term of probation, parole, or conditional release, the board or
 *    sentencing court shall order final discharge of the offender, so long as the offender has completed
 *    restitution and at least two years of his or her probation, parole, or conditional release, which
 *    shall include any time served in custody under section 217.718 and sections 559.036 and 559.115."
 * 10. "No less than sixty days before the date of final discharge, the division shall notify the
 *    sentencing court, the board, and, for probation cases, the circuit or prosecuting attorney of the
 *    impending discharge. If [they do] not take any action under subsection 5 …, the offender shall be
 *    discharged under subsection 7 …"
 * (Text read 2026-11-30.)
 *
 * Readings chosen:
 * - "Satisfy the total term": the first day D on which days served (D − start) plus credits posted by D
 *   reach scheduled end − start (engine `dayCreditsSatisfyTerm`; the scheduled end includes extensions,
 *   but not past the § 559.016.3 limit on the total time on probation: `creditTermEnd`).
 *   Custody days are days served (the term keeps running); only credits stop.
 * - The two years run from the start date, 24 calendar months (clamped), and include custody time; days as
 *   an absconder do not count (parameter abscondingCountsTowardMinimum, DOC reading), so each such day
 *   before the two-year date moves it one day later. Confinement before a probation began
 *   (`confinementMonthsBeforeSupervision`, counted back from the start, never before the sentence) is read
 *   as a § 559.115 program, which the two years "shall include": the date comes that many days sooner, with
 *   a warning (jail as a condition of probation under § 559.026 is not named in subsection 7).
 * - Restitution (also RSMo § 559.105.2 for probation, § 559.105.3 for parole): if restitution is owed on
 *   the as-of date there is no mandatory discharge (the projection keeps obligations as they are on the
 *   as-of date), and the opportunity is "almost" eligible: the date it would open if paid today. If paid
 *   in full on day P, not before P.
 *   Unpaid court costs (one 2019 case) are not treated as a gate: open question. State ex rel. Hillman v.
 *   Beger, 566 S.W.3d 600 (Mo. banc 2019): § 559.105.2 "takes precedence over section 217.703.7"; State
 *   ex rel. Jonas v. Minor, 602 S.W.3d 189 (Mo. banc 2020): once time plus credits satisfied the term, the
 *   court "no longer had authority to revoke his probation after he paid restitution" (discharge on the
 *   payment day, as encoded).
 * - While restitution is owed, the reasons also say what § 559.105.2–.3 add: a court "shall order the
 *   maximum term of probation allowed" if restitution is not paid within the original term, and the
 *   parole board may not release a person from parole until restitution is paid or the maximum term
 *   served. Explained only: the scheduled end moves only when the record shows the court's order.
 * - The 60-day notice is procedure: it is explained, and it does not move the date (a summary of Jonas
 *   [secondary] reads the division's failure to give timely notice as not affecting the entitlement).
 * - The discharge is mandatory ("shall"), so it is a `dischargeByLaw`.
 * - Which date selects the version: the as-of date (the law in force when the discharge falls due).
 */
import { addMonths, maxDay, subtractMonthsAndPart, type Day } from '../../../dates/calendar.ts';
import { addOpportunityFromCriteria, type CriterionResult } from '../../../engine/criteria.ts';
import { creditsPostedBy, dayCreditsSatisfyTerm } from '../../../engine/compliance-months.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import { restitutionBalance, restitutionPaidInFullOn } from '../../../engine/term-facts.ts';
import type { UsMoParameters } from '../parameters.ts';
import { restitutionCriterion } from './restitution-criterion.ts';
import { computeLedger, creditLedger, creditTermEnd } from './ecc-credits.ts';
import { eccEligibility } from './ecc-eligibility.ts';
import { oncePerTerm } from '../../../engine/term-context.ts';
import { formatCount, formatDollars } from '../../../engine/words.ts';

type Ctx = TermContext<UsMoParameters>;

export const CITE_7 = 'RSMo § 217.703.7';
const SPEC = {
  kind: 'earned_discharge' as const,
  citations: [CITE_7],
  basis:
    'The court or parole board must order final discharge once your time served plus earned compliance credits cover the whole term, after at least two years and once restitution is paid.',
};

/**
 * start + the minimum months (from the start of a program before probation, which they count), moved one
 * day later for each day absconded before it where absconding does not count (§ 217.703.7: "at least two
 * years"; the DOC reading, parameter `abscondingCountsTowardMinimum`).
 * An absconding that begins before the date pushes it past the absconding's own end (each day of it moves
 * the date a day further), so the date is found in one walk over the spells in date order, each day counted
 * once where spells overlap. A spell still open counts through the as-of date (ecc-credits.ts warns).
 */
export const twoYearDate: (ctx: Ctx) => TwoYearDate | undefined = oncePerTerm(computeTwoYearDate);

/** The two-year date, and the days absconded that moved it later and the program days that moved it sooner. */
export interface TwoYearDate {
  day: Day;
  abscondedDays: number;
  programDays: number;
}

function computeTwoYearDate(ctx: Ctx): TwoYearDate | undefined {
  const p = ctx.params.ecc;
  const months = ctx.param(p.minimumMonthsServed, ctx.asOf)?.value;
  if (months === undefined) return undefined;
  const { start, absconded } = ctx.facts;
  const programDays = confinedBeforeProbation(ctx);
  // The two years count the program's days (§ 217.703.7: "shall include any time served in custody under
  // … 559.115"), so they run from the day the program began: its anniversary, not start + two years less
  // the program's days, which a February 29 in one span and not the other would move by a day.
  const base = addMonths(start - programDays, months);
  if (programDays > 0) warnProgramRead(ctx, programDays, addMonths(start, months) - base);
  const counts = ctx.param(p.abscondingCountsTowardMinimum, ctx.asOf)?.value ?? false;
  if (counts || absconded.length === 0) return { day: base, abscondedDays: 0, programDays };
  let day = base;
  let absent = 0;
  let countedThrough = start - 1;
  for (const spell of absconded) {
    const from = Math.max(spell.start, countedThrough + 1);
    const to = spell.end ?? ctx.asOf;
    if (from >= day) break;
    if (to < from) continue;
    absent += to - from + 1;
    day += to - from + 1;
    countedThrough = to;
  }
  return { day, abscondedDays: absent, programDays };
}

/** What the two years count and leave out, for the words that name the day they end. */
function twoYearsCounting(floor: TwoYearDate | undefined): string {
  if (floor === undefined) return '';
  const counted = floor.programDays > 0 ? `, counting the ${dayCount(floor.programDays)} in the program before probation` : '';
  const left = floor.abscondedDays > 0 ? `, not counting the ${formatCount(floor.abscondedDays)} days you were recorded as absconding` : '';
  return `${counted}${left}`;
}

/**
 * Days of confinement before a probation began, read as a § 559.115 program (header); 0 where none. Only
 * confinement of at most 4 months can have been the 120-day program (a court grants probation within 120
 * days of delivery, § 559.115.2; whole months may hold a few days more): a longer one was a prison term.
 * The two years of § 217.703.7 and the 120-day sanction limit read the same answer.
 */
export function confinedBeforeProbation(ctx: Ctx): number {
  const { term, sentence, start } = ctx.facts;
  const months = term.confinementMonthsBeforeSupervision ?? 0;
  if (term.kind !== 'probation' || months <= 0 || months > 4 || start <= sentence) return 0;
  // A part month counts as days at 30 a month (spec § 3: half a month is 15 days), as everywhere; any
  // confinement the record gives is at least a day, even where its days round to none (0.01 month).
  return start - Math.max(sentence, Math.min(start - 1, subtractMonthsAndPart(start, months)));
}

/** "1 day", "15 days". */
const dayCount = (n: number): string => `${formatCount(n)} ${n === 1 ? 'day' : 'days'}`;

/** The warning that names the reading of the confinement before probation; `later`: days the two years would move without it. */
function warnProgramRead(ctx: Ctx, days: number, later: number): void {
  ctx.warn(
    `The ${dayCount(days)} you were confined before probation began ${days === 1 ? 'was' : 'were'} read as time in a 120-day program under RSMo § 559.115, which counts toward the two years RSMo § 217.703.7 requires. If it was jail as a condition of probation instead, it may not count, and the two years end ${dayCount(later)} later.`,
  );
}

export interface DischargeTiming {
  /** First day served + posted credits reach the term (ignoring the other conditions). */
  satisfied: Day;
  floor: TwoYearDate | undefined;
  floorDay: Day;
  /** Restitution must be complete and some was ordered. */
  gated: boolean;
  paidOn: Day | undefined;
  owed: number;
  /** The day the term would be discharged by law if every condition were met today (or on its day). */
  wouldOpen: Day;
  /** The discharge the law requires: eligible, every condition met, before the scheduled end; else null. */
  mandatory: Day | null;
}

/** When credits, the two-year minimum and restitution allow a discharge; null where no credits apply. */
export const dischargeTiming: (ctx: Ctx) => DischargeTiming | null = oncePerTerm(computeTiming);

function computeTiming(ctx: Ctx): DischargeTiming | null {
  return timingAgainst(ctx, creditLedger(ctx), creditTermEnd(ctx));
}

/**
 * The discharge § 217.703.7 requires where the term ends on `end`, from a ledger of its own: the § 559.016
 * limit asks it of the limit without its extra year, to know whether a violation came after the term had
 * already ended (probation-term-limit.ts).
 */
export function dischargeRequiredAgainst(ctx: Ctx, end: Day): Day | null {
  return timingAgainst(ctx, computeLedger(ctx, end), end)?.mandatory ?? null;
}

function timingAgainst(ctx: Ctx, ledger: ReturnType<typeof creditLedger>, end: Day | null): DischargeTiming | null {
  const elig = eccEligibility(ctx);
  if (ledger === null || end === null) return null;
  const { start } = ctx.facts;
  const satisfied = dayCreditsSatisfyTerm(start, end - start, ledger.postings) ?? end;
  const floor = twoYearDate(ctx);
  const floorDay = floor?.day ?? start;
  const gate = ctx.param(ctx.params.ecc.restitutionGate, ctx.asOf)?.value ?? true;
  const gated = gate && (ctx.facts.term.restitutionOrderedUsd ?? 0) > 0;
  const paidOn = gated ? restitutionPaidInFullOn(ctx.facts) : undefined;
  const owed = gated ? restitutionBalance(ctx.facts) : 0;
  const { wouldOpen, required } = requiredDischarge({ satisfied, floorDay, gated, paidOn, asOf: ctx.asOf, end });
  return { satisfied, floor, floorDay, gated, paidOn, owed, wouldOpen, mandatory: elig.eligible ? required : null };
}

/**
 * § 217.703.7's conditions put together, for an eligible term: the day the discharge would come if every
 * condition were met today (`wouldOpen`: credits satisfy the term, two years served, restitution paid, or
 * today if still owed), and the discharge the law requires (`required`: that day, where restitution is
 * paid and it comes before the term's end; else null). Shared by the timing above and the ledger's test of
 * program placements dated after a discharge (ecc-credits.ts).
 */
export function requiredDischarge(t: { satisfied: Day; floorDay: Day; gated: boolean; paidOn: Day | undefined; asOf: Day; end: Day }): {
  wouldOpen: Day;
  required: Day | null;
} {
  const wouldOpen = maxDay(t.satisfied, t.floorDay, t.gated ? (t.paidOn ?? t.asOf) : null)!;
  return { wouldOpen, required: (!t.gated || t.paidOn !== undefined) && wouldOpen < t.end ? wouldOpen : null };
}

export function earnedDischarge(ctx: Ctx): void {
  const elig = eccEligibility(ctx);
  if (!elig.inForce) return;
  const end = creditTermEnd(ctx);
  if (!elig.eligible && !elig.curable) {
    addOpportunityFromCriteria(ctx, SPEC, elig.criteria);
    return;
  }
  const ledger = creditLedger(ctx);
  const timing = dischargeTiming(ctx);
  if (ledger === null || timing === null || end === null) return;
  const { start } = ctx.facts;
  const { satisfied, floor, floorDay, gated, paidOn, owed, wouldOpen } = timing;

  const criteria: CriterionResult[] = [...elig.criteria];
  criteria.push({
    id: 'credits_satisfy_term',
    met: true,
    date: satisfied,
    reason:
      satisfied <= ctx.asOf
        ? `Your time served plus your credits reached the full term on ${ctx.date(satisfied)}.`
        : `Your time served plus your credits reach the full term on ${ctx.date(satisfied)}, if every month from now on earns credit.`,
    citations: [CITE_7, 'RSMo § 217.703.3'],
  });
  criteria.push({
    id: 'two_years',
    met: true,
    date: floorDay,
    reason:
      floor !== undefined && floor.abscondedDays > 0
        ? `You must have served at least two years; because ${floor.abscondedDays} days as an absconder do not count, that ${ctx.tense(floorDay, 'was', 'is')} ${ctx.date(floorDay)}.`
        : `You must have served at least two years${twoYearsCounting(floor)}, which you ${floorDay <= ctx.asOf ? 'reached' : 'reach'} on ${ctx.date(floorDay)}.`,
    citations: [CITE_7],
  });
  if (gated) {
    criteria.push(
      restitutionCriterion(ctx, paidOn, restitutionCitations(ctx), {
        paid: '.',
        owed: (owed) =>
          `Restitution is not paid in full: ${owed} is still owed. Credits keep adding up, but the discharge cannot happen until it is paid.`,
      }),
    );
  }

  if (gated && paidOn === undefined) explainUnpaidRestitution(ctx);

  if (wouldOpen >= end) {
    // Name what holds the discharge back: the two-year minimum, the credits themselves, or restitution.
    // Told as the as-of date sees the end: a term already over "could not" be ended earlier.
    const over = end < ctx.asOf;
    const because =
      floorDay >= end && floorDay >= satisfied
        ? `the law first requires at least two years on supervision, which would be ${ctx.date(floorDay)}, not before the term ${over ? 'ended' : 'ends'}`
        : satisfied >= end
          ? `your time served plus credits ${over ? 'did' : 'do'} not cover the whole term before then`
          : over
            ? `restitution had to be paid in full first${paidOn === undefined ? ', and it was not' : ` (it was paid on ${ctx.date(paidOn)})`}`
            : `restitution must first be paid in full${paidOn === undefined ? `, and even if it were paid today the earliest discharge date would be ${ctx.date(wouldOpen)}` : ` (it was paid on ${ctx.date(paidOn)})`}`;
    ctx.explain(`Your credits ${over ? 'could not' : 'cannot'} end this term before its scheduled end on ${ctx.date(end)}: ${because}.`, [
      CITE_7,
    ]);
    return;
  }

  const opening = addOpportunityFromCriteria(ctx, SPEC, criteria);
  if (opening === null) {
    if (!elig.eligible) return;
    // The day the credits covered the term, and the two-year day where it comes later: each told as itself
    // (§ 217.703.7 names them as separate conditions).
    const covered = `${satisfied <= ctx.asOf ? 'Your time served plus your credits covered your term on' : 'Your time served plus your credits would cover your term by'} ${ctx.date(satisfied)}`;
    const twoYears =
      floorDay > satisfied
        ? `, and you ${floorDay <= ctx.asOf ? 'completed' : 'complete'} the two years on supervision the law also requires${twoYearsCounting(floor)} on ${ctx.date(floorDay)}`
        : '';
    ctx.explain(
      `${covered}${twoYears}, but the law does not let credits end supervision until restitution is paid in full. If you paid the ${formatDollars(owed)} you owe today, you could be discharged on ${ctx.date(maxDay(satisfied, floorDay, ctx.asOf)!)}. Until then, your term runs to ${ctx.date(end)}.`,
      restitutionCitations(ctx),
    );
    return;
  }

  // Past or future, as the day stands to the as-of date.
  const past = opening <= ctx.asOf;
  const byPayment = opening === paidOn && paidOn > satisfied && paidOn > floorDay;
  const binding = byPayment
    ? 'the day your restitution was paid in full'
    : opening === floorDay && floorDay > satisfied
      ? `the day you ${past ? 'completed' : 'complete'} two years on supervision${twoYearsCounting(floor)}`
      : `the day your time served plus credits ${past ? 'covered' : 'cover'} the whole term`;
  const who = ctx.facts.term.kind === 'probation' ? 'court' : 'parole board';
  const noticeDays = ctx.param(ctx.params.ecc.dischargeNoticeDays, ctx.asOf)?.value ?? 60;
  const notice = opening - noticeDays;
  const credits = formatCount(creditsPostedBy(ledger.postings, opening));
  ctx.dischargeByLaw(
    opening,
    `The ${who} ${past ? 'had to' : 'must'} discharge you on ${ctx.date(opening)}, ${binding}. On that day you ${past ? 'had' : 'will have'} served ${formatCount(opening - start)} days and ${past ? 'had' : 'will have'} ${credits} days of credit, which together ${past ? 'covered' : 'cover'} the ${formatCount(end - start)} days of your term.`,
    [CITE_7],
  );
  const whom = ctx.facts.term.kind === 'probation' ? 'court and the prosecutor' : 'parole board';
  // A date the payment set was not known until it was paid: the notice could not come that far ahead.
  const when = byPayment
    ? `The Division of Probation and Parole tells the ${whom} of the discharge; the ${noticeDays} days' notice the law asks for could not come before the payment that set the date.`
    : `At least ${noticeDays} days before that date (by ${ctx.date(notice)}), the Division of Probation and Parole ${notice <= ctx.asOf ? 'had to' : 'must'} tell the ${whom}.`;
  ctx.explain(
    `${when} Unless ${ctx.facts.term.kind === 'probation' ? 'one of them' : 'it'} ${past ? 'acted' : 'acts'} on a violation, you ${past ? 'had to' : 'must'} be discharged. This notice does not change the date.`,
    ['RSMo § 217.703.10'],
  );
}

/**
 * The restitution section for each kind of term, and what it adds while restitution is owed
 * (explanation only; see the header): § 559.105.2 for probation, .3 for parole.
 */
const RESTITUTION_BY_KIND: Partial<Record<Ctx['facts']['term']['kind'], { citation: string; whileOwed: string }>> = {
  probation: {
    citation: 'RSMo § 559.105.2',
    whileOwed:
      'If your restitution is not paid in full within your original term of probation, the law tells the court to extend your probation to the longest term allowed for your offense. This projection keeps the end date on record until the court orders that.',
  },
  parole: {
    citation: 'RSMo § 559.105.3',
    whileOwed:
      'The parole board may not release you from parole until your restitution is paid in full or you have served the maximum term.',
  },
};

/** § 217.703.7 and the restitution section for the kind of term. */
function restitutionCitations(ctx: Ctx): string[] {
  const section = RESTITUTION_BY_KIND[ctx.facts.term.kind];
  return section === undefined ? [CITE_7] : [CITE_7, section.citation];
}

function explainUnpaidRestitution(ctx: Ctx): void {
  const section = RESTITUTION_BY_KIND[ctx.facts.term.kind];
  if (section === undefined) return;
  const end = ctx.scheduledEnd;
  // The original term is over with restitution still owed: § 559.105.2 tells the court to extend it,
  // which only an order in the record would show. Said as what to check, not as a term that is over.
  if (ctx.facts.term.kind === 'probation' && end !== null && end < ctx.asOf) {
    ctx.explain(
      `Your term as ordered ended on ${ctx.date(end)}, but ${formatDollars(restitutionBalance(ctx.facts))} of restitution is still unpaid. In that case the law tells the court to extend your probation to the longest term allowed for your offense. This record shows no such order; if the court made one, your probation goes on. Ask your officer or a lawyer.`,
      [section.citation],
    );
    return;
  }
  ctx.explain(section.whileOwed, [section.citation]);
}
