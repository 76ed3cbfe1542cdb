/**
 * Michigan (US-MI): 2020 PA 397 probation law. See README.md for the review record.
 *
 * Rules run in this order:
 * 1. scope: probation only (parole warned), felony per MCL 761.1, no earned credits, MCL 771.1;
 * 2. probationPeriod: MCL 771.2(1) limits with MCL 771.2a exceptions and the two 1-year extensions;
 * 3. earlyDischarge: MCL 771.2(2)–(3), (10) and MCR 6.441 (half the original period);
 * 4. technicalViolationLimit: MCL 771.4b jail limits for the next technical violation.
 */
import { defineJurisdiction } from '../../engine/jurisdiction.ts';
import { usMiOffenseTable } from './offense-table.ts';
import { usMiParameters } from './parameters.ts';
import { earlyDischarge } from './rules/early-discharge.ts';
import { probationPeriod } from './rules/probation-period.ts';
import { scope } from './rules/scope.ts';
import { technicalViolationLimit } from './rules/technical-violation-limit.ts';
import { usMiProvisions } from './provisions.ts';

export const usMi = defineJurisdiction({
  code: 'US-MI',
  name: 'Michigan',
  parameters: usMiParameters,
  offenseTable: usMiOffenseTable,
  rules: { scope, probationPeriod, earlyDischarge, technicalViolationLimit },
  provisions: usMiProvisions,
  revocationCitations: { probation: ['MCL 771.4'] },
  exampleAsOf: '2021-12-31',
  limits: {
    tolling:
      'Whether time spent absconding or in custody stops a Michigan probation term running is not covered by this tool; the end dates here assume the term kept running.',
    consecutiveTerms:
      'Michigan probation terms are evaluated one by one here; how a term ordered consecutively to another is limited is not covered by this tool.',
  },
});
