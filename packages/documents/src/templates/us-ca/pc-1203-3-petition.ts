/**
 * California: petition for early termination of probation under Penal Code § 1203.3(a).
 *
 * § 1203.3(a): the court "may at any time when the ends of justice will be subserved thereby, and when
 * the good conduct and reform of the person so held on probation shall warrant it, terminate the period
 * of probation, and discharge the person held" (text as quoted in the project's research notes, jurisdictions/
 * us-ca.md and packages/law/src/jurisdictions/us-ca/rules/pc-1203-3.ts). Who may ask: the person, counsel
 * or the probation officer (the rule's `basis`). Procedure in § 1203.3(b), read only in secondary
 * sources: notice to the prosecutor and a chance to be heard, reasons on the record, restitution
 * unchanged. The petition therefore leaves the grounds (good conduct and reform) for counsel to write.
 *
 * Effective: the section is unchanged in the period the law package encodes; `1950-01-01` follows
 * packages/law/src/jurisdictions/us-ca/parameters.ts ("in force for every grant a record here can carry").
 */
import { BLANK, computedBasis, longDate, orBlank, preparedBy, restitutionSentence, type TemplateVersion } from '../../template.ts';

export const caPc12033Petition: TemplateVersion[] = [
  {
    citation: 'Cal. Penal Code § 1203.3(a)',
    title: 'PETITION FOR EARLY TERMINATION OF PROBATION (Penal Code § 1203.3)',
    effectiveFrom: '1950-01-01',
    source: 'Cal. Penal Code § 1203.3(a); not amended by Stats. 2020, ch. 328 (AB 1950)',
    caption: (f) => [
      `SUPERIOR COURT OF CALIFORNIA, COUNTY OF ${BLANK}`,
      `THE PEOPLE OF THE STATE OF CALIFORNIA, Plaintiff, v. ${f.person.name}, Defendant.`,
      `Case No. ${orBlank(f.caseNumber)}`,
    ],
    body: (f) => [
      {
        type: 'paragraph',
        text: `Defendant ${f.person.name} petitions the court to terminate probation and discharge the defendant under Penal Code § 1203.3(a).`,
      },
      { type: 'heading', text: 'Facts from the supervision record' },
      {
        type: 'list',
        marker: 'number',
        items: [
          `Probation was granted on ${longDate(f.sentenceDate)} and supervision began on ${longDate(f.startDate)}.`,
          `Probation is scheduled to end on ${longDate(f.scheduledEndDate)}; the projected end date computed from the record is ${longDate(f.projectedEndDate)}.`,
          `The court may act on this petition from ${longDate(f.opportunity.date)}: section 1203.3(a) lets it terminate probation "at any time" during the term.`,
          restitutionSentence(f) + ' Early termination does not change the amount of restitution owed (§ 1203.3(b)).',
        ],
      },
      { type: 'heading', text: 'Authority' },
      {
        type: 'paragraph',
        text: 'The court may terminate the period of probation and discharge the person held "when the ends of justice will be subserved thereby, and when the good conduct and reform of the person so held on probation shall warrant it" (Pen. Code § 1203.3(a)). The prosecuting attorney must be given notice and an opportunity to be heard, and the court states its reasons on the record (§ 1203.3(b)).',
      },
      { type: 'heading', text: 'Grounds: good conduct and reform (to be completed by counsel)' },
      { type: 'paragraph', text: `${BLANK}${BLANK}${BLANK}` },
      { type: 'paragraph', text: `${BLANK}${BLANK}${BLANK}` },
      ...computedBasis(f),
      {
        type: 'paragraph',
        text: 'WHEREFORE, the defendant asks the court to find that the ends of justice will be served and that the defendant’s good conduct and reform warrant it, and to terminate probation and discharge the defendant.',
      },
      preparedBy(f),
      { type: 'signature', label: 'Attorney for Defendant (or Defendant in pro per)    Date' },
      { type: 'signature', label: 'Proof of service on the prosecuting attorney: served by    Date' },
    ],
  },
];
