/**
 * The facts of one term as the rules read them: dates as days, the person's events that apply to this
 * term, and each offense with the tags the record gives plus those the offense table derives.
 *
 * Evaluation is "as of" a date, so facts dated after it are not known yet and are left out: an
 * evaluation on 2023-01-01 must not see a violation reported in March 2023.
 */
import { addLength, addMonths, parseIsoDate, type Day } from '../dates/calendar.ts';
import { closingOrder } from './closing-order.ts';
import type {
  AchievementEvent,
  ArrestEvent,
  ConvictionEvent,
  Offense,
  Order,
  PaymentEvent,
  PersonRecord,
  PriorConviction,
  SupervisionEvent,
  Term,
  ViolationEvent,
} from '../records/schema.ts';
import { VIOLATION_KINDS, type OffenseLevel, type OffenseTag, type OrderType, type ViolationKind } from '../records/vocabulary.ts';
import type { OffenseTableEntry } from './offense-table.ts';

export interface OffenseFacts {
  offense: Offense;
  index: number;
  level: OffenseLevel;
  tags: ReadonlySet<OffenseTag>;
  /** Table entries that matched the statute (most specific first). */
  tableEntries: readonly OffenseTableEntry[];
  /** The record gave `tags`, or the table knew the statute: a missing tag then means "no". */
  classified: boolean;
  offenseDay: Day | undefined;
}

export interface DatedFact<E> {
  day: Day;
  event: E;
}

export interface ViolationFacts extends DatedFact<ViolationEvent> {
  category: ViolationEvent['category'];
  status: ViolationEvent['status'];
  kinds: ReadonlySet<ViolationKind>;
  episodeId: string | undefined;
}

/** A span of days, both ends inclusive; `end` null while it is still open on the as-of date. */
export interface Interval {
  start: Day;
  end: Day | null;
  reason?: string;
}

export interface OrderFacts {
  type: OrderType;
  day: Day;
  months: number | undefined;
  order: Order;
}

export interface TermFacts {
  person: PersonRecord;
  term: Term;
  asOf: Day;
  sentence: Day;
  start: Day;
  /** start + length, or endDate, before extensions and tolling; null for lifetime terms. */
  imposedEnd: Day | null;
  /**
   * The last day an event without `termId` is given to this term (see `appliesToTerm`): the imposed end
   * moved by extension orders, unless the caller gave another (`buildTermFacts`'s `activeThrough`: the
   * end as tolling moved it, or the day an order ended the term).
   */
  activeThrough: Day;
  offenses: OffenseFacts[];
  /** Union of every offense's tags. */
  tags: ReadonlySet<OffenseTag>;
  /** The most serious level among the offenses. */
  level: OffenseLevel;
  orders: readonly OrderFacts[];
  violations: readonly ViolationFacts[];
  arrests: readonly DatedFact<ArrestEvent>[];
  convictions: readonly DatedFact<ConvictionEvent>[];
  payments: readonly DatedFact<PaymentEvent>[];
  achievements: readonly DatedFact<AchievementEvent>[];
  custody: readonly Interval[];
  absconded: readonly Interval[];
  employment: readonly Interval[];
  /** undefined: the record does not say (spec: assume none, and warn where a rule needs it). */
  priorConvictions: (PriorConviction & { day: Day })[] | undefined;
}

const LEVEL_RANK: Record<OffenseLevel, number> = { misdemeanor: 0, gross_misdemeanor: 1, felony: 2 };
const NO_KINDS: ReadonlySet<ViolationKind> = new Set();
/** Most reports name one kind: one shared set per kind instead of a new set per report. */
const ONE_KIND = new Map(VIOLATION_KINDS.map((kind): [ViolationKind, ReadonlySet<ViolationKind>] => [kind, new Set([kind])]));

function kindsOf(kinds: readonly ViolationKind[] | undefined): ReadonlySet<ViolationKind> {
  if (kinds === undefined || kinds.length === 0) return NO_KINDS;
  return kinds.length === 1 ? ONE_KIND.get(kinds[0]!)! : new Set(kinds);
}
const byDay = (a: { day: Day }, b: { day: Day }) => a.day - b.day;
const byStart = (a: Interval, b: Interval) => a.start - b.start;

/**
 * The tags an offense table gives a statute, as one shared set per table answer: most offenses carry no
 * tags of their own, and their facts then share the table's set instead of copying it term after term.
 */
const tableTagSets = new WeakMap<readonly OffenseTableEntry[], ReadonlySet<OffenseTag>>();

function tableTags(entries: readonly OffenseTableEntry[]): ReadonlySet<OffenseTag> {
  let tags = tableTagSets.get(entries);
  if (tags === undefined) {
    const set = new Set<OffenseTag>();
    for (const entry of entries) for (const tag of entry.tags) set.add(tag);
    tags = set;
    tableTagSets.set(entries, tags);
  }
  return tags;
}

function withTableTags(recordTags: readonly OffenseTag[], entries: readonly OffenseTableEntry[]): ReadonlySet<OffenseTag> {
  const tags = new Set<OffenseTag>(recordTags);
  for (const entry of entries) for (const tag of entry.tags) tags.add(tag);
  return tags;
}

/**
 * An event without termId applies to every term active on its date (spec § 1, Event). "Active" ends on
 * the imposed end moved by the extension orders known on the as-of date, or on the end the evaluation
 * settled on (moved by tolling, without an extension left out as too late, cut short by an order that
 * ended the term: evaluate.ts asks again with it). It begins on the sentence date
 * (a split sentence's term is already imposed: restitution paid or an arrest while in custody counts),
 * except for a violation or absconding, which only supervision that has begun can have: for those it
 * begins on the start date.
 */
function appliesToTerm(termId: string | undefined, term: Term, firstActive: Day, lastActive: Day, from: Day, to: Day | null): boolean {
  return termId !== undefined ? termId === term.id : from <= lastActive && (to === null || to >= firstActive);
}

/**
 * Orders of one day: a revocation, then the reinstatement that undoes it, then the rest (an extension or a
 * discharge made at the hearing that reinstated the term acts on the term put back). Orders of one rank
 * keep the record's order.
 */
const ORDER_RANK: Partial<Record<OrderType, number>> = { revocation: 0, reinstatement: 1 };
const rankOf = (o: OrderFacts) => ORDER_RANK[o.type] ?? 2;
const byDayThenRank = (a: OrderFacts, b: OrderFacts) => a.day - b.day || rankOf(a) - rankOf(b);

/** The imposed end moved by the extension orders (in date order): how long the term is active. */
function extendedEnd(imposedEnd: Day | null, orders: readonly OrderFacts[]): Day {
  if (imposedEnd === null) return Number.POSITIVE_INFINITY;
  let end = imposedEnd;
  for (const o of orders) if (o.type === 'extension' && o.months !== undefined) end = addMonths(end, o.months);
  return end;
}

/**
 * A person's event without `termId` that begins after `after` and on or before `through` (and the as-of
 * date): one that a term active through `through` would be given and a term active through `after` was not.
 */
export function unassignedEventBetween(person: PersonRecord, days: EventDays, after: Day, through: Day, asOf: Day): boolean {
  const events = person.events ?? [];
  const last = through < asOf ? through : asOf;
  for (let i = 0; i < events.length; i++) {
    const day = days[2 * i]!;
    if (day > after && day <= last && events[i]!.termId === undefined) return true;
  }
  return false;
}

/** Marks an event with no end (an open interval, or an event that is not an interval). */
const NO_END = -2147483648;

/**
 * Each of a person's event dates as a day, two slots an event: its date (or an interval's start) and an
 * interval's recorded end. Parsed once per person however many terms they have, without an object per event.
 * A caller that adds events as it goes (the simulator) keeps a plain list in step with `pushEventDays`.
 */
export type EventDays = ArrayLike<number>;

export function eventDays(person: PersonRecord): number[] {
  const events = person.events ?? [];
  // A plain array of small integers: a typed array past 64 bytes gets a backing store outside the heap,
  // which costs more to make and to collect than the whole list of days.
  const days = new Array<number>(events.length * 2);
  for (let i = 0; i < events.length; i++) {
    days[2 * i] = eventStartDay(events[i]!);
    days[2 * i + 1] = eventEndDay(events[i]!);
  }
  return days;
}

/** Appends an event's two slots to a list kept in step with the person's events (see EventDays). */
export function pushEventDays(days: number[], event: SupervisionEvent): void {
  days.push(eventStartDay(event), eventEndDay(event));
}

function eventStartDay(event: SupervisionEvent): Day {
  return parseIsoDate(event.type === 'custody' || event.type === 'absconded' || event.type === 'employment' ? event.start : event.date);
}

function eventEndDay(event: SupervisionEvent): Day {
  return (event.type === 'custody' || event.type === 'absconded' || event.type === 'employment') && event.end !== undefined
    ? parseIsoDate(event.end)
    : NO_END;
}

/** A term's end as imposed (start + length, or its stated end), before extensions; null for a lifetime term. */
export function imposedEndOf(term: Term, start: Day = parseIsoDate(term.startDate)): Day | null {
  if (term.lifetime === true) return null;
  return term.endDate !== undefined ? parseIsoDate(term.endDate) : addLength(start, term.length ?? {});
}

/**
 * Where another term stood on `asOf` by its orders known then: its imposed end moved by its extensions,
 * each on the end as it then stood (one dated after that end found no term left to extend: evaluate.ts,
 * `ordersTooLate`), and cut short by an order that ended it (a discharge, an early termination, or a
 * revocation not reinstated: closing-order.ts).
 */
export function endAsOrdered(term: Term, asOf: Day): Day | null {
  const orders = ordersKnownOn(term, asOf);
  let end = imposedEndOf(term);
  for (const o of orders)
    if (o.type === 'extension' && o.months !== undefined && end !== null && o.day <= end) end = addMonths(end, o.months);
  const closed = closingOrder(orders, term.kind);
  return closed !== undefined && (end === null || closed.day < end) ? closed.day : end;
}

/**
 * The terms a term follows by `consecutiveTo`, nearest first, for as long as `joins(previous, next)`
 * holds: the chain a rule aggregates. Records are validated, so `consecutiveTo` names a term of the same
 * person and the links have no cycle; the walk still stops after as many steps as there are terms.
 */
export function consecutiveTermsBefore(person: PersonRecord, term: Term, joins: (previous: Term, next: Term) => boolean): Term[] {
  const before: Term[] = [];
  let next = term;
  while (next.consecutiveTo !== undefined && before.length < person.terms.length) {
    const previous = person.terms.find((t) => t.id === next.consecutiveTo);
    if (previous === undefined || !joins(previous, next)) break;
    before.push(previous);
    next = previous;
  }
  return before;
}

/** An offense as the rules read it: the record's tags with those the offense table gives its statute. */
function offenseFacts(offense: Offense, index: number, lookup: (statute: string) => readonly OffenseTableEntry[]): OffenseFacts {
  const tableEntries = lookup(offense.statute);
  const recordTags = offense.tags;
  return {
    offense,
    index,
    level: offense.level,
    tags: recordTags === undefined || recordTags.length === 0 ? tableTags(tableEntries) : withTableTags(recordTags, tableEntries),
    tableEntries,
    classified: recordTags !== undefined || tableEntries.length > 0,
    offenseDay: offense.offenseDate === undefined ? undefined : parseIsoDate(offense.offenseDate),
  };
}

export function buildTermFacts(
  person: PersonRecord,
  term: Term,
  asOf: Day,
  lookup: (statute: string) => readonly OffenseTableEntry[],
  days: EventDays = eventDays(person),
  activeThrough?: Day,
): TermFacts {
  const sentence = parseIsoDate(term.sentenceDate);
  const start = parseIsoDate(term.startDate);
  const imposedEnd = imposedEndOf(term, start);

  const offenses: OffenseFacts[] = [];
  let level: OffenseLevel = 'misdemeanor';
  for (let index = 0; index < term.offenses.length; index++) {
    const offense = term.offenses[index]!;
    offenses.push(offenseFacts(offense, index, lookup));
    if (LEVEL_RANK[offense.level] > LEVEL_RANK[level]) level = offense.level;
  }
  let tags: ReadonlySet<OffenseTag>;
  if (offenses.length === 1) tags = offenses[0]!.tags;
  else {
    const union = new Set<OffenseTag>();
    for (const o of offenses) for (const t of o.tags) union.add(t);
    tags = union;
  }

  // Each list is made when its first event arrives; most terms have none of most kinds.
  let violations: ViolationFacts[] | undefined;
  let arrests: DatedFact<ArrestEvent>[] | undefined;
  let convictions: DatedFact<ConvictionEvent>[] | undefined;
  let payments: DatedFact<PaymentEvent>[] | undefined;
  let achievements: DatedFact<AchievementEvent>[] | undefined;
  let custody: Interval[] | undefined;
  let absconded: Interval[] | undefined;
  let employment: Interval[] | undefined;
  const sortedOrders = ordersKnownOn(term, asOf);
  const lastActive = activeThrough ?? extendedEnd(imposedEnd, sortedOrders);
  const events = person.events ?? [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const day = days[2 * i]!;
    if (day > asOf) continue;
    switch (event.type) {
      case 'violation':
      case 'arrest':
      case 'conviction':
      case 'payment':
      case 'achievement':
        if (!appliesToTerm(event.termId, term, event.type === 'violation' ? start : sentence, lastActive, day, day)) continue;
        if (event.type === 'violation') {
          (violations ??= []).push({
            day,
            event,
            category: event.category,
            status: event.status,
            kinds: kindsOf(event.kinds),
            episodeId: event.episodeId,
          });
        } else if (event.type === 'arrest') (arrests ??= []).push({ day, event });
        else if (event.type === 'conviction') (convictions ??= []).push({ day, event });
        else if (event.type === 'payment') (payments ??= []).push({ day, event });
        else (achievements ??= []).push({ day, event });
        break;
      default: {
        // An interval still open on the as-of date is open as far as the evaluation knows.
        const recordedEnd = days[2 * i + 1]!;
        const end = recordedEnd !== NO_END && recordedEnd <= asOf ? recordedEnd : null;
        if (!appliesToTerm(event.termId, term, event.type === 'absconded' ? start : sentence, lastActive, day, end)) continue;
        if (event.type === 'custody') (custody ??= []).push({ start: day, end, reason: event.reason });
        else if (event.type === 'absconded') (absconded ??= []).push({ start: day, end });
        else (employment ??= []).push({ start: day, end });
      }
    }
  }
  return {
    person,
    term,
    asOf,
    sentence,
    start,
    imposedEnd,
    activeThrough: lastActive,
    offenses,
    tags,
    level,
    orders: sortedOrders,
    violations: sorted(violations, byDay),
    arrests: sorted(arrests, byDay),
    convictions: sorted(convictions, byDay),
    payments: sorted(payments, byDay),
    achievements: sorted(achievements, byDay),
    custody: sorted(custody, byStart),
    absconded: sorted(absconded, byStart),
    employment: employment ?? NONE,
    priorConvictions: person.priorConvictions?.map((p) => ({ ...p, day: parseIsoDate(p.date) })),
  };
}

/**
 * The one empty list every term without events of a kind shares (the facts are read-only by type), and
 * every explanation step that cites nothing (term-context.ts). Not frozen: a frozen array has its own
 * element kind, and the rules' loops over these lists would then meet two kinds of list and run slower
 * on both.
 */
export const NONE: readonly never[] = [];

/** The list sorted in place, or the shared empty list where no event of its kind arrived. */
/** The term's orders dated on or before `asOf` (later ones are not known yet), in the order they act. */
function ordersKnownOn(term: Term, asOf: Day): readonly OrderFacts[] {
  let orders: OrderFacts[] | undefined;
  if (term.orders !== undefined) {
    for (const order of term.orders) {
      const day = parseIsoDate(order.date);
      if (day <= asOf) (orders ??= []).push({ type: order.type, day, months: order.months, order });
    }
  }
  return sorted(orders, byDayThenRank);
}

function sorted<T>(list: T[] | undefined, order: (a: T, b: T) => number): readonly T[] {
  if (list === undefined) return NONE;
  sortInPlace(list, order);
  return list;
}

/**
 * Sorts a term's short lists in place, stably, without the working copy `Array.prototype.sort` allocates
 * whatever the list's length: a term's lists hold a handful of events, so insertion sort is the cheaper.
 */
function sortInPlace<T>(list: T[], order: (a: T, b: T) => number): void {
  if (list.length > 32) {
    list.sort(order);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    while (j >= 0 && order(list[j]!, item) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
}

/** Sum of payments of a kind dated on or before `day`. */
export function paidBy(facts: TermFacts, kind: PaymentEvent['kind'], day: Day = facts.asOf): number {
  let sum = 0;
  for (const p of facts.payments) if (p.event.kind === kind && p.day <= day) sum += p.event.amountUsd;
  return sum;
}

/** Restitution still owed on `day`, never below zero; 0 where none was ordered. */
export function restitutionBalance(facts: TermFacts, day: Day = facts.asOf): number {
  const ordered = facts.term.restitutionOrderedUsd ?? 0;
  return Math.max(0, Math.round((ordered - paidBy(facts, 'restitution', day)) * 100) / 100);
}

/** The day restitution was paid in full, or undefined if it is still owed on the as-of date. */
export function restitutionPaidInFullOn(facts: TermFacts): Day | undefined {
  const ordered = facts.term.restitutionOrderedUsd ?? 0;
  if (ordered <= 0) return facts.sentence;
  let sum = 0;
  for (const p of facts.payments) {
    if (p.event.kind !== 'restitution') continue;
    sum += p.event.amountUsd;
    if (sum + 0.005 >= ordered) return p.day;
  }
  return undefined;
}

/** True when [start, end] overlaps the interval (an open interval runs on past the as-of date). */
export function overlaps(interval: Interval, start: Day, end: Day): boolean {
  return interval.start <= end && (interval.end === null || interval.end >= start);
}

/**
 * Intervals merged where they overlap or meet (one ends the day before the next starts), sorted by start:
 * two jobs held at once, or one after the other without a day between, are one spell of work.
 */
export function mergedWhereTheyMeet(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last.end !== null && i.start <= last.end + 1) last.end = i.end === null ? null : Math.max(last.end, i.end);
    else if (last !== undefined && last.end === null) continue;
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

/** Days of the interval that fall inside [from, to], both inclusive. */
export function daysWithin(interval: Interval, from: Day, to: Day): number {
  const s = Math.max(interval.start, from);
  const e = Math.min(interval.end ?? to, to);
  return e >= s ? e - s + 1 : 0;
}

/**
 * The spans a term stood revoked before a reinstatement put it back: from the revocation to the day before
 * the reinstatement, both included. (A revocation not undone ends the term: evaluate.ts `closingOrder`.)
 * Orders are in date order, a reinstatement after a revocation of the same day.
 */
export function revokedSpans(orders: readonly OrderFacts[]): Interval[] {
  const spans: Interval[] = [];
  let revoked: Day | null = null;
  for (const o of orders) {
    if (o.type === 'revocation') revoked ??= o.day;
    else if (o.type === 'reinstatement' && revoked !== null) {
      if (o.day > revoked) spans.push({ start: revoked, end: o.day - 1, reason: 'revoked' });
      revoked = null;
    }
  }
  return spans;
}
