/**
 * Parameters with dated values, each value citing the law it comes from.
 *
 * Modelled on OpenFisca's parameter trees: a parameter is a named quantity of the law (a cap in years,
 * credit days per month, a sanction limit) whose value changes on dates. Each dated value names its
 * source (statute subsection, session law or case). A rule never hard-codes such a number: it asks for
 * the value in force on the date the law makes relevant (the sentence date, the offense date, the
 * violation date or the as-of date; the rule says which and why).
 *
 * A reform overrides parameters by their `id` (see `reforms.ts`), so rules must read them from the
 * jurisdiction they are given, never from a module import.
 */
import { parseIsoDate, type Day, type IsoDate } from '../dates/calendar.ts';

export interface Source {
  /** The provision the value rests on, as a reader cites it: "Cal. Penal Code § 1203.1(a)". */
  citation: string;
  /** The enacting or amending law: "Stats. 2020, ch. 328 (AB 1950)". */
  enactedBy?: string;
  /** Where the text was read. */
  url?: string;
}

export interface DatedValue<T> {
  /** First day the value is in force. It stays in force until the next value's `from`. */
  from: IsoDate;
  /** `null` means the provision does not operate from this date (repealed, or not yet enacted). */
  value: T | null;
  source: Source;
  /** The reading chosen where the text admits more than one, written beside the value. */
  note?: string;
}

export type ParameterUnit = 'years' | 'months' | 'days' | 'usd' | 'percent' | 'count' | 'boolean' | 'date' | 'list';

export interface ParameterDefinition<T> {
  label: string;
  description: string;
  unit: ParameterUnit;
  values: DatedValue<T>[];
  /** Where reasonable readers differ: the alternatives a reform or a court may choose. */
  alternatives?: { value: T; reading: string }[];
}

export interface Parameter<T> extends ParameterDefinition<T> {
  /** Dotted path in its jurisdiction's tree, e.g. `us-mo.ecc.creditDaysPerMonth`; set by `defineParameters`. */
  id: string;
  /** `from` of each value as a day, ascending. */
  readonly fromDays: readonly Day[];
  /** What `inForce` returns for each value, made once: rules ask for values inside per-month loops. */
  readonly answers: readonly (ValueInForce<T> | undefined)[];
}

export interface ValueInForce<T> {
  value: T;
  from: Day;
  source: Source;
  note?: string;
}

const PARAMETER = Symbol('pathways.parameter');

export function parameter<T>(definition: ParameterDefinition<T>): Parameter<T> {
  if (definition.values.length === 0) throw new Error(`parameter "${definition.label}" has no values`);
  const values = [...definition.values].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (const v of values) {
    if (!v.source?.citation) throw new Error(`parameter "${definition.label}" has a value from ${v.from} without a citation`);
  }
  const fromDays = values.map((v) => parseIsoDate(v.from));
  const answers = values.map((v, i): ValueInForce<T> | undefined => {
    if (v.value === null) return undefined;
    const answer: ValueInForce<T> = { value: v.value, from: fromDays[i]!, source: v.source };
    if (v.note !== undefined) answer.note = v.note;
    return Object.freeze(answer);
  });
  // Every parameter has the same properties in the same order, so the engine's reads of `fromDays` and
  // `answers` (in every rule, for every term) meet one object shape. (An object made from
  // Object.create(null), or from each definition's own keys, gets a slower shape per parameter.)
  const p: Parameter<T> & { [PARAMETER]: true } = {
    [PARAMETER]: true,
    label: definition.label,
    description: definition.description,
    unit: definition.unit,
    values,
    alternatives: definition.alternatives,
    id: '',
    fromDays,
    answers,
  };
  return p;
}

export function isParameter(value: unknown): value is Parameter<unknown> {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PARAMETER] === true;
}

/** A tree of parameters: plain objects whose leaves are parameters. */
export type ParameterTree = { readonly [key: string]: Parameter<unknown> | ParameterTree };

/** Names every parameter in the tree by its path under `prefix` and returns the tree. */
export function defineParameters<T extends ParameterTree>(prefix: string, tree: T): T {
  for (const [path, p] of walkParameters(tree, prefix)) p.id = path;
  return tree;
}

export function* walkParameters(tree: ParameterTree, prefix = ''): Generator<[string, Parameter<unknown>]> {
  for (const [key, node] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isParameter(node)) yield [path, node];
    else yield* walkParameters(node, path);
  }
}

/** The value in force on `day`, with its source; undefined before the first value or where it is `null`. */
export function inForce<T>(p: Parameter<T>, day: Day): ValueInForce<T> | undefined {
  for (let i = p.fromDays.length - 1; i >= 0; i--) if (p.fromDays[i]! <= day) return p.answers[i];
  return undefined;
}

/** The first day any value of the parameter is in force (not `null`). */
export function firstInForce(p: Parameter<unknown>): Day | undefined {
  const i = p.values.findIndex((v) => v.value !== null);
  return i < 0 ? undefined : p.fromDays[i];
}

/**
 * The values of one parameter read on day after day (a per-month or per-period loop): the same answers
 * as `ctx.param(p, day)` when given the term's as-of date, looked up again only when the day leaves the span in
 * which the value last found stays in force (from its `fromDays` entry to the next one). Days may come in
 * any order; walking forward is merely the cheap case.
 */
export class ParameterWalk<T> {
  private value: ValueInForce<T> | undefined;
  /** The span [spanStart, spanEnd) in which `value` is the answer; empty until the first lookup. */
  private spanStart = Number.POSITIVE_INFINITY;
  private spanEnd = Number.NEGATIVE_INFINITY;

  /** `asOf`: days after it read the law in force on it, as `ctx.param` does (TermContext). */
  constructor(
    private readonly p: Parameter<T>,
    private readonly asOf: Day = Number.POSITIVE_INFINITY,
  ) {}

  /** The value in force on `day` (or on the as-of date, if `day` is after it), as `ctx.param` gives it. */
  at(asked: Day): ValueInForce<T> | undefined {
    const day = asked > this.asOf ? this.asOf : asked;
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
