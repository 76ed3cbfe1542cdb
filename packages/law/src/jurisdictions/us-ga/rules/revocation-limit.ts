/**
 * O.C.G.A. § 42-8-34.1(a), (c): the limit on confinement when probation is revoked for breaking a
 * general condition. Text read 2026-11-30 in the Justia copy of the 2020 Code (the 2010 Code has the same
 * two-year words; the history line in the 2018 Code ends with Ga. L. 2016, p. 443, § 8-5/SB 367):
 *
 *   (a) "For the purposes of this Code section, the term 'special condition of probation or suspension
 *   of the sentence' means a condition of a probated or suspended sentence which: (1) Is expressly
 *   imposed as part of the sentence in addition to general conditions of probation and court ordered
 *   fines and fees; and (2) Is identified in writing in the sentence as a condition the violation of
 *   which authorizes the court to revoke the probation or suspension and require the defendant to serve
 *   up to the balance of the sentence in confinement."
 *   (c) "At any revocation hearing, upon proof that the defendant has violated any general provision of
 *   probation or suspension other than by commission of a new felony offense, the court shall consider
 *   the use of alternatives to include community service, probation detention centers, special
 *   alternative incarceration, or any other alternative to confinement deemed appropriate by the court or
 *   as provided by the state or county. In the event the court determines that the defendant does not
 *   meet the criteria for such alternatives, the court may revoke the balance of probation or not more
 *   than two years in confinement, whichever is less."
 *   (d), as far as the copy goes: "If the violation … is the commission of a felony offense, the court
 *   may revoke no more than the lesser of the balance of probation or the maxi…" (the copy breaks off).
 *
 * And O.C.G.A. § 42-8-60(d) (2020 Code, Justia copy): "The court may enter an adjudication of guilt and
 * proceed to sentence the defendant as otherwise provided by law when the: (1) Defendant violates the
 * terms of his or her first offender probation; …".
 *
 * Output: the sanction limit for the NEXT violation on this probation term, read as a violation of a
 * general condition other than a new felony (the kind the limit covers):
 * - confinementAllowed true (after the court has considered alternatives), maxConfinementDays = the
 *   lesser of two years from the as-of date (730 or 731 days) and the balance of probation, the days from
 *   the as-of date (or the start of probation, if later) through the scheduled end, both counted: the
 *   scheduled end is the last day of supervision (spec § 3), so on that day one day is left. No scheduled
 *   end (lifetime probation): two years.
 * - First-offender sentence (`disposition: first_offender`): maxConfinementDays null. On a violation the
 *   court may enter a conviction and sentence as the law otherwise allows (§ 42-8-60(d)(1)), which this
 *   limit does not bound.
 * - violationNumber: 1 + the violations already found (sustained) on this term, one per `episodeId`. The
 *   statute does not count violations: the limit is the same at every revocation hearing.
 *
 * Exceptions (labelled in the reasons, not decided: the next violation has not happened): a new felony
 * offense and a violation of a special condition as defined in (a) are outside (c); for both the text
 * read allows up to the balance of probation. The record does not hold the sentence's special conditions.
 *
 * Version: the as-of date (the limit governs a revocation after it). In force here from
 * REVOCATION_LIMIT_FROM, which stands for the earliest copy read (2010 Code).
 *
 * Readings chosen:
 * - "At any revocation hearing": the two years are per revocation, not a total across revocations on the
 *   term; earlier revocations shrink only the balance.
 * - "Balance of probation": from the day of the revocation, taken as the as-of date, through the scheduled
 *   end (the day of the revocation is not yet served).
 *   Before probation has begun (a split sentence), the whole probated part.
 * - "Two years in confinement": calendar years from the as-of date.
 * - Conditional discharge (§ 16-13-2): its text was not read; the limit is given as for any probation, with
 *   a warning that the court may be able to enter a conviction instead.
 * - Probation only, whoever supervises it; parole is not covered (see court-discharge.ts).
 */
import { addYears, describeMonths, type Day } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { ViolationFacts } from '../../../engine/term-facts.ts';
import { violationsFound } from '../../../engine/violation-episodes.ts';
import type { GaParameters } from '../parameters.ts';
import { ordinal } from '../../../engine/words.ts';
import { valueAt, type Ctx } from './shared.ts';

const A = 'O.C.G.A. § 42-8-34.1(a)';
const C = 'O.C.G.A. § 42-8-34.1(c)';
const FIRST_OFFENDER = 'O.C.G.A. § 42-8-60(d)(1)';

export const revocationLimit: Rule<GaParameters> = (ctx) => {
  const { term, start } = ctx.facts;
  if (term.kind !== 'probation' || ctx.scheduledEndPassed()) return;
  const asOf = ctx.asOf;
  const years = valueAt(ctx, ctx.params.revocation.generalConditionMaxYears, asOf);
  if (years === undefined) {
    ctx.explain(
      `The Georgia limit on confinement when probation is revoked (O.C.G.A. § 42-8-34.1) is covered here from the 2010 Code on; as of ${ctx.date(asOf)} no limit is given.`,
      [C],
    );
    return;
  }

  // The lesser of `years` from the revocation (the as-of date) and the balance of probation.
  const capEnd = addYears(asOf, years);
  const end = ctx.scheduledEnd;
  const from = start > asOf ? start : asOf;
  // Both ends counted: on the scheduled end itself, one day of probation is left. (A term whose end has
  // passed keeps no sanction limit: the engine withdraws it.)
  const balanceDays = end === null ? null : end - from + 1;
  const capDays = capEnd - asOf;
  const byBalance = balanceDays !== null && balanceDays < capDays;
  const days = byBalance ? balanceDays : capDays;
  const span = describeMonths(years * 12);

  const { number, pending } = violationCount(ctx);
  const firstOffender = term.disposition === 'first_offender';
  const reasons: string[] = [
    `If a court finds you broke a general condition of your probation (anything other than committing a new felony), it must first consider alternatives to confinement, such as community service or a probation detention center.`,
  ];
  // First offenders first: the court may sentence them anew, so the day count below is not their limit.
  if (firstOffender) {
    reasons.push(
      'Your sentence is under the First Offender Act. If you break its terms, the court may instead enter a conviction and sentence you as the law otherwise allows, so no day limit is given here. Only if the court keeps your first-offender sentence does the limit below apply.',
    );
  }
  const which = byBalance
    ? from > asOf
      ? `all of your probation, from ${ctx.date(from)} through ${ctx.date(end!)}`
      : end === asOf
        ? `the rest of your probation, its last day, ${ctx.date(end)}`
        : `the rest of your probation, from ${ctx.date(asOf)} through ${ctx.date(end!)}, counting both days`
    : `${span} from ${ctx.date(asOf)}${end === null ? '' : `; your probation runs through ${ctx.date(end)}`}`;
  reasons.push(
    `If you do not qualify for those, the court can revoke at most the rest of your probation or ${span} in confinement, whichever is less. If it did so on ${ctx.date(asOf)}, that is at most ${days} day${days === 1 ? '' : 's'}: ${which}.`,
  );
  reasons.push(
    `This limit does not cover a new felony, or breaking a special condition that your sentence names in writing as one that lets the court revoke the rest of your sentence. For breaking such a special condition the court can revoke up to the rest of your probation; for a new felony, up to the rest of your probation or the longest sentence for that new felony, whichever is less. The record does not list the special conditions of your sentence.`,
    number === 1
      ? 'No violation has been found on this probation so far. The limit is the same for every revocation hearing.'
      : `Your next violation would be the ${ordinal(number)} found on this probation (violations from the same incident count once). The limit is the same for every revocation hearing.`,
  );
  if (pending.length > 0) {
    reasons.push(
      `A violation reported on ${pending.map((d) => ctx.date(d)).join(' and ')} has not been decided yet. If the court finds it was a general condition and not a new felony, this limit applies to it.`,
    );
  }
  const citations = [A, C];
  if (firstOffender) {
    citations.push(FIRST_OFFENDER);
  } else if (term.disposition === undefined) {
    ctx.warn(
      'The record does not say whether this sentence is a conviction or a first-offender sentence; it was read as a conviction. Under the First Offender Act no day limit would be given, as the court could enter a conviction and sentence anew (O.C.G.A. § 42-8-60(d)(1)).',
    );
  } else if (term.disposition === 'conditional_discharge') {
    ctx.warn(
      'Your sentence is a conditional discharge (O.C.G.A. § 16-13-2). That section was not read here; if, like a first-offender sentence, it lets the court enter a conviction when you break a condition, the limit given may not hold.',
    );
  } else if (term.disposition === 'deferred') {
    ctx.warn(
      'Your sentence is recorded as deferred. Where no judgment of conviction has been entered, the court may on a violation enter one and sentence you anew, as under the First Offender Act (O.C.G.A. § 42-8-60(d)(1)); then the limit given may not hold.',
    );
  }

  ctx.setSanctionLimit(
    {
      violationNumber: number,
      confinementAllowed: true,
      maxConfinementDays: firstOffender ? null : days,
      citations,
      reasons,
    },
    // The step says the limit itself; its reasons (alternatives first, the exceptions, the count) stay with it.
    `Georgia limits confinement when probation is revoked for breaking a general condition (not a new felony). ${
      firstOffender
        ? 'Because your sentence is under the First Offender Act, no day limit is given here: the court may instead enter a conviction and sentence you as the law otherwise allows.'
        : `If it were revoked on ${ctx.date(asOf)}, the most would be ${days} day${days === 1 ? '' : 's'}: ${which}.`
    }`,
  );
};

/** The number of the next violation on this term (sustained ones counted, one per episode), and undecided reports. */
function violationCount(ctx: Ctx): { number: number; pending: Day[] } {
  const sustained: ViolationFacts[] = [];
  const pending: Day[] = [];
  for (const v of ctx.facts.violations) {
    if (v.status === 'reported') pending.push(v.day);
    else if (v.status === 'sustained') sustained.push(v);
  }
  return { number: violationsFound(ctx.facts, sustained) + 1, pending };
}
