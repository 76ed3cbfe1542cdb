/**
 * Cal. Penal Code § 1203.1(a) and (l), as amended by AB 1950 (Stats. 2020, ch. 328, § 2), eff. 2021-01-01,
 * and re-enacted with the same (a) and (l) by AB 177 (Stats. 2021, ch. 257, § 22), operative 2022-01-01.
 * [Text read 2026-11-30 in the official publication (downloads.leginfo.legislature.ca.gov, updated
 * 2026-07-21; parameters.ts `PENAL_CODE_TEXT_URL`); the 2021 text as quoted in People v. Ferguson (2022,
 * D078244), People v. Forester (2022) 78 Cal.App.5th 447, People v. Kite (2023) 87 Cal.App.5th 986 and
 * People v. Cipres (2022, H049360), in the same words.]
 *
 * (a) "The court, or judge thereof, in the order granting probation, may suspend the imposing or the
 *     execution of the sentence and may direct that the suspension may continue for a period of time not
 *     exceeding two years, and upon those terms and conditions as it shall determine. …"
 * (l) "The two-year probation limit in subdivision (a) shall not apply to:
 *     (1) An offense listed in subdivision (c) of Section 667.5 and an offense that includes specific
 *     probation lengths within its provisions. For these offenses, the court, or judge thereof, in the
 *     order granting probation, may suspend the imposing or the execution of the sentence and may direct
 *     that the suspension may continue for a period of time not exceeding the maximum possible term of the
 *     sentence and under conditions as it shall determine. All other provisions of subdivision (a) shall
 *     apply.
 *     (2) A felony conviction for paragraph (3) of subdivision (b) of Section 487, Section 503, and Section
 *     532a, if the total value of the property taken exceeds twenty-five thousand dollars ($25,000). For
 *     these offenses, the court, or judge thereof, in the order granting probation, may suspend the
 *     imposing or the execution of the sentence and may direct that the suspension may continue for a
 *     period of time not exceeding three years, and upon those terms and conditions as it shall
 *     determine. All other provisions of subdivision (a) shall apply."
 * Kite: "the maximum possible term of the sentence" is the maximum PRISON term, for all counts in
 * AGGREGATE, and another statute's own probation length still applies inside it.
 *
 * Former text (grants before 2021, or cases final on 2021-01-01) [legalfix.com copy]: "may direct that the
 * suspension may continue for a period of time not exceeding the maximum possible term of the sentence,
 * except as hereinafter set forth … However, where the maximum possible term of the sentence is five
 * years or less, then the period of suspension of imposition or execution of sentence may, in the
 * discretion of the court, continue for not over five years." So the former ceiling is the longer of five
 * years and the maximum term.
 *
 * Version date: the grant of probation (sentenceDate), or 2021-01-01 for a nonfinal pre-2021 case
 * (governing-law.ts). The cap counts from the grant: probation begins at the grant, and jail ordered as a
 * condition of probation lies inside the period.
 *
 * Readings chosen:
 * - Several exceptions at once (a violent count and a large embezzlement, say): each permits a longer
 *   term, so the longer ceiling governs; an unknown ceiling wins (it may be the longer).
 * - An offense tagged domestic_violence is an offense against a person defined in Family Code § 6211,
 *   so PC 1203.097's 36-month minimum makes it an offense "that includes specific probation lengths"
 *   (Forester; PC 273.5(g) and 273.6(h) require probation "consistent with" § 1203.097).
 * - (l)(2) "Section 503": embezzlement charged under PC 504–508 counts too (parameter
 *   exceptions.theftCarveOutIncludesEmbezzlementVariants, default true; Shelly applied it to PC 508).
 * - (l)(2) "the total value of the property taken": measured per qualifying count by default (parameter
 *   exceptions.theftCarveOutValueBasis = per_count; alternative sum_of_counts). Where no count exceeds
 *   $25,000 alone but the qualifying counts do together, the rule warns. A count without `lossUsd` is
 *   treated as $25,000 or less, with a warning.
 * - Open: practitioner-named offenses with their own length (PC 136.1, 166(d)(1), registrable sex
 *   offenses) and others found in the code (PC 272: up to five years; PC 1203.047: at least three) are
 *   not encoded.
 */
import { describeMonths, formatLongDate } from '../../../dates/calendar.ts';
import { decide, type ExceptionRule, type Provision } from '../../../engine/exceptions.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { runsPast } from '../../../engine/term-cap.ts';
import { tableFact } from '../../../engine/offense-table.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { UsCaParameters } from '../parameters.ts';
import {
  KITE,
  addTermCap,
  aggregatePrisonCeiling,
  applyAb1950Limit,
  capDayFrom,
  explainCountsFromGrant,
  listNames,
  longestCeiling,
  noteAb1950WouldApply,
  ownLengthBecause,
  ownLengthDescription,
  ownLengthOffenses,
  ownStatuteMaxMonths,
  warnWhereViolenceDependsOnFacts,
  type Ceiling,
} from './ceilings.ts';
import { governingLaw, lawOf, RETRO_CITATIONS, useLaw, type GoverningLaw, formerLawWords } from './governing-law.ts';

type Ctx = TermContext<UsCaParameters>;
type P = UsCaParameters;

/** "$25,000", "$72,972.47": dollars with thousands separators, cents only where there are any. */
export function usd(amount: number): string {
  const cents = Math.round(amount * 100);
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  let digits = String(whole);
  let grouped = '';
  while (digits.length > 3) {
    grouped = `,${digits.slice(-3)}${grouped}`;
    digits = digits.slice(0, -3);
  }
  return `$${digits}${grouped}${rest === 0 ? '' : `.${String(rest).padStart(2, '0')}`}`;
}

const A = 'Cal. Penal Code § 1203.1(a)';
const L1 = 'Cal. Penal Code § 1203.1(l)(1)';
const L2 = 'Cal. Penal Code § 1203.1(l)(2)';
const VIOLENT_LIST = 'Cal. Penal Code § 667.5(c)';

/** PC 1203.1 (l)(2) offenses: the felony counts the carve-out names, with their value taken. */
function theftCarveOutCounts(ctx: Ctx, lawDay: number) {
  const variants = ctx.param(ctx.params.exceptions.theftCarveOutIncludesEmbezzlementVariants, lawDay)?.value ?? false;
  return ctx.facts.offenses.filter((o) => {
    if (o.level !== 'felony') return false;
    const kind = tableFact(o, 'theftCarveOut');
    return kind === 'core' || (kind === 'variant' && variants);
  });
}

const violent: ExceptionRule<Ceiling, P> = {
  label: 'PC 1203.1(l)(1): violent felony',
  citations: [L1, VIOLENT_LIST, KITE],
  appliesBecause: (c) => {
    const hits = c.facts.offenses.filter((o) => o.level === 'felony' && o.tags.has('violent'));
    return hits.length === 0 ? undefined : `${listNames(hits)} ${hits.length === 1 ? 'is' : 'are'} on the list of violent felonies`;
  },
  value: (c) => aggregatePrisonCeiling(c, lawOf(c).lawDay),
};

const ownLength: ExceptionRule<Ceiling, P> = {
  label: 'PC 1203.1(l)(1): offense with its own probation length',
  citations: [L1, KITE],
  // Each offense's own statute (VC 23600(b)(1), PC 273a(c)(1), 273d(c)(1), 1203.097(a)(1)) joins the citations,
  // and Forester where one is a domestic violence count (the case it decided).
  citationsFor: (c) => {
    const lawDay = lawOf(c).lawDay;
    const own = [...new Set(ownLengthOffenses(c).map((o) => ownLengthDescription(c, o, lawDay).citation))];
    return own.some((x) => x.includes('1203.097')) ? [...own, 'People v. Forester (2022) 78 Cal.App.5th 447'] : own;
  },
  appliesBecause: (c) => ownLengthBecause(c, lawOf(c).lawDay),
  value: (c) => {
    const lawDay = lawOf(c).lawDay;
    const aggregate = aggregatePrisonCeiling(c, lawDay);
    if (aggregate.months === null) return aggregate;
    // Kite: the offense's own statute still applies, but never past the prison ceiling. Where every
    // own-length count has a known maximum, the longest of them bounds the ceiling too.
    let ownMax: number | null = 0;
    for (const o of ownLengthOffenses(c)) {
      const m = ownStatuteMaxMonths(c, o, lawDay);
      ownMax = m === null || ownMax === null ? null : Math.max(ownMax, m);
    }
    if (ownMax !== null && ownMax < aggregate.months) {
      return { months: ownMax, text: `${aggregate.text}, and the offense's own law allows at most ${describeMonths(ownMax)}` };
    }
    return aggregate;
  },
};

/** How the (l)(2) value is measured, and the counts over the threshold under that measure. */
function largeTheftCounts(c: Ctx, lawDay: number, threshold: number) {
  const counts = theftCarveOutCounts(c, lawDay);
  const known = counts.filter((o) => o.offense.lossUsd !== undefined);
  const total = known.reduce((s, o) => s + o.offense.lossUsd!, 0);
  const basis = c.param(c.params.exceptions.theftCarveOutValueBasis, lawDay)?.value ?? 'per_count';
  if (basis === 'sum_of_counts') {
    return { counts, over: total > threshold ? known : [], value: total, together: known.length > 1, total };
  }
  const over = known.filter((o) => o.offense.lossUsd! > threshold);
  const value = over.length === 0 ? 0 : Math.max(...over.map((o) => o.offense.lossUsd!));
  return { counts, over, value, together: false, total };
}

/**
 * A felony count cited as PC 487 or 487(b) alone may be grand theft by an employee or agent
 * (§ 487(b)(3)), which (l)(2) names, or another grand theft, which it does not. Reading: the record does
 * not say, so the carve-out is not applied. Where the two-year general limit governs and the term runs
 * past it, a warning says what the longer limit would be, unless the value taken rules it out.
 */
function warnWhereParagraphNotGiven(c: Ctx, lawDay: number, capYears: number): void {
  const threshold = c.param(c.params.exceptions.theftCarveOutThresholdUsd, lawDay)?.value;
  const years = c.param(c.params.exceptions.theftCarveOutYears, lawDay)?.value;
  if (threshold === undefined || years === undefined || !runsPast(c, capDayFrom(c, capYears * 12))) return;
  for (const o of c.facts.offenses) {
    if (o.level !== 'felony' || tableFact(o, 'theftCarveOut') !== 'paragraph_not_given') continue;
    const loss = o.offense.lossUsd;
    if (loss !== undefined && loss <= threshold) continue;
    const worth =
      loss === undefined ? `and the property taken was worth more than ${usd(threshold)}` : `(the property taken was worth ${usd(loss)})`;
    c.warn(
      `If ${listNames([o])} was grand theft by an employee or agent (Cal. Penal Code § 487(b)(3)) ${worth}, the limit is ${years} years instead of ${capYears} (${L2}). The record does not say which paragraph of § 487 it falls under, so it is treated as another kind of grand theft.`,
    );
  }
}

const largeTheft: ExceptionRule<Ceiling, P> = {
  label: 'PC 1203.1(l)(2): theft or embezzlement over $25,000',
  citations: [L2, 'People v. Shelly (2022) 81 Cal.App.5th 181'],
  appliesBecause: (c) => {
    const lawDay = lawOf(c).lawDay;
    const threshold = c.param(c.params.exceptions.theftCarveOutThresholdUsd, lawDay);
    if (threshold === undefined || c.param(c.params.exceptions.theftCarveOutYears, lawDay) === undefined) return undefined;
    const { counts, over, value, together, total } = largeTheftCounts(c, lawDay, threshold.value);
    if (counts.length === 0) return undefined;
    for (const o of counts) {
      if (o.offense.lossUsd !== undefined) continue;
      c.warn(
        `For ${listNames([o])} the limit is 3 years instead of 2 if the property taken was worth more than ${usd(threshold.value)} (${L2}). The record does not give the value of the property taken (field lossUsd), so it is treated as ${usd(threshold.value)} or less.`,
      );
    }
    if (over.length === 0) {
      // Reading: "the total value of the property taken" is measured per count. Say where the counts
      // together would cross the threshold, since a court may read "total" across them.
      if (total > threshold.value) {
        const known = counts.filter((o) => o.offense.lossUsd !== undefined);
        c.warn(
          `Each count of ${listNames(known)} involved property worth ${usd(threshold.value)} or less, but together they involved ${usd(total)}. ${L2} speaks of "the total value of the property taken"; if that is the total across the counts, the limit is 3 years instead of 2.`,
        );
      }
      return undefined;
    }
    return together
      ? `${listNames(over)} together involved property worth ${usd(value)}, more than ${usd(threshold.value)}`
      : `${listNames(over)} involved property worth ${usd(value)}, more than ${usd(threshold.value)}`;
  },
  value: (c) => {
    const years = c.param(c.params.exceptions.theftCarveOutYears, lawOf(c).lawDay)!.value;
    return { months: years * 12, text: `the limit for this kind of theft is ${years} years` };
  },
};

const FELONY_LIMIT: Provision<Ceiling, P> = {
  general: {
    label: 'PC 1203.1(a): two-year felony limit',
    citations: [A],
    value: (c) => {
      const years = c.param(c.params.felony.capYears, lawOf(c).lawDay)!.value;
      return { months: years * 12, text: `felony probation may last at most ${years} years` };
    },
  },
  exceptions: [violent, ownLength, largeTheft],
  combine: longestCeiling,
};

/** The AB 1950 felony ceiling, general rule and labelled exceptions, for the law given. */
export function ab1950FelonyDecision(ctx: Ctx, law: GoverningLaw) {
  useLaw(ctx, law);
  return decide(ctx, FELONY_LIMIT);
}

function applyAb1950(ctx: Ctx, law: GoverningLaw): void {
  const capYears = ctx.param(ctx.params.felony.capYears, law.lawDay)!.value;
  const decision = ab1950FelonyDecision(ctx, law);
  if (!decision.exceptionApplied) warnWhereParagraphNotGiven(ctx, law.lawDay, capYears);
  applyAb1950Limit(
    ctx,
    decision,
    { level: 'felony', capYears, citation: A, retro: law.retroactive ? RETRO_CITATIONS : [] },
    (ceiling) =>
      `For this kind of case the limit is the longest prison term the court could have imposed, but ${ceiling.text}. So no latest end date is shown.`,
  );
}

const FORMER = 'Cal. Penal Code § 1203.1(a) (former text)';

function applyPrior(ctx: Ctx, law: GoverningLaw): void {
  const allowance = ctx.param(ctx.params.felony.shortMaxTermAllowanceYears, law.lawDay);
  const grant = formatLongDate(ctx.facts.sentence);
  const aggregate = aggregatePrisonCeiling(ctx, law.lawDay, FORMER);
  const intro = `${formerLawWords(ctx.asOf)}, felony probation could last as long as the longest prison term for the offense, or ${allowance?.value ?? 5} years if that term is ${allowance?.value ?? 5} years or less.`;
  let priorDay: number | null = null;
  if (allowance === undefined || aggregate.months === null) {
    ctx.explain(`${intro} Here ${aggregate.text}. So no latest end date is shown.`, [FORMER, ...law.citations]);
  } else {
    const months = Math.max(allowance.value * 12, aggregate.months);
    priorDay = capDayFrom(ctx, months);
    ctx.capAt(
      priorDay,
      `${intro} Here ${aggregate.text}, so the limit is ${describeMonths(months)} from ${grant}: ${formatLongDate(priorDay)}.${explainCountsFromGrant(ctx)}`,
      [FORMER, ...law.citations],
    );
    addTermCap(ctx, priorDay, [FORMER], `${describeMonths(months)} from ${grant}`);
  }
  noteAb1950WouldApply(ctx, law, priorDay, A, ab1950FelonyDecision);
}

export const felonyProbationCap: Rule<P> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation' || ctx.facts.level !== 'felony') return;
  ctx.needClassification(
    ['violent', 'own_probation_length', 'domestic_violence'],
    'The felony probation limit (Cal. Penal Code § 1203.1(l))',
  );
  warnWhereViolenceDependsOnFacts(ctx);
  const law = governingLaw(ctx);
  if (law.regime === 'ab1950') applyAb1950(ctx, law);
  else applyPrior(ctx, law);
};
