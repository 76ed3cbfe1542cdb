/**
 * Pieces the Arizona rules share: citations, wording helpers, the days § 13-903 stops the term, and
 * who can earn time credit under § 13-924 (computed once per term and cached on the context).
 */
import { formatLongDate, type Day } from '../../../dates/calendar.ts';
import type { CriterionResult } from '../../../engine/criteria.ts';
import { decide, type Provision } from '../../../engine/exceptions.ts';
import { tableFact } from '../../../engine/offense-table.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { Interval, OrderFacts } from '../../../engine/term-facts.ts';
import { formatCount } from '../../../engine/words.ts';
import type { UsAzParameters } from '../parameters.ts';
import { oncePerTerm } from '../../../engine/term-context.ts';

export type Ctx = TermContext<UsAzParameters>;

export const CITE = {
  A: 'A.R.S. § 13-924(A)',
  B: 'A.R.S. § 13-924(B)',
  C: 'A.R.S. § 13-924(C)',
  D: 'A.R.S. § 13-924(D)',
  E: 'A.R.S. § 13-924(E)',
  F: 'A.R.S. § 13-924(F)',
  T903A: 'A.R.S. § 13-903(A)',
  T903B: 'A.R.S. § 13-903(B)',
  T903C: 'A.R.S. § 13-903(C)',
  T903D: 'A.R.S. § 13-903(D)',
  T901E: 'A.R.S. § 13-901(E)',
} as const;

import { felonyClassOf, offenseName } from './offense-class.ts';
import { exclusionsOn, type OtherExclusion } from './other-probations.ts';

export { felonyClassDigit, felonyClassOf, offenseName } from './offense-class.ts';

// ---------------------------------------------------------------------------------------------------
// § 13-903: days the term does not run.

export interface TolledSpan {
  /** First and last day not counted, both inclusive. */
  start: Day;
  end: Day;
  why: 'absconding' | 'violation';
  text: string;
}

export interface Tolling {
  spans: TolledSpan[];
  /** Spans merged where they overlap, for counting. */
  merged: Interval[];
  days: number;
  /** Sustained violations with no reinstatement order: the stopped time cannot be counted. */
  unresolved: Day[];
}

/**
 * The spans § 13-903 takes out of the term: (C) absconding, each recorded spell from its first to its
 * last day (a spell still open on the as-of date runs to that date: the projection assumes the person
 * returns then); (B) a violation found and probation reinstated, from the violation date to the day
 * before reinstatement.
 */
export const tolling: (ctx: Ctx) => Tolling = oncePerTerm(computeTolling);

function computeTolling(ctx: Ctx): Tolling {
  const { start, absconded, violations, orders } = ctx.facts;
  const asOf = ctx.asOf;
  const spans: TolledSpan[] = [];
  const abscondingStops = ctx.param(ctx.params.tolling.abscondingStopsTerm, asOf)?.value ?? false;
  if (abscondingStops) {
    for (const i of absconded) {
      const from = Math.max(i.start, start);
      const to = i.end ?? asOf;
      if (to < from) continue;
      spans.push({
        start: from,
        end: to,
        why: 'absconding',
        text:
          i.end === null
            ? `the days you have been away from supervision since ${formatLongDate(from)} (counted through ${formatLongDate(to)}, as if you came back now)`
            : `the days you were away from supervision, ${formatLongDate(from)} to ${formatLongDate(to)}`,
      });
    }
  }
  // (B): pair each reinstatement with the latest violation found (or revocation) before it and after
  // the previous reinstatement.
  const unresolved: Day[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  const sustained: Day[] = [];
  for (const v of violations) if (v.status === 'sustained') sustained.push(v.day);
  /** Whether each sustained violation was paired with a reinstatement. */
  const used: boolean[] = [];
  for (const o of orders) {
    if (o.type !== 'reinstatement') continue;
    let from: Day | undefined;
    for (let i = sustained.length - 1; i >= 0; i--) {
      const day = sustained[i]!;
      if (day < o.day && day > previous) {
        // The earliest finding in the window starts the span: walk back to it.
        from = day;
        used[i] = true;
      }
    }
    if (from === undefined) from = lastRevocationIn(orders, previous, o.day);
    previous = o.day;
    if (from === undefined || o.day <= from) continue;
    spans.push({
      start: from,
      end: o.day - 1,
      why: 'violation',
      text: `the ${formatCount(o.day - from)} days from the violation on ${formatLongDate(from)} until the court put you back on probation on ${formatLongDate(o.day)}`,
    });
  }
  for (let i = 0; i < sustained.length; i++) if (used[i] !== true && sustained[i]! >= start) unresolved.push(sustained[i]!);

  const sorted = spans.length > 1 ? [...spans].sort((a, b) => a.start - b.start) : spans;
  const merged: Interval[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.end !== null && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  let days = 0;
  for (const m of merged) days += m.end! - m.start + 1;
  return { spans, merged, days, unresolved };
}

/** The day of the last revocation order after `after` and on or before `through`, in record order. */
function lastRevocationIn(orders: readonly OrderFacts[], after: number, through: Day): Day | undefined {
  let day: Day | undefined;
  for (const r of orders) if (r.type === 'revocation' && r.day <= through && r.day > after) day = r.day;
  return day;
}

// ---------------------------------------------------------------------------------------------------
// § 13-924: who may earn time credit.

export interface Eligibility {
  /** § 13-924 is law on the as-of date. */
  inForce: boolean;
  /** Every criterion met (or assumed met). */
  eligible: boolean;
  /** Not eligible, and only a missing fact stands in the way. */
  curable: boolean;
  criteria: CriterionResult[];
  /** One sentence for the explanation. */
  summary: string;
}

export const eligibility: (ctx: Ctx) => Eligibility = oncePerTerm(computeEligibility);

interface Exclusion {
  reason: string;
  citation: string;
}

/**
 * § 13-924(E): "This section does not apply to a probationer who is currently: 1. On lifetime
 * probation. 2. On probation for any class 2 or 3 felony. 3. On probation exclusively for a
 * misdemeanor offense. 4. Required to register pursuant to section 13-3821." The general rule (credit
 * may be earned) with each paragraph as a labelled exception; several may apply at once, and then every
 * reason is given. Paragraphs (1), (2) and (4) read the person's other Arizona probations too
 * (other-probations.ts), as they stood on the day this term is judged "currently": the as-of date, or
 * this term's end where that came first.
 */
const applicability: Provision<Exclusion[], UsAzParameters> = {
  general: { label: 'A.R.S. § 13-924(A): supervised probation earns time credit', citations: [CITE.A], value: () => [] },
  exceptions: [
    {
      label: 'A.R.S. § 13-924(E)(1): lifetime probation',
      citations: [`${CITE.E}(1)`],
      appliesBecause: (ctx) => (ctx.facts.term.lifetime === true ? 'you are on lifetime probation' : other(ctx, 1)?.words),
      value: (ctx) => [
        {
          reason:
            ctx.facts.term.lifetime === true
              ? 'You are on lifetime probation, which does not earn time credit.'
              : `You are also on ${other(ctx, 1)!.words}, and time credit is not for a person on lifetime probation, so this probation does not earn it either.`,
          citation: `${CITE.E}(1)`,
        },
      ],
    },
    {
      label: 'A.R.S. § 13-924(E)(2): class 2 or 3 felony',
      citations: [`${CITE.E}(2)`],
      appliesBecause: (ctx) => {
        const names = class23(ctx);
        return names.length === 0 ? undefined : `${names.join(' and ')}`;
      },
      value: (ctx) => [
        {
          reason: `You are on probation for ${class23(ctx).join(' and ')}. Probation for any class 2 or class 3 felony does not earn time credit.`,
          citation: `${CITE.E}(2)`,
        },
      ],
    },
    {
      label: 'A.R.S. § 13-924(E)(3): misdemeanors only',
      citations: [`${CITE.E}(3)`],
      appliesBecause: (ctx) => (ctx.facts.offenses.every((o) => o.level !== 'felony') ? 'every offense is a misdemeanor' : undefined),
      value: () => [{ reason: 'You are on probation only for misdemeanors, which does not earn time credit.', citation: `${CITE.E}(3)` }],
    },
    {
      label: 'A.R.S. § 13-924(E)(4): sex-offender registration',
      citations: [`${CITE.E}(4)`, 'A.R.S. § 13-3821'],
      appliesBecause: (ctx) => (ctx.hasTag('sex_registration') ? 'you must register under § 13-3821' : other(ctx, 4)?.words),
      value: (ctx) => [
        {
          reason: ctx.hasTag('sex_registration')
            ? 'You are required to register as a sex offender (A.R.S. § 13-3821), so you do not earn time credit.'
            : `You are required to register as a sex offender (A.R.S. § 13-3821), for ${other(ctx, 4)!.words}, so you do not earn time credit on this probation either.`,
          citation: `${CITE.E}(4)`,
        },
      ],
    },
  ],
  combine: (values) => values.flat(),
};

/** The day this term is judged "currently" on: the as-of date, or the term's end where that came first. */
function currentDay(ctx: Ctx): Day {
  const end = ctx.scheduledEnd;
  return end !== null && end < ctx.asOf ? end : ctx.asOf;
}

/** Another probation's span under paragraph `paragraph` that covers the day this term is judged on. */
function other(ctx: Ctx, paragraph: OtherExclusion['paragraph']): OtherExclusion | undefined {
  return exclusionsOn(ctx, currentDay(ctx)).find((x) => x.paragraph === paragraph);
}

function class23(ctx: Ctx): string[] {
  const excluded = ctx.param(ctx.params.credits.excludedFelonyClasses, ctx.asOf)?.value ?? ['2', '3'];
  const names: string[] = [];
  for (const o of ctx.facts.offenses) {
    if (o.level !== 'felony') continue;
    const { cls } = felonyClassOf(o);
    if (cls !== undefined && excluded.includes(cls)) names.push(`${offenseName(o)} (a class ${cls} felony)`);
  }
  for (const x of exclusionsOn(ctx, currentDay(ctx))) if (x.paragraph === 2) names.push(x.words);
  return names;
}

function computeEligibility(ctx: Ctx): Eligibility {
  const inForce = ctx.param(ctx.params.credits.etcDays, ctx.asOf) !== undefined;
  const { term, offenses } = ctx.facts;
  const criteria: CriterionResult[] = [];

  if (term.kind !== 'probation') {
    criteria.push({
      id: 'probation',
      met: false,
      exclusion: true,
      reason: 'Earned time credit and work time credit are for people on probation; this term is not probation.',
      citations: [CITE.A],
    });
  }
  const agency = term.supervisingAgency;
  if (agency === 'court') {
    criteria.push({
      id: 'supervised',
      met: false,
      exclusion: true,
      reason: "You are on unsupervised probation. Time credit shortens supervised probation only, on a probation officer's recommendation.",
      citations: [CITE.A],
    });
  } else if (agency === undefined && term.kind === 'probation') {
    ctx.warn(
      'The record does not say who supervises this probation; it was assumed to be supervised by an adult probation officer (not unsupervised probation).',
    );
    criteria.push({
      id: 'supervised',
      met: 'unknown',
      reason: 'Time credit is for supervised probation.',
      assumption:
        'The record does not say who supervises this probation; it was assumed to be supervised by an adult probation officer (not unsupervised probation).',
      citations: [CITE.A],
    });
  }

  const decision = decide(ctx, applicability);
  for (const x of decision.value)
    criteria.push({ id: 'applicability', met: false, exclusion: true, reason: x.reason, citations: [x.citation] });
  ctx.needClassification(['sex_registration'], 'Arizona time credit (A.R.S. § 13-924(E)(4))');
  for (const o of offenses) {
    // A record that lists the offense's tags has said which apply; one that gives none leaves it open.
    if (tableFact(o, 'registrationIfMinorVictim') === true && o.offense.tags === undefined && !o.tags.has('sex_registration')) {
      ctx.warn(
        `Arizona time credit (A.R.S. § 13-924(E)(4)): ${o.offense.statute} requires sex-offender registration only where the victim was under 18 (§ 13-3821(A)(3)), or where a court orders it; the record does not tag it "sex_registration", so no registration was assumed.`,
      );
    }
  }

  // A felony whose class neither the record nor the table gives: it might be class 2 or 3.
  const excludedClasses = ctx.param(ctx.params.credits.excludedFelonyClasses, ctx.asOf)?.value ?? ['2', '3'];
  const unknownClass: string[] = [];
  // The classes known, each once, in the order of the offenses (for the summary).
  const classes: string[] = [];
  for (const o of offenses) {
    if (o.level !== 'felony') continue;
    const { cls, fromTable } = felonyClassOf(o);
    if (cls === undefined) {
      unknownClass.push(offenseName(o));
      continue;
    }
    if (fromTable)
      ctx.warn(`The record gives no class for ${offenseName(o)}; class ${cls} was taken from the statute (${o.offense.statute}).`);
    const words = `class ${cls}`;
    if (!classes.includes(words)) classes.push(words);
  }
  if (unknownClass.length > 0 && !decision.exceptionApplied) {
    criteria.push({
      id: 'felony_class',
      met: false,
      exclusion: false,
      reason: `We cannot tell whether you can earn time credit: the record does not give the felony class of ${unknownClass.join(' or ')}, and probation for a class ${excludedClasses.join(' or ')} felony earns none.`,
      citations: [`${CITE.E}(2)`],
    });
    ctx.warn(
      `Arizona time credit depends on the felony class; the record does not give it for ${unknownClass.join(' or ')}, so no credit is counted until it is known.`,
    );
  }

  const order = ctx.facts.orders.find((o) => o.type === 'credits_ineligible');
  if (order !== undefined) {
    criteria.push({
      id: 'court_finding',
      met: false,
      exclusion: true,
      reason: `On ${formatLongDate(order.day)} the court found that you may not earn time credit on this term.`,
      citations: [CITE.A],
    });
  }

  const failing: CriterionResult[] = [];
  const unknowns: CriterionResult[] = [];
  let anyExclusion = false;
  for (const c of criteria) {
    if (c.met === false) {
      failing.push(c);
      if (c.exclusion) anyExclusion = true;
    } else if (c.met === 'unknown') unknowns.push(c);
  }
  let summary: string;
  if (failing.length === 0)
    summary = `You can earn time credit on this term: you are on supervised probation for ${classes.length > 0 ? `a ${classes.join(' and ')} felony` : 'a felony'}, not on lifetime probation, and not required to register as a sex offender.`;
  else if (!anyExclusion) summary = reasonsOf(failing);
  else summary = `You do not earn time credit on this term. ${reasonsOf(failing, true)}`;
  const kept: CriterionResult[] =
    failing.length > 0 ? failing : [{ id: 'eligible', met: true, reason: summary, citations: [CITE.A, CITE.E] }, ...unknowns];
  return {
    inForce,
    eligible: failing.length === 0,
    curable: failing.length > 0 && !anyExclusion,
    criteria: kept,
    summary,
  };
}

/** The reasons of criteria not met, joined into one text; `exclusionsOnly` keeps only the exclusions. */
function reasonsOf(failing: readonly CriterionResult[], exclusionsOnly = false): string {
  let text: string | undefined;
  for (const c of failing) {
    if (c.met !== false || (exclusionsOnly && !c.exclusion)) continue;
    text = text === undefined ? c.reason : `${text} ${c.reason}`;
  }
  return text ?? '';
}
