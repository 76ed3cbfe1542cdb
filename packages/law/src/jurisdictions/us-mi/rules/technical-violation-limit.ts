/**
 * MCL 771.4b(1), (3), (5), (9)(a), as amended by 2020 PA 397 (effective April 1, 2021); text read
 * 2026-11-30 in the self-law.org copy and in the MJI Criminal Proceedings Benchbook vol. 3 § 2.11,
 * which quotes it:
 *
 *   "(1) Except as otherwise provided in this section, a probationer who commits a technical probation
 *   violation and is sentenced to temporary incarceration may be incarcerated for each technical
 *   violation as follows:
 *   (a) For a technical violation committed by an individual who is on probation because he or she was
 *   convicted of or pleaded guilty to a misdemeanor: (i) For a first violation, jail incarceration for
 *   not more than 5 days. (ii) For a second violation, … not more than 10 days. (iii) For a third
 *   violation, … not more than 15 days. (iv) For a fourth or subsequent violation, jail incarceration
 *   for any number of days, but not exceeding the total of the remaining eligible jail sentence.
 *   (b) … a felony: (i) … first violation, jail incarceration for not more than 15 days. (ii) … second
 *   …, not more than 30 days. (iii) … third …, not more than 45 days. (iv) For a fourth or subsequent
 *   violation, jail or prison incarceration for any number of days, but not exceeding the total of the
 *   remaining eligible jail or prison sentence."
 *   (3) A jail sanction "may be extended to not more than 45 days if the probationer is awaiting
 *   placement in a treatment facility and does not have a safe alternative location to await
 *   treatment."
 *   (5) violations that "arise[] out of the same transaction" count as a single violation.
 *   (9)(a) "absconding" is "the intentional failure of a probationer to report to his or her
 *   supervising agent or to advise his or her supervising agent of his or her whereabouts for a
 *   continuous period of not less than 60 days."
 * A "technical probation violation" is a violation of the probation order that is not a violation of
 * law; it excludes a violation of a no-contact order, a new violation of law, alcohol use on felony
 * drunk-driving probation, and absconding [S: lawserver.com definitions; willeychamberlain.com].
 *
 * Readings chosen:
 * - Version: the as-of date. The limit is for the NEXT violation, whose sanction is imposed after the
 *   as-of date; the table is in force for sanctions on or after April 1, 2021. Before that date no
 *   limit is encoded: the 2017 version (2017 PA 9; 30 days, 90 awaiting treatment, not after 3
 *   violations) is known only from secondary sources, so `sanctionLimit` stays null and a warning
 *   says so.
 * - Counting: violationNumber = 1 + the sustained technical violations already on this term, where
 *   violations sharing an `episodeId` are one transaction and count once (771.4b(5)); violations
 *   without an episodeId count one each, except that those dated the same day are read as one
 *   transaction, with a warning (parameter `sanction.sameDaySameTransaction`, alternative: two). Category `new_offense`, dismissed or still-pending reports,
 *   and reports whose kinds include `no_contact` are not counted. Category `absconding` is not counted
 *   unless the record's absconding period behind it lasted fewer than the 60 days of (9)(a): a shorter
 *   failure to report is a technical violation.
 * - Violations sustained before April 1, 2021 count (parameter `countViolationsBeforeReform`, with the
 *   alternative reading).
 * - "Misdemeanor" / "felony" is the conviction the probation is for (MCL 761.1, see chapter-xi.ts).
 * - The 45-day treatment-bed allowance of (3) is mentioned only where the table limit is shorter than
 *   45 days: not on a third felony violation (already 45) nor from the fourth (no day limit).
 *
 * Not encoded: 771.4b(7), a rebuttable presumption that the court issues a summons or an order to show
 * cause, not an arrest warrant, for a technical violation (MJI benchbook vol. 3 § 2.2 quoting it;
 * MCR 6.445(A)): nothing in the record decides it (README).
 */
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { Interval, ViolationFacts } from '../../../engine/term-facts.ts';
import { onePerEpisode } from '../../../engine/violation-episodes.ts';
import { firstInForce } from '../../../engine/parameters.ts';
import type { UsMiParameters } from '../parameters.ts';
import { ordinal } from '../../../engine/words.ts';
import { isFelonyProbation, isProbation, type Ctx } from './chapter-xi.ts';

const ROMAN = ['i', 'ii', 'iii', 'iv'] as const;

export const technicalViolationLimit: Rule<UsMiParameters> = (ctx) => {
  if (!isProbation(ctx)) return;
  const s = ctx.params.sanction;
  const felony = isFelonyProbation(ctx);
  // The as-of date selects the version: the limit governs the next sanction, imposed after it.
  const table = ctx.param(felony ? s.felonyJailDays : s.misdemeanorJailDays, ctx.asOf);
  if (table === undefined) {
    ctx.warn(
      `The Michigan jail limits for technical probation violations covered here (MCL 771.4b as amended by 2020 PA 397) start on April 1, 2021; the earlier 2017 limits are not covered by this tool, so no limit is given as of ${ctx.date(ctx.asOf)}.`,
    );
    return;
  }
  const countEarlier = ctx.param(s.countViolationsBeforeReform, ctx.asOf)?.value ?? true;
  const { counted, pending } = countTechnicalViolations(ctx, countEarlier);
  const number = counted + 1;
  const days = number <= table.value.length ? table.value[number - 1]! : null;
  const para = felony ? 'b' : 'a';
  const citation = `MCL 771.4b(1)(${para})(${ROMAN[Math.min(number, 4) - 1]})`;
  const bed = ctx.param(s.treatmentBedDays, ctx.asOf);
  const abscond = ctx.param(s.abscondingMinDays, ctx.asOf);
  const what = felony ? 'felony' : 'misdemeanor';
  const nth = ordinal(number);

  const limitText =
    days === null
      ? `there is no fixed day limit: the court may order ${felony ? 'jail or prison' : 'jail'} for any number of days, but not more than the ${felony ? 'jail or prison' : 'jail'} sentence you could still be given`
      : `the court may order at most ${days} days in jail`;
  const reasons = [
    counted === 0
      ? 'No technical violation has been found on this probation so far, so the next one would be your first.'
      : `${counted === 1 ? 'One technical violation has' : `${counted} technical violations have`} been found on this probation (violations from the same incident count as one), so the next one would be your ${nth}.`,
    `On ${what} probation, for a ${nth}${number >= 4 ? ' or later' : ''} technical violation ${limitText}.`,
  ];
  // 771.4b(3) lengthens a shorter limit to 45 days; where the limit is already 45 days (third felony
  // violation) or has no day limit (fourth or later), it adds nothing and is not mentioned.
  const bedExtends = days !== null && bed !== undefined && days < bed.value;
  if (bedExtends) {
    reasons.push(
      `If you are waiting for a bed in a treatment program and have no safe place to wait, the jail time may be extended to up to ${bed.value} days.`,
    );
  }
  reasons.push(
    `These limits are only for technical violations, such as a missed appointment or a failed drug test. They do not cover a new crime, breaking a no-contact order, or absconding${abscond === undefined ? '' : ` (not reporting or not telling your agent where you are for ${abscond.value} days or more in a row)`}.`,
  );
  if (felony && ctx.hasTag('dui')) {
    reasons.push(
      'Because you are on felony probation for drunk driving, drinking alcohol is not treated as a technical violation, so these limits would not apply to it.',
    );
  }
  if (pending.length > 0) {
    reasons.push(
      `A violation reported on ${pending.map((d) => ctx.date(d)).join(' and ')} has not been decided yet; if it is found to be a technical violation, this limit applies to it.`,
    );
  }
  const citations = [citation, ...(bedExtends ? [bed.source.citation] : []), 'MCL 771.4b(5)'];
  ctx.setSanctionLimit(
    { violationNumber: number, confinementAllowed: true, maxConfinementDays: days, citations, reasons },
    `Michigan limits jail for technical probation violations. Your next one would be your ${nth}. For it, ${limitText}.`,
  );
};

function countTechnicalViolations(ctx: Ctx, countEarlier: boolean): { counted: number; pending: number[] } {
  // The first day the graduated table is in force; violations before it count only if the parameter
  // says so (looked up only when that parameter leaves them out).
  const reformDay = countEarlier
    ? Number.NEGATIVE_INFINITY
    : (firstInForce(ctx.params.sanction.felonyJailDays) ?? Number.NEGATIVE_INFINITY);
  const found: ViolationFacts[] = [];
  const pending: number[] = [];
  for (const v of ctx.facts.violations) {
    if (v.category === 'absconding' && !shortAbsence(ctx, v)) continue;
    if (v.category === 'new_offense') continue;
    if (v.kinds.has('no_contact')) {
      ctx.warn(
        `The violation on ${ctx.date(v.day)} is recorded as technical but involves a no-contact order, which MCL 771.4b does not treat as a technical violation; it is not counted.`,
      );
      continue;
    }
    if (v.status === 'reported') {
      pending.push(v.day);
      continue;
    }
    if (v.status !== 'sustained' || (!countEarlier && v.day < reformDay)) continue;
    found.push(v);
  }
  // Violations sharing an episodeId arose out of the same transaction (771.4b(5)) and count once; so,
  // by the reading chosen, do unmarked ones of one day (parameter sameDaySameTransaction).
  const once = ctx.param(ctx.params.sanction.sameDaySameTransaction, ctx.asOf)?.value ?? true;
  const noted = (day: number) =>
    ctx.warn(
      once
        ? `Two technical violations on ${ctx.date(day)} are not marked as one episode; as they are dated the same day, they were read as arising out of the same transaction and counted as one (MCL 771.4b(5)). If they were separate transactions, they count as two.`
        : `Two technical violations on ${ctx.date(day)} are not marked as one episode, so they were counted as two. If they arose out of the same transaction, MCL 771.4b(5) counts them as one.`,
    );
  return { counted: onePerEpisode(found, { once, noted }).length, pending };
}

/**
 * A violation recorded as absconding is absconding under 771.4b(9)(a) only if the failure to report ran
 * "for a continuous period of not less than 60 days"; a shorter one is a failure to report, a technical
 * violation. The period is the absence behind the violation: the record's absconding interval that began
 * last on or before the violation and was still running on it, or had ended at most
 * REPORTED_AFTER_RETURN_DAYS before it (a report made once the person was back); both ends counted, one
 * still open runs to the as-of date. Without one, the record's word stands: an absence long over says
 * nothing of this violation.
 */
const REPORTED_AFTER_RETURN_DAYS = 30;

function shortAbsence(ctx: Ctx, v: ViolationFacts): boolean {
  const min = ctx.param(ctx.params.sanction.abscondingMinDays, ctx.asOf)?.value;
  let period: Interval | undefined;
  for (const i of ctx.facts.absconded) if (i.start <= v.day && (period === undefined || i.start > period.start)) period = i;
  if (period !== undefined && period.end !== null && period.end < v.day - REPORTED_AFTER_RETURN_DAYS) period = undefined;
  if (min === undefined || period === undefined) return false;
  const days = (period.end ?? ctx.asOf) - period.start + 1;
  if (days >= min) return false;
  // Still open: the absence may yet reach the minimum, so the record's word stands until it ends.
  if (period.end === null) {
    ctx.warn(
      `The violation on ${ctx.date(v.day)} is recorded as absconding, and the time without reporting that began on ${ctx.date(period.start)} is still open (${days} day${days === 1 ? '' : 's'} so far). It is counted as absconding, as recorded; if you report before it reaches ${min} days in a row, it is a technical violation instead (MCL 771.4b(9)(a)).`,
    );
    return false;
  }
  ctx.warn(
    `The violation on ${ctx.date(v.day)} is recorded as absconding, but the record shows ${days} day${days === 1 ? '' : 's'} without reporting (from ${ctx.date(period.start)}), fewer than the ${min} in a row that make absconding under MCL 771.4b(9)(a); it is counted as a technical violation.`,
  );
  return true;
}
