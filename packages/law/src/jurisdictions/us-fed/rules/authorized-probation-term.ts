/**
 * 18 U.S.C. § 3561(c) and § 3564(d): the longest term of federal probation, extensions included.
 *
 * § 3561(c) "The authorized terms of probation are (1) for a felony, not less than one nor more than five
 *   years; (2) for a misdemeanor, not more than five years; and (3) for an infraction, not more than one
 *   year."
 * § 3564(d) "The court may, after a hearing, extend a term of probation, if less than the maximum
 *   authorized term was previously imposed, … pursuant to the provisions applicable to the initial setting
 *   of the term of probation." (Both read 2026-12-02 in the US Code text; Sentencing Reform Act of 1984,
 *   effective November 1, 1987.)
 *
 * Readings chosen:
 * - The limit runs from the start date (a term of probation "commences on the day that the sentence of
 *   probation is imposed", § 3564(a)) to the start + the authorized years, month-end clamped, moved
 *   later by the days imprisonment stopped the term before it (§ 3564(b); imprisonment-tolling.ts).
 * - Several counts: the terms run concurrently (§ 3564(b)), so the longest authorized term of any count
 *   governs: five years if any count is a felony or a misdemeanor, one year if every count is an
 *   infraction. The record format has no infraction level: a count whose `class` says "infraction" is one.
 * - An extension is allowed only up to the authorized maximum (§ 3564(d)), so the limit binds the term as
 *   extended.
 * - Reported only where the term as it stands runs past the limit: then `statutoryMaxEndDate` and a
 *   `term_cap` opportunity (the court corrects a sentence the statute does not authorize). A term within
 *   the limit reports none, as in Missouri.
 * - Version: the offense date, the latest of the term's counts (the Sentencing Reform Act reaches offenses
 *   committed on or after November 1, 1987; a later sentence for an earlier offense is old law), or the
 *   sentence date where a count gives none.
 * - Old law: an offense committed before November 1, 1987 (by the same version date) falls under former
 *   18 U.S.C. § 3651: "The period of probation, together with any extension thereof, shall not exceed
 *   five years" (quoted in United States v. Squillante, 137 F. Supp. 553 (S.D.N.Y. 1956); applied in United
 *   States v. Albano, 698 F.2d 144 (2d Cir. 1983)). That limit alone is encoded, for offenses from
 *   September 1, 1948 (Title 18 as enacted), counted from the start as above; a warning says the rest of
 *   old law is not worked out.
 * - Probation only: supervised release limits (§ 3583(b)) turn on the offense class and on the statutes
 *   that set their own terms ("except as otherwise provided": § 3583(j), (k); 21 U.S.C. § 841(b)), which
 *   the record rarely gives; they are not encoded.
 */
import { addYears, type Day } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { addTermCapOpportunity, askTheCourtToCorrect } from '../../../engine/term-cap.ts';
import { afterStoppedDays, notCountingStopped } from './imprisonment-tolling.ts';
import { isInfraction, type Ctx } from './shared.ts';
import type { FedParameters } from '../parameters.ts';

const C_3564_D = '18 U.S.C. § 3564(d)';

export const authorizedProbationTerm: Rule<FedParameters> = (ctx) => {
  const { term, sentence, offenses } = ctx.facts;
  if (term.kind !== 'probation' || offenses.length === 0) return;
  // The latest offense date, where every count gives one.
  const days = offenses.map((o) => o.offenseDay);
  const offended = days.every((d): d is Day => d !== undefined) ? Math.max(...days) : undefined;
  const version = offended ?? sentence;
  const authorized = ctx.param(ctx.params.probation.authorizedYears, version);
  if (authorized !== undefined) {
    const what = offenses.every((o) => isInfraction(o.offense.class))
      ? `${authorized.value.infraction} year for an infraction`
      : `${authorized.value.felony} years for a felony or a misdemeanor`;
    capProbation(ctx, {
      years: longestAuthorizedYears(ctx, authorized.value),
      citations: [authorized.source.citation, C_3564_D],
      law: `Federal law authorizes probation of at most ${what}, and an extension only up to that limit.`,
      basis:
        'A term of probation, extensions included, may not be longer than 18 U.S.C. § 3561(c) authorizes; the court corrects a sentence that is.',
    });
    return;
  }
  // Old law (former 18 U.S.C. §§ 3651–3656) governs this probation. Only its five-year limit (former
  // § 3651, extensions included) is encoded: said, so that the Sentencing Reform Act's early termination
  // below is not taken as old law's.
  const former = ctx.param(ctx.params.probation.formerMaxYears, version);
  ctx.warn(
    `This probation is for an offense committed before November 1, 1987 (or, where the record gives no offense date, imposed before it), so federal probation law from before the Sentencing Reform Act governs it (former 18 U.S.C. §§ 3651–3656). ${
      former === undefined
        ? 'That law is not worked out here: no limit on the term is applied'
        : `Only its limit of ${former.value} years on the period of probation, extensions included (former 18 U.S.C. § 3651), is applied here`
    }, and any early termination shown follows today's 18 U.S.C. § 3564(c).`,
  );
  if (former === undefined) return;
  capProbation(ctx, {
    years: former.value,
    citations: [former.source.citation],
    law: `The law that governs an offense committed before November 1, 1987 allows probation of at most ${former.value} years, extensions included.`,
    basis: `A period of probation, with any extension, may not exceed ${former.value} years under former 18 U.S.C. § 3651; the court corrects a sentence that does.`,
  });
};

/** A limit on the length of probation: years from its start, and the words of the law that sets them. */
interface ProbationLimit {
  years: number;
  citations: string[];
  /** The limit as the law states it, a whole sentence. */
  law: string;
  /** Why the court corrects a term that runs past it (the term_cap opportunity's basis). */
  basis: string;
}

/** The cap and the term_cap opportunity where the term as it stands runs past the limit. */
function capProbation(ctx: Ctx, limit: ProbationLimit): void {
  const start = ctx.facts.start;
  const unmoved = addYears(start, limit.years);
  const day = afterStoppedDays(ctx, unmoved);
  const end = ctx.scheduledEnd;
  if (end !== null && end <= day) return;
  ctx.capAt(
    day,
    `${limit.law} Counted from the day your probation began (${ctx.date(start)})${notCountingStopped(unmoved, day)}, your probation ${ctx.endBy(day)}.`,
    limit.citations,
  );
  addTermCapOpportunity(ctx, day, limit.citations, { advice: askTheCourtToCorrect(ctx, day), basis: limit.basis });
}

function longestAuthorizedYears(ctx: Ctx, years: { felony: number; misdemeanor: number; infraction: number }): number {
  let longest = 0;
  for (const o of ctx.facts.offenses) {
    const y = isInfraction(o.offense.class) ? years.infraction : o.level === 'felony' ? years.felony : years.misdemeanor;
    if (y > longest) longest = y;
  }
  return longest;
}
