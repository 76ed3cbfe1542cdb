/**
 * Louisiana (US-LA): earned compliance credits on felony probation and parole (La. C.Cr.P. art. 895.6;
 * La. R.S. 15:574.6.1; Act 280 of 2017, repealed by Act 7 of the 2024 2nd Ex. Sess.), the longest felony
 * probation (C.Cr.P. art. 893(A)(1)(a), changed by Act 280 and by Act 8 of the 2024 2nd Ex. Sess.) and
 * misdemeanor probation (art. 894(A)), and
 * the court's power to end probation early (C.Cr.P. art. 897), and the limits on custody for a technical
 * violation (C.Cr.P. art. 900(A)(6); R.S. 15:574.9(H)).
 * The review record is README.md and provisions.ts beside this file.
 */
import { scope } from './rules/scope.ts';
import { defineJurisdiction } from '../../engine/jurisdiction.ts';
import { usLaOffenseTable } from './offense-table.ts';
import { usLaParameters } from './parameters.ts';
import { usLaProvisions } from './provisions.ts';
import { earnedComplianceCredits } from './rules/compliance-credits.ts';
import { courtTermination } from './rules/court-termination.ts';
import { creditDischarge } from './rules/credit-discharge.ts';
import { misdemeanorProbationLimit } from './rules/misdemeanor-probation-limit.ts';
import { probationTermLimit } from './rules/probation-term-limit.ts';
import { technicalViolationLimit } from './rules/technical-violation-limit.ts';

export const usLa = defineJurisdiction({
  code: 'US-LA',
  name: 'Louisiana',
  parameters: usLaParameters,
  offenseTable: usLaOffenseTable,
  rules: {
    scope,
    probationTermLimit,
    misdemeanorProbationLimit,
    earnedComplianceCredits,
    creditDischarge,
    courtTermination,
    technicalViolationLimit,
  },
  provisions: usLaProvisions,
  revocationCitations: { probation: ['La. C.Cr.P. art. 900'], parole: ['La. R.S. 15:574.9'] },
  exampleAsOf: '2025-06-30',
  limits: {
    consecutiveTerms:
      'This term runs after another one. Louisiana rules on consecutive probation or parole terms are not covered by this tool; each term is evaluated on its own and its credits are counted on it alone.',
    tolling:
      'Time in custody or absconding is recorded. On a term that earns compliance credits it costs that month its credit, but it does not move the scheduled end: Louisiana rules that stop a term running (for example while a warrant is out) are not covered by this tool.',
  },
});
