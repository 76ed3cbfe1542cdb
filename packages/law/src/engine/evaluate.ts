/**
 * Evaluates a term under its jurisdiction's law as in force on the as-of date.
 *
 * The engine does the parts every jurisdiction shares, in this order, then runs the jurisdiction's
 * rules in their declared order:
 * 1. the term as imposed: start + length (or the stated end), moved by extension orders;
 * 2. orders with no term left to act on are left out (`ordersTooLate`): an extension dated after the
 *    term had ended, a revocation or credits finding dated after the law had discharged it, a closing
 *    order dated after another had ended supervision. Orders that
 *    already ended the term (discharge, early termination, revocation not followed by reinstatement):
 *    the term is over; of what the rules find, only the cap on the term and a discharge the law
 *    required on or before the order are kept;
 * 3. the jurisdiction's rules: caps, credits, opportunities, the sanction limit;
 * 4. the projected end: the earliest of the scheduled end, the statutory maximum and any discharge the
 *    law makes mandatory (spec § 2), never a discretionary court act. A term whose end is behind the
 *    as-of date keeps no early termination, review or jail limit.
 */
import { addMonths, describeLength, formatIsoDate, formatLongDate, type Day } from '../dates/calendar.ts';
import type { PersonRecord, Term } from '../records/schema.ts';
import { closingOrder, revokedBy, type ClosingOrder } from './closing-order.ts';
import type { OpportunityKind, TermEvaluation } from './evaluation.ts';
import type { Jurisdiction, Rule } from './jurisdiction.ts';
import { memoizedLookup, type OffenseTableEntry } from './offense-table.ts';
import type { ParameterTree } from './parameters.ts';
import { KIND_WORDS } from './scope.ts';
import { TermContext, type DischargeByLaw } from './term-context.ts';
import {
  buildTermFacts,
  eventDays,
  unassignedEventBetween,
  type EventDays,
  type OffenseFacts,
  type OrderFacts,
  type TermFacts,
} from './term-facts.ts';
import { LAW_VERSION } from './version.ts';
import { formatCount } from './words.ts';

export type OffenseLookup = (statute: string) => readonly OffenseTableEntry[];

const lookups = new WeakMap<Jurisdiction<ParameterTree>, OffenseLookup>();

function lookupFor(jurisdiction: Jurisdiction<ParameterTree>): OffenseLookup {
  let lookup = lookups.get(jurisdiction);
  if (lookup === undefined) {
    lookup = memoizedLookup(jurisdiction.offenseTable);
    lookups.set(jurisdiction, lookup);
  }
  return lookup;
}

export function evaluateTerm<P extends ParameterTree>(
  jurisdiction: Jurisdiction<P>,
  person: PersonRecord,
  term: Term,
  asOf: Day,
  days: EventDays = eventDays(person),
): TermEvaluation {
  const { evaluated } = evaluateInItsWindow(jurisdiction, person, term, asOf, days);
  return result(evaluated.ctx, evaluated.projected);
}

/**
 * The facts of a term as its evaluation read them: the events that name no term given to it over the
 * window its evaluation settled on (a caller that reads payments or balances from the facts agrees with
 * the evaluation's own words). A term of a jurisdiction not in the registry gets the facts over its
 * imposed window.
 */
export function termFactsAsEvaluated(registry: JurisdictionRegistry, person: PersonRecord, term: Term, asOf: Day): TermFacts {
  const jurisdiction = registry.get(term.jurisdiction);
  if (jurisdiction === undefined) return buildTermFacts(person, term, asOf, () => []);
  return evaluateInItsWindow(jurisdiction, person, term, asOf, eventDays(person)).built;
}

function evaluateInItsWindow<P extends ParameterTree>(
  jurisdiction: Jurisdiction<P>,
  person: PersonRecord,
  term: Term,
  asOf: Day,
  days: EventDays,
): { built: TermFacts; evaluated: FactsEvaluated<P> } {
  const lookup = lookupFor(jurisdiction as unknown as Jurisdiction<ParameterTree>);
  let built = buildTermFacts(person, term, asOf, lookup, days);
  let evaluated = evaluateFacts(jurisdiction, built);
  // The term is active, for events that name no term, to its end as the rules found it: the extensions
  // kept (not one dated after the term had ended) and the tolling (absconding, a violation until
  // reinstatement, imprisonment), which can move the end past the imposed end: an event without termId in
  // the added days belongs to the term too (a second absconding stops it again). An order that ended the
  // term ends it for them too. Evaluated again until the window holds no event it did not hold before (or
  // holds none it should not); each round changes which events the term has, so the rounds end.
  const rounds = person.events?.length ?? 0;
  for (let round = 0; round < rounds; round++) {
    const now = built.activeThrough;
    const end = evaluated.ctx.scheduledEnd;
    let wanted = end ?? Number.POSITIVE_INFINITY;
    if (evaluated.closedOn !== null && evaluated.closedOn < wanted) wanted = evaluated.closedOn;
    if (wanted === now) break;
    if (!unassignedEventBetween(person, days, Math.min(now, wanted), Math.max(now, wanted), asOf)) break;
    built = buildTermFacts(person, term, asOf, lookup, days, wanted);
    evaluated = evaluateFacts(jurisdiction, built);
  }
  return { built, evaluated };
}

/** What the engine's steps and the rules wrote over one set of facts. */
interface FactsEvaluated<P extends ParameterTree> {
  ctx: TermContext<P>;
  projected: Day | null;
  /** The day an order ended the term; null where none did. */
  closedOn: Day | null;
}

/** The engine's steps and the jurisdiction's rules over one set of facts. */
function evaluateFacts<P extends ParameterTree>(jurisdiction: Jurisdiction<P>, built: TermFacts): FactsEvaluated<P> {
  const { late, held } = ordersTooLate(built, jurisdiction);
  const facts = late.length === 0 ? built : { ...built, orders: built.orders.filter((o) => !late.some((l) => l.order === o)) };
  // The facts hold no order dated after the as-of date, so a closing order is one that already took effect.
  const closed = closingOrder(facts.orders, built.term.kind, jurisdiction);
  const ctx = new TermContext(facts, jurisdiction);

  describeTermAsImposed(ctx);
  applyExtensionOrders(ctx);
  describeReinstatements(ctx);
  for (const l of late) ctx.warn(tooLateWords(l));
  for (const h of held) ctx.explain(heldWords(h, jurisdiction.reportHoldsCreditDischarge!));
  if (closed !== undefined) return { ctx, projected: closedTermEnd(ctx, closed), closedOn: closed.day };
  noteWhatIsNotModelled(ctx);
  const running: ForARunningTerm = { sanctionWarnings: { from: 0, to: 0 }, spans: undefined };
  for (const rule of rulesInOrder(jurisdiction)) {
    const warned = ctx.warnings.length;
    const explained = ctx.explanation.length;
    const offered = ctx.opportunities.length;
    const { sanctionLimit, statutoryMax, scheduledEnd, earnedCreditDays } = ctx;
    const discharges = ctx.dischargesByLaw.length;
    rule(ctx);
    if (ctx.sanctionLimit !== sanctionLimit) {
      running.sanctionWarnings.from = warned;
      running.sanctionWarnings.to = ctx.warnings.length;
    } else if (
      ctx.opportunities.length > offered &&
      ctx.statutoryMax === statutoryMax &&
      ctx.scheduledEnd === scheduledEnd &&
      ctx.earnedCreditDays === earnedCreditDays &&
      ctx.dischargesByLaw.length === discharges &&
      onlyForARunningTerm(ctx.opportunities, offered)
    ) {
      (running.spans ??= []).push(explained, ctx.explanation.length, warned, ctx.warnings.length);
    }
  }
  return { ctx, projected: projectEnd(ctx, running), closedOn: null };
}

/** Where in the warnings those of one rule are: [from, to) (warnings are only ever appended). */
interface WarningSpan {
  from: number;
  to: number;
}

/**
 * What the rules said only about a term still running, withdrawn if the term has ended by the as-of
 * date: the warnings of the rule that set the sanction limit (the limit takes its own step with it), and
 * everything said by a rule whose only outcome was an opportunity a running term needs (an early
 * termination or a review: "From March 1, 2023 a court may discharge you" and the assumption behind it),
 * as positions in the lists (both are only ever appended to while the rules run): `spans` holds, for each
 * such rule, [first step, end of steps, first warning, end of warnings).
 */
interface ForARunningTerm {
  sanctionWarnings: WarningSpan;
  spans: number[] | undefined;
}

/** The opportunities from `from` on are all of kinds only a running term offers. */
function onlyForARunningTerm(opportunities: readonly { kind: OpportunityKind }[], from: number): boolean {
  for (let i = from; i < opportunities.length; i++) if (!STILL_RUNNING_KINDS.has(opportunities[i]!.kind)) return false;
  return true;
}

/** An order dated after the term it acts on had ended, the day it had ended, and what ended it. */
interface LateOrder {
  order: OrderFacts;
  endedOn: Day;
  /** An earlier order; credits that satisfied the term; its scheduled end or cap; or (a reinstatement) its revocation left out. */
  endedBy: 'order' | 'credits' | 'term' | 'revocation left out';
}

const NOTHING_LATE = { late: [] as readonly LateOrder[], held: [] as readonly HeldRevocation[] };

/**
 * Orders with no term left to act on, each left out with a warning:
 * - an extension dated after the term had ended: by an earlier order that closed it, or by law with the
 *   orders before it (its scheduled end, its cap, or a discharge the law required). A court extends a term
 *   only while it runs (in Michigan, People v Vanderpool, 505 Mich 391 (2020));
 * - a revocation or a finding that credits may not be earned, dated after a discharge or early
 *   termination order, or after a discharge the law required (credits that satisfied the term): the term
 *   had already ended, and the court "no longer had authority to revoke" (in Missouri, State ex rel. Jonas
 *   v. Minor, 602 S.W.3d 189 (Mo. banc 2020)). Only such a discharge counts here: a revocation after the
 *   scheduled end may rest on a petition filed while the term ran, which some states allow, and its dates
 *   are those of the term's end anyway. And where a report made on or before that discharge held the
 *   credits (`Jurisdiction.reportHoldsCreditDischarge`), a revocation or finding after it still acts;
 * - a discharge or early termination dated after an earlier order had already ended supervision
 *   (discharge, early termination, or a revocation not reinstated): the first such order ended the term;
 * - a revocation dated after an earlier one that no reinstatement undid: the first ended the term;
 * - a reinstatement of a revocation left out, or dated after a discharge or early termination that came
 *   after the revocation: that order ended the term for good, and there is no term left to put back.
 * Only terms with such orders pay for the scratch evaluation each needs; orders kept so far are what
 * the scratch sees, so one left out does not change the next one's reading.
 */
function ordersTooLate<P extends ParameterTree>(
  facts: TermFacts,
  jurisdiction: Jurisdiction<P>,
): { late: readonly LateOrder[]; held: readonly HeldRevocation[] } {
  if (facts.orders.length === 0) return NOTHING_LATE;
  const late: LateOrder[] = [];
  const kept: OrderFacts[] = [];
  let scratch: ({ keptCount: number } & LawsEnd) | undefined;
  const byLaw = () => {
    if (scratch?.keptCount !== kept.length) scratch = { keptCount: kept.length, ...lawsEnd({ ...facts, orders: kept }, jurisdiction) };
    return scratch;
  };
  let revocationLeftOut: Day | null = null;
  const held: HeldRevocation[] = [];
  for (const order of facts.orders) {
    let endedOn: Day | null = null;
    let endedBy: LateOrder['endedBy'] = 'order';
    let revokedAgain = false;
    // The order that had ended the term among those kept so far; a revocation that a later reinstatement
    // undoes ended nothing for good, so an order between the two still acts.
    const closed = closingOrder(kept, facts.term.kind);
    const undone = closed?.type === 'revocation' && facts.orders.some((o) => o.type === 'reinstatement' && o.day >= order.day);
    if (order.type === 'extension') {
      const law = closed === undefined || undone ? byLaw() : undefined;
      // Where the cap ends only supervision, the term runs on past it, and a court may still extend it.
      endedOn = law === undefined ? closed!.day : jurisdiction.capEndsSupervisionOnly !== undefined ? law.termEnd : law.end;
    } else if (order.type === 'revocation' && closed?.type === 'revocation') {
      // A revocation with no reinstatement between it and an earlier one: the first ended the term, and a
      // reinstatement after both puts back the term the first revoked (so this one is not `revocationLeftOut`).
      endedOn = closed.day;
      revokedAgain = true;
    } else if (order.type === 'revocation' || order.type === 'credits_ineligible') {
      const endedByAnOrder = closed !== undefined && closed.type !== 'revocation';
      const discharged = byLaw().discharged;
      if (endedByAnOrder && (discharged === null || closed.day <= discharged)) endedOn = closed.day;
      else {
        endedOn = discharged;
        endedBy = 'credits';
      }
      // A report that held the credits keeps the revocation or finding, unless an order had already ended the term.
      if (!endedByAnOrder && endedOn !== null && endedOn < order.day) {
        const report = reportHolding(facts, kept, endedOn, order.day, jurisdiction);
        if (report !== undefined) {
          held.push({ order, report, discharged: endedOn });
          endedOn = null;
        }
      }
    } else if (order.type === 'discharge' || order.type === 'early_termination') {
      // The first order that ended supervision ended it: a later discharge or early termination has no
      // term left to end, and must not move the end to its own day.
      if (closed !== undefined && !undone) {
        const law = byLaw();
        const endedEarlier = law.end !== null && law.end < closed.day;
        endedOn = endedEarlier ? law.end : closed.day;
        if (endedEarlier) endedBy = law.end === law.discharged ? 'credits' : 'term';
      }
    } else if (order.type === 'reinstatement') {
      if (revocationLeftOut !== null) {
        endedOn = revocationLeftOut;
        endedBy = 'revocation left out';
      } else if (closed !== undefined && closed.type !== 'revocation') {
        endedOn = closed.day;
      }
    }
    const tooLate: boolean = endedOn !== null && endedOn < order.day;
    if (order.type === 'revocation' && !revokedAgain) revocationLeftOut = tooLate ? endedOn : null;
    if (tooLate) late.push({ order, endedOn: endedOn!, endedBy });
    else kept.push(order);
  }
  return { late, held };
}

/**
 * A revocation or finding that credits may not be earned, kept because a report made before the credits'
 * discharge held them (Jurisdiction.reportHoldsCreditDischarge).
 */
interface HeldRevocation {
  order: OrderFacts;
  report: Day;
  discharged: Day;
}

/**
 * The day of the violation report that held the credits of a term the law would otherwise have
 * discharged on `discharged`, until the order of `ordered` decided it: the latest report on the term, not
 * dismissed, made on or before that day and after the last order kept (an earlier report already led to
 * its own order). Only a report still undecided then holds: not one whose sanction the record gives (the
 * hearing had decided it and continued the person), and not where a later report, made after the
 * discharge, stands between it and the order (the order rests on that later conduct). Undefined where
 * the jurisdiction's credits are not held by a report, or no such report exists.
 */
function reportHolding<P extends ParameterTree>(
  facts: TermFacts,
  kept: readonly OrderFacts[],
  discharged: Day,
  ordered: Day,
  jurisdiction: Jurisdiction<P>,
): Day | undefined {
  if (jurisdiction.reportHoldsCreditDischarge === undefined) return undefined;
  const after = kept.length === 0 ? Number.NEGATIVE_INFINITY : kept.at(-1)!.day;
  let report: Day | undefined;
  for (const v of facts.violations) {
    if (v.status === 'dismissed' || v.day <= after || v.day > ordered) continue;
    if (v.day > discharged) return undefined;
    report = v.event.sanction === undefined ? v.day : undefined;
  }
  return report;
}

function heldWords({ order, report, discharged }: HeldRevocation, why: string): string {
  const what =
    order.type === 'revocation'
      ? `the revocation ordered on ${formatLongDate(order.day)}`
      : `the finding of ${formatLongDate(order.day)} that you may not earn credits`;
  return `Your credits would have completed this term on ${formatLongDate(discharged)}, but the violation reported on ${formatLongDate(report)} came first: ${why} So ${what} still acted on this term.`;
}

function tooLateWords({ order, endedOn, endedBy: by }: LateOrder): string {
  const on = formatLongDate(order.day);
  const ended = formatLongDate(endedOn);
  const endedBy =
    by === 'order'
      ? `a court or board order had already ended supervision on this term (${ended})`
      : by === 'credits'
        ? `the law had already ended supervision on this term (${ended}, when the term was satisfied)`
        : `supervision on this term had already come to its end (${ended})`;
  switch (order.type) {
    case 'extension':
      return `The extension ordered on ${on} came after supervision on this term had ended (${ended}), so there was no term left to extend; it was not applied.`;
    case 'revocation':
      return `The revocation ordered on ${on} came after ${endedBy}, so there was no term left to revoke; it was not applied.`;
    case 'credits_ineligible':
      return `The finding of ${on} that you may not earn credits came after ${endedBy}; it was not applied.`;
    case 'discharge':
    case 'early_termination':
      return `The ${order.type === 'discharge' ? 'discharge' : 'early termination'} ordered on ${on} came after ${endedBy}, so it changed nothing.`;
    default:
      return by === 'revocation left out'
        ? `The reinstatement ordered on ${on} undid a revocation that was not applied; it was not applied either.`
        : `The reinstatement ordered on ${on} came after ${endedBy}, so there was no term left to put you back on; it was not applied.`;
  }
}

/**
 * From a scratch evaluation with these facts: the day the term ends by law (`earliestEnd`) and the
 * earliest discharge the law required, if any.
 */
/** Where the law ends a term: `end`, the earliest of its end, cap and discharge; `termEnd`, the earlier of the end and the discharge. */
interface LawsEnd {
  end: Day | null;
  termEnd: Day | null;
  discharged: Day | null;
}

function lawsEnd<P extends ParameterTree>(facts: TermFacts, jurisdiction: Jurisdiction<P>): LawsEnd {
  const scratch = new TermContext(facts, jurisdiction);
  applyExtensionOrders(scratch);
  for (const rule of rulesInOrder(jurisdiction)) rule(scratch);
  let discharged: Day | null = null;
  for (const d of scratch.dischargesByLaw) if (discharged === null || d.day < discharged) discharged = d.day;
  const scheduled = scratch.scheduledEnd;
  const termEnd = discharged === null ? scheduled : scheduled === null ? discharged : Math.min(scheduled, discharged);
  return { end: earliestEnd(scratch).end, termEnd, discharged };
}

/**
 * How the order that ended the term is told, beside the term's scheduled end (`reached`) and the cap the
 * law set (`cap`), so that the explanation gives one day on which supervision ended.
 */
function closingWords<P extends ParameterTree>(ctx: TermContext<P>, closed: ClosingOrder, reached: Day | null, cap: Day | null): string {
  const on = formatLongDate(closed.day);
  if (cap !== null && cap < closed.day) {
    // A revocation dated after the latest end the law allowed is not told as the court's next step (where
    // the cap ends only supervision, the suspended sentence runs on and a revocation may follow it).
    if (closed.type === 'revocation' && ctx.jurisdiction.capEndsSupervisionOnly === undefined) {
      return `On ${on} this term was revoked, after ${formatLongDate(cap)}, the latest end the law allowed for it. Whether a court could still revoke it then depends on when the violation happened and when the court acted on it: talk to your lawyer, who can ask the court to set the revocation aside if it came too late.`;
    }
    // The cap ended supervision before the scheduled end: the order alone; the step on the cap says the rest.
    if (reached === null || cap < reached) return closed.event;
  }
  if (reached === null || reached >= closed.day) return closed.text;
  const ended = `Your term reached its scheduled end on ${formatLongDate(reached)}, so your supervision on it ended then`;
  if (closed.type !== 'revocation') {
    return `${ended}; the ${closed.type === 'discharge' ? 'discharge order' : 'early termination order'} of ${on} came after it.`;
  }
  return `${ended}. On ${on} it was revoked, which may rest on a petition filed while it ran. A revocation is not a discharge: ${revokedBy(ctx.jurisdiction, ctx.facts.term.kind, closed.day).next}. Talk to your lawyer.`;
}

/**
 * A term an order already ended: no opportunity or jail limit applies to it any more, but the cap the
 * law set on it still describes it (spec § 2: `statutoryMaxEndDate` wherever a cap applies to the term).
 * The rules run on a scratch context, and three things are kept:
 * - the scheduled end as the rules moved it (time the term stood still, tolling, before the order);
 * - the cap, with its citations and the warnings of the rule that set it;
 * - a discharge the law required on or before the order's day (credits that satisfied the term), with
 *   the credits behind it: supervision ended that day (spec § 2: the projected end is the earliest of the
 *   scheduled end, the cap and a discharge the law requires), and the order came after. Credits that had
 *   not satisfied the term are only mentioned.
 * A cap that came before the order likewise ended supervision first: the law allows none past it.
 */
function closedTermEnd<P extends ParameterTree>(ctx: TermContext<P>, closed: ClosingOrder): Day {
  const scratch = new TermContext(ctx.facts, ctx.jurisdiction);
  scratch.scheduledEnd = ctx.scheduledEnd;
  let capWarnings: readonly string[] = [];
  for (const rule of rulesInOrder(ctx.jurisdiction)) {
    const warned = scratch.warnings.length;
    const capBefore = scratch.statutoryMaxCitations;
    rule(scratch);
    // `capAt` replaces the citations only when it lowers the cap: this rule set the cap kept so far.
    if (scratch.statutoryMaxCitations !== capBefore) capWarnings = scratch.warnings.slice(warned);
  }
  // A discharge or early termination ordered after the term had reached its scheduled end records an end
  // already reached (the projected end is never after the scheduled end). A revocation after it may rest
  // on a petition filed while the term ran, and is told as it is.
  const reached = scratch.scheduledEnd;
  const cap = scratch.statutoryMax;
  ctx.explain(
    closingWords(ctx, closed, reached, cap),
    closed.type === 'revocation' ? (ctx.jurisdiction.revocationCitations?.[ctx.facts.term.kind] ?? []) : [],
  );
  // Time the term stood still before the order (tolling) moved its scheduled end, order or not.
  if (scratch.scheduledEnd !== ctx.scheduledEnd) {
    ctx.scheduledEnd = scratch.scheduledEnd;
    for (const step of scratch.scheduleMoves ?? []) ctx.explain(step.text, step.citations);
  }
  let byLaw: DischargeByLaw | undefined;
  for (const d of scratch.dischargesByLaw) {
    if (d.day <= closed.day && (cap === null || d.day <= cap) && (byLaw === undefined || d.day < byLaw.day)) byLaw = d;
  }
  const latestAllowed = (day: Day) =>
    ctx.explain(
      day > ctx.asOf
        ? `The latest end the law allows for this term is ${formatLongDate(day)}.`
        : `The latest end the law allowed for this term was ${formatLongDate(day)}.`,
      scratch.statutoryMaxCitations,
    );
  if (cap !== null) {
    ctx.statutoryMax = cap;
    ctx.statutoryMaxCitations = scratch.statutoryMaxCitations;
    for (const w of capWarnings) ctx.warn(w);
  }
  for (const w of scratch.capAssumptions ?? []) ctx.warn(w);
  if (byLaw !== undefined) {
    if (cap !== null) latestAllowed(cap);
    ctx.dischargesByLaw.push(byLaw);
    ctx.setEarnedCredits(scratch.earnedCreditDays);
    const credits = scratch.earnedCreditDays > 0 ? `with the ${formatCount(scratch.earnedCreditDays)} days of credit you earned, ` : '';
    ctx.explain(
      byLaw.day < closed.day
        ? `But the law had already ended this term on ${formatLongDate(byLaw.day)}, before that order: ${credits}the term was satisfied, so your supervision on it ended that day.`
        : `The law ended this term that same day: ${credits}the term was satisfied.`,
      byLaw.citations,
    );
    return byLaw.day;
  }
  // Credits that had not yet satisfied the term end with it: said once, so they do not vanish unexplained.
  // (The scratch counts them through the as-of date, not the order's day, so no number is given.)
  if (scratch.earnedCreditDays > 0) {
    ctx.explain(
      `Credits earned on this term had not yet covered it, so they no longer shorten it: ${cap !== null && cap < closed.day ? 'the limit of the law' : 'the order'} ended the term first.`,
    );
  }
  if (cap === null) return closed.day;
  if (cap < closed.day) {
    const order = closed.type === 'revocation' ? 'revocation' : closed.type === 'discharge' ? 'discharge' : 'early termination';
    // Where the cap ends only supervision, the term itself ran on to the order, which acted on it.
    const supervisionOnly = ctx.jurisdiction.capEndsSupervisionOnly;
    ctx.explain(
      supervisionOnly === undefined
        ? `The law did not allow this term to run past ${formatLongDate(cap)}, which came before that order, so by law your supervision on it ended on ${formatLongDate(cap)}.`
        : `The law did not allow supervision on this term to run past ${formatLongDate(cap)}, which came before that order, so by law your supervision on it ended on ${formatLongDate(cap)}. The term itself (${supervisionOnly.whatRunsOn}) ran on past that day, so the ${order} of ${formatLongDate(closed.day)} still acted on it.`,
      scratch.statutoryMaxCitations,
    );
    // The term as ordered ran past the cap: that opportunity (to have the record corrected) still stands,
    // with advice for a term an order has already ended (asking the court to end it would come too late).
    for (const o of scratch.opportunities) {
      if (o.kind !== 'term_cap') continue;
      const advice =
        supervisionOnly === undefined
          ? `The ${order} of ${formatLongDate(closed.day)} came after that date: you or your lawyer can ask the court to correct the record so that it shows supervision ending on ${formatLongDate(cap)}.`
          : `If your record shows supervision after ${formatLongDate(cap)}, you or your lawyer can ask the court to correct it; the ${order} of ${formatLongDate(closed.day)} acted on the term, which ran on unsupervised.`;
      ctx.opportunities.push({ ...o, reasons: [o.reasons[0]!, advice] });
    }
    return cap;
  }
  latestAllowed(cap);
  return closed.day;
}

/** Each jurisdiction's rules as a list, made once: the order is the declaration's. */
const ruleLists = new WeakMap<object, readonly unknown[]>();

function rulesInOrder<P extends ParameterTree>(jurisdiction: Jurisdiction<P>): readonly Rule<P>[] {
  let list = ruleLists.get(jurisdiction.rules);
  if (list === undefined) {
    list = Object.values(jurisdiction.rules);
    ruleLists.set(jurisdiction.rules, list);
  }
  return list as readonly Rule<P>[];
}

export type JurisdictionRegistry = ReadonlyMap<string, Jurisdiction<ParameterTree>>;

/** Every term of a person, one by one, in input order. The record must already be validated. */
export function evaluatePerson(registry: JurisdictionRegistry, person: PersonRecord, asOf: Day): TermEvaluation[] {
  const days = eventDays(person);
  const evaluations: TermEvaluation[] = [];
  for (const term of person.terms) {
    const jurisdiction = registry.get(term.jurisdiction);
    if (jurisdiction === undefined) throw new Error(`no rules for ${term.jurisdiction}`);
    evaluations.push(evaluateTerm(jurisdiction, person, term, asOf, days));
  }
  return evaluations;
}

function describeTermAsImposed<P extends ParameterTree>(ctx: TermContext<P>): void {
  const { term, sentence, start, imposedEnd, offenses } = ctx.facts;
  let what = offenseWords(offenses[0]!);
  for (let i = 1; i < offenses.length; i++) what += `; ${offenseWords(offenses[i]!)}`;
  const kind = KIND_WORDS[term.kind];
  // Told as the as-of date sees it: a start after it is still to come.
  const asOf = ctx.asOf;
  const starts = `${start > asOf ? 'begins' : 'began'} on ${formatLongDate(start)}`;
  const imposedOn = `${sentence > asOf ? 'is imposed' : 'was imposed'} on ${formatLongDate(sentence)}`;
  // A court imposes probation and supervised release. Parole and conditional release run as the board or the
  // sentence sets them, on a sentence imposed earlier (the record's sentenceDate): that date is the sentence's.
  const byTheCourt = term.kind === 'probation' || term.kind === 'supervised_release';
  const began =
    sentence === start ? starts : byTheCourt ? `${imposedOn} and ${starts}` : `${starts}; the sentence it is part of ${imposedOn}`;
  if (sentence > asOf) {
    ctx.warn(
      `This evaluation is as of ${formatLongDate(asOf)}, before this term was imposed (${formatLongDate(sentence)}): it shows the term as the record describes it, under the law in force on ${formatLongDate(asOf)}.`,
    );
  }
  const as = byTheCourt ? 'As the court imposed it' : 'As it was set';
  let imposed: string;
  // An end already passed is told as the plan it was ("it was to run … to"): the steps that follow may find
  // the term ended earlier (credits, a cap, an order) or later (an extension, time that did not count), and
  // this first step is said before any of them.
  const runs = imposedEnd !== null && imposedEnd < asOf ? 'was to run' : 'runs';
  if (imposedEnd === null) imposed = 'It is a lifetime term, with no end date of its own.';
  else if (term.length !== undefined) imposed = `${as}, it ${runs} ${describeLength(term.length)}, to ${formatLongDate(imposedEnd)}.`;
  else imposed = `${as}, it ${runs} to ${formatLongDate(imposedEnd)}.`;
  ctx.explain(`Your ${kind} (term ${term.id}, for ${what}) ${began}. ${imposed}`);
}

/**
 * The offense as the record names it; an attempt or conspiracy (`inchoate`) says so, unless its own
 * description already does, so that an attempt never reads as the completed offense.
 */
function offenseWords(o: OffenseFacts): string {
  const named = o.offense.description ?? o.offense.statute;
  const inchoate = o.offense.inchoate;
  if (inchoate === undefined || named.toLowerCase().includes(inchoate === 'attempt' ? 'attempt' : 'conspir')) return named;
  return `${inchoate} to commit ${named}`;
}

function applyExtensionOrders<P extends ParameterTree>(ctx: TermContext<P>): void {
  for (const order of ctx.facts.orders) {
    if (order.type !== 'extension' || order.months === undefined || ctx.scheduledEnd === null) continue;
    if (order.months === 0) {
      ctx.warn(`The extension ordered on ${formatLongDate(order.day)} adds no time (0 months), so it changes nothing.`);
      continue;
    }
    const end = addMonths(ctx.scheduledEnd, order.months);
    ctx.moveScheduledEnd(
      end,
      `On ${formatLongDate(order.day)} the court extended the term by ${describeLength({ months: order.months })}, which moved its scheduled end to ${formatLongDate(end)}.`,
      [],
    );
  }
}

/** A revocation undone: said, so that the revocation does not read as the last word on the term. */
function describeReinstatements<P extends ParameterTree>(ctx: TermContext<P>): void {
  let revoked: Day | null = null;
  for (const order of ctx.facts.orders) {
    if (order.type === 'revocation') revoked = order.day;
    else if (order.type === 'reinstatement' && revoked !== null) {
      const end = ctx.scheduledEnd;
      // Put back after the term's end had passed, it has nothing left to go on to.
      const then = end !== null && end < order.day ? `, after the term's scheduled end (${formatLongDate(end)})` : ', so the term goes on';
      ctx.explain(
        `On ${formatLongDate(order.day)} ${revokedBy(ctx.jurisdiction, ctx.facts.term.kind, revoked).who} put you back on supervision after revoking this term on ${formatLongDate(revoked)}${then}.`,
      );
      revoked = null;
    }
  }
}

/** A jurisdiction that names no limits of its own: the engine's general sentences. */
const NO_LIMITS: NonNullable<Jurisdiction<ParameterTree>['limits']> = {};

function noteWhatIsNotModelled<P extends ParameterTree>(ctx: TermContext<P>): void {
  const { term, custody, absconded } = ctx.facts;
  const limits = ctx.jurisdiction.limits ?? NO_LIMITS;
  if (term.consecutiveTo !== undefined && limits.consecutiveTerms !== null) {
    ctx.warn(
      limits.consecutiveTerms ??
        `This term runs after term ${term.consecutiveTo}; each term is evaluated on its own, and where the law adds consecutive terms together, that is not taken into account yet.`,
    );
  }
  if ((custody.length > 0 || absconded.length > 0) && limits.tolling !== null) {
    ctx.warn(
      limits.tolling ??
        'Time in custody or absconding is recorded; where the law stops the term running during such time (tolling), that is not taken into account yet, so the end dates do not move for it.',
    );
  }
  // One payment counted in full on several terms (spec § 1: an event without termId applies to every term
  // active on its date): the balances may then read lower than they are.
  if ((term.restitutionOrderedUsd ?? 0) > 0 && ctx.facts.payments.length > 0) {
    const shared = ctx.facts.payments.find((p) => p.event.kind === 'restitution' && p.event.termId === undefined);
    const others = ctx.facts.person.terms.some((t) => t !== term && (t.restitutionOrderedUsd ?? 0) > 0);
    if (shared !== undefined && others) {
      ctx.warn(
        `The restitution payment of ${formatLongDate(shared.day)} names no term, so it was counted in full toward this term and toward every other term with restitution running that day. If it paid only one of them, the balance owed on this term is higher than shown.`,
      );
    }
  }
  // A revocation later undone, where the state's law stops the term running for it and the rules do not.
  // (A reinstatement after a violation with no revocation, as Arizona records one, is not such a case.)
  if (limits.revocationTolls !== undefined && revocationUndone(ctx.facts.orders)) {
    ctx.warn(limits.revocationTolls);
  }
}

/** A reinstatement follows a revocation (orders in date order, a same-day reinstatement after the revocation). */
function revocationUndone(orders: readonly OrderFacts[]): boolean {
  let revoked = false;
  for (const o of orders) {
    if (o.type === 'revocation') revoked = true;
    else if (o.type === 'reinstatement' && revoked) return true;
  }
  return false;
}

const BY_CAP = 'the latest end the law allows for this term';
const BY_DISCHARGE = 'the discharge the law requires';

/**
 * The earliest of the scheduled end, the statutory maximum and any discharge the law requires (spec § 2),
 * with the words for which it is; on a tie the first named here wins. Null for a lifetime term nothing ends.
 */
function earliestEnd<P extends ParameterTree>(ctx: TermContext<P>): { end: Day | null; why: string } {
  const end = ctx.endSoFar();
  const why =
    end === null || end === ctx.scheduledEnd ? 'the end of the term as it stands' : end === ctx.statutoryMax ? BY_CAP : BY_DISCHARGE;
  return { end, why };
}

function projectEnd<P extends ParameterTree>(ctx: TermContext<P>, running: ForARunningTerm): Day | null {
  const { end, why } = earliestEnd(ctx);
  if (end === null) {
    ctx.explain('Nothing in the law covered here ends this lifetime term on a date of its own.');
    return null;
  }
  // An end already reached does not depend on keeping to the conditions from now on.
  // The end day is the term's last day (spec § 3): on it the term still runs, so it ends "today".
  ctx.explain(
    end < ctx.asOf
      ? `Putting this together: your supervision on this term reached its end on ${formatLongDate(end)}, ${why}.`
      : end === ctx.asOf
        ? `Putting this together: today, ${formatLongDate(end)}, is the last day of your supervision on this term, ${why}.`
        : `Putting this together: if you keep to your conditions from ${formatLongDate(ctx.asOf)} on, your supervision on this term ends on ${formatLongDate(end)}, ${why}.`,
  );
  if (end < ctx.asOf) closeWhatTheEndLeavesOpen(ctx, end, why, running);
  return end;
}

/** Kinds of opportunity that act on a term still running; an earned discharge or a cap is how it ended. */
const STILL_RUNNING_KINDS: ReadonlySet<OpportunityKind> = new Set(['early_termination', 'review_conference']);

/**
 * A term that ended before the as-of date has nothing left to end early or review, and no next violation
 * on it can be sanctioned: whatever a rule offered for the running term is withdrawn (the sanction limit
 * with the warnings of the rule that set it, and what rules said only of an early termination or a review:
 * `ForARunningTerm`), and the explanation says so once. Where the end is the cap, the order may still read otherwise until a court
 * corrects it (the cap's own opportunity says how), so the words say the law ended it, not the order.
 */
function closeWhatTheEndLeavesOpen<P extends ParameterTree>(ctx: TermContext<P>, end: Day, why: string, running: ForARunningTerm): void {
  const supervisionOnly = ctx.jurisdiction.capEndsSupervisionOnly;
  // The law that ended it: the cap's, or the discharge's; a term that ran to its own end rests on no law.
  const byLaw =
    why === BY_CAP
      ? ctx.statutoryMaxCitations
      : why === BY_DISCHARGE
        ? (ctx.dischargesByLaw.find((d) => d.day === end)?.citations ?? [])
        : [];
  // The suspended sentence runs on past the cap while the term as ordered does (a lifetime term always).
  if (why === BY_CAP && supervisionOnly !== undefined && (ctx.scheduledEnd === null || ctx.scheduledEnd >= ctx.asOf)) {
    ctx.explain(
      `By law your supervised probation on this term ended on ${formatLongDate(end)}, even if the court's order shows a later date. ${supervisionOnly.afterTheCap} If you are still being supervised, ask the court or your lawyer to correct it.`,
      byLaw,
    );
    return;
  }
  const before = ctx.opportunities.length;
  for (let i = ctx.opportunities.length - 1; i >= 0; i--) {
    if (STILL_RUNNING_KINDS.has(ctx.opportunities[i]!.kind)) ctx.opportunities.splice(i, 1);
  }
  const withdrew = ctx.opportunities.length !== before || ctx.sanctionLimit !== null;
  // A cap the term never reached (it ended earlier, by a discharge the law required) leaves no end date to
  // correct, and nor does one that waits on a gate (restitution owed) it would clear only after the end.
  const endIso = formatIsoDate(end);
  for (let i = ctx.opportunities.length - 1; i >= 0; i--) {
    const o = ctx.opportunities[i]!;
    const resolvedAfterTheEnd = o.almost?.dateIfResolved != null && o.almost.dateIfResolved > endIso;
    if (o.kind === 'term_cap' && ((o.date !== null && o.date > endIso) || resolvedAfterTheEnd)) ctx.opportunities.splice(i, 1);
  }
  const warningSpans: WarningSpan[] = [];
  const spans = running.spans;
  if (spans !== undefined) {
    // Steps first, by position, before the sanction limit's own step is taken out (which shifts them).
    const kept = ctx.explanation.filter((_, i) => !inStepSpans(spans, i));
    ctx.explanation.length = 0;
    ctx.explanation.push(...kept);
    for (let k = 0; k < spans.length; k += 4) warningSpans.push({ from: spans[k + 2]!, to: spans[k + 3]! });
  }
  if (ctx.sanctionLimit !== null) {
    warningSpans.push(running.sanctionWarnings);
    ctx.withdrawSanctionLimit();
  }
  withdrawWarnings(ctx.warnings, warningSpans);
  // What to do where the records may not show the end yet: the law's end needs no order, but a court
  // record or an agency may not have caught up with it.
  const advice =
    why === BY_CAP
      ? ' If your record still shows a later date, ask the court or your lawyer to correct it.'
      : why === BY_DISCHARGE
        ? ' If you are still being supervised on this term or have no discharge order, show this to your officer or a lawyer and ask for your discharge order.'
        : '';
  if (!withdrew) {
    if (advice !== '') ctx.explain(advice.trimStart(), byLaw);
    return;
  }
  const ended =
    why === BY_CAP
      ? `By law this term ended on ${formatLongDate(end)}, even if the court's order shows a later date`
      : `This term ended on ${formatLongDate(end)}`;
  ctx.explain(
    `${ended}, so there is nothing left for a court to end early or review, and no limit on jail for a next violation applies to it.${advice}`,
    byLaw,
  );
}

/** Whether step `i` falls in one of the [first step, end of steps) pairs of `spans` (ForARunningTerm). */
function inStepSpans(spans: readonly number[], i: number): boolean {
  for (let k = 0; k < spans.length; k += 4) if (i >= spans[k]! && i < spans[k + 1]!) return true;
  return false;
}

/** Takes the warnings at the spans' positions out of the list, in place (positions as they were before). */
function withdrawWarnings(warnings: string[], spans: readonly WarningSpan[]): void {
  if (spans.length === 0) return;
  const kept = warnings.filter((_, i) => !spans.some((s) => i >= s.from && i < s.to));
  warnings.length = 0;
  warnings.push(...kept);
}

function result<P extends ParameterTree>(ctx: TermContext<P>, projected: Day | null): TermEvaluation {
  const { person, term } = ctx.facts;
  const scheduled = ctx.scheduledEnd;
  // Invariant (spec § 2): the projected end is never after the scheduled end.
  const projectedEnd = scheduled !== null && projected !== null && projected > scheduled ? scheduled : projected;
  return {
    personId: person.id,
    termId: term.id,
    jurisdiction: term.jurisdiction,
    asOf: formatIsoDate(ctx.asOf),
    scheduledEndDate: scheduled === null ? null : formatIsoDate(scheduled),
    statutoryMaxEndDate: ctx.statutoryMax === null ? null : formatIsoDate(ctx.statutoryMax),
    earnedCreditDays: ctx.earnedCreditDays,
    projectedEndDate: projectedEnd === null ? null : formatIsoDate(projectedEnd),
    opportunities: ctx.opportunities,
    sanctionLimit: ctx.sanctionLimit,
    explanation: ctx.explanation,
    warnings: ctx.warnings,
    lawVersion: LAW_VERSION,
  };
}
