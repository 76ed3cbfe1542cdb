/**
 * Fla. Stat. § 948.06(1): a violation pending when the term's end comes.
 *
 * "Upon the filing of an affidavit alleging a violation of probation or community control and following
 * issuance of a warrant …, the probationary period is tolled until the court enters a ruling on the
 * violation" (§ 948.06(1)(f) as quoted in Jean-Gilles v. State, 933 So. 2d 1227 (Fla. 4th DCA 2006); the
 * opening of § 948.06(1) read 2026-11-30, the rest not).
 *
 * Reading chosen: the record cannot show an affidavit or a warrant, only a violation reported and not yet
 * decided, so the tolling is not computed (README, open question 6). Where such a report was made while the
 * term ran and its end has come by the as-of date, a warning says the court may still rule on it and that
 * the end shown may not hold. The same day is told as a step of its own nowhere else.
 */
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { FlParameters } from '../parameters.ts';
import { pendingViolations } from './shared.ts';

export const pendingViolationTolling: Rule<FlParameters> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation') return;
  const end = ctx.endSoFar();
  if (end === null || end >= ctx.asOf) return;
  const pending = pendingViolations(ctx).filter((v) => v.day <= end);
  if (pending.length === 0) return;
  ctx.warn(
    `A violation reported on ${ctx.date(pending[0]!.day)} had not been decided when this term reached its end (${ctx.date(end)}). If an affidavit was filed and a warrant issued on it, Florida law stops the probation from running until the court rules (Fla. Stat. § 948.06(1)), so the court may still act on this term; that is not counted here.`,
  );
};
