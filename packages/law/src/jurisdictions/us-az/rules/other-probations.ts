/**
 * A.R.S. § 13-924(E): "This section does not apply to a probationer who is currently: 1. On lifetime
 * probation. 2. On probation for any class 2 or 3 felony. … 4. Required to register pursuant to section
 * 13-3821." The paragraphs speak of the probationer, so the person's other Arizona probations count too.
 * This file finds, for each other probation, the span of days it excluded the person.
 *
 * Readings chosen:
 * - (1) and (2): from the other probation's start to its end, as that term's own evaluation would find it
 *   on the as-of date: the day an order ended it (discharge, early termination, a revocation not
 *   reinstated), else its imposed end moved by its extensions and by the days § 13-903 stopped it
 *   (absconding, a violation found until reinstatement: shared.ts `tolling`, on that term's facts).
 *   A lifetime probation no order ended has no end.
 * - (4): from the other term's sentencing on, with no end: the duty to register does not end with the
 *   probation for the offense that brought it (§ 13-3821).
 * - (3), "exclusively for a misdemeanor", is read on the term itself (eligibility.ts): whether a
 *   misdemeanor probation beside a felony one earns is an open question.
 * - "Currently" decides whether the section applies to the term at all: on the as-of date, held within
 *   the term's own start and end (eligibility.ts). Periods of 30 days that touch such a span earn nothing
 *   (time-credits.ts), so credit is neither counted for days the person was excluded nor lost for days
 *   before the other probation began.
 * Spans are known only from the record as it stood on the as-of date: a term sentenced after it is not read.
 */
import { parseIsoDate, type Day } from '../../../dates/calendar.ts';
import { closingOrder } from '../../../engine/closing-order.ts';
import { memoizedLookup } from '../../../engine/offense-table.ts';
import { oncePerTerm, TermContext } from '../../../engine/term-context.ts';
import { buildTermFacts } from '../../../engine/term-facts.ts';
import type { Term } from '../../../records/schema.ts';
import { usAzOffenseTable } from '../offense-table.ts';
import { felonyClassOf, offenseName } from './offense-class.ts';
import { endWithStops, tolling, type Ctx } from './shared.ts';

export interface OtherExclusion {
  termId: string;
  paragraph: 1 | 2 | 4;
  from: Day;
  /** Last day excluded; null where it has no end (lifetime probation, registration). */
  to: Day | null;
  /** What excludes, for a reason: "lifetime probation (term T-2)". */
  words: string;
}

const lookupOther = memoizedLookup(usAzOffenseTable);

export const otherExclusions: (ctx: Ctx) => OtherExclusion[] = oncePerTerm((ctx: Ctx) => {
  const { person, term, asOf } = ctx.facts;
  const excluded = ctx.param(ctx.params.credits.excludedFelonyClasses, asOf)?.value ?? ['2', '3'];
  const out: OtherExclusion[] = [];
  for (const t of person.terms) {
    if (t === term || t.jurisdiction !== term.jurisdiction || t.kind !== 'probation') continue;
    const sentence = parseIsoDate(t.sentenceDate);
    if (sentence > asOf || !mayExclude(t, excluded)) continue;
    const facts = buildTermFacts(person, t, asOf, lookupOther);
    const of = `term ${t.id}`;
    if (facts.offenses.some((o) => o.tags.has('sex_registration')))
      out.push({ termId: t.id, paragraph: 4, from: sentence, to: null, words: `an offense that requires registration (${of})` });
    const end = otherEnd(ctx, t, facts);
    if (t.lifetime === true) out.push({ termId: t.id, paragraph: 1, from: facts.start, to: end, words: `lifetime probation (${of})` });
    for (const o of facts.offenses) {
      const { cls } = o.level === 'felony' ? felonyClassOf(o) : { cls: undefined };
      if (cls !== undefined && excluded.includes(cls))
        out.push({ termId: t.id, paragraph: 2, from: facts.start, to: end, words: `${offenseName(o)} (a class ${cls} felony, ${of})` });
    }
  }
  return out;
});

/** Whether a probation could exclude at all: lifetime, or an offense that requires registration or is of an excluded class. */
function mayExclude(t: Term, excluded: readonly string[]): boolean {
  if (t.lifetime === true) return true;
  for (const o of t.offenses) {
    if (o.tags?.includes('sex_registration') === true) return true;
    const entries = lookupOther(o.statute);
    if (entries.some((e) => e.tags.includes('sex_registration'))) return true;
    if (o.level !== 'felony') continue;
    const { cls } = felonyClassOf({ offense: o, tableEntries: entries });
    if (cls !== undefined && excluded.includes(cls)) return true;
  }
  return false;
}

/**
 * The other probation's last day, as its own evaluation finds it: the order that ended it, else its
 * imposed end moved by its extensions and stopped days (null for a lifetime term no order ended).
 */
function otherEnd(ctx: Ctx, t: Term, facts: ReturnType<typeof buildTermFacts>): Day | null {
  const closed = closingOrder(facts.orders, t.kind);
  if (closed !== undefined) return closed.day;
  if (facts.imposedEnd === null) return null;
  // The stops as the § 13-903 rule reads them for that term (its facts, a scratch context of its own).
  const stops = tolling(new TermContext(facts, ctx.jurisdiction)).merged;
  return endWithStops(ctx, facts.imposedEnd, facts.orders, stops).end;
}

/** The spans that cover `day`. */
export function exclusionsOn(ctx: Ctx, day: Day): OtherExclusion[] {
  return otherExclusions(ctx).filter((x) => x.from <= day && (x.to === null || x.to >= day));
}

/** The first span that touches [first, last], both included; undefined where none does. */
export function exclusionTouching(ctx: Ctx, first: Day, last: Day): OtherExclusion | undefined {
  // A loop rather than `find`: asked for every 30-day period of the ledger, it makes no closure per period.
  for (const x of otherExclusions(ctx)) if (x.from <= last && (x.to === null || x.to >= first)) return x;
  return undefined;
}

/** The earliest span that begins after the as-of date and on or before `end`; undefined where none does. */
export function exclusionAhead(ctx: Ctx, end: Day): OtherExclusion | undefined {
  let first: OtherExclusion | undefined;
  for (const x of otherExclusions(ctx)) if (x.from > ctx.asOf && x.from <= end && (first === undefined || x.from < first.from)) first = x;
  return first;
}

/** Why a period touching the span earned nothing: "you were also on lifetime probation (term T-2)". */
export function exclusionWords(x: OtherExclusion): string {
  return x.paragraph === 4
    ? `you were required to register as a sex offender, for ${x.words}`
    : `you were also on ${x.paragraph === 1 ? '' : 'probation for '}${x.words}`;
}
