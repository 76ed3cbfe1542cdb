/**
 * Cal. Penal Code § 1203.2: on a violation the court may revoke probation and, on revocation, impose any
 * sentence it could have imposed at the grant [S: iedefenders.com summary; text not read]. AB 1950 did
 * not amend § 1203.2 [S: People v. Jackson (2023) summary]. California sets no statewide limit in days on
 * jail for a technical violation of probation, so `sanctionLimit` stays null.
 *
 * Not encoded: PC 1203.35 (flash incarceration of up to 10 days where a county authorizes it) is an
 * administrative sanction, not a limit on what the court may order [U: text not read]. Summary
 * revocation tolls the running of probation under § 1203.2(a) [U]; not modelled (index.ts `limits.tolling`
 * warns when custody or absconding appears).
 *
 * This rule only writes explanation steps, for a person with a reported violation; it never sets a
 * limit. No version date: nothing here changes within the period encoded.
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
import type { UsCaParameters } from '../parameters.ts';

export const noTechnicalViolationLimit: Rule<UsCaParameters> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation' || ctx.facts.violations.length === 0) return;
  ctx.explain(
    'California law sets no fixed limit on jail time for breaking a condition of probation. If the court finds a violation, it may change your conditions, or end your probation and give any sentence it could have given at the start.',
    ['Cal. Penal Code § 1203.2'],
  );
  const max = ctx.statutoryMax;
  if (max === null) return;
  const late = ctx.facts.violations.filter((v) => v.day > max);
  if (late.length === 0) return;
  const dates = late.map((v) => formatLongDate(v.day)).join(', ');
  ctx.explain(
    `The violation${late.length === 1 ? '' : 's'} reported on ${dates} came after ${formatLongDate(max)}, the latest day your probation could lawfully last. The court cannot punish you on this case for something that happened after your probation should have ended, and a revocation based on it must be undone.`,
    ['People v. Faial (2025) 18 Cal.5th 199', ...ctx.statutoryMaxCitations],
  );
};
