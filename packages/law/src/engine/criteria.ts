/**
 * Composable eligibility criteria (after Recidiviz): an opportunity is open when every criterion is
 * met. Each criterion is a small function that says whether it is met, from which day, and why, so the
 * same pieces serve several opportunities, and an opportunity blocked by one gate that could be cleared
 * (a restitution balance) is reported as "almost eligible" rather than simply refused.
 */
import { maxDay, type Day } from '../dates/calendar.ts';
import type { OpportunityKind } from './evaluation.ts';
import type { ParameterTree } from './parameters.ts';
import type { TermContext } from './term-context.ts';

export type CriterionResult =
  /** Met, or met from `date` on (a waiting period: met on a future day if the person stays compliant). */
  | { id: string; met: true; date?: Day; reason: string; citations: string[] }
  /**
   * Not met. An `exclusion` can never be cured on this term (the offense is excluded); a gate can
   * (a balance paid, a finding made). `dateIfResolved`: the day it would open if the gate were cleared.
   */
  | { id: string; met: false; exclusion: boolean; reason: string; citations: string[] }
  /** The data cannot say; the criterion is taken as met and the assumption goes into `warnings`. */
  | { id: string; met: 'unknown'; date?: Day; reason: string; assumption: string; citations: string[] };

export interface OpportunitySpec {
  kind: OpportunityKind;
  citations: string[];
  basis: string;
}

/** `first`, then every criterion's citations, each once, in order: what an explanation step rests on. */
export function citationsOf(criteria: readonly CriterionResult[], first: readonly string[] = []): string[] {
  const out = [...first];
  for (const c of criteria) for (const citation of c.citations) if (!out.includes(citation)) out.push(citation);
  return out;
}

/**
 * Adds the opportunity that the criteria decide: ineligible if any is not met; otherwise open on the
 * latest of their dates (eligible if that is on or before the as-of date, else upcoming).
 * Returns the opening day, or null when ineligible.
 */
export function addOpportunityFromCriteria<P extends ParameterTree>(
  ctx: TermContext<P>,
  spec: OpportunitySpec,
  criteria: CriterionResult[],
): Day | null {
  // One pass: the latest date, the citations without repeats, and the criteria not met.
  let opening: Day | null = null;
  const citations = [...spec.citations];
  const failing: Extract<CriterionResult, { met: false }>[] = [];
  let assumed = false;
  for (const c of criteria) {
    for (const citation of c.citations) if (!citations.includes(citation)) citations.push(citation);
    if (c.met === false) failing.push(c);
    else {
      if (c.met === 'unknown') assumed = true;
      if (c.date !== undefined && (opening === null || c.date > opening)) opening = c.date;
    }
  }
  const curable = failing.every((c) => !c.exclusion);
  // An assumption is made only where it can matter: not where a fact already excludes the person.
  if (assumed && curable) for (const c of criteria) if (c.met === 'unknown') ctx.warn(c.assumption);

  if (failing.length > 0) {
    const reasons = failing.map((c) => c.reason);
    // One object shape whether or not it is curable (`almost` undefined is left out of the output).
    const almost = curable ? { missing: reasons, dateIfResolved: maxDay(opening, ctx.asOf) } : undefined;
    ctx.addOpportunity({ kind: spec.kind, date: null, citations, reasons, basis: spec.basis, almost });
    return null;
  }
  if (opening === null) throw new Error(`opportunity ${spec.kind} has no dated criterion, so it cannot say when it opens`);
  ctx.addOpportunity({ kind: spec.kind, date: opening, citations, reasons: criteria.map(reasonAsRead), basis: spec.basis });
  return opening;
}

/**
 * A criterion taken as met for want of data is said to be an assumption, not a fact about the person:
 * after the reason, which then reads as the condition it is ("You are not a career offender (assumed …)").
 * A reason that speaks of the record itself already says what was assumed, and is kept as it is.
 */
function reasonAsRead(c: CriterionResult): string {
  if (c.met !== 'unknown' || c.reason.includes('record')) return c.reason;
  return `${c.reason.endsWith('.') ? c.reason.slice(0, -1) : c.reason} (assumed, as the record does not say).`;
}
