/**
 * RSMo § 559.036.4: the court-ordered 120-day program in place of revocation (limit on confinement for
 * a probation violation).
 *
 * 4.(1) "Unless the defendant consents to the revocation of probation, if a continuation, modification,
 *   enlargement or extension is not appropriate under this section, the court shall order placement of
 *   the offender in a department of corrections' one hundred twenty-day program so long as:
 *   (a) The underlying offense for the probation is a class D or E felony or an offense listed in chapter
 *       579 or an offense previously listed in chapter 195; except that, the court may … make a finding
 *       that an offender is not eligible if the underlying offense is [a listed offense] …;
 *   (b) The probation violation is not the result of the defendant being an absconder or being found
 *       guilty of, pleading guilty to, or being arrested on suspicion of any felony, misdemeanor, or
 *       infraction. …;
 *   (c) The defendant has not violated any conditions of probation involving the possession or use of
 *       weapons, or a stay-away condition …; and
 *   (d) The defendant has not already been placed in one of the programs by the court for the same
 *       underlying offense or during the same probation term."
 * 4.(2) "… The time between the court's order and receipt of the offender by the department shall not
 *   apply toward the program."
 * 9. Sentenced before January 1, 2017 for an offense eligible at sentencing under 4(1)(a): stays eligible.
 * (Current text read 2026-11-30; the 2012–2022 text was not read, see parameters.ts cods.programDays.)
 *
 * Readings chosen:
 * - This is the only Missouri statute found that caps confinement for a technical violation: for an
 *   eligible probationer's next technical violation, if the program has not been used on this term, the
 *   most the court may order without the person's consent is the 120-day program → maxConfinementDays 120.
 *   Once used (a sustained violation with a `prison` sanction on this probation term is read as the
 *   placement), no statute limits the next one → sanctionLimit null.
 * - Parole and conditional release: no statutory cap (the officer detention of § 217.718 — 48 hours the
 *   first time, 360 hours a calendar year — is an officer's alternative, not a limit on the board) → null.
 * - violationNumber: the statute counts placements, not violations; the number given is 1 + this term's
 *   earlier technical violations found (sustained; one per episode, or per day without one; and a
 *   revocation with no sustained violation recorded for it), and the
 *   reasons say that the limit turns on whether the program was used. Reports still pending are named,
 *   not counted (as in the other states).
 * - Confinement before probation began (`confinementMonthsBeforeSupervision`) of at most 4 months is read
 *   as a § 559.115 120-day program, as for the two years of § 217.703.7 (ecc-discharge.ts
 *   `confinedBeforeProbation`): a placement "for the same underlying offense" under 4(1)(d), so no limit,
 *   with a warning naming the other reading. A longer confinement was a prison term: the limit stays.
 * - A misdemeanor outside the drug chapter beside a covered felony does not take the program away.
 * - Offenses on the 4(1)(a) list: the limit applies unless the court makes the finding; the reasons say so.
 * - A misdemeanor of chapter 579 (drug paraphernalia, say) is read as outside the program, though the
 *   text says "an offense listed in chapter 579": the program is the Department of Corrections', which
 *   receives people sentenced for felonies (a misdemeanor's jail term is served in the county jail,
 *   § 558.011.1(5)–(7)), and 120 days would exceed the whole lawful sentence of a class C misdemeanor
 *   (15 days) or a class D (a fine only). Open question: the text does not say so itself.
 * - Which date selects the version: the as-of date (the limit for a violation that has not happened yet
 *   is the one in force now); the eligible felony classes by the sentence date (subsection 9).
 */
import { creditLedger } from './ecc-credits.ts';
import { confinedBeforeProbation, dischargeTiming } from './ecc-discharge.ts';
import { formatCount } from '../../../engine/words.ts';
import { tableFact } from '../../../engine/offense-table.ts';
import { revocationsWithoutAFinding } from '../../../engine/violation-episodes.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { UsMoParameters } from '../parameters.ts';
import { classRuleFor, offenseName, offenseStanding } from './ecc-eligibility.ts';

type Ctx = TermContext<UsMoParameters>;
const CITE = 'RSMo § 559.036.4';

export function violationSanctionLimit(ctx: Ctx): void {
  const days = ctx.param(ctx.params.cods.programDays, ctx.asOf);
  if (days === undefined) return;
  const { term, offenses, violations } = ctx.facts;
  // A term the law had already discharged (credits satisfied it) has no next violation to limit.
  const discharged = dischargeTiming(ctx)?.mandatory ?? null;
  if (ctx.scheduledEndPassed() || (discharged !== null && discharged < ctx.asOf)) return;
  if (term.kind === 'parole' || term.kind === 'conditional_release') {
    ctx.explain(
      'Missouri law sets no fixed limit on confinement for a parole or conditional release violation. An officer may order short jail stays instead of a revocation hearing: at most 48 hours the first time, and no more than 360 hours in a calendar year.',
      ['RSMo § 217.718.2'],
    );
    return;
  }
  // Supervised release is not a Missouri kind of supervision: nothing is said of a limit.
  if (term.kind !== 'probation') return;
  const rule = classRuleFor(ctx);
  const classes = rule?.classes ?? [];
  const preCode = rule?.preCode ?? false;
  const standing = offenses.map((o) => ({ o, s: offenseStanding(o, classes, preCode) }));
  // A misdemeanor outside the drug chapter beside a covered count does not take the program away, as it
  // does not take the credits (ecc-eligibility.ts): the felony is still an underlying offense.
  const covered = standing.some(
    ({ o, s }) => o.level === 'felony' && (s === 'eligible_class' || s === 'drug_chapter' || s === 'class_unknown'),
  );
  const notEligible = standing.filter(({ s }) => s === 'other_class' || (s === 'misdemeanor' && !covered)).map(({ o }) => o);
  // The program takes people sentenced for felonies (the reading above): a chapter 579 misdemeanor is outside it.
  const drugMisdemeanors = standing.filter(({ o, s }) => s === 'drug_chapter' && o.level !== 'felony').map(({ o }) => o);
  if (notEligible.length === 0 && drugMisdemeanors.length > 0) {
    ctx.explain(
      `The 120-day program that must be used instead of revoking probation is a Department of Corrections program, which takes people sentenced for felonies; ${drugMisdemeanors.map(offenseName).join(' and ')} ${drugMisdemeanors.length === 1 ? 'is a misdemeanor' : 'are misdemeanors'}, so it does not apply. No law here limits confinement for your next violation beyond the longest jail term the offense allows.`,
      [CITE, 'RSMo § 558.011.1'],
    );
    return;
  }
  // A felony whose class the record does not give is taken as covered (most felonies sentenced to probation
  // are class D or E), with a warning; the credits rule instead counts none until the class is known.
  const classUnknown = standing.filter(({ s }) => s === 'class_unknown').map(({ o }) => o);
  if (notEligible.length === 0 && classUnknown.length > 0) {
    ctx.warn(
      `The record does not give the felony class of ${classUnknown.map(offenseName).join(' and ')}. It was taken to be class ${classes.join(' or ')}, which the 120-day program covers; if it is another class, no law limits confinement for your next violation (RSMo § 559.036.4).`,
    );
  }
  if (notEligible.length > 0) {
    ctx.explain(
      `The 120-day program that must be used instead of revoking probation is only for class ${classes.join(' or ')} felonies and drug offenses, so it does not cover ${notEligible.map(offenseName).join(' and ')}. No law here limits confinement for your next violation.`,
      // § 559.036.9 (the classes at sentencing, for a sentence before 2017) is cited only where it chose them.
      preCode ? [CITE, 'RSMo § 559.036.9'] : [CITE],
    );
    return;
  }
  // A placement dated after the law had discharged the term (ecc-credits.ts) was never one on it.
  const tooLate = creditLedger(ctx)?.placementsTooLate ?? [];
  const placed = violations.find(
    (v) => v.status === 'sustained' && v.event.sanction?.type === 'prison' && !tooLate.some((l) => l.day === v.day),
  );
  if (placed !== undefined) {
    ctx.explain(
      `The law lets the court send you to the 120-day program instead of revoking your probation only if you have not already been placed in one for the same offense or during the same probation term. It was used for the violation of ${ctx.date(placed.day)}, so no law limits confinement for your next violation.`,
      ['RSMo § 559.036.4(1)(d)'],
    );
    return;
  }
  // The confinement before probation is read as a § 559.115 program (ecc-discharge.ts, for the two years):
  // the same reading makes it a placement "for the same underlying offense".
  const before = confinedBeforeProbation(ctx);
  if (before > 0) {
    ctx.explain(
      `The law lets the court send you to the 120-day program instead of revoking your probation only if you have not already been placed in one for the same offense or during the same probation term. The ${formatCount(before)} days you were confined before probation began were read as such a program (RSMo § 559.115), so no law limits confinement for your next violation.`,
      ['RSMo § 559.036.4(1)(d)', 'RSMo § 559.115'],
    );
    ctx.warn(
      `If the ${formatCount(before)} days you were confined before probation began were jail as a condition of probation rather than a 120-day program under RSMo § 559.115, the court would have to use the 120-day program instead of revoking your probation for your next technical violation (RSMo § 559.036.4), a limit of 120 days.`,
    );
    return;
  }
  const episodes: string[] = [];
  const pending: number[] = [];
  for (const v of violations) {
    if (v.category !== 'technical' || v.status === 'dismissed') continue;
    if (v.status === 'reported') {
      pending.push(v.day);
      continue;
    }
    const episode = v.episodeId ?? `@${v.day}`;
    if (!episodes.includes(episode)) episodes.push(episode);
  }
  // A revocation (later reinstated) rests on a violation found: one the record lists no violation for counts too.
  const sustained = violations.filter((v) => v.status === 'sustained');
  const n = episodes.length + revocationsWithoutAFinding(ctx.facts.orders, sustained) + 1;
  const listed = offenses.filter((o) => tableFact(o, 'cods') === 'discretionary' && o.level === 'felony');
  const reasons = [
    `If the court finds that your probation cannot simply continue, it must send you to a ${days.value}-day Department of Corrections program instead of revoking your probation, unless you agree to the revocation.`,
    'This applies only if you have not already been placed in such a program for the same offense or during this probation term, and not if the violation is absconding, a new arrest or offense, or breaking a weapons or no-contact condition.',
    `Time waiting before the department receives you does not count toward the ${days.value} days.`,
  ];
  if (listed.length > 0) {
    reasons.push(
      `Because of ${listed.map(offenseName).join(' and ')}, the court may decide, on its own or at the prosecutor's request, that this program is not available to you.`,
    );
  }
  if (pending.length > 0) {
    reasons.push(
      `The violation report${pending.length === 1 ? '' : 's'} of ${pending.map((d) => ctx.date(d)).join(' and ')} ${pending.length === 1 ? 'has' : 'have'} not been decided; ${pending.length === 1 ? 'it is' : 'they are'} not counted here. If the court finds a violation on ${pending.length === 1 ? 'it' : 'them'}, this limit applies to that finding.`,
    );
  }
  ctx.setSanctionLimit(
    { violationNumber: n, confinementAllowed: true, maxConfinementDays: days.value, citations: [days.source.citation], reasons },
    `Your next technical violation would be number ${n} on this term. ${reasons.join(' ')}`,
  );
}
