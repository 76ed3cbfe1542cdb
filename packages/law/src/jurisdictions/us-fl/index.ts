/**
 * Florida (US-FL): early termination of probation (Fla. Stat. § 948.04(3), (4)–(5); § 948.05(1)), the
 * education and work term reductions of CS/CS/SB 752 (2022) (§ 948.05(2)(c)–(d)) and the limit on jail
 * after a first low-risk technical violation (§ 948.06(2)(f)). The review record is README.md beside this
 * file and provisions.ts.
 */
import { defineJurisdiction } from '../../engine/jurisdiction.ts';
import { flOffenseTable } from './offense-table.ts';
import { flParameters } from './parameters.ts';
import { flProvisions } from './provisions.ts';
import { courtDischarge } from './rules/court-discharge.ts';
import { departmentRecommendation } from './rules/department-recommendation.ts';
import { halfTermEarlyTermination } from './rules/half-term-early-termination.ts';
import { incentiveCredits } from './rules/incentive-credits.ts';
import { pendingViolationTolling } from './rules/pending-violation-tolling.ts';
import { technicalViolationLimit } from './rules/technical-violation-limit.ts';

export const usFl = defineJurisdiction({
  code: 'US-FL',
  name: 'Florida',
  parameters: flParameters,
  offenseTable: flOffenseTable,
  rules: {
    incentiveCredits,
    halfTermEarlyTermination,
    departmentRecommendation,
    courtDischarge,
    technicalViolationLimit,
    pendingViolationTolling,
  },
  provisions: flProvisions,
  revocationCitations: { probation: ['Fla. Stat. § 948.06'] },
  exampleAsOf: '2024-06-30',
  limits: {
    consecutiveTerms:
      'This term runs after another one. Each Florida term is evaluated on its own here; the dates shown are for this term only.',
    tolling:
      'Time in custody or absconding is recorded. Florida law can stop (toll) a probation term while a violation is pending (Fla. Stat. § 948.06(1); not read for this encoding); that is not taken into account here, so the end dates do not move for it.',
  },
});
