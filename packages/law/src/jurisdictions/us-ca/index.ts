/**
 * California (US-CA): probation length limits of AB 1950 (PC 1203a, 1203.1) with their exceptions, the
 * former limits, retroactivity to cases not final on 2021-01-01, PC 1203g (2025), and early termination
 * under PC 1203.3. Review record: README.md in this folder.
 */
import { scope } from './rules/scope.ts';
import { defineJurisdiction } from '../../engine/jurisdiction.ts';
import { usCaOffenseTable } from './offense-table.ts';
import { usCaParameters } from './parameters.ts';
import { misdemeanorProbationCap } from './rules/pc-1203a.ts';
import { felonyProbationCap } from './rules/pc-1203-1.ts';
import { earlyTermination } from './rules/pc-1203-3.ts';
import { noTechnicalViolationLimit } from './rules/pc-1203-2.ts';
import { usCaProvisions } from './provisions.ts';

export const usCa = defineJurisdiction({
  code: 'US-CA',
  name: 'California',
  parameters: usCaParameters,
  offenseTable: usCaOffenseTable,
  rules: {
    scope,
    misdemeanorProbationCap,
    felonyProbationCap,
    earlyTermination,
    noTechnicalViolationLimit,
  },
  provisions: usCaProvisions,
  revocationCitations: { probation: ['Cal. Penal Code § 1203.2'] },
  exampleAsOf: '2021-12-31',
  limits: {
    revocationTolls:
      'This term was revoked and later reinstated. In California a revocation of probation, summary or otherwise, stops the term running (Cal. Penal Code § 1203.2(a)); the dates shown do not move for the time it stood revoked, and whether such time can push probation past the limits of Cal. Penal Code §§ 1203a and 1203.1 is unsettled. The dates shown may need review.',
    tolling:
      'In California a revocation of probation, summary or otherwise, stops the term running (Cal. Penal Code § 1203.2(a)). These rules do not move any date for custody, absconding or a revocation, and whether such time can push probation past the limits of Cal. Penal Code §§ 1203a and 1203.1 is unsettled (People v. Deer (Cal. Ct. App. 2023, A164606, unpublished) held an extension for warrant time could not). The dates shown may need review.',
  },
});
