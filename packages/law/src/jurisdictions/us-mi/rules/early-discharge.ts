/**
 * MCL 771.2(2)–(3), as amended by 2020 PA 397 (effective April 1, 2021), text read 2026-11-30 at
 * legislature.mi.gov:
 *
 *   "(2) Except as provided in subsection (10), section 2a of this chapter, and section 36 of chapter
 *   VIII, after the defendant has completed 1/2 of the original felony or misdemeanor probation
 *   period, he or she may be eligible for early discharge as provided in this section. The defendant
 *   must be notified at sentencing of his or her eligibility and the requirements for early discharge
 *   from probation, and the procedure provided under subsection (3) to notify the court of his or her
 *   eligibility.
 *   (3) If a probationer has completed all required programming, the probation department may notify
 *   the sentencing court that the probationer may be eligible for early discharge from probation. If
 *   the probation department does not notify the sentencing court as required under this subsection
 *   and the probationer has not violated probation in the immediately preceding 3 months, the
 *   probationer may notify the court that he or she may be eligible for early discharge from
 *   probation …" (the copy read stops here).
 *
 * MCL 771.2 itself sets no presumption of discharge: the procedure is in the court rule. MCR 6.441, as
 * amended through May 22, 2024 (casetext copy, read 2026-11-30):
 *   (A) a probationer is eligible "when the probationer has completed half of the original
 *   probationary period and all required programming";
 *   (B) the probation department may file the notice (SCAO form MC 512); if it does not, and the
 *   probationer "has not violated probation within the last 3 months", the probationer may; "The
 *   prosecuting attorney must file any written objection … within 14 days of receiving service";
 *   (C) the court must review the case; it "must not deny early discharge because of outstanding
 *   court-ordered fines, fees, or costs, if the probationer has an inability to pay and has made
 *   good-faith efforts to make payments", and must consider the victim and unpaid restitution;
 *   (D) "Except as provided in subrule (E)", with no timely objection and a favourable review the
 *   court must discharge without a hearing. (E) (victim hearings) is known from the research file.
 *
 * Before 2020 PA 397, MCL 771.2(2) as amended by 2017 PA 10 (legiscan engrossed text): "Except as
 * provided in subsection (4), section 2a of this chapter, and section 36 of chapter VIII, after the
 * defendant has completed 1/2 of the original felony probation period …, the department or probation
 * department may notify the sentencing court. If, after a hearing … the court determines that the
 * defendant's behavior warrants a reduction …, the court may reduce that term by 100% or less. …
 * Not less than 28 days before reducing or terminating a period of probation … the court shall notify
 * the prosecuting attorney, the defendant …. However, this subsection does not apply to a defendant
 * who is subject to a mandatory probation term." Felony only; no self-notice.
 *
 * Readings chosen:
 * - Version: the law in force on the as-of date (the procedure the court applies when it acts), not
 *   the order date: a person whose probation was ordered in 2019 may use the 2021 procedure.
 * - The date: the order date + 1/2 of the ORIGINAL period as imposed (`length`, or the stated end
 *   date); extensions do not count. The period runs from the order, as its limit does
 *   (probation-period.ts): jail ordered as a condition of probation (MCL 771.3(2)(a)) is part of the
 *   probation period: People v Chamberlain, 136 Mich App 642 (1984) (midpage.ai copy, read 2026-12-04)
 *   describes "a period of probation of four years and five months from and including the date of
 *   sentencing", the first year of it served in the county jail. (That 771.3(2)(a) itself says "within
 *   the probation period" is recalled, not read: [U].) So a record whose supervision starts
 *   after the order (a split sentence) reaches half-way at sentenceDate + half, not startDate + half
 *   (spec § 3's default, which the jurisdiction's law displaces here). Half of an odd number of
 *   months adds 15 days (spec § 3). A period ordered past the limit of 771.2(1) is still halved as ordered ("the original … probation period"); another
 *   reader would halve the lawful period instead (open question, README). Where the term ends (its
 *   limit or scheduled end) before the half-way date, early discharge is ineligible: that day never comes.
 *   A half-way date before the law covered the level (misdemeanor probation before April 1, 2021) opens
 *   the opportunity, and the self-notice route, on the day the law did.
 * - One opportunity (the court may discharge from the half-way date, on the department's notice or
 *   the person's own). The self-notice route needs no violation in the 3 months before the notice:
 *   the window counts back from the notice day, both ends included. If the latest violation known on
 *   the as-of date falls in the 3 months before the half-way date (or after it), the reasons give the
 *   first day the person may notify the court without the department: the first day whose 3-month
 *   window no longer reaches back to that violation. "Violated probation" is read as any violation
 *   report not dismissed, a new conviction, a period of absconding, or a revocation (later reinstated),
 *   which rests on a violation found (dated the day of the order where the record lists none).
 * - "All required programming" (MCR 6.441(A); 771.2(3) for the department's notice): the record
 *   cannot show it, so from April 1, 2021 a criterion of unknown status assumes it is done and a
 *   warning says so (only where nothing else excludes the person).
 * - Exclusions: every 771.2a offense (primary text); 771.2(10): its text was not read; domestic
 *   violence is read onto the list from secondary sources (parameter with alternative); GBMI
 *   (768.36) has no field in the record and is not encoded. Michigan DOC practice as encoded by
 *   Recidiviz (secondary) differs in places: README, "Readings chosen".
 * - Open: the rest of 771.2(10)'s list; 771.2(4)–(9) (hearing and victim-notice details); the
 *   2017 text's "subsection (4)" exception.
 */
import { addHalfLength, addMonths, describeLength, lengthInMonths, maxDay, type Day, type TermLength } from '../../../dates/calendar.ts';
import { addOpportunityFromCriteria, citationsOf, type CriterionResult } from '../../../engine/criteria.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { Parameter, ValueInForce } from '../../../engine/parameters.ts';
import type { OffenseFacts } from '../../../engine/term-facts.ts';
import type { UsMiParameters } from '../parameters.ts';
import {
  hasTableFact,
  isFelonyProbation,
  isProbation,
  OWN_PERIOD_CITATION,
  OWN_PERIOD_TAGS,
  OWN_PERIOD_WORDS,
  ownPeriods,
  type Ctx,
  type OwnPeriod,
} from './chapter-xi.ts';

const REFORM_DAY_CITATION = 'MCL 771.2(3)';
const ED_TAGS = [...OWN_PERIOD_TAGS, 'domestic_violence'] as const;

/** MCR 6.441(A): "all required programming" is part of eligibility; the record cannot show it. */
const PROGRAMMING: CriterionResult = {
  id: 'programming_completed',
  met: 'unknown',
  reason:
    'You must also have finished all the programming the court required, such as classes or treatment. Your record does not show whether you have, so this evaluation assumes you have.',
  assumption:
    'The record does not show whether you have finished all the programming the court required; it was assumed you have. Under MCR 6.441(A) you are eligible for early discharge only once you have, and under MCL 771.2(3) the probation department tells the court only then.',
  citations: ['MCR 6.441(A)', 'MCL 771.2(3)'],
};

export const earlyDischarge: Rule<UsMiParameters> = (ctx) => {
  if (!isProbation(ctx)) return;
  const ed = ctx.params.earlyDischarge;
  // The as-of date selects the version: early discharge is a procedure the court applies when it acts.
  const levels = ctx.param(ed.levels, ctx.asOf);
  const fraction = ctx.param(ed.fractionPercent, ctx.asOf);
  if (levels === undefined || fraction === undefined) return;
  const felony = isFelonyProbation(ctx);
  if (!levels.value.includes(felony ? 'felony' : 'misdemeanor')) {
    ctx.explain(
      `On ${ctx.date(ctx.asOf)} Michigan law let a court cut probation short after half the original period only for felony probation, so it does not apply to yours. From April 1, 2021 it covers misdemeanor probation too.`,
      [levels.source.citation],
    );
    return;
  }

  const { start, sentence, term, imposedEnd } = ctx.facts;
  if (imposedEnd === null) {
    ctx.warn('Your probation has no set length, so there is no half-way date for early discharge (MCL 771.2(2)).');
    return;
  }
  // From the order, not the start of supervision (readings in the header: MCL 771.3(2)(a); People v Chamberlain).
  const from = Math.min(sentence, start);
  const original: TermLength = term.length ?? { days: imposedEnd - from };
  const half = fractionOfLength(from, original, fraction.value);
  const reform = ctx.param(ed.selfNoticeLookbackMonths, ctx.asOf) !== undefined;
  const since = coveredSince(ed.levels, levels, felony ? 'felony' : 'misdemeanor');
  ctx.needClassification(ED_TAGS, 'Early discharge (MCL 771.2(2), (10))');

  const base: CriterionResult[] = [
    {
      id: 'half_served',
      met: true,
      date: half,
      reason: `You ${ctx.tense(half, 'completed', 'complete')} ${fraction.value === 50 ? 'half' : `${fraction.value}%`} of your original probation period (${describeLength(original)} from ${ctx.date(from)}${from < start ? `, the day it was ordered; time before your supervision began on ${ctx.date(start)} counts` : ''}) on ${ctx.date(half)}. Extensions do not count toward this.`,
      citations: [fraction.source.citation],
    },
    ...(since > half ? [lawInForce(ctx, levels, felony ? 'felony' : 'misdemeanor', since)] : []),
    ...endsBeforeHalf(ctx, half, since),
    ...ownPeriodCriteria(ctx),
    ...(reform ? domesticViolenceCriteria(ctx) : []),
  ];
  // The procedure (notice routes, objection, review) is listed, and cited, only where nothing rules early discharge out.
  if (!base.some((c) => c.met === false)) base.push(...(reform ? reformProcedure(ctx, maxDay(half, since)!) : procedure2017(ctx)));
  // Programming (assumed, warned) is added after the half-way date only when nothing else rules early discharge out.
  const criteria = reform && base.every((c) => c.met !== false) ? [base[0]!, PROGRAMMING, ...base.slice(1)] : base;
  const opening = addOpportunityFromCriteria(
    ctx,
    {
      kind: 'early_termination',
      citations: [levels.source.citation, ...(reform ? [REFORM_DAY_CITATION, 'MCR 6.441'] : [])],
      basis: reform
        ? 'The court may discharge you early after the probation department, or you yourself on form MC 512, tells it you may be eligible.'
        : 'The court may reduce or end your probation after a hearing, if the department or probation department asks it to.',
    },
    criteria,
  );
  const failing = criteria.filter((c) => c.met === false);
  ctx.explain(
    opening === null
      ? `Early discharge after half of your probation is not open to you. ${failing.map((c) => c.reason).join(' ')}`
      : `From ${ctx.date(opening)} a court may discharge you from probation early. It is not automatic: ${reform ? 'someone must tell the court you may be eligible, and the court decides' : 'the department must ask the court, and the court decides after a hearing'}.`,
    // Where it is not open, the step cites what rules it out (MCL 771.2a, 771.2(10), the limit of 771.2(1)).
    opening === null ? citationsOf(failing, [levels.source.citation]) : [levels.source.citation],
  );
};

/**
 * The first day of the unbroken run of versions, up to the one in force on the as-of date, that cover
 * this level of probation (misdemeanors from April 1, 2021; felonies from the 2017 text). A half-way date
 * before it opens nothing: the opportunity, and the self-notice date, start on the day the law allowed it.
 */
function coveredSince(p: Parameter<readonly string[]>, inForce: ValueInForce<readonly string[]>, level: string): Day {
  let i = p.fromDays.indexOf(inForce.from);
  while (i > 0 && (p.answers[i - 1]?.value ?? []).includes(level)) i -= 1;
  return p.fromDays[i]!;
}

function lawInForce(ctx: Ctx, levels: ValueInForce<readonly string[]>, level: string, since: Day): CriterionResult {
  return {
    id: 'law_in_force',
    met: true,
    date: since,
    reason: `Michigan law has let a court discharge ${level} probation early after half the period only since ${ctx.date(since)}, so that is the first day it can apply to you.`,
    citations: [levels.source.citation],
  };
}

/**
 * The term ends before the half-way date: the limit of MCL 771.2(1) (set by the rule before this one)
 * or the scheduled end comes first, so there is no half-way date left to reach. Half of a term ordered
 * past the limit is still counted on the term as ordered (reading above), and can fall after the limit.
 */
function endsBeforeHalf(ctx: Ctx, half: Day, since: Day): CriterionResult[] {
  const end = ctx.endSoFar();
  // Early discharge opens on the later of the half-way date and the day the law first allowed it for this
  // level of probation; opening on the last day ends nothing early: the term ends that day anyway.
  const opens = half >= since ? half : since;
  if (end === null || opens < end) return [];
  const byLimit = end === ctx.statutoryMax;
  const parts = [`Your probation ends on ${ctx.date(end)}`];
  if (byLimit) parts.push('the longest the law allows');
  if (opens === half)
    parts.push(`${half === end ? 'the day you would complete' : 'before you would complete'} half of the period the court ordered`);
  else if (since === end) parts.push('the first day the law allowed early discharge for it');
  else parts.push(`before the law first allowed early discharge for it (${ctx.date(since)})`);
  return [
    {
      id: 'ends_before_half',
      met: false,
      exclusion: true,
      reason: `${parts.join(', ')}, so early discharge at the half-way point does not come into play.`,
      citations: byLimit ? [...ctx.statutoryMaxCitations] : ['MCL 771.2(2)'],
    },
  ];
}

/** The order date (or start) + a share of a length; half uses the spec's rule (odd month = +15 days). */
function fractionOfLength(start: Day, length: TermLength, percent: number): Day {
  if (percent === 50) return addHalfLength(start, length);
  const scaled = (lengthInMonths(length) * percent) / 100;
  const whole = Math.floor(scaled);
  return addMonths(start, whole) + Math.ceil((scaled - whole) * 30) + Math.ceil(((length.days ?? 0) * percent) / 100);
}

/**
 * One criterion per offense, naming every MCL 771.2a period it falls under (aggravated stalking is also a
 * violent felony). The section 2a that 771.2(2) excepts is the one in force on the as-of date: the
 * violent-felony period, 771.2a(4), is in it only from April 1, 2021 (2020 PA 397); before, the 2017 text of
 * 771.2a held no violent felonies, so a violent felony was not excluded from early discharge.
 */
function ownPeriodCriteria(ctx: Ctx): CriterionResult[] {
  const violentFelonyPeriod = ctx.param(ctx.params.ownPeriods.violentFelonyMaxYears, ctx.asOf) !== undefined;
  const byOffense = new Map<OffenseFacts, OwnPeriod[]>();
  for (const { period, offense } of ownPeriods(ctx)) {
    if (period === 'violent_felony' && !violentFelonyPeriod) continue;
    const periods = byOffense.get(offense);
    if (periods === undefined) byOffense.set(offense, [period]);
    else if (!periods.includes(period)) periods.push(period);
  }
  return [...byOffense].map(([offense, periods]) => ({
    id: `not_771_2a_${periods.join('_')}`,
    met: false as const,
    exclusion: true,
    reason: `Early discharge under MCL 771.2(2) does not apply to ${periods.map((p) => OWN_PERIOD_WORDS[p]).join(' or to ')} (${offense.offense.statute}), which has its own probation rules in MCL 771.2a.`,
    citations: ['MCL 771.2(2)', ...periods.map((p) => OWN_PERIOD_CITATION[p])],
  }));
}

function domesticViolenceCriteria(ctx: Ctx): CriterionResult[] {
  const excluded = ctx.param(ctx.params.earlyDischarge.domesticViolenceExcluded, ctx.asOf);
  if (excluded === undefined || !excluded.value) return [];
  const out: CriterionResult[] = [];
  for (const o of ctx.facts.offenses) {
    if (o.tags.has('domestic_violence')) {
      ctx.warn(
        'The list of offenses MCL 771.2(10) excludes from early discharge was not read in the statute itself; domestic violence is treated as excluded on the strength of secondary sources.',
      );
      out.push({
        id: 'not_771_2_10',
        met: false,
        exclusion: true,
        reason: `Early discharge does not apply to a domestic violence offense such as ${o.offense.statute}.`,
        citations: ['MCL 771.2(10)'],
      });
    } else if (hasTableFact(o, 'possibleDomesticViolence')) {
      out.push({
        id: 'not_771_2_10',
        met: 'unknown',
        reason: `${o.offense.statute} covers both simple assault and domestic assault; if yours was domestic assault, early discharge does not apply (MCL 771.2(10)).`,
        assumption: `${o.offense.statute} does not say whether it was a domestic assault (MCL 750.81(2)–(5)); it is treated as simple assault, which MCL 771.2(10) does not exclude.`,
        citations: ['MCL 771.2(10)'],
      });
    }
  }
  return out;
}

/**
 * The latest day you "violated probation" known on the as-of date; null if none. `abscondingSince`: the
 * latest is an absconding still open on the as-of date, which began that day.
 */
function latestViolation(ctx: Ctx): { day: Day; pending: boolean; abscondingSince?: Day } | null {
  const { violations, convictions, absconded, asOf } = ctx.facts;
  let latest: { day: Day; pending: boolean; abscondingSince?: Day } | null = null;
  const consider = (day: Day, pending: boolean, abscondingSince?: Day) => {
    if (latest === null || day > latest.day) latest = abscondingSince === undefined ? { day, pending } : { day, pending, abscondingSince };
  };
  for (const v of violations) if (v.status !== 'dismissed') consider(v.day, v.status === 'reported');
  for (const c of convictions) consider(c.day, false);
  for (const a of absconded) consider(a.end ?? asOf, false, a.end === null ? a.start : undefined);
  // A revocation rests on a violation found, whether or not the record lists it: dated the day of the order.
  for (const o of ctx.facts.orders) if (o.type === 'revocation') consider(o.day, false);
  return latest;
}

/** The first day on or after `from` whose `months`-month look-back (both ends included) is clear of `violation`. */
function firstClearDay(violation: Day, months: number): Day {
  let day = addMonths(violation, months);
  while (addMonths(day, -months) <= violation) day += 1;
  return day;
}

/** `half`: the half-way date, or the later day the law first allowed early discharge for this probation. */
function reformProcedure(ctx: Ctx, half: Day): CriterionResult[] {
  const ed = ctx.params.earlyDischarge;
  const lookback = ctx.param(ed.selfNoticeLookbackMonths, ctx.asOf)!;
  const objection = ctx.param(ed.prosecutorObjectionDays, ctx.asOf);
  const latest = latestViolation(ctx);
  const clear = latest === null ? half : firstClearDay(latest.day, lookback.value);
  const selfNotice = maxDay(half, clear)!;
  const reasons: string[] = [
    `If you have finished all the programming the court required, the probation department may tell the court you may be eligible.`,
  ];
  const end = ctx.endSoFar();
  if (end !== null && selfNotice > end && latest !== null) {
    // The 3 clear months come only when the term is over: no day is left on which to file.
    const because =
      latest.abscondingSince !== undefined
        ? `your absconding since ${ctx.date(latest.abscondingSince)}`
        : `the violation on ${ctx.date(latest.day)}`;
    reasons.push(
      `You cannot tell the court yourself on form MC 512: that needs 3 months with no violation before the day you file, and because of ${because} the first such day, ${ctx.date(selfNotice)}, comes only after your probation ends on ${ctx.date(end)}.`,
    );
  } else if (selfNotice > half && latest !== null) {
    if (latest.pending)
      ctx.warn(
        `The violation reported on ${ctx.date(latest.day)} has not been decided; it is treated as a violation for the 3-month rule of MCL 771.2(3).`,
      );
    const because =
      latest.abscondingSince !== undefined
        ? `You are recorded as absconding since ${ctx.date(latest.abscondingSince)}, with no end yet; if you report on ${ctx.date(latest.day)}, the first day you can file yourself is ${ctx.date(selfNotice)}, and each further day away moves it later`
        : `Because of the violation on ${ctx.date(latest.day)}, the first day you can file yourself is ${ctx.date(selfNotice)}`;
    reasons.push(
      `If the department does not, you may tell the court yourself on form MC 512, but only if you have not violated probation in the 3 months before you file. ${because} (the 3 months are counted back from the day you file).`,
    );
  } else {
    reasons.push(
      `If the department does not, you may tell the court yourself on form MC 512 from ${ctx.date(selfNotice)}, as long as you have not violated probation in the 3 months before the day you file.`,
    );
  }
  reasons.push(
    `${objection === undefined ? 'The prosecutor may object.' : `The prosecutor has ${objection.value} days after being served to object.`} If nobody objects in time and the court finds your conduct warrants it, the court must discharge you without a hearing. If your case has a victim who asked to be told, the court may need to hold a hearing first.`,
    'The court may not keep you on probation only because you cannot pay fines, fees or costs, if you have tried in good faith. It will consider any restitution you still owe to a victim.',
  );
  // Each step with the subsection (or subrule) it rests on: the notice routes (771.2(3), MCR 6.441(B)),
  // the objection and discharge without a hearing (MCR 6.441(B), (D)), the court's review (MCR 6.441(C)).
  const objectionCitation = objection?.source.citation ?? 'MCR 6.441(B)';
  const citations = [
    [lookback.source.citation],
    [lookback.source.citation, 'MCR 6.441(B)'],
    [objectionCitation, 'MCR 6.441(D)'],
    ['MCR 6.441(C)'],
  ];
  return reasons.map((reason, i) => ({ id: `procedure_${i}`, met: true, reason, citations: citations[i]! }));
}

function procedure2017(ctx: Ctx): CriterionResult[] {
  const notice = ctx.param(ctx.params.earlyDischarge.courtNoticeDays, ctx.asOf);
  return [
    {
      id: 'procedure_2017',
      met: true,
      reason: `The department or probation department may tell the court. The court then holds a hearing, the victim may be heard, and the court must give the prosecutor and you at least ${notice?.value ?? 28} days' notice before reducing your probation.`,
      citations: [notice?.source.citation ?? 'MCL 771.2(2)'],
    },
  ];
}
