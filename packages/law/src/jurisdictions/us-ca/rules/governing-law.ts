/**
 * Which probation-length law governs a California grant: AB 1950 (from 2021-01-01) or the law before it.
 *
 * AB 1950 (Stats. 2020, ch. 328) took effect January 1, 2021 and has no saving clause. Under In re
 * Estrada (1965) 63 Cal.2d 740 an ameliorative change in the law reaches every case not yet final on its
 * effective date: People v. Quinn (2021) 59 Cal.App.5th 874 and People v. Sims (2021) 59 Cal.App.5th 943
 * so held for AB 1950, and People v. Prudholme (2023) 14 Cal.5th 961 agreed (the term is reduced to the
 * lawful maximum and the rest of a plea bargain stands). [Read 2026-11-30 in verbatim copies of the
 * opinions' openings: Prudholme, "We hold Assembly Bill 1950 applies retroactively to nonfinal cases and
 * the proper remedy is to modify the probationary term to conform with the new law while maintaining the
 * remainder of the plea agreement"; Sims, the limit reaches cases "not reduced to final judgment" on its
 * effective date ("We agree"); Quinn, the three-year term "reduced to two years under the recent
 * statutory amendment". Their Discussions and Estrada itself were not read in full.] People v. Faial
 * (2025) 18 Cal.5th 199 [S]: where the case was not final, revocations based on conduct after the
 * shortened term must be unwound.
 *
 * Reading chosen:
 * - A grant on or after 2021-01-01: AB 1950, values selected by the grant date (the term's sentenceDate;
 *   California probation begins at the grant, and PC 1203a/1203.1 limit what the court may order then).
 * - A grant before 2021-01-01, evaluated as of a day on or after it: AB 1950 if the case was NOT final on
 *   2021-01-01, with the values in force on 2021-01-01 (the day the law reached the case); otherwise the
 *   former law, selected by the grant date. Finality comes from the term field `caseFinalBefore2021`
 *   (true/false). When absent: a grant whose time to appeal had not run out by 2021-01-01 was not final
 *   then: 60 days in a felony case (PC 1237(a); Cal. Rules of Court, rule 8.308(a); parameter
 *   `retroactivity.appealDays`: granted on or after 2020-11-02), 30 days for a term with no felony count
 *   (rule 8.853(a); parameter `retroactivity.misdemeanorAppealDays`: on or after 2020-12-02, with a warning
 *   where a felony charge would make it 60). Otherwise parameter `retroactivity.assumeFinalWhenUnknown`
 *   decides (default: final), and a warning names the fact. The last day to appeal can move to the next
 *   court day (Code Civ. Proc. §§ 12a, 135), which never carries a deadline of 2020 into 2021 here
 *   (December 31, 2020 was a Thursday), so the count is in calendar days.
 * - Evaluated as of a day before 2021-01-01: AB 1950 is not yet law, so the former law governs.
 *
 * Which day marks AB 1950: the first day parameter `felony.capYears` has a value, so that a reform
 * moving the cap's date moves this too.
 *
 * Open: finality of an ongoing probation case has its own doctrine (People v. McKenzie (2020) 9 Cal.5th
 * 40; People v. Esquivel (2021) 11 Cal.5th 671), which a record cannot compute; hence the input field.
 * Faial's unwinding of a revocation cannot be shown here: the engine ends a term at a revocation order
 * before any rule runs.
 */
import { formatLongDate, parseIsoDate, type Day } from '../../../dates/calendar.ts';
import { firstInForce } from '../../../engine/parameters.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { UsCaParameters } from '../parameters.ts';

export type Finality =
  'granted_after_reform' | 'not_final' | 'appeal_time_open' | 'final' | 'assumed_final' | 'assumed_not_final' | 'reform_not_in_force';

export interface GoverningLaw {
  regime: 'ab1950' | 'prior';
  /** The day whose parameter values apply. */
  lawDay: Day;
  /** AB 1950's first day, if it has one under these parameters. */
  reformDay: Day | undefined;
  /** True when AB 1950 reaches a grant made before it took effect. */
  retroactive: boolean;
  finality: Finality;
  citations: string[];
}

export const RETRO_CITATIONS = [
  'In re Estrada (1965) 63 Cal.2d 740',
  'People v. Quinn (2021) 59 Cal.App.5th 874',
  'People v. Sims (2021) 59 Cal.App.5th 943',
  'People v. Prudholme (2023) 14 Cal.5th 961',
];

/**
 * The law chosen for the term being evaluated, for the labelled exception rules (module-level objects,
 * so that no closures are built per term) to read through `lawOf(ctx)`.
 */
let currentCtx: object | undefined;
let currentLaw: GoverningLaw | undefined;

/** Evaluation is synchronous, so one slot suffices; `lawOf` checks it belongs to the same term. */
export function useLaw(ctx: TermContext<UsCaParameters>, law: GoverningLaw): void {
  currentCtx = ctx;
  currentLaw = law;
}

export function lawOf(ctx: TermContext<UsCaParameters>): GoverningLaw {
  if (currentCtx !== ctx || currentLaw === undefined)
    throw new Error('US-CA: a probation-length rule ran before the governing law was chosen');
  return currentLaw;
}

/** The optional term field `caseFinalBefore2021` (an extension field; validation refuses any value but true or false). */
export function caseFinalBefore2021(ctx: TermContext<UsCaParameters>): boolean | undefined {
  return ctx.facts.term.caseFinalBefore2021;
}

/** AB 1950 was approved by the Governor and filed with the Secretary of State on September 30, 2020 (Stats. 2020, ch. 328). */
const AB_1950_ENACTED = parseIsoDate('2020-09-30');

/**
 * "Under the law before 2021": how the former limits are named, except as of a day before AB 1950 was
 * enacted, when they were simply the law and no change was known.
 */
export function formerLawWords(asOf: Day): string {
  return asOf < AB_1950_ENACTED ? 'Under the law in force' : 'Under the law before 2021';
}

/** Decides which law governs and says so in the explanation (and in warnings where it assumed). */
export function governingLaw(ctx: TermContext<UsCaParameters>): GoverningLaw {
  const grant = ctx.facts.sentence;
  const reformDay = firstInForce(ctx.params.felony.capYears);
  if (reformDay === undefined || ctx.asOf < reformDay) {
    if (reformDay !== undefined) {
      // Before it was enacted, AB 1950 is not spoken of as a law to come: the as-of date did not know it.
      ctx.explain(
        ctx.asOf < AB_1950_ENACTED
          ? `The probation limits in force on ${formatLongDate(ctx.asOf)} are the older ones, and they apply to you.`
          : `The probation limits of Assembly Bill 1950 start on ${formatLongDate(reformDay)}. On ${formatLongDate(ctx.asOf)} they are not in effect yet, so the older limits apply to you.`,
        ['Stats. 2020, ch. 328 (AB 1950)'],
      );
    }
    return { regime: 'prior', lawDay: grant, reformDay, retroactive: false, finality: 'reform_not_in_force', citations: [] };
  }
  if (grant >= reformDay) {
    return { regime: 'ab1950', lawDay: grant, reformDay, retroactive: false, finality: 'granted_after_reform', citations: [] };
  }

  const given = caseFinalBefore2021(ctx);
  const reform = formatLongDate(reformDay);
  const granted = formatLongDate(grant);
  if (given === false) {
    ctx.explain(
      `Your probation was granted on ${granted}, before the new limits started on ${reform}. Your record says your case was not final on that day (for example, an appeal was still open). The courts have held that the new, shorter limits then apply to you too.`,
      RETRO_CITATIONS,
    );
    return { regime: 'ab1950', lawDay: reformDay, reformDay, retroactive: true, finality: 'not_final', citations: RETRO_CITATIONS };
  }
  if (given === true) {
    ctx.explain(
      `Your probation was granted on ${granted}, before the new limits started on ${reform}. Your record says your case was already final on that day, so the new limits do not shorten it by themselves. The older limits apply.`,
      RETRO_CITATIONS,
    );
    return { regime: 'prior', lawDay: grant, reformDay, retroactive: false, finality: 'final', citations: RETRO_CITATIONS };
  }

  // The time to appeal the grant had not run out on the reform's first day: the case was not final then.
  // A term with no felony count is read as a misdemeanor case (30 days); a felony charged makes it a
  // felony case (60 days), which the record does not show, so the gap between the two is warned about.
  const felonyDays = ctx.param(ctx.params.retroactivity.appealDays, reformDay);
  const misdemeanorCase = ctx.facts.level !== 'felony';
  const appealDays = misdemeanorCase ? (ctx.param(ctx.params.retroactivity.misdemeanorAppealDays, reformDay) ?? felonyDays) : felonyDays;
  if (appealDays !== undefined && grant + appealDays.value >= reformDay) {
    const citations = [...RETRO_CITATIONS, appealDays.source.citation];
    ctx.explain(
      `Your probation was granted on ${granted}, before the new limits started on ${reform}. An order granting probation ${misdemeanorCase ? 'in a misdemeanor case ' : ''}can be appealed for ${appealDays.value} days, and that time had not run out on ${reform}, so your case was not final then. The courts have held that the new, shorter limits then apply to you too.`,
      citations,
    );
    return { regime: 'ab1950', lawDay: reformDay, reformDay, retroactive: true, finality: 'appeal_time_open', citations };
  }
  if (misdemeanorCase && felonyDays !== undefined && grant + felonyDays.value >= reformDay) {
    ctx.warn(
      `Your probation was granted on ${granted}. In a misdemeanor case the time to appeal (${appealDays?.value ?? felonyDays.value} days) had run out before ${reform}. If a felony was charged in this case, it is a felony case with ${felonyDays.value} days to appeal (Cal. Rules of Court, rule 8.304(a)(2)), the case was not final on ${reform}, and the AB 1950 limits apply instead.`,
    );
  }

  const assumption = ctx.param(ctx.params.retroactivity.assumeFinalWhenUnknown, reformDay);
  const assumeFinal = assumption?.value ?? true;
  if (assumeFinal) {
    ctx.warn(
      `The record does not say whether this case was final on ${reform} (for the record keeper: field caseFinalBefore2021). It is treated as final, so the limits before AB 1950 apply. If the case was not final then (for example, an appeal was pending), the AB 1950 limits apply instead and the latest end date may be earlier.`,
    );
    ctx.explain(
      `Your probation was granted on ${granted}, before the new limits started on ${reform}. The new limits reach an older case only if it was not final on that day. We do not know that about your case, so we used the older limits.`,
      RETRO_CITATIONS,
    );
    return { regime: 'prior', lawDay: grant, reformDay, retroactive: false, finality: 'assumed_final', citations: RETRO_CITATIONS };
  }
  ctx.warn(
    `The record does not say whether this case was final on ${reform} (for the record keeper: field caseFinalBefore2021). It is treated as not final, so the AB 1950 limits apply. If the case was already final, the older, longer limits apply instead.`,
  );
  ctx.explain(
    `Your probation was granted on ${granted}, before the new limits started on ${reform}. We assumed your case was not final on that day, so the new limits apply to you.`,
    RETRO_CITATIONS,
  );
  return { regime: 'ab1950', lawDay: reformDay, reformDay, retroactive: true, finality: 'assumed_not_final', citations: RETRO_CITATIONS };
}
