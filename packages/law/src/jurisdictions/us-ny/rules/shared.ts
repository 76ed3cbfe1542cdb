/**
 * Helpers shared by the New York rules: which terms the Less Is More Act covers, how a term is named
 * to the person, table facts, and number words (no Intl: these run for every term).
 */
import type { Day } from '../../../dates/calendar.ts';
import type { OffenseFacts } from '../../../engine/term-facts.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import { formatCount } from '../../../engine/words.ts';
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

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const;

/** 2 → "two" (up to ten), then digits: for the start of a sentence. */
export function numberWord(n: number): string {
  return WORDS[n] ?? formatCount(n);
}

/** "Two" at the start of a sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The last day of an interval for the projection: an interval still open on the as-of date ends that day. */
export function closedEnd(end: Day | null, asOf: Day): Day {
  return end ?? asOf;
}
