/**
 * Arizona (US-AZ): earned time credit and work time credit on probation (A.R.S. § 13-924), the longest
 * period of probation (§ 13-902), the
 * calculation of the probation period, including the days it does not run (§ 13-903), and the court's
 * power to end probation early (§ 13-901(E)), and what Proposition 200 (§ 13-901.01) would give a
 * possession probation on a violation. The review record is README.md and provisions.ts beside
 * this file.
 */
import { defineJurisdiction } from '../../engine/jurisdiction.ts';
import { usAzOffenseTable } from './offense-table.ts';
import { usAzParameters } from './parameters.ts';
import { provisions } from './provisions.ts';
import { courtEarlyTermination } from './rules/court-early-termination.ts';
import { possessionProbationViolations } from './rules/possession-probation-violations.ts';
import { longestProbation } from './rules/longest-probation.ts';
import { probationTolling } from './rules/probation-tolling.ts';
import { timeCreditEligibility } from './rules/time-credit-eligibility.ts';
import { timeCredits } from './rules/time-credits.ts';

export const usAz = defineJurisdiction({
  code: 'US-AZ',
  name: 'Arizona',
  parameters: usAzParameters,
  offenseTable: usAzOffenseTable,
  rules: {
    probationTolling,
    longestProbation,
    timeCreditEligibility,
    timeCredits,
    courtEarlyTermination,
    possessionProbationViolations,
  },
  provisions,
  revocationCitations: { probation: ['Ariz. R. Crim. P. 27.8'] },
  exampleAsOf: '2024-12-31',
  limits: {
    consecutiveTerms:
      'This term runs after another; each Arizona probation term is evaluated on its own here, and time credit is counted per term.',
    tolling: null,
  },
});
