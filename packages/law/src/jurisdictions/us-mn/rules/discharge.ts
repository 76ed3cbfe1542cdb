/**
 * Minn. Stat. § 609.135, subd. 2(g) (former (f)): "The defendant shall be discharged six months after the
 * term of the stay expires, unless the stay has been revoked or extended …, or the defendant has already
 * been discharged." Read in the 2020 text up to "unless" (house.mn.gov amendment S0970A16); the rest from
 * the research file's summary (secondary). Minn. Stat. § 609.14, subd. 1(b) (2006 text read at
 * revisor.mn.gov; amended 2023, not read): within six months after the stay expires, the probation
 * officer or prosecutor may ask the court to start revocation proceedings for a violation during the stay.
 *
 * Reading chosen: the discharge is mandatory but comes after the stay has expired. The stay (and so
 * supervision) ends on its expiry; the discharge six months later closes the case and the window for
 * revocation proceedings. It is therefore explained, with its date, but not passed to `dischargeByLaw`
 * (that would never be the earliest end) and it does not move the projected end. The expiry is the
 * earlier of the stay as it stands and the latest lawful end. The version is the one in force on the
 * stay date.
 * Open: whether a pending violation report keeps the case open past the six months (§ 609.14, subd.
 * 1(c), 2023 amendments; State v. Sullivan (Minn. App. 2024, nonprecedential)).
 */
import { addMonths, minDay } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { UsMnParameters } from '../parameters.ts';

export const dischargeAfterExpiry: Rule<UsMnParameters> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation') return;
  const expires = minDay(ctx.scheduledEnd, ctx.statutoryMax);
  if (expires === null) return;
  const months = ctx.param(ctx.params.discharge.monthsAfterExpiry, ctx.facts.sentence);
  if (months === undefined) return;
  const day = addMonths(expires, months.value);
  const ended = expires < ctx.asOf;
  const past = day < ctx.asOf;
  // Where the limit, not the order, sets the expiry, the order still reads otherwise until the court
  // corrects it: the person is told to keep to it meanwhile rather than to stop reporting on their own.
  const ordered = ctx.scheduledEnd;
  const byLimit = ordered !== null && expires < ordered;
  // Once the order's own end has passed too, or the law has discharged the person, there is nothing left
  // to keep to: only the record to correct.
  const orderRan = ordered !== null && ordered < ctx.asOf;
  const nothingToKeep = orderRan || day <= ctx.asOf;
  const when = byLimit
    ? `By law your probation ${ended ? 'ended' : 'ends'} on ${ctx.date(expires)}, when your stay ${ended ? 'expired' : 'expires'} at the limit, though the court's order ${orderRan ? 'ran' : 'runs'} to ${ctx.date(ordered)}. ${nothingToKeep ? 'If your record still shows the later date, ask your lawyer or the court to correct it.' : 'Until the court corrects the order, keep following your conditions and ask your lawyer or the court to correct it.'}`
    : `Your probation ${ended ? 'ended' : 'ends'} on ${ctx.date(expires)}, when your stay ${ended ? 'expired' : 'expires'}.`;
  ctx.explain(
    `${when} The court's case ${past ? 'closed' : 'closes'} ${months.value} months later: the law ${past ? 'discharged' : 'discharges'} you on ${ctx.date(day)}, unless the court ${past ? 'had revoked or extended' : 'revokes or extends'} your stay before that or ${past ? 'had' : 'has'} already discharged you. Until that day the court ${past ? 'could' : 'can'} still start a case about a violation that happened while you were on probation.`,
    [months.source.citation, 'Minn. Stat. § 609.14, subd. 1'],
  );
};
