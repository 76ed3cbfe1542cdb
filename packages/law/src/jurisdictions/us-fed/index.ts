/**
 * Federal (US-FED): early termination of supervised release (18 U.S.C. § 3583(e)(1)) and of probation
 * (§ 3564(c)), and the Judicial Conference's 18-month presumption (Guide to Judiciary Policy, Vol. 8E,
 * § 360.20; policy, not law). No credits, no statutory cap beyond the term, no sanction limit. The review
 * record is README.md beside this file and provisions.ts.
 */
import { defineJurisdiction } from '../../engine/jurisdiction.ts';
import { fedOffenseTable } from './offense-table.ts';
import { fedParameters } from './parameters.ts';
import { fedProvisions } from './provisions.ts';
import { policyPresumption } from './rules/policy-presumption.ts';
import { statutoryEarlyTermination } from './rules/statutory-early-termination.ts';

export const usFed = defineJurisdiction({
  code: 'US-FED',
  name: 'Federal',
  parameters: fedParameters,
  offenseTable: fedOffenseTable,
  rules: {
    statutoryEarlyTermination,
    policyPresumption,
  },
  provisions: fedProvisions,
  exampleAsOf: '2024-06-30',
  limits: {
    consecutiveTerms:
      'This term follows another one. Federal terms of probation and supervised release generally run at the same time as other terms (18 U.S.C. §§ 3564(b), 3624(e)); each term is evaluated on its own here.',
    tolling:
      'Time in custody is recorded. A federal term does not run while you are imprisoned for 30 days in a row or more in connection with a conviction (18 U.S.C. §§ 3564(b), 3624(e)); that is not taken into account here, so the end dates do not move for it.',
  },
});
