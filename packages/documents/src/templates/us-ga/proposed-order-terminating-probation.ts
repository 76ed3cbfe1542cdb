/**
 * Georgia: proposed order terminating probation.
 *
 * Two routes put such an order before the court (packages/law/src/jurisdictions/us-ga/rules):
 * - O.C.G.A. § 17-10-1(a)(1)(B), as amended by SB 105 (Ga. L. 2021, p. 223, effective on approval, May 3,
 *   2021): within 60 days after the behavioral incentive date, if the probationer has not been arrested
 *   for anything other than a nonserious traffic offense (§ 35-3-37), has not had probation revoked in
 *   the immediately preceding 24 months, and has paid all restitution, the Department of Community
 *   Supervision notifies the prosecutor and gives the court an order terminating probation; the court
 *   signs it unless a hearing is asked for within 30 days ([S] in the project's research notes, jurisdictions/
 *   us-ga.md for the part after the first sentence).
 * - § 42-8-37(c)(1): after three years on probation, the officer's written report recommends (or not)
 *   early termination; "If early termination is recommended …, DCS shall … provide the court with an
 *   order to terminate such probation."
 * The court's own standard for discharge: "the best interest of justice and the welfare of society"
 * (§ 42-8-37(b)). The three conditions are the Department's to certify: they are boxes, not findings.
 *
 * Effective: SB 105's criteria, from 2021-05-03 (the date packages/law/src/jurisdictions/us-ga/parameters.ts
 * uses); the pre-2021 criteria (compliance with all conditions) are not drafted here.
 */
import { BLANK, computedBasis, longDate, orBlank, preparedBy, restitutionSentence, type TemplateVersion } from '../../template.ts';
import type { DocumentFacts } from '../../facts.ts';

export const GA_BID = 'O.C.G.A. § 17-10-1(a)(1)(B)';
export const GA_REVIEW = 'O.C.G.A. § 42-8-37(c)(1)';

function route(f: DocumentFacts): string {
  return f.opportunity.citations.includes(GA_BID)
    ? `The Department of Community Supervision reports that the probationer’s behavioral incentive date was or will be ${longDate(f.opportunity.date)} (O.C.G.A. § 17-10-1(a)(1)(B)) and that, as of that date:`
    : `The probationer’s officer has reviewed the case after three years on probation (reached ${longDate(f.opportunity.date)}), has submitted the written report required by O.C.G.A. § 42-8-37(c)(1), and recommends early termination. The report states that:`;
}

export const gaProposedOrder: TemplateVersion[] = [
  {
    citation: `${GA_BID}; ${GA_REVIEW}`,
    title: '[PROPOSED] ORDER TERMINATING PROBATION',
    effectiveFrom: '2021-05-03',
    source: 'SB 105 (Ga. L. 2021, p. 223), effective on approval, May 3, 2021',
    caption: (f) => [
      `IN THE SUPERIOR COURT OF ${BLANK} COUNTY, STATE OF GEORGIA`,
      `STATE OF GEORGIA v. ${f.person.name}`,
      `Case No. ${orBlank(f.caseNumber)}`,
    ],
    body: (f) => [
      {
        type: 'paragraph',
        text: `The probationer, ${f.person.name}, was sentenced on ${longDate(f.sentenceDate)} to probation that began on ${longDate(f.startDate)} and is scheduled to end on ${longDate(f.scheduledEndDate)}.`,
      },
      { type: 'paragraph', text: route(f) },
      {
        type: 'list',
        marker: 'box',
        items: [
          'The probationer has not been arrested for anything other than a nonserious traffic offense as defined in O.C.G.A. § 35-3-37.',
          'The probationer has not had probation revoked in the immediately preceding 24 months.',
          `All restitution owed has been paid. ${restitutionSentence(f)}`,
        ],
      },
      {
        type: 'paragraph',
        text: `The prosecuting attorney was notified on ${BLANK}. No hearing was requested by the prosecuting attorney or the court within 30 days, or a hearing was held on ${BLANK}.`,
      },
      {
        type: 'paragraph',
        text:
          'The court being satisfied that discharge is in the best interest of justice and the welfare of society (O.C.G.A. § 42-8-37(b)), IT IS HEREBY ORDERED that the probation of the above-named probationer in this case is terminated and the probationer is discharged from further supervision, effective ' +
          `${BLANK}.`,
      },
      { type: 'paragraph', text: `SO ORDERED this ${BLANK} day of ${BLANK}, ${BLANK}.` },
      { type: 'signature', label: `Judge, Superior Court of ${BLANK} County` },
      ...computedBasis(f),
      preparedBy(f),
      { type: 'signature', label: 'Prepared and presented by (Department of Community Supervision)    Date', printedName: f.officer.name },
    ],
  },
];
