/**
 * RSMo § 559.036.8: the court's power to revoke reaches past the end of the term for a violation
 * reported before it.
 *
 * 559.036.8 "The power of the court to revoke probation shall extend for the duration of the term of
 *   probation designated by the court and for any further period which is reasonably necessary for the
 *   adjudication of matters arising before its expiration, provided that some affirmative manifestation of
 *   an intent to conduct a revocation hearing occurs prior to the expiration of the period and that every
 *   reasonable effort is made to notify the probationer and to conduct the hearing prior to the expiration
 *   of the period. If the delay of the hearing is attributable to the probationer's actions or the
 *   probationer otherwise consents or acquiesces to the delay, the court shall have been found to have made
 *   every reasonable effort to conduct the hearing within the probation term." (Current text read
 *   2026-12-02 in the same copy as the rest of § 559.036.)
 *
 * Reading chosen: the record cannot show the court's intent or its efforts, so nothing is decided here. A
 * probation whose end (as scheduled, capped, or discharged by credits: whichever the rules before this
 * one found first) is behind the as-of date, with a violation report dated on or before that end and no
 * recorded outcome (status `reported`), gets a warning: the end date stands, but a hearing on that report
 * may still come. Version: the as-of date's text only (earlier texts of subsection 8 were not read).
 */
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { UsMoParameters } from '../parameters.ts';

export const revocationAfterExpiry: Rule<UsMoParameters> = (ctx) => {
  const { term, violations } = ctx.facts;
  if (term.kind !== 'probation') return;
  // The term's end as the rules before this one found it: as scheduled, capped, or discharged by credits.
  const end = ctx.endSoFar();
  if (end === null || end >= ctx.asOf) return;
  const pending = violations.filter((v) => v.status === 'reported' && v.day <= end);
  if (pending.length === 0) return;
  const last = pending[pending.length - 1]!;
  ctx.warn(
    `A violation reported on ${ctx.date(last.day)}, before your probation's end on ${ctx.date(end)}, has no recorded outcome. A Missouri court may still hold a revocation hearing on it after the end, if before the end it showed it meant to hold one and made every reasonable effort to notify you and hold it in time, or if you caused or agreed to the delay (RSMo § 559.036.8). The end date shown assumes no such hearing.`,
  );
};
