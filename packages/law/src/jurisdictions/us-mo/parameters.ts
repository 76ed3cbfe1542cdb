/**
 * Missouri: every number of the earned-compliance-credit law (RSMo § 217.703) and of the court-ordered
 * 120-day program that limits confinement for a probation violation (RSMo § 559.036.4).
 *
 * Text read: RSMo § 217.703 subsections 1–12, § 559.036 subsections 1–9 and § 559.105 as currently in
 * force (through 2022 S.B. 775; § 559.105 through 2021 S.B. 26), from the Justia copy mirrored in
 * saint1415/us-statutes (read 2026-11-30); § 559.105 also as in force from August 28, 2013 (Revisor of
 * Missouri copy). Earlier versions are given where the change is known (the 2017 reclassification of
 * felonies); where an earlier text was not read, the value carries a note saying so (see README, "Open
 * questions").
 */
import { defineParameters, parameter } from '../../engine/parameters.ts';

const JUSTIA_217_703 = 'https://law.justia.com/codes/missouri/title-xiii/chapter-217/section-217-703/';
const JUSTIA_559_036 = 'https://law.justia.com/codes/missouri/title-xxxviii/chapter-559/section-559-036/';
const JUSTIA_559_105 = 'https://law.justia.com/codes/missouri/title-xxxviii/chapter-559/section-559-105/';
const JUSTIA_559_016 = 'https://law.justia.com/codes/missouri/title-xxxviii/chapter-559/section-559-016/';
const HILLMAN = 'https://law.justia.com/cases/missouri/supreme-court/2019/sc97171.html';
const HB_353 = 'L. 2005 H.B. 353 (A.L. 2013 H.B. 215; A.L. 2021 S.B. 26)';
const HB_1525 = 'L. 2012 H.B. 1525 (eff. Aug. 28, 2012)';
const SB_491 = 'L. 2014 S.B. 491 (criminal code revision, eff. Jan. 1, 2017)';
const SB_775 = 'L. 2022 S.B. 775 (eff. Aug. 28, 2022)';

export const usMoParameters = defineParameters('us-mo', {
  ecc: {
    creditDaysPerMonth: parameter<number>({
      label: 'Earned compliance credit per compliant month',
      description:
        'Days taken off the term of probation, parole or conditional release for each full calendar month of compliance. Read for each month on its first day.',
      unit: 'days',
      values: [
        {
          from: '2012-08-28',
          value: 30,
          source: { citation: 'RSMo § 217.703.3', enactedBy: HB_1525, url: JUSTIA_217_703 },
        },
      ],
    }),
    firstEarningMonth: parameter<string>({
      label: 'First month that can earn credit',
      description:
        'No calendar month before this one earns credit. For terms begun before September 1, 2012 credits "begin to accrue … on October 1, 2012"; DOC posted the first award on October 1, 2012 for September 2012.',
      unit: 'date',
      values: [
        {
          from: '2012-08-28',
          value: '2012-09-01',
          source: { citation: 'RSMo § 217.703.3', enactedBy: HB_1525, url: JUSTIA_217_703 },
          note: 'September 2012 is the first month that earns, its credit posting October 1, 2012 (Missouri DOC practice [S]; see firstFullMonthEarns for the other reading).',
        },
      ],
    }),
    firstFullMonthEarns: parameter<boolean>({
      label: 'The first full calendar month of supervision earns credit',
      description:
        '"Credits shall begin to accrue for eligible offenders after the first full calendar month of supervision": true reads this as the first full month earning a credit that posts after it (DOC); false reads the first full month as a waiting month that earns nothing (and, for terms begun before September 1, 2012, October 2012 as the first earning month).',
      unit: 'boolean',
      values: [
        {
          from: '2012-08-28',
          value: true,
          source: { citation: 'RSMo § 217.703.3', enactedBy: HB_1525, url: JUSTIA_217_703 },
          note: 'DOC reading: the first full month earns; its credit posts on the first day of the next month (research file, Ambiguity (e)).',
        },
      ],
      alternatives: [
        {
          value: false,
          reading:
            'The first full calendar month is a waiting month; credit accrues from the second full month (every projection one month later).',
        },
      ],
    }),
    eligibleFelonyClasses: parameter<readonly string[]>({
      label: 'Felony classes eligible for credits',
      description:
        'The classes of felony (outside the drug chapters) on which a person earns credits. Selected by the sentence date (subsection 11 keeps eligible anyone sentenced before January 1, 2017 for an offense eligible at sentencing); sentences before the law began are read under the first version.',
      unit: 'list',
      values: [
        {
          from: '2012-08-28',
          value: ['C', 'D'],
          source: { citation: 'RSMo § 217.703.1(2) (2012 text)', enactedBy: HB_1525 },
          note: 'Pre-2017 classes. The 2012 text was not read; "class C or D felony" is from the Senate summary of SS/SCS/SB 699 (2012) [S] and matches the 2017 renumbering (old C → new D, old D → new E).',
        },
        {
          from: '2017-01-01',
          value: ['D', 'E'],
          source: { citation: 'RSMo § 217.703.1(2), .11', enactedBy: SB_491, url: JUSTIA_217_703 },
        },
      ],
    }),
    minimumMonthsServed: parameter<number>({
      label: 'Minimum time on supervision before an earned discharge',
      description:
        'Final discharge on credits needs at least two years of probation, parole or conditional release, including custody under §§ 217.718, 559.036 and 559.115.',
      unit: 'months',
      values: [
        {
          from: '2012-08-28',
          value: 24,
          source: { citation: 'RSMo § 217.703.7', enactedBy: HB_1525, url: JUSTIA_217_703 },
        },
      ],
    }),
    abscondingCountsTowardMinimum: parameter<boolean>({
      label: 'Time as an absconder counts toward the two years',
      description:
        'Whether days the person was an absconder count toward the two-year minimum of § 217.703.7. The statute names custody time as included and is silent on absconding.',
      unit: 'boolean',
      values: [
        {
          from: '2012-08-28',
          value: false,
          source: { citation: 'RSMo § 217.703.6, .7', enactedBy: HB_1525, url: JUSTIA_217_703 },
          note: 'Missouri DOC: absconder time does not count toward the two years [S]. Read with § 559.036.7 (a suspended probation term is tolled): the two-year date moves later by each day absconded before it.',
        },
      ],
      alternatives: [
        { value: true, reading: 'The two years run from the start date whatever happened; absconding only stops credits (subsection 6).' },
      ],
    }),
    restitutionGate: parameter<boolean>({
      label: 'Restitution must be complete before an earned discharge',
      description: 'Final discharge on credits waits until restitution is paid in full; credits keep accruing meanwhile.',
      unit: 'boolean',
      values: [
        {
          from: '2012-08-28',
          value: true,
          source: { citation: 'RSMo § 217.703.7; § 559.105.2', enactedBy: HB_1525, url: JUSTIA_217_703 },
          note: `State ex rel. Hillman v. Beger, 566 S.W.3d 600 (Mo. banc 2019) (Pallai; Long; ${HILLMAN}): "section 559.105.2 takes precedence over section 217.703.7" (opinion opening read); credits accrue while restitution is unpaid but cannot discharge the term until it is paid (Justia summary [S]). The current § 217.703.7 also says "so long as the offender has completed restitution"; that Hillman saw a conflict suggests the earlier § 217.703.7 lacked these words (earlier text not read). The gate is the same either way because § 559.105.2 ("No person ordered by the court to pay restitution … shall be released from probation until such restitution is complete", read in its 2013 and current texts) applies; for parole, § 559.105.3.`,
        },
      ],
    }),
    dischargeNoticeDays: parameter<number>({
      label: 'Notice before an earned discharge',
      description:
        'The division notifies the court, the board and (for probation) the prosecutor at least this many days before the discharge date. Procedure only: it does not move the date.',
      unit: 'days',
      values: [
        {
          from: '2012-08-28',
          value: 60,
          source: { citation: 'RSMo § 217.703.10', enactedBy: HB_1525, url: JUSTIA_217_703 },
        },
      ],
    }),
    reinstatementResume: parameter<boolean>({
      label: 'Credits resume after a revocation is set aside and supervision reinstated',
      description:
        'After a revocation or a 120-day program placement rescinds all credits (subsection 5(1)), whether a reinstated person earns again from the first day of the month after reinstatement.',
      unit: 'boolean',
      values: [
        {
          from: '2012-08-28',
          value: true,
          source: { citation: 'RSMo § 217.703.5', enactedBy: HB_1525, url: JUSTIA_217_703 },
          note: 'The statute rescinds earned credits; it does not bar new ones. Earning resumes on the first day of the calendar month after reinstatement (or release from the program), by analogy with the "lifting of the suspension" sentence of subsection 5.',
        },
      ],
      alternatives: [{ value: false, reading: 'A revocation ends eligibility on the term for good.' }],
    }),
  },
  probation: {
    felonyMaxYears: parameter<number>({
      label: 'Longest felony probation term, extensions included',
      description:
        'A felony probation term is "a term of years not less than one year and not to exceed five years" (§ 559.016.1(1)); the total time on the term, extensions included, may not exceed it (§ 559.016.3; § 559.036.2).',
      unit: 'years',
      values: [
        {
          from: '2005-08-28',
          value: 5,
          source: { citation: 'RSMo § 559.016.1(1), .3', enactedBy: HB_353, url: JUSTIA_559_016 },
          note: 'Read 2026-12-01 in the text before and after 2012 H.B. 1525 (laws9.com and getpocketlaw.com copies); both carry the total-time sentence of subsection 3. Earlier texts were not read.',
        },
      ],
    }),
    misdemeanorMaxYears: parameter<number>({
      label: 'Longest misdemeanor probation term, extensions included',
      description: 'A misdemeanor probation term is "not less than six months and not to exceed two years" (§ 559.016.1(2)).',
      unit: 'years',
      values: [
        {
          from: '2005-08-28',
          value: 2,
          source: { citation: 'RSMo § 559.016.1(2), .3', enactedBy: HB_353, url: JUSTIA_559_016 },
        },
      ],
    }),
    violationExtraYears: parameter<number>({
      label: 'Added to the longest term when a violation is admitted or found',
      description:
        'Total time on a probation term may exceed the maximum of subsection 1 by "one additional year if the defendant admits or the court finds that the defendant has violated the conditions of his or her probation" (§ 559.016.3).',
      unit: 'years',
      values: [
        {
          from: '2005-08-28',
          value: 1,
          source: { citation: 'RSMo § 559.016.3', enactedBy: HB_353, url: JUSTIA_559_016 },
        },
      ],
    }),
    restitutionBarsEarlyTermination: parameter<boolean>({
      label: 'Unpaid restitution keeps the court from ending probation early',
      description:
        'Whether "No person ordered by the court to pay restitution … shall be released from probation until such restitution is complete" (§ 559.105.2) also limits the court’s power to end probation early under § 559.036.2.',
      unit: 'boolean',
      values: [
        {
          from: '2005-08-28',
          value: true,
          source: { citation: 'RSMo § 559.105.2', enactedBy: HB_353, url: JUSTIA_559_105 },
          note: 'Read in the text in force from 2013-08-28 (Revisor of Missouri) and the current text; the 2005 text was not read. The words cover any release from probation; Hillman (2019) applied them over the credits discharge of § 217.703.7. No case applying them to § 559.036.2 was read.',
        },
      ],
      alternatives: [
        {
          value: false,
          reading:
            'The court’s power to terminate probation "at any time" (§ 559.036.2) is not limited by § 559.105.2; only the credits discharge waits for restitution.',
        },
      ],
    }),
  },
  cods: {
    programDays: parameter<number>({
      label: 'Court-ordered 120-day program (limit on confinement for a first eligible probation violation)',
      description:
        'Unless the person consents to revocation, a court that finds continuation inappropriate must place an eligible probationer in a 120-day department program instead of revoking; once per term.',
      unit: 'days',
      values: [
        {
          from: '2012-08-28',
          value: 120,
          source: { citation: 'RSMo § 559.036.4 (2012–2022 text)', enactedBy: HB_1525 },
          note: 'Text before 2022 not read here (its history line lists amendments by L. 2012 H.B. 1525, L. 2013 H.B. 215 merged with H.B. 374 & 434, L. 2014 S.B. 491 and H.B. 1371, and L. 2022 S.B. 775; the only older copy found, statutes.laws-info.com, predates 2012 and has no program). The 2012 act created the court-ordered detention sanction (CODS) of 120 days [S: DOC judicial reference guide; research file]; this encoding assumes the same 120-day limit and the same conditions. Open question.',
        },
        {
          from: '2022-08-28',
          value: 120,
          source: { citation: 'RSMo § 559.036.4(1)–(2)', enactedBy: SB_775, url: JUSTIA_559_036 },
          note: 'Read 2026-11-30. Time between the order and the department receiving the person does not count toward the program (559.036.4(2)), so days in custody can exceed 120.',
        },
      ],
    }),
  },
});

export type UsMoParameters = typeof usMoParameters;
