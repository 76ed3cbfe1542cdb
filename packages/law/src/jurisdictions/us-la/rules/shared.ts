/**
 * Facts several Louisiana rules share: the offense date that selects the version of the 2024 changes,
 * and small wording helpers (no Intl: these run for every term).
 *
 * Version key (La. 2024): Act 8 of the 2024 2nd Ex. Sess. applies to offenses committed on or after
 * August 1, 2024, and the older probation maximums are read by offense date too (the law in force when
 * the offense was committed fixes the penalty). A term can hold several counts: the LATEST offense date
 * is used, so a term that includes any count committed on or after a change is read under it (a count
 * committed after August 1, 2024 is itself governed by Act 8). A count without `offenseDate` is taken
 * to have been committed on the sentence date, with a warning: the sentence date is later than the
 * offense, so the fallback can only move a term into the newer law, never out of it.
 */
import { formatIsoDate, type Day } from '../../../dates/calendar.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { UsLaParameters } from '../parameters.ts';
import { oncePerTerm } from '../../../engine/term-context.ts';
import { tableFact } from '../../../engine/offense-table.ts';
import { askTheCourtToCorrect, type TermCapWords } from '../../../engine/term-cap.ts';
import type { OffenseFacts } from '../../../engine/term-facts.ts';

export type Ctx = TermContext<UsLaParameters>;

export interface OffenseDay {
  day: Day;
  /** Some count had no offense date and the sentence date stood in for it. */
  fellBackToSentence: boolean;
  /** Counts of the term fall on both sides of `day` (only known when all dates are given). */
  earliest: Day;
}

/** The latest offense date of the term (see the header). */
export const governingOffenseDay: (ctx: Ctx) => OffenseDay = oncePerTerm((ctx) => {
  const { offenses, sentence } = ctx.facts;
  let latest = Number.NEGATIVE_INFINITY;
  let earliest = Number.POSITIVE_INFINITY;
  let fell = false;
  for (const o of offenses) {
    const d = o.offenseDay ?? sentence;
    if (o.offenseDay === undefined) fell = true;
    if (d > latest) latest = d;
    if (d < earliest) earliest = d;
  }
  return { day: latest, fellBackToSentence: fell, earliest };
});

/** Says in `warnings` that the offense date was missing where a rule needed it. */
export function warnOffenseDate(ctx: Ctx, what: string): void {
  const od = governingOffenseDay(ctx);
  if (od.fellBackToSentence) {
    ctx.warn(
      `${what} depends on the date of the offense, and the record gives none for at least one offense; the sentence date (${formatIsoDate(ctx.facts.sentence)}) was used in its place. If the offense was committed earlier, an older version of the law may apply.`,
    );
  }
}

/** A term-level field the record format does not define but keeps (loose objects): `specialtyCourt: true`. */
export function termFlag(ctx: Ctx, name: string): boolean | undefined {
  const v = (ctx.facts.term as Record<string, unknown>)[name];
  return typeof v === 'boolean' ? v : undefined;
}

/** The court placed the person in a specialty (or reentry) court program, which may run longer than the usual limits. */
export function inSpecialtyCourt(ctx: Ctx): boolean {
  return termFlag(ctx, 'specialtyCourt') === true || termFlag(ctx, 'reentryCourt') === true;
}

/** The words `list` gives the offense's section (as the offense table writes it, "RS 14:98"); undefined where it names none. */
export function listedSection(o: OffenseFacts, list: Readonly<Record<string, string>>): string | undefined {
  for (const e of o.tableEntries) if (list[e.statute] !== undefined) return list[e.statute];
  return undefined;
}

/** What to do about a term ordered past a limit that binds the sentencing court (arts. 893, 894). */
export function courtCorrects(ctx: Ctx, limit: Day): TermCapWords {
  return {
    advice: askTheCourtToCorrect(ctx, limit),
    basis: 'The limit binds the court that sets the probation period; the court corrects an order that runs past it.',
  };
}

/**
 * Warns, for each count that R.S. 14:2(B) makes a crime of violence only in some forms (offense-table fact
 * `covDependsOnForm`) and that the record leaves untagged, that it was read as not one; `ifItIs` says
 * what would change ("no compliance credits apply").
 */
export function warnViolenceDependsOnForm(ctx: Ctx, ifItIs: string): void {
  for (const o of ctx.facts.offenses) {
    // A record that lists the offense's tags has said which apply; one that gives none leaves it open.
    if (tableFact(o, 'covDependsOnForm') === true && o.offense.tags === undefined && !o.tags.has('violent')) {
      ctx.warn(
        `${o.offense.description ?? o.offense.statute} is a crime of violence under La. R.S. 14:2(B) only in some forms; the record does not tag it "violent", so it is treated as not one. If it is, ${ifItIs}.`,
      );
    }
  }
}

const CITE_EXTENSION = 'La. C.Cr.P. art. 894.4';

/**
 * A probation the court set within its limit (art. 893 or 894) and then extended past it. Art. 894.4,
 * which reaches every probation, felony or misdemeanor: "When a defendant has been sentenced to probation
 * and has a monetary obligation, … the judge may extend the period of probation until the monetary
 * obligation is extinguished" (parameter `extension.untilMoneyPaid`, from Act 823 of 2006; an order made
 * before then is not read so).
 * The record does not say why the court extended it, so the extension is taken to be lawful: the limit
 * is said, no latest end is given, and an assumption says why (kept even where an order later ends the
 * term). Returns false, saying nothing, where no extension carried a term set within the limit past it.
 */
export function extendedPastLimit(ctx: Ctx, limit: Day, limitWords: string, citations: readonly string[], article: string): boolean {
  const { imposedEnd, orders } = ctx.facts;
  const end = ctx.scheduledEnd;
  if (imposedEnd === null || imposedEnd > limit || (end !== null && end <= limit)) return false;
  // An extension ordered before art. 894.4 was law is not one it allows (parameter extension.untilMoneyPaid).
  for (const o of orders) if (o.type === 'extension' && ctx.param(ctx.params.extension.untilMoneyPaid, o.day)?.value !== true) return false;
  ctx.explain(`${limitWords} The court's extension carries it past that day, which the law allows until money owed on it is paid.`, [
    ...citations,
    CITE_EXTENSION,
  ]);
  ctx.assumeAboutCap(
    `The court extended this probation past the longest period ${article} allows. A judge may do so until a fine, costs or other money owed is paid (${CITE_EXTENSION}); the record does not say why it was extended, so the extension was taken to be for that, and no latest end is given.`,
  );
  return true;
}
