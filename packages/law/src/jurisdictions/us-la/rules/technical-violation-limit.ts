/**
 * La. C.Cr.P. art. 900(A)(6) (probation) and La. R.S. 15:574.9(H) (parole): the most custody for a
 * technical violation.
 *
 * Act 280 of 2017 (effective November 1, 2017), as summarised by Pew and reproduced by SCF Center:
 *   "Authorizes an unlimited number of jail sanctions for probationers and parolees. Caps stay at 15, 30,
 *   and 45 days for the first, second, and subsequent sanctions, respectively. Broadens the categories
 *   of misconduct that can be addressed with Act 402/299 jail sanctions."
 * Act 8 of the 2024 2nd Ex. Sess. (amending art. 900(A)(6)(b)–(d), enacting (A)(6)(e), amending R.S.
 *   15:574.9(H)), as summarised: "Defendants may face up to ninety days in custody for technical
 *   violations"; for parole "up to 90 days for a first violation, 120 days for a second, and 180 days for
 *   subsequent violations"; felony arrests and protective-order violations are not technical violations;
 *   the new rules "apply only to offenses committed on or after August 1, 2024".
 * The text of art. 900(A)(6) and of R.S. 15:574.9(H) was NOT read in any version (only the opening of
 * art. 900(A), (1)–(5)): everything here rests on those summaries (status: partly from secondary
 * sources).
 *
 * Readings chosen:
 * - Which date selects the version: the OFFENSE date decides whether Act 8 applies (on or after August 1,
 *   2024: 90 days, or 90 / 120 / 180 on parole). Otherwise the Act 280 limits apply to a sanction imposed
 *   on or after November 1, 2017, read on the as-of date (the next violation's sanction comes after it);
 *   before that date no limit is encoded (null, with a warning).
 * - Counting: violationNumber = 1 + the technical violations already found on this term (category
 *   `technical`, status `sustained`), one per `episodeId`. Reports still pending or dismissed do not
 *   count; neither do new-offense or absconding violations, which are not technical violations. A
 *   technical report whose kinds include `no_contact` or `weapon` is not counted (protective-order and
 *   weapons violations are excluded from "technical violation" [secondary]) and a warning says so.
 * - Under Act 8, probation: 90 days for every technical violation, whatever its number.
 * - The day limit counts days in custody on that violation (from the start of custody; credit for time
 *   already held is not modelled).
 * - No limit is given once the term has ended (a discharge by credits on or before the as-of date, or
 *   the scheduled end or the statutory maximum passed).
 */
import { parseIsoDate } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { ACT_8_OFFENSE_DAY_ISO, type UsLaParameters } from '../parameters.ts';
import { satisfiedOn } from './compliance-credits.ts';
import { governingOffenseDay, ordinal, warnOffenseDate, type Ctx } from './shared.ts';

const ACT_8_DAY = parseIsoDate(ACT_8_OFFENSE_DAY_ISO);

function termOver(ctx: Ctx): boolean {
  const asOf = ctx.asOf;
  const satisfied = satisfiedOn(ctx);
  const mandatory = ctx.param(ctx.params.credits.dischargeMandatory, asOf)?.value ?? true;
  return (
    (ctx.scheduledEnd !== null && ctx.scheduledEnd < asOf) ||
    (ctx.statutoryMax !== null && ctx.statutoryMax < asOf) ||
    (mandatory && satisfied !== null && satisfied <= asOf)
  );
}

/** Sustained technical violations on the term, one per episode. */
function priorTechnicalViolations(ctx: Ctx): { counted: number; pending: number } {
  let single = 0;
  let pending = 0;
  const episodes: string[] = [];
  for (const v of ctx.facts.violations) {
    if (v.category !== 'technical') continue;
    if (v.status === 'reported') {
      pending++;
      continue;
    }
    if (v.status !== 'sustained') continue;
    if (v.kinds.has('no_contact') || v.kinds.has('weapon')) {
      ctx.warn(
        `The violation of ${ctx.date(v.day)} is recorded as technical but involves ${v.kinds.has('no_contact') ? 'a no-contact or protective order' : 'a weapon'}, which Louisiana does not treat as a technical violation; it is not counted.`,
      );
      continue;
    }
    if (v.episodeId === undefined) single++;
    else if (!episodes.includes(v.episodeId)) episodes.push(v.episodeId);
  }
  return { counted: single + episodes.length, pending };
}

export const technicalViolationLimit: Rule<UsLaParameters> = (ctx) => {
  const kind = ctx.facts.term.kind;
  if (kind !== 'probation' && kind !== 'parole') return;
  if (termOver(ctx)) return;
  const s = ctx.params.sanction;
  const parole = kind === 'parole';
  const od = governingOffenseDay(ctx);
  const act8 = ctx.param(parole ? s.paroleTechnicalDaysAct8 : s.probationTechnicalDaysAct8, od.day);
  const table = act8 ?? ctx.param(parole ? s.paroleTechnicalDays : s.probationTechnicalDays, ctx.asOf);
  warnOffenseDate(ctx, 'The limit on custody for a technical violation (Act 8 of 2024 applies to offenses on or after August 1, 2024)');
  if (table === undefined) {
    ctx.warn(
      `The Louisiana limits on custody for a technical violation encoded here start on November 1, 2017 (Act 280 of 2017); the earlier limits are not encoded, so no limit is given as of ${ctx.date(ctx.asOf)}.`,
    );
    return;
  }
  if (act8 !== undefined && od.earliest < ACT_8_DAY) {
    ctx.warn(
      'This term includes offenses committed both before and after August 1, 2024. The newer limits of Act 8 were used because the latest offense is after that date.',
    );
  }
  const { counted, pending } = priorTechnicalViolations(ctx);
  const n = counted + 1;
  const list = table.value;
  const days = list[Math.min(n, list.length) - 1]!;
  const nth = ordinal(n);
  const where = parole ? 'parole' : 'probation';
  const law =
    act8 !== undefined
      ? parole
        ? `Because your offense was committed on or after August 1, 2024, a technical parole violation can bring at most ${list.join(', ')} days in custody for a first, second, and third or later violation.`
        : `Because your offense was committed on or after August 1, 2024, a technical probation violation can bring at most ${days} days in custody, each time.`
      : `For a technical ${where} violation, Louisiana limits custody to ${list[0]} days the first time, ${list[1] ?? list[0]} days the second time, and ${list[list.length - 1]} days the third or later time.`;
  const reasons = [
    counted === 0
      ? `No technical violation has been found on this ${where} so far, so your next one would be your first.`
      : `${counted} technical violation${counted === 1 ? ' has' : 's have'} been found on this ${where} (violations from the same incident count once), so your next one would be your ${nth}.`,
    law,
    `For your next technical violation, the most is ${days} days.`,
    'A technical violation means breaking a rule of your supervision, such as missing a meeting or failing a drug test. These limits do not cover a new crime, absconding, or breaking a protective order.',
  ];
  if (pending > 0) {
    reasons.push(
      `A violation report on this ${where} has not been decided yet; if it is found to be a technical violation, it counts, and the limit for the one after it would be the next step up.`,
    );
  }
  ctx.setSanctionLimit(
    {
      violationNumber: n,
      confinementAllowed: true,
      maxConfinementDays: days,
      citations: [table.source.citation],
      reasons,
    },
    `${reasons[0]} ${law} For your next one, that is at most ${days} days in custody.`,
  );
};
