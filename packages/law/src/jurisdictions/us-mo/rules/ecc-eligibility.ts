/**
 * RSMo § 217.703.1, .2 and .11: who earns compliance credits.
 *
 * 1. "The division of probation and parole shall award earned compliance credits to any offender who is:
 *    (1) Not subject to lifetime supervision under sections 217.735 and 559.106 or otherwise found to be
 *        ineligible to earn credits by a court pursuant to subsection 2 of this section;
 *    (2) On probation, parole, or conditional release for an offense listed in chapter 579, or an offense
 *        previously listed in chapter 195, or for a class D or E felony, excluding sections 565.225,
 *        565.252, 566.031, 566.061, 566.083, 566.093, 568.020, 568.060, offenses defined as sexual assault
 *        under section 589.015, deviate sexual assault, assault in the second degree under subdivision (2)
 *        of subsection 1 of section 565.052, endangering the welfare of a child in the first degree under
 *        subdivision (2) of subsection 1 of section 568.045, and any offense of aggravated stalking or
 *        assault in the second degree under subdivision (2) of subsection 1 of section 565.060 as such
 *        offenses existed prior to January 1, 2017;
 *    (3) Supervised by the division of probation and parole; and
 *    (4) In compliance with the conditions of supervision …"
 * 2. For listed offenses (involuntary manslaughter 2nd, assault 2nd, domestic assault 2nd, statutory rape
 *    and sodomy 2nd, endangering a child 1st under 568.045.1(1), any felony under chapter 571, …) "the
 *    sentencing court may … make a finding that the offender is ineligible to earn compliance credits …"
 * 11. "Any offender who was sentenced prior to January 1, 2017, to an offense that was eligible for earned
 *    compliance credits under subsection 1 or 2 of this section at the time of sentencing shall continue to
 *    remain eligible …"
 * (Text read 2026-11-30, current version through 2022 S.B. 775; see README.)
 *
 * Readings chosen:
 * - Which date selects the version: the felony classes are read by the SENTENCE date (subsection 11 is a
 *   sentence-date grandfather rule: pre-2017 classes C/D for sentences before 2017-01-01, classes D/E from
 *   then on). A sentence before the law began (2012-08-28) is read under the first version, because
 *   subsection 3 applies the law to terms already running. Whether the law exists at all is read on the
 *   AS-OF date: before 2012-08-28 there are no credits.
 * - "Offenses defined as sexual assault under section 589.015" (subsection 1(2)): § 589.015(2)(a) (as
 *   amended by L. 2014 S.B. 491, eff. January 1, 2017) names, among others, statutory rape and statutory
 *   sodomy in the second degree, child molestation and sexual abuse in the second degree. These are
 *   excluded for a sentence under the 2017 list (sentence on or after January 1, 2017), as DOC lists them.
 *   For an earlier sentence (subsection 11) statutory rape and sodomy 2nd stand where subsection 2 puts
 *   them (the court may find the person ineligible); the pre-2017 text of § 217.703 was not read.
 *   Offense-table fact `ecc: 'excluded_from_2017'`, read by {@link eccListing}.
 * - A term with several offenses earns only if every felony on it qualifies: an excluded count keeps the
 *   whole term running (conservative; DOC practice per case not confirmed). A misdemeanor outside the drug
 *   chapter beside a qualifying count does not: the person is "on probation … for a class D or E felony"
 *   (subsection 1(2)), the misdemeanor is not among the sections excluded, and its own probation lasts at
 *   most two years (§ 559.016.1(2)), which an earned discharge (never before two years, subsection 7)
 *   does not precede. A term of misdemeanors alone outside the drug chapter does not earn.
 * - Subsection 4(4) ("in compliance") is applied month by month in ecc-credits.ts, not as a gate here.
 * - A `credits_ineligible` order is the court's or board's finding under subsection 2 or 5(2): it ends
 *   earning on the term and rescinds what was earned.
 * - A felony with no class in the record, outside the drug chapters, cannot be placed: it is treated as
 *   not (yet) eligible and reported as a missing fact, never silently as eligible.
 */
import { formatLongDate, parseIsoDate, type Day } from '../../../dates/calendar.ts';
import type { CriterionResult } from '../../../engine/criteria.ts';
import { decide, type Provision } from '../../../engine/exceptions.ts';
import { tableFact } from '../../../engine/offense-table.ts';
import { firstInForce } from '../../../engine/parameters.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { OffenseFacts } from '../../../engine/term-facts.ts';
import type { UsMoParameters } from '../parameters.ts';
import { oncePerTerm } from '../../../engine/term-context.ts';
import { lifetimeSupervision } from './lifetime-supervision.ts';

type Ctx = TermContext<UsMoParameters>;

export const CITE_1 = 'RSMo § 217.703.1';
export const CITE_2 = 'RSMo § 217.703.2';
export const CITE_11 = 'RSMo § 217.703.11';

export function offenseName(o: OffenseFacts): string {
  return o.offense.description ?? o.offense.statute;
}

/** How an offense stands under the class-and-chapter test of subsection 1(2) (or § 559.036.4(1)(a)). */
export type OffenseStanding = 'drug_chapter' | 'eligible_class' | 'other_class' | 'misdemeanor' | 'class_unknown';

export function offenseStanding(o: OffenseFacts, classes: readonly string[], preCode: boolean): OffenseStanding {
  if (tableFact(o, 'drugChapter') !== undefined) return 'drug_chapter';
  if (o.level !== 'felony') return 'misdemeanor';
  const cls = o.offense.class?.trim().toUpperCase();
  if (cls === undefined || cls === '') return 'class_unknown';
  if (classes.includes(cls)) return 'eligible_class';
  // A pre-2017 sentence recorded with the current class E (the old class D): eligible.
  if (preCode && cls === 'E') return 'eligible_class';
  return 'other_class';
}

/**
 * How the lists of subsections 1(2) and 2 treat an offense, for a sentence under the pre-2017 list
 * (`preCode`) or the list in force from January 1, 2017: 'excluded' (never earns), 'discretionary' (the
 * court may find the person ineligible), or undefined (on neither list).
 */
export function eccListing(o: OffenseFacts, preCode: boolean): 'excluded' | 'discretionary' | undefined {
  const fact = tableFact(o, 'ecc');
  if (fact === 'excluded' || fact === 'discretionary') return fact;
  if (fact !== 'excluded_from_2017') return undefined;
  if (!preCode) return 'excluded';
  return tableFact(o, 'eccBefore2017') === 'discretionary' ? 'discretionary' : undefined;
}

export interface ClassRule {
  classes: readonly string[];
  /** The classes are those of the code before January 1, 2017. */
  preCode: boolean;
  citation: string;
}

/** The felony classes that qualify, read by the sentence date (see the header). */
export const classRuleFor: (ctx: Ctx) => ClassRule | undefined = oncePerTerm(computeClassRule);

function computeClassRule(ctx: Ctx): ClassRule | undefined {
  const p = ctx.params.ecc.eligibleFelonyClasses;
  const day = Math.max(ctx.facts.sentence, firstInForce(p) ?? ctx.facts.sentence);
  const v = ctx.param(p, day);
  if (v === undefined) return undefined;
  return { classes: v.value, preCode: v.value.includes('C'), citation: v.source.citation };
}

interface OffenseTest {
  qualifies: boolean;
  /** Missing fact (felony class) rather than a real exclusion. */
  unknown: string[];
  text: string;
}

/**
 * Subsection 1(2) as a general rule (the class-and-chapter test) with its exception (the excluded
 * sections). Module-level, so no closures are built per term.
 */
const offenseProvision: Provision<OffenseTest, UsMoParameters> = {
  general: {
    label: 'RSMo § 217.703.1(2): chapter 579 / former chapter 195, or an eligible felony class',
    citations: [CITE_1, CITE_11],
    value: (ctx) => classAndChapterTest(ctx),
  },
  exceptions: [
    {
      label: 'RSMo § 217.703.1(2): excluded sections',
      citations: [CITE_1],
      appliesBecause: (ctx) => {
        const preCode = classRuleFor(ctx)?.preCode ?? false;
        const excluded = ctx.facts.offenses.filter((o) => eccListing(o, preCode) === 'excluded');
        return excluded.length === 0
          ? undefined
          : `${excluded.map(offenseName).join(' and ')} ${excluded.length === 1 ? 'is' : 'are'} on the list of offenses that never earn credits`;
      },
      value: () => ({ qualifies: false, unknown: [], text: '' }),
    },
  ],
};

/** The qualifying classes as a reason names them (only an offense that fails the class test needs it). */
function eligibleClassWords(classes: readonly string[], preCode: boolean): string {
  return preCode
    ? `a class ${classes.join(' or ')} felony (the classes before 2017, because you were sentenced before January 1, 2017)`
    : `a class ${classes.join(' or ')} felony`;
}

function classAndChapterTest(ctx: Ctx): OffenseTest {
  const rule = classRuleFor(ctx);
  const classes = rule?.classes ?? [];
  const preCode = rule?.preCode ?? false;
  const unknown: string[] = [];
  const failing: string[] = [];
  const passing: string[] = [];
  const misdemeanors: string[] = [];
  for (const o of ctx.facts.offenses) {
    const s = offenseStanding(o, classes, preCode);
    const name = offenseName(o);
    switch (s) {
      case 'drug_chapter':
        passing.push(`${name} is a drug offense (chapter ${String(tableFact(o, 'drugChapter'))})`);
        break;
      case 'eligible_class':
        passing.push(
          `${name} is a class ${o.offense.class!.trim().toUpperCase()} felony${preCode ? ', which qualifies because you were sentenced before January 1, 2017, when class C and D felonies earned credits' : ''}`,
        );
        break;
      case 'class_unknown':
        unknown.push(`the felony class of ${name}`);
        break;
      case 'misdemeanor':
        misdemeanors.push(name);
        break;
      case 'other_class':
        failing.push(
          `${name} is a class ${o.offense.class!.trim().toUpperCase()} felony, and credits are for ${eligibleClassWords(classes, preCode)} or drug offenses`,
        );
        break;
    }
  }
  // A misdemeanor outside the drug chapter qualifies nothing by itself, but beside a qualifying count it
  // does not keep the term from earning (header).
  if (passing.length === 0 && unknown.length === 0)
    for (const name of misdemeanors) failing.push(`${name} is a misdemeanor outside the drug chapter`);
  if (failing.length > 0) return { qualifies: false, unknown, text: failing.join('; ') };
  if (unknown.length > 0) return { qualifies: false, unknown, text: `the record does not give ${unknown.join(' or ')}` };
  if (misdemeanors.length > 0)
    passing.push(
      `${misdemeanors.join(' and ')} ${misdemeanors.length === 1 ? 'is a misdemeanor, which does' : 'are misdemeanors, which do'} not keep this term from earning: it is for a qualifying offense, and a misdemeanor is not one of the offenses the law excludes${ctx.facts.term.kind === 'probation' ? ' (its own probation lasts at most two years, RSMo § 559.016.1(2))' : ''}`,
    );
  return { qualifies: true, unknown, text: passing.join('; ') };
}

export interface EccEligibility {
  /** § 217.703 is law on the as-of date. */
  inForce: boolean;
  criteria: CriterionResult[];
  /** Every criterion is met (or assumed met). */
  eligible: boolean;
  /** Not eligible, and only missing facts stand in the way (a curable gate). */
  curable: boolean;
  /** A `credits_ineligible` order, if one was made. */
  ineligibleOrder?: Day;
}

export const eccEligibility: (ctx: Ctx) => EccEligibility = oncePerTerm(computeEligibility);

const AGENCY_WORDS = { court: 'a court (unsupervised probation)', county: 'a county agency', private: 'a private company' } as const;

function computeEligibility(ctx: Ctx): EccEligibility {
  const inForce = ctx.param(ctx.params.ecc.creditDaysPerMonth, ctx.asOf) !== undefined;
  const { term } = ctx.facts;
  const criteria: CriterionResult[] = [];

  criteria.push(
    lifetimeSupervision(ctx)
      ? {
          id: 'not_lifetime',
          met: false,
          exclusion: true,
          reason: 'You are on lifetime supervision, which never earns credits.',
          citations: ['RSMo § 217.703.1(1)'],
        }
      : { id: 'not_lifetime', met: true, reason: 'You are not on lifetime supervision.', citations: ['RSMo § 217.703.1(1)'] },
  );

  criteria.push(
    term.kind === 'supervised_release'
      ? {
          id: 'kind',
          met: false,
          exclusion: true,
          reason: 'Credits are for probation, parole or conditional release; this term is none of these.',
          citations: [CITE_1],
        }
      : {
          id: 'kind',
          met: true,
          reason: `Credits apply to ${term.kind === 'conditional_release' ? 'conditional release' : term.kind}.`,
          citations: [CITE_1],
        },
  );

  const decision = decide(ctx, offenseProvision);
  warnSubdivisionNotGiven(ctx);
  if (decision.exceptionApplied) {
    criteria.push({
      id: 'offense',
      met: false,
      exclusion: true,
      reason: `No credits: ${decision.decidedBy[0]!.because}.`,
      citations: [CITE_1],
    });
  } else if (decision.value.qualifies) {
    criteria.push({ id: 'offense', met: true, reason: `Your offense qualifies: ${decision.value.text}.`, citations: [CITE_1, CITE_11] });
  } else if (decision.value.unknown.length > 0 && decision.value.text.startsWith('the record')) {
    criteria.push({
      id: 'offense',
      met: false,
      exclusion: false,
      reason: `We cannot tell whether your offense qualifies: ${decision.value.text}.`,
      citations: [CITE_1],
    });
    ctx.warn(`Missouri credits depend on the felony class; ${decision.value.text}, so no credits are counted until it is known.`);
  } else {
    criteria.push({
      id: 'offense',
      met: false,
      exclusion: true,
      reason: `Your offense does not earn credits: ${decision.value.text}.`,
      citations: [CITE_1],
    });
  }
  for (const o of ctx.facts.offenses) {
    if (o.tableEntries.length === 0) {
      ctx.warn(
        `${o.offense.statute} is not in the Missouri offense table, so it was assumed not to be on the lists of § 217.703.1(2) (never earns) or § 217.703.2 (court may bar credits).`,
      );
    }
  }

  const agency = term.supervisingAgency;
  if (agency === undefined) {
    criteria.push({
      id: 'division',
      met: 'unknown',
      reason: 'Credits are for people supervised by the Division of Probation and Parole.',
      assumption: 'The record does not say who supervises this term; it was assumed to be the Division of Probation and Parole (state).',
      citations: ['RSMo § 217.703.1(3)'],
    });
    ctx.warn('The record does not say who supervises this term; it was assumed to be the Division of Probation and Parole (state).');
  } else if (agency === 'state') {
    criteria.push({
      id: 'division',
      met: true,
      reason: 'You are supervised by the Division of Probation and Parole.',
      citations: ['RSMo § 217.703.1(3)'],
    });
  } else {
    criteria.push({
      id: 'division',
      met: false,
      exclusion: true,
      reason: `Credits are only for people supervised by the Division of Probation and Parole; you are supervised by ${AGENCY_WORDS[agency]}.`,
      citations: ['RSMo § 217.703.1(3)'],
    });
  }

  const order = ctx.facts.orders.find((o) => o.type === 'credits_ineligible');
  if (order !== undefined) {
    criteria.push({
      id: 'no_ineligibility_finding',
      met: false,
      exclusion: true,
      reason: `On ${formatLongDate(order.day)} the court or board found that you may not earn credits on this term, which also takes away any credits already earned.`,
      citations: [CITE_2, 'RSMo § 217.703.5(2)'],
    });
  } else {
    const preCode = classRuleFor(ctx)?.preCode ?? false;
    const discretionary = ctx.facts.offenses.filter((o) => eccListing(o, preCode) === 'discretionary' && o.level === 'felony');
    criteria.push({
      id: 'no_ineligibility_finding',
      met: true,
      reason:
        discretionary.length > 0
          ? `${discretionary.map(offenseName).join(' and ')} is on the list where the court may find that you may not earn credits; no such finding is recorded, so you earn them.`
          : 'No court or board has found you ineligible to earn credits.',
      citations: discretionary.length > 0 ? [CITE_2] : [CITE_1],
    });
  }

  const failing: CriterionResult[] = [];
  let anyExclusion = false;
  for (const c of criteria) {
    if (c.met !== false) continue;
    failing.push(c);
    if (c.exclusion) anyExclusion = true;
  }
  const e: EccEligibility = {
    inForce,
    criteria: failing.length > 0 ? failing : collapseMet(criteria),
    eligible: failing.length === 0,
    curable: failing.length > 0 && !anyExclusion,
  };
  if (order !== undefined) e.ineligibleOrder = order.day;
  return e;
}

/**
 * For the opportunity, the criteria that are met collapse into one (the reader needs the offense and any
 * subsection 2 note, not a line per condition); assumed ones stay separate. Only for a term that fails no
 * criterion.
 */
function collapseMet(criteria: readonly CriterionResult[]): CriterionResult[] {
  const kept: CriterionResult[] = [];
  let offense: CriterionResult | undefined;
  let finding: CriterionResult | undefined;
  for (const c of criteria) {
    if (c.met !== true) kept.push(c);
    else if (c.id === 'offense') offense ??= c;
    else if (c.id === 'no_ineligibility_finding') finding ??= c;
  }
  const subsection2 = finding !== undefined && finding.citations.includes(CITE_2) ? finding.reason : undefined;
  const reason =
    offense === undefined ? (subsection2 ?? '') : subsection2 === undefined ? offense.reason : `${offense.reason} ${subsection2}`;
  const citations = [CITE_1];
  if (offense !== undefined) citations.push(CITE_11);
  if (subsection2 !== undefined) citations.push(CITE_2);
  kept.unshift({ id: 'eligible', met: true, reason: reason || 'You meet the conditions to earn credits.', citations });
  return kept;
}

/**
 * The day the legislature's 2012 session ended with H.B. 1525 truly agreed and finally passed (May 18,
 * 2012; the Governor's signing date was not found): before it, the credits were no law to come.
 */
const HB_1525_PASSED = parseIsoDate('2012-05-18');

/** Rule: says whether this term earns credits, and why. */
export function eccEligibilityRule(ctx: Ctx): void {
  const e = eccEligibility(ctx);
  if (!e.inForce) {
    const from = firstInForce(ctx.params.ecc.creditDaysPerMonth);
    ctx.explain(
      // Before the 2012 session passed H.B. 1525 (May 2012), the credits are not spoken of as a law to come.
      ctx.asOf < HB_1525_PASSED
        ? `Missouri law in force on ${formatLongDate(ctx.asOf)} gave no earned compliance credits, so none are counted here.`
        : `Missouri's earned compliance credits begin on ${from === undefined ? 'August 28, 2012' : formatLongDate(from)}. On ${formatLongDate(ctx.asOf)} they are not in effect yet, so no credits are counted here.`,
      ['RSMo § 217.703 (L. 2012 H.B. 1525)'],
    );
    return;
  }
  if (e.eligible) {
    const summary = e.criteria.find((c) => c.id === 'eligible');
    const by = ctx.facts.term.supervisingAgency === undefined ? 'taken as supervised' : 'supervised';
    const opening = `You can earn "earned compliance credits" on this term: you are on ${ctx.facts.term.kind === 'conditional_release' ? 'conditional release' : ctx.facts.term.kind} ${by} by the Division of Probation and Parole, not on lifetime supervision.`;
    const detail = (summary?.reason ?? '').trimEnd();
    ctx.explain(detail === '' ? opening : `${opening} ${detail}`, summary?.citations ?? [CITE_1]);
    return;
  }
  const reasons = e.criteria.filter((c) => c.met === false).map((c) => c.reason);
  ctx.explain(`You do not earn credits on this term. ${reasons.join(' ')}`, [CITE_1]);
}

/**
 * § 217.703.1(2) excludes one subdivision of a section whose other subdivisions earn credits (assault in
 * the second degree "under subdivision (2) of subsection 1 of section 565.052"): a record that cites the
 * section without its subdivision is read as another subdivision, and the reading is said.
 */
function warnSubdivisionNotGiven(ctx: Ctx): void {
  for (const o of ctx.facts.offenses) {
    const excluded = o.tableEntries[0]?.facts?.['excludedSubdivision'];
    // A statute that gives the subsection and its subdivision ("565.052.1(3)", "565.052(1)(3)",
    // "565.052 subd. 1(3)") says which one it is; a lone "(2)" does not (subsection 2, or subdivision 2
    // of subsection 1?), so it is warned of like the bare section.
    if (typeof excluded !== 'string' || /\d{3}\.\d{3}\s*(?:\.\d+|\(\d+\)|sub\w*\.?\s*\d+)\s*\(/i.test(o.offense.statute)) continue;
    ctx.warn(
      `${CITE_1} excludes ${excluded} from credits. The record cites ${o.offense.statute} without its subdivision, so it was read as another subdivision, which earns credits; if it is ${excluded}, no credits are earned.`,
    );
  }
}
