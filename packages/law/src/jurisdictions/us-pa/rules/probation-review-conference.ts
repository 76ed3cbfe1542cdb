/**
 * 42 Pa.C.S. § 9774.1, probation review conference (PRC), added by Act 44 of 2023, effective
 * June 11, 2024. Text read 2026-11-30 (Justia copy, credit line "Dec. 14, 2023, P.L.381, No.44, eff.
 * 180 days").
 *
 * (a) "the court shall hold a probation review conference no later than 60 days from the date the
 *     defendant is eligible."
 * (b) Eligible for an initial PRC (1) misdemeanor: "after completing two years of probation or 50% of
 *     the probation sentence, whichever is sooner"; (2) felony: four years or 50%; (3) consecutive
 *     sentences: the same on the aggregate; (4) probation consecutive to State incarceration: "12
 *     months prior" if "the final 12 months of State parole supervision" were completed without
 *     violation (not for fewer than 12 months on State parole); (5) "Notwithstanding any other
 *     provisions … not … less than 12 months from the original date of sentencing."
 * (c) Subject to (b)(5): six months before the (b) date for one of the conditions (i)–(vii) satisfied
 *     "while serving the term of probation"; (2) felony: up to six more months for an additional one;
 *     (3) conditions (v)–(vii) count only if approved by the probation office (PCCD standards).
 * (d) The probation status report is due "no later than 30 days prior to the date" of eligibility.
 * (f)(1) "Except as provided in subsection (g) … the court shall terminate probation unless" it finds a
 *     threat to public safety, unfinished required treatment, or (iii) unpaid restitution.
 * (g)(1) No termination under this section if (i) convicted of an M1, M2 or felony "committed while
 *     either incarcerated or serving probation"; (ii)/(iii) an enumerated technical violation "within
 *     the six months immediately preceding" the PRC. (g)(2) Then "a probation review conference shall be
 *     held six months after the date that the enumerated technical violation occurred."
 * (h) Not terminated solely for unpaid restitution → administrative probation if ≥ 50% paid or a good
 *     faith effort.
 * (i) The section does not apply to Ch. 25 homicide, a crime of violence (§ 9714(g)), a Subchapter H or
 *     I registration offense, § 2701 against a family or household member, § 2709.1 stalking.
 *
 * Version: the sentence date selects the law (sentences imposed on or after June 11, 2024; earlier ones
 * get the Section 7 review), and every number is read on the sentence date, since the eligibility date
 * is fixed by the sentence; the Act must also be in force on the as-of date.
 *
 * Readings chosen:
 * - "completing two years of probation" counts from the start of probation (the floor, by its words,
 *   from the sentencing date). Time in custody or absconded is not subtracted (a warning says so).
 * - (b)(4) is applied only when the record links the probation (`consecutiveTo`) to a Pennsylvania
 *   parole term of the same person; that parole is assumed to be State parole.
 * - (b)(4) and (c) stack (the (c) date counts back from the date "otherwise eligible under subsection
 *   (b)", which includes (b)(4)); then the (b)(5) floor.
 * - An achievement cannot make the conference due before the day it was earned: with k achievements
 *   the date is the later of (b) date − k × 6 months and the k-th achievement; the earliest over k wins.
 * - (g)(1)(ii)/(iii): only violations the record marks `sustained` count (the court must find them); a
 *   reported one, or absconding the record shows only as an interval, is warned of with the date the
 *   conference would move to;
 *   the window is counted back 6 months from the eligibility date. A violation bars the conference on
 *   a date only if that date comes before the violation + 6 months: (g)(2) says the conference "shall
 *   be held six months after the date that the enumerated technical violation occurred", and that
 *   conference is the one at which the violation no longer bars termination (read otherwise, (g)(2)
 *   would set a conference at which the same violation still bars). So a violation exactly 6 months
 *   before the date (2025-01-01 for 2025-07-01) does not bar. (g)(2) moves the date to 6 months after
 *   the violation, and the check repeats from the new date. The record does not say when a conference
 *   was held: a violation after the eligibility date, on or before the as-of date and within the days
 *   (a) gives the court to hold the conference, is read as coming before it (with a warning).
 * - (g)(1)(i) does not move the date: the conference is still held, but the court may not terminate
 *   under § 9774.1. The opportunity keeps its date; its reasons say termination is barred.
 * - A conviction recorded on this term is taken as an offense committed while on probation.
 *
 * - (b)(3): consecutive Pennsylvania probation terms linked by `consecutiveTo` count together
 *   (rules/consecutive-probation.ts): years from the first start, 50% of the aggregate, grade and
 *   episode from all the offenses, the (b)(5) floor from the first sentencing.
 *
 * Open: the 60-day "five business days" motion;
 * PCCD approval standards; whether a record's `approved` covers both approvals for (c)(1)(vii).
 */
import { addMonths, type Day } from '../../../dates/calendar.ts';
import { addOpportunityFromCriteria, type CriterionResult } from '../../../engine/criteria.ts';
import { decide, type Provision } from '../../../engine/exceptions.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { endAsOrdered, paidBy, restitutionBalance } from '../../../engine/term-facts.ts';
import type { PaParameters } from '../parameters.ts';
import { chainEvents, consecutiveAggregate, type Aggregate, type ChainEvents } from './consecutive-probation.ts';
import { stateParoleCredit } from './state-parole-credit.ts';
import {
  coveredBy9774_1,
  describeOffense,
  endsBeforeReview,
  enumeratedViolation,
  isCrimeOfViolence,
  isDomesticSimpleAssault,
  isFelony,
  shareOfSentence,
  valuesAt,
  warnOpenClassifications,
  type Ctx,
  type ValuesOf,
} from './shared.ts';
import { formatDollars } from '../../../engine/words.ts';

const C = (sub: string) => `42 Pa.C.S. § 9774.1${sub}`;
const RULE = '42 Pa.C.S. § 9774.1(i)';

/** § 9774.1(i): the offense categories the section does not apply to. Each is a labelled exception. */
const EXCLUSIONS: Provision<string | undefined, PaParameters> = {
  general: { label: '§ 9774.1(b): review conference', citations: [C('(b)')], value: () => undefined },
  exceptions: [
    {
      label: '§ 9774.1(i)(1): criminal homicide',
      citations: [C('(i)(1)')],
      appliesBecause: (c) => {
        const o = c.facts.offenses.find((x) => x.tags.has('homicide'));
        return o && `${describeOffense(o)} is a criminal homicide offense (18 Pa.C.S. Chapter 25)`;
      },
      value: () => 'homicide',
    },
    {
      label: '§ 9774.1(i)(2): crime of violence',
      citations: [C('(i)(2)'), '42 Pa.C.S. § 9714(g)'],
      appliesBecause: (c) => {
        const o = c.facts.offenses.find(isCrimeOfViolence);
        return o && `${describeOffense(o)} is a "crime of violence" under 42 Pa.C.S. § 9714(g)`;
      },
      value: () => 'violent',
    },
    {
      label: '§ 9774.1(i)(3): registration offense',
      citations: [C('(i)(3)'), '42 Pa.C.S. § 9799.14'],
      appliesBecause: (c) => {
        const o = c.facts.offenses.find((x) => x.tags.has('sex_registration'));
        return o && `${describeOffense(o)} is a sex offender registration offense (Subchapter H or I)`;
      },
      value: () => 'sex_registration',
    },
    {
      label: '§ 9774.1(i)(4): simple assault on a family or household member',
      citations: [C('(i)(4)')],
      appliesBecause: (c) => {
        const o = c.facts.offenses.find(isDomesticSimpleAssault);
        return o && `${describeOffense(o)} is simple assault against a family or household member`;
      },
      value: () => 'domestic_violence',
    },
    {
      label: '§ 9774.1(i)(5): stalking',
      citations: [C('(i)(5)')],
      appliesBecause: (c) => {
        const o = c.facts.offenses.find((x) => x.tags.has('stalking'));
        return o && `${describeOffense(o)} is stalking (18 Pa.C.S. § 2709.1)`;
      },
      value: () => 'stalking',
    },
  ],
  combine: (values) => values.join(','),
};

const NOT_EXCLUDED: CriterionResult = {
  id: 'not_excluded',
  met: true,
  reason: 'Your offense is not one of the kinds the law leaves out of review conferences.',
  citations: [C('(i)')],
};

function exclusion(ctx: Ctx): CriterionResult {
  const decision = decide(ctx, EXCLUSIONS);
  if (!decision.exceptionApplied) return NOT_EXCLUDED;
  const why = decision.decidedBy.map((d) => d.because).join('; and ');
  return {
    id: 'excluded_offense',
    met: false,
    exclusion: true,
    reason: `You cannot get a review conference under this law because ${why}. You can still ask the court to end your probation early in other ways.`,
    citations: unique(decision.decidedBy.flatMap((d) => d.citations)),
  };
}

/** § 9774.1(b)(1), (2): the months of probation that open the review, by grade; read on the sentence date. */
const MONTHS: Provision<number, PaParameters> = {
  general: {
    label: '§ 9774.1(b)(1): misdemeanor',
    citations: [C('(b)(1)')],
    value: (c) => valuesAt(c, c.params.prc, c.facts.sentence).misdemeanorMonths,
  },
  exceptions: [
    {
      label: '§ 9774.1(b)(2): felony',
      citations: [C('(b)(2)')],
      appliesBecause: (c) => (isFelony(c) ? 'your probation is for a felony' : undefined),
      value: (c) => valuesAt(c, c.params.prc, c.facts.sentence).felonyMonths,
    },
  ],
};

export const probationReviewConference: Rule<PaParameters> = (ctx) => {
  if (!coveredBy9774_1(ctx)) return;
  const { sentence, start } = ctx.facts;
  const day = sentence; // the sentence date selects the version (see the header)
  const v = valuesAt(ctx, ctx.params.prc, day);

  ctx.needClassification(['homicide', 'violent', 'sex_registration', 'stalking', 'domestic_violence'], RULE);
  warnOpenClassifications(ctx, RULE);
  const excluded = exclusion(ctx);
  if (excluded.met === false) {
    ctx.explain(excluded.reason, excluded.citations);
    addOpportunityFromCriteria(
      ctx,
      { kind: 'review_conference', citations: [C('(i)')], basis: 'probation review conference (42 Pa.C.S. § 9774.1)' },
      [excluded],
    );
    return;
  }

  // (b)(1)/(b)(2): years of probation completed, or half the sentence if sooner.
  const months = decide(ctx, MONTHS);
  // The chain's grade where sentences are consecutive ((b)(3)): a felony anywhere in it.
  const aggregate = consecutiveAggregate(ctx, v.misdemeanorMonths, v.felonyMonths, v.oddMonthHalfDays);
  const felony = aggregate?.felony ?? months.exceptionApplied;
  const percent = v.halfOfSentencePercent;
  // (b)(3): consecutive probation sentences count together (labelled override of (b)(1)/(b)(2)).
  const bCite = aggregate?.citation ?? months.decidedBy[0]!.citations[0]!;
  const bMonths = aggregate?.months ?? months.value;
  const byYears = addMonths(aggregate?.start ?? start, bMonths);
  const byShare = aggregate !== undefined ? aggregate.byShare : shareOfSentence(ctx, percent, v.oddMonthHalfDays);
  let date: Day = byShare !== null && byShare < byYears ? byShare : byYears;
  const grade = felony ? 'a felony' : 'a misdemeanor';
  const share = aggregate !== undefined ? 'your total probation sentence' : 'your sentence';
  if (aggregate !== undefined) ctx.explain(aggregate.words, [bCite]);
  ctx.explain(
    byShare === null
      ? `Your probation is for ${grade}. You can have a probation review conference after ${bMonths / 12} years of probation: ${ctx.date(byYears)}.`
      : `Your probation is for ${grade}. You can have a probation review conference after ${bMonths / 12} years of probation (${ctx.date(byYears)}) or after ${percent}% of ${share} (${ctx.date(byShare)}), whichever comes first: ${ctx.date(date)}.`,
    [bCite],
  );
  const citations = [bCite];

  // (b)(4): 12 months earlier after a clean final year of State parole.
  const parole = stateParoleCredit(ctx, day);
  if (parole !== undefined && parole.applies) {
    date = addMonths(date, -parole.months);
    // A conference reviews probation being served, so one moved before the probation begins (a probation
    // shorter than two years after the credit) is held when it begins. A reading: the text sets no floor
    // but (b)(5)'s, counted from sentencing.
    const begins = aggregate?.start ?? start;
    const held = date < begins ? begins : date;
    ctx.explain(
      `${parole.reason} So the date moves ${parole.months} months earlier, to ${ctx.date(date)}${held === date ? '' : `, before your probation begins: the review comes when it begins, on ${ctx.date(held)}`}.`,
      [C('(b)(4)')],
    );
    date = held;
    citations.push(C('(b)(4)'));
  } else if (parole !== undefined) {
    ctx.explain(parole.reason, [C('(b)(4)')]);
  }

  // (c): six months earlier for one achievement; felony: six more for a second.
  const events: ChainEvents = aggregate === undefined ? ctx.facts : chainEvents(ctx, aggregate.terms);
  const achieved = qualifyingAchievements(ctx, day, aggregate?.start ?? start, events.achievements);
  const maxCount = felony ? 2 : 1;
  const bDate = date;
  let best = 0;
  for (let k = 1; k <= Math.min(maxCount, achieved.length); k++) {
    const off = v.achievementMonths + (k === 2 ? v.felonySecondAchievementMonths : 0);
    const candidate = Math.max(addMonths(bDate, -off), achieved[k - 1]!.day);
    if (candidate < date) {
      date = candidate;
      best = k;
    }
  }
  if (best > 0) {
    const what = achieved
      .slice(0, best)
      .map((a) => `${a.words} on ${ctx.date(a.day)}`)
      .join(' and ');
    const cite = best === 2 ? [C('(c)(1)'), C('(c)(2)')] : [C('(c)(1)')];
    ctx.explain(`You earned ${what}. This moves your review earlier, to ${ctx.date(date)}.`, cite);
    citations.push(...cite);
  } else if (achieved.length > 0) {
    ctx.explain(`You earned ${achieved[0]!.words}, but it came too late to move your review date earlier.`, [C('(c)(1)')]);
  }

  // (b)(5): never less than 12 months from the original sentencing date (the first, for consecutive sentences).
  const floorMonths = v.floorMonthsFromSentencing;
  const original = aggregate?.sentence ?? sentence;
  const floor = addMonths(original, floorMonths);
  if (floor > date) {
    ctx.explain(
      `But a first review cannot come sooner than ${floorMonths} months after you were sentenced on ${ctx.date(original)}, so it is ${ctx.date(floor)}.`,
      [C('(b)(5)')],
    );
    date = floor;
    citations.push(C('(b)(5)'));
  }

  // (d): the status report is due before "the date the defendant is otherwise entitled to a probation
  // review conference under subsection (b) or (c)": this date, before any (g)(2) move.
  const entitled = date;
  // (g)(1)(ii)/(iii) and (g)(2): an enumerated technical violation in the 6 months before moves the PRC.
  const moved = delayForEnumeratedViolations(ctx, date, day, events.violations);
  if (moved.day !== date) {
    date = moved.day;
    citations.push(C('(g)(1)'), C('(g)(2)'));
  }

  if (moved.reason !== undefined && date > (ctx.scheduledEnd ?? date)) {
    // The move is why the review falls after the end: said before the end is, not left to the criteria.
    ctx.explain(moved.reason, [C('(g)(1)'), C('(g)(2)')]);
  }
  if (endsBeforeReview(ctx, date, C('(b)'))) return;

  const reasons: CriterionResult[] = [
    {
      id: 'prc_date',
      met: true,
      date,
      reason: reviewDateWords(ctx, date, entitled, v, best > 0 ? achieved[best - 1] : undefined, chainEnd(ctx, aggregate?.terms)),
      citations: unique([...citations, C('(a)'), C('(d)')]),
    },
    excluded,
  ];
  if (moved.reason !== undefined)
    reasons.push({ id: 'moved_by_violation', met: true, reason: moved.reason, citations: [C('(g)(1)'), C('(g)(2)')] });
  const bar = convictionBar(ctx, day, events.convictions);
  reasons.push(bar ?? PRESUMPTION);
  const restitution = restitutionNote(ctx, day);
  if (restitution !== undefined) reasons.push(restitution);

  ctx.explain(reasons[0]!.reason, reasons[0]!.citations);
  for (const r of reasons.slice(2)) ctx.explain(r.reason, r.citations);
  addOpportunityFromCriteria(
    ctx,
    { kind: 'review_conference', citations: [C('(a)')], basis: 'probation review conference (42 Pa.C.S. § 9774.1)' },
    reasons,
  );
};

/**
 * When the review is and what must happen by when: the status report (d), due 30 days before the date
 * (b) or (c) entitles the person to (`entitled`: before a (g)(2) move, which the report itself is to
 * speak to, (d)(2)(i)), and the hearing, held within 60 days of `date`. Once the hold-by day has passed,
 * what to do instead. `setBy` is the achievement that set the date: where it was earned less than 30 days
 * before, the report's day had passed before anyone knew the date. `end` is the day probation ends
 * (`chainEnd`: for consecutive sentences reviewed as one, the last of them).
 */
function reviewDateWords(
  ctx: Ctx,
  date: Day,
  entitled: Day,
  v: ValuesOf<PaParameters['prc']>,
  setBy: Achieved | undefined,
  end: Day | null,
): string {
  const holdBy = date + v.holdWithinDays;
  if (holdBy < ctx.asOf) {
    return `You could have a review conference from ${ctx.date(date)}, and the court had to hold it by ${ctx.date(holdBy)}. If it has not been held, ask your probation officer or a lawyer to have it scheduled.`;
  }
  const reportDue = entitled - v.statusReportDaysBefore;
  const report =
    setBy !== undefined && reportDue < setBy.day
      ? `The probation office's status report would be due ${v.statusReportDaysBefore} days before it, which had already passed when you earned ${setBy.words} on ${ctx.date(setBy.day)}, so it is due as soon as possible.`
      : `The probation office ${reportDue < ctx.asOf ? 'had to' : 'must'} send its status report by ${ctx.date(reportDue)}.`;
  const hold =
    end !== null && holdBy > end
      ? `The court must hold the conference by ${ctx.date(holdBy)}, but your probation is set to end before then, on ${ctx.date(end)}, so it must be held by that day to make a difference.`
      : `The court must hold the conference by ${ctx.date(holdBy)}.`;
  // A day already reached reads as the opening of a window still open, not a date to come.
  const when =
    date <= ctx.asOf
      ? `You can have a review conference now: it became due on ${ctx.date(date)}.`
      : `You can have a review conference on ${ctx.date(date)}.`;
  return `${when} ${report} ${hold}`;
}

/**
 * The day probation ends for the conference: this term's end, or, where consecutive sentences are reviewed
 * as one ((b)(3)), the end of the last of them as its orders stand, since a conference that ends probation
 * ends them all: a first term ending before the hold-by day does not make a later conference pointless.
 */
function chainEnd(ctx: Ctx, chain: Aggregate['terms'] | undefined): Day | null {
  const own = ctx.scheduledEnd;
  const last = chain?.at(-1);
  if (last === undefined || last === ctx.facts.term || own === null) return own;
  const theirs = endAsOrdered(last, ctx.asOf);
  return theirs === null || theirs > own ? theirs : own;
}

interface Achieved {
  day: Day;
  words: string;
}

const ACHIEVEMENT_WORDS: Record<string, string> = {
  high_school_diploma: 'a high school diploma',
  ged: 'a high school equivalency certificate (GED)',
  associate_degree: 'an associate degree',
  bachelor_degree: "a bachelor's degree",
  graduate_degree: 'a graduate degree',
  vocational_certificate: 'a vocational license or certificate',
  program_completion: 'a certified training program',
  treatment_completion: 'a court-approved program',
};

/**
 * (c)(1), (c)(3): achievements earned while serving this probation (from `from`: its start, or the
 * start of the first of consecutive probation sentences) that count, in date order.
 */
function qualifyingAchievements(ctx: Ctx, day: Day, from: Day, achievements: ChainEvents['achievements']): Achieved[] {
  const free = valuesAt(ctx, ctx.params.prc, day).achievementsWithoutApproval;
  const approvalNeeded = valuesAt(ctx, ctx.params.prc, day).achievementsNeedingApproval;
  const out: Achieved[] = [];
  for (const a of achievements) {
    if (a.day < from) continue; // "while serving the term of probation"
    const kind = a.event.kind;
    if (free.includes(kind) || (approvalNeeded.includes(kind) && a.event.approved === true)) {
      out.push({ day: a.day, words: ACHIEVEMENT_WORDS[kind] ?? kind });
    } else if (approvalNeeded.includes(kind) && a.event.approved === undefined) {
      ctx.warn(
        `The record does not say whether the achievement of ${ctx.date(a.day)}, ${ACHIEVEMENT_WORDS[kind] ?? kind}, was approved by the probation office; it was not counted toward an earlier review (42 Pa.C.S. § 9774.1(c)(3)).`,
      );
    }
  }
  return out;
}

/**
 * (g)(1)(ii)/(iii), (g)(2): while a sustained enumerated violation lies within the 6 months before the
 * date (on or before it, and less than 6 months before: the date comes before violation + 6 months),
 * the PRC is held 6 months after it. A conference on violation + 6 months is the one (g)(2) orders, at
 * which that violation no longer bars termination. A violation after the review date but while the
 * conference may still be held counts too (see the readings in the header), but only where none lies on or
 * before the date: the move is made by the latest on or before it, and a later one is then weighed against
 * the moved date, so each move is told with the violation that made it (the final date is the same).
 */
function delayForEnumeratedViolations(
  ctx: Ctx,
  initial: Day,
  day: Day,
  violations: ChainEvents['violations'],
): { day: Day; reason?: string } {
  const pv = valuesAt(ctx, ctx.params.prc, day);
  const back = pv.lookBackMonths;
  const delay = pv.delayAfterViolationMonths;
  const kinds = pv.enumeratedViolationKinds;
  const occasions = pv.programmingOccasions;
  let date = initial;
  const reasons: string[] = [];
  for (;;) {
    // (g)(1)(iii) "within the six months immediately preceding" the conference, read with (g)(2): a
    // violation counts where the conference (g)(2) would set for it, six months after it, falls after
    // `date`. One exactly six months before (January 1 for July 1) would be moved to `date` itself and bar
    // it again without end, so it does not count; Section 7, which has no (g)(2), counts that day
    // (section-7-review.ts). Month ends clamp, so the first day counted can be later than the day after.
    let from = addMonths(date, -back) + 1;
    while (addMonths(from, back) <= date) from += 1;
    // The last day a violation can come before the conference: the review date, or, once that has
    // passed, the as-of date within the days the court has to hold the conference.
    const heldBy = Math.max(date, Math.min(ctx.asOf, date + pv.holdWithinDays));
    // The violation that moves this conference: the latest on or before its date; only if there is none,
    // the first after it (while it may still be held). A later one is then weighed against the moved
    // date, within the six months before it, so each move is explained by the violation that made it.
    let onOrBefore: { day: Day; words: string } | undefined;
    let after: { day: Day; words: string } | undefined;
    for (const v of violations) {
      if (v.day > heldBy || v.day < from) continue;
      const words = enumeratedViolation(ctx, v, kinds, true, occasions, violations);
      if (words === undefined) continue;
      if (v.status === 'sustained') {
        if (v.day <= date) onOrBefore = { day: v.day, words };
        else after ??= { day: v.day, words };
      } else if (v.status === 'reported') {
        ctx.warn(
          `A violation reported on ${ctx.date(v.day)} (${words}) has not been decided. If the court finds it happened, your review conference moves to ${ctx.date(addMonths(v.day, delay))} (42 Pa.C.S. § 9774.1(g)(2)).`,
        );
      }
    }
    warnAbsconding(ctx, from, heldBy, back, delay, violations);
    const latest = onOrBefore ?? after;
    if (latest === undefined) break;
    const next = Math.max(addMonths(latest.day, delay), date);
    if (latest.day > date) {
      ctx.warn(
        `The violation of ${ctx.date(latest.day)} came after your review date (${ctx.date(date)}) but within the ${pv.holdWithinDays} days the court has to hold the conference. The record does not say the conference was held before it, so it was read as coming first, which bars ending probation at that conference (42 Pa.C.S. § 9774.1(g)(1)). If the conference was already held, this violation does not change it.`,
      );
      reasons.push(
        `On ${ctx.date(latest.day)}, after your review date of ${ctx.date(date)} but before a conference is recorded, you had a violation for ${latest.words}. A conference held after it could not end your probation, so the conference is held ${delay} months after the violation: ${ctx.date(next)}.`,
      );
    } else
      reasons.push(
        `On ${ctx.date(latest.day)} you had a violation for ${latest.words}, within the ${back} months before your review date (${ctx.date(from)} to ${ctx.date(date)}). Because of it, probation cannot be ended at that review, and the conference is held ${delay} months after the violation: ${ctx.date(next)}.`,
      );
    if (next <= date) break;
    date = next;
  }
  // Explained once, with the conference date, by the caller.
  return reasons.length === 0 ? { day: date } : { day: date, reason: reasons.join(' ') };
}

/**
 * Absconding the record shows as an interval, with no violation for it: only a court's finding bars
 * termination under (g)(1)(iii)(E) (a sustained violation, above), so it is warned of, not applied.
 */
function warnAbsconding(ctx: Ctx, from: Day, heldBy: Day, back: number, delay: number, violations: ChainEvents['violations']): void {
  for (const a of ctx.facts.absconded) {
    const end = a.end ?? ctx.asOf;
    if (a.start > heldBy || end < from) continue;
    if (violations.some((v) => v.category === 'absconding' && v.status !== 'dismissed' && v.day >= a.start && v.day <= end + 31)) continue;
    const moves =
      a.start >= from
        ? `your review conference moves to ${ctx.date(addMonths(a.start, delay))}`
        : `your review conference moves to ${delay} months after the day the court finds it happened`;
    ctx.warn(
      `The record shows you absconded from ${ctx.date(a.start)}, within the ${back} months before your review, but no violation for it. If the court finds you absconded, probation cannot be ended at that review and ${moves} (42 Pa.C.S. § 9774.1(g)(1)(iii)(E), (g)(2)).`,
    );
  }
}

/** (g)(1)(i): an M1, M2 or felony conviction for an offense committed while on probation. */
function convictionBar(ctx: Ctx, day: Day, convictions: ChainEvents['convictions']): CriterionResult | undefined {
  const classes = valuesAt(ctx, ctx.params.prc, day).barringConvictionClasses;
  for (const c of convictions) {
    const grade = c.event.class?.toUpperCase();
    const bars = c.event.level === 'felony' || (grade !== undefined && classes.includes(grade));
    if (!bars) {
      if (grade === undefined && c.event.level !== 'felony') {
        ctx.warn(
          `The record does not give the grade of your misdemeanor conviction on ${ctx.date(c.day)}. If it was an M1 or M2, the court may not end your probation at a review conference (42 Pa.C.S. § 9774.1(g)(1)(i)).`,
        );
      }
      continue;
    }
    ctx.warn(
      `Your conviction on ${ctx.date(c.day)} was taken to be for an offense committed while you were on probation or in jail or prison on this sentence (42 Pa.C.S. § 9774.1(g)(1)(i): "while either incarcerated or serving probation").`,
    );
    return {
      id: 'termination_barred',
      met: true,
      reason: `Because you were convicted on ${ctx.date(c.day)} of ${c.event.level === 'felony' ? 'a felony' : grade === 'M1' ? 'a first-degree misdemeanor (M1)' : `a second-degree misdemeanor (${grade})`} for something done while you were on probation or in jail or prison, the court will still hold the conference but may not end your probation under this law.`,
      citations: [C('(g)(1)(i)')],
    };
  }
  return undefined;
}

const PRESUMPTION: CriterionResult = {
  id: 'presumption',
  met: true,
  reason:
    'At the conference the court must end your probation unless it finds that you are a threat to public safety, that you still need required treatment, or that you have not paid all your restitution. If no one objects to a status report that recommends ending it, the court ends it without a hearing.',
  citations: [C('(f)(1)'), C('(e)(2)')],
};

/** (f)(1)(iii), (h): unpaid restitution rebuts the presumption; at ≥ 50% paid, administrative probation. */
function restitutionNote(ctx: Ctx, day: Day): CriterionResult | undefined {
  const ordered = ctx.facts.term.restitutionOrderedUsd ?? 0;
  if (ordered <= 0) return undefined;
  const owed = restitutionBalance(ctx.facts);
  if (owed <= 0) {
    return { id: 'restitution_paid', met: true, reason: 'You have paid all your restitution.', citations: [C('(d)(2)(v)')] };
  }
  // In whole cents, so that payments which add up to exactly the threshold meet it: $0.15 + $499.84 of
  // $999.98 is 50%, where the floating-point sum 499.98999… would give 49%.
  const paidCents = Math.round(paidBy(ctx.facts, 'restitution') * 100);
  const orderedCents = Math.round(ordered * 100);
  const share = Math.floor((paidCents * 100) / orderedCents);
  const threshold = valuesAt(ctx, ctx.params.prc, day).administrativeProbationPaidPercent;
  return {
    id: 'restitution_owed',
    met: true,
    reason:
      paidCents * 100 >= threshold * orderedCents
        ? `You still owe ${formatDollars(owed)} in restitution, so the court may keep you on probation. But you have paid ${share}% (at least ${threshold}%), so if unpaid restitution is the only reason, the court must move you to administrative probation: check-ins 1 to 4 times a year, no supervision fees, and a payment plan you can afford.`
        : `You still owe ${formatDollars(owed)} in restitution (you have paid ${share}%), so the court may keep you on probation. If unpaid restitution is the only reason and you have tried in good faith to pay, the court must move you to administrative probation; once you have paid ${threshold}%, it must do so.`,
    citations: [C('(f)(1)(iii)'), C('(h)(1)')],
  };
}

function unique(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values) if (!out.includes(v)) out.push(v);
  return out;
}
