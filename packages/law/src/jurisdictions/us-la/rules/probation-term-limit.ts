/**
 * La. C.Cr.P. art. 893(A)(1)(a): the longest felony probation.
 *
 * "When it appears that the best interest of the public and of the defendant will be served, the court,
 * after a first, second, or third conviction of a noncapital felony, may suspend, in whole or in part,
 * the imposition or execution of either or both sentences … and … place the defendant on probation
 * under the supervision of the division of probation and parole. … Except as provided in Paragraphs G
 * and H of this Article, the period of probation shall be specified and shall not be more than three
 * years." (Text after Act 280 of 2017, as quoted in the House digest of HB 11, 2024 2nd Ex. Sess.)
 * Before Act 280 (effective November 1, 2017): "not less than one year and not more than five years"
 * (Senate digest of SB 139, 2017, describing the law then in force) [secondary].
 * Act 280, résumé digest (House Legislative Services) [secondary]: the court may suspend the sentence of
 *   a first conviction of a crime of violence with a maximum prison term of ten years or less, not
 *   committed against a family or household member or dating partner; it may not suspend a second or
 *   third conviction of R.S. 14:73.3, 81.1 or 81.2, and "if the court suspends the sentence for a first
 *   conviction of pornography involving juveniles or molestation of a juvenile …, the period of
 *   probation shall be specified and shall not be more than five years".
 * Act 8 of the 2024 2nd Ex. Sess. "increases the maximum length of the probation period from three years
 * to five years" (House digest), for offenses committed on or after August 1, 2024 [secondary summary].
 * The text of art. 893(A) itself was not read in any version (status: partly from secondary sources).
 *
 * General rule and labelled exceptions (engine `decide`; where several apply, the longest period wins,
 * since each is a permission to go longer):
 * - General: `term.felonyProbationMaxYears` (5 / 3 / 5 by offense date).
 * - Exception, first conviction of R.S. 14:81.1 or 81.2 (offense table fact `art893FiveYears`):
 *   `term.juvenileSexOffenseProbationMaxYears` (5 from November 1, 2017). A probation for either offense
 *   is read as a first conviction: a later one cannot be suspended.
 * - Exception, first conviction of a crime of violence (tag `violent`):
 *   `term.crimeOfViolenceProbationMaxYears`. AMBIGUOUS: the enacted Act's digest names no longer period
 *   for it, so the value is the general 3 years (5 from August 1, 2024); the Senate digest of the
 *   reengrossed bill gave 5 years, which is the alternative. A warning goes with every term this binds.
 * - Exception, art. 893(G) and (H): a court may set a longer period for a defendant in a specialty court
 *   program (drug, DWI, mental health, veterans, reentry court; up to 8 years [secondary]). The record
 *   format has no field for it: a term may carry `specialtyCourt: true` (or `reentryCourt: true`, a
 *   specialty court program under art. 895.6(A)(2)), and then no cap is given. The text of (G) and (H)
 *   was not read.
 *
 * Readings chosen:
 * - Which date selects the version: the OFFENSE date (the latest offense of the term; the sentence date
 *   with a warning where the record gives none). Act 8 says so for its change; for Act 280's change the
 *   general rule that the law at the time of the offense fixes the penalty is applied (Act 280's own
 *   applicability section was not read: open question).
 * - The period runs from the day probation began (`startDate`): for a split sentence probation begins on
 *   release. Cap = start + the maximum years (calendar years, month-end clamped: a probation that began
 *   on February 29 reaches its cap on February 28).
 * - Felony probation only (art. 893). Misdemeanor probation (art. 894) is not encoded.
 * - The cap binds the sentencing court: a term ordered past it is reported as a `term_cap` opportunity
 *   (the court corrects the order); the projected end is the cap (`statutoryMaxEndDate`).
 */
import { addYears, parseIsoDate, type Day } from '../../../dates/calendar.ts';
import { decide, type Provision } from '../../../engine/exceptions.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { tableFact } from '../../../engine/offense-table.ts';
import type { Parameter } from '../../../engine/parameters.ts';
import { ACT_8_OFFENSE_DAY_ISO, type UsLaParameters } from '../parameters.ts';
import { governingOffenseDay, termFlag, warnOffenseDate, type Ctx } from './shared.ts';

const CITE_A = 'La. C.Cr.P. art. 893(A)(1)(a)';
const CITE_GH = 'La. C.Cr.P. art. 893(G), (H)';
const ACT_8_DAY = parseIsoDate(ACT_8_OFFENSE_DAY_ISO);

/** A cap the law sets: the day, the years behind it, the citation, and the sentence that states it. */
interface Cap {
  day: Day;
  years: number;
  citation: string;
  /** "For an offense committed …, felony probation may not be longer than 3 years." */
  version: string;
  /** Which branch set it, for the warning on the crime-of-violence reading. */
  branch: 'general' | 'juvenile' | 'violent';
}

function capFrom(ctx: Ctx, p: Parameter<number>, branch: Cap['branch'], version: (years: number) => string): Cap | undefined {
  const max = ctx.param(p, governingOffenseDay(ctx).day);
  if (max === undefined) return undefined;
  return {
    day: addYears(ctx.facts.start, max.value),
    years: max.value,
    citation: max.source.citation,
    version: version(max.value),
    branch,
  };
}

function generalVersion(ctx: Ctx, years: number): string {
  const from = ctx.param(ctx.params.term.felonyProbationMaxYears, governingOffenseDay(ctx).day)!.from;
  if (from >= ACT_8_DAY)
    return `For an offense committed on or after August 1, 2024, felony probation may not be longer than ${years} years.`;
  return years === 3
    ? 'For an offense committed from November 1, 2017 through July 31, 2024, felony probation may not be longer than 3 years.'
    : `For an offense committed before November 1, 2017, felony probation may not be longer than ${years} years.`;
}

function juvenileCounts(ctx: Ctx) {
  return ctx.facts.offenses.filter((o) => tableFact(o, 'art893FiveYears') === true);
}

function named(list: readonly { offense: { description?: string; statute: string } }[]): string {
  return list.map((o) => o.offense.description ?? o.offense.statute).join(' and ');
}

const maximum: Provision<Cap | null, UsLaParameters> = {
  general: {
    label: 'art. 893(A)(1)(a): the period of probation shall not be more than the maximum',
    citations: [CITE_A],
    value: (ctx) => capFrom(ctx, ctx.params.term.felonyProbationMaxYears, 'general', (y) => generalVersion(ctx, y))!,
  },
  exceptions: [
    {
      label: 'art. 893(A)(1)(a): first conviction of R.S. 14:81.1 or 81.2, not more than five years',
      citations: [CITE_A],
      appliesBecause: (ctx) => {
        const counts = juvenileCounts(ctx);
        if (
          counts.length === 0 ||
          ctx.param(ctx.params.term.juvenileSexOffenseProbationMaxYears, governingOffenseDay(ctx).day) === undefined
        )
          return undefined;
        return `your probation is for ${named(counts)}, which has its own limit`;
      },
      value: (ctx) =>
        capFrom(
          ctx,
          ctx.params.term.juvenileSexOffenseProbationMaxYears,
          'juvenile',
          (y) =>
            `For a first conviction of pornography involving juveniles (R.S. 14:81.1) or molestation of a juvenile (R.S. 14:81.2) committed on or after November 1, 2017, probation may not be longer than ${y} years.`,
        )!,
    },
    {
      label: 'art. 893(A)(1)(a): first conviction of a crime of violence',
      citations: [CITE_A, 'La. R.S. 14:2(B)'],
      appliesBecause: (ctx) => {
        const violent = ctx.offensesWith('violent');
        if (violent.length === 0 || ctx.param(ctx.params.term.crimeOfViolenceProbationMaxYears, governingOffenseDay(ctx).day) === undefined)
          return undefined;
        return `your probation is for ${named(violent)}, a crime of violence`;
      },
      value: (ctx) =>
        capFrom(ctx, ctx.params.term.crimeOfViolenceProbationMaxYears, 'violent', (y) =>
          governingOffenseDay(ctx).day >= ACT_8_DAY
            ? `For an offense committed on or after August 1, 2024, felony probation may not be longer than ${y} years, a crime of violence included.`
            : `For a first conviction of a crime of violence committed from November 1, 2017 through July 31, 2024, this evaluation reads the limit on felony probation as ${y} years.`,
        )!,
    },
    {
      label: 'art. 893(G), (H): specialty court program',
      citations: [CITE_GH],
      appliesBecause: (ctx) =>
        termFlag(ctx, 'specialtyCourt') === true || termFlag(ctx, 'reentryCourt') === true
          ? 'the court placed you in a specialty court program, which can have a longer probation period'
          : undefined,
      value: () => null,
    },
  ],
  // Each exception permits a longer period: the longest wins, and "no cap" is longest of all.
  combine: (values) => {
    let longest: Cap | null | undefined;
    for (const v of values) {
      if (v === null) return null;
      if (longest === undefined || longest === null || v.day > longest.day) longest = v;
    }
    return longest ?? null;
  },
};

export const probationTermLimit: Rule<UsLaParameters> = (ctx) => {
  const { term, level } = ctx.facts;
  if (term.kind !== 'probation' || level !== 'felony') return;
  const od = governingOffenseDay(ctx);
  const general = ctx.param(ctx.params.term.felonyProbationMaxYears, od.day);
  if (general === undefined) return;
  warnOffenseDate(ctx, 'The longest probation the law allows (La. C.Cr.P. art. 893(A)(1)(a))');
  const decision = decide(ctx, maximum);
  const cap = decision.value;
  if (cap === null) {
    const d = decision.decidedBy.find((x) => x.label.startsWith('art. 893(G)')) ?? decision.decidedBy[0]!;
    ctx.explain(`The usual limit of ${general.value} years on felony probation does not apply here, because ${d.because}.`, d.citations);
    return;
  }
  const started = ctx.facts.start <= ctx.asOf ? 'began' : 'begins';
  ctx.capAt(
    cap.day,
    `${cap.version} Your offense date is ${ctx.date(od.day)}${od.fellBackToSentence ? ' (the record gives no offense date, so your sentence date was used)' : ''}, so your probation can run at most until ${ctx.date(cap.day)}, ${cap.years} years after it ${started} on ${ctx.date(ctx.facts.start)}.`,
    [cap.citation],
  );
  const end = ctx.scheduledEnd;
  const binds = end === null || end > cap.day;
  if (cap.branch === 'violent' && binds && od.day < ACT_8_DAY) {
    const alt = ctx.params.term.crimeOfViolenceProbationMaxYears.alternatives?.[0]?.value;
    ctx.warn(
      `How long probation for a first conviction of a crime of violence may run after November 1, 2017 is not settled in the texts read: this evaluation uses the general limit of ${cap.years} years. An earlier version of the 2017 bill set ${alt ?? 5} years for it; if that is the law, the limit is ${ctx.date(addYears(ctx.facts.start, alt ?? 5))} instead.`,
    );
  }
  if (binds) {
    ctx.addOpportunity({
      kind: 'term_cap',
      date: cap.day,
      citations: [cap.citation],
      reasons: [
        end === null
          ? `Your probation has no end date as ordered, but the law does not let it run past ${ctx.date(cap.day)}.`
          : `Your probation as ordered runs to ${ctx.date(end)}, which is past ${ctx.date(cap.day)}, the latest end the law allows.`,
        `You or your lawyer can ask the court to correct the end date to ${ctx.date(cap.day)}.`,
      ],
      basis: 'The limit binds the court that sets the probation period; the court corrects an order that runs past it.',
    });
  }
};
