/**
 * Small readings shared by the Florida rules: who supervises the term, whether the person is a violent
 * felony offender of special concern (VFOSC), the violation facts the early-termination provisions
 * read, the half-term date, and the two criteria (no violation found; restitution paid) that the
 * early-termination rules build with their own words. No provision is decided here; each rule file cites
 * and explains its own.
 */
import { addHalfLength, maxDay, parseIsoDate, type Day } from '../../../dates/calendar.ts';
import type { CriterionResult } from '../../../engine/criteria.ts';
import { memoizedLookup, tableFact } from '../../../engine/offense-table.ts';
import { oncePerTerm, type TermContext } from '../../../engine/term-context.ts';
import { restitutionBalance, restitutionPaidInFullOn, type OffenseFacts, type ViolationFacts } from '../../../engine/term-facts.ts';
import { firstViolationFound, violationsFound } from '../../../engine/violation-episodes.ts';
import { flOffenseTable } from '../offense-table.ts';
import type { FlParameters } from '../parameters.ts';

export type Ctx = TermContext<FlParameters>;

/** Prior convictions are looked up once per statute (no regex work per term after the first). */
const lookupPrior = memoizedLookup(flOffenseTable);

export function describeOffense(o: OffenseFacts): string {
  return o.offense.description !== undefined ? `${o.offense.description} (${o.offense.statute})` : o.offense.statute;
}

/**
 * Whether the Department of Corrections supervises the term (felony probation always; misdemeanor
 * probation only when a circuit court orders it, § 948.01(1)(a); otherwise a county or private provider,
 * § 948.15). A missing `supervisingAgency` is assumed to be the state, with a warning.
 */
export function supervisedByDepartment(ctx: Ctx, rule: string): boolean {
  const agency = ctx.facts.term.supervisingAgency;
  if (agency === undefined) {
    ctx.warn(
      `${rule} applies only when the Florida Department of Corrections supervises the term. The record does not say who supervises it, so the Department (the state) was assumed.`,
    );
    return true;
  }
  return agency === 'state';
}

/** A violation the record shows the court found ("sustained"). Reported ones are pending; dismissed ones never count. */
export function sustainedViolations(ctx: Ctx): ViolationFacts[] {
  return ctx.facts.violations.filter((v) => v.status === 'sustained');
}

export function pendingViolations(ctx: Ctx): ViolationFacts[] {
  return ctx.facts.violations.filter((v) => v.status === 'reported');
}

/**
 * The felony degree a record's class names, however it is written: "F2", "F-2", "2", "2nd", "2F", "second
 * degree", "felony of the second degree"; a life felony or one punishable by life ("PBL", "LIFE") is read
 * as first degree. Undefined where the class names no degree (a misdemeanor class, or words not known).
 */
export function felonyDegree(cls: string): 1 | 2 | 3 | undefined {
  const s = cls.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (s === 'PBL' || s === 'LIFE' || s === 'LIFEFELONY' || s === 'CAPITAL') return 1;
  const m = /^(?:F|FEL|FELONY)?(?:OFTHE)?(1|2|3|FIRST|SECOND|THIRD)(?:ST|ND|RD)?(?:DEGREE|DEG)?(?:F|FEL|FELONY)?$/.exec(s);
  if (m === null) return undefined;
  const d = m[1]!;
  return d === '1' || d === 'FIRST' ? 1 : d === '2' || d === 'SECOND' ? 2 : 3;
}

/** The words the VFOSC warnings open with; both rules that read the status share them. */
const VFOSC_RULE = 'Violent felony offender of special concern (Fla. Stat. § 948.06(8)(b))';

/** Whether an offense is a § 948.06(8)(c) qualifying offense, with a reason when it is; undefined otherwise. */
function qualifyingBecause(ctx: Ctx, o: OffenseFacts): string | undefined {
  const fact = o.tableEntries.length === 0 ? undefined : tableFact(o, 'vfosc');
  if (fact === true) return `${describeOffense(o)} is a qualifying offense`;
  if (fact === 'degree12') {
    const cls = o.offense.class?.trim().toUpperCase();
    if (cls === undefined || cls === '') {
      ctx.warn(
        `${VFOSC_RULE}: ${o.offense.statute} is a qualifying offense only as a first- or second-degree felony; the record gives no degree, so it was treated as not one.`,
      );
      return undefined;
    }
    const degree = felonyDegree(cls);
    if (degree === undefined) {
      ctx.warn(
        `${VFOSC_RULE}: ${o.offense.statute} is a qualifying offense only as a first- or second-degree felony; the record's class "${o.offense.class!}" does not name a degree that was understood, so it was treated as not one.`,
      );
      return undefined;
    }
    return degree <= 2 ? `${describeOffense(o)} is a qualifying offense (a first- or second-degree felony)` : undefined;
  }
  // The record's own `violent` tag marks an offense on the state's statutory violent-offense list (spec: tags
  // are additive), which for this rule is § 948.06(8)(c)'s list of qualifying offenses.
  if (o.offense.tags?.includes('violent') === true)
    return `the record marks ${describeOffense(o)} as a violent offense, which is read as a qualifying offense (§ 948.06(8)(c))`;
  if (o.tableEntries.length === 0) {
    ctx.warn(
      `${VFOSC_RULE}: the offense table does not list ${o.offense.statute}, so whether it is a qualifying offense (§ 948.06(8)(c)) is not known; it was treated as not one.`,
    );
    return undefined;
  }
  if (fact === 'subsections' && o.offense.tags === undefined) {
    ctx.warn(
      `${VFOSC_RULE}: only some subsections of ${o.offense.statute} are qualifying offenses; the record gives none of those, so it was treated as not one.`,
    );
  }
  return undefined;
}

/**
 * § 948.06(8)(b): a VFOSC is on felony probation for a qualifying offense committed on or after March 12,
 * 2007 (1.), or for any offense committed on or after that day after an earlier conviction for a
 * qualifying offense (2.). Other routes (habitual violent felony offender, sexual predator designations,
 * a violation found to be a new qualifying offense) are not in the record and bring a warning. Returns
 * the reason, or undefined. Read once per term: § 948.04(4)(a) and § 948.06(2)(f)1.b. both turn on it,
 * and its warnings are given once.
 */
export const vfoscBecause: (ctx: Ctx) => string | undefined = oncePerTerm(computeVfosc);

function computeVfosc(ctx: Ctx): string | undefined {
  if (ctx.facts.level !== 'felony') return undefined;
  const from = ctx.param(ctx.params.vfosc.offensesCommittedFrom, ctx.asOf);
  if (from === undefined) return undefined;
  const since = parseIsoDate(from.value);
  const committedSince = (o: OffenseFacts) => committedOnOrAfter(ctx, o, since);
  for (const o of ctx.facts.offenses) {
    const why = qualifyingBecause(ctx, o);
    if (why !== undefined && committedSince(o)) return `${why}, so you count as a "violent felony offender of special concern"`;
  }
  const priors = ctx.facts.priorConvictions;
  if (priors === undefined) {
    ctx.warn(
      `${VFOSC_RULE}: the record does not list earlier convictions. A prior conviction for a qualifying offense would make you one; none was assumed.`,
    );
  } else {
    for (const p of priors) {
      if (p.statute === undefined) {
        // The qualifying offenses of § 948.06(8)(c) are all felonies: a misdemeanor needs no statute to rule it out.
        if (p.level === 'felony')
          ctx.warn(
            `${VFOSC_RULE}: the record gives no statute for the earlier felony conviction of ${ctx.date(p.day)}, so whether it was for a qualifying offense is not known; it was treated as not one.`,
          );
        continue;
      }
      const entries = lookupPrior(p.statute);
      if (entries.length === 0) {
        ctx.warn(
          `${VFOSC_RULE}: the offense table does not list the earlier conviction under ${p.statute}, so whether it was for a qualifying offense is not known; it was treated as not one.`,
        );
      }
      let qualifies = tableFact({ tableEntries: entries }, 'vfosc');
      // A section rewritten since: a conviction under its earlier text may be for an offense the list does not name.
      const uncertainBefore = tableFact({ tableEntries: entries }, 'vfoscUncertainBefore');
      if (qualifies === true && typeof uncertainBefore === 'string' && p.day < parseIsoDate(uncertainBefore)) {
        if (ctx.facts.offenses.some(committedSince))
          ctx.warn(
            `${VFOSC_RULE}: the earlier conviction under ${p.statute} (${ctx.date(p.day)}) came before the section was rewritten on ${ctx.date(parseIsoDate(uncertainBefore))}; only some of the offenses it then held are qualifying offenses (lewd or lascivious assault upon a child is not: Byers v. State), and the record does not say which, so it was treated as not one.`,
          );
        qualifies = false;
      }
      if (qualifies === true && ctx.facts.offenses.some(committedSince)) {
        return `you were convicted earlier of ${p.statute}, a qualifying offense, so you count as a "violent felony offender of special concern"`;
      }
      // A prior conviction carries no degree or subsection: where only some of them qualify, it is an assumption.
      if ((qualifies === 'degree12' || qualifies === 'subsections') && ctx.facts.offenses.some(committedSince)) {
        ctx.warn(
          `${VFOSC_RULE}: the earlier conviction under ${p.statute} (${ctx.date(p.day)}) is a qualifying offense only ${qualifies === 'degree12' ? 'as a first- or second-degree felony' : 'under some of its subsections'}; the record does not say which, so it was treated as not one. If it was, the court's early termination at the halfway point and the 90-day limit for a technical violation do not apply to you.`,
        );
      }
    }
  }
  ctx.warn(
    `${VFOSC_RULE}: habitual violent felony offender, three-time violent felony offender, violent career criminal and sexual predator designations also make a person one; the record cannot show them, so none was assumed.`,
  );
  return undefined;
}

/**
 * The offense was committed on or after `since` (§ 948.06(8)(b) reaches only such offenses). Without an
 * offense date, a term sentenced before `since` was for an offense committed before it; one sentenced
 * on or after it is taken to be for an offense committed on or after it, with a warning.
 */
function committedOnOrAfter(ctx: Ctx, o: OffenseFacts, since: Day): boolean {
  if (o.offenseDay !== undefined) return o.offenseDay >= since;
  if (ctx.facts.sentence < since) return false;
  ctx.warn(
    `${VFOSC_RULE} reaches only offenses committed on or after ${ctx.date(since)}. The record gives no offense date for ${o.offense.statute}, so it was taken as committed on or after that day.`,
  );
  return true;
}

/**
 * The court's findings of violation on the term: how many (sustained violations one per episode, and a
 * revocation with no sustained violation recorded for it: a court revokes only on a violation found), and the
 * first, told as the violation or the revocation it is. Undefined where there is none.
 */
export function findingsOnTerm(ctx: Ctx): { count: number; first: string } | undefined {
  const first = firstViolationFound(ctx.facts);
  if (first === undefined) return undefined;
  const sustained = sustainedViolations(ctx);
  const words = sustained.some((v) => v.day === first) ? `the violation dated ${ctx.date(first)}` : `the revocation of ${ctx.date(first)}`;
  return { count: violationsFound(ctx.facts, sustained), first: words };
}

/** start + half the term as sentenced (months halved; an odd month adds `oddMonthHalfDays`). */
export function halfTermDay(ctx: Ctx, oddMonthHalfDays: number): Day | null {
  const { term, start, imposedEnd } = ctx.facts;
  if (imposedEnd === null) return null;
  if (term.length !== undefined) return addHalfLength(start, term.length, oddMonthHalfDays);
  // A stated end date: half the days, rounded up so half is never reached early.
  return start + Math.ceil((imposedEnd - start) / 2);
}

/** 1200.5 → "$1,200.50". */
export function dollars(x: number): string {
  const cents = Math.round(x * 100);
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `$${whole}.${String(cents % 100).padStart(2, '0')}`;
}

/**
 * The `not_found_in_violation` criterion: a finding on the term (a sustained violation, or a revocation with
 * none recorded) excludes for good; a pending report is assumed not to be sustained (with `words.pending` as
 * the assumption); otherwise met. The rule supplies the words, which name its own provision; `words.found`
 * gets the finding as `findingsOnTerm` tells it ("the violation dated …" or "the revocation of …"), so a
 * revocation is not called a violation dated that day.
 */
export function notFoundInViolation(
  ctx: Ctx,
  citations: string[],
  words: { found: (finding: string) => string; notFound: string; pending: (dated: string) => string },
): CriterionResult {
  const found = findingsOnTerm(ctx);
  if (found !== undefined) {
    return { id: 'not_found_in_violation', met: false, exclusion: true, reason: words.found(found.first), citations };
  }
  const pending = pendingViolations(ctx)[0];
  return pending !== undefined
    ? { id: 'not_found_in_violation', met: 'unknown', reason: words.notFound, assumption: words.pending(ctx.date(pending.day)), citations }
    : { id: 'not_found_in_violation', met: true, reason: words.notFound, citations };
}

/**
 * A criterion `id` whose restitution part is read from the record: a balance is a gate that can be
 * cleared (`words.owing` gets the amount); with none left, it is met from the later of `start` and the
 * day restitution was paid in full, the rest of the condition assumed (`words.assumption`).
 */
export function restitutionPaid(
  ctx: Ctx,
  id: string,
  citations: string[],
  words: {
    owing: (amount: string) => string;
    assumption: string;
    /** The part assumed, as a sentence without its period. */ assumed: string;
  },
): CriterionResult {
  const { start } = ctx.facts;
  const balance = restitutionBalance(ctx.facts);
  if (balance > 0) return { id, met: false, exclusion: false, reason: words.owing(dollars(balance)), citations };
  const paidOn = restitutionPaidInFullOn(ctx.facts);
  const ordered = (ctx.facts.term.restitutionOrderedUsd ?? 0) > 0;
  return {
    id,
    met: 'unknown',
    date: maxDay(start, paidOn) ?? start,
    // The restitution part is a fact of the record; what is assumed (and so marked) is the rest.
    reason: `${ordered ? `You paid your restitution in full on ${ctx.date(paidOn ?? start)}.` : 'No restitution was ordered on this probation.'} ${words.assumed}.`,
    assumption: words.assumption,
    citations,
  };
}
