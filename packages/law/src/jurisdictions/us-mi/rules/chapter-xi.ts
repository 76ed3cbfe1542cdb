/**
 * Facts several Michigan probation provisions share (Code of Criminal Procedure, chapter XI).
 *
 * - Felony or not: MCL 761.1 defines "felony" for the code as "a violation of a penal law of this
 *   state for which the offender, upon conviction, may be punished by imprisonment for more than 1
 *   year or an offense expressly designated by law to be a felony" (quoted by lawserver.com's copy of
 *   771.4b's defined terms). So a "high court misdemeanor" punishable by 2 years is a felony for
 *   771.2(1) and 771.4b(1). A record's `level: felony`, or `maxPrisonMonths` above 12, makes an offense
 *   a felony here; `gross_misdemeanor` (not a Michigan class) without `maxPrisonMonths` is read as
 *   not a felony, with a warning written by the scope rule.
 * - MCL 771.2a categories: offenses with probation periods of their own.
 */
import { tableFact } from '../../../engine/offense-table.ts';
import type { OffenseFacts } from '../../../engine/term-facts.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { UsMiParameters } from '../parameters.ts';

export type Ctx = TermContext<UsMiParameters>;

export function isProbation(ctx: Ctx): boolean {
  return ctx.facts.term.kind === 'probation';
}

/** MCL 761.1: punishable by more than 1 year, or designated a felony. */
export function isFelonyOffense(o: OffenseFacts): boolean {
  return o.level === 'felony' || (o.offense.maxPrisonMonths !== undefined && o.offense.maxPrisonMonths > 12);
}

/** True when the person is on this probation for at least one felony (761.1). */
export function isFelonyProbation(ctx: Ctx): boolean {
  for (const o of ctx.facts.offenses) if (isFelonyOffense(o)) return true;
  return false;
}

export type OwnPeriod = 'stalking' | 'aggravated_stalking' | 'child_abuse_misdemeanor' | 'violent_felony' | 'listed_offense';

export const OWN_PERIOD_CITATION: Record<OwnPeriod, string> = {
  stalking: 'MCL 771.2a(1)',
  aggravated_stalking: 'MCL 771.2a(2)',
  child_abuse_misdemeanor: 'MCL 771.2a(3)',
  violent_felony: 'MCL 771.2a(4)',
  listed_offense: 'MCL 771.2a(7)',
};

export const OWN_PERIOD_WORDS: Record<OwnPeriod, string> = {
  stalking: 'stalking',
  aggravated_stalking: 'aggravated stalking',
  child_abuse_misdemeanor: 'child abuse charged as a misdemeanor',
  violent_felony: 'a violent felony',
  listed_offense: 'an offense listed in the Sex Offenders Registration Act',
};

/**
 * Whether an offense of the term falls in a 771.2a category, and which one it is. Subsections (1)–(3) name
 * one section each (§§ 750.411h, 750.411i, 750.136b): the offense table's `mi2a` fact decides, not the
 * record's `stalking` or `child_abuse` tag, which other statutes carry too (`taggedOnly` names those).
 */
export function offenseOwnPeriods(o: OffenseFacts): OwnPeriod[] {
  const found: OwnPeriod[] = [];
  const mi2a = tableFact(o, 'mi2a');
  if (mi2a === 'aggravated_stalking') found.push('aggravated_stalking');
  else if (mi2a === 'stalking') found.push('stalking');
  if (mi2a === 'child_abuse' && !isFelonyOffense(o)) found.push('child_abuse_misdemeanor');
  if (o.tags.has('violent') && isFelonyOffense(o)) found.push('violent_felony');
  if (o.tags.has('sex_registration')) found.push('listed_offense');
  return found;
}

/** The 771.2a categories of every offense of the term, each with the offense that brings it. */
export function ownPeriods(ctx: Ctx): { period: OwnPeriod; offense: OffenseFacts }[] {
  const out: { period: OwnPeriod; offense: OffenseFacts }[] = [];
  for (const o of ctx.facts.offenses) for (const period of offenseOwnPeriods(o)) out.push({ period, offense: o });
  return out;
}

export function offenseName(o: OffenseFacts): string {
  return o.offense.description === undefined ? o.offense.statute : `${o.offense.description} (${o.offense.statute})`;
}

export function hasTableFact(o: OffenseFacts, name: string): boolean {
  return tableFact(o, name) === true;
}

export const OWN_PERIOD_TAGS = ['stalking', 'child_abuse', 'violent', 'sex_registration'] as const;

/**
 * Says where the record tags an offense "stalking" or "child_abuse" but its statute is none of those 771.2a
 * names: the tag alone does not bring the section's own period.
 */
export function warnTaggedOnly(ctx: Ctx, o: OffenseFacts): void {
  if (tableFact(o, 'mi2a') !== undefined) return;
  if (o.tags.has('stalking'))
    ctx.warn(
      `The record marks ${o.offense.statute} as stalking, but MCL 771.2a(1) and (2) set their own probation periods only for MCL 750.411h and 750.411i; ${o.offense.statute} was not read as either, so the usual limits apply to it.`,
    );
  if (o.tags.has('child_abuse') && !isFelonyOffense(o))
    ctx.warn(
      `The record marks ${o.offense.statute} as child abuse, but MCL 771.2a(3) sets its own probation period only for MCL 750.136b designated a misdemeanor; ${o.offense.statute} was not read as that, so the usual limits apply to it.`,
    );
}
