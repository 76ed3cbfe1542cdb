/**
 * La. C.Cr.P. art. 895.6(D) (probation) and La. R.S. 15:574.6.1 (parole): the end of the term once
 * time served plus earned compliance credits satisfy it.
 *
 * 895.6(D) (2017 text, legis.la.gov; only its opening was readable): "When a defendant's total probation
 *   term is satisfied through a combination of time served on felony probation and earned compliance
 *   credits, the Department of Public Safety and Corrections shall …"
 * 895.6(A): the defendant "shall earn a diminution of probation term" at thirty days a full calendar
 *   month (2017 text); R.S. 15:574.6.1(A)(1): the offender "shall earn a diminution of parole term".
 * (Texts read 2026-11-30.)
 *
 * Readings chosen:
 * - "Satisfied": the first day D on which days served (D − start) plus credits posted by D reach the term
 *   (engine `dayCreditsSatisfyTerm`). The term is the scheduled end, or the statutory maximum of art.
 *   893(A) where that is earlier (credits diminish the term the law allows). No minimum time on
 *   supervision appears in the texts read; none is applied.
 * - Mandatory: credits are a "diminution of … term" that the person "shall earn", and (D) has the
 *   Department act once the term is satisfied, so the end is a `dischargeByLaw` (parameter
 *   `credits.dischargeMandatory`; the alternative reading, credits only ground a court's order under
 *   the amended art. 895.6(A)'s "procedure provided in Article 893", is one parameter away).
 * - After the 2024 repeal the credits already earned keep diminishing the term (see compliance-credits.ts).
 * - The opportunity (`earned_discharge`) is reported where the law reached a full month of the term: it
 *   is ineligible with the reasons where an exclusion applies, eligible or upcoming on the satisfaction
 *   day otherwise, and left out where the law never reached the term (before November 2017, or a term
 *   that began after the repeal).
 * - Which date selects the version: the as-of date (whether discharge by credits is mandatory); the
 *   credits themselves month by month (compliance-credits.ts).
 */
import { addOpportunityFromCriteria, type CriterionResult } from '../../../engine/criteria.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { UsLaParameters } from '../parameters.ts';
import { revokedSpans } from '../../../engine/term-facts.ts';
import { creditsPostedBy, servedWords } from '../../../engine/compliance-months.ts';
import { cites, creditEligibility, creditLedger, satisfiedOn } from './compliance-credits.ts';
import { formatCount } from '../../../engine/words.ts';
import { supervisedAsParole } from './scope.ts';

const CITE_D = 'La. C.Cr.P. art. 895.6(D)';

const basis = (kind: string) =>
  `When the time you have served on ${kind} plus your earned compliance credits add up to your whole term, the term is satisfied and the Department of Public Safety and Corrections discharges you.`;
const BASIS = { probation: basis('probation'), parole: basis('parole') } as const;

export const creditDischarge: Rule<UsLaParameters> = (ctx) => {
  const ledger = creditLedger(ctx);
  if (ledger === null || ledger.underLaw === 0) return;
  const c = cites(ctx);
  const parole = supervisedAsParole(ctx.facts.term.kind);
  const kind = parole ? 'parole' : 'probation';
  const citeD = parole ? c.a : CITE_D;
  const spec = {
    kind: 'earned_discharge' as const,
    citations: parole ? [c.a] : [c.a, CITE_D],
    basis: BASIS[kind],
  };
  const elig = creditEligibility(ctx);
  if (!elig.eligible) {
    addOpportunityFromCriteria(ctx, spec, elig.criteria);
    return;
  }
  const start = ctx.facts.start;
  const termDays = ledger.termEnd - start;
  const satisfied = satisfiedOn(ctx);
  if (satisfied === null) {
    const total = creditsPostedBy(ledger.postings, ledger.termEnd);
    ctx.explain(
      `Your credits cannot end this ${kind} before ${ctx.date(ledger.termEnd)}: ${total > 0 ? `the ${formatCount(total)} days of credit you can earn` : 'no credit days'} are not enough to satisfy the ${formatCount(termDays)} days of your term any sooner.`,
      [c.a],
    );
    return;
  }
  const posted = creditsPostedBy(ledger.postings, satisfied);
  const criteria: CriterionResult[] = [
    ...elig.criteria,
    {
      id: 'credits_satisfy_term',
      met: true,
      date: satisfied,
      reason:
        satisfied <= ctx.asOf
          ? `Your time served plus your credits reached your full term on ${ctx.date(satisfied)}.`
          : `Your time served plus your credits reach your full term on ${ctx.date(satisfied)}, if you keep following your conditions.`,
      citations: parole ? [c.a] : [citeD, c.a],
    },
  ];
  addOpportunityFromCriteria(ctx, spec, criteria);
  const mandatory = ctx.param(ctx.params.credits.dischargeMandatory, ctx.asOf)?.value ?? true;
  // Days the term stood revoked are not served on it (compliance-credits.ts, `satisfiedOn`).
  const served = servedWords(start, satisfied, revokedSpans(ctx.facts.orders));
  const arithmetic =
    satisfied <= ctx.asOf
      ? `On that day you had served ${served} and had ${formatCount(posted)} days of credit, which together covered the ${formatCount(termDays)} days of your term.`
      : `On that day you will have served ${served} and have ${formatCount(posted)} days of credit, which together cover the ${formatCount(termDays)} days of your term.`;
  if (!mandatory) {
    ctx.explain(
      `Your credits satisfy your term on ${ctx.date(satisfied)}. ${arithmetic} Under the reading used here, the court must still order your discharge, so your end date does not move by itself.`,
      [citeD],
    );
    return;
  }
  ctx.dischargeByLaw(
    satisfied,
    `Your ${kind} ${satisfied <= ctx.asOf ? 'was' : 'is'} satisfied on ${ctx.date(satisfied)}, the day your time served plus your credits cover the whole term. ${arithmetic}`,
    parole ? [c.a] : [citeD, c.a],
  );
};
