/**
 * Georgia (US-GA): every number of the early-termination law for felony probation that the rules read,
 * each with its source.
 *
 * - O.C.G.A. § 17-10-1(a)(1)(B): the behavioral incentive date (BID). Created by SB 174 (2017, eff.
 *   July 1, 2017); widened to plain felony convictions and to sentences of up to 12 months of
 *   imprisonment followed by probation by SB 407 (2018, eff. July 1, 2018); criteria, default date and
 *   hearing timing rewritten by SB 105 (2021).
 * - O.C.G.A. § 42-8-37(c)(1): the officer's review after three years on probation, then every year.
 * - O.C.G.A. § 42-8-37(b): the court may discharge a probationer at any time.
 * - O.C.G.A. § 42-8-34.1(c): on a violation of a general condition other than a new felony, the court
 *   may revoke the balance of probation or not more than two years in confinement, whichever is less.
 *
 * SB 105's effective date: May 3, 2021, the day the Governor signed it (county-association tracker
 * "Effective Date 2021-05-03"; Rockdale Citizen, May 4, 2021, "will go into effect immediately").
 * Georgia Justice Project's first press release and Prison Legal News said July 1, 2021. The Act's own
 * effective-date section was not read. O.C.G.A. § 1-3-4(a)(1) (primary, read 2026-11-30) frames the
 * question: "Unless a different effective date is specified in an Act", an Act approved between January 1
 * and July 1 "shall become effective on the first day of July". So May 3 holds only if SB 105 has its own
 * effective-date section (which the tracker's "Effective Date 2021-05-03" implies); without one it is
 * July 1. Every SB 105 value below starts on SB105_FROM; a reform that prefers July 1, 2021 overrides
 * those values from that day.
 *
 * Text read 2026-11-30 (see README.md): § 17-10-1(a)(1)(A) and the first sentence of (a)(1)(B) in the
 * Justia 2022 copy; the pre-2021 (B) through "has been compliant with the gen…" (howtolegalhelp copy);
 * § 42-8-37(a)–(c)(1) in the casetext copy (through the 2023–24 session) and the Justia 2022 copy, and
 * the 2018 text (syfert copy); § 42-8-34.1(a)–(c) in the Justia 2020 and 2010 copies. The rest of the
 * SB 105 criteria rests on secondary sources, named in each value's note.
 */
import { defineParameters, parameter, type Source } from '../../engine/parameters.ts';

const SB174 = 'Ga. L. 2017, p. 585, § 2-1 (SB 174), eff. July 1, 2017';
const SB407 = 'Ga. L. 2018, p. 550, § 2-6 (SB 407), eff. July 1, 2018';
const SB105 = 'Ga. L. 2021, p. 223 (SB 105), eff. on approval, May 3, 2021';
const CODE_2018 = 'text as printed in the 2018 Code (the session law that enacted it was not read)';

export const SB174_FROM = '2017-07-01';
export const SB407_FROM = '2018-07-01';
export const SB105_FROM = '2021-05-03';

const URL_17_10_1 = 'https://law.justia.com/codes/georgia/2022/title-17/chapter-10/article-1/section-17-10-1/';
const URL_17_10_1_OLD = 'https://howtolegalhelp.com/?p=10233';
const URL_42_8_37 =
  'https://print.casetext.com/statute/code-of-georgia/title-42-penal-institutions/chapter-8-probation/article-2-state-wide-probation-system/section-42-8-37-effect-of-termination-of-probated-portion-of-sentence-review-of-cases-of-persons-receiving-probated-sentence-reports';
const URL_42_8_37_2018 = 'https://syfert.com/georgia/code/42-8-37.html';
const URL_42_8_34_1 = 'https://law.justia.com/codes/georgia/2020/title-42/chapter-8/article-2/section-42-8-34-1/';

/**
 * The earliest Code copy of § 42-8-34.1 read (Justia's 2010 Georgia Code). It stands for "the two-year
 * limit was law by then": the section dates from Ga. L. 1988, p. 1911, but its earlier texts were not read.
 */
export const REVOCATION_LIMIT_FROM = '2010-01-01';

const bid = (sub: string, enactedBy: string, url = URL_17_10_1): Source => ({
  citation: `O.C.G.A. § 17-10-1(a)(1)${sub}`,
  enactedBy,
  url,
});
const s37 = (sub: string, enactedBy: string, url = URL_42_8_37): Source => ({ citation: `O.C.G.A. § 42-8-37${sub}`, enactedBy, url });

export const gaParameters = defineParameters('us-ga', {
  bid: {
    inForce: parameter<boolean>({
      label: 'Behavioral incentive date exists',
      description:
        'True from the day Georgia law first required a behavioral incentive date in qualifying felony probation sentences. Read on the as-of date.',
      unit: 'boolean',
      values: [
        {
          from: SB174_FROM,
          value: true,
          source: bid('(B)', SB174),
          note: 'Effective July 1, 2017 [S: cam.law, swindlelaw]. As-of dates before it get no BID opportunity.',
        },
      ],
    }),
    sb105Criteria: parameter<boolean>({
      label: 'SB 105 criteria in force',
      description:
        'True once SB 105 replaced "compliant with the general and special conditions of probation" by "not revoked in the immediately preceding 24 months". Read on the as-of date; its first day is also the earliest day the Department of Community Supervision acts under SB 105 on a BID that passed before the Act.',
      unit: 'boolean',
      values: [
        {
          from: SB174_FROM,
          value: false,
          source: bid('(B)', SB174, URL_17_10_1_OLD),
          note: 'Pre-2021 text read through "has been compliant with the gen…" (howtolegalhelp copy).',
        },
        {
          from: SB105_FROM,
          value: true,
          source: bid('(B)', SB105),
          note: 'Effective date read as May 3, 2021 (signing; tracker and Rockdale Citizen). Alternative: July 1, 2021 (first GJP release, Prison Legal News).',
        },
      ],
    }),
    maxYearsFromSentence: parameter<number>({
      label: 'Latest BID',
      description: 'The BID in the sentencing order may not be more than this many years after the date the sentence is imposed.',
      unit: 'years',
      values: [{ from: SB174_FROM, value: 3, source: bid('(B)', SB174) }],
    }),
    defaultYearsFromSentence: parameter<number>({
      label: 'Default BID',
      description:
        'Where the sentencing order sets no BID, the BID is this many years after the date the sentence was imposed. Before SB 105 there was no default (value null).',
      unit: 'years',
      values: [
        { from: SB174_FROM, value: null, source: bid('(B)', SB174, URL_17_10_1_OLD), note: 'No default in the pre-2021 text read.' },
        {
          from: SB105_FROM,
          value: 3,
          source: bid('(B)', SB105),
          note: 'Rests on the SB 105 staff analysis ("the timeframe defaults to three years from when the sentence was imposed") and bixonlaw ("exactly three years from the date of your sentencing") [S]; the sentence of the 2021 text that says so was not read.',
        },
      ],
    }),
    maxConfinementMonths: parameter<number>({
      label: 'Most imprisonment before probation',
      description:
        'A sentence with more than this many months of imprisonment before probation gets no BID ("a sentence of probation or not more than 12 months of imprisonment followed by a term of probation").',
      unit: 'months',
      values: [
        {
          from: SB174_FROM,
          value: 0,
          source: bid('(B)', SB174, URL_17_10_1_OLD),
          note: 'SB 174 (2017) covered straight probation only: "split sentences" did not qualify [S: cam.law, swindlelaw, lagrangenews (2017)].',
        },
        {
          from: SB407_FROM,
          value: 12,
          source: bid('(B)', SB407, URL_17_10_1_OLD),
          note: 'Text read: "a sentence of probation or not more than 12 months of imprisonment followed by a term of probation" (2018 and 2022 copies). 12 months exactly qualifies.',
        },
      ],
    }),
    coversPlainConvictions: parameter<boolean>({
      label: 'BID for plain felony convictions',
      description:
        'False while the BID covered only first-offender and conditional-discharge sentences (O.C.G.A. § 16-13-2(a), (c); Title 42, Ch. 8, Art. 3); true once it also covered defendants "convicted of felony offenses".',
      unit: 'boolean',
      values: [
        {
          from: SB174_FROM,
          value: false,
          source: bid('(B)', SB174),
          note: 'Per the Code annotation for the 2018 amendment (instalawyer copy), SB 407 inserted "is convicted of felony offenses or is charged with felony offenses and".',
        },
        { from: SB407_FROM, value: true, source: bid('(B)', SB407) },
      ],
    }),
    dcsOrderWithinDays: parameter<number>({
      label: 'DCS order deadline',
      description:
        'Within this many days of the expiration of the BID, the Department of Community Supervision notifies the prosecutor and gives the court an order terminating probation, when the criteria are met.',
      unit: 'days',
      values: [{ from: SB174_FROM, value: 60, source: bid('(B)', SB174) }],
    }),
    requiresCompliance: parameter<boolean>({
      label: 'Criterion: compliance with all conditions',
      description:
        'Before SB 105 the person also had to have "been compliant with the general and special conditions of probation". Read on the as-of date.',
      unit: 'boolean',
      values: [
        {
          from: SB174_FROM,
          value: true,
          source: bid('(B)', SB174, URL_17_10_1_OLD),
          note: 'Read as: no violation sustained on this term between the sentence and the BID.',
        },
        {
          from: SB105_FROM,
          value: false,
          source: bid('(B)', SB105),
          note: 'SB 105 dropped the compliance test [S: cam.law, wosniklaw; staff analysis].',
        },
      ],
    }),
    revocationLookBackMonths: parameter<number>({
      label: 'Criterion: no revocation in the preceding months',
      description:
        'Under SB 105 the person must not have had probation revoked "during the immediately preceding 24 months", or, where the BID is less than two years after the sentence, during that shorter period. Counted back from the day the BID opportunity opens.',
      unit: 'months',
      values: [
        { from: SB174_FROM, value: null, source: bid('(B)', SB174, URL_17_10_1_OLD), note: 'No revocation test before SB 105.' },
        {
          from: SB105_FROM,
          value: 24,
          source: bid('(B)', SB105),
          note: 'Words quoted by Prison Legal News (Oct. 1, 2021): "the immediately preceding 24 months, or when the court includes a behavioral incentive date less than two years from the date a sentence was imposed …"; staff analysis "or other applicable period" [S]. The 24 months immediately preceding the opening day D are read as D − 24 months (counted) to the day before D: D itself does not precede D (law 0.3.18; before, (D − 24 months, D]). See rules/shared.ts lookBackStart.',
        },
      ],
    }),
    revocationRollsForward: parameter<boolean>({
      label: 'A revocation moves the BID opportunity',
      description:
        'False: the revocation test is made once, on the day the BID opportunity opens; a revocation inside the look-back ends the BID route on this term (the three-year review remains). True: the opportunity opens instead on the first day no revocation lies in the preceding 24 months.',
      unit: 'boolean',
      values: [
        {
          from: SB105_FROM,
          value: false,
          source: bid('(B)', SB105),
          note: 'The text ties the test to the 60 days after "the expiration of such incentive date", one event; the annual § 42-8-37(c) review is the route that repeats.',
        },
      ],
      alternatives: [
        {
          value: true,
          reading:
            'The research file reading: the test is re-made as time passes, so the BID route opens 24 months after the last revocation (research example 2: January 16, 2022 with the look-back read as here; the research file gives January 15, leaving out the first day of the look-back).',
        },
      ],
    }),
    hearingRequestDays: parameter<number>({
      label: 'Hearing request window',
      description: 'The court signs the order unless the prosecutor or the court asks for a hearing within this many days.',
      unit: 'days',
      values: [
        {
          from: SB174_FROM,
          value: 30,
          source: bid('(B)', SB174),
          note: 'Rests on cam.law (2017 text) and the SB 105 staff analysis [S]; the sentence of the statute was not read.',
        },
      ],
    }),
    hearingWithinDays: parameter<number>({
      label: 'Hearing deadline',
      description: 'A requested hearing is held as soon as possible and within this many days after the court receives the order.',
      unit: 'days',
      values: [
        { from: SB174_FROM, value: null, source: bid('(B)', SB174), note: 'No deadline in the pre-2021 text as described [S].' },
        {
          from: SB105_FROM,
          value: 90,
          source: bid('(B)', SB105),
          note: 'SB 105 staff analysis [S]; the sentence of the statute was not read.',
        },
      ],
    }),
  },

  review: {
    inForce: parameter<boolean>({
      label: 'Three-year review exists',
      description:
        'True while § 42-8-37(c)(1) requires the officer to review a probated sentence of three years or more after three years on probation.',
      unit: 'boolean',
      values: [
        {
          from: SB174_FROM,
          value: true,
          source: s37('(c)(1)', CODE_2018, URL_42_8_37_2018),
          note: 'The earliest text read is the 2018 Code; the review duty may be older. As-of dates before July 1, 2017 get no review opportunity here.',
        },
      ],
    }),
    minProbatedYears: parameter<number>({
      label: 'Probated sentences reviewed',
      description: 'The review covers "each person receiving a probated sentence of three years or more".',
      unit: 'years',
      values: [{ from: SB174_FROM, value: 3, source: s37('(c)(1)', CODE_2018) }],
    }),
    firstReviewYears: parameter<number>({
      label: 'First review',
      description: 'The officer reviews the case "after service of three years on probation", counted from the probation start date.',
      unit: 'years',
      values: [{ from: SB174_FROM, value: 3, source: s37('(c)(1)', CODE_2018) }],
    }),
    intervalYears: parameter<number>({
      label: 'Later reviews',
      description:
        'The case is reviewed and a report submitted "annually thereafter until the termination, expiration, or other disposition of the case".',
      unit: 'years',
      values: [{ from: SB174_FROM, value: 1, source: s37('(c)(1)', CODE_2018) }],
    }),
    revocationReportMonths: parameter<number>({
      label: 'Report: revocations in the preceding months',
      description:
        'Under SB 105 the report states whether probation was revoked "in the immediately preceding 24 months". Before, it stated compliance with the conditions and payments toward restitution, fines and fees (value null).',
      unit: 'months',
      values: [
        { from: SB174_FROM, value: null, source: s37('(c)(1)', CODE_2018, URL_42_8_37_2018) },
        { from: SB105_FROM, value: 24, source: s37('(c)(1)', SB105) },
      ],
    }),
    dcsSendsOrder: parameter<boolean>({
      label: 'A recommendation brings an order',
      description:
        'True under SB 105: if the report recommends early termination, DCS notifies the prosecutor and gives the court an order to terminate, which the court shall execute (the rest of the sentence was not read). False before: a petition [S: thearoralawfirm].',
      unit: 'boolean',
      values: [
        { from: SB174_FROM, value: false, source: s37('(c)(1)', CODE_2018, URL_42_8_37_2018) },
        { from: SB105_FROM, value: true, source: s37('(c)(1)', SB105) },
      ],
    }),
    countConfinement: parameter<boolean>({
      label: 'Confinement counts toward "three years or more"',
      description:
        'False: "probated sentence" is the probated part (the term on the record). True: the whole sentence, imprisonment before probation included, is measured.',
      unit: 'boolean',
      values: [
        {
          from: SB174_FROM,
          value: false,
          source: s37('(c)(1)', CODE_2018),
          note: 'The review runs on "service … on probation", so the probated part is measured.',
        },
      ],
      alternatives: [
        { value: true, reading: 'A split sentence of 3 years or more in total is reviewed even if its probated part is shorter.' },
      ],
    }),
  },

  revocation: {
    generalConditionMaxYears: parameter<number>({
      label: 'Most confinement on revoking probation for a general-condition violation',
      description:
        'Upon proof that the probationer violated a general provision of probation other than by committing a new felony offense, the court must consider alternatives to confinement; if the probationer does not meet their criteria, "the court may revoke the balance of probation or not more than two years in confinement, whichever is less". This is that number of years. Read on the as-of date (the limit governs a revocation after it).',
      unit: 'years',
      values: [
        {
          from: REVOCATION_LIMIT_FROM,
          value: 2,
          source: {
            citation: 'O.C.G.A. § 42-8-34.1(c)',
            enactedBy:
              'Code 1981, § 42-8-34.1, enacted by Ga. L. 1988, p. 1911; text read in the 2010 and 2020 Code (last amended Ga. L. 2016, p. 443, § 8-5/SB 367)',
            url: URL_42_8_34_1,
          },
          note: 'Same two-year words in the 2010 Code (law.justia.com/codes/georgia/2010/title-42/chapter-8/article-2/42-8-34-1/) and the 2020 Code; the 2015 and 2016 amendments only shortened the list of alternatives. The start date stands for the earliest copy read, not an enactment date. Texts after the 2020 Code were not read.',
        },
      ],
    }),
  },

  courtDischarge: {
    atAnyTime: parameter<boolean>({
      label: 'Court may discharge at any time',
      description:
        '"The court may at any time cause the probationer to appear before it to be admonished or commended and, when satisfied that its action would be for the best interest of justice and the welfare of society, may discharge the probationer from further supervision."',
      unit: 'boolean',
      values: [
        {
          from: '1956-01-01',
          value: true,
          source: s37(
            '(b)',
            'State-wide Probation Act, Ga. L. 1956, p. 27 (date approximate, not read); text read in the 2018, 2022 and 2023–24 Code',
          ),
          note: 'Same words in every copy read (2018, 2022, 2023–24). The start date stands for "before any record this engine sees".',
        },
      ],
    }),
  },
});

export type GaParameters = typeof gaParameters;
