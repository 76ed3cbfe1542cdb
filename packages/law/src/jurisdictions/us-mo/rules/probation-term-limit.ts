/**
 * RSMo § 559.016.1, .3 and § 559.036.1–.2: the total time on a probation term, extensions included.
 *
 * 559.016.1 "… the terms during which each probation shall remain conditional and be subject to
 *   revocation are: (1) A term of years not less than one year and not to exceed five years for a felony;
 *   (2) A term not less than six months and not to exceed two years for a misdemeanor; …"
 * 559.016.3 "The court may extend a period of probation, however, no more than one extension of any
 *   probation may be ordered except that the court may extend the total time on probation by one
 *   additional year by order of the court if the defendant admits he or she has violated the conditions
 *   of his or her probation or is found by the court to have violated the conditions of his or her
 *   probation. Total time on any probation term, including any extension, shall not exceed the maximum
 *   term as established in subsection 1 of this section plus one additional year if the defendant admits
 *   or the court finds that the defendant has violated the conditions of his or her probation."
 * 559.036.1 "A term of probation commences on the day it is imposed." (Texts read 2026-12-01: § 559.016
 *   before and after 2012 H.B. 1525; § 559.036 current.)
 *
 * Readings chosen:
 * - The total time counts from the start date, the day supervision on the term began; its end is the start
 *   + the maximum years (+ 1 year once a violation is admitted or found), the term's last day. Probation
 *   "commences on the day it is imposed"; where the record starts it later than the sentence date (jail
 *   first, shock incarceration), the start is read as the day probation was imposed, so a term ordered
 *   for the maximum from its start is never cut.
 * - Lifetime supervision (§ 559.106) is outside § 559.016 and gets no limit. Missouri has no other lifetime
 *   probation: § 559.106 reaches only the sex offenses it lists, so a probation recorded as lifetime for
 *   offenses none of which is tagged `sex_registration` is read as a § 559.016 probation, with its limit
 *   and a warning (`lifetimeSupervision`).
 * - Level: felony 5 years; misdemeanor 2 years (Missouri has no gross misdemeanors; a record's
 *   `gross_misdemeanor` is read as a misdemeanor). Infractions are not in the record format.
 * - "Admits or the court finds": a sustained violation on the term, dated on or before the as-of date and
 *   on or before the start + the maximum years, and not after the discharge that earned compliance credits
 *   required against that limit (§ 217.703.7): a violation dated after either came after the term had
 *   ended by law, so it is no violation "of his or her probation" and cannot lengthen the term again.
 * - Reported only where the term as it stands (extensions applied) runs past the limit: then
 *   `statutoryMaxEndDate` and a `term_cap` opportunity. A term within the limit reports none, as the limit
 *   does not bind it.
 * - The "no more than one extension" rule is not applied (every extension order in the record is applied up
 *   to this limit): a second extension ordered with no violation admitted or found on or before it is warned
 *   of, since only the record of the hearing can show what the court found.
 * - Version: the sentence date. Probation only (parole is set by the board).
 * - 559.036.1 "Multiple terms of Missouri probation, whether imposed at the same time or at different
 *   times, shall run concurrently." A probation the record sets to follow another Missouri probation
 *   (`consecutiveTo`) and to start after its sentence date is warned of, with the end it would have from
 *   the day it was imposed; its dates stay the record's, which may show a real later start.
 */
import { addLength, addYears } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import { firstViolationFound } from '../../../engine/violation-episodes.ts';
import { addTermCapOpportunity, askTheCourtToCorrect } from '../../../engine/term-cap.ts';
import type { UsMoParameters } from '../parameters.ts';
import { dischargeRequiredAgainst } from './ecc-discharge.ts';
import { lifetimeSupervision } from './lifetime-supervision.ts';

const CITATIONS = ['RSMo § 559.016.1', 'RSMo § 559.016.3', 'RSMo § 559.036.2'];

export const probationTermLimit: Rule<UsMoParameters> = (ctx) => {
  const { term, sentence, start, level } = ctx.facts;
  if (term.kind !== 'probation' || lifetimeSupervision(ctx)) return;
  if (term.lifetime === true)
    ctx.warn(
      `This probation is recorded as lifetime, but in Missouri only the lifetime supervision of RSMo § 559.106 runs for life, for the sex offenses it lists, and none of this term's offenses is recorded as one. It was read as probation under § 559.016, whose limit applies.`,
    );
  warnConsecutiveProbation(ctx);
  warnSecondExtension(ctx);
  const p = ctx.params.probation;
  const max = ctx.param(level === 'felony' ? p.felonyMaxYears : p.misdemeanorMaxYears, sentence);
  const extra = ctx.param(p.violationExtraYears, sentence);
  if (max === undefined || extra === undefined) return;
  // Most terms run well within the longest limit: nothing to find then.
  const end = ctx.scheduledEnd;
  const base = addYears(start, max.value);
  if (end !== null && end <= base) return;
  // Only a violation of the probation: one dated after the base limit came after the term had ended, and so
  // did one dated after the discharge the credits required against that limit (§ 217.703.7).
  // A revocation (later reinstated) rests on a violation found, whether or not the record lists it.
  let found = firstViolationFound(ctx.facts, base);
  if (found !== undefined) {
    const discharged = dischargeRequiredAgainst(ctx, base);
    if (discharged !== null && discharged < found) found = undefined;
  }
  const limit = addYears(start, max.value + (found === undefined ? 0 : extra.value));
  if (end !== null && end <= limit) return;

  const what = level === 'felony' ? 'a felony' : 'a misdemeanor';
  const plus =
    found === undefined
      ? ''
      : `, plus ${extra.value} more year${extra.value === 1 ? '' : 's'} because a violation was found on ${ctx.date(found)}`;
  ctx.capAt(
    limit,
    `Missouri law limits the total time on probation, extensions included, to ${max.value} years for ${what}${plus}, counted from the day your probation ${ctx.tense(start, 'began', 'begins')} (${ctx.date(start)}). So by law your probation ${ctx.endBy(limit)}.`,
    CITATIONS,
  );
  addTermCapOpportunity(ctx, limit, CITATIONS, {
    advice: askTheCourtToCorrect(ctx, limit),
    basis:
      'The total time on probation, extensions included, may not exceed the limit of RSMo § 559.016; the court corrects an order that runs past it.',
  });
};

/**
 * § 559.016.3: "no more than one extension of any probation may be ordered except" one additional year where
 * a violation is admitted or found. A second extension with no violation found on or before it is warned of.
 */
function warnSecondExtension(ctx: TermContext<UsMoParameters>): void {
  // An order of 0 months extends nothing (the engine says so): not an extension to count.
  const extensions = ctx.facts.orders.filter((o) => o.type === 'extension' && o.months !== 0);
  const second = extensions[1];
  if (second === undefined || firstViolationFound(ctx.facts, second.day) !== undefined) return;
  ctx.warn(
    `The record shows ${extensions.length} extensions of this probation (the second ordered on ${ctx.date(second.day)}) and no violation admitted or found before the second. RSMo § 559.016.3 allows no more than one extension of a probation, except one more year where a violation is admitted or found. Every extension was applied here; if the court found no violation, ask your lawyer whether the later extension was lawful.`,
  );
}

/** § 559.036.1: a Missouri probation recorded to follow another runs at the same time, from its imposition. */
function warnConsecutiveProbation(ctx: TermContext<UsMoParameters>): void {
  const { term, person, sentence, start } = ctx.facts;
  const before = term.consecutiveTo === undefined ? undefined : person.terms.find((t) => t.id === term.consecutiveTo);
  const end = ctx.scheduledEnd;
  if (before === undefined || before.jurisdiction !== 'US-MO' || before.kind !== 'probation' || start <= sentence || end === null) return;
  const concurrent = term.length !== undefined ? addLength(sentence, term.length) : sentence + (end - start);
  ctx.warn(
    `This probation is recorded to follow term ${before.id}, but Missouri probation terms run at the same time and each begins on the day it is imposed (RSMo § 559.036.1). Imposed on ${ctx.date(sentence)}, it would end by ${ctx.date(concurrent)}, not ${ctx.date(end)}; the dates here follow the record. Ask your lawyer or the court to check.`,
  );
}
