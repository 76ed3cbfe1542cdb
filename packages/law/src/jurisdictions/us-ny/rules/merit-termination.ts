/**
 * N.Y. Correction Law § 205(1)–(2): merit termination of sentence (text published 2022-01-21 on
 * nysenate.gov, read 2026-11-30; formerly Exec. Law § 259-j).
 *
 * 1. "The department may grant to any person a merit termination of sentence from presumptive release,
 *    parole, conditional release or release to post-release supervision prior to the expiration of the
 *    full term or maximum term, provided it is determined by the department that such merit termination
 *    is in the best interests of society, such person is not required to register as a sex offender
 *    pursuant to article six-C of this chapter, and such person is not on presumptive release, parole,
 *    conditional release or release to post-release supervision from a term of imprisonment imposed for
 *    any of the following offenses, or for an attempt to commit any of the following offenses: (a) a
 *    violent felony offense as defined in section 70.02 of the penal law; (b) murder in the first degree
 *    or murder in the second degree; (c) an offense defined in article one hundred thirty …; (d) unlawful
 *    imprisonment in the first degree, kidnapping in the first degree, or kidnapping in the second degree,
 *    in which the victim is less than seventeen years old and the offender is not the parent of the
 *    victim; (e) an offense defined in article two hundred thirty … involving the prostitution of a person
 *    less than nineteen years old; (f) disseminating indecent material to minors …; (g) incest; (h) an
 *    offense defined in article two hundred sixty-three …; (i) a hate crime …; or (j) an offense defined
 *    in article four hundred ninety …"
 * 2.(a) "… and that the parolee or releasee, otherwise financially able to comply with an order of
 *    restitution and the payment of any mandatory surcharge …, has made a good faith effort to comply".
 *
 * Readings chosen:
 * - A discretionary power of DOCCS, open from the start of supervision (subdivision 1 sets no waiting
 *   time; parameter meritTermination.minimumMonths = 0): an `early_termination` opportunity, never a
 *   `dischargeByLaw`.
 * - Excluded: any offense tagged `violent` (§ 70.02 list) or `sex_registration`, or carrying the table
 *   fact `meritExcluded`. Unclassified offenses are read as not excluded, with a warning.
 * - Restitution: a good-faith effort is required, not payment in full; unpaid restitution is said in the
 *   reasons and does not block the opportunity.
 * - Not offered once the term is over (its end, or the day credits covered it, is before the as-of date).
 * Which date selects the version: the as-of date.
 */
import { addMonths } from '../../../dates/calendar.ts';
import { addOpportunityFromCriteria, type CriterionResult } from '../../../engine/criteria.ts';
import { restitutionBalance } from '../../../engine/term-facts.ts';
import { termOver } from './earned-time-credits.ts';
import { communitySupervision, kindWords, offenseName, tableFact, type Ctx } from './shared.ts';

const CITE = 'N.Y. Correction Law § 205(1)';

export function meritTermination(ctx: Ctx): void {
  if (!communitySupervision(ctx) || termOver(ctx)) return;
  const months = ctx.param(ctx.params.meritTermination.minimumMonths, ctx.asOf);
  if (months === undefined) return;
  ctx.needClassification(['violent', 'sex_registration'], 'Merit termination (N.Y. Correction Law § 205(1))');
  const kind = kindWords(ctx);
  const criteria: CriterionResult[] = [];
  for (const o of ctx.facts.offenses) {
    const clause = tableFact(o, 'meritExcluded');
    const why = o.tags.has('violent')
      ? 'it is a violent felony offense'
      : o.tags.has('sex_registration')
        ? 'it requires registration as a sex offender'
        : typeof clause === 'string'
          ? `the law lists ${clause}`
          : undefined;
    const subdivisions = tableFact(o, 'violentOnlyUnder');
    // A record that lists the offense's tags has said which apply; one that gives none leaves it open.
    if (why === undefined && typeof subdivisions === 'string' && o.offense.tags === undefined) {
      ctx.warn(
        `Merit termination (${CITE}(a)) is barred for a violent felony offense, and ${o.offense.statute} is one only under subdivision ${subdivisions}; the record does not say which subdivision, so it was treated as another.`,
      );
    }
    if (why !== undefined) {
      criteria.push({
        id: `offense_${o.index}`,
        met: false,
        exclusion: true,
        reason: `Merit termination is not available for ${offenseName(o)}, because ${why}.`,
        citations: [CITE],
      });
    }
  }
  const opens = addMonths(ctx.facts.start, months.value);
  criteria.push({
    id: 'discretion',
    met: true,
    date: opens,
    reason: `The Department of Corrections and Community Supervision (DOCCS) may end your ${kind} early with a "merit termination" at any time before it ends, if it finds this is in the best interests of society. It is DOCCS’s choice, so it does not change your end date here.`,
    citations: [CITE],
  });
  const owed = restitutionBalance(ctx.facts);
  if (owed > 0) {
    criteria.push({
      id: 'restitution_effort',
      met: true,
      reason:
        'If you owe restitution or a mandatory surcharge and can pay, DOCCS must be satisfied that you have made a good faith effort to pay it.',
      citations: ['N.Y. Correction Law § 205(2)(a)'],
    });
  }
  addOpportunityFromCriteria(
    ctx,
    {
      kind: 'early_termination',
      citations: [CITE],
      basis: 'DOCCS may grant a merit termination of sentence before the term ends (N.Y. Correction Law § 205).',
    },
    criteria,
  );
}
