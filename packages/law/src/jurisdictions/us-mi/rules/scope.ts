/**
 * What the Michigan rules cover, and the facts every later rule relies on.
 *
 * 1. Probation only. 2020 PA 397 amends the probation sections of the Code of Criminal Procedure,
 *    chapter XI (MCL 771.2, 771.2a, 771.3, 771.4, 771.4b; legiscan engrossed text, title read
 *    2026-11-30). Parole (MCL 791.240a and the Corrections Code) is not encoded: for a parole or other
 *    non-probation term the engine gives the scheduled end only, and says so in `warnings`.
 * 2. Felony or not (MCL 761.1): "a violation of a penal law of this state for which the offender, upon
 *    conviction, may be punished by imprisonment for more than 1 year or an offense expressly
 *    designated by law to be a felony". An offense recorded as a misdemeanor but punishable by more
 *    than 12 months (a "high court misdemeanor") is a felony for chapter XI. Read from lawserver.com's
 *    definitions beside MCL 771.4b [S quoting P].
 * 3. MCL 771.1(1): probation may not be granted for murder, treason, criminal sexual conduct in the
 *    first or third degree, armed robbery, or major controlled substance offenses [P, via the MJI
 *    Criminal Proceedings Benchbook vol. 2 § 9.2]. A record showing probation for one of these is
 *    evaluated as given, with a warning.
 * 4. No earned credits: Michigan probation law has no earned-time or compliance credits; the term is
 *    shortened only by a court (early discharge, MCL 771.2(2)–(3)). `earnedCreditDays` stays 0.
 *
 * Open question: whether time spent absconding or in custody stops a Michigan probation term running
 * (tolling) was not researched; the jurisdiction's `limits.tolling` says so when a record raises it.
 */
import { KIND_WORDS, outsideTheseRules } from '../../../engine/scope.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { UsMiParameters } from '../parameters.ts';
import { hasTableFact, isFelonyOffense, offenseName } from './chapter-xi.ts';

export const scope: Rule<UsMiParameters> = (ctx) => {
  const { term, offenses } = ctx.facts;
  if (term.kind !== 'probation') {
    outsideTheseRules(
      ctx,
      `The Michigan rules in this report are the probation rules of 2020 Public Act 397. They do not cover ${KIND_WORDS[term.kind]}${term.kind === 'parole' ? ' (Michigan parole is governed by the Corrections Code, MCL 791.240a)' : ''}, so only the end date of your term as set is shown.`,
      ['2020 PA 397'],
    );
    return;
  }
  ctx.setEarnedCredits(0);
  ctx.explain(
    'Michigan law does not give earned-time credits on probation. Your probation can end early only if a court discharges you early.',
    ['MCL 771.2(2)'],
  );

  for (const o of offenses) {
    if (o.level !== 'felony' && isFelonyOffense(o)) {
      ctx.explain(
        `${offenseName(o)} can be punished by more than 1 year in prison, so Michigan law treats it as a felony for the probation rules.`,
        ['MCL 761.1'],
      );
    }
    if (o.level === 'gross_misdemeanor' && o.offense.maxPrisonMonths === undefined) {
      ctx.warn(
        `${o.offense.statute} is recorded as a gross misdemeanor, which Michigan does not use; without its maximum prison term (field maxPrisonMonths) it is treated as not a felony (MCL 761.1).`,
      );
    }
    if (hasTableFact(o, 'nonProbationable')) {
      ctx.warn(
        `${o.offense.statute} is an offense for which Michigan law does not allow probation (MCL 771.1(1)); the record is evaluated as given.`,
      );
    }
  }
};
