/**
 * O.C.G.A. § 42-8-37(c)(1): the officer's review after three years on probation, then every year.
 *
 * Text (casetext copy, current through the 2023–2024 session, and Justia 2022; read 2026-11-30):
 * "The case of each person receiving a probated sentence of three years or more shall be reviewed by
 * the officer responsible for such case after service of three years on probation, and a written
 * report of the probationer's progress shall be submitted to the sentencing court along with the
 * officer's recommendation as to early termination. The report shall specifically state whether the
 * probationer has been arrested for anything other than a nonserious traffic offense as defined in
 * Code Section 35-3-37, whether the probationer has had his or her probation revoked in the
 * immediately preceding 24 months, and the status of the probationer's payments toward any restitution
 * imposed. Each such case shall be reviewed and a written report submitted annually thereafter until
 * the termination, expiration, or other disposition of the case. If early termination is recommended
 * in the written report, DCS shall notify the prosecuting attorney and simultaneously provide the court
 * with an order to terminate such probation. The court shall execute the order to termin…" (the copies
 * break off there). The 2018 text (syfert copy) had the report state compliance with the general and
 * special conditions and payments toward restitution, fines and fees. After "The court shall execute the
 * order to termin…" the reasons add that a hearing may be held and the judge then decides: that rests on
 * secondary sources (the SB 105 staff analysis: hearing on request within 30 days, held within 90;
 * thearoralawfirm.com: "The court shall take whatever action it determines would be for the best interest
 * of justice and the welfare of society"), so the words "must sign it" are not left standing alone.
 *
 * Output: an `early_termination` opportunity dated on the first review (start + 3 years), eligible from
 * then on; its reasons give the next yearly review on or after the as-of date and what the report will
 * say, or, where no review is left before the probation's last day, the latest one and what it said
 * (named in the first reason, so that the report lines' "that review" points back to it; audit of
 * 2026-12-04). No statutory exclusion applies, and arrests, revocations or unpaid restitution do not
 * close it: the report states them and the officer's recommendation is discretionary. Never a discharge
 * by law.
 *
 * Version: the as-of date selects the text (the report's contents and whether a recommendation brings
 * an order). The review clock runs from the probation start date ("service of three years on
 * probation"), the anniversary (spec § 3).
 *
 * Readings chosen: "probated sentence of three years or more" is the probated part as imposed (the
 * record's term, without extension orders), 3 years exactly included (`review.countConfinement` gives
 * the other reading). Lifetime probation is covered. Time in custody or absconded is not subtracted
 * from "service … on probation" (the `tolling` limit warns).
 *
 * Open: the rest of (c)(1) after "The court shall execute the order to termin…" (hearing on request?
 * deadlines?); whether the review reaches probation supervised by a county or private provider.
 */
import { addYears, wholeMonthsBetween, addMonths, type Day } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { firstInForce } from '../../../engine/parameters.ts';
import { restitutionBalance } from '../../../engine/term-facts.ts';
import type { GaParameters } from '../parameters.ts';
import { arrestsBetween, revocationsInLookBack, valueAt, type Ctx } from './shared.ts';
import { formatDollars } from '../../../engine/words.ts';

const C1 = 'O.C.G.A. § 42-8-37(c)(1)';
const TRAFFIC = 'O.C.G.A. § 35-3-37';
const BASIS =
  'yearly review after three years on probation: your officer reports to the court with a recommendation on ending probation early';

export const threeYearReview: Rule<GaParameters> = (ctx) => {
  const { term, start, imposedEnd } = ctx.facts;
  if (term.kind !== 'probation' || ctx.scheduledEndPassed()) return;
  const asOf = ctx.asOf;
  const r = ctx.params.review;
  if (valueAt(ctx, r.inForce, asOf) !== true) {
    // The earliest text read is the 2018 Code: say so rather than pass over the review in silence (audit of 2026-12-04).
    ctx.explain(
      `The officer's review after 3 years on probation is covered here from ${ctx.date(firstInForce(r.inForce)!)} on, the earliest text read, so it is not shown as of ${ctx.date(asOf)}. Ask your officer whether your case is reviewed.`,
      [C1],
    );
    return;
  }
  const minYears = valueAt(ctx, r.minProbatedYears, asOf)!;
  const firstYears = valueAt(ctx, r.firstReviewYears, asOf)!;
  const interval = valueAt(ctx, r.intervalYears, asOf)!;

  // "a probated sentence of three years or more": the term as imposed (or, on the other reading, with
  // the imprisonment before it).
  const confinement = valueAt(ctx, r.countConfinement, asOf) === true ? Math.floor(term.confinementMonthsBeforeSupervision ?? 0) : 0;
  if (imposedEnd !== null && imposedEnd < addYears(addMonths(start, -confinement), minYears)) {
    ctx.explain(
      `Your probated sentence is shorter than ${minYears} years, so the yearly review after ${firstYears} years on probation does not apply.`,
      [C1],
    );
    return;
  }

  const first = addYears(start, firstYears);
  const end = ctx.scheduledEnd;
  // A first review on the probation's last day comes too late to end it early.
  if (end !== null && first >= end) {
    ctx.explain(
      `Your probation is set to end on ${ctx.date(end)}, ${end < first ? 'before' : 'the day you reach'} ${firstYears} years on probation (${ctx.date(first)}), so it ends before a review could end it early.`,
      [C1],
    );
    return;
  }
  const { last, next } = reviewsAround(start, firstYears, interval, asOf);
  // A yearly review on the last day ends nothing early either (as the first review above): not told as to come.
  const nextInTerm = end === null || next < end;
  // The review whose report is told: the next one in the term, else the latest one before the last day.
  const told = nextInTerm ? next : latestBefore(start, firstYears, interval, last, end!);
  // Name a yearly review that is told, so that "that review" below has something to point back to.
  const whichReview =
    next > first && nextInTerm
      ? ` Your next yearly review is due on ${ctx.date(next)}.`
      : !nextInTerm && told > first
        ? ` Your last yearly review ${told < asOf ? 'was' : 'is'} due on ${ctx.date(told)}; no later one comes before your probation ends on ${ctx.date(end!)}.`
        : '';

  const dcsOrder = valueAt(ctx, r.dcsSendsOrder, asOf) === true;
  const reasons: string[] = [
    `After ${firstYears} years on probation (${ctx.date(first)}), your officer must review your case and send the court a written report. The report says whether the officer recommends ending your probation early. The officer does this again every year until your probation ends.` +
      whichReview,
    dcsOrder
      ? 'If the officer recommends ending your probation, the Department of Community Supervision tells the prosecutor and gives the court an order to end it. The court must sign it unless a hearing is held, and after a hearing the judge decides. Whether to recommend it is up to your officer.'
      : 'If the officer recommends ending your probation, the Department of Community Supervision tells the prosecutor and asks the court to end it. Whether to recommend it is up to your officer.',
    ...reportLines(ctx, told, first),
  ];
  for (const text of reasons) ctx.explain(text, [C1]);
  ctx.addOpportunity({ kind: 'early_termination', date: first, citations: [C1, TRAFFIC], reasons, basis: BASIS });
};

/**
 * The reviews either side of `asOf`, start + (firstYears + n × interval) years: the last on or before it
 * (the first review when none has come yet) and the first on or after it.
 */
function reviewsAround(start: Day, firstYears: number, interval: number, asOf: Day): { last: Day; next: Day } {
  const review = (n: number) => addYears(start, firstYears + n * interval);
  const first = review(0);
  if (asOf <= first) return { last: first, next: first };
  let n = Math.floor(wholeMonthsBetween(first, asOf) / (12 * interval));
  while (n > 0 && review(n) > asOf) n -= 1;
  while (review(n + 1) <= asOf) n += 1;
  const last = review(n);
  return { last, next: last === asOf ? last : review(n + 1) };
}

/**
 * The latest review before the probation's last day `end`, starting from `last` (a review on or before the
 * as-of date, itself on or before the end). A review on the last day itself ends nothing early.
 */
function latestBefore(start: Day, firstYears: number, interval: number, last: Day, end: Day): Day {
  if (last < end) return last;
  const first = addYears(start, firstYears);
  let n = Math.max(0, Math.floor(wholeMonthsBetween(first, last) / (12 * interval)));
  while (n > 0 && addYears(start, firstYears + n * interval) >= end) n -= 1;
  return addYears(start, firstYears + n * interval);
}

/**
 * What the report states: for a review still to come, as the record stands on the as-of date ("will say");
 * for one already due with none left in the term, as the record stood on its day ("said"): a later arrest
 * or payment is not in it.
 */
function reportLines(ctx: Ctx, review: Day, first: Day): string[] {
  const { sentence } = ctx.facts;
  const asOf = ctx.asOf;
  const past = review < asOf;
  const through = past ? review : asOf;
  const [report, it] = past ? ['The report said', 'It said'] : ['The report will say', 'It will say'];
  const lines: string[] = [];
  const arrests = arrestsBetween(ctx, sentence, through);
  lines.push(
    arrests.length === 0
      ? `${report} you ${past ? 'had' : 'have'} not been arrested for anything other than a minor traffic offense.`
      : `${report} that the record ${past ? 'showed' : 'shows'} ${arrests[0]!.words} on ${ctx.date(arrests[0]!.day)}. The officer ${past ? 'could' : 'may'} still recommend ending your probation.`,
  );
  const months = valueAt(ctx, ctx.params.review.revocationReportMonths, asOf);
  if (months !== undefined) {
    // The months before the review, its own day left out (the facts hold no order after the as-of date).
    const found = revocationsInLookBack(ctx, review, months);
    const when = review === first ? 'your first review' : 'that review';
    lines.push(
      found.length === 0
        ? `${it} your probation was not revoked in the ${months} months before ${when} (${ctx.date(review)}).`
        : `${it} your probation was revoked on ${ctx.date(found[found.length - 1]!)}, within the ${months} months before ${when} (${ctx.date(review)}).`,
    );
  } else {
    lines.push(`${it} whether you ${past ? 'had followed' : 'have followed'} the general and special conditions of your probation.`);
  }
  const ordered = ctx.facts.term.restitutionOrderedUsd ?? 0;
  if (ordered > 0) {
    const owed = restitutionBalance(ctx.facts, through);
    lines.push(
      owed > 0
        ? `${it} you ${past ? 'still owed' : 'still owe'} ${formatDollars(owed)} in restitution.`
        : `${it} you ${past ? 'had' : 'have'} paid all your restitution.`,
    );
  }
  return lines;
}
