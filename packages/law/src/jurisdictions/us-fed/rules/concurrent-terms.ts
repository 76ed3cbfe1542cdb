/**
 * 18 U.S.C. § 3564(b): "Multiple terms of probation, whether imposed at the same time or at different
 * times, run concurrently with each other." § 3624(e): a term of supervised release "runs concurrently
 * with any Federal, State, or local term of probation or supervised release or parole for another
 * offense". (Both read 2026-12-01 in the stored U.S. Code chunks, chunck-1914.md and chunck-2052.md.)
 *
 * Reading chosen: a federal probation or supervised-release term recorded as following another term
 * (`consecutiveTo`) cannot run after it. The record's start date is kept (§ 3564(a) lets the court order
 * a later commencement of probation, and the start of supervised release is the release from
 * imprisonment, which the record states), so the dates stay the record's; the explanation says plainly that
 * the law runs the terms together, and gives the end the term would have had it begun when the law says:
 * probation on the day it was imposed (§ 3564(a)), supervised release with the term it was recorded to
 * follow where that is a federal term too (released from the same imprisonment). Not a result of its own:
 * the court or the record must say which start is right. A parole or other term recorded as consecutive
 * is only warned of: each term is evaluated on its own.
 */
import { addLength, parseIsoDate, type Day } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { FedParameters } from '../parameters.ts';

const CITE_PROBATION = '18 U.S.C. § 3564(b)';
const CITE_RELEASE = '18 U.S.C. § 3624(e)';

export const concurrentTerms: Rule<FedParameters> = (ctx) => {
  const { term, person, start } = ctx.facts;
  if (term.consecutiveTo === undefined) return;
  if (term.kind !== 'probation' && term.kind !== 'supervised_release') {
    ctx.warn(`This term runs after term ${term.consecutiveTo}; each term is evaluated on its own here.`);
    return;
  }
  const before = person.terms.find((t) => t.id === term.consecutiveTo);
  const probation = term.kind === 'probation';
  // Supervised release after another federal term: released from the same imprisonment, it began with it.
  const lawStart: Day | undefined = probation
    ? ctx.facts.sentence
    : before?.jurisdiction === term.jurisdiction
      ? parseIsoDate(before.startDate)
      : undefined;
  const what = probation
    ? 'Federal law runs every term of probation at the same time as the others, whether imposed together or at different times'
    : 'Federal law runs supervised release at the same time as any other term of probation, supervised release or parole';
  let alternative = '';
  if (lawStart !== undefined && lawStart < start && term.length !== undefined) {
    const end = addLength(lawStart, term.length);
    alternative = ` Had it begun ${probation ? `when it was imposed, on ${ctx.date(lawStart)}` : `with term ${term.consecutiveTo}, on ${ctx.date(lawStart)}`}, it ${ctx.tense(end, 'ended', 'would end')} on ${ctx.date(end)}.`;
  }
  ctx.explain(
    `The record says this term runs after term ${term.consecutiveTo}. ${what}, so it cannot be made to follow another. The dates here count from the start date the record gives, ${ctx.date(start)}.${alternative}`,
    [probation ? CITE_PROBATION : CITE_RELEASE],
  );
  ctx.warn(
    `Term ${term.id} is recorded as following term ${term.consecutiveTo}, but ${probation ? '18 U.S.C. § 3564(b)' : '18 U.S.C. § 3624(e)'} runs it at the same time. Its dates were counted from the record's start date (${ctx.date(start)}); check the judgment for when it began.`,
  );
};
