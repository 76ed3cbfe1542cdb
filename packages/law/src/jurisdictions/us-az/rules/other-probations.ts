/**
 * A.R.S. § 13-924(E): "This section does not apply to a probationer who is currently: 1. On lifetime
 * probation. 2. On probation for any class 2 or 3 felony. … 4. Required to register pursuant to section
 * 13-3821." The paragraphs speak of the probationer, so the person's other Arizona probations count too.
 * This file finds, for each other probation, the span of days it excluded the person.
 *
 * Readings chosen:
 * - (1) and (2): from the other probation's start to its end as ordered (extensions; cut short by an order
 *   that ended it: `endAsOrdered`), moved later by the days recorded as absconded from it (§ 13-903(C)
 *   stops it then; only absconding recorded with its `termId` is counted, with no cap on the moved end).
 *   A lifetime probation has no end.
 * - (4): from the other term's sentencing on, with no end: the duty to register does not end with the
 *   probation for the offense that brought it (§ 13-3821).
 * - (3), "exclusively for a misdemeanor", is read on the term itself (time-credit-eligibility): whether a
 *   misdemeanor probation beside a felony one earns is an open question.
 * - "Currently" decides whether the section applies to the term at all: on the as-of date, or on the
 *   term's own end where that came first (shared.ts, `applicability`). Periods of 30 days that touch such a
 *   span earn nothing (time-credits.ts), so credit is neither counted for days the person was excluded nor
 *   lost for days before the other probation began.
 * Spans are known only from the record as it stood on the as-of date: one beginning after it is not read.
 */
import { parseIsoDate, type Day } from '../../../dates/calendar.ts';
import { memoizedLookup } from '../../../engine/offense-table.ts';
import { oncePerTerm } from '../../../engine/term-context.ts';
import { endAsOrdered, offenseFacts } from '../../../engine/term-facts.ts';
import { usAzOffenseTable } from '../offense-table.ts';
import { felonyClassOf, offenseName } from './offense-class.ts';
import type { Ctx } from './shared.ts';

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
    const start = parseIsoDate(t.startDate);
    const sentence = parseIsoDate(t.sentenceDate);
    const offenses = t.offenses.map((o, i) => offenseFacts(o, i, lookupOther));
    const of = `term ${t.id}`;
    if (sentence <= asOf && offenses.some((o) => o.tags.has('sex_registration')))
      out.push({ termId: t.id, paragraph: 4, from: sentence, to: null, words: `an offense that requires registration (${of})` });
    if (start > asOf) continue;
    const end = t.lifetime === true ? null : runningEnd(ctx, t.id, start, endAsOrdered(t, asOf));
    if (t.lifetime === true) out.push({ termId: t.id, paragraph: 1, from: start, to: null, words: `lifetime probation (${of})` });
    for (const o of offenses) {
      const { cls } = o.level === 'felony' ? felonyClassOf(o) : { cls: undefined };
      if (cls !== undefined && excluded.includes(cls))
        out.push({ termId: t.id, paragraph: 2, from: start, to: end, words: `${offenseName(o)} (a class ${cls} felony, ${of})` });
    }
  }
  return out;
});

/** The end as ordered moved later by the days recorded as absconded from that term (open spells through the as-of date). */
function runningEnd(ctx: Ctx, termId: string, start: Day, end: Day | null): Day | null {
  if (end === null) return null;
  let moved = end;
  for (const e of ctx.facts.person.events ?? []) {
    if (e.type !== 'absconded' || e.termId !== termId) continue;
    const from = Math.max(parseIsoDate(e.start), start);
    const to = Math.min(e.end === undefined ? ctx.asOf : parseIsoDate(e.end), ctx.asOf);
    if (to >= from && from <= moved) moved += to - from + 1;
  }
  return moved;
}

/** The spans that cover `day`. */
export function exclusionsOn(ctx: Ctx, day: Day): OtherExclusion[] {
  return otherExclusions(ctx).filter((x) => x.from <= day && (x.to === null || x.to >= day));
}

/** The first span that touches [first, last], both included; undefined where none does. */
export function exclusionTouching(ctx: Ctx, first: Day, last: Day): OtherExclusion | undefined {
  return otherExclusions(ctx).find((x) => x.from <= last && (x.to === null || x.to >= first));
}

/** Why a period touching the span earned nothing: "you were also on lifetime probation (term T-2)". */
export function exclusionWords(x: OtherExclusion): string {
  return x.paragraph === 4
    ? `you were required to register as a sex offender, for ${x.words}`
    : `you were also on ${x.paragraph === 1 ? '' : 'probation for '}${x.words}`;
}
