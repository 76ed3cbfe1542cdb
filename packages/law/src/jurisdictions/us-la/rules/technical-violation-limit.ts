/**
 * La. C.Cr.P. art. 900(A)(6) (probation) and La. R.S. 15:574.9(G)–(H) (parole): the most custody for a
 * technical violation.
 *
 * R.S. 15:574.9(G)(1) as amended by Act 520 of 2010 (enrolled text, read): "any offender who has been
 *   released on parole for the conviction of an offense other than a crime of violence as defined in
 *   R.S. 14:2(B) or of a sex offense as defined in R.S. 15:541, and whose parole supervision is being
 *   revoked under the provisions of this Subsection for his first technical violation of the conditions
 *   of parole as determined by the Board of Parole, shall be required to serve not more than ninety days
 *   without diminution of sentence or credit for time served prior to the revocation for a technical
 *   violation. The term of the revocation for the technical violation shall begin on the date the Board
 *   of Parole orders the revocation. Upon completion of the imposed technical revocation sentence, the
 *   offender shall return to active parole supervision for the remainder of the original term".
 * C.Cr.P. art. 900(A)(6) before 2017, as the 2010 digest of SB 679 describes it [secondary]: the same
 *   for "any defendant who has been placed on probation by the court for the conviction of an offense
 *   other than a crime of violence or of a sex offense"; (6)(c): "A 'technical violation' … means any
 *   violation except it shall not include any of the following: …" (the list was not read whole).
 * Act 280 of 2017 (effective November 1, 2017; enrolled title read: amends art. 900(A)(5) and (6) and
 *   R.S. 15:574.9(D)–(G), enacts R.S. 15:574.9(H)), as summarised by Pew and reproduced by SCF Center:
 *   "Authorizes an unlimited number of jail sanctions for probationers and parolees. Caps stay at 15, 30,
 *   and 45 days for the first, second, and subsequent sanctions, respectively."
 * Act 8 of the 2024 2nd Ex. Sess. (enrolled title read: amends art. 900(A)(6)(b)–(d), enacts (A)(6)(e),
 *   amends R.S. 15:574.9(H)), as summarised: "Defendants may face up to ninety days in custody for
 *   technical violations"; for parole "up to 90 days for a first violation, 120 days for a second, and
 *   180 days for subsequent violations"; felony arrests and protective-order violations are not
 *   technical violations; the new rules "apply only to offenses committed on or after August 1, 2024".
 * The text of art. 900(A)(6) and of R.S. 15:574.9(H) after 2017 was NOT read: the day counts rest on
 * those summaries (status: partly from secondary sources).
 *
 * Exception (labelled), crimes of violence and sex offenses: parameter
 *   `sanction.technicalLimitExcludesViolentAndSex` (default true, read on the as-of date). Every text
 *   read limits the custody only for offenses other than a crime of violence (R.S. 14:2(B)) or a sex
 *   offense (R.S. 15:541); no text or summary read says Act 280 or Act 8 removed that, and Act 8 leaves
 *   art. 900(A)(6)(a) as it was. A term with any count tagged `violent` or `sex_registration` gets no
 *   limit, with a warning. Alternative (the limits cover everyone) one parameter away.
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
 * - The day limit is the most the court (or the committee on parole) may order for the violation. In the
 *   2010 text it runs from the day the revocation is ordered, "without … credit for time served prior to
 *   the revocation"; whether the 2017 and 2024 texts keep that is not known, and time already held is
 *   not subtracted here.
 * - No limit is given once the term has ended (a discharge by credits on or before the as-of date, or
 *   the scheduled end or the statutory maximum passed).
 */
import { parseIsoDate } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { ViolationFacts } from '../../../engine/term-facts.ts';
import { onePerEpisode } from '../../../engine/violation-episodes.ts';
import { ACT_8_OFFENSE_DAY_ISO, type UsLaParameters } from '../parameters.ts';
import { satisfiedOn } from './compliance-credits.ts';
import { ordinal } from '../../../engine/words.ts';
import { governingOffenseDay, warnOffenseDate, warnViolenceDependsOnForm, type Ctx } from './shared.ts';
import { supervisedAsParole } from './scope.ts';

const ACT_8_DAY = parseIsoDate(ACT_8_OFFENSE_DAY_ISO);
const CITE_PROBATION = 'La. C.Cr.P. art. 900(A)(6)';
const CITE_PAROLE = 'La. R.S. 15:574.9(H)';

function termOver(ctx: Ctx): boolean {
  const asOf = ctx.asOf;
  const satisfied = satisfiedOn(ctx);
  const mandatory = ctx.param(ctx.params.credits.dischargeMandatory, asOf)?.value ?? true;
  return (
    (ctx.scheduledEnd !== null && ctx.scheduledEnd < asOf) ||
    (ctx.statutoryMax !== null && ctx.statutoryMax < asOf) ||
    (mandatory && satisfied !== null && satisfied < asOf)
  );
}

/** Sustained technical violations on the term, one per episode. */
function priorTechnicalViolations(ctx: Ctx): { counted: number; pending: number } {
  let pending = 0;
  const found: ViolationFacts[] = [];
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
    found.push(v);
  }
  return { counted: onePerEpisode(found).length, pending };
}

/** The labelled exception: the counts that take the term outside the limits, or none. */
function excludedCounts(ctx: Ctx): string | undefined {
  if (!(ctx.param(ctx.params.sanction.technicalLimitExcludesViolentAndSex, ctx.asOf)?.value ?? false)) return undefined;
  ctx.needClassification(['violent', 'sex_registration'], 'The limit on custody for a technical violation (La. C.Cr.P. art. 900(A)(6))');
  warnViolenceDependsOnForm(ctx, 'no limit on custody for a technical violation applies');
  const out = ctx.facts.offenses.filter((o) => o.tags.has('violent') || o.tags.has('sex_registration'));
  if (out.length === 0) return undefined;
  return out
    .map((o) => `${o.offense.description ?? o.offense.statute} is ${o.tags.has('violent') ? 'a crime of violence' : 'a sex offense'}`)
    .join(', and ');
}

export const technicalViolationLimit: Rule<UsLaParameters> = (ctx) => {
  const kind = ctx.facts.term.kind;
  if (kind !== 'probation' && !supervisedAsParole(kind)) return;
  if (termOver(ctx)) return;
  const s = ctx.params.sanction;
  const parole = supervisedAsParole(kind);
  const excluded = excludedCounts(ctx);
  if (excluded !== undefined) {
    const cite = parole ? CITE_PAROLE : CITE_PROBATION;
    ctx.explain(
      `Louisiana's limits on custody for a technical violation are for people supervised for an offense other than a crime of violence or a sex offense. ${excluded.charAt(0).toUpperCase()}${excluded.slice(1)}, so no such limit is given for this ${parole ? 'parole' : 'probation'}.`,
      [cite, 'La. R.S. 14:2(B)', 'La. R.S. 15:541'],
    );
    ctx.warn(
      'The limits on custody for a technical violation are read as not covering a crime of violence or a sex offense, as the texts read before 2017 say; the 2017 and 2024 texts were not read. If they cover every offense, the usual limits apply to this term too (15, 30 and 45 days; for an offense on or after August 1, 2024, 90 days, or 90, 120 and 180 on parole).',
    );
    return;
  }
  const od = governingOffenseDay(ctx);
  const act8 = ctx.param(parole ? s.paroleTechnicalDaysAct8 : s.probationTechnicalDaysAct8, od.day);
  const table = act8 ?? ctx.param(parole ? s.paroleTechnicalDays : s.probationTechnicalDays, ctx.asOf);
  warnOffenseDate(ctx, 'The limit on custody for a technical violation (Act 8 of 2024 applies to offenses on or after August 1, 2024)');
  if (table === undefined) {
    ctx.warn(
      `The Louisiana limits on custody for a technical violation covered here start on November 1, 2017 (Act 280 of 2017); the earlier limits are not covered by this tool, so no limit is given as of ${ctx.date(ctx.asOf)}.`,
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
        ? `Because your offense was committed on or after August 1, 2024, a technical parole violation can bring at most ${list[0]} days in custody the first time, ${list[1] ?? list[0]} days the second time, and ${list[list.length - 1]} days the third or later time.`
        : `Because your offense was committed on or after August 1, 2024, a technical probation violation can bring at most ${days} days in custody, each time.`
      : `For a technical ${where} violation, Louisiana limits custody to ${list[0]} days the first time, ${list[1] ?? list[0]} days the second time, and ${list[list.length - 1]} days the third or later time.`;
  const reasons = [
    counted === 0
      ? `No technical violation has been found on this ${where} so far, so your next one would be your first.`
      : `${counted === 1 ? 'One technical violation has' : `${counted} technical violations have`} been found on this ${where} (violations from the same incident count once), so your next one would be your ${nth}.`,
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
