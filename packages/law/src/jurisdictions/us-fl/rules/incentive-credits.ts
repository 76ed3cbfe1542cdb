/**
 * Fla. Stat. § 948.05(2)(c)–(d), added by CS/CS/SB 752 (2022), effective July 1, 2022: term reductions
 * for education and work.
 *
 * (c) "The department shall, without leave of court, incentivize educational achievement by awarding a
 *     compliant probationer or offender in community control with a 60-day reduction of his or her term
 *     of supervision for each educational advancement activity he or she completes during the term of
 *     supervision. As used in this paragraph, the term 'educational advancement activity' means a high
 *     school equivalency degree, an academic degree, or a vocational certificate." (2025 Florida
 *     Statutes, verbatim copy read 2026-11-30.)
 * (d) "The department shall, without leave of court, incentivize stable employment …": a 30-day reduction
 *     for each 6-month period of "workforce achievement" (working an average of at least 30 hours a week),
 *     verified by the department. Paragraph (d)'s text was NOT read: the enrolled bill's title and secondary
 *     summaries only (The Hill, June 2022). A later paragraph lets a probationer who commits a subsequent
 *     violation "forfeit any previously earned probation incentive" (2021 text, read).
 *
 * Output: `earnedCreditDays` (reductions earned by the as-of date), and where they bring the end before
 * the scheduled end, a `dischargeByLaw` on the day days served + reductions reach the term (the
 * Department "shall" award them without leave of court) and an `earned_discharge` opportunity.
 *
 * Readings chosen:
 * - Only terms the Department of Corrections supervises (supervisingAgency `state`; absent → assumed,
 *   with a warning). Probation only (community control cannot be recorded).
 * - Only activities completed, and work periods ended, on or after July 1, 2022 and during the term;
 *   work counts from the later of the start of work, the start of probation and July 1, 2022, in whole
 *   6-month periods of continuous work; a period's credit posts on the day after it ends (the 6-month
 *   anniversary). Jobs held at once, or one after the other without a day between, are one spell of
 *   work: the reduction is for a period of "workforce achievement", not for each employer. No act
 *   reaches back before the effective date (none read).
 * - "compliant": no violation report (reported or sustained; not dismissed) and no new conviction in the 6
 *   months up to the day an education credit is earned, or inside a work period; no custody or absconding
 *   in a work period (parameter incentives.complianceLookBackMonths, with alternatives). A conviction on
 *   probation is a violation of its first condition whether or not a report was filed.
 * - The record does not give hours worked: every recorded job is assumed to average 30 hours a week,
 *   with a warning. The Department's verification is assumed.
 * - Forfeiture is discretionary ("may"): credits stand after a later sustained violation, with a warning.
 * - A `credits_ineligible` order (spec: a finding that the person "may not earn" credits) acts from its
 *   day on: an activity completed, or a work period ended, before it keeps its reduction, which (c) and
 *   (d) say the Department "shall" award without leave of court.
 * - Only reductions earned by the as-of date move the projected end (future work is not known).
 * Which date selects the version: each credit is read on the day it is earned; the law must be in force
 * on the as-of date.
 */
import { addMonths, type Day } from '../../../dates/calendar.ts';
import { dayCreditsSatisfyTerm, type CreditPosting } from '../../../engine/compliance-months.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { mergedWhereTheyMeet, overlaps } from '../../../engine/term-facts.ts';
import type { FlParameters } from '../parameters.ts';
import { supervisedByDepartment, type Ctx } from './shared.ts';

const EDU = 'Fla. Stat. § 948.05(2)(c)';
const WORK = 'Fla. Stat. § 948.05(2)(d)';
const RULE = 'Education and work reductions (Fla. Stat. § 948.05(2)(c)–(d))';

const ACTIVITY_WORDS: Record<string, string> = {
  high_school_diploma: 'a high school diploma',
  ged: 'a high school equivalency diploma (GED)',
  associate_degree: 'an associate degree',
  bachelor_degree: 'a bachelor’s degree',
  graduate_degree: 'a graduate degree',
  vocational_certificate: 'a vocational certificate',
};

/** No violation report (not dismissed) dated in [from, to]. */
/** The first violation report (not dismissed) dated in [from, to], both ends included; undefined if none. */
/** What made the person not "compliant" between the two days, both included: a violation report or a new conviction. */
function nonCompliance(ctx: Ctx, from: Day, to: Day): string | undefined {
  for (const v of ctx.facts.violations)
    if (v.status !== 'dismissed' && v.day >= from && v.day <= to) return `the violation report of ${ctx.date(v.day)}`;
  for (const c of ctx.facts.convictions) if (c.day >= from && c.day <= to) return `the conviction of ${ctx.date(c.day)}`;
  return undefined;
}

function noCustodyOrAbscondingBetween(ctx: Ctx, from: Day, to: Day): boolean {
  for (const i of ctx.facts.custody) if (overlaps(i, from, to)) return false;
  for (const i of ctx.facts.absconded) if (overlaps(i, from, to)) return false;
  return true;
}

export const incentiveCredits: Rule<FlParameters> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation') return;
  const p = ctx.params.incentives;
  const inForce = ctx.param(p.educationDays, ctx.asOf);
  const end = ctx.scheduledEnd;
  if (inForce === undefined || end === null) return;
  const effective = inForce.from;
  const { start, asOf } = ctx.facts;
  // A term that ended before the reductions existed earns none.
  if (end < effective) return;
  const hasEducation = ctx.facts.achievements.length > 0;
  const hasWork = ctx.facts.employment.length > 0;
  if (!hasEducation && !hasWork) return;
  // The record's finding that no reductions are earned on this term (credits_ineligible), honoured from its
  // day on: what was completed before it had already been awarded (reading above).
  const finding = ctx.facts.orders.find((o) => o.type === 'credits_ineligible')?.day;
  const findingWords = (earned: number) =>
    finding === undefined
      ? ''
      : ` On ${ctx.date(finding)} it was found that you may not earn time off your probation on this term, so nothing is counted from that day on${earned > 0 ? '; what you earned before it still counts' : ''}.`;
  if (finding !== undefined && finding <= start) {
    ctx.explain(findingWords(0).trimStart(), [EDU, WORK]);
    return;
  }
  if (!supervisedByDepartment(ctx, RULE)) {
    ctx.explain(
      'The education and work reductions are given by the Florida Department of Corrections. Your probation is supervised by a county or a private provider, so they do not apply.',
      [EDU, WORK],
    );
    return;
  }

  // Each reduction (or the reason it earned none) on the day it concerns: after the term has ended by law
  // (the day the reductions satisfy it) nothing more is earned, and nothing more is said.
  const postings: (CreditPosting & { by: typeof EDU | typeof WORK })[] = [];
  const lines: { day: Day; text: string }[] = [];
  const lastDay = end < asOf ? end : asOf;

  // (c) Education: each listed activity completed during the term, on or after the effective date.
  for (const a of ctx.facts.achievements) {
    const day = a.day;
    if (day < start || day > lastDay) continue;
    const kinds = ctx.param(p.educationKinds, day);
    // One finished before the reductions existed is named, so that it does not vanish without a word.
    if (day < effective) {
      const later = ctx.param(p.educationKinds, effective);
      if (later !== undefined && later.value.includes(a.event.kind)) {
        lines.push({
          day,
          text: `You finished ${ACTIVITY_WORDS[a.event.kind] ?? a.event.kind} on ${ctx.date(day)}, before these reductions began on ${ctx.date(effective)}, so it earned none.`,
        });
      }
      continue;
    }
    if (finding !== undefined && day >= finding) continue;
    const days = ctx.param(p.educationDays, day);
    const lookBack = ctx.param(p.complianceLookBackMonths, day)?.value ?? 6;
    if (kinds === undefined || days === undefined || !kinds.value.includes(a.event.kind)) continue;
    const what = ACTIVITY_WORDS[a.event.kind] ?? a.event.kind;
    const from = lookBack > 0 ? Math.max(start, addMonths(day, -lookBack)) : day;
    const notCompliant = nonCompliance(ctx, from, day);
    if (notCompliant !== undefined) {
      lines.push({
        day,
        text: `You finished ${what} on ${ctx.date(day)}, but ${notCompliant} falls within the ${lookBack} months before it (${ctx.date(from)} through ${ctx.date(day)}), so you were not "compliant" then and it earned no reduction.`,
      });
      continue;
    }
    postings.push({ posts: day, days: days.value, by: EDU });
    lines.push({ day, text: `You finished ${what} on ${ctx.date(day)}: ${days.value} days off your probation.` });
  }

  // (d) Work: whole 6-month periods of continuous work, inside the term, from the effective date.
  const months = ctx.param(p.workforcePeriodMonths, effective)?.value ?? 6;
  for (const work of mergedWhereTheyMeet(ctx.facts.employment)) {
    const s = Math.max(work.start, start, effective);
    const jobEnd = work.end ?? asOf;
    const e = Math.min(jobEnd, asOf, end, finding === undefined ? end : finding - 1);
    for (let k = 1; ; k++) {
      const periodStart = addMonths(s, (k - 1) * months);
      const posts = addMonths(s, k * months);
      if (posts - 1 > e || posts > asOf) break;
      const days = ctx.param(p.workforceDays, posts);
      if (days === undefined) break;
      if (nonCompliance(ctx, periodStart, posts - 1) !== undefined || !noCustodyOrAbscondingBetween(ctx, periodStart, posts - 1)) {
        lines.push({
          day: posts,
          text: `Your work from ${ctx.date(periodStart)} to ${ctx.date(posts - 1)} earned no reduction: there was a violation report, a new conviction, custody or absconding in that period.`,
        });
        continue;
      }
      postings.push({ posts, days: days.value, by: WORK });
      lines.push({
        day: posts,
        text: `You worked from ${ctx.date(periodStart)} to ${ctx.date(posts - 1)} (${months} months): ${days.value} days off your probation.`,
      });
    }
  }
  postings.sort((a, b) => a.posts - b.posts);
  // The day days served + reductions reach the term; reductions after that day cannot have been earned.
  const satisfied = postings.length === 0 ? null : dayCreditsSatisfyTerm(start, end - start, postings);
  const inTerm = (day: Day) => satisfied === null || day <= satisfied;
  const counted = postings.filter((x) => inTerm(x.posts));
  const earned = counted.reduce((sum, x) => sum + x.days, 0);
  const said = lines.filter((l) => inTerm(l.day)).map((l) => l.text);
  const educationCredits = counted.filter((x) => x.by === EDU).length;
  const workCredits = counted.length - educationCredits;
  if (workCredits > 0) {
    ctx.warn(
      'The record does not show the hours you worked. Your recorded work was assumed to average at least 30 hours a week, and the Department was assumed to have checked it (Fla. Stat. § 948.05(2)(d)).',
    );
  }

  ctx.setEarnedCredits(earned);
  if (said.length === 0) {
    if (finding !== undefined && finding <= lastDay) ctx.explain(findingWords(0).trimStart(), [EDU, WORK]);
    return;
  }
  ctx.explain(
    `Florida takes time off probation for school and work, without going to court: 60 days for each GED, degree or vocational certificate, and 30 days for each 6 months of steady work (since July 1, 2022). ${said.join(' ')} In all, ${earned} days so far.${finding !== undefined && finding <= lastDay ? findingWords(earned) : ''}`,
    workCredits > 0 ? [EDU, WORK] : [EDU],
  );
  if (earned === 0) return;

  if (sustainedAfter(ctx, counted[0]!.posts, satisfied)) {
    ctx.warn(
      'A violation was found after you earned a reduction. The Department may take away reductions already earned after a new violation (Fla. Stat. § 948.05(2)); they were kept here.',
    );
  }
  if (satisfied === null || satisfied >= end) return;
  // Cited by what earned the reductions: (c) for education, (d) for work.
  const earnedBy = [...(educationCredits > 0 ? [EDU] : []), ...(workCredits > 0 ? [WORK] : [])];
  // The end day itself is still a day of probation: told in the present on it.
  const verb = satisfied < asOf ? 'ended' : 'ends';
  ctx.dischargeByLaw(
    satisfied,
    `With ${earned} days taken off, your probation ${verb} on ${ctx.date(satisfied)} instead of ${ctx.date(end)}.`,
    earnedBy,
  );
  ctx.addOpportunity({
    kind: 'earned_discharge',
    date: satisfied,
    citations: earnedBy,
    reasons: [`Your school and work reductions (${earned} days) bring the end of your probation to ${ctx.date(satisfied)}.`],
    basis: 'the Department of Corrections shall reduce the term for education and work (Fla. Stat. § 948.05(2)(c)–(d))',
  });
};

/** A violation found after `day` while the term still ran (up to the day the reductions ended it). */
function sustainedAfter(ctx: Ctx, day: Day, ended: Day | null): boolean {
  for (const v of ctx.facts.violations) if (v.status === 'sustained' && v.day > day && (ended === null || v.day <= ended)) return true;
  return false;
}
