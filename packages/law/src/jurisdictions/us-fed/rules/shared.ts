/** Small readings shared by the federal rules. No provision is decided here. */
import { addMonths, type Day } from '../../../dates/calendar.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { FedParameters } from '../parameters.ts';
import { afterStoppedDays } from './imprisonment-tolling.ts';

export type Ctx = TermContext<FedParameters>;

export const C_3583 = '18 U.S.C. § 3583(e)(1)';
export const C_3564 = '18 U.S.C. § 3564(c)';

export interface StatutoryDate {
  day: Day;
  /** The day before the days imprisonment stopped the term moved it (equal to `day` where none did). */
  unmoved: Day;
  citation: string;
  /** "one year of supervised release", "one year of probation", or null for "at any time". */
  wait: string | null;
}

/**
 * The first day the statute lets the court end the term: § 3583(e)(1) for supervised release, § 3564(c)
 * for probation (felony: after one year; misdemeanor or infraction: at any time). "After the expiration
 * of one year" opens on the anniversary of the start (spec § 3). Undefined for other kinds, or before the
 * provision is in force on the as-of date. Days imprisonment stopped the term before the mark move it
 * later (imprisonment-tolling.ts).
 */
export function statutoryDate(ctx: Ctx): StatutoryDate | undefined {
  const { term, start } = ctx.facts;
  if (term.kind === 'supervised_release') {
    const wait = ctx.param(ctx.params.supervisedRelease.waitMonths, ctx.asOf);
    if (wait === undefined) return undefined;
    const unmoved = addMonths(start, wait.value);
    return { day: afterStoppedDays(ctx, unmoved, true), unmoved, citation: wait.source.citation, wait: 'one year of supervised release' };
  }
  if (term.kind === 'probation') {
    if (ctx.facts.level === 'felony') {
      const wait = ctx.param(ctx.params.probation.felonyWaitMonths, ctx.asOf);
      if (wait === undefined) return undefined;
      const unmoved = addMonths(start, wait.value);
      return { day: afterStoppedDays(ctx, unmoved, true), unmoved, citation: wait.source.citation, wait: 'one year of probation' };
    }
    if (ctx.facts.level === 'gross_misdemeanor') {
      ctx.warn(
        'Federal law has no "gross misdemeanor"; the offense was treated as a misdemeanor, which may be ended at any time (18 U.S.C. § 3564(c)).',
      );
    }
    const wait = ctx.param(ctx.params.probation.misdemeanorWaitMonths, ctx.asOf);
    if (wait === undefined) return undefined;
    const day = addMonths(start, wait.value);
    return { day, unmoved: day, citation: wait.source.citation, wait: null };
  }
  return undefined;
}

/** The record format has no infraction level: a count whose class says "infraction" is one. */
export const isInfraction = (cls: string | undefined): boolean => cls !== undefined && /infraction/i.test(cls);
