/**
 * MCL 771.2(1), as amended by 2020 PA 397 (effective April 1, 2021), text read 2026-11-30 at
 * legislature.mi.gov:
 *
 *   "(1) Except as provided in section 2a of this chapter and section 36 of chapter VIII, if the
 *   defendant is convicted of an offense that is not a felony, the probation period must not exceed
 *   2 years. Except as provided in section 2a of this chapter and section 36 of chapter VIII, if the
 *   defendant is convicted of a felony, the probation period must not exceed 3 years. However, the
 *   probation term for a felony under this subsection may be extended not more than 2 times for not
 *   more than 1 additional year for each extension if the court finds that there is a specific
 *   rehabilitation goal that has not yet been achieved, or a specific, articulable, and ongoing risk
 *   of harm to a victim that can be mitigated only with continued probation supervision."
 *
 * Before 2020 PA 397 (text as amended by 2017 PA 10 and as compiled through 2016 PA 320): not a felony
 * 2 years; felony 5 years; no extension count (the court could amend the order at any time).
 *
 * MCL 771.2a (exceptions; instalawyer.io copy of (1)–(6), MJI SABB § 8.10 for (7)):
 *   (1) stalking, MCL 750.411h: not more than 5 years;
 *   (2) aggravated stalking, MCL 750.411i: any term of years, but not less than 5;
 *   (3) child abuse, MCL 750.136b, designated a misdemeanor: not more than 5 years;
 *   (4) except as provided in (2) and (6), a violent felony: not more than 5 years;
 *   (7) a SORA listed offense: any term of years, but not less than 5.
 * MCL 768.36 (guilty but mentally ill) is also excepted; the record format has no GBMI field, so it
 * is not encoded (README open question).
 *
 * Readings chosen:
 * - Version: the order date (`sentenceDate`) selects the limit. Michigan statutes are presumed to
 *   operate prospectively and no applicability clause was read, so probation ordered before April 1,
 *   2021 keeps the 5-year felony limit. (Alternative in parameters.ts.)
 * - The limit runs from the order date: statutoryMaxEndDate = sentenceDate + limit, or, where the
 *   extensions the law allows (felony, 771.2(1) only) take the term further, the term as ordered (never
 *   past sentenceDate + limit) plus those extensions. Each `extension` order counts toward the two,
 *   including one that keeps the term within 3 years, and each for at most 12 months; a longer or a
 *   third extension is not counted and a warning says so. (The other reading, that only extensions past
 *   the 3 years count, would give sentenceDate + 3 years + every extension past them.)
 * - Several 771.2a exceptions at once (aggravated stalking is also on the violent-felony list): each
 *   is a permission to go longer, so the longest applies; "any term of years" means no upper limit.
 * - One offense that is both a violent felony (4) and a SORA listed offense (7), such as 750.520c,
 *   520e or 520g: (4) opens "Except as provided in subsections (2) and (6)" and does not name (7), so
 *   it can be read as capping the offense at 5 years while (7) floors it at 5 (exactly 5 years).
 *   Reading chosen: no maximum, as for any other pair (parameter
 *   `ownPeriods.violentListedOffense`, default 'no_maximum'). Under the alternative 'exactly_five_years'
 *   a labelled exception "771.2a(4) and (7): both" replaces the (7) exception for that offense and
 *   gives order date + 5 years; a listed offense on the term that is not a violent felony still
 *   has no maximum.
 * - Extensions of a misdemeanor term or of a 771.2a term do not move the limit (771.2(1) allows
 *   extensions of felony probation only; 771.2a(5) lets the court amend within the section's period).
 * - An extension ordered after the term had already expired is void (People v Vanderpool, 505 Mich
 *   391 (2020): a court may extend probation only before it expires). The engine leaves such an
 *   extension out, with a warning, before these rules see it (engine/evaluate.ts).
 */
import { addMonths, addYears, describeLength, describeMonths, wholeMonthsBetween, type Day } from '../../../dates/calendar.ts';
import { decide, type ExceptionRule } from '../../../engine/exceptions.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { addTermCapOpportunity } from '../../../engine/term-cap.ts';
import type { OffenseFacts } from '../../../engine/term-facts.ts';
import type { UsMiParameters } from '../parameters.ts';
import {
  isFelonyProbation,
  isProbation,
  OWN_PERIOD_CITATION,
  OWN_PERIOD_TAGS,
  warnTaggedOnly,
  OWN_PERIOD_WORDS,
  ownPeriods,
  type Ctx,
  type OwnPeriod,
} from './chapter-xi.ts';

/** The latest end a 771.2a exception allows: a day, or null for "any term of years". */
type Limit = Day | null;
type OwnPeriodHit = ReturnType<typeof ownPeriods>[number];

/** The exception for one offense that is both a violent felony and a listed offense, read as exactly 5 years. */
const BOTH_4_AND_7 = {
  label: 'MCL 771.2a(4) and (7): a violent felony that is also a listed offense (reading: exactly 5 years)',
  citations: [OWN_PERIOD_CITATION.violent_felony, OWN_PERIOD_CITATION.listed_offense],
  words: 'both a violent felony and an offense listed in the Sex Offenders Registration Act',
};

/** Each 771.2a exception's label and citations, built once: they do not depend on the term. */
const EXCEPTION_HEADINGS = Object.fromEntries(
  (Object.keys(OWN_PERIOD_CITATION) as OwnPeriod[]).map((period) => [
    period,
    { label: `${OWN_PERIOD_CITATION[period]}: ${OWN_PERIOD_WORDS[period]}`, citations: [OWN_PERIOD_CITATION[period]] },
  ]),
) as Record<OwnPeriod, { label: string; citations: string[] }>;

function ownPeriodException(period: OwnPeriod, found: OwnPeriodHit[], value: (ctx: Ctx) => Limit): ExceptionRule<Limit, UsMiParameters> {
  const { label, citations } = EXCEPTION_HEADINGS[period];
  return {
    label,
    citations,
    appliesBecause: () => {
      const hit = found.find((p) => p.period === period);
      return hit === undefined ? undefined : `${hit.offense.offense.statute} counts as ${OWN_PERIOD_WORDS[period]}`;
    },
    value,
  };
}

export const probationPeriod: Rule<UsMiParameters> = (ctx) => {
  if (!isProbation(ctx)) return;
  const { sentence } = ctx.facts;
  const felony = isFelonyProbation(ctx);
  // The order (sentence) date selects the version: the limit binds the court when it sets the period.
  const p = ctx.params.cap;
  const general = ctx.param(felony ? p.felonyYears : p.misdemeanorYears, sentence);
  if (general === undefined) {
    ctx.warn(
      `Your probation was ordered on ${ctx.date(sentence)}, before the oldest Michigan text covered here (March 1, 2003); no limit is applied.`,
    );
    return;
  }
  const own = ctx.params.ownPeriods;
  const violent = ctx.param(own.violentFelonyMaxYears, sentence);
  const yearsAfter = (years: number | undefined) => (years === undefined ? null : addYears(sentence, years));
  ctx.needClassification(OWN_PERIOD_TAGS, 'The probation limit (MCL 771.2(1), 771.2a)');
  for (const o of ctx.facts.offenses) warnTaggedOnly(ctx, o);
  const found = ownPeriods(ctx);
  // 771.2a(4) and (7) on one offense: read as exactly 5 years only under the alternative reading.
  const exactlyFive =
    violent !== undefined && ctx.param(own.violentListedOffense, sentence)?.value === 'exactly_five_years'
      ? bothViolentAndListed(found)
      : [];
  // Under that reading (7) alone still applies to the listed offenses that are not violent felonies.
  const listedAlone = found.filter((p) => p.period !== 'listed_offense' || !exactlyFive.includes(p.offense));

  const decision = decide<Limit, UsMiParameters>(ctx, {
    general: {
      label: 'MCL 771.2(1)',
      citations: [general.source.citation],
      value: () => addYears(sentence, general.value),
    },
    exceptions: [
      ownPeriodException('stalking', found, () => yearsAfter(ctx.param(own.stalkingMaxYears, sentence)?.value)),
      ownPeriodException('aggravated_stalking', found, () => null),
      ownPeriodException('child_abuse_misdemeanor', found, () => yearsAfter(ctx.param(own.childAbuseMisdemeanorMaxYears, sentence)?.value)),
      // Before 2021 the general 5-year felony limit covered violent felonies; 771.2a(4) is read as added by PA 397.
      ...(violent === undefined ? [] : [ownPeriodException('violent_felony', found, () => addYears(sentence, violent.value))]),
      ownPeriodException('listed_offense', listedAlone, () => null),
      {
        label: BOTH_4_AND_7.label,
        citations: BOTH_4_AND_7.citations,
        appliesBecause: () =>
          exactlyFive.length === 0
            ? undefined
            : `${exactlyFive.map((o) => o.offense.statute).join(' and ')} ${exactlyFive.length === 1 ? 'is' : 'are'} ${BOTH_4_AND_7.words}`,
        value: () => addYears(sentence, violent!.value),
      },
    ],
    // Each exception permits a longer period: the longest wins; "any term of years" has no upper limit.
    combine: (values) => (values.some((v) => v === null) ? null : Math.max(...(values as Day[]))),
  });

  if (decision.exceptionApplied) {
    const applied = new Set(decision.decidedBy.flatMap((d) => d.citations));
    const why = describeExceptions(found.filter((p) => applied.has(OWN_PERIOD_CITATION[p.period])));
    const citations = decision.decidedBy.flatMap((d) => d.citations);
    if (decision.value === null) {
      const minimum = Math.max(
        applied.has(OWN_PERIOD_CITATION.aggravated_stalking) ? (ctx.param(own.aggravatedStalkingMinYears, sentence)?.value ?? 0) : 0,
        applied.has(OWN_PERIOD_CITATION.listed_offense) ? (ctx.param(own.listedOffenseMinYears, sentence)?.value ?? 0) : 0,
      );
      ctx.explain(
        `The usual ${general.value}-year limit does not apply to you, because ${why}. For this offense the law allows probation for any number of years${minimum > 0 ? ` (at least ${minimum})` : ''}, so the law sets no latest end date.`,
        [general.source.citation, ...citations],
      );
      return;
    }
    const exact = decision.decidedBy.some((d) => d.label === BOTH_4_AND_7.label);
    const length = describeMonths(wholeMonthsBetween(sentence, decision.value));
    ctx.capAt(
      decision.value,
      exact
        ? `The usual ${general.value}-year limit does not apply to you, because ${why}. Read together, MCL 771.2a(4) (not more than 5 years for a violent felony) and 771.2a(7) (not less than 5 years for a listed offense) set probation at exactly ${length} from the day it was ordered (${ctx.date(sentence)}), so it cannot run past ${ctx.date(decision.value)}. This is one reading of the law; another is that there is no upper limit.`
        : `The usual ${general.value}-year limit does not apply to you, because ${why}. For this offense the law allows probation of up to ${length} from the day it was ordered (${ctx.date(sentence)}), so it cannot run past ${ctx.date(decision.value)}.`,
      citations,
    );
    warnExtensionsWithoutEffect(ctx, 'the probation period for this offense is set by MCL 771.2a');
    addTermCap(ctx, decision.value, citations);
    return;
  }

  const words = felony ? 'a felony' : 'an offense that is not a felony';
  const base = addYears(sentence, general.value);
  ctx.explain(
    `Your probation ${ctx.tense(sentence, 'was', 'is')} ordered on ${ctx.date(sentence)} for ${words}. For probation ordered then, Michigan law allows at most ${general.value} years, which would end on ${ctx.date(base)}.`,
    [general.source.citation],
  );
  const counted = felony ? countedExtensionMonths(ctx) : 0;
  if (!felony)
    warnExtensionsWithoutEffect(
      ctx,
      `for probation that is not for a felony MCL 771.2(1) adds no time to the ${general.value}-year limit for an extension (a court may extend only within it)`,
    );
  // Each extension adds to the term as it stood (every extension counts toward the two, reading above), so
  // the counted months go on the term as ordered, itself within the limit; never less than the limit.
  const ordered = ctx.facts.imposedEnd === null ? base : Math.min(ctx.facts.imposedEnd, base);
  const extended = counted === 0 ? base : addMonths(ordered, counted);
  const limit = extended > base ? extended : base;
  ctx.capAt(
    limit,
    limit === base
      ? `So your probation cannot run past ${ctx.date(limit)}${counted === 0 ? '' : '; the extensions the law allows keep it within that limit'}.`
      : `The court's extensions that the law allows add ${describeMonths(counted)} to ${ordered === base ? `that limit` : `the term as ordered (to ${ctx.date(ordered)})`}, so your probation cannot run past ${ctx.date(limit)}.`,
    [general.source.citation],
  );
  addTermCap(ctx, limit, [general.source.citation]);
};

/**
 * The months of extension orders that 771.2(1) allows on a felony term ordered on the sentence date:
 * at most `extensionMaxCount` orders, each counted up to `extensionMaxMonths`. Before 2020 PA 397
 * there was no separate extension allowance: extensions had to fit inside the 5-year limit.
 */
function countedExtensionMonths(ctx: Ctx): number {
  const { sentence, orders } = ctx.facts;
  const maxCount = ctx.param(ctx.params.cap.extensionMaxCount, sentence);
  const maxMonths = ctx.param(ctx.params.cap.extensionMaxMonths, sentence);
  let count = 0;
  let total = 0;
  for (const order of orders) {
    if (order.type !== 'extension') continue;
    const months = order.months;
    if (months === undefined) {
      ctx.warn(`The extension ordered on ${ctx.date(order.day)} does not say how many months it adds, so it is not counted.`);
      continue;
    }
    // An order of 0 months extends nothing (the engine says so): not one of the extensions 771.2(1) allows.
    if (months === 0) continue;
    if (maxCount === undefined || maxMonths === undefined) {
      ctx.explain(
        `On ${ctx.date(order.day)} the court extended your probation. For probation ordered before April 1, 2021, extensions had to fit inside the ${ctx.param(ctx.params.cap.felonyYears, ctx.facts.sentence)?.value ?? 5}-year limit, so the limit does not move.`,
        ['MCL 771.2(1)'],
      );
      continue;
    }
    count += 1;
    if (count > maxCount.value) {
      ctx.warn(
        `The extension ordered on ${ctx.date(order.day)} is extension number ${count}; MCL 771.2(1) allows at most ${maxCount.value}, so it does not move the latest end the law allows.`,
      );
      continue;
    }
    const allowed = Math.min(months, maxMonths.value);
    if (months > maxMonths.value) {
      ctx.warn(
        `The extension ordered on ${ctx.date(order.day)} adds ${describeLength({ months })}; MCL 771.2(1) allows at most ${describeLength({ months: maxMonths.value })} for each extension, so only ${describeLength({ months: allowed })} of it is counted.`,
      );
    }
    ctx.explain(
      `On ${ctx.date(order.day)} the court extended your felony probation by ${describeLength({ months })}. The law allows up to ${maxCount.value} extensions of up to 1 year each if the court finds a rehabilitation goal is not yet met or a victim is still at risk. This is extension ${count} of ${maxCount.value}.`,
      [maxCount.source.citation],
    );
    total += allowed;
  }
  return total;
}

/** The offenses of the term that are at once a violent felony (771.2a(4)) and a listed offense (771.2a(7)). */
function bothViolentAndListed(found: OwnPeriodHit[]): OffenseFacts[] {
  const violent = new Set(found.flatMap((p) => (p.period === 'violent_felony' ? [p.offense] : [])));
  return found.flatMap((p) => (p.period === 'listed_offense' && violent.has(p.offense) ? [p.offense] : []));
}

/** "MCL 750.411i counts as aggravated stalking and as a violent felony": the exceptions that applied, by offense. */
function describeExceptions(applied: OwnPeriodHit[]): string {
  const byStatute = new Map<string, string[]>();
  for (const { period, offense } of applied) {
    const words = OWN_PERIOD_WORDS[period];
    const list = byStatute.get(offense.offense.statute);
    if (list === undefined) byStatute.set(offense.offense.statute, [words]);
    else if (!list.includes(words)) list.push(words);
  }
  return [...byStatute].map(([statute, words]) => `${statute} counts as ${words.join(' and as ')}`).join(', and ');
}

function warnExtensionsWithoutEffect(ctx: Ctx, why: string): void {
  for (const order of ctx.facts.orders) {
    if (order.type === 'extension') {
      ctx.warn(`The extension ordered on ${ctx.date(order.day)} does not move the latest end the law allows, because ${why}.`);
    }
  }
}

/** The term as it stands runs past the limit: the law ends it at the limit. */
function addTermCap(ctx: Ctx, limit: Day, citations: string[]): void {
  addTermCapOpportunity(ctx, limit, citations, {
    advice: 'The limit applies by law. You or your lawyer can ask the court to correct the order.',
    basis: 'The limit applies by law; you or your lawyer can ask the court to correct the order.',
  });
}
