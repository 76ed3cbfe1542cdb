/**
 * 42 Pa.C.S. § 9754(a), text read 2026-12-02 (Justia copy, credit lines through Act 2023-44, mirrored in
 * saint1415/us-statutes data/states/pennsylvania/content/title-title-42/chapter-chapter-97.json):
 *
 *   "In imposing an order of probation the court shall specify at the time of sentencing the length of
 *   any term during which the defendant is to be supervised, which term may not exceed the maximum term
 *   for which the defendant could be confined, …"
 *
 * With 18 Pa.C.S. § 1103 (felonies of the first, second and third degree: not more than 20, ten and seven
 * years) and § 1104 (misdemeanors of the first, second and third degree: not more than five, two and one
 * years), read the same day (parameter `statutoryMaximum.gradeMonths`).
 *
 * Reading chosen: the limit binds the court when it sentences, and the record often cannot show the
 * maximum (an ungraded offense, a statute with its own penalty, counts that run concurrently), so it is
 * NOT encoded as a cap: `statutoryMaxEndDate` stays null, as Virginia's § 19.2-303 limit does
 * (us-va/rules/statutory-maximum.ts). Where the record gives every count's maximum (`maxPrisonMonths`)
 * or grade (`class` F1–F3, M1–M3) and the probation as it stands runs past its start + the sum of those
 * maxima (counts may run consecutively, so the maxima add up), a warning says so, for a lawyer to check.
 * Counted from the start of supervision, the term's own length: the record cannot show confinement
 * already served on the same count.
 * Version: the sentence date (a limit on the court when it sentences).
 * Open question: a split sentence (confinement, then probation on the same count), whose two parts
 * together may not pass the maximum either; the record's `confinementMonthsBeforeSupervision` is not
 * counted.
 */
import { addMonthsAndPart, describeMonthCount } from '../../../dates/calendar.ts';
import { aggregateMaximumMonths } from '../../../engine/aggregate-maximum.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { PaParameters } from '../parameters.ts';

const CITE = '42 Pa.C.S. § 9754(a)';

export const statutoryMaximum: Rule<PaParameters> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation') return;
  const { sentence, start } = ctx.facts;
  const grades = ctx.param(ctx.params.statutoryMaximum.gradeMonths, sentence)?.value;
  const end = ctx.scheduledEnd;
  if (grades === undefined) return;
  const total = aggregateMaximumMonths(ctx, (o) => {
    const grade = gradeOf(o.offense.class);
    return grade === undefined ? undefined : grades[grade];
  });
  if (total === undefined) return;
  const limit = addMonthsAndPart(start, total);
  if (end !== null && end <= limit) return;
  // A lifetime term, with no end, runs past any maximum.
  ctx.warn(
    `The probation as ordered runs ${end === null ? 'for life' : `to ${ctx.date(end)}`}, but ${CITE} says a term of probation "may not exceed the maximum term for which the defendant could be confined" (${describeMonthCount(total)} in all for the offenses of this term, counted from the start on ${ctx.date(start)}: ${ctx.date(limit)}). This is not applied as a limit here; a lawyer can check it.`,
  );
};

/** "F1", "f-2", "M3", "Felony 1", "Misdemeanor 2" → "F1"…"M3"; undefined for any other class. */
export function gradeOf(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const m = /^(F|M)(?:ELONY|ISDEMEANOR)?([123])$/.exec(raw.toUpperCase().replace(/[^A-Z0-9]/g, ''));
  return m === null ? undefined : `${m[1]}${m[2]}`;
}
