/**
 * Michigan: notice to the sentencing court that a probationer may be eligible for early discharge,
 * MCL 771.2(2)–(3). Two versions, text in packages/law/src/jurisdictions/us-mi/rules/early-discharge.ts:
 *
 * - 2017 PA 10 (in force 2017-04-18, the date packages/law/src/jurisdictions/us-mi/parameters.ts uses):
 *   after 1/2 of the original FELONY probation period "the department or probation department may
 *   notify the sentencing court"; the court may reduce the term after a hearing, giving the prosecutor
 *   and the defendant notice not less than 28 days before reducing it.
 * - 2020 PA 397 (in force 2021-04-01): felony or misdemeanor; if the probationer has completed all
 *   required programming the department may notify the court; if it does not, and the probationer has
 *   not violated probation in the immediately preceding 3 months, the probationer may notify the court.
 *   MCR 6.441 (the project's research notes, jurisdictions/us-mi.md, [P]): the self-notice form is
 *   SCAO MC 512; the prosecutor may object within 14 days of service.
 *
 * This draft carries the facts; it is not SCAO form MC 512, and says so.
 */
import { BLANK, computedBasis, longDate, orBlank, preparedBy, type TemplateVersion } from '../../template.ts';
import type { DocumentFacts } from '../../facts.ts';

const caption = (f: DocumentFacts) => [
  `STATE OF MICHIGAN, ${BLANK} JUDICIAL CIRCUIT / DISTRICT COURT, COUNTY OF ${BLANK}`,
  `PEOPLE OF THE STATE OF MICHIGAN v. ${f.person.name}`,
  `Case No. ${orBlank(f.caseNumber)}`,
];

const termFacts = (f: DocumentFacts): string[] => [
  `Probation was ordered on ${longDate(f.sentenceDate)} and began on ${longDate(f.startDate)}; it is scheduled to end on ${longDate(f.scheduledEndDate)}.`,
  `One half of the original probation period is completed on ${longDate(f.opportunity.date)}. Extensions do not count toward the half.`,
];

export const miEarlyDischargeNotice: TemplateVersion[] = [
  {
    citation: 'MCL 771.2(2)',
    title: 'NOTICE TO THE SENTENCING COURT: PROBATIONER MAY BE ELIGIBLE FOR A REDUCED PROBATION TERM (MCL 771.2(2))',
    effectiveFrom: '2017-04-18',
    effectiveTo: '2021-03-31',
    source: 'MCL 771.2(2) as amended by 2017 PA 10; superseded by 2020 PA 397 from April 1, 2021',
    caption,
    body: (f) => [
      {
        type: 'paragraph',
        text: `The probation department notifies the court that ${f.person.name}, on felony probation, has completed or will complete one half of the original probation period and may be eligible for a reduction of the probation term under MCL 771.2(2).`,
      },
      { type: 'list', marker: 'number', items: termFacts(f) },
      {
        type: 'paragraph',
        text: 'If, after a hearing, the court determines that the probationer’s behavior warrants it, the court may reduce the term by 100% or less. The court must notify the prosecuting attorney and the defendant not less than 28 days before reducing or terminating the probation (MCL 771.2(2)). The subsection does not apply to a mandatory probation term.',
      },
      ...computedBasis(f),
      preparedBy(f),
      { type: 'signature', label: 'Probation officer    Date', printedName: f.officer.name },
    ],
  },
  {
    citation: 'MCL 771.2(3)',
    title: 'NOTICE OF ELIGIBILITY FOR EARLY DISCHARGE FROM PROBATION (MCL 771.2(3); MCR 6.441)',
    effectiveFrom: '2021-04-01',
    source: 'MCL 771.2(2)–(3) as amended by 2020 PA 397, effective April 1, 2021',
    caption,
    body: (f) => [
      {
        type: 'paragraph',
        text: `The court is notified that ${f.person.name} may be eligible for early discharge from probation under MCL 771.2(2)–(3).`,
      },
      { type: 'list', marker: 'number', items: termFacts(f) },
      { type: 'heading', text: 'Notice given by (tick one; to be completed by the sender)' },
      {
        type: 'list',
        marker: 'box',
        items: [
          'The probation department: the probationer has completed all required programming.',
          'The probationer: the department has not notified the court, and the probationer has not violated probation in the 3 months immediately before this notice.',
        ],
      },
      {
        type: 'paragraph',
        text: `Where the court requires SCAO form MC 512 for a probationer’s own notice, copy these facts onto that form. The prosecuting attorney may object within 14 days after service (MCR 6.441). Date served on the prosecuting attorney: ${BLANK}.`,
      },
      ...computedBasis(f),
      preparedBy(f),
      { type: 'signature', label: 'Probation officer or probationer    Date' },
    ],
  },
];
