/**
 * Va. Code § 19.2-303 (second sentence), as amended by 2021 Acts Sp. Sess. I ch. 538 (HB 2038),
 * effective July 1, 2021; text read 2026-11-30:
 *
 *   "The court may fix the period of probation for up to the statutory maximum period for which the
 *   defendant might originally have been sentenced to be imprisoned."
 *
 * With Va. Code § 18.2-10 (felony classes: Class 1 life; Class 2 life or 20 years or more; Class 3 up to
 * 20 years; Class 4 and 5 up to 10; Class 6 up to 5) and § 18.2-11 (Class 1 misdemeanor up to 12 months
 * in jail; Class 2 up to 6; Classes 3 and 4 a fine only), both read 2026-11-30.
 *
 * Reading chosen: this limit binds the court when it fixes the period, and the record usually cannot
 * show the maximum (the class or `maxPrisonMonths` is often missing, several counts may be stacked, and
 * a felony sentence may carry an added suspended term under § 18.2-10 and § 19.2-295.2). So it is NOT
 * encoded as a cap (statutoryMaxEndDate comes only from the five-year rule), the same choice as
 * Pennsylvania's § 9754(a). Where the record gives every count's maximum (or class) and the term as
 * imposed runs past sentence date + the sum of those maxima, each felony count with the up-to-36-month
 * added suspended term of § 18.2-10 (parameter `statutoryMaximum.felonyAdditionalTermMonths`, alternative
 * 0) (sentences run consecutively unless the
 * court orders otherwise, § 19.2-308; Barrow v. Commonwealth, 81 Va. App. 535 (2024): the "cumulative
 * maximum penalty", read in summary), a warning says so.
 * Version: the sentence date (a limit on the court when it sentences; Code § 1-239).
 */
import { aggregateMaximumMonths } from '../../../engine/aggregate-maximum.ts';
import { addMonthsAndPart, describeMonthCount } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { UsVaParameters } from '../parameters.ts';
import { isProbation } from './shared.ts';

export const statutoryMaximum: Rule<UsVaParameters> = (ctx) => {
  if (!isProbation(ctx)) return;
  const { sentence } = ctx.facts;
  const p = ctx.params.statutoryMaximum;
  if (ctx.param(p.inForce, sentence)?.value !== true) return;
  const end = ctx.scheduledEnd;
  const felony = ctx.param(p.felonyClassMonths, sentence)?.value;
  const misdemeanor = ctx.param(p.misdemeanorClassMonths, sentence)?.value;
  const added = ctx.param(p.felonyAdditionalTermMonths, sentence)?.value ?? 0;
  const total = aggregateMaximumMonths(
    ctx,
    (o) => {
      const cls = classNumber(o.offense.class);
      const table = o.level === 'felony' ? felony : misdemeanor;
      return cls === undefined || table === undefined ? undefined : table[cls];
    },
    (o) => (o.level === 'felony' ? added : 0),
  );
  if (total === undefined) return;
  const limit = addMonthsAndPart(sentence, total);
  // A lifetime term, with no end, runs past any maximum.
  if (end !== null && end <= limit) return;
  ctx.warn(
    `The probation as ordered runs ${end === null ? 'for life' : `to ${ctx.date(end)}`}, but Va. Code § 19.2-303 lets a court fix probation only up to the longest prison or jail term the offenses carry (${describeMonthCount(total)} in all, counted from the sentence on ${ctx.date(sentence)}: ${ctx.date(limit)}). This is not applied as a limit here; a lawyer can check it.`,
  );
};

/** "1", "Class 1", "CLASS 6 FELONY", "F6", "M1" → "1"… "6"; undefined when no class number is given. */
function classNumber(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 49 && c <= 54) return raw[i];
  }
  return undefined;
}
