/**
 * 18 U.S.C. § 3583(e)(3): the most prison a revocation of supervised release may bring.
 *
 * "(3) revoke a term of supervised release, and require the defendant to serve in prison all or part of
 *  the term of supervised release authorized by statute for the offense that resulted in such term of
 *  supervised release without credit for time previously served on postrelease supervision, if the court
 *  … finds by a preponderance of the evidence that the defendant violated a condition of supervised
 *  release, except that a defendant whose term is revoked under this paragraph may not be required to
 *  serve on any such revocation more than 5 years in prison if the offense that resulted in the term of
 *  supervised release is a class A felony, more than 3 years in prison if such offense is a class B
 *  felony, more than 2 years in prison if such offense is a class C or D felony, or more than one year in
 *  any other case" (read 2026-12-03, US Code text, chunck-1949.md).
 *
 * Readings chosen:
 * - The limit covers a technical violation, so it is the term's `sanctionLimit` (spec § 2: the limit on
 *   confinement for the next technical violation, where the law limits it). It is the most for "any such
 *   revocation": each revocation has its own (no credit for earlier ones is taken). § 3583(k) sets a
 *   5-year minimum "without regard to" it for a registrant's new sex offense, not a technical violation:
 *   said in the reasons.
 * - Days: the limit is in years; `maxConfinementDays` counts those years as calendar years from the
 *   as-of date (a revocation that day), so a leap day in them counts.
 * - The class: the record's `class` ("C", "Class C felony"); else, by 18 U.S.C. § 3559(a), from the
 *   longest prison term (`maxPrisonMonths`): life (or the tag `life_eligible`) A, 25 years or more B, 10
 *   or more C, 5 or more D, more than one year E; a misdemeanor or an infraction is "any other case".
 *   Where neither says, no limit is given and a warning says why.
 * - Several counts: each count's term may be revoked, and the limit of the most serious count is given
 *   (the longest), with a warning that revocation terms on several counts may be ordered to run one after
 *   another.
 * - Supervised release only: a revoked probation is resentenced under § 3565(a) to any sentence the
 *   offense allowed, so it has no limit of its own here.
 * - violationNumber: 1 + the violations found on the term (one per incident; a revocation with none
 *   recorded counts one). § 3583(e)(3) does not count them; the number is for the reader.
 * - § 3583(g) (mandatory revocation for possessing drugs or a firearm, refusing testing, or testing
 *   positive "more than 3 times over the course of 1 year") still sends the person to prison within this
 *   limit: said in the reasons.
 * - A felony whose class says "misdemeanor", or whose maximum is a year or less, says nothing of its
 *   class; an unknown count matters only where the known ones are below class A's limit.
 */
import { addYears } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { OffenseFacts } from '../../../engine/term-facts.ts';
import { violationsFound } from '../../../engine/violation-episodes.ts';
import type { FedParameters } from '../parameters.ts';
import { isInfraction } from './shared.ts';

const C_E3 = '18 U.S.C. § 3583(e)(3)';
const C_3559 = '18 U.S.C. § 3559(a)';

type Grade = 'A' | 'B' | 'C' | 'D' | 'E' | 'other';

/** The offense's class for § 3583(e)(3): the record's letter, else § 3559(a) from its longest prison term; undefined where neither says. */
function offenseGrade(o: OffenseFacts): { grade: Grade; from: 'record' | 'maximum' } | undefined {
  if (o.level !== 'felony') return { grade: 'other', from: 'record' };
  if (isInfraction(o.offense.class)) return { grade: 'other', from: 'record' };
  // A felony "class A misdemeanor" says two things: neither is taken.
  const cls = o.offense.class ?? '';
  const letter = /misdemeanor/i.test(cls) ? undefined : /^\s*(?:class\s*)?([A-E])(?:\b|\s|$)/i.exec(cls)?.[1];
  if (letter !== undefined) return { grade: letter.toUpperCase() as Grade, from: 'record' };
  if (o.tags.has('life_eligible')) return { grade: 'A', from: 'maximum' };
  const months = o.offense.maxPrisonMonths;
  // A felony carries more than a year (§ 3559(a)(5)): a maximum of a year or less says nothing of its class.
  if (months === undefined || months <= 12) return undefined;
  const grade: Grade = months >= 25 * 12 ? 'B' : months >= 10 * 12 ? 'C' : months >= 5 * 12 ? 'D' : 'E';
  return { grade, from: 'maximum' };
}

/** Why a count's class is unknown, in the words of the record: nothing given, or a felony the record's class or maximum calls a misdemeanor. */
function whyNoClass(o: OffenseFacts): string {
  const { statute, class: cls, maxPrisonMonths: months } = o.offense;
  if (cls !== undefined && /misdemeanor/i.test(cls))
    return `The record calls ${statute} a felony but gives its class as "${cls}", and the two disagree`;
  if (months !== undefined && months <= 12)
    return `The record calls ${statute} a felony but gives its longest prison term as ${months} months, which ${C_3559} makes a misdemeanor (a felony carries more than a year), and the two disagree`;
  return `The record gives neither the class nor the longest prison term of ${statute}`;
}

function yearsFor(grade: Grade, max: { A: number; B: number; CD: number; other: number }): number {
  return grade === 'A' ? max.A : grade === 'B' ? max.B : grade === 'C' || grade === 'D' ? max.CD : max.other;
}

const GRADE_WORDS: Record<Grade, string> = {
  A: 'a class A felony',
  B: 'a class B felony',
  C: 'a class C felony',
  D: 'a class D felony',
  E: 'a class E felony',
  other: 'not a felony of class A to D ("any other case")',
};

export const revocationLimit: Rule<FedParameters> = (ctx) => {
  if (ctx.facts.term.kind !== 'supervised_release' || ctx.scheduledEndPassed()) return;
  const max = ctx.param(ctx.params.revocation.supervisedReleaseMaxYears, ctx.asOf);
  if (max === undefined) return;
  let governing: { o: OffenseFacts; grade: Grade; from: 'record' | 'maximum'; years: number } | undefined;
  const unknown: OffenseFacts[] = [];
  for (const o of ctx.facts.offenses) {
    const g = offenseGrade(o);
    if (g === undefined) {
      unknown.push(o);
      continue;
    }
    const years = yearsFor(g.grade, max.value);
    if (governing === undefined || years > governing.years) governing = { o, ...g, years };
  }
  // An unknown count matters only where it could raise the limit: none is above class A's.
  if (unknown.length > 0 && (governing === undefined || governing.years < max.value.A)) {
    ctx.warn(
      `${unknown.map(whyNoClass).join('; ')}, so the most prison a revocation of this supervised release may bring (1 to 5 years by class, ${C_E3}) cannot be worked out.`,
    );
    return;
  }
  if (governing === undefined) return;
  if (ctx.facts.offenses.length > 1)
    ctx.warn(
      `This supervised release is for more than one count. The limit shown is that of the most serious count; a court may order revocation terms on several counts to run one after another.`,
    );
  const sustained = ctx.facts.violations.filter((v) => v.status === 'sustained');
  const n = violationsFound(ctx.facts, sustained) + 1;
  const days = addYears(ctx.asOf, governing.years) - ctx.asOf;
  const years = governing.years === 1 ? '1 year' : `${governing.years} years`;
  const what =
    governing.from === 'maximum'
      ? `${governing.o.offense.statute} carries ${governing.o.tags.has('life_eligible') ? 'up to life in prison' : `up to ${governing.o.offense.maxPrisonMonths} months in prison`}, which makes it ${GRADE_WORDS[governing.grade]} (${C_3559})`
      : `${governing.o.offense.statute} is ${GRADE_WORDS[governing.grade]}`;
  const reasons = [
    `If the court revokes your supervised release for a technical violation, it may send you to prison for at most ${years}: ${what}.`,
    'The limit is for each revocation; time you spent on supervised release is not credited against it.',
    'For some violations (having drugs or a firearm, refusing a drug test, or more than three positive drug tests in a year) the court must revoke, but still within this limit (18 U.S.C. § 3583(g)).',
    'A person required to register as a sex offender who commits certain new offenses must serve at least 5 years, whatever the limit (18 U.S.C. § 3583(k)); that is not a technical violation.',
  ];
  ctx.setSanctionLimit(
    {
      violationNumber: n,
      confinementAllowed: true,
      maxConfinementDays: days,
      citations: governing.from === 'maximum' ? [C_E3, C_3559] : [C_E3],
      reasons,
    },
    `A revocation of your supervised release for a technical violation may bring at most ${years} in prison (${days.toLocaleString('en-US')} days counted from ${ctx.date(ctx.asOf)}): ${what}. This is the most for each revocation.`,
  );
};
