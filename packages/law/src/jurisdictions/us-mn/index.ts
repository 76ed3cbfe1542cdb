/**
 * Minnesota (US-MN): the maximum length of a stayed sentence (probation) under Minn. Stat. § 609.135,
 * subd. 2, as amended in 2023 (the five-year felony limit, Laws 2023, ch. 52) and 2024 (the paragraph
 * (b) list, Laws 2024, ch. 123, art. 6, § 9), the former limits, the retroactive reach of the 2023
 * limit, and the discharge six months after the stay expires. Review record: README.md and provisions.ts.
 */
import { defineJurisdiction } from '../../engine/jurisdiction.ts';
import { usMnOffenseTable } from './offense-table.ts';
import { usMnParameters } from './parameters.ts';
import { usMnProvisions } from './provisions.ts';
import { dischargeAfterExpiry } from './rules/discharge.ts';
import { retroactiveFelonyLimit } from './rules/retroactivity.ts';
import { scope } from './rules/scope.ts';
import { stayMaximum } from './rules/stay-maximum.ts';

export const usMn = defineJurisdiction({
  code: 'US-MN',
  name: 'Minnesota',
  parameters: usMnParameters,
  offenseTable: usMnOffenseTable,
  rules: {
    scope,
    stayMaximum,
    retroactiveFelonyLimit,
    dischargeAfterExpiry,
  },
  provisions: usMnProvisions,
  revocationCitations: { probation: ['Minn. Stat. § 609.14'] },
  exampleAsOf: '2024-06-30',
  limits: {
    tolling:
      'Time in custody or absconding is recorded. Whether it stops a Minnesota stay from running was not researched, so the dates shown do not move for it.',
  },
});
