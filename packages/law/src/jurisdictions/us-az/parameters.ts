/**
 * Arizona: every number of the probation time-credit law (A.R.S. § 13-924) and the readings chosen
 * where the text admits more than one.
 *
 * Text read 2026-11-30 (see README.md, "Sources read"):
 * - § 13-924(A)–(C), current text (as amended by Laws 2023, HB 2055), self-law.org and lawserver.com
 *   copies [primary, verbatim copies];
 * - § 13-924 as enacted by Laws 2008, ch. 298 (SB 1476), subsections (A)–(E), Coconino County Adult
 *   Probation page quoting it [secondary];
 * - Laws 2008, ch. 298 title page, azleg.gov [primary, opening only];
 * - HB 2055 (2023) House Judiciary and House-engrossed fact sheets, azleg.gov / legiplex [legislative
 *   summaries: "delayed effective date of January 1, 2024"; Sec. 1 amends § 13-901, Sec. 2 § 13-924].
 * - HB 2055 chaptered as Laws 2023, ch. 53, "as signed by governor" (azcapitolreports.com tracking list)
 *   [secondary]; the chaptered act itself was not read.
 * - 2008 end-of-session report (Arizona Troopers Association): the session adjourned sine die June 27,
 *   2008, and its acts took effect on the general effective date, September 26, 2008, "unless otherwise
 *   specified" [secondary].
 * - § 13-903(A)–(F), Justia 2015 copy [primary, verbatim copy].
 * - § 13-902(A) and the opening of (E) as "current law", House of Representatives summary of SB 1284
 *   (2023), azleg.gov [legislative summary, read 2026-12-03]; § 13-902(B) (DUI) and (C) (restitution
 *   extension), practitioners' summaries [secondary]. The statute's own text was not found in any stored copy.
 *
 * Still NOT read (searched 2026-11-30: azleg.gov, Justia, lawserver, self-law, legiscan, legiplex,
 * GitHub mirrors; every stored copy breaks off after (C)(4)): § 13-924(D)–(G) in the current text,
 * including the definitions of "eligible employment" and "supporting documentation"; the effective-date
 * sections of Laws 2008, ch. 298 and Laws 2023, ch. 53.
 */
import { defineParameters, parameter } from '../../engine/parameters.ts';

const SELF_LAW_13_924 = 'https://self-law.org/code/az/title-13/13-924';
const COCONINO = 'https://coconino.az.gov/556/Earned-Time-Credit';
const SB_1476 = 'Laws 2008, ch. 298 (SB 1476, "Safe Communities Act")';
const HB_2055 = 'Laws 2023, ch. 53 (HB 2055, "Earning Safe Reentry Through Work Act of 2023"), delayed effective date Jan. 1, 2024';
const AZ_CAPITOL_REPORTS = 'https://azcapitolreports.com/report/KBx';
const END_OF_SESSION_2008 = 'https://aztroopers.org/enews/end-of-legislative-session-report';
const HB_2055_FACT_SHEET = 'https://azleg.gov/legtext/56leg/1R/summary/H.HB2055_011723_JUD.DOCX.htm';
const JUSTIA_13_903 = 'https://law.justia.com/codes/arizona/2015/title-13/section-13-903/';
const SB_1284_SUMMARY = 'https://azleg.gov/legtext/56leg/1R/summary/H.SB1284_031623_JUD.DOCX.htm';
const RIDEOUT_13_902 = 'https://www.rideoutlaw.com/felony-probation-in-arizona/';
const CRIMINAL_CODE_1978 = 'Laws 1977, ch. 142 (criminal code, eff. Oct. 1, 1978)';
const PERIODS_FROM_NOTE =
  'The periods are stated as current law in the House summary of SB 1284 (March 16, 2023) and by practitioners from 2011 on; when they took this form was not read [U], so they are applied from the criminal code of 1978.';

/** First day of § 13-924 (see the note on etc.creditDays). */
export const ETC_FROM = '2008-09-26';
/** First day of work time credit. */
export const WTC_FROM = '2024-01-01';

const ETC_FROM_NOTE =
  'September 26, 2008 is the general effective date of the 2008 Second Regular Session: it adjourned sine die on June 27, 2008, and its acts took effect on September 26, 2008 "unless otherwise specified" (2008 end-of-session report, ' +
  END_OF_SESSION_2008 +
  ' [secondary]). Whether Laws 2008, ch. 298 specified another date was not read: only its title page and opening sections were.';

export const usAzParameters = defineParameters('us-az', {
  credits: {
    periodDays: parameter<number>({
      label: 'Days in one earning period',
      description:
        'Earned time credit and work time credit are stated "for every thirty days". Periods are counted from the day probation began (§ 13-903(A)): period 1 is the first 30 days, and so on. The credit for a period vests on the day after its 30th day.',
      unit: 'days',
      values: [
        {
          from: ETC_FROM,
          value: 30,
          source: { citation: 'A.R.S. § 13-924(B)', enactedBy: SB_1476, url: SELF_LAW_13_924 },
          note: 'Rolling 30-day periods from the start date (shared convention 6), not calendar months. ' + ETC_FROM_NOTE,
        },
      ],
    }),
    etcDays: parameter<number>({
      label: 'Earned time credit per 30-day period',
      description:
        'Days of earned time credit for every 30 days in which the probationer (1) shows positive progress toward the goals and treatment of the case plan, (2) is current on court-ordered restitution payments and complies with all other nonmonetary obligations, and (3) is current in completing community restitution. Read on the first day of each period.',
      unit: 'days',
      values: [
        {
          from: ETC_FROM,
          value: 20,
          source: { citation: 'A.R.S. § 13-924(B)', enactedBy: SB_1476, url: SELF_LAW_13_924 },
          note: ETC_FROM_NOTE,
        },
      ],
    }),
    wtcDays: parameter<number>({
      label: 'Work time credit per 30-day period',
      description:
        'Days of work time credit for every 30 days in which the probationer is engaged in eligible employment (documented to the officer within five business days and verified) and meets the same case-plan, restitution and community-restitution conditions as for earned time credit. Read on the first day of each period, so a period that began before January 1, 2024 earns no work time credit.',
      unit: 'days',
      values: [
        {
          from: WTC_FROM,
          value: 30,
          source: { citation: 'A.R.S. § 13-924(C)', enactedBy: HB_2055, url: SELF_LAW_13_924 },
          note:
            'Effective date from the House fact sheets ("delayed effective date of January 1, 2024"); the bill became Laws 2023, ch. 53 (' +
            AZ_CAPITOL_REPORTS +
            ', secondary), whose effective-date section was not read. A period counts only if all 30 of its days fall on or after that date (the work was done while the law was in force).',
        },
      ],
      alternatives: [
        {
          value: 30,
          reading:
            'A period that ends on or after January 1, 2024 earns work time credit even if it began in 2023 (not encoded; would move some dates by up to one period).',
        },
      ],
    }),
    stacking: parameter<boolean>({
      label: 'Earned time credit and work time credit add up for the same period',
      description:
        'Subsection A lets the court adjust probation "for earned time credit or work time credit". False: a period earns one of them (work time credit where it applies, since it is larger). True: a period may earn both (50 days per 30).',
      unit: 'boolean',
      values: [
        {
          from: ETC_FROM,
          value: false,
          source: { citation: 'A.R.S. § 13-924(A)', enactedBy: HB_2055, url: SELF_LAW_13_924 },
          note: 'Read from "or" in subsection A (current text). The 2022 bill HB 2116, which died in the Senate, would have said "for earned time credit and work time credit"; the enacted 2023 wording is "or". No AOC or county policy on stacking was found.',
        },
      ],
      alternatives: [{ value: true, reading: 'Both credits for the same period (50 days per 30 days worked).' }],
    }),
    countBeforeCourtGrant: parameter<boolean>({
      label: 'Count credits before the court grants them',
      description:
        'Credit is not self-executing: the court "may adjust" probation on an adult probation officer\'s recommendation. The record has no field for such an order. False: earnedCreditDays is 0 and the credits a person is eligible for are reported in the explanation and in the earned-discharge opportunity (eligibleCreditDays), never as a discharge by law. True: the eligible credits are reported as earned.',
      unit: 'boolean',
      values: [
        {
          from: ETC_FROM,
          value: false,
          source: { citation: 'A.R.S. § 13-924(A)', enactedBy: SB_1476, url: SELF_LAW_13_924 },
          note: 'A demanding reader counts only credit the law counts, and the law counts it only once the court adjusts the term.',
        },
      ],
      alternatives: [{ value: true, reading: 'Report eligible credits as earned (assumes every recommendation is made and granted).' }],
    }),
    restitutionCurrentTest: parameter<'pro_rata' | 'assume_current'>({
      label: 'How "current on payments for court-ordered restitution" is read from the record',
      description:
        'The record gives the total restitution ordered and the payments made, but no payment schedule. "pro_rata": a period is current if, by its last day, payments reach the share of the total that equal payments over the imposed term would have reached (total × days elapsed ÷ term days). "assume_current": every period is taken as current.',
      unit: 'list',
      values: [
        {
          from: ETC_FROM,
          value: 'pro_rata',
          source: { citation: 'A.R.S. § 13-924(B)(2), (C)(3)', enactedBy: SB_1476, url: SELF_LAW_13_924 },
          note: "A straight-line schedule over the term stands in for the court's payment order, which the record does not hold; a warning says so whenever restitution was ordered.",
        },
      ],
      alternatives: [{ value: 'assume_current', reading: 'Every period counts as current on restitution (no schedule is known).' }],
    }),
    pendingReportBreaksPeriod: parameter<boolean>({
      label: 'A violation report with no outcome stops credit for its period',
      description:
        'Whether a 30-day period in which a violation was reported, with no finding yet, earns credit. A finding revokes credit already awarded (§ 13-924(D)); a dismissed report changes nothing.',
      unit: 'boolean',
      values: [
        {
          from: ETC_FROM,
          value: true,
          source: { citation: 'A.R.S. § 13-924(B)(2)', enactedBy: SB_1476, url: SELF_LAW_13_924 },
          note: 'An officer would not recommend credit for a period with an open allegation of noncompliance; if the report is dismissed the period earns (re-run with the outcome).',
        },
      ],
      alternatives: [{ value: false, reading: 'A pending report does not stop credit until a violation is found.' }],
    }),
    excludedFelonyClasses: parameter<readonly string[]>({
      label: 'Felony classes excluded from time credits',
      description: 'The section does not apply to a probationer currently on probation for any of these felony classes.',
      unit: 'list',
      values: [
        {
          from: ETC_FROM,
          value: ['2', '3'],
          source: { citation: 'A.R.S. § 13-924(E)(2)', enactedBy: SB_1476, url: COCONINO },
          note: 'Subsection letter after HB 2055 not read (the exclusions were subsection D in 2008 and are read as E after HB 2055 inserted subsection C); the wording "on probation for any class 2 or 3 felony" is read from the county page quoting the 2008 text and the 2023 fact sheets, which list the same four exclusions as current law.',
        },
      ],
    }),
  },
  tolling: {
    abscondingStopsTerm: parameter<boolean>({
      label: 'The term stops running while the person absconds',
      description:
        '"The running of the period of probation shall cease during the unauthorized absence of the defendant from the jurisdiction or from any required supervision and shall resume only upon the defendant\'s voluntary or involuntary return to the probation service." Each day absconded moves the scheduled end one day later.',
      unit: 'boolean',
      values: [
        {
          from: '1978-10-01',
          value: true,
          source: {
            citation: 'A.R.S. § 13-903(C)',
            enactedBy: 'Laws 1977, ch. 142 (criminal code, eff. Oct. 1, 1978)',
            url: JUSTIA_13_903,
          },
          note: 'Text read is the 2015 Justia copy; enacting law recalled [U]. The recorded end of an absconding spell is read as its last day away (both ends counted).',
        },
      ],
    }),
    extensionFromLapse: parameter<boolean>({
      label: "An extension's months count from the day the period before it lapsed",
      description:
        '"… an extended period of probation commences on the day the original period lapses." True: days the term stopped before that day move it first, and the extension\'s months count from the moved day. False (alternative): the months are added to the end as extended, and every stopped day after them. The two differ where the months run through months of different lengths, or a month end clamps (2024-01-29 + 1 year, 2 days stopped, 1 month: 2025-02-28 against 2025-03-02).',
      unit: 'boolean',
      values: [
        {
          from: '1978-10-01',
          value: true,
          source: {
            citation: 'A.R.S. § 13-903(A)',
            enactedBy: 'Laws 1977, ch. 142 (criminal code, eff. Oct. 1, 1978)',
            url: JUSTIA_13_903,
          },
          note: 'Text read is the 2015 Justia copy; enacting law recalled [U].',
        },
      ],
    }),
  },
  probationPeriod: {
    felonyMonthsByClass: parameter<Readonly<Record<string, number>>>({
      label: 'Longest felony probation, by class',
      description:
        '"Unless terminated sooner, probation may continue for the following periods: 1. For a class 2 felony, seven years. 2. For a class 3 felony, five years. 3. For a class 4 felony, four years. 4. For a class 5 or 6 felony, three years." In months, by the felony class. Read on the sentence date. A class 1 felony is not listed (it is not probation-eligible).',
      unit: 'months',
      values: [
        {
          from: '1978-10-01',
          value: { '2': 84, '3': 60, '4': 48, '5': 36, '6': 36 },
          source: { citation: 'A.R.S. § 13-902(A)(1)–(4)', enactedBy: CRIMINAL_CODE_1978, url: SB_1284_SUMMARY },
          note: PERIODS_FROM_NOTE,
        },
      ],
    }),
    misdemeanorMonthsByClass: parameter<Readonly<Record<string, number>>>({
      label: 'Longest misdemeanor probation, by class',
      description:
        '"5. For a class 1 misdemeanor, three years. 6. For a class 2 misdemeanor, two years. 7. For a class 3 misdemeanor, one year." In months, by the misdemeanor class. Read on the sentence date.',
      unit: 'months',
      values: [
        {
          from: '1978-10-01',
          value: { '1': 36, '2': 24, '3': 12 },
          source: { citation: 'A.R.S. § 13-902(A)(5)–(7)', enactedBy: CRIMINAL_CODE_1978, url: SB_1284_SUMMARY },
          note: PERIODS_FROM_NOTE,
        },
      ],
    }),
    duiMonths: parameter<number>({
      label: 'Longest probation for DUI or extreme DUI',
      description:
        'Probation for driving under the influence (§ 28-1381) or extreme DUI (§ 28-1382) may continue for this many months, whatever the class. Read on the sentence date.',
      unit: 'months',
      values: [
        {
          from: '1978-10-01',
          value: 60,
          source: { citation: 'A.R.S. § 13-902(B)', enactedBy: CRIMINAL_CODE_1978, url: RIDEOUT_13_902 },
          note: 'From a practitioner\'s summary ("DUI: 5 years; Extreme or Super Extreme DUI: 5 years") [secondary]; the subsection\'s text and history were not read [U].',
        },
      ],
    }),
    aggravatedDuiMonths: parameter<number>({
      label: 'Longest probation for aggravated DUI',
      description: 'Probation for aggravated DUI (§ 28-1383) may continue for this many months. Read on the sentence date.',
      unit: 'months',
      values: [
        {
          from: '1978-10-01',
          value: 120,
          source: { citation: 'A.R.S. § 13-902(B)', enactedBy: CRIMINAL_CODE_1978, url: RIDEOUT_13_902 },
          note: 'From a practitioner\'s summary ("Aggravated DUI: 10 Years") [secondary]; the subsection\'s text and history were not read [U].',
        },
      ],
    }),
    restitutionExtensionMonths: parameter<number>({
      label: 'Longest extension of felony probation for unpaid restitution',
      description:
        '"If the court has required, as a condition of probation, that the defendant make restitution … and that condition has not been satisfied, the court at any time before the termination or expiration of probation may extend the period of felony probation for not more than five years." Read as the most all extensions of one felony probation may add. Read on the sentence date.',
      unit: 'months',
      values: [
        {
          from: '1978-10-01',
          value: 60,
          source: { citation: 'A.R.S. § 13-902(C)', enactedBy: CRIMINAL_CODE_1978, url: RIDEOUT_13_902 },
          note: "Words as a practitioner's summary gives them [secondary]; the subsection's own text and history were not read [U]. Whether a misdemeanor probation may be extended was not read.",
        },
      ],
    }),
  },
  documentation: {
    wtcBusinessDays: parameter<number>({
      label: 'Business days to document 30 days of work',
      description:
        'The probationer must give supporting documentation to the supervising officer within this many business days after completing 30 days of eligible employment. Procedure only: the record holds no documentation dates, so it is explained and assumed met (with a warning).',
      unit: 'days',
      values: [{ from: WTC_FROM, value: 5, source: { citation: 'A.R.S. § 13-924(C)(1)', enactedBy: HB_2055, url: SELF_LAW_13_924 } }],
    }),
  },
});

export type UsAzParameters = typeof usAzParameters;

export const SOURCES = {
  SELF_LAW_13_924,
  COCONINO,
  HB_2055_FACT_SHEET,
  JUSTIA_13_903,
  SB_1476,
  HB_2055,
  AZ_CAPITOL_REPORTS,
  END_OF_SESSION_2008,
  SB_1284_SUMMARY,
  RIDEOUT_13_902,
} as const;
