/**
 * Cal. Penal Code § 1203g, added by Stats. 2024, ch. 168, § 8 (AB 2943, the California Retail Theft
 * Reduction Act), effective 2025-01-01 [history line of the official text published 2026-07-21].
 *
 * (a) "Notwithstanding Section 1203a, for a violation of shoplifting, as defined in Section 459.5, or
 *     petty theft, as described in Section 488 or 490.2, the court may suspend the imposition or execution
 *     of the sentence and make and enforce the terms of probation for a period not to exceed two years."
 * (b) A term longer than 1203a's one year: the court shall consider referring the person to a
 *     collaborative court or rehabilitation program. (c) On successful completion the court "shall
 *     discharge the defendant from probation". (d) Participation may not exceed the (a) maximum.
 * (d) … "except with the consent of the defendant."
 * [Text read 2026-11-30 in the official text (parameters.ts `PENAL_CODE_TEXT_URL`) and the self-law.org
 * copy, alike.]
 *
 * Encoded as a labelled exception to the PC 1203a(a) one-year limit: ceiling 2 years from the grant.
 * Version date: the grant of probation, since (a) widens what the court may order at the grant; a grant
 * before 2025-01-01 keeps the one-year limit (the law is not ameliorative, so Estrada does not carry it
 * back). And the offense date: a law that lengthens what the court may impose reaches only conduct
 * after it ("No part of it is retroactive, unless expressly so declared", Pen. Code § 3; a law is
 * retroactive where it changes the legal consequences of conduct before it, Tapia v. Superior Court
 * (1991) 53 Cal.3d 282), so petty theft committed in 2024 and granted probation in 2025 keeps the one-year
 * limit. Without an offense date the grant date stands in for it, with a warning.
 * Not encoded: the (c) discharge on completing a program (the record has no program-completion event
 * tied to a 1203g referral; an `achievement` of kind program_completion is not enough to say the court
 * referred under (b)). Open question in README.
 */
import type { ExceptionRule } from '../../../engine/exceptions.ts';
import type { UsCaParameters } from '../parameters.ts';
import { tableFact } from '../../../engine/offense-table.ts';
import { firstInForce } from '../../../engine/parameters.ts';
import { levelMatches, listNames, type Ceiling } from './ceilings.ts';
import { lawOf } from './governing-law.ts';

export const PC_1203G = 'Cal. Penal Code § 1203g(a)';

export const pc1203gException: ExceptionRule<Ceiling, UsCaParameters> = {
  label: 'PC 1203g: shoplifting or petty theft',
  citations: [PC_1203G],
  appliesBecause: (ctx) => {
    const capYears = ctx.params.pc1203g.capYears;
    const granted = lawOf(ctx).lawDay;
    const cap = ctx.param(capYears, granted);
    if (cap === undefined) return undefined;
    const listed = ctx.facts.offenses.filter((o) => levelMatches(o, 'misdemeanor') && tableFact(o, 'pc1203g') === true);
    const hits = listed.filter((o) => o.offenseDay === undefined || ctx.param(capYears, o.offenseDay) !== undefined);
    for (const o of hits) {
      if (o.offenseDay === undefined)
        ctx.warn(
          `The record gives no date for the offense ${o.offense.statute}; Cal. Penal Code § 1203g reaches only offenses committed on or after ${ctx.date(firstInForce(capYears)!)} (Pen. Code § 3), and it was taken to be one.`,
        );
    }
    // Not "petty theft (PC 488) is shoplifting or petty theft": the rule first, then the offense that meets it.
    return hits.length === 0
      ? undefined
      : `since ${ctx.date(firstInForce(capYears)!)} the court may order up to ${cap.value} years of probation for shoplifting or petty theft, and ${listNames(hits)} ${hits.length === 1 ? 'is one of those' : 'are among those'}`;
  },
  value: (ctx) => {
    const years = ctx.param(ctx.params.pc1203g.capYears, lawOf(ctx).lawDay)!.value;
    return { months: years * 12, text: `probation for shoplifting or petty theft may last at most ${years} years` };
  },
};
