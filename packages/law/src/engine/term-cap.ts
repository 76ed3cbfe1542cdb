/**
 * The `term_cap` opportunity where a term as it stands runs past the latest end the law allows (spec § 2):
 * the same first reason in every jurisdiction that uses it, then what to do there, which differs by who
 * corrects the order.
 */
import type { Day } from '../dates/calendar.ts';
import type { ParameterTree } from './parameters.ts';
import type { TermContext } from './term-context.ts';

export interface TermCapWords {
  /** What the person can do about it, in the jurisdiction's words. */
  advice: string;
  basis: string;
}

/** The usual advice where the sentencing court corrects its own order: ask it for the lawful end date. */
export function askTheCourtToCorrect<P extends ParameterTree>(ctx: TermContext<P>, limit: Day): string {
  return `You or your lawyer can ask the court to correct the end date to ${ctx.date(limit)}.`;
}

/** The term as it stands runs past `day`: it ends later, or it is a lifetime term with no end at all. */
export function runsPast<P extends ParameterTree>(ctx: TermContext<P>, day: Day): boolean {
  return ctx.scheduledEnd === null || ctx.scheduledEnd > day;
}

/** Adds the opportunity when the scheduled end is past `limit` (or the term has none); otherwise nothing. */
export function addTermCapOpportunity<P extends ParameterTree>(
  ctx: TermContext<P>,
  limit: Day,
  citations: readonly string[],
  words: TermCapWords,
): void {
  if (!runsPast(ctx, limit)) return;
  const end = ctx.scheduledEnd;
  ctx.addOpportunity({
    kind: 'term_cap',
    date: limit,
    citations: [...citations],
    reasons: [
      end === null
        ? `Your probation has no end date as ordered, but the law does not let it run past ${ctx.date(limit)}.`
        : `Your probation as ordered ${ctx.tense(end, 'ran', 'runs')} to ${ctx.date(end)}, which is past ${ctx.date(limit)}, the latest end the law allows.`,
      words.advice,
    ],
    basis: words.basis,
  });
}
