/**
 * Georgia (US-GA): early termination of felony probation. The behavioral incentive date
 * (O.C.G.A. § 17-10-1(a)(1)(B), as amended by SB 105 of 2021), the officer's review after three years
 * on probation and every year after (§ 42-8-37(c)(1)), and the court's power to discharge a
 * probationer at any time (§ 42-8-37(b)); and the limit on confinement when probation is revoked for
 * breaking a general condition (§ 42-8-34.1(c)). See README.md for the review record.
 */
import { defineJurisdiction } from '../../engine/jurisdiction.ts';
import { gaOffenseTable } from './offense-table.ts';
import { gaParameters } from './parameters.ts';
import { gaProvisions } from './provisions.ts';
import { behavioralIncentiveDate } from './rules/behavioral-incentive-date.ts';
import { courtDischarge } from './rules/court-discharge.ts';
import { revocationLimit } from './rules/revocation-limit.ts';
import { threeYearReview } from './rules/three-year-review.ts';

export const usGa = defineJurisdiction({
  code: 'US-GA',
  name: 'Georgia',
  parameters: gaParameters,
  offenseTable: gaOffenseTable,
  rules: {
    behavioralIncentiveDate,
    threeYearReview,
    courtDischarge,
    revocationLimit,
  },
  provisions: gaProvisions,
  revocationCitations: { probation: ['O.C.G.A. § 42-8-38'] },
  exampleAsOf: '2024-06-30',
  limits: {
    consecutiveTerms:
      'This term runs after another one. Each term is evaluated on its own here; a behavioral incentive date set in one sentencing order for several counts is not combined across terms.',
    tolling:
      'Time in custody or while absconding is recorded. Where Georgia law stops a probation term running, that is not taken into account here: the dates here do not move for it, and "three years on probation" is counted from the start date.',
  },
});
