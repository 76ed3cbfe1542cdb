/**
 * A.R.S. § 13-924: who may earn time credit, computed once per term (the eligibility rule explains it;
 * the credit ledger reads it).
 */
import { formatLongDate, maxDay, minDay, type Day } from '../../../dates/calendar.ts';
import type { CriterionResult } from '../../../engine/criteria.ts';
import { decide, type Provision } from '../../../engine/exceptions.ts';
import { tableFact } from '../../../engine/offense-table.ts';
import { oncePerTerm } from '../../../engine/term-context.ts';
import type { UsAzParameters } from '../parameters.ts';
import { felonyClassOf, offenseName } from './offense-class.ts';
import { exclusionsOn, type OtherExclusion } from './other-probations.ts';
import { CITE, type Ctx } from './shared.ts';

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
 * (other-probations.ts), as they stood on the day this term is judged "currently" (`currentDay`).
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

/**
 * The day this term is judged "currently" on: the as-of date, held within the term's own days (its start,
 * for a term not yet begun; its end, for one already over).
 */
function currentDay(ctx: Ctx): Day {
  return maxDay(ctx.facts.start, minDay(ctx.asOf, ctx.scheduledEnd))!;
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
