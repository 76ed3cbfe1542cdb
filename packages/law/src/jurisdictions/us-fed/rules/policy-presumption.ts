/**
 * Guide to Judiciary Policy, Vol. 8E, Ch. 3, § 360.20 (Judicial Conference of the United States):
 * a presumption in favour of recommending early termination after 18 months of supervision.
 * THIS IS JUDICIARY POLICY, NOT STATUTE: it guides probation officers' recommendations; the court still
 * decides under § 3583(e)(1) or § 3564(c).
 *
 * The policy text was NOT read (the Guide is not public). From secondary sources (Baber & Johnson,
 * "Early Termination of Supervision: No Compromise to Community Safety", Federal Probation, Sept. 2013;
 * prisonologyx; PCR Consultants on the July 2018 "Post-Conviction Supervision" update): in 2005 the
 * Conference adopted, on the model of U.S. Parole Commission rules, a presumption in favour of early
 * termination after 18 months for persons who are not career violent or drug offenders (28 U.S.C.
 * § 994(h)), sex offenders or terrorists; present no identified risk to the public or victims; have had no
 * court-reported violations over a 12-month period; show the ability to lawfully self-manage; are in
 * substantial compliance with all conditions; and engage in pro-social activities. Since 2005, unpaid
 * fines or restitution do not bar a recommendation if the person is current on the payment schedule.
 *
 * Output: a second `early_termination` opportunity, basis the policy (labelled as policy), opening on the
 * latest of: start + 18 months; the statutory date; the first day the policy is in force (the parameter's
 * 2005-01-01, the earliest day encoded: 18 months reached in 2004 open it then, not before the policy
 * existed); and each court-reported violation + 12 months (the
 * look-back counts back from the day the presumption would apply: a violation on day V keeps it closed
 * until V + 12 months, or the day after where that sum is clamped to a month's end, as for V on
 * February 29; research file example FED-3).
 *
 * Readings chosen:
 * - "Court-reported violation": a violation event with status `reported` or `sustained` (a report to the
 *   court); `dismissed` ones do not count. A conviction on the term, dated on or after its start, counts
 *   on its date: not committing another crime is a mandatory condition (18 U.S.C. §§ 3563(a)(1),
 *   3583(d)), and a new conviction reaches the court.
 * - Absconding (an `absconded` spell on the term) breaks the standard conditions to report to the
 *   probation officer and to stay in the district (U.S.S.G. §§ 5B1.3(c), 5D1.3(c)), and an officer tells
 *   the court of it to seek a warrant. A spell that has ended counts like a reported violation on its last
 *   day away; one still running on the as-of date keeps the policy closed ("substantial compliance with
 *   all conditions"), curable by coming back.
 * - Sex offender: the `sex_registration` tag (record or offense table); terrorism: the table's
 *   `terrorism` fact. Both are exclusions.
 * - Career violent or drug offender, identified risk, self-management, substantial compliance, pro-social
 *   activities and payment-schedule compliance are not in the record: assumed met, with warnings.
 * Which date selects the version: the as-of date.
 */
import { addMonths, civilFromDay, type Day } from '../../../dates/calendar.ts';
import { addOpportunityFromCriteria, type CriterionResult } from '../../../engine/criteria.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { tableFact } from '../../../engine/offense-table.ts';
import type { Interval, OffenseFacts } from '../../../engine/term-facts.ts';
import type { FedParameters } from '../parameters.ts';
import { afterStoppedDays, notCountingStopped } from './imprisonment-tolling.ts';
import { statutoryDate, type Ctx } from './shared.ts';

/** The mandatory condition a new crime breaks: for probation, and for supervised release. */
const CONDITION_NO_CRIME = { probation: '18 U.S.C. § 3563(a)(1)', release: '18 U.S.C. § 3583(d)' } as const;
/** The standard conditions absconding breaks (report to the officer; stay in the district). */
const CONDITION_REPORT = { probation: 'U.S.S.G. § 5B1.3(c)', release: 'U.S.S.G. § 5D1.3(c)' } as const;

/** What last reached the court: a reported violation, a new conviction, or the end of an absconding. */
type LastBreach = { day: Day; by: 'violation' | 'conviction' | 'absconding' };
const POLICY = 'Guide to Judiciary Policy, Vol. 8E, § 360.20 (policy)';

/** An offense the policy does not cover: excluded from the policy for good; the statute still applies. */
function notCovered(id: string, offenses: string, o: OffenseFacts, citations: string[]): CriterionResult {
  return {
    id,
    met: false,
    exclusion: true,
    reason: `The 18-month policy does not cover ${offenses} (${o.offense.description ?? o.offense.statute}). The judge can still end your term under the law.`,
    citations,
  };
}

export const policyPresumption: Rule<FedParameters> = (ctx) => {
  const { term, start } = ctx.facts;
  if (term.kind !== 'probation' && term.kind !== 'supervised_release') return;
  const end = ctx.endSoFar();
  if (end !== null && end < ctx.asOf) return;
  const months = ctx.param(ctx.params.policy.presumptionMonths, ctx.asOf);
  const clean = ctx.param(ctx.params.policy.violationFreeMonths, ctx.asOf);
  const s = statutoryDate(ctx);
  if (months === undefined || clean === undefined || s === undefined) return;
  const what = term.kind === 'supervised_release' ? 'supervised release' : 'probation';
  const criteria: CriterionResult[] = [];

  const unmoved = addMonths(start, months.value);
  const mark = afterStoppedDays(ctx, unmoved, true);
  criteria.push({
    id: 'eighteen_months',
    met: true,
    date: mark,
    reason: `You ${mark <= ctx.asOf ? 'reached' : 'reach'} ${months.value} months of ${what} on ${ctx.date(mark)}. After that, court policy says probation officers should presume early termination is right for people who meet its criteria.`,
    citations: [POLICY],
  });
  criteria.push({
    id: 'statute',
    met: true,
    date: s.day,
    reason: 'The law lets the judge end your term by then.',
    citations: [s.citation],
  });
  // The policy cannot apply before it was adopted: 18 months reached before then open it on that day.
  const adopted = months.from > mark && months.from > s.day ? months.from : null;
  if (adopted !== null)
    criteria.push({
      id: 'policy_adopted',
      met: true,
      date: adopted,
      reason: `The policy was adopted in ${civilFromDay(adopted).year}, so it could not apply before then; it is counted here from ${ctx.date(adopted)}, as the exact day is not known.`,
      citations: [POLICY],
    });

  // No court-reported violations in the 12 months before the day it would apply. A new conviction during
  // the term breaks the mandatory condition not to commit another crime, and reaches the court too; so does
  // an absconding, on its last day away.
  const kind = term.kind === 'probation' ? 'probation' : 'release';
  const { breach, away } = lastBreach(ctx);
  const clear = breach === null ? null : firstDayOutsideLookBack(breach.day, clean.value);
  if (breach !== null && clear !== null) {
    const what = {
      violation: `A violation was reported to the court on ${ctx.date(breach.day)}.`,
      conviction: `You were convicted of a new offense on ${ctx.date(breach.day)}, which breaks the condition not to commit another crime and is reported to the court.`,
      absconding: `You were away from supervision without permission until ${ctx.date(breach.day)}, which breaks the conditions to report to your probation officer and to stay in the district, and is reported to the court.`,
    }[breach.by];
    criteria.push({
      id: 'violation_free',
      met: true,
      date: clear,
      reason: `${what} The policy looks back ${clean.value} months from the day it would apply, so it cannot apply before ${ctx.date(clear)}, if no other violation is reported.`,
      citations:
        breach.by === 'conviction'
          ? [POLICY, CONDITION_NO_CRIME[kind]]
          : breach.by === 'absconding'
            ? [POLICY, CONDITION_REPORT[kind]]
            : [POLICY],
    });
  } else {
    criteria.push({
      id: 'violation_free',
      met: true,
      reason: `No violation has been reported to the court, so the ${clean.value}-month look-back (counted back from the day the policy would apply) is clear.`,
      citations: [POLICY],
    });
  }
  if (away !== undefined) {
    criteria.push({
      id: 'not_absconding',
      met: false,
      exclusion: false,
      reason: `You have been away from supervision without permission since ${ctx.date(away.start)}. The policy is for people who follow their conditions: once you are back in touch with your probation officer, it looks back ${clean.value} months from the day it would apply.`,
      citations: [POLICY, CONDITION_REPORT[kind]],
    });
  }

  // A presumption that would apply only on or after the term's last day never comes into play.
  let latest = mark > s.day ? mark : s.day;
  if (adopted !== null && adopted > latest) latest = adopted;
  if (clear !== null && clear > latest) latest = clear;
  if (end !== null && latest >= end) {
    // Where the look-back after a violation, not the months served, sets the day, the words say so.
    const why =
      clear !== null && latest === clear && clear > mark && clear > s.day
        ? `: the ${months.value} months ${ctx.tense(mark, 'were', 'are')} served on ${ctx.date(mark)}, but the ${clean.value}-month look-back after the violation clears only then`
        : '';
    ctx.explain(
      `Your ${what} is set to end on ${ctx.date(end)}, ${end < latest ? 'before' : 'the day'} the court policy that favors early termination after ${months.value} months would apply (${ctx.date(latest)}${why}).`,
      [POLICY],
    );
    return;
  }

  const sex = ctx.facts.offenses.find((o) => o.tags.has('sex_registration'));
  const terror = ctx.facts.offenses.find((o) => tableFact(o, 'terrorism') === true);
  ctx.needClassification(['sex_registration'], 'The early-termination policy');
  if (sex !== undefined) criteria.push(notCovered('not_sex_offender', 'sex offenses', sex, [POLICY]));
  if (terror !== undefined)
    criteria.push(notCovered('not_terrorism', 'terrorism offenses', terror, [POLICY, '18 U.S.C. § 2332b(g)(5)(B)']));
  criteria.push({
    id: 'not_career_offender',
    met: 'unknown',
    reason: 'You are not a career violent or drug offender.',
    assumption:
      'The record cannot show whether you were sentenced as a career violent or drug offender (28 U.S.C. § 994(h)); it was assumed you were not. The 18-month policy does not cover career offenders.',
    citations: [POLICY, '28 U.S.C. § 994(h)'],
  });
  criteria.push({
    id: 'conduct',
    met: 'unknown',
    reason:
      'The policy also asks that you pose no known risk to the public or to victims, follow your conditions, keep up with any payment plan for fines or restitution, and can manage on your own.',
    assumption:
      'The record cannot show risk, compliance with conditions or a payment plan; they were assumed to meet the 18-month policy (Guide to Judiciary Policy, Vol. 8E, § 360.20). Unpaid fines or restitution do not stand in the way if you are current on your payment schedule.',
    citations: [POLICY],
  });

  const opening = addOpportunityFromCriteria(
    ctx,
    {
      kind: 'early_termination',
      citations: [POLICY],
      basis:
        'Judicial Conference policy (not law): a presumption in favour of recommending early termination after 18 months (Guide to Judiciary Policy, Vol. 8E, § 360.20)',
    },
    criteria,
  );
  // Why that day: the latest of the three dated criteria.
  const clearOfLast =
    breach === null
      ? ''
      : `the first day whose ${clean.value}-month look-back no longer reaches the ${{ violation: 'violation reported', conviction: 'conviction', absconding: 'absconding that ended' }[breach.by]} on ${ctx.date(breach.day)}`;
  const why =
    opening === mark
      ? `${months.value} months from the start of your ${what}${notCountingStopped(unmoved, mark)}${opening === clear ? `, which is also ${clearOfLast}` : ''}`
      : opening === clear
        ? clearOfLast
        : opening === adopted
          ? `when the policy began, in ${civilFromDay(adopted!).year}; you had reached ${months.value} months on ${ctx.date(mark)}`
          : 'the first day the law lets the judge end it';
  ctx.explain(
    opening !== null
      ? `From ${ctx.date(opening)} (${why}), court policy asks probation officers to presume early termination is right for people who meet its criteria, and to recommend it to the judge.`
      : `The court policy that favors early termination after ${months.value} months does not cover you. ${criteria.flatMap((c) => (c.met === false ? [c.reason] : [])).join(' ')}`,
    [POLICY],
  );
  if (opening !== null) {
    ctx.warn(
      'The 18-month presumption comes from Judicial Conference policy, not a statute. Its exact criteria were not read in the policy itself (only in published summaries).',
    );
  }
};

/**
 * The last breach that reached the court (a violation not dismissed, a conviction during the term, the
 * last day of an absconding that has ended), and an absconding still running on the as-of date.
 */
function lastBreach(ctx: Ctx): { breach: LastBreach | null; away: Interval | undefined } {
  let breach: LastBreach | null = null;
  const consider = (day: Day, by: LastBreach['by']) => {
    if (breach === null || day > breach.day) breach = { day, by };
  };
  for (const v of ctx.facts.violations) if (v.status !== 'dismissed') consider(v.day, 'violation');
  for (const c of ctx.facts.convictions) if (c.day >= ctx.facts.start) consider(c.day, 'conviction');
  let away: Interval | undefined;
  for (const a of ctx.facts.absconded) {
    if (a.end === null || a.end >= ctx.asOf) away = a;
    else if (a.end >= ctx.facts.start) consider(a.end, 'absconding');
  }
  return { breach, away };
}

/**
 * The first day D whose look-back of `months` no longer reaches the violation day `v`. The window for D
 * runs from the day after D − months through D, so D is the first day with D − months ≥ v: v + months,
 * unless that sum was clamped to a month's end (v on February 29, on the 31st), when v + months − months
 * falls before v and D is the day after. Violation 2024-02-29, 12 months: 2025-02-28 looks back to
 * 2024-02-28, which leaves the violation inside; 2025-03-01 looks back to 2024-03-01, clear.
 */
export function firstDayOutsideLookBack(v: Day, months: number): Day {
  const sum = addMonths(v, months);
  return addMonths(sum, -months) >= v ? sum : sum + 1;
}
