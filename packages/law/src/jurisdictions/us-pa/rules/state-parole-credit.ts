/**
 * 42 Pa.C.S. § 9774.1(b)(4): "A defendant sentenced to a period of probation consecutive to a period
 * of incarceration in a State correctional institution shall be eligible for an initial probation
 * review conference 12 months prior to the date that the defendant would otherwise be eligible … if
 * the defendant completed the final 12 months of State parole supervision without violating the terms
 * and conditions of the defendant's parole. This paragraph shall not apply to a defendant who serves
 * fewer than 12 months on State parole supervision." (Act 44 of 2023; text read 2026-11-30.)
 *
 * Not a rule of its own: the review-conference rule calls it while it computes the (b) date.
 *
 * Reading chosen: the record must link the probation term (`consecutiveTo`, directly or through the
 * Pennsylvania probation terms of a consecutive chain, which (b)(3) reviews as one) to a parole term of
 * the same person in US-PA; that parole is assumed to be State parole (Pennsylvania Parole Board), and a
 * warning says so. Its end is where its orders known on the as-of date left it (engine `endAsOrdered`: a
 * discharge ends it early, so fewer than 12 months may have been served). Any violation not dismissed, on
 * the parole term (or with no term named) and dated in the final 12 months, counts as "violating", and so
 * does a revocation of the parole dated in them. If the final 12 months are not over on the as-of date, the rest is assumed
 * compliant (the opportunity is then "upcoming, if you stay compliant") and a warning says so.
 * Without such a link, where the record hints at prison before the probation (a split sentence or a
 * consecutive term), a warning says (b)(4) was not considered. No felony limit: the text has none.
 * The sentence date selects the parameter values, as for the rest of § 9774.1.
 */
import { addMonths, parseIsoDate, type Day } from '../../../dates/calendar.ts';
import { endAsOrdered } from '../../../engine/term-facts.ts';
import type { Term } from '../../../records/schema.ts';
import { valueAt, type Ctx } from './shared.ts';
import { joinsAct44Chain } from './consecutive-probation.ts';

export interface ParoleCredit {
  applies: boolean;
  months: number;
  reason: string;
}

export function stateParoleCredit(ctx: Ctx, day: Day): ParoleCredit | undefined {
  const { term, person } = ctx.facts;
  const parole = termBeforeTheChain(ctx, person.terms, term);
  if (parole === undefined || parole.kind !== 'parole' || parole.jurisdiction !== 'US-PA') {
    // A probation term consecutive to another probation term is a (b)(3) chain, not a prison link: it
    // starts late because the earlier probation runs first.
    const chained = parole !== undefined && parole.kind === 'probation';
    const hint =
      term.consecutiveTo !== undefined || (term.confinementMonthsBeforeSupervision ?? 0) > 0 || ctx.facts.start > ctx.facts.sentence;
    if (!chained && hint) {
      ctx.warn(
        'If this probation follows a State prison sentence, finishing your last 12 months of State parole without a violation can move your review 12 months earlier (42 Pa.C.S. § 9774.1(b)(4)). The record does not link this probation to a Pennsylvania parole term, so that was not considered.',
      );
    }
    return undefined;
  }
  const months = valueAt(ctx, ctx.params.prc.stateParoleCreditMonths, day);
  const minimum = valueAt(ctx, ctx.params.prc.stateParoleMinimumMonths, day);
  const paroleStart = parseIsoDate(parole.startDate);
  const paroleEnd = endAsOrdered(parole, ctx.asOf);
  ctx.warn(`Your parole (term ${parole.id}) was taken to be State parole (supervised by the Pennsylvania Parole Board).`);
  if (paroleEnd === null) return { applies: false, months, reason: 'Your parole term has no end date, so the parole credit cannot apply.' };
  if (addMonths(paroleStart, minimum) > paroleEnd) {
    return {
      applies: false,
      months,
      reason: `You were on State parole for less than ${minimum} months (${ctx.date(paroleStart)} to ${ctx.date(paroleEnd)}), so the parole credit does not apply.`,
    };
  }
  const from = addMonths(paroleEnd, -minimum);
  for (const order of parole.orders ?? []) {
    const d = parseIsoDate(order.date);
    if (order.type === 'revocation' && d >= from && d <= paroleEnd && d <= ctx.asOf) {
      return {
        applies: false,
        months,
        reason: `Your parole was revoked on ${ctx.date(d)}, during your last ${minimum} months of State parole, so the parole credit does not apply.`,
      };
    }
  }
  for (const event of person.events ?? []) {
    if (event.type !== 'violation' || event.status === 'dismissed') continue;
    if (event.termId !== undefined && event.termId !== parole.id) continue;
    const d = parseIsoDate(event.date);
    if (d >= from && d <= paroleEnd && d <= ctx.asOf) {
      return {
        applies: false,
        months,
        reason: `You had a parole violation on ${ctx.date(d)}, during your last ${minimum} months of State parole, so the parole credit does not apply.`,
      };
    }
  }
  if (paroleEnd > ctx.asOf) {
    ctx.warn(`Your State parole runs to ${ctx.date(paroleEnd)}; the parole credit assumes you finish it without a violation.`);
  }
  return {
    applies: true,
    months,
    reason: `Your probation follows State prison, and you ${paroleEnd > ctx.asOf ? 'are on track to finish' : 'finished'} your last ${minimum} months of State parole (${ctx.date(from)} to ${ctx.date(paroleEnd)}) without a violation.`,
  };
}

/**
 * The term a probation follows, looking through the probation terms of its § 9774.1 consecutive chain
 * (each follows the one before; consecutive-probation.ts): the parole before the chain's first probation,
 * where there is one. A probation sentenced before the Act ends the walk: it is not in the chain, and a
 * probation that follows it follows probation, not State prison.
 */
function termBeforeTheChain(ctx: Ctx, terms: readonly Term[], term: Term): Term | undefined {
  let next = term;
  for (let step = 0; step < terms.length && next.consecutiveTo !== undefined; step++) {
    const previous = terms.find((t) => t.id === next.consecutiveTo);
    if (!joinsAct44Chain(ctx, previous)) return previous;
    next = previous;
  }
  return next === term ? undefined : next;
}
