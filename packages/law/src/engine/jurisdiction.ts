/**
 * What a jurisdiction gives the engine: its parameters, its offense table and its rules.
 *
 * Rules are small named functions, run in order, each encoding one provision and writing what it
 * finds (a cap, credits, an opportunity, a sanction limit) and why into the term's context. A reform
 * replaces a rule by name or overrides parameters by id (see `reforms.ts`); the engine never looks
 * inside a rule.
 */
import type { TermContext } from './term-context.ts';
import type { OffenseTable } from './offense-table.ts';
import type { ParameterTree } from './parameters.ts';
import type { ProvisionRecord } from './provisions.ts';
import type { Day } from '../dates/calendar.ts';
import type { Term } from '../records/schema.ts';

export type Rule<P extends ParameterTree = ParameterTree> = (ctx: TermContext<P>) => void;

export interface Jurisdiction<P extends ParameterTree = ParameterTree> {
  /** `US-` + the state's code, or `US-FED`. */
  code: string;
  name: string;
  parameters: P;
  offenseTable: OffenseTable;
  /** Provisions in the order they run; the key names the provision for reforms and traces. */
  rules: Readonly<Record<string, Rule<P>>>;
  /** The review record of every provision the rules encode (see provisions.ts). */
  provisions: readonly ProvisionRecord[];
  /** The as-of date at which the shipped example file shows this jurisdiction's law at work. */
  exampleAsOf: string;
  /**
   * What the engine does not model for this jurisdiction yet, said in `warnings` when a record raises it.
   * `consecutiveTerms`: said for a term with `consecutiveTo`; `tolling`: said when custody or absconding
   * is recorded. Absent, the engine says a general sentence; `null` means the rules here handle it.
   * `revocationTolls`: said where a revocation was later undone; absent, nothing is said.
   */
  limits?: {
    consecutiveTerms?: string | null;
    tolling?: string | null;
    /** Said where a revocation was later undone, in a state whose law stops the term running for it. */
    revocationTolls?: string;
  };
  /**
   * Where the law's cap ends supervision but not the term (Virginia: supervised probation at most five
   * years, while the suspended sentence and any unsupervised probation run on): the term's early
   * termination and sanction limit then stay once the cap has passed and the term as ordered has not.
   * `afterTheCap` is said then; `whatRunsOn` names what runs on past the cap ("your suspended sentence, and
   * any unsupervised probation"), for a term an order ended after it. Absent, a cap that has passed ends
   * everything a running term offers.
   */
  capEndsSupervisionOnly?: { afterTheCap: string; whatRunsOn: string };
  /**
   * Where a violation report holds credits that would otherwise satisfy the term until a hearing decides
   * it (Missouri: credits "shall be suspended pending the outcome of a hearing", RSMo § 217.703.5), the
   * words that say so: a revocation after the day the credits would have discharged the term, on a
   * report made on or before that day, then still acts on the term. Absent, a revocation after such a
   * discharge is left out.
   */
  reportHoldsCreditDischarge?: string;
  /**
   * Who revokes and reinstates, and what a revocation on `revokedOn` leads to, by kind of term, where the
   * state's law differs from the engine's words (closing-order.ts `REVOKED_BY`; undefined keeps those):
   * New York's Board of Parole revokes post-release supervision, within limits on reincarceration for
   * technical violations since March 1, 2022.
   */
  revocationWords?: (kind: Term['kind'], revokedOn: Day) => { who: string; next: string } | undefined;
  /** The provisions a revocation acts under, by kind of term: cited where the explanation tells one. */
  revocationCitations?: Partial<Record<Term['kind'], readonly string[]>>;
}

export function defineJurisdiction<P extends ParameterTree>(j: Jurisdiction<P>): Jurisdiction<P> {
  return j;
}
