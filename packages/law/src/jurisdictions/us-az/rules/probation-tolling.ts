/**
 * A.R.S. § 13-903: calculating the period of probation.
 *
 * "A. A period of probation commences on the day it is imposed or as designated by the court …
 *  B. If a court determines that the defendant violated a condition of the defendant's probation but
 *     reinstates probation, the period between the date of the violation and the date of restoration of
 *     probation is not computed as part of the period of probation. If it is determined that the
 *     defendant is not a violator, there is no interruption of the period.
 *  C. The running of the period of probation shall cease during the unauthorized absence of the
 *     defendant from the jurisdiction or from any required supervision and shall resume only upon the
 *     defendant's voluntary or involuntary return to the probation service.
 *  D. The running of the period of probation shall cease during the period from the filing of the
 *     petition to revoke probation to the termination of revocation of probation proceedings, except
 *     that if a court determines that the defendant is not a violator, there is no interruption …"
 * (Text read 2026-11-30 from the Justia copy of the 2015 statutes; no later amendment to § 13-903 was
 * found. SB 1474 (2024) and SB 1662 (2026) proposed amendments; whether either passed is not known.)
 *
 * Readings chosen:
 * - (C) Each recorded absconding spell stops the term from its first day through its recorded end
 *   (read as the last day away); a spell still open on the as-of date is counted through that date
 *   (the projection assumes the person returns). The scheduled end moves one day later per day.
 * - (B) A violation found (status `sustained`, or a `revocation` order) followed by a `reinstatement`
 *   order: the days from the violation date up to the day before reinstatement do not count. Where a
 *   violation was found and no reinstatement order is recorded, the record cannot say when probation
 *   was restored: nothing moves, and a warning says so.
 * - (D) The record holds no petitions to revoke. A violation reported without an outcome may have one
 *   pending: a warning says the term stops while it is pending unless the person is found not to be a
 *   violator. Not modelled.
 * - Overlapping spans (absconding that is also the violation found) are counted once.
 * - Custody does not stop the term under § 13-903 (jail as a condition of probation is served on
 *   probation), so custody does not move the end.
 * - Which date selects the version: the as-of date (the text has not changed in the period read).
 */
import { formatLongDate } from '../../../dates/calendar.ts';
import { lawfulEnd } from './longest-probation.ts';
import { CITE, endWithStops, tolling, type Ctx } from './shared.ts';
import { formatCount } from '../../../engine/words.ts';

export function probationTolling(ctx: Ctx): void {
  const end = ctx.scheduledEnd;
  if (end === null || ctx.facts.term.kind !== 'probation') return;
  const t = tolling(ctx);
  if (t.days > 0) {
    const { imposedEnd, orders } = ctx.facts;
    // The extensions as the engine applied them (endWithStops without stops), then with the stops: the difference moves the end.
    const moved = end + endWithStops(ctx, imposedEnd!, orders, t.merged).end - endWithStops(ctx, imposedEnd!, orders, []).end;
    const reasons = t.spans.map((s) => s.text);
    const listed = t.spans.reduce((sum, s) => sum + s.end - s.start + 1, 0);
    const citations = [
      ...(t.spans.some((s) => s.why === 'absconding') ? [CITE.T903C] : []),
      ...(t.spans.some((s) => s.why === 'violation') ? [CITE.T903B] : []),
      ...(moved - end === t.days ? [] : [CITE.T903A]),
    ];
    const counted = `These days do not count toward your probation: ${reasons.join('; and ')}. ${listed > t.days ? 'Days in both are counted once. ' : ''}That is ${formatCount(t.days)} day${t.days === 1 ? '' : 's'} in all`;
    const fromTheLapse =
      'an extension runs from the day the period before it ended (A.R.S. § 13-903(A)), and its months are counted from that day';
    if (moved === end) ctx.explain(`${counted}; ${fromTheLapse}, so your scheduled end stays ${ctx.date(end)}.`, citations);
    else
      ctx.moveScheduledEnd(
        moved,
        `${counted}, so your scheduled end moves from ${ctx.date(end)} to ${ctx.date(moved)}${moved - end === t.days ? '' : ` (${fromTheLapse})`}.`,
        citations,
      );
  }
  // What happened after the term's lawful end (its end as it now stands, or the § 13-902 limit if
  // earlier) cannot move it: those events are not spoken of.
  const last = lawfulEnd(ctx);
  const inTerm = (day: number) => last === null || day <= last;
  for (const day of t.unresolved) {
    if (!inTerm(day)) continue;
    ctx.warn(
      `A violation dated ${formatLongDate(day)} was found, but the record has no date when probation was reinstated. Under A.R.S. § 13-903(B) the time from the violation to the reinstatement does not count toward the term, so the real end date is later than shown here.`,
    );
  }
  for (const v of ctx.facts.violations) {
    if (v.status !== 'reported' || !inTerm(v.day)) continue;
    ctx.warn(
      `The violation reported on ${formatLongDate(v.day)} has no recorded outcome. If a petition to revoke was filed, your probation stops running until the case ends, unless the court finds you did not violate (A.R.S. § 13-903(D)); the record does not show petitions, so this is not counted.`,
    );
  }
  for (const v of ctx.facts.violations) {
    if (v.category === 'absconding' && v.status !== 'dismissed' && ctx.facts.absconded.length === 0 && inTerm(v.day)) {
      ctx.warn(
        `An absconding violation is recorded on ${formatLongDate(v.day)} but no absconding dates are; the days away stop the term (A.R.S. § 13-903(C)) and are not counted here.`,
      );
    }
  }
}
