/**
 * N.Y. Correction Law § 205(4) (formerly Exec. Law § 259-j(3-a), added by the Drug Law Reform Act of 2004,
 * L. 2004, ch. 738, in force February 12, 2005; recodified by L. 2011, ch. 62, "with no substantive
 * change"), as quoted in Matter of Ciccarelli v New York State Div. of Parole, 35 AD3d 1107 (3d Dept 2006)
 * and described in Matter of Miller v DOCCS, 33 Misc 3d 761 (Sup Ct, NY County 2011), both read
 * 2026-12-02:
 *
 *   DOCCS "must grant termination of sentence after three years of unrevoked parole to a person serving an
 *   indeterminate sentence for a class A felony offense defined in article two hundred twenty of the
 *   penal law".
 *
 * Output: a discharge the law requires (`dischargeByLaw`, so `projectedEndDate`) on the day the three years
 * are complete, and an `earned_discharge` opportunity on that day (three years of compliance earn it; DOCCS
 * must grant it, so it is not an early termination it may refuse).
 *
 * Readings chosen:
 * - Who: a `parole` term with `lifetime: true` (a class A felony's indeterminate sentence has a life
 *   maximum, Penal Law § 70.00(2)(a)), for an offense the offense table places in article 220 (fact
 *   `drugArticle220`) whose class is A (A-I or A-II): the record's `class` where it gives one, else the
 *   table's `felonyClass`. Exception: a term that also covers any other offense (which may carry the life
 *   maximum itself, murder say) gets a warning instead.
 * - "After three years": on the day three years from the start are complete (spec § 3: start + 3 years,
 *   calendar.ts `addYears`). A revocation later undone by a reinstatement starts the three years again
 *   from the reinstatement (the years before it were not "unrevoked"). Time absconded (a declaration of
 *   delinquency interrupts the sentence, Penal Law § 70.40(3)) is added to the three years; while an
 *   absconding is still open no day can be given.
 * - Never before the law took effect: the day is at the earliest February 12, 2005, when three years of
 *   unrevoked parole completed before it count (Miller: the parolee had three years by that day and his
 *   parole was revoked after it). A revocation before the day the three years are complete ends the term
 *   first (evaluate.ts keeps only a discharge the law required on or before a closing order), as in
 *   Ciccarelli, whose three years had run before a revocation in 1999.
 * Open questions: the current text of subdivision 4 (read only as quoted); whether time in custody on a
 * new charge without revocation counts as "unrevoked parole".
 * Which date selects the version: the as-of date.
 */
import { addYears, formatLongDate, type Day } from '../../../dates/calendar.ts';
import { firstInForce } from '../../../engine/parameters.ts';
import type { OffenseFacts } from '../../../engine/term-facts.ts';
import { capitalized, offenseName, tableFact, type Ctx } from './shared.ts';

const CITE = 'N.Y. Correction Law § 205(4)';
const BASIS =
  'DOCCS must grant termination of the sentence after three years of unrevoked parole for a class A drug felony (Correction Law § 205(4)); it is not a matter of its discretion.';

export function classADrugTermination(ctx: Ctx): void {
  const { term, start, orders, absconded } = ctx.facts;
  if (term.kind !== 'parole' || term.lifetime !== true) return;
  const offense = ctx.facts.offenses.find(isClassADrugFelony);
  if (offense === undefined) return;
  // Exception: another offense on the term may carry the life maximum itself (murder, say); the sentence is
  // then not one "for a class A felony offense defined in article two hundred twenty" alone.
  const other = ctx.facts.offenses.find((o) => !isClassADrugFelony(o));
  if (other !== undefined) {
    ctx.warn(
      `${CITE} ends a sentence for a class A drug felony after three years of unrevoked parole, but this term also covers ${other.offense.statute}, which may carry the life maximum itself; the termination was not applied. A lawyer can check which offense the sentence is for.`,
    );
    return;
  }
  const p = ctx.params.classADrugTermination.unrevokedYears;
  const years = ctx.param(p, ctx.asOf);
  if (years === undefined) return;

  let since = start;
  let revoked = false;
  for (const o of orders) {
    if (o.type === 'revocation') revoked = true;
    else if (o.type === 'reinstatement' && revoked) {
      since = o.day;
      revoked = false;
    }
  }
  const completes = addYears(since, years.value);
  let day: Day = completes;
  let countedThrough = since - 1; // a day two recorded spells share is counted once
  for (const a of absconded) {
    if (a.end !== null && a.end <= countedThrough) continue;
    if (a.start >= day) break;
    if (a.end === null) {
      ctx.explain(
        `You are on parole for ${offenseName(offense)}, a class A drug felony, on a sentence with no end. After ${years.value} years of parole that was never revoked, the law says your sentence must be terminated, but you are listed as an absconder since ${formatLongDate(a.start)}, so that time is not counted and no date can be given yet.`,
        [CITE],
      );
      return;
    }
    day += a.end - Math.max(a.start, countedThrough + 1) + 1;
    countedThrough = a.end;
  }
  const absent = day > completes; // days absconded were added
  const effective = firstInForce(p)!;
  if (day < effective) day = effective;
  const from =
    since === start
      ? `your parole ${start > ctx.asOf ? 'begins' : 'began'} on ${formatLongDate(start)}`
      : `you were put back on parole on ${formatLongDate(since)}`;
  const when = `${day < ctx.asOf ? 'had to be' : 'must be'} terminated on ${formatLongDate(day)}`;
  ctx.dischargeByLaw(
    day,
    `You are on parole for ${offenseName(offense)}, a class A drug felony under Penal Law article 220, on a sentence with no end. New York law says the Department of Corrections and Community Supervision "must grant termination of sentence after three years of unrevoked parole" to a person serving such a sentence. ${capitalized(from)}, so ${day < ctx.asOf ? '' : 'if your parole is not revoked, '}your sentence ${when}${absent ? ' (the time you were listed as an absconder is not counted)' : ''}${day === effective && completes < effective ? ', the day this law took effect' : ''}.`,
    [CITE],
  );
  ctx.addOpportunity({
    kind: 'earned_discharge',
    date: day,
    citations: [CITE],
    reasons: [
      `${years.value} years of parole that is not revoked, counted from ${formatLongDate(since)}${absent ? ', not counting time listed as an absconder' : ''}, end a sentence for a class A drug felony on ${formatLongDate(day)}.`,
    ],
    basis: BASIS,
  });
  ctx.warn(
    `The termination after three years of unrevoked parole (${CITE}, formerly Exec. Law § 259-j(3-a)) was applied as courts have quoted it; the current text of the subdivision was not read. It was taken that ${offense.offense.statute} is a class A felony and that this parole is on an indeterminate sentence (it has no end).`,
  );
}

/** An offense of Penal Law article 220 whose class is A (A-I or A-II): the record's class, else the table's. */
export function isClassADrugFelony(o: OffenseFacts): boolean {
  if (o.level !== 'felony' || tableFact(o, 'drugArticle220') !== true) return false;
  const recorded = o.offense.class;
  const cls = recorded !== undefined ? recorded : tableFact(o, 'felonyClass');
  return typeof cls === 'string' && /^(CLASS)?A(I{1,2}|[12])?(FELONY)?$/.test(cls.toUpperCase().replace(/[^A-Z0-9]/g, ''));
}
