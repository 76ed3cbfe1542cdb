/**
 * New York: every number of the Less Is More Community Supervision Revocation Reform Act (L. 2021,
 * ch. 427, signed September 17, 2021) that the rules use, and of merit termination (Correction Law § 205).
 *
 * What was read (README.md has the full list, with links and what each source covers):
 * - Executive Law § 259-i(3)(f)(xii) and § 259(6)–(7) as amended by ch. 427: read as quoted in full,
 *   with the amendments marked, in 2023 S.1813 (Addabbo) and 2025 A.9371 (Buttenschon), which amend
 *   them; the unmarked text is the law in force. [primary, verbatim copy]
 * - Penal Law § 70.40(3) as amended by ch. 427: excerpt of S.1144-A page 2 (nysenate.gov). [primary]
 * - Penal Law § 70.40(4) (earned time credits): the text itself was NOT found in any stored copy
 *   (searched again 2026-11-30: nysenate.gov, NYSentencing, casetext, Justia, criminallawsny.com and
 *   laws9.com copies of § 70.40 are stored only up to subdivision 1; no 2021–2025 bill quoting
 *   subdivision 4 was found). The numbers below rest on secondary sources (Less Is More campaign FAQ,
 *   Legal Aid Society, law-firm and news summaries, Matter of Peoples v Annucci, 2023 NY Slip Op 23193)
 *   and are marked so.
 * - Effective date March 1, 2022 for ch. 427 (A.5576-A / S.1144-A): Assembly member McDonald's "New Laws
 *   Taking Effect – March 2022" list [secondary]; the act's effective-date section was not read.
 * - Correction Law § 205(1)–(2) (merit termination): nysenate.gov text published 2022-01-21. [primary]
 */
import { defineParameters, parameter } from '../../engine/parameters.ts';

export const LIM = 'L. 2021, ch. 427 (Less Is More Act), eff. March 1, 2022';
/** Secondary: a legislator's list of laws in force from March 1, 2022, naming ch. 427 of 2021. */
const LIM_EFFECTIVE = 'https://www.civmixvoices.com/mcdonald/new-laws-taking-effect-march-2022/';
const S1813 = 'https://github.com/ryantd42/NY-Legislative-Git/blob/main/2023/S1813-2023/bill.md';
const NYS_70_40 = 'https://www.nysenate.gov/legislation/laws/PEN/70.40';
const LIM_FAQ = 'https://www.lessismoreny.org/when_will_people_start_receiving_earned_time_credits_30_for_30_is_it_retroactive';
const COR_205 = 'https://www.nysenate.gov/legislation/laws/COR/205';
const MILLER = 'https://nycourts.gov/REPORTER/3dseries/2011/2011_21326.htm';
const CICCARELLI = 'https://nycourts.gov/Reporter/3dseries/2006/2006_09971.htm';
const S1144A = 'https://www.nysenate.gov/legislation/bills/2021/s1144/amendment/a';

export const usNyParameters = defineParameters('us-ny', {
  earnedTime: {
    creditDays: parameter<number>({
      label: 'Earned time credit for each 30 days without a sustained violation',
      description:
        'Days taken off the period of community supervision (parole, conditional release, post-release supervision) for every 30 days the person spends in the community without a sustained violation. Read for each 30-day period on the day its credit posts (the effective date for retroactive credit).',
      unit: 'days',
      values: [
        {
          from: '2022-03-01',
          value: 30,
          source: { citation: 'N.Y. Penal Law § 70.40(4)', enactedBy: LIM, url: NYS_70_40 },
          note:
            'From secondary sources: "30 days off their parole supervision period for every 30 days they go without a sustained violation" (Less Is More FAQ; Legal Aid Society; DOCCS press statements). The text of § 70.40(4) was not read. In force March 1, 2022 ("Effective Date 3/1/2022, Ch. 427 of 2021", ' +
            LIM_EFFECTIVE +
            ', secondary).',
        },
      ],
    }),
    periodDays: parameter<number>({
      label: 'Length of an earning period',
      description:
        'Credit is earned per period of this many days. Periods are counted from the day supervision began and the credit posts on the day after each period ends (start + 30, start + 60, …).',
      unit: 'days',
      values: [
        {
          from: '2022-03-01',
          value: 30,
          source: { citation: 'N.Y. Penal Law § 70.40(4)', enactedBy: LIM, url: NYS_70_40 },
          note: 'Reading chosen: 30-day periods counted from the start of supervision (shared domain convention 6, "per 30 days"), not calendar months. Secondary sources only. A 2019 predecessor bill (S.6490, Benjamin, not enacted) counted "each uninterrupted one-month period" instead; whether the enacted text uses days or months is not known.',
        },
      ],
    }),
    retroactiveMaxDays: parameter<number>({
      label: 'Most retroactive credit for time before the law took effect',
      description:
        'A person already on community supervision on March 1, 2022 gets credit for compliant 30-day periods served before that date, up to two years of credit, posted on March 1, 2022.',
      unit: 'days',
      values: [
        {
          from: '2022-03-01',
          value: 730,
          source: { citation: 'N.Y. Penal Law § 70.40(4)', enactedBy: LIM, url: LIM_FAQ },
          note: 'Secondary: "Each person eligible for earned time credits can receive a maximum of two years of retroactive credits" (Less Is More FAQ); the June 7, 2021 amendment "limits retrospective earned time credits to only a two-year period". Read as a cap on the amount (730 days), not a look-back window.',
        },
      ],
      alternatives: [{ value: 720, reading: 'Two years read as 24 whole 30-day periods (720 days).' }],
    }),
    lifeSentenceExcluded: parameter<boolean>({
      label: 'People serving a life sentence (lifetime parole) earn no credit',
      description: 'Whether a person on lifetime parole (a maximum term of life) is excluded from earned time credit.',
      unit: 'boolean',
      values: [
        {
          from: '2022-03-01',
          value: true,
          source: {
            citation: 'N.Y. Penal Law § 70.40(4)',
            enactedBy: LIM,
            url: 'https://legalclarity.org/what-is-the-less-is-more-act-in-new-york',
          },
          note: 'Secondary: "Individuals on life parole are generally not eligible to earn time credits under the Act." No offense-based exclusion (for example sex offenses) was found in any source on the enacted law; Matter of Peoples v Annucci (2023), a first-degree rape case, was decided on other grounds. The 2019 predecessor bill S.6490 (not enacted) excluded life sentences and Penal Law articles 130, 263, 485 and 490; whether the enacted § 70.40(4) kept any offense exclusion is an open question.',
        },
      ],
    }),
  },
  sanctions: {
    otherTechnicalDays: parameter<readonly number[]>({
      label: 'Most reincarceration for "all other" technical violations, by number',
      description:
        'Days of reincarceration allowed for the 1st, 2nd, 3rd, 4th and 5th-or-later substantiated technical violation "for which incarceration may be imposed" (not absconding, not one on the no-jail list). 0 = none allowed; the last value applies to every later one.',
      unit: 'list',
      values: [
        {
          from: '2022-03-01',
          value: [0, 0, 7, 15, 30],
          source: { citation: 'N.Y. Exec. Law § 259-i(3)(f)(xii)(3)', enactedBy: LIM, url: S1813 },
          note: 'Read 2026-11-30 as quoted (unchanged matter) in 2023 S.1813: "no period of reincarceration may be imposed for the first and second substantiated technical violations …; up to seven days … third …; up to fifteen days … fourth …; up to thirty days … fifth and subsequent".',
        },
      ],
    }),
    abscondingDays: parameter<readonly number[]>({
      label: 'Most reincarceration for absconding, by number',
      description: 'Days allowed for the 1st, 2nd and 3rd-or-later absconding violation; the last value applies to every later one.',
      unit: 'list',
      values: [
        {
          from: '2022-03-01',
          value: [7, 15, 30],
          source: { citation: 'N.Y. Exec. Law § 259-i(3)(f)(xii)(1)', enactedBy: LIM, url: S1813 },
          note: 'Read as quoted in 2023 S.1813 and 2025 A.9371: "up to seven days … first violation, up to fifteen days … second …, and up to thirty days … third or any subsequent violation".',
        },
      ],
    }),
    countViolationsBeforeEffectiveDate: parameter<boolean>({
      label: 'Violations sustained before March 1, 2022 count toward the number',
      description:
        'Whether technical violations sustained before the Act took effect count as "substantiated technical violations for which incarceration may be imposed" when numbering the next one.',
      unit: 'boolean',
      values: [
        {
          from: '2022-03-01',
          value: false,
          source: { citation: 'N.Y. Exec. Law § 259-i(3)(f)(xii)(1), (3)', enactedBy: LIM, url: S1813 },
          note: 'Reading chosen: the category "for which incarceration may be imposed" exists only under the Act, so only violations sustained on or after March 1, 2022 are counted. The text does not say.',
        },
      ],
      alternatives: [{ value: true, reading: 'Every sustained technical violation on the term counts, whenever it was found.' }],
    }),
  },
  tolling: {
    abscondingInterrupts: parameter<boolean>({
      label: 'Absconding interrupts the term',
      description:
        'When a person absconds and is declared delinquent, the term stops running from the date of delinquency until the person appears in response to a notice of violation or a warrant is executed. Selected by the day the absconding began.',
      unit: 'boolean',
      values: [
        {
          from: '2022-03-01',
          value: true,
          source: { citation: 'N.Y. Penal Law § 70.40(3)(a)–(b)', enactedBy: LIM, url: S1144A },
          note: 'Read in S.1144-A (page 2). Assumes the board declared the person delinquent for the absconding in the record; the recorded absconding days (first to last, both counted) are the interruption. Earlier absconding (old text: until return to a DOCCS institution) has no value here; the rule counts its recorded days as the least the term stopped, with a warning.',
        },
      ],
    }),
  },
  classADrugTermination: {
    unrevokedYears: parameter<number>({
      label: 'Unrevoked parole after which a class A drug felony sentence must be terminated',
      description:
        'DOCCS "must grant termination of sentence after three years of unrevoked parole to a person serving an indeterminate sentence for a class A felony offense defined in article two hundred twenty of the penal law". Read on the as-of date; absent before the Drug Law Reform Act took effect.',
      unit: 'years',
      values: [
        {
          from: '2005-02-12',
          value: 3,
          source: {
            citation: 'N.Y. Exec. Law § 259-j(3-a)',
            enactedBy: 'L. 2004, ch. 738 (Drug Law Reform Act of 2004)',
            url: CICCARELLI,
          },
          note: 'Text read only as quoted in Matter of Ciccarelli v New York State Div. of Parole, 35 AD3d 1107 (3d Dept 2006) ("must grant termination of sentence after three years of unrevoked parole"); effective date February 12, 2005 as Matter of Miller v DOCCS, 33 Misc 3d 761 (Sup Ct, NY County 2011) states it. Both read 2026-12-02.',
        },
        {
          from: '2011-03-31',
          value: 3,
          source: {
            citation: 'N.Y. Correction Law § 205(4)',
            enactedBy: 'L. 2011, ch. 62, pt. C, subpt. A, §§ 32, 38-g (recodified from Exec. Law § 259-j(3-a))',
            url: MILLER,
          },
          note: 'Miller: recodified "with no substantive change from prior law", effective March 31, 2011. The current text of subdivision 4 itself was not found in any readable copy (searched 2026-12-02).',
        },
      ],
    }),
  },
  meritTermination: {
    minimumMonths: parameter<number>({
      label: 'Time on supervision before a merit termination may be granted',
      description:
        'DOCCS may grant a merit termination of sentence "prior to the expiration of the full term or maximum term"; subdivision 1 sets no minimum time.',
      unit: 'months',
      values: [
        {
          from: '2011-04-01',
          value: 0,
          source: {
            citation: 'N.Y. Correction Law § 205(1)',
            enactedBy: 'L. 2011, ch. 62, pt. C, subpt. A (merger of the Division of Parole into DOCCS; formerly Exec. Law § 259-j)',
            url: COR_205,
          },
          note: 'Subdivision 1 read 2026-11-30 sets no waiting time. The regulations (9 NYCRR) and any later subdivision with a time rule were not read: open question.',
        },
      ],
    }),
  },
});

export type UsNyParameters = typeof usNyParameters;
