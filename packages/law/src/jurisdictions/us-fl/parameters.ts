/**
 * Florida (US-FL): every number of the probation provisions the rules read, each with its source.
 *
 * - Fla. Stat. § 948.05(1): the court may discharge a probationer "at any time".
 * - § 948.04(3): the Department of Corrections may recommend early termination "at any time before the
 *   scheduled termination date" to a probationer who performed satisfactorily, was never found in
 *   violation and met all financial sanctions.
 * - § 948.04(4)–(5), created by ch. 2019-167 (CS/HB 7125, 2019), eff. Oct. 1, 2019: for defendants
 *   sentenced to probation on or after October 1, 2019, the court "shall" early terminate the term or
 *   convert it to administrative probation once half the term is completed and the other criteria are met.
 * - § 948.05(2)(c)–(d), added by CS/CS/SB 752 (2022), eff. July 1, 2022: the Department "shall, without
 *   leave of court" reduce the term by 60 days per educational advancement activity and by 30 days per
 *   6-month period of workforce achievement.
 *
 * - § 948.06(2)(f), created by ch. 2019-167 (§ 63), eff. Oct. 1, 2019, and amended by HB 661 (2021): on
 *   finding a probationer in violation, the court "shall modify or continue" the probation when all of
 *   (a) probation, (b) not a violent felony offender of special concern, (c) a low-risk technical
 *   violation and (d) no earlier finding on this term apply, and "may include in the sentence a maximum
 *   of 90 days in county jail as a special condition of probation".
 *
 * Texts read 2026-11-30: § 948.04(1)–(4) opening and § 948.05(1)–(2)(c) in verbatim copies of the 2021,
 * 2023 and 2025 Florida Statutes (Online Sunshine, criminallawyerjacksonville.com, syfert.com); § 948.04(4)
 * (a)–(f) in a close paraphrase (Sammis Law Firm); § 948.06(2)(f)1.–2. and the opening of 3. in the 2020
 * Senate bill SB 7064, which sets out the 2019 text with the "any" → "all" amendment that HB 661 (2021)
 * enacted (Senate bill summary). § 948.04(5)'s grounds, § 948.05(2)(d)'s definition, § 948.06(2)(f)3.
 * in full and § 948.06(9)(b) were not read (see README, "Open questions").
 */
import { defineParameters, parameter, type Source } from '../../engine/parameters.ts';
import type { AchievementKind } from '../../records/vocabulary.ts';

const URL_948_04 = 'https://criminallawyerjacksonville.com/0948.04.html';
const URL_948_05 = 'https://syfert.com/florida/statutes/0948.05.html';
const URL_SB_752 = 'https://www.flsenate.gov/Session/Bill/2022/752/BillText/er/HTML';
const URL_SB_7064 = 'https://flsenate.gov/Session/Bill/2020/7064/BillText/Filed/HTML';

export const CH_2019_167 = 'Ch. 2019-167, Laws of Fla. (CS/HB 7125), eff. Oct. 1, 2019';
export const SB_752 = 'CS/CS/SB 752 (2022), Laws of Fla. 2022 (chapter number not read), eff. July 1, 2022';
export const S_948_06_2F =
  'Ch. 2019-167, § 63, Laws of Fla. (eff. Oct. 1, 2019); (2)(f)1. amended by HB 661 (2021), eff. upon becoming law';
const EARLIER = 'earlier law (enacting history not read)';

const s948_04 = (sub: string, enactedBy = CH_2019_167): Source => ({ citation: `Fla. Stat. § 948.04${sub}`, enactedBy, url: URL_948_04 });
const s948_05 = (sub: string, enactedBy: string): Source => ({ citation: `Fla. Stat. § 948.05${sub}`, enactedBy, url: URL_948_05 });

/** The first day the 2019 half-term provision reaches (sentence date) and exists (as-of date). */
export const HALF_TERM_FROM = '2019-10-01';
/** SB 752 (2022) took effect on this day. */
export const INCENTIVES_FROM = '2022-07-01';
/** § 948.06(2)(f) was created on this day (ch. 2019-167, § 63), reading "when any of the following applies". */
export const TECHNICAL_CREATED = '2019-10-01';
/**
 * The first day on which only the amended § 948.06(2)(f)1. ("when all of the following apply", HB 661
 * (2021)) is certainly in force: HB 661 took effect on becoming law in 2021, a day not read, so this is a
 * bound, not its effective date. Before it, where the 2021 wording does not cover the person, a warning names
 * the 2019 wording ("when any of the following applies"), which may still have been in force.
 */
export const TECHNICAL_FROM = '2022-01-01';

export const flParameters = defineParameters('us-fl', {
  courtDischarge: {
    atAnyTime: parameter<boolean>({
      label: 'Court may discharge at any time',
      description:
        'The court may at any time discharge a probationer or offender in community control from further supervision when satisfied that it is for the best interests of justice and the welfare of society.',
      unit: 'boolean',
      values: [
        {
          from: '1970-01-01',
          value: true,
          source: s948_05('(1)', EARLIER),
          note: 'The power is old (Florida courts describe it as a matter of grace); its enacting history was not read. 1970-01-01 is the earliest date encoded, not the enactment date.',
        },
      ],
    }),
  },

  departmentRecommendation: {
    atAnyTime: parameter<boolean>({
      label: 'Department may recommend early termination',
      description:
        'The Department of Corrections may recommend early termination of probation to the court at any time before the scheduled termination date, for a probationer who performed satisfactorily, was not found in violation and met all financial sanctions.',
      unit: 'boolean',
      values: [
        {
          from: '2015-01-01',
          value: true,
          source: s948_04('(3)', EARLIER),
          note: 'The text read is the 2023 Florida Statutes; the same words are quoted in an August 2015 article (floridasentencing.blogspot.com). Its enactment date was not read, so 2015-01-01 is the earliest date encoded.',
        },
      ],
    }),
  },

  halfTerm: {
    inForce: parameter<boolean>({
      label: 'Half-term early termination in force',
      description:
        'True from October 1, 2019. Read on the sentence date: § 948.04(4) covers "defendants sentenced to probation on or after October 1, 2019". Also read on the as-of date (the subsection must exist).',
      unit: 'boolean',
      values: [{ from: HALF_TERM_FROM, value: true, source: s948_04('(4)') }],
    }),
    sharePercent: parameter<number>({
      label: 'Share of the term completed',
      description: 'The probationer "has completed at least half of the term of probation to which he or she was sentenced".',
      unit: 'percent',
      values: [{ from: HALF_TERM_FROM, value: 50, source: s948_04('(4)(f)') }],
    }),
    oddMonthHalfDays: parameter<number>({
      label: 'Half of an odd month',
      description: 'Days added for the half month when a term of an odd number of months is halved.',
      unit: 'days',
      values: [
        {
          from: HALF_TERM_FROM,
          value: 15,
          source: s948_04('(4)(f)'),
          note: 'The statute says only "half of the term". 15 days for the half month is the Pathways convention (spec § 3).',
        },
      ],
      alternatives: [
        { value: 0, reading: 'Half of an odd month count rounds down to whole months (earlier date).' },
        { value: 16, reading: 'Round the half month up so the date is never reached before half the days have run.' },
      ],
    }),
  },

  incentives: {
    educationDays: parameter<number>({
      label: 'Term reduction per educational advancement activity',
      description:
        'Days the Department takes off the term, without leave of court, for each educational advancement activity (a high school equivalency degree, an academic degree or a vocational certificate) a compliant probationer completes during the term.',
      unit: 'days',
      values: [{ from: INCENTIVES_FROM, value: 60, source: { ...s948_05('(2)(c)', SB_752), url: URL_948_05 } }],
    }),
    educationKinds: parameter<readonly AchievementKind[]>({
      label: 'Educational advancement activities',
      description: 'Record achievement kinds that are "a high school equivalency degree, an academic degree, or a vocational certificate".',
      unit: 'list',
      values: [
        {
          from: INCENTIVES_FROM,
          value: ['high_school_diploma', 'ged', 'associate_degree', 'bachelor_degree', 'graduate_degree', 'vocational_certificate'],
          source: s948_05('(2)(c)', SB_752),
          note: 'A high school diploma is read as an "academic degree"; program and treatment completions are not degrees or certificates.',
        },
      ],
      alternatives: [
        {
          value: ['ged', 'associate_degree', 'bachelor_degree', 'graduate_degree', 'vocational_certificate'],
          reading: 'A high school diploma is not an "academic degree" (only the equivalency degree counts).',
        },
      ],
    }),
    workforceDays: parameter<number>({
      label: 'Term reduction per period of workforce achievement',
      description: 'Days the Department takes off the term, without leave of court, for each 6-month period of workforce achievement.',
      unit: 'days',
      values: [
        {
          from: INCENTIVES_FROM,
          value: 30,
          source: { citation: 'Fla. Stat. § 948.05(2)(d)', enactedBy: SB_752, url: URL_SB_752 },
          note: 'Paragraph (d) was read only in the enrolled bill title and in secondary summaries ("at least 30 days off … for each six-month period in which they work for at least an average of 30 hours per week", The Hill, June 2022).',
        },
      ],
    }),
    workforcePeriodMonths: parameter<number>({
      label: 'Period of workforce achievement',
      description: 'Months of continuous employment that make one period of workforce achievement.',
      unit: 'months',
      values: [{ from: INCENTIVES_FROM, value: 6, source: { citation: 'Fla. Stat. § 948.05(2)(d)', enactedBy: SB_752, url: URL_SB_752 } }],
    }),
    complianceLookBackMonths: parameter<number>({
      label: 'What "compliant" looks back over',
      description:
        'A credit goes to a "compliant" probationer. Read as: no violation report (reported or sustained, not dismissed) in this many months up to the day the credit is earned; for a work period, none inside the period itself.',
      unit: 'months',
      values: [
        {
          from: INCENTIVES_FROM,
          value: 6,
          source: s948_05('(2)(c)', SB_752),
          note: 'The statute does not define "compliant". Six months matches one work period, so both credits use the same span.',
        },
      ],
      alternatives: [
        { value: 0, reading: 'Compliant only means no violation report on the day the credit is earned.' },
        { value: 1200, reading: 'Any violation report during the term so far makes the probationer not compliant.' },
      ],
    }),
  },

  vfosc: {
    offensesCommittedFrom: parameter<string>({
      label: 'Violent felony offender of special concern: offenses committed from',
      description:
        'A person is a violent felony offender of special concern only through an offense committed on or after this day: on felony probation "related to the commission of a qualifying offense committed on or after" it (§ 948.06(8)(b)1.), or on felony probation "for any offense committed on or after" it after an earlier conviction for a qualifying offense (2.).',
      unit: 'date',
      values: [
        {
          from: '2007-03-12',
          value: '2007-03-12',
          source: {
            citation: 'Fla. Stat. § 948.06(8)(b)1.–2.',
            enactedBy: 'Ch. 2007-2, Laws of Fla. (Anti-Murder Act), eff. Mar. 12, 2007',
            url: 'http://floridasentencing.blogspot.com/2008/01/violent-felony-offenders-of-special.html',
          },
          note: 'Read 2026-12-01 in a summary that sets out subparagraphs 1.–6. with the date (the Act was signed and took effect on March 12, 2007); the codified text was not read. An offense with no date, on a term sentenced on or after this day, is taken as committed on or after it (with a warning); one sentenced before it was committed before it.',
        },
      ],
    }),
  },

  technicalViolation: {
    created: parameter<boolean>({
      label: 'Mandatory modification after a technical violation (paragraph exists)',
      description:
        'True from October 1, 2019, when ch. 2019-167 created § 948.06(2)(f). Its first text required modification "when any of the following applies"; the text as amended in 2021 ("when all of the following apply") decides who is covered on every date, because a person it covers is covered by both wordings (see technicalViolation.maxJailDays).',
      unit: 'boolean',
      values: [
        {
          from: TECHNICAL_CREATED,
          value: true,
          source: {
            citation: 'Fla. Stat. § 948.06(2)(f)',
            enactedBy: 'Ch. 2019-167, § 63, Laws of Fla. (CS/HB 7125), eff. Oct. 1, 2019',
            url: URL_SB_7064,
          },
          note: 'The 2019 wording ("when any of the following applies") is set out, struck through, in SB 7064 (2020). The section number (§ 63) and the October 1, 2019 date were read in a secondary source (jacksonvillecriminaldefenseattorneyblog.net).',
        },
      ],
    }),
    maxJailDays: parameter<number>({
      label: 'County jail on a mandatory modification',
      description:
        'When the court must modify or continue probation after a first low-risk technical violation (probation; not a violent felony offender of special concern; no earlier finding on this term), "the court may include in the sentence a maximum of 90 days in county jail as a special condition of probation".',
      unit: 'days',
      values: [
        {
          from: TECHNICAL_CREATED,
          value: 90,
          source: { citation: 'Fla. Stat. § 948.06(2)(f)2.', enactedBy: S_948_06_2F, url: URL_SB_7064 },
          note: 'Subparagraph 2. is unchanged since ch. 2019-167 created it (eff. October 1, 2019; SB 7064 (2020) sets it out unmarked). Subparagraph 1. reads "when all of the following apply" since HB 661 (2021), which took effect on becoming law in 2021 (the day was not read; Senate bill summary https://flsenate.gov/Committees/BillSummaries/2021/html/2310), and "when any of the following applies" before: a probationer who meets all of a.–d. is covered under both, so the limit is given from October 1, 2019. CS/CS/HB 1241 (2024), which would have extended the rule to a second violation (120 days), was vetoed on June 24, 2024 and is not law.',
        },
      ],
    }),
    lastDaysException: parameter<number>({
      label: 'Days left on the term below which subparagraph 3. applies',
      description:
        '"Notwithstanding s. 921.0024, if a probationer has less than 90 days of supervision remaining on his or her term of probation and meets the criteria for mandatory modification or continuation in subparagraph 1., …": the rest of subparagraph 3. was not read, so only a warning is given when fewer days than this remain.',
      unit: 'days',
      values: [
        {
          from: TECHNICAL_CREATED,
          value: 90,
          source: { citation: 'Fla. Stat. § 948.06(2)(f)3.', enactedBy: S_948_06_2F, url: URL_SB_7064 },
          note: 'Set out unmarked (so unchanged since 2019) in SB 7064 (2020).',
        },
      ],
    }),
  },
});

export type FlParameters = typeof flParameters;
