/**
 * Missouri: notice of impending final discharge by earned compliance credits, RSMo § 217.703.10.
 *
 * § 217.703.10: "No less than sixty days before the date of final discharge, the division shall notify
 * the sentencing court, the board, and, for probation cases, the circuit or prosecuting attorney of the
 * impending discharge. If [they do] not take any action under subsection 5 …, the offender shall be
 * discharged under subsection 7." § 217.703.7: discharge once time served and credits satisfy the term,
 * "so long as the offender has completed restitution and at least two years" (text in
 * packages/law/src/jurisdictions/us-mo/rules/ecc-discharge.ts, read 2026-11-30).
 *
 * The notice applies only where the evaluation has an eligible or upcoming `earned_discharge`: while
 * restitution is owed the engine marks it ineligible and no notice is drafted.
 *
 * Effective: earned compliance credits in force 2012-08-28 (the first date of every value in
 * packages/law/src/jurisdictions/us-mo/parameters.ts); no later amendment of § 217.703 was found
 * (the project's research notes, jurisdictions/us-mo.md).
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

export const moEarnedDischargeNotice: TemplateVersion[] = [
  {
    citation: 'RSMo § 217.703.10',
    title: 'NOTICE OF IMPENDING FINAL DISCHARGE: EARNED COMPLIANCE CREDITS (RSMo § 217.703)',
    effectiveFrom: '2012-08-28',
    source: 'RSMo § 217.703 (earned compliance credits), in force August 28, 2012',
    caption: (f) => [
      'MISSOURI DEPARTMENT OF CORRECTIONS, DIVISION OF PROBATION AND PAROLE',
      `To: the Circuit Court of ${BLANK} County; the Board of Probation and Parole; the Prosecuting or Circuit Attorney`,
      `Re: ${f.person.name}, Case No. ${orBlank(f.caseNumber)}`,
    ],
    body: (f) => [
      {
        type: 'paragraph',
        text: `The Division gives notice under RSMo § 217.703.10 that ${f.person.name} is projected to reach final discharge on ${longDate(f.opportunity.date)}, when time served and earned compliance credits satisfy the total term (RSMo § 217.703.7).`,
      },
      {
        type: 'list',
        marker: 'number',
        items: [
          `Supervision began on ${longDate(f.startDate)} (sentence date ${longDate(f.sentenceDate)}); the term as ordered ends on ${longDate(f.scheduledEndDate)}.`,
          `Final discharge requires at least two years of supervision and completed restitution (§ 217.703.7). ${restitutionSentence(f)}`,
          `This notice must be sent no less than sixty days before the date of final discharge: by ${longDateOffset(f.opportunity.date, -60)}.`,
          'If the court, the board or the prosecuting or circuit attorney takes no action under § 217.703.5, the offender shall be discharged under § 217.703.7 (§ 217.703.10).',
        ],
      },
      { type: 'paragraph', text: `Credits and dates verified against the Division's records by ${BLANK} on ${BLANK}.` },
      ...computedBasis(f),
      preparedBy(f),
      { type: 'signature', label: 'Probation and parole officer    Date', printedName: f.officer.name },
    ],
  },
];
