/**
 * Federal (US-FED): early termination of supervised release (18 U.S.C. § 3583(e)(1)) and of probation
 * (§ 3564(c)), imprisonment that stops the term (§§ 3624(e), 3564(b)), the Judicial Conference's 18-month presumption (Guide to Judiciary Policy, Vol. 8E,
 * § 360.20; policy, not law), the longest authorized term of probation (§ 3561(c), § 3564(d)), and the
 * most prison a revocation of supervised release may bring (§ 3583(e)(3)). No credits. The review record is README.md beside this file and provisions.ts.
 */
import { defineJurisdiction } from '../../engine/jurisdiction.ts';
import { fedOffenseTable } from './offense-table.ts';
import { fedParameters } from './parameters.ts';
import { fedProvisions } from './provisions.ts';
import { authorizedProbationTerm } from './rules/authorized-probation-term.ts';
import { concurrentTerms } from './rules/concurrent-terms.ts';
import { imprisonmentTolling } from './rules/imprisonment-tolling.ts';
import { policyPresumption } from './rules/policy-presumption.ts';
import { revocationLimit } from './rules/revocation-limit.ts';
import { statutoryEarlyTermination } from './rules/statutory-early-termination.ts';

export const usFed = defineJurisdiction({
  code: 'US-FED',
  name: 'Federal',
  parameters: fedParameters,
  offenseTable: fedOffenseTable,
  rules: {
    concurrentTerms,
    imprisonmentTolling,
    authorizedProbationTerm,
    statutoryEarlyTermination,
    policyPresumption,
    revocationLimit,
  },
  provisions: fedProvisions,
  revocationCitations: { supervised_release: ['18 U.S.C. § 3583(e)(3)'], probation: ['18 U.S.C. § 3565(a)'] },
  exampleAsOf: '2024-06-30',
  limits: {
    // concurrent-terms.ts speaks of a term recorded as consecutive itself.
    consecutiveTerms: null,
    // imprisonment-tolling.ts speaks of custody and absconding itself.
    tolling: null,
  },
});
