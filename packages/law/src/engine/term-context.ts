/**
 * What a rule sees and what it writes while one term is evaluated.
 *
 * The explanation is built here, by the same calls that set the results: a rule that caps the term
 * calls `capAt(day, text, citations)`, so the sentence a person reads and the date the engine returns
 * come from one statement and cannot drift apart.
 */
import { formatIsoDate, formatLongDate, type Day } from '../dates/calendar.ts';
import type { OffenseTag } from '../records/vocabulary.ts';
import type { ExplanationStep, Opportunity, OpportunityKind, OpportunityStatus, SanctionLimit } from './evaluation.ts';
import type { Jurisdiction } from './jurisdiction.ts';
import { inForce, type Parameter, type ParameterTree, type ValueInForce } from './parameters.ts';
import { NONE, type OffenseFacts, type TermFacts } from './term-facts.ts';

export interface OpportunityInput {
  kind: OpportunityKind;
  /** The day it opens; null when ineligible. Status follows from the date unless given. */
  date: Day | null;
  citations: readonly string[];
  reasons: readonly string[];
  status?: OpportunityStatus;
  basis?: string;
  almost?: { missing: string[]; dateIfResolved: Day | null };
}

export interface DischargeByLaw {
  day: Day;
  citations: string[];
}

export class TermContext<P extends ParameterTree = ParameterTree> {
  readonly explanation: ExplanationStep[] = [];
  readonly warnings: string[] = [];
  readonly opportunities: Opportunity[] = [];
  scheduledEnd: Day | null;
  statutoryMax: Day | null = null;
  statutoryMaxCitations: readonly string[] = NONE;
  earnedCreditDays = 0;
  dischargesByLaw: DischargeByLaw[] = [];
  sanctionLimit: SanctionLimit | null = null;
  /**
   * Values several rules of this term share, computed once (see `oncePerTerm`): keys and values side by
   * side. A term holds a handful, so a scan of a short list is cheaper than making a Map for each term.
   */
  private shared: unknown[] | undefined;

  constructor(
    readonly facts: TermFacts,
    readonly jurisdiction: Jurisdiction<P>,
  ) {
    this.scheduledEnd = facts.imposedEnd;
  }

  get params(): P {
    return this.jurisdiction.parameters;
  }

  get asOf(): Day {
    return this.facts.asOf;
  }

  /** The scheduled end is behind the as-of date: the term has run its course, nothing is left to end early. */
  scheduledEndPassed(): boolean {
    return this.scheduledEnd !== null && this.scheduledEnd < this.facts.asOf;
  }

  /**
   * The earliest of the scheduled end, the cap and any discharge the law requires, as the rules run so far
   * have found them (spec § 2's projected end, before the rules still to run): the day the term ends.
   */
  endSoFar(): Day | null {
    let end = this.scheduledEnd;
    if (this.statutoryMax !== null && (end === null || this.statutoryMax < end)) end = this.statutoryMax;
    for (const d of this.dischargesByLaw) if (end === null || d.day < end) end = d.day;
    return end;
  }

  /** "March 15, 2026". */
  date(day: Day): string {
    return formatLongDate(day);
  }

  /** `past` where `day` is on or before the as-of date, `present` where it is still to come ("was granted" / "is granted"). */
  tense(day: Day, past: string, present: string): string {
    return day > this.asOf ? present : past;
  }

  /** "must end by March 15, 2026", or "had to end by …" where that day is before the as-of date. */
  endBy(day: Day): string {
    return `${day < this.asOf ? 'had to end' : 'must end'} by ${formatLongDate(day)}`;
  }

  /**
   * Adds a step to the explanation a person reads. The step keeps the citations it is given, not a
   * copy: an evaluation's lists are read-only (evaluation.ts), so steps may share one list.
   */
  explain(text: string, citations: readonly string[] = NONE): void {
    this.explanation.push({ text, citations });
  }

  /** Records an assumption or a missing fact, once. */
  warn(text: string): void {
    if (!this.warnings.includes(text)) this.warnings.push(text);
  }

  /**
   * An assumption that decides whether the law caps the term, which stays in the warnings even where an
   * order has ended the term (the engine keeps no other warning of the rules then, `closedTermEnd`).
   */
  assumeAboutCap(text: string): void {
    this.warn(text);
    (this.capAssumptions ??= []).push(text);
  }

  /** The texts `assumeAboutCap` recorded; undefined where none. */
  capAssumptions: string[] | undefined;

  /**
   * The value of a parameter in force on `day`, with its source; undefined where the law had none. A day
   * after the as-of date reads the law in force on the as-of date: a law not yet in force then is not
   * known to the evaluation (spec: a person evaluated before a reform took effect does not get it), even
   * where a rule keys its version to a later day (a sentence still to come, a future month's credit).
   */
  param<T>(p: Parameter<T>, day: Day): ValueInForce<T> | undefined {
    return inForce(p, day > this.asOf ? this.asOf : day);
  }

  /**
   * The explanation steps that moved the scheduled end, made only when one does: a closed term keeps
   * the moves its rules made (tolling) from a scratch evaluation.
   */
  scheduleMoves: ExplanationStep[] | undefined;

  /** Moves the scheduled end (an extension order, tolling) and says why. */
  moveScheduledEnd(day: Day, text: string, citations: readonly string[]): void {
    this.scheduledEnd = day;
    this.explain(text, citations);
    (this.scheduleMoves ??= []).push(this.explanation.at(-1)!);
  }

  /** The law caps this term at `day`; several caps keep the earliest. */
  capAt(day: Day, text: string, citations: readonly string[]): void {
    if (this.statutoryMax === null || day < this.statutoryMax) {
      this.statutoryMax = day;
      this.statutoryMaxCitations = [...citations];
    }
    this.explain(text, citations);
  }

  setEarnedCredits(days: number): void {
    if (!Number.isInteger(days) || days < 0) throw new RangeError(`earned credit days must be a whole number ≥ 0, got ${days}`);
    this.earnedCreditDays = days;
  }

  /** The law itself ends the term on `day` (earned credits that satisfy it, a mandatory discharge). */
  dischargeByLaw(day: Day, text: string, citations: readonly string[]): void {
    this.dischargesByLaw.push({ day, citations: [...citations] });
    this.explain(text, citations);
  }

  addOpportunity(input: OpportunityInput): void {
    const status: OpportunityStatus =
      input.status ?? (input.date === null ? 'ineligible' : input.date <= this.asOf ? 'eligible' : 'upcoming');
    const opportunity: Opportunity = {
      kind: input.kind,
      status,
      date: status === 'ineligible' || input.date === null ? null : formatIsoDate(input.date),
      citations: input.citations,
      reasons: input.reasons,
    };
    if (input.basis !== undefined) opportunity.basis = input.basis;
    if (input.almost !== undefined) {
      opportunity.almost = {
        missing: input.almost.missing,
        dateIfResolved: input.almost.dateIfResolved === null ? null : formatIsoDate(input.almost.dateIfResolved),
      };
    }
    this.opportunities.push(opportunity);
  }

  /** The explanation step that gave the sanction limit, so that withdrawing the limit takes it too. */
  private sanctionStep: ExplanationStep | undefined;

  setSanctionLimit(limit: SanctionLimit, text: string): void {
    this.sanctionLimit = limit;
    this.explain(text, limit.citations);
    this.sanctionStep = this.explanation.at(-1);
  }

  /** No limit applies after all (the term has ended): the limit goes, and the step that told of it. */
  withdrawSanctionLimit(): void {
    this.sanctionLimit = null;
    const at = this.sanctionStep === undefined ? -1 : this.explanation.indexOf(this.sanctionStep);
    if (at >= 0) this.explanation.splice(at, 1);
    this.sanctionStep = undefined;
  }

  /**
   * The value `key` names for this term, computing it from this context the first time it is asked for.
   * `compute` takes the context rather than closing over it, so a call that finds the value made
   * nothing new.
   */
  once<T>(key: object, compute: (ctx: this) => T): T {
    const shared = (this.shared ??= []);
    for (let i = 0; i < shared.length; i += 2) if (shared[i] === key) return shared[i + 1] as T;
    const value = compute(this);
    shared.push(key, value);
    return value;
  }

  /** Offenses of this term that carry `tag` (from the record or the offense table). */
  offensesWith(tag: OffenseTag): OffenseFacts[] {
    return this.facts.offenses.filter((o) => o.tags.has(tag));
  }

  hasTag(tag: OffenseTag): boolean {
    return this.facts.tags.has(tag);
  }

  /**
   * Says in `warnings` that a rule needed to know whether an offense carries one of `tags` and neither
   * the record nor the offense table said: the rule then reads the missing tag as "no".
   */
  needClassification(tags: readonly OffenseTag[], rule: string): void {
    for (const o of this.facts.offenses) {
      if (!o.classified) {
        this.warn(
          `${rule} depends on whether ${o.offense.statute} is ${tags.map((t) => `"${t}"`).join(' or ')}; the record gives no tags and the offense table does not list it, so it is treated as none of these.`,
        );
      }
    }
  }
}

/**
 * `compute` made to run once per term: every rule of the term that asks gets the first result. The
 * results live on the term's context, so they go when the evaluation does.
 */
export function oncePerTerm<C extends { once<V>(key: object, compute: (ctx: C) => V): V }, T>(compute: (ctx: C) => T): (ctx: C) => T {
  const key = {};
  return (ctx) => ctx.once(key, compute);
}
