/**
 * Cal. Penal Code § 1203.2 [read 2026-11-30 in the official text published 2026-07-21, as amended by
 * Stats. 2021, ch. 533, § 1 (AB 1228), eff. 2022-01-01; parameters.ts `PENAL_CODE_TEXT_URL`]: on
 * probable cause of a violation the person may be rearrested, and the court "may revoke and terminate the
 * supervision of the person if the interests of justice so require" (a); "Upon any revocation and
 * termination of probation the court may, if the sentence has been suspended, pronounce judgment for any
 * time within the longest period for which the person might have been sentenced" (c). The section sets
 * no limit in days on jail for a technical violation, so `sanctionLimit` stays null. AB 1950 did not
 * amend § 1203.2 [S: People v. Jackson (2023) summary].
 *
 * Not encoded: PC 1203.35 (flash incarceration of up to 10 days where a county authorizes it) is an
 * administrative sanction (1 to 10 consecutive days, with the person's waiver), not a limit on what the
 * court may order [read in the official text]. Tolling: § 1203.2(a), "The revocation, summary or otherwise, shall
 * serve to toll the running of the period of supervision." Not modelled (index.ts `limits.tolling` warns
 * when custody or absconding appears); how tolling meets the AB 1950 limits is unsettled.
 *
 * Also (a): "Supervision shall not be revoked solely for failure of a person to make restitution, or to
 * pay fines, fees, or assessments, imposed as a condition of supervision unless the court determines
 * that the defendant has willfully failed to pay and has the ability to pay." Said in an explanation
 * step when a violation of kind `failure_to_pay` is on the record. Only the text in force from
 * 2022-01-01 (AB 1228) was read, so the step is given for as-of dates from then on (parameter
 * `revocation.nonpaymentNeedsWillfulFailure`, read on the as-of date); the earlier wording of this
 * sentence was not read.
 *
 * This rule only writes explanation steps, for a person with a reported violation; it never sets a
 * limit. No version date for the rest: nothing else here changes within the period encoded.
 *
 * Also said here: a violation dated after the latest lawful end (statutoryMax, set by the cap rules that
 * run first) falls outside the term. People v. Faial (2025) 18 Cal.5th 199 [S: casemine, lexroll,
 * horvitzlevy summaries; opinion not read]: where AB 1950 reaches a nonfinal case, a revocation based on
 * conduct after the shortened term must be unwound. For a grant made under AB 1950 the same follows from
 * the term having ended. The engine cannot show the unwinding (a revocation order ends the term before
 * any rule runs), so the explanation says it in words.
 */
import { formatLongDate } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { ViolationFacts } from '../../../engine/term-facts.ts';
import type { UsCaParameters } from '../parameters.ts';

export const noTechnicalViolationLimit: Rule<UsCaParameters> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation') return;
  // A dismissed report leads to nothing the court may do: neither the sanction words nor Faial's.
  const standing = ctx.facts.violations.filter((v) => v.status !== 'dismissed');
  if (standing.length === 0) return;
  // What a court may do next is said only of a term still running (Faial's words below speak of one that ended).
  const max = ctx.statutoryMax;
  const over = ctx.scheduledEndPassed() || (max !== null && max < ctx.asOf);
  if (!over) noLimitWords(ctx, standing);
  if (max === null) return;
  const late = standing.filter((v) => v.day > max);
  if (late.length === 0) return;
  const dates = late.map((v) => formatLongDate(v.day)).join(', ');
  ctx.explain(
    `The violation${late.length === 1 ? '' : 's'} reported on ${dates} came after ${formatLongDate(max)}, the latest day your probation could lawfully last. The court cannot punish you on this case for something that happened after your probation should have ended, and a revocation based on it would have to be undone.`,
    ['People v. Faial (2025) 18 Cal.5th 199', ...ctx.statutoryMaxCitations],
  );
};

/** What a court may do at a next violation: California sets no limit (PC 1203.2), and (a) on nonpayment. */
function noLimitWords(ctx: TermContext<UsCaParameters>, standing: readonly ViolationFacts[]): void {
  ctx.explain(
    'California law sets no fixed limit on jail time for breaking a condition of probation. If the court finds a violation, it may change your conditions, or end your probation and give any sentence it could have given at the start.',
    ['Cal. Penal Code § 1203.2'],
  );
  const nonpayment = ctx.param(ctx.params.revocation.nonpaymentNeedsWillfulFailure, ctx.asOf)?.value ?? false;
  if (nonpayment && standing.some((v) => v.kinds.has('failure_to_pay'))) {
    ctx.explain(
      'Your probation cannot be taken away only because you did not pay restitution, fines, fees or assessments, unless the court finds that you were able to pay and chose not to (subdivision (a)).',
      ['Cal. Penal Code § 1203.2(a)'],
    );
  }
}
