/**
 * Virginia (US-VA): the 2021 probation reform (2021 Acts Sp. Sess. I ch. 538, HB 2038). The five-year
 * limit on supervised probation (Va. Code § 19.2-303), the statutory-maximum check on the period of
 * probation (same section, a warning only), the court's power to shorten probation (§ 19.2-304) and the
 * limits on active incarceration for technical violations (§ 19.2-306.1). See README.md for the review
 * record and provisions.ts for the structured one.
 *
 * Rules run in this order:
 * 1. supervisedProbationCap: § 19.2-303, five years from release, with its exceptions;
 * 2. statutoryMaximum: § 19.2-303, probation up to the statutory maximum (warning only);
 * 3. earlyTermination: § 19.2-304 (discretionary, from the start date);
 * 4. technicalViolationLimit: § 19.2-306.1 for the next technical violation.
 */
import { defineJurisdiction } from '../../engine/jurisdiction.ts';
import { usVaOffenseTable } from './offense-table.ts';
import { usVaParameters } from './parameters.ts';
import { usVaProvisions } from './provisions.ts';
import { earlyTermination } from './rules/early-termination.ts';
import { statutoryMaximum } from './rules/statutory-maximum.ts';
import { supervisedProbationCap } from './rules/supervised-probation-cap.ts';
import { technicalViolationLimit } from './rules/technical-violation-limit.ts';

export const usVa = defineJurisdiction({
  code: 'US-VA',
  name: 'Virginia',
  parameters: usVaParameters,
  offenseTable: usVaOffenseTable,
  rules: { supervisedProbationCap, statutoryMaximum, earlyTermination, technicalViolationLimit },
  provisions: usVaProvisions,
  revocationCitations: { probation: ['Va. Code § 19.2-306'] },
  exampleAsOf: '2023-06-30',
  capEndsSupervisionOnly: {
    whatRunsOn: 'your suspended sentence, and any unsupervised probation',
    afterTheCap:
      'Your suspended sentence, and any unsupervised probation the court ordered, run on to the end of the term as ordered: the court can still shorten it, and the limits on jail for a technical violation still apply (Va. Code §§ 19.2-303, 19.2-304, 19.2-306.1).',
  },
  limits: {
    consecutiveTerms:
      'Each Virginia term is evaluated on its own here, except that the five-year limit on supervised probation (Va. Code § 19.2-303) counts consecutive terms supervised without a break as one period.',
    tolling:
      'Time in custody or absconding does not stop a Virginia probation term by itself. A court that finds you absconded may extend probation by no more than the time you were gone (Va. Code § 19.2-306(C)); such an order shows in the record as an extension, and the dates here move only for recorded extensions.',
  },
});
