/**
 * Missouri (US-MO): the total time on probation (RSMo § 559.016), earned compliance credits and earned
 * discharge (§ 217.703), the court's power
 * to end probation early (§ 559.036.2), and the 120-day program in place of revocation (§ 559.036.4).
 * The review record is README.md beside this file.
 */
import { defineJurisdiction } from '../../engine/jurisdiction.ts';
import { usMoOffenseTable } from './offense-table.ts';
import { usMoParameters } from './parameters.ts';
import { courtEarlyDischarge } from './rules/court-early-discharge.ts';
import { violationSanctionLimit } from './rules/cods-sanction-limit.ts';
import { earnedComplianceCredits } from './rules/ecc-credits.ts';
import { earnedDischarge } from './rules/ecc-discharge.ts';
import { eccEligibilityRule } from './rules/ecc-eligibility.ts';
import { probationTermLimit } from './rules/probation-term-limit.ts';
import { revocationAfterExpiry } from './rules/revocation-after-expiry.ts';
import { usMoProvisions } from './provisions.ts';

export const usMo = defineJurisdiction({
  code: 'US-MO',
  name: 'Missouri',
  parameters: usMoParameters,
  offenseTable: usMoOffenseTable,
  rules: {
    probationTermLimit,
    eccEligibility: eccEligibilityRule,
    earnedComplianceCredits,
    earnedDischarge,
    courtEarlyDischarge,
    violationSanctionLimit,
    revocationAfterExpiry,
  },
  provisions: usMoProvisions,
  revocationCitations: { probation: ['RSMo § 559.036'] },
  exampleAsOf: '2021-12-31',
  limits: {
    consecutiveTerms:
      'Missouri runs probation terms concurrently (RSMo § 559.036.1); this engine evaluates each term on its own, and credits are counted per term.',
    tolling:
      'On probation, a Missouri court may suspend the term, which stops it running (RSMo § 559.036.7); on parole, the parole board decides whether time as an absconder counts (§ 217.720.3). The record shows neither, so custody and absconding stop credits here but do not move the scheduled end.',
  },
  // § 217.703.5: credits "shall be suspended pending the outcome of a hearing" once a violation report is
  // submitted; § 217.703.10 discharges only where the court or board takes no action under subsection 5.
  reportHoldsCreditDischarge:
    'a violation report puts earned compliance credits on hold until a hearing decides it (RSMo § 217.703.5), and a revocation, or a finding that you may not earn credits, at that hearing takes them all away.',
});
