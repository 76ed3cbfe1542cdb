/**
 * Small readings shared by the Pennsylvania rules: which regime a term falls under, the grade that
 * sets the review clock, the offense categories of § 9774.1(i), and the enumerated technical
 * violations of § 9774.1(g)(1) and § 9771(c)(1). No provision is decided here; each rule file cites
 * and explains its own.
 */
import { addHalfLength, type Day } from '../../../dates/calendar.ts';
import { tableFact } from '../../../engine/offense-table.ts';
import type { Parameter } from '../../../engine/parameters.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { OffenseFacts, ViolationFacts } from '../../../engine/term-facts.ts';
import { onePerEpisode } from '../../../engine/violation-episodes.ts';
import type { ViolationKind } from '../../../records/vocabulary.ts';
import type { PaParameters } from '../parameters.ts';

export type Ctx = TermContext<PaParameters>;

/** The value of a parameter on `day`; callers check first that Act 44 is in force that day. */
export function valueAt<T>(ctx: Ctx, p: Parameter<T>, day: Day): T {
  const v = ctx.param(p, day);
  if (v === undefined) throw new Error(`${p.id} has no value on day ${day}`);
  return v.value;
}

type Group = { readonly [key: string]: Parameter<unknown> };
export type ValuesOf<G extends Group> = { [K in keyof G]: G[K] extends Parameter<infer T> ? T : never };
interface Snapshot<G extends Group> {
  from: Day;
  until: Day;
  values: ValuesOf<G>;
}
const snapshots = new WeakMap<Group, Snapshot<Group>>();

/**
 * Every parameter of a group (e.g. `ctx.params.prc`) as in force on `day`, read through `ctx.param`.
 * The last snapshot is kept per group object and reused while `day` stays between the same value
 * changes, so a run of terms does not rebuild it; a reform's group is a different object and gets its
 * own. Callers check first that the group is in force on `day` (a missing value throws).
 */
export function valuesAt<G extends Group>(ctx: Ctx, group: G, day: Day): ValuesOf<G> {
  const hit = snapshots.get(group);
  if (hit !== undefined && day >= hit.from && day < hit.until) return hit.values as ValuesOf<G>;
  let from = Number.NEGATIVE_INFINITY;
  let until = Number.POSITIVE_INFINITY;
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(group)) {
    const p = group[key]!;
    const v = ctx.param(p, day);
    if (v === undefined) throw new Error(`${p.id} has no value on day ${day}`);
    values[key] = v.value;
    if (v.from > from) from = v.from;
    for (const d of p.fromDays) if (d > day && d < until) until = d;
  }
  const snapshot = { from, until, values: values as ValuesOf<G> };
  snapshots.set(group, snapshot as Snapshot<Group>);
  return snapshot.values;
}

export function actInForce(ctx: Ctx, day: Day): boolean {
  return ctx.param(ctx.params.act44.inForce, day)?.value === true;
}

/**
 * § 9774.1 covers probation imposed on or after June 11, 2024 (the sentence date selects the law: the
 * Act reaches sentences imposed after it took effect, and Section 7 covers earlier ones), and only once
 * the Act is in force on the as-of date.
 */
export function coveredBy9774_1(ctx: Ctx): boolean {
  return ctx.facts.term.kind === 'probation' && actInForce(ctx, ctx.asOf) && actInForce(ctx, ctx.facts.sentence);
}

/** Section 7 covers probation imposed before June 11, 2024, evaluated on or after that date. */
export function coveredBySection7(ctx: Ctx): boolean {
  return ctx.facts.term.kind === 'probation' && actInForce(ctx, ctx.asOf) && !actInForce(ctx, ctx.facts.sentence);
}

/**
 * A review dated after the scheduled end never happens: the probation is over first. Says so and
 * returns true, so the caller adds no opportunity.
 */
export function endsBeforeReview(ctx: Ctx, review: Day, citation: string): boolean {
  const end = ctx.scheduledEnd;
  if (end === null || review <= end) return false;
  ctx.explain(
    end < ctx.asOf
      ? `Your probation was set to end on ${ctx.date(end)}, before ${ctx.date(review)}, so it ended before a review would have been due.`
      : `Your probation is set to end on ${ctx.date(end)}, before ${ctx.date(review)}, so it ends before a review would be due.`,
    [citation],
  );
  return true;
}

/** Pennsylvania grades offenses as felonies or misdemeanors; a record's "gross misdemeanor" is read as a misdemeanor. */
export function isFelony(ctx: Ctx): boolean {
  if (ctx.facts.level === 'gross_misdemeanor') {
    ctx.warn('Pennsylvania has no "gross misdemeanor" grade; the offense was treated as a misdemeanor for the review dates.');
  }
  return ctx.facts.level === 'felony';
}

/** start + the share of the sentence as imposed (50%: months halved, an odd month adds `oddMonthHalfDays`). */
export function shareOfSentence(ctx: Ctx, percent: number, oddMonthHalfDays: number): Day | null {
  const { term, start, imposedEnd } = ctx.facts;
  if (imposedEnd === null) return null;
  if (term.length !== undefined && percent === 50) return addHalfLength(start, term.length, oddMonthHalfDays);
  // A stated end date (or another share): whole days, rounded up so the share is never reached early.
  return start + Math.ceil(((imposedEnd - start) * percent) / 100);
}

export function describeOffense(o: OffenseFacts): string {
  return o.offense.description !== undefined ? `${o.offense.description} (${o.offense.statute})` : o.offense.statute;
}

/** A crime of violence under 42 Pa.C.S. § 9714(g): the `violent` tag, or a grade the definition names. */
export function isCrimeOfViolence(o: OffenseFacts): boolean {
  if (o.tags.has('violent')) return true;
  const when = tableFact(o, 'violentWhen');
  if (when === 'felony') return o.level === 'felony';
  if (when === 'F1') return o.offense.class?.toUpperCase() === 'F1';
  return false;
}

/**
 * Warnings for offenses whose § 9714(g) or Subchapter H status the record leaves open: a section given
 * without the subsection the list names, an inchoate crime without its object, a grade not given.
 */
export function warnOpenClassifications(ctx: Ctx, rule: string): void {
  for (const o of ctx.facts.offenses) {
    if (o.offense.tags !== undefined) continue; // the record classified it
    const sub = tableFact(o, 'dependsOnSubsection');
    const best = o.tableEntries[0];
    const givesSubsection = o.offense.statute.includes('(');
    if (sub !== undefined && !givesSubsection && best?.facts?.['dependsOnSubsection'] !== undefined) {
      ctx.warn(
        `${rule}: ${o.offense.statute} is on the excluded lists only under subsection ${String(sub)}; the record gives no subsection, so it was treated as not excluded.`,
      );
    }
    if (tableFact(o, 'inchoate') === true) {
      ctx.warn(
        `${rule}: ${o.offense.statute} (attempt, solicitation or conspiracy) is a crime of violence when its object is one (42 Pa.C.S. § 9714(g)); the record does not say, so it was treated as not one.`,
      );
    }
    if (tableFact(o, 'violentWhen') === 'F1' && o.offense.class === undefined) {
      ctx.warn(
        `${rule}: ${o.offense.statute} is a crime of violence when graded F1; the record gives no grade, so it was treated as not one.`,
      );
    }
    if (tableFact(o, 'simpleAssault') === true) {
      ctx.warn(
        `${rule}: the record does not say whether the simple assault (${o.offense.statute}) was against a family or household member; it was treated as not.`,
      );
    }
  }
}

/** Simple assault (18 Pa.C.S. § 2701) that the record tags as domestic violence. */
export function isDomesticSimpleAssault(o: OffenseFacts): boolean {
  return tableFact(o, 'simpleAssault') === true && o.tags.has('domestic_violence');
}

const KIND_WORDS: Partial<Record<ViolationKind, string>> = {
  public_safety_threat: 'a threat to public safety',
  sexual: 'conduct of a sexual nature',
  assaultive: 'assaultive behavior or a threat to hurt someone',
  weapon: 'a firearm or dangerous weapon',
  drug_delivery: 'making, selling or delivering drugs',
};

/**
 * Whether a violation is one the law enumerates: absconding (the record's category), a technical
 * violation of a listed kind, or (when `programmingOccasions` is given) the latest of that many
 * separate programming failures (same episode counts once). Returns the plain words, or undefined.
 */
export function enumeratedViolation(
  ctx: Ctx,
  v: ViolationFacts,
  kinds: readonly ViolationKind[],
  abscondingCounts: boolean,
  programmingOccasions?: number,
  all: readonly ViolationFacts[] = ctx.facts.violations,
): string | undefined {
  if (v.category === 'absconding') return abscondingCounts ? 'absconding (leaving supervision)' : undefined;
  if (v.category !== 'technical') return undefined;
  for (const k of kinds) if (v.kinds.has(k)) return KIND_WORDS[k] ?? k;
  if (programmingOccasions !== undefined && v.kinds.has('program_noncompliance')) {
    const failures: ViolationFacts[] = [];
    for (const w of all) {
      if (w.day > v.day) break;
      if (w.status === 'sustained' && w.category === 'technical' && w.kinds.has('program_noncompliance')) failures.push(w);
    }
    // One episode counts once; unmarked failures of one day are one episode, as the sanction limit reads them
    // (parameter sanction.sameDaySameEpisode, which warns of the reading there).
    const once = ctx.param(ctx.params.sanction.sameDaySameEpisode, ctx.asOf)?.value ?? true;
    const occasions = onePerEpisode(failures, { once, noted: () => {} }).length;
    if (occasions >= programmingOccasions) return `failing to follow programming or conditions on ${occasions} separate occasions`;
  }
  return undefined;
}

/** The later of two days. */
export function later(a: Day, b: Day): Day {
  return a > b ? a : b;
}
