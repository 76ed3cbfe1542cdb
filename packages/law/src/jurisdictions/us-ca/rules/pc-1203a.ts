/**
 * Cal. Penal Code § 1203a, as amended by AB 1950 (Stats. 2020, ch. 328, § 1), eff. 2021-01-01.
 *
 * (a) "… The court may suspend the imposition or execution of the sentence and make and enforce the
 *     terms of probation for a period not to exceed one year."
 * (b) "The one-year probation limit in subdivision (a) shall not apply to any offense that includes
 *     specific probation lengths within its provisions."
 * [Read 2026-11-30 in the official text published 2026-07-21 (history line "Amended by Stats. 2020, Ch.
 * 328, Sec. 1. (AB 1950) Effective January 1, 2021."; parameters.ts `PENAL_CODE_TEXT_URL`), and in the
 * casetext (current through the 2022 session) and self-law.org copies, all alike.]
 *
 * Former text (Stats. 1949, ch. 504; law.onecle.com copy, quoted alike in People v. Ottovich (1974) 41
 * Cal.App.3d 532): "… for a period not to exceed three years;
 * provided, that when the maximum sentence provided by law exceeds three years imprisonment, the period
 * … may be for a longer period than three years, but in such instance, not to exceed the maximum time
 * for which sentence of imprisonment might be pronounced."
 *
 * Version date: the grant of probation (sentenceDate), or 2021-01-01 for a nonfinal pre-2021 case
 * (governing-law.ts). The limit counts from the grant.
 *
 * Readings chosen:
 * - (b) with a numeric maximum in the offense's own statute (DUI: VC 23600(b)(1), "Notwithstanding Section
 *   1203a …, a period of probation not less than three nor more than five years"): that maximum is the
 *   ceiling. With only a minimum (PC 1203.097 DV: 36 months; PC 273a: 48; PC 273d: 36): no
 *   ceiling, so statutoryMaxEndDate is null and the explanation says why.
 * - A term whose most serious offense is a "gross misdemeanor" (not a California class) is read as a
 *   misdemeanor, with a warning.
 * - Former law: three years, or the aggregate maximum sentence where given and longer; a DUI's own
 *   five years where longer (VC 23600(b)(1) controls over 1203a).
 * - Several exceptions at once: the longest ceiling; an unknown one wins.
 */
import { describeMonths, formatLongDate } from '../../../dates/calendar.ts';
import { decide, type ExceptionRule, type Provision } from '../../../engine/exceptions.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { UsCaParameters } from '../parameters.ts';
import {
  addTermCap,
  appendNewCitations,
  applyAb1950Limit,
  capDayFrom,
  capitalize,
  explainCountsFromGrant,
  listNames,
  longestCeiling,
  noteAb1950WouldApply,
  ownLengthBecause,
  ownLengthDescription,
  ownLengthOffenses,
  ownStatuteMaxMonths,
  type Ceiling,
} from './ceilings.ts';
import { governingLaw, lawOf, RETRO_CITATIONS, useLaw, type GoverningLaw, formerLawWords } from './governing-law.ts';
import { pc1203gException } from './pc-1203g.ts';

type Ctx = TermContext<UsCaParameters>;
type P = UsCaParameters;

const A = 'Cal. Penal Code § 1203a(a)';
const B = 'Cal. Penal Code § 1203a(b)';
const FORMER = 'Cal. Penal Code § 1203a (former text)';

const ownLength: ExceptionRule<Ceiling, P> = {
  label: 'PC 1203a(b): offense with its own probation length',
  citations: [B],
  // Each offense's own statute (VC 23600(b)(1), PC 273a(c)(1), 273d(c)(1), 1203.097(a)(1)) joins the citations.
  citationsFor: (c) => {
    const lawDay = lawOf(c).lawDay;
    return [...new Set(ownLengthOffenses(c).map((o) => ownLengthDescription(c, o, lawDay).citation))];
  },
  appliesBecause: (c) => ownLengthBecause(c, lawOf(c).lawDay),
  value: (c) => {
    const lawDay = lawOf(c).lawDay;
    let months: number | null = 0;
    for (const o of ownLengthOffenses(c)) {
      const m = ownStatuteMaxMonths(c, o, lawDay);
      months = m === null || months === null ? null : Math.max(months, m);
    }
    // The text stands alone in the term_cap reason ("the latest end the law allows (…)"), so it names the offense.
    if (months !== null) return { months, text: `the law for ${listNames(ownLengthOffenses(c))} allows at most ${describeMonths(months)}` };
    const unknown = ownLengthOffenses(c).filter((o) => ownLengthDescription(c, o, lawDay).known === false);
    return unknown.length === 0
      ? { months: null, text: 'that law sets a shortest term but no longest one' }
      : { months: null, text: `this evaluation does not know the longest probation the law for ${listNames(unknown)} allows` };
  },
};

const MISDEMEANOR_LIMIT: Provision<Ceiling, P> = {
  general: {
    label: 'PC 1203a(a): one-year misdemeanor limit',
    citations: [A],
    value: (c) => {
      const years = c.param(c.params.misdemeanor.capYears, lawOf(c).lawDay)!.value;
      return { months: years * 12, text: `misdemeanor probation may last at most ${years} year${years === 1 ? '' : 's'}` };
    },
  },
  exceptions: [ownLength, pc1203gException],
  combine: longestCeiling,
};

export function ab1950MisdemeanorDecision(ctx: Ctx, law: GoverningLaw) {
  useLaw(ctx, law);
  return decide(ctx, MISDEMEANOR_LIMIT);
}

function applyAb1950(ctx: Ctx, law: GoverningLaw): void {
  const capYears = ctx.param(ctx.params.misdemeanor.capYears, law.lawDay)!.value;
  applyAb1950Limit(
    ctx,
    ab1950MisdemeanorDecision(ctx, law),
    { level: 'misdemeanor', capYears, citation: A, retro: law.retroactive ? RETRO_CITATIONS : [] },
    (ceiling) => `${capitalize(ceiling.text)}, so no latest end date is shown.`,
  );
  warnOwnLengthUnknown(ctx, law);
}

/**
 * An offense the record tags `own_probation_length` whose statute the offense table does not know: its own
 * probation lengths are not known, so no ceiling is shown, and the warning says what to check.
 */
function warnOwnLengthUnknown(ctx: Ctx, law: GoverningLaw): void {
  for (const o of ownLengthOffenses(ctx)) {
    if (ownLengthDescription(ctx, o, law.lawDay).known !== false) continue;
    ctx.warn(
      `The record says ${o.offense.statute} sets its own probation length, and the offense table does not list that statute, so its longest probation is not known here: no latest end date is shown. Under Cal. Penal Code § 1203a(b) the one-year limit does not apply to it; check the longest period ${o.offense.statute} allows.`,
    );
  }
}

function applyPrior(ctx: Ctx, law: GoverningLaw): void {
  const capYears = ctx.param(ctx.params.misdemeanor.capYears, law.lawDay);
  if (capYears === undefined) return;
  const grant = formatLongDate(ctx.facts.sentence);
  let months = capYears.value * 12;
  const why: string[] = [];
  const citations = appendNewCitations([FORMER], law.citations);
  const known = ctx.facts.offenses.every((o) => o.offense.maxPrisonMonths !== undefined);
  if (known) {
    // A part month counts as days, as the aggregate ceiling counts it (ceilings.ts, calendar.ts `monthsAsLength`).
    const total = ctx.facts.offenses.reduce((s, o) => s + o.offense.maxPrisonMonths!, 0);
    if (total > months) {
      months = total;
      why.push(`the longest sentence for your offenses, ${describeMonths(total)}, is longer than ${capYears.value} years`);
    }
  } else if (ctx.facts.offenses.length * 12 > months) {
    // A misdemeanor count carries at most a year in jail (PC 19), so only more counts than the cap has
    // years could, served consecutively, add up to more than the cap.
    ctx.warn(
      `${formerLawWords(ctx.asOf)} misdemeanor probation could run longer than ${capYears.value} years where the longest total sentence was longer. The record does not give the longest prison term (field maxPrisonMonths) for every count, so ${capYears.value} years is used.`,
    );
  }
  for (const o of ownLengthOffenses(ctx)) {
    const m = ownStatuteMaxMonths(ctx, o, law.lawDay);
    if (m !== null && m > months) {
      months = m;
      const d = ownLengthDescription(ctx, o, law.lawDay);
      why.push(`${d.text} (${d.citation})`);
      appendNewCitations(citations, [d.citation]);
    }
  }
  const day = capDayFrom(ctx, months);
  const extra = why.length === 0 ? '' : ` Here it is ${describeMonths(months)}, because ${why.join(' and ')}.`;
  ctx.capAt(
    day,
    `${formerLawWords(ctx.asOf)}, misdemeanor probation could last up to ${capYears.value} years.${extra} Your probation ${ctx.tense(ctx.facts.sentence, 'was', 'is')} granted on ${grant}, so by law it ${ctx.endBy(day)}.${explainCountsFromGrant(ctx)}`,
    citations,
  );
  addTermCap(ctx, day, [FORMER], `${describeMonths(months)} from ${grant}`);
  noteAb1950WouldApply(ctx, law, day, A, ab1950MisdemeanorDecision);
}

export const misdemeanorProbationCap: Rule<P> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation' || ctx.facts.level === 'felony') return;
  if (ctx.facts.level === 'gross_misdemeanor') {
    ctx.warn('California has no "gross misdemeanor" class; the offense is treated as a misdemeanor (Cal. Penal Code §§ 17, 1203a).');
  }
  ctx.needClassification(['own_probation_length', 'domestic_violence'], 'The misdemeanor probation limit (Cal. Penal Code § 1203a(b))');
  const law = governingLaw(ctx);
  if (law.regime === 'ab1950') applyAb1950(ctx, law);
  else applyPrior(ctx, law);
};
