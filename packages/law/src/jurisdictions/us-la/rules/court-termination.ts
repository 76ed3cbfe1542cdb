/**
 * La. C.Cr.P. art. 897: the court may end probation early.
 *
 * "A. In a felony case, other than for a conviction of operating a vehicle while intoxicated, vehicular
 *  homicide, or first degree vehicular negligent injuring, the court may terminate the defendant's
 *  probation, early or as unsatisfactory, and discharge him at any time after the expiration of one year
 *  of probation when either of the following occur: (1) The state has previously provided written
 *  verification that it has no opposition to the termination of the probation. (2) A contradictory
 *  hearing with the state, set by the court, has been held. …
 *  B. In a misdemeanor case, other than for a conviction of vehicular negligent injuring, the court may
 *  terminate the defendant's suspended sentence or probation and discharge him at any time when all of
 *  the following conditions are met: (1) The termination or discharge is ordered in open court. (2) The
 *  state is present … and has been afforded an opportunity to participate in a contradictory hearing."
 * (Text read 2026-12-03 at legis.la.gov; history "Acts 2014, No. 275, §1; Acts 2024, No. 648, §1".)
 *
 * Readings chosen:
 * - A discretionary power: an `early_termination` opportunity, never a discharge by law. Felony: open on
 *   start + 12 months (spec § 3: "after one year" is the anniversary; parameter
 *   `courtTermination.felonyWaitMonths`). Misdemeanor: open from the start.
 * - A term with any felony count is a felony case; one of misdemeanors only is a misdemeanor case.
 * - The excluded convictions, by statute: operating a vehicle while intoxicated (R.S. 14:98 and 14:98.1–
 *   98.4), vehicular homicide (14:32.1) and first degree vehicular negligent injuring (14:39.2) in a
 *   felony case; vehicular negligent injuring (14:39.1) in a misdemeanor case. Such a term gets the
 *   opportunity as `ineligible`, with the reason. (A misdemeanor OWI is not excluded by (B).)
 * - Probation only: parole is the board's, under other law not covered here.
 * - A felony probation that ends (as it stands, or by the credits' discharge) on or before the day the
 *   year is out gets no opportunity: it would never be reached (spec § 2, `upcoming`).
 * - Which date selects the version: the as-of date. From August 1, 2014 (Act 275) the article is read
 *   as its text today less the excluded convictions, which Act 648 added from August 1, 2024
 *   (`courtTermination.vehicleOffensesExcluded`; see the parameters' notes). The article before Act 275
 *   was not read: before August 1, 2014 nothing is offered, and a warning says so (open question).
 */
import { addMonths } from '../../../dates/calendar.ts';
import { listedSection, type Ctx } from './shared.ts';

const A = 'La. C.Cr.P. art. 897(A)';
const B = 'La. C.Cr.P. art. 897(B)';

/** Sections (as the offense table writes them) art. 897 excludes, by paragraph. */
const FELONY_EXCLUDED: Readonly<Record<string, string>> = {
  'RS 14:98': 'operating a vehicle while intoxicated',
  'RS 14:98.1': 'operating a vehicle while intoxicated',
  'RS 14:98.2': 'operating a vehicle while intoxicated',
  'RS 14:98.3': 'operating a vehicle while intoxicated',
  'RS 14:98.4': 'operating a vehicle while intoxicated',
  'RS 14:32.1': 'vehicular homicide',
  'RS 14:39.2': 'first degree vehicular negligent injuring',
};
const MISDEMEANOR_EXCLUDED: Readonly<Record<string, string>> = { 'RS 14:39.1': 'vehicular negligent injuring' };

export function courtTermination(ctx: Ctx): void {
  if (ctx.facts.term.kind !== 'probation') return;
  const wait = ctx.param(ctx.params.courtTermination.felonyWaitMonths, ctx.asOf);
  if (wait === undefined) {
    ctx.warn(
      'Louisiana courts may end probation early (La. C.Cr.P. art. 897), but the article as it stood before August 1, 2014 was not read for this tool, so no early termination is shown for this date.',
    );
    return;
  }
  const felony = ctx.facts.offenses.some((o) => o.level === 'felony');
  const list = felony ? FELONY_EXCLUDED : MISDEMEANOR_EXCLUDED;
  const citation = felony ? A : B;
  const excludes = ctx.param(ctx.params.courtTermination.vehicleOffensesExcluded, ctx.asOf)?.value === true;
  const excluded = excludes ? ctx.facts.offenses.flatMap((o) => listedSection(o, list) ?? []) : [];
  if (excluded.length > 0) {
    const names = [...new Set(excluded)].join(' and ');
    ctx.addOpportunity({
      kind: 'early_termination',
      date: null,
      citations: [citation],
      reasons: [`The court's power to end probation early does not reach a conviction for ${names} (${citation}).`],
      basis: 'The court may terminate probation early (La. C.Cr.P. art. 897).',
    });
    ctx.explain(`A Louisiana court may end most probation early, but not for a conviction for ${names}.`, [citation]);
    return;
  }
  const start = ctx.facts.start;
  const opens = felony ? addMonths(start, wait.value) : start;
  // A term that ends (as it stands, or by the credits' discharge) before the year is out, or on its last
  // day, leaves nothing to end early.
  const end = ctx.endSoFar();
  if (felony && end !== null && opens >= end) {
    ctx.explain(
      `A court may end felony probation early only after one year of probation (${ctx.date(opens)}); your probation ${end < ctx.asOf ? 'ended' : 'ends'} on ${ctx.date(end)}, ${opens === end ? 'that same day' : 'before then'}, so this does not come into play.`,
      [citation],
    );
    return;
  }
  ctx.addOpportunity({
    kind: 'early_termination',
    date: opens,
    citations: [citation],
    reasons: felony
      ? [
          `From ${ctx.date(opens)}, after one year of probation, the court may end your probation early and discharge you.`,
          'It may do so if the district attorney has said in writing that the state does not oppose it, or after a hearing with the state, which the court must tell the state of at least 15 days before.',
        ]
      : ['The court may end your probation early at any time, in open court, with the state present and able to be heard.'],
    basis: 'The court may terminate probation early and discharge you (La. C.Cr.P. art. 897); it is the judge’s decision.',
  });
  ctx.explain(
    felony
      ? `After one year of probation, ${ctx.tense(opens, 'which you completed on', 'which you complete on')} ${ctx.date(opens)}, a court may end your probation early if the state does not oppose it in writing or after a hearing with the state. That is the judge’s choice, so it does not change your end date here.`
      : 'A court may end your misdemeanor probation early at any time, in open court with the state present. That is the judge’s choice, so it does not change your end date here.',
    [citation],
  );
}
