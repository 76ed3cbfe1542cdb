/**
 * A.R.S. § 13-901(E): the court may end probation early at any time.
 *
 * "The court, on its own initiative or on application of the probationer, after notice and an
 * opportunity to be heard for the prosecuting attorney and, on request, the victim, may terminate the
 * period of probation or intensive probation and discharge the defendant at a time earlier than that
 * originally imposed if in the court's opinion the ends of justice will be served and if the conduct of
 * the defendant on probation warrants it."
 * (Quoted verbatim on a law-firm page read 2026-11-30; the statute itself was not read. § 13-924 says
 * it "has no effect on the ability of the court to terminate the period of probation or intensive
 * probation pursuant to section 13-901, subsection E" — 2008 wording, Coconino County page.)
 *
 * Reading chosen: a discretionary power with no waiting period and no excluded offenses, so an
 * `early_termination` opportunity open from the start date for every probation term, including those
 * § 13-924 excludes and lifetime probation. Never a `dischargeByLaw`. No parameter: no number in it.
 * Which date selects the version: none (unchanged in substance over the period covered).
 */
import { CITE, type Ctx } from './shared.ts';

export function courtEarlyTermination(ctx: Ctx): void {
  if (ctx.facts.term.kind !== 'probation') return;
  ctx.addOpportunity({
    kind: 'early_termination',
    date: ctx.facts.start,
    citations: [CITE.T901E, CITE.F],
    reasons: [
      'The judge may end your probation early at any time if your conduct on probation warrants it and it serves the ends of justice. You can ask the court yourself; the prosecutor, and the victim if they ask, get a chance to be heard. It is up to the judge.',
    ],
    basis:
      'The sentencing court may terminate probation early on its own or on your application (A.R.S. § 13-901(E)); time credit does not limit this power.',
  });
  ctx.explain(
    'Separately from time credit, the judge may end your probation early at any time if your conduct warrants it. That is the judge’s choice, so it does not change your end date here.',
    [CITE.T901E],
  );
}
