/**
 * La. C.Cr.P. art. 893(A): the longest felony probation.
 *
 * (A)(1)(a) as amended by Act 280 of 2017 (effective November 1, 2017): "When it appears that the best
 * interest of the public and of the defendant will be served, the court, after a first, second, or third
 * conviction of a noncapital felony, may suspend … and … place the defendant on probation … The court
 * shall not suspend the sentence of a second or third conviction of R.S. 14:73.5. Except as provided in
 * Paragraph G of this Article, the period of probation shall be specified and shall not be more than
 * three years, except as provided by Paragraph H of this Article."
 * (A)(1)(b): "If the court suspends the sentence of a first conviction of R.S. 14:81.1 or 81.2, the
 * period of probation shall be specified and shall not be more than five years."
 * (A)(2): no suspension for an offense designated a crime of violence (art. 890.3), "except a first
 * conviction for an offense with a maximum prison sentence of ten years or less that was not committed
 * against a family member or household member … or dating partner …. The period of probation shall be
 * specified and shall not be more than five years."
 * (Read 2026-11-30 in an unofficial, undated copy of (A)(1)–(4); its "three years" and "Paragraph H"
 * place it between Act 280 and Act 8. The House digest of HB 11 quotes (A)(1)(a) the same way.)
 * Before Act 280: "after a first or second conviction … The period of probation shall be specified and
 * shall not be less than one year nor more than five years", with no suspension at all for the listed
 * crimes of violence (unofficial, undated copy of the earlier text).
 * Act 8 of the 2024 2nd Ex. Sess. "increases the maximum length of the probation period from three years
 * to five years" (House digest), for offenses committed on or after August 1, 2024 [secondary summary].
 *
 * General rule and labelled exceptions (engine `decide`; where several apply, the longest period wins,
 * since each is a permission to go longer):
 * - General: `term.felonyProbationMaxYears` (5 / 3 / 5 by offense date).
 * - Exception (A)(1)(b), first conviction of R.S. 14:81.1 or 81.2 (offense table fact `art893FiveYears`):
 *   `term.juvenileSexOffenseProbationMaxYears` (5 from November 1, 2017). A probation for either offense
 *   is read as a first conviction: a later one cannot be suspended.
 * - Exception (A)(2), first conviction of a crime of violence (tag `violent`):
 *   `term.crimeOfViolenceProbationMaxYears` (5 from November 1, 2017). A probation for a crime of
 *   violence is read as one the court could suspend (a first conviction, maximum of ten years or less,
 *   not against a family or household member or dating partner): the record cannot say otherwise. The
 *   alternative value, the general 3 years, is the reading of the enacted Act's résumé digest alone.
 * - Exception, art. 893(G) and (H): a court may set a longer period for a defendant in a specialty court
 *   program (drug, DWI, mental health, veterans, reentry court; up to 8 years [secondary]). The record
 *   format has no field for it: a term may carry `specialtyCourt: true` (or `reentryCourt: true`, a
 *   specialty court program under art. 895.6(A)(2)), and then no cap is given. The text of (G) and (H)
 *   was not read.
 *
 * Readings chosen:
 * - Which date selects the version: the OFFENSE date (the sentence date with a warning where the record
 *   gives none). Counts on both sides of a change each carry their own day's limit, and the longest
 *   governs the general limit (the earliest count under Act 280, which shortened it; the latest under
 *   Act 8, which lengthened it); the exceptions read the latest offense. Act 8 says so for its change;
 *   for Act 280's change the general rule that the law at the time of the offense fixes the penalty is
 *   applied (Act 280's own applicability section was not read: open question).
 * - The period runs from the day probation began (`startDate`): for a split sentence probation begins on
 *   release. Cap = start + the maximum years (calendar years, month-end clamped: a probation that began
 *   on February 29 reaches its cap on February 28).
 * - Felony probation only (art. 893); misdemeanor probation is art. 894's (misdemeanor-probation-limit.ts).
 * - The cap binds the sentencing court: a term ordered past it is reported as a `term_cap` opportunity
 *   (the court corrects the order); the projected end is the cap (`statutoryMaxEndDate`). A term set
 *   within the cap and extended past it is taken to be extended as art. 894.4 allows (`extendedPastLimit`).
 */
import { addYears, parseIsoDate, type Day } from '../../../dates/calendar.ts';
import { decide, type Provision } from '../../../engine/exceptions.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { addTermCapOpportunity } from '../../../engine/term-cap.ts';
import { memoizedLookup, tableFact } from '../../../engine/offense-table.ts';
import type { Parameter } from '../../../engine/parameters.ts';
import { usLaOffenseTable } from '../offense-table.ts';
import { ACT_8_OFFENSE_DAY_ISO, type UsLaParameters } from '../parameters.ts';
import { courtCorrects, extendedPastLimit, governingOffenseDay, inSpecialtyCourt, warnOffenseDate, type Ctx } from './shared.ts';

const CITE_A = 'La. C.Cr.P. art. 893(A)(1)(a)';
const CITE_A1B = 'La. C.Cr.P. art. 893(A)(1)(b)';
const CITE_A2 = 'La. C.Cr.P. art. 893(A)(2)';
const CITE_GH = 'La. C.Cr.P. art. 893(G), (H)';
const ACT_8_DAY = parseIsoDate(ACT_8_OFFENSE_DAY_ISO);
/** Labels of the exceptions the rule looks for in the decision, named once. */
const VIOLENT_LABEL = 'art. 893(A)(2): first conviction of a crime of violence, not more than five years';
const SPECIALTY_LABEL = 'art. 893(G), (H): specialty court program';
/** What art. 893(A)(2) needs and the record cannot show, said wherever its five years decide the cap. */
const VIOLENT_ASSUMPTION =
  'A court may put a crime of violence on probation only for a first conviction of an offense with a maximum prison term of ten years or less, not committed against a family or household member or a dating partner (La. C.Cr.P. art. 893(A)(2)). The record does not show all of this; since the court did order probation, it was assumed to be such a case.';

/** A cap the law sets: the day, the years behind it, the citation, and the sentence that states it. */
interface Cap {
  day: Day;
  years: number;
  /** The offense date that selected the version. */
  offenseDay: Day;
  citation: string;
  /** "For an offense committed …, felony probation may not be longer than 3 years." */
  version: string;
}

function capFrom(
  ctx: Ctx,
  p: Parameter<number>,
  version: (years: number, offenseDay: Day) => string,
  offenseDay = governingOffenseDay(ctx).day,
): Cap | undefined {
  const max = ctx.param(p, offenseDay);
  if (max === undefined) return undefined;
  return {
    day: addYears(ctx.facts.start, max.value),
    years: max.value,
    offenseDay,
    citation: max.source.citation,
    version: version(max.value, offenseDay),
  };
}

/**
 * The offense date whose version of the general limit is longest. Counts committed on both sides of a
 * change each carry the limit of their own day, and the probation may run as long as the longest allows:
 * Act 280 shortened the limit (the earliest count may govern), Act 8 lengthened it (the latest). On a tie,
 * the latest date.
 */
function longestGeneralDay(ctx: Ctx): Day {
  const p = ctx.params.term.felonyProbationMaxYears;
  let best = governingOffenseDay(ctx).day;
  let years = ctx.param(p, best)?.value ?? 0;
  for (const o of ctx.facts.offenses) {
    const day = o.offenseDay ?? ctx.facts.sentence;
    const y = ctx.param(p, day)?.value ?? 0;
    if (y > years) {
      best = day;
      years = y;
    }
  }
  return best;
}

function generalVersion(ctx: Ctx, years: number, offenseDay: Day): string {
  const from = ctx.param(ctx.params.term.felonyProbationMaxYears, offenseDay)!.from;
  if (from >= ACT_8_DAY)
    return `For an offense committed on or after August 1, 2024, felony probation may not be longer than ${years} years.`;
  return years === 3
    ? 'For an offense committed from November 1, 2017 through July 31, 2024, felony probation may not be longer than 3 years.'
    : `For an offense committed before November 1, 2017, felony probation may not be longer than ${years} years.`;
}

function juvenileCounts(ctx: Ctx) {
  return ctx.facts.offenses.filter((o) => tableFact(o, 'art893FiveYears') === true);
}

const lookupPrior = memoizedLookup(usLaOffenseTable);

/**
 * The record's earlier convictions name R.S. 14:81.1 or 81.2: then this one is not a first conviction, and
 * art. 893(A)(1)(b) says "The court shall not suspend the sentence of a second or third conviction" of
 * them. The limit for a first conviction is still shown (the court did order probation), with a warning.
 */
function warnEarlierJuvenileConviction(ctx: Ctx): void {
  for (const p of ctx.facts.priorConvictions ?? []) {
    if (p.statute === undefined || tableFact({ tableEntries: lookupPrior(p.statute) }, 'art893FiveYears') !== true) continue;
    ctx.warn(
      `The record lists an earlier conviction under ${p.statute} (${ctx.date(p.day)}), so this is not a first conviction of R.S. 14:81.1 or 81.2, and La. C.Cr.P. art. 893(A)(1)(b) does not let a court suspend the sentence of a second or third one. The five-year limit for a first conviction is shown, as the court did order probation; a lawyer should check the sentence.`,
    );
    return;
  }
}

/**
 * The record's earlier conviction of a crime of violence (its statute tagged `violent` in the offense
 * table), said in place of the assumption that this is a first one: art. 893(A)(2) lets a court suspend
 * only "a first conviction" of a crime of violence. The five-year limit is still shown (the court did
 * order probation). Undefined where no earlier conviction names such a statute.
 */
function earlierCrimeOfViolence(ctx: Ctx): string | undefined {
  for (const p of ctx.facts.priorConvictions ?? []) {
    if (p.statute === undefined || !lookupPrior(p.statute).some((e) => e.tags.includes('violent'))) continue;
    return `The record lists an earlier conviction under ${p.statute} (${ctx.date(p.day)}), a crime of violence, so this is not a first conviction of one, and La. C.Cr.P. art. 893(A)(2) lets a court suspend the sentence only for a first. The five-year limit is shown, as the court did order probation; a lawyer should check the sentence.`;
  }
  return undefined;
}

function named(list: readonly { offense: { description?: string; statute: string } }[]): string {
  return list.map((o) => o.offense.description ?? o.offense.statute).join(' and ');
}

const maximum: Provision<Cap | null, UsLaParameters> = {
  general: {
    label: 'art. 893(A)(1)(a): the period of probation shall not be more than the maximum',
    citations: [CITE_A],
    value: (ctx) => capFrom(ctx, ctx.params.term.felonyProbationMaxYears, (y, d) => generalVersion(ctx, y, d), longestGeneralDay(ctx))!,
  },
  exceptions: [
    {
      label: 'art. 893(A)(1)(b): first conviction of R.S. 14:81.1 or 81.2, not more than five years',
      citations: [CITE_A1B],
      appliesBecause: (ctx) => {
        const counts = juvenileCounts(ctx);
        if (
          counts.length === 0 ||
          ctx.param(ctx.params.term.juvenileSexOffenseProbationMaxYears, governingOffenseDay(ctx).day) === undefined
        )
          return undefined;
        warnEarlierJuvenileConviction(ctx);
        return `your probation is for ${named(counts)}, which has its own limit`;
      },
      value: (ctx) =>
        capFrom(
          ctx,
          ctx.params.term.juvenileSexOffenseProbationMaxYears,
          (y) =>
            `For a first conviction of pornography involving juveniles (R.S. 14:81.1) or molestation of a juvenile (R.S. 14:81.2) committed on or after November 1, 2017, probation may not be longer than ${y} years.`,
        )!,
    },
    {
      label: VIOLENT_LABEL,
      citations: [CITE_A2, 'La. C.Cr.P. art. 890.3'],
      appliesBecause: (ctx) => {
        const violent = ctx.offensesWith('violent');
        if (violent.length === 0 || ctx.param(ctx.params.term.crimeOfViolenceProbationMaxYears, governingOffenseDay(ctx).day) === undefined)
          return undefined;
        return `your probation is for ${named(violent)}, a crime of violence`;
      },
      value: (ctx) =>
        capFrom(ctx, ctx.params.term.crimeOfViolenceProbationMaxYears, (y) =>
          governingOffenseDay(ctx).day >= ACT_8_DAY
            ? `For an offense committed on or after August 1, 2024, felony probation may not be longer than ${y} years, a crime of violence included.`
            : `For a first conviction of a crime of violence committed on or after November 1, 2017, probation may not be longer than ${y} years.`,
        )!,
    },
    {
      label: SPECIALTY_LABEL,
      citations: [CITE_GH],
      appliesBecause: (ctx) =>
        inSpecialtyCourt(ctx) ? 'the court placed you in a specialty court program, which can have a longer probation period' : undefined,
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
    const d = decision.decidedBy.find((x) => x.label === SPECIALTY_LABEL) ?? decision.decidedBy[0]!;
    ctx.explain(`The usual limit of ${general.value} years on felony probation does not apply here, because ${d.because}.`, d.citations);
    return;
  }
  if (decision.decidedBy.some((d) => d.label === VIOLENT_LABEL)) ctx.warn(earlierCrimeOfViolence(ctx) ?? VIOLENT_ASSUMPTION);
  const started = ctx.facts.start <= ctx.asOf ? 'began' : 'begins';
  const limit = `${cap.version} ${cap.offenseDay === od.day ? `Your offense date is ${ctx.date(od.day)}` : `Your count committed on ${ctx.date(cap.offenseDay)} carries the longest limit`}${od.fellBackToSentence ? ' (the record gives no offense date, so your sentence date was used)' : ''}, so your probation can run at most until ${ctx.date(cap.day)}, ${cap.years} years after it ${started} on ${ctx.date(ctx.facts.start)}.`;
  if (extendedPastLimit(ctx, cap.day, limit, [cap.citation], 'La. C.Cr.P. art. 893(A)')) return;
  ctx.capAt(cap.day, limit, [cap.citation]);
  addTermCapOpportunity(ctx, cap.day, [cap.citation], courtCorrects(ctx, cap.day));
};
