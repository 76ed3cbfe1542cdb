/**
 * Helpers shared by the New York rules: which terms the Less Is More Act covers, how a term is named
 * to the person, table facts, and number words (no Intl: these run for every term).
 */
import type { Day } from '../../../dates/calendar.ts';
import { inForce, type Parameter, type ValueInForce } from '../../../engine/parameters.ts';
import type { OffenseFacts } from '../../../engine/term-facts.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { UsNyParameters } from '../parameters.ts';

export type Ctx = TermContext<UsNyParameters>;

/**
 * Less Is More covers "community supervision": presumptive release, parole, conditional release and
 * post-release supervision under DOCCS (Exec. Law § 259(3), as amended). The record's kinds map:
 * parole → parole; conditional_release → conditional release; supervised_release → post-release
 * supervision (New York has no federal-style supervised release). Probation is not covered.
 */
export function communitySupervision(ctx: Ctx): boolean {
  return ctx.facts.term.kind !== 'probation';
}

const KIND_WORDS = {
  parole: 'parole',
  conditional_release: 'conditional release',
  supervised_release: 'post-release supervision',
  probation: 'probation',
} as const;

export function kindWords(ctx: Ctx): string {
  return KIND_WORDS[ctx.facts.term.kind];
}

/** A fact from the offense table entries that matched the offense (most specific first). */
export function tableFact(o: OffenseFacts, name: string): string | number | boolean | undefined {
  for (const e of o.tableEntries) {
    const v = e.facts?.[name];
    if (v !== undefined) return v;
  }
  return undefined;
}

export function offenseName(o: OffenseFacts): string {
  return o.offense.description ?? o.offense.statute;
}

/**
 * The values of one parameter read on day after day (a per-period loop): the same answers as
 * `ctx.param(p, day)`, looked up again only when the day leaves the span in which the value last found
 * stays in force (from its `fromDays` entry to the next one).
 */
export class ParameterWalk<T> {
  private value: ValueInForce<T> | undefined;
  /** The span [spanStart, spanEnd) in which `value` is the answer; empty until the first lookup. */
  private spanStart = Number.POSITIVE_INFINITY;
  private spanEnd = Number.NEGATIVE_INFINITY;

  constructor(private readonly p: Parameter<T>) {}

  at(day: Day): ValueInForce<T> | undefined {
    if (day < this.spanStart || day >= this.spanEnd) {
      const from = this.p.fromDays;
      let i = from.length - 1;
      while (i >= 0 && from[i]! > day) i--;
      this.value = inForce(this.p, day);
      this.spanStart = i < 0 ? Number.NEGATIVE_INFINITY : from[i]!;
      this.spanEnd = i + 1 < from.length ? from[i + 1]! : Number.POSITIVE_INFINITY;
    }
    return this.value;
  }
}

/** 1826 → "1,826". */
export function count(x: number): string {
  const s = String(Math.trunc(Math.abs(x)));
  let out = '';
  for (let i = s.length; i > 0; i -= 3) out = s.slice(Math.max(0, i - 3), i) + (out === '' ? '' : `,${out}`);
  return x < 0 ? `-${out}` : out;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const;

/** 2 → "two" (up to ten), then digits: for the start of a sentence. */
export function numberWord(n: number): string {
  return WORDS[n] ?? count(n);
}

/** "Two" at the start of a sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'] as const;

/** 1 → "first" … 5 → "fifth", then "6th". */
export function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? `${n}th`;
}

/** The last day of an interval for the projection: an interval still open on the as-of date ends that day. */
export function closedEnd(end: Day | null, asOf: Day): Day {
  return end ?? asOf;
}
