/**
 * New York (US-NY): the Less Is More Community Supervision Revocation Reform Act (L. 2021, ch. 427,
 * in force March 1, 2022) for parole, conditional release and post-release supervision: earned time
 * credits and the discharge they bring (Penal Law § 70.40(4)), the interruption of the term by absconding
 * (§ 70.40(3)), the limits on reincarceration for technical violations (Exec. Law § 259-i(3)(f)(xii)),
 * DOCCS merit termination (Correction Law § 205(1)) and the termination it must grant after three years of
 * unrevoked parole for a class A drug felony (§ 205(4)). Probation is outside the Act: scheduled end only.
 * The review record is README.md beside this file; provisions.ts holds it in structured form.
 */
import type { Day } from '../../dates/calendar.ts';
import { defineJurisdiction } from '../../engine/jurisdiction.ts';
import { inForce } from '../../engine/parameters.ts';
import { usNyOffenseTable } from './offense-table.ts';
import { usNyParameters } from './parameters.ts';
import { provisions } from './provisions.ts';
import { abscondingInterruption } from './rules/absconding-interruption.ts';
import { classADrugTermination } from './rules/class-a-drug-termination.ts';
import { earnedDischarge } from './rules/earned-discharge.ts';
import { earnedTimeCredits } from './rules/earned-time-credits.ts';
import { meritTermination } from './rules/merit-termination.ts';
import { lessIsMoreScope } from './rules/scope.ts';
import { technicalViolationLimits } from './rules/technical-violation-limits.ts';

/**
 * The Board of Parole's presiding officer decides a violation of parole, conditional release or
 * post-release supervision; where § 259-i(3)(f)(xii)'s limits are in force on the revocation day (the
 * parameter `sanctions.otherTechnicalDays`, from March 1, 2022) it may return the person to prison only
 * within them: none for a first or second technical violation, a few days for absconding, short terms
 * after (technical-violation-limits.ts).
 */
function boardWords(revokedOn: Day): { who: string; next: string } {
  return {
    who: 'the Board of Parole',
    next:
      inForce(usNyParameters.sanctions.otherTechnicalDays, revokedOn) === undefined
        ? 'what follows is for the Board of Parole to decide, and it may return you to prison'
        : 'what follows is for the Board of Parole to decide, and it may return you to prison only within the limits the law sets: for a technical violation none for a first or second one, except a few days for absconding (N.Y. Exec. Law § 259-i(3)(f)(xii))',
  };
}

export const usNy = defineJurisdiction({
  code: 'US-NY',
  name: 'New York',
  parameters: usNyParameters,
  offenseTable: usNyOffenseTable,
  rules: {
    lessIsMoreScope,
    abscondingInterruption,
    earnedTimeCredits,
    earnedDischarge,
    classADrugTermination,
    meritTermination,
    technicalViolationLimits,
  },
  provisions,
  revocationCitations: {
    parole: ['N.Y. Exec. Law § 259-i(3)'],
    conditional_release: ['N.Y. Exec. Law § 259-i(3)'],
    supervised_release: ['N.Y. Exec. Law § 259-i(3)'],
  },
  revocationWords: (kind, revokedOn) => (kind === 'probation' ? undefined : boardWords(revokedOn)),
  exampleAsOf: '2023-06-30',
  limits: {
    consecutiveTerms:
      'New York computes consecutive sentences and periods of post-release supervision together (Penal Law §§ 70.30, 70.45(5)); this engine evaluates each term on its own, and credits are counted per term.',
    // Absconding is handled by rules/absconding-interruption.ts; custody does not stop the term (§ 70.40(3)(c)).
    tolling: null,
  },
});
