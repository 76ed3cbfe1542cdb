/**
 * Pennsylvania: probation status report before a probation review conference, 42 Pa.C.S. § 9774.1(d).
 *
 * (d), as summarised in the project's research notes, jurisdictions/us-pa.md [P]: no later than 30 days before the
 * date the defendant is eligible for a conference under (b) or (c), the supervising probation office
 * sends a report to the defendant, the defendant's last counsel of record, the court, the Commonwealth
 * and any registered victim. It states the eligibility date; whether a (g)(1)(ii)–(iii) technical
 * violation occurred; any other technical violation in the six months before the report; any M/F
 * conviction while incarcerated or on probation; whether required treatment is complete; whether all
 * restitution is paid; progress and a recommendation. (e): 30 days from the report to object.
 *
 * The software knows the eligibility date and restitution from the record; everything the office must
 * certify is a box to tick, not a claim.
 *
 * Effective: Act 44 of 2023 (Dec. 14, 2023, P.L.381, No.44, "eff. 180 days"): June 11, 2024, the date
 * packages/law/src/jurisdictions/us-pa/rules/probation-review-conference.ts uses.
 */
import {
  BLANK,
  computedBasis,
  longDate,
  longDateOffset,
  orBlank,
  preparedBy,
  restitutionSentence,
  type TemplateVersion,
} from '../../template.ts';

export const paProbationStatusReport: TemplateVersion[] = [
  {
    citation: '42 Pa.C.S. § 9774.1(d)',
    title: 'PROBATION STATUS REPORT (42 Pa.C.S. § 9774.1(d))',
    effectiveFrom: '2024-06-11',
    source: 'Act 44 of 2023 (P.L.381, No.44), effective 180 days after December 14, 2023',
    caption: (f) => [
      `IN THE COURT OF COMMON PLEAS OF ${BLANK} COUNTY, PENNSYLVANIA`,
      `COMMONWEALTH OF PENNSYLVANIA v. ${f.person.name}`,
      `Docket No. ${orBlank(f.caseNumber)}`,
    ],
    body: (f) => [
      {
        type: 'paragraph',
        text: `The supervising probation office reports on the probation of ${f.person.name} (sentenced ${longDate(f.sentenceDate)}, probation began ${longDate(f.startDate)}, scheduled to end ${longDate(f.scheduledEndDate)}).`,
      },
      { type: 'heading', text: '1. Eligibility for a probation review conference' },
      {
        type: 'paragraph',
        text: `The office believes the defendant is eligible for a probation review conference on ${longDate(f.opportunity.date)} (42 Pa.C.S. § 9774.1(b)–(c)). This report is due no later than 30 days before that date: by ${longDateOffset(f.opportunity.date, -30)} (§ 9774.1(d)).`,
      },
      { type: 'heading', text: '2. Matters the office must state (to be completed by the office)' },
      {
        type: 'list',
        marker: 'box',
        items: [
          'A technical violation under § 9774.1(g)(1)(ii) or (iii) occurred within the six months before the conference:  yes / no',
          'Any other technical violation occurred within the six months before this report:  yes / no',
          'The defendant was convicted of a misdemeanor or felony committed while incarcerated or on probation:  yes / no',
          'All treatment and other programs required as a condition of probation are complete:  yes / no',
          `All restitution is paid:  yes / no. ${restitutionSentence(f)}`,
        ],
      },
      { type: 'heading', text: '3. Progress and recommendation' },
      { type: 'paragraph', text: `Progress on probation: ${BLANK}${BLANK}${BLANK}` },
      {
        type: 'list',
        marker: 'box',
        items: [
          'Terminate probation on or before the eligibility date.',
          'Continue probation as ordered.',
          'Continue probation with different, reduced or increased conditions: ' + BLANK,
        ],
      },
      { type: 'heading', text: '4. Service and objections' },
      {
        type: 'paragraph',
        text: 'Sent to the defendant, the defendant’s last counsel of record, the court, the Commonwealth and any victim registered with the Office of Victim Advocate or a county victim-witness program. The Commonwealth and the defendant may object or respond within 30 days of the date of this report; without an objection the conference may be deemed waived and the court may enter an order memorializing the recommendation (§ 9774.1(e)).',
      },
      ...computedBasis(f),
      preparedBy(f),
      { type: 'signature', label: 'Probation officer    Date of report', printedName: f.officer.name },
    ],
  },
];
