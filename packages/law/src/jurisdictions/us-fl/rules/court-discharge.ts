/**
 * Fla. Stat. § 948.05(1): the court may end probation at any time.
 *
 * "A court may at any time cause a probationer or offender in community control to appear before it to
 * be admonished or commended, and, when satisfied that its action will be for the best interests of
 * justice and the welfare of society, it may discharge the probationer or offender in community control
 * from further supervision." (2025 Florida Statutes, read 2026-11-30.)
 *
 * Reading chosen: a discretionary power with no waiting period and no exclusions, so an
 * `early_termination` opportunity open from the start of probation; never a `dischargeByLaw`.
 * Which date selects the version: the as-of date (the power on the day the court would act). The power
 * predates the first value encoded (1970-01-01), whose enacting history was not read.
 * Only probation: Florida parole and conditional release are run by the Florida Commission on Offender
 * Review (ch. 947), which is not encoded; such terms get an explanation and nothing else.
 */
import { KIND_WORDS, outsideTheseRules } from '../../../engine/scope.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { FlParameters } from '../parameters.ts';

const CITE = 'Fla. Stat. § 948.05(1)';

export const courtDischarge: Rule<FlParameters> = (ctx) => {
  const { term, start } = ctx.facts;
  if (term.kind !== 'probation') {
    outsideTheseRules(
      ctx,
      term.kind === 'parole' || term.kind === 'conditional_release'
        ? 'Florida parole and conditional release are decided by the Florida Commission on Offender Review. Their rules are not worked out here, so this shows only your end date as imposed.'
        : `The Florida rules in this report cover probation only. This term is ${KIND_WORDS[term.kind]}, so this shows only your end date as imposed.`,
      term.kind === 'parole' || term.kind === 'conditional_release' ? ['Fla. Stat. ch. 947'] : [],
    );
    return;
  }
  if (ctx.scheduledEndPassed()) return;
  const power = ctx.param(ctx.params.courtDischarge.atAnyTime, ctx.asOf);
  if (power === undefined || !power.value) return;
  ctx.addOpportunity({
    kind: 'early_termination',
    date: start,
    citations: [power.source.citation],
    reasons: [
      `The judge may end your probation at any time, starting ${ctx.date(start)}, if the judge decides that is best for justice and for the community. You or your lawyer can ask by filing a motion. It is up to the judge.`,
    ],
    basis: 'the court may discharge a probationer at any time (Fla. Stat. § 948.05(1))',
  });
  ctx.explain('The judge may also end your probation at any time. That is the judge’s choice, so it does not change your end date here.', [
    CITE,
  ]);
};
