/**
 * La. C.Cr.P. art. 893(A)(1)(a): the longest felony probation.
 *
 * "When it appears that the best interest of the public and of the defendant will be served, the court,
 * after a first, second, or third conviction of a noncapital felony, may suspend, in whole or in part,
 * the imposition or execution of either or both sentences … and … place the defendant on probation
 * under the supervision of the division of probation and parole. … Except as provided in Paragraphs G
 * and H of this Article, the period of probation shall be specified and shall not be more than three
 * years." (Text after Act 280 of 2017, as quoted in the House digest of HB 11, 2024 2nd Ex. Sess.)
 * Act 8 of the 2024 2nd Ex. Sess. "increases the maximum length of the probation period from three years
 * to five years" (same digest), for offenses committed on or after August 1, 2024 [secondary summary].
 * Before Act 280 (effective November 1, 2017) the maximum was five years [secondary: Pew / SCF Center].
 *
 * Readings chosen:
 * - Which date selects the version: the OFFENSE date (the latest offense of the term; the sentence date
 *   with a warning where the record gives none). Act 8 says so for its change; for Act 280's change the
 *   general rule that the law at the time of the offense fixes the penalty is applied (Act 280's own
 *   applicability section was not read: open question).
 * - The period runs from the day probation began (`startDate`): for a split sentence probation begins on
 *   release. Cap = start + the maximum years (calendar years, month-end clamped).
 * - Felony probation only (art. 893). Misdemeanor probation (art. 894) is not encoded.
 * - Exception, art. 893(G) and (H): a court may set a longer period for a defendant in a specialty court
 *   program (drug, DWI, mental health, veterans, reentry court; up to 8 years after Act 8 [secondary]).
 *   The record format has no field for it: a term may carry `specialtyCourt: true`, and then no cap is
 *   given. The text of (G) and (H) was not read.
 * - The cap binds the sentencing court: a term ordered past it is reported as a `term_cap` opportunity
 *   (the court corrects the order); the projected end is the cap (`statutoryMaxEndDate`).
 */
import { addYears, parseIsoDate, type Day } from '../../../dates/calendar.ts';
import { decide, type Provision } from '../../../engine/exceptions.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { ACT_8_OFFENSE_DAY_ISO, type UsLaParameters } from '../parameters.ts';
import { governingOffenseDay, termFlag, warnOffenseDate } from './shared.ts';

const CITE_A = 'La. C.Cr.P. art. 893(A)(1)(a)';
const CITE_GH = 'La. C.Cr.P. art. 893(G), (H)';
const ACT_8_DAY = parseIsoDate(ACT_8_OFFENSE_DAY_ISO);

/** The cap day, or null where an exception leaves the length to the court. */
const maximum: Provision<Day | null, UsLaParameters> = {
  general: {
    label: 'art. 893(A)(1)(a): the period of probation shall not be more than the maximum',
    citations: [CITE_A],
    value: (ctx) => {
      const years = ctx.param(ctx.params.term.felonyProbationMaxYears, governingOffenseDay(ctx).day)!.value;
      return addYears(ctx.facts.start, years);
    },
  },
  exceptions: [
    {
      label: 'art. 893(G), (H): specialty court program',
      citations: [CITE_GH],
      appliesBecause: (ctx) =>
        termFlag(ctx, 'specialtyCourt') === true
          ? 'the court placed you in a specialty court program, which can have a longer probation period'
          : undefined,
      value: () => null,
    },
  ],
};

export const probationTermLimit: Rule<UsLaParameters> = (ctx) => {
  const { term, level } = ctx.facts;
  if (term.kind !== 'probation' || level !== 'felony') return;
  const od = governingOffenseDay(ctx);
  const max = ctx.param(ctx.params.term.felonyProbationMaxYears, od.day);
  if (max === undefined) return;
  warnOffenseDate(ctx, 'The longest probation the law allows (La. C.Cr.P. art. 893(A)(1)(a))');
  const decision = decide(ctx, maximum);
  const capDay = decision.value;
  if (capDay === null) {
    const d = decision.decidedBy[0]!;
    ctx.explain(`The usual limit of ${max.value} years on felony probation does not apply here, because ${d.because}.`, d.citations);
    return;
  }
  const when = ctx.date(od.day);
  const version =
    max.from >= ACT_8_DAY
      ? `For an offense committed on or after August 1, 2024, felony probation may not be longer than ${max.value} years.`
      : max.value === 3
        ? `For an offense committed from November 1, 2017 through July 31, 2024, felony probation may not be longer than 3 years.`
        : `For an offense committed before November 1, 2017, felony probation may not be longer than ${max.value} years.`;
  ctx.capAt(
    capDay,
    `${version} Your offense date is ${when}${od.fellBackToSentence ? ' (the record gives no offense date, so your sentence date was used)' : ''}, so your probation can run at most until ${ctx.date(capDay)}, ${max.value} years after it began on ${ctx.date(ctx.facts.start)}.`,
    [max.source.citation],
  );
  const end = ctx.scheduledEnd;
  if (end === null || end > capDay) {
    ctx.addOpportunity({
      kind: 'term_cap',
      date: capDay,
      citations: [max.source.citation],
      reasons: [
        end === null
          ? `Your probation has no end date as ordered, but the law does not let it run past ${ctx.date(capDay)}.`
          : `Your probation as ordered runs to ${ctx.date(end)}, which is past ${ctx.date(capDay)}, the latest end the law allows.`,
        `You or your lawyer can ask the court to correct the end date to ${ctx.date(capDay)}.`,
      ],
      basis: 'The limit binds the court that sets the probation period; the court corrects an order that runs past it.',
    });
  }
};
