/**
 * Federal (US-FED): early termination of supervised release (18 U.S.C. § 3583(e)(1)) and of probation
 * (§ 3564(c)), the Judicial Conference's 18-month presumption (Guide to Judiciary Policy, Vol. 8E,
 * § 360.20; policy, not law), and the longest authorized term of probation (§ 3561(c), § 3564(d)). No
 * credits, no sanction limit. The review record is README.md beside this file and provisions.ts.
 */
import { defineJurisdiction } from '../../engine/jurisdiction.ts';
import { fedOffenseTable } from './offense-table.ts';
import { fedParameters } from './parameters.ts';
import { fedProvisions } from './provisions.ts';
import { authorizedProbationTerm } from './rules/authorized-probation-term.ts';
import { policyPresumption } from './rules/policy-presumption.ts';
import { statutoryEarlyTermination } from './rules/statutory-early-termination.ts';

export const usFed = defineJurisdiction({
  code: 'US-FED',
  name: 'Federal',
  parameters: fedParameters,
  offenseTable: fedOffenseTable,
  rules: {
    authorizedProbationTerm,
    statutoryEarlyTermination,
    policyPresumption,
  },
  provisions: fedProvisions,
  exampleAsOf: '2024-06-30',
  limits: {
    consecutiveTerms:
      'This term follows another one. Federal terms of probation and supervised release generally run at the same time as other terms (18 U.S.C. §§ 3564(b), 3624(e)); each term is evaluated on its own here.',
    tolling:
      'Time in custody or absconding is recorded. A federal term does not run while you are imprisoned for 30 days in a row or more in connection with a conviction (18 U.S.C. §§ 3564(b), 3624(e)), and whether time as an absconder counts is for the court. Neither is taken into account here, so the end dates do not move for them.',
  },
});
