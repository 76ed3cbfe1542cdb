/**
 * Pennsylvania (US-PA): Act 44 of 2023 (SB 838). Probation review conferences (42 Pa.C.S. § 9774.1),
 * the pre-Act review (Act 44, § 7), the court's power to end probation at any time (§ 9771(a)), the
 * limits on total confinement for technical violations (§ 9771(c)), and a warning where the probation
 * ordered passes the longest confinement its offenses carry (§ 9754(a)). See README.md for the review record.
 */
import { defineJurisdiction } from '../../engine/jurisdiction.ts';
import { paOffenseTable } from './offense-table.ts';
import { paParameters } from './parameters.ts';
import { act44Scope } from './rules/act-44-scope.ts';
import { earlyTermination } from './rules/early-termination.ts';
import { probationReviewConference } from './rules/probation-review-conference.ts';
import { sanctionLimit } from './rules/sanction-limit.ts';
import { section7Review } from './rules/section-7-review.ts';
import { statutoryMaximum } from './rules/statutory-maximum.ts';
import { usPaProvisions } from './provisions.ts';

export const usPa = defineJurisdiction({
  code: 'US-PA',
  name: 'Pennsylvania',
  parameters: paParameters,
  offenseTable: paOffenseTable,
  rules: {
    act44Scope,
    probationReviewConference,
    section7Review,
    earlyTermination,
    sanctionLimit,
    statutoryMaximum,
  },
  provisions: usPaProvisions,
  revocationCitations: { probation: ['42 Pa.C.S. § 9771'] },
  exampleAsOf: '2025-12-31',
  limits: {
    consecutiveTerms:
      'Pennsylvania counts the review date of consecutive probation sentences on their total (42 Pa.C.S. § 9774.1(b)(3)), and moves it 12 months earlier for probation that follows a clean final year of State parole ((b)(4)); the § 9774.1 review date shown does both for Pennsylvania terms the record links as consecutive that were sentenced on or after June 11, 2024 (an earlier probation is reviewed under Section 7 and is not counted with them). A Section 7 review (a sentence before June 11, 2024) counts from this term’s own start, and the other dates (the end of the term, the jail limit) are for this term alone.',
    tolling:
      'Pennsylvania counts probation "completed". Time in custody or while absconded may not count; the dates shown do not subtract it.',
  },
});
