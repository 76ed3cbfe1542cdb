/**
 * Florida (US-FL): the review record of every provision the rules encode, built from README.md in this
 * folder and the comments at the top of each rule file. Every source was read on 2026-11-30. The reviews
 * are encoding checks by engineering, not legal review.
 */
import { engineeringReview, sourceReadOn, testFilesIn, type ProvisionRecord } from '../../engine/provisions.ts';

const READ = '2026-11-30';

const source = sourceReadOn(READ);
const test = testFilesIn('packages/law/src/jurisdictions/us-fl');

const S_948_04 = source(
  'Fla. Stat. § 948.04(1)–(3) and the opening words of (4)',
  'The 2023 Florida Statutes (including Special Session C), verbatim copy',
  'https://criminallawyerjacksonville.com/0948.04.html',
);
const S_948_04_4 = source(
  'Fla. Stat. § 948.04(4)(a)–(f), (5)',
  'Close paraphrase of (4)(a)–(f) and the opening of (5) in a law firm page (Sammis Law Firm); the grounds of (5) were not shown',
  'https://www.criminaldefenseattorneytampa.com/violation-of-probation/early-termination/',
  'secondary',
);
const S_948_05 = source(
  'Fla. Stat. § 948.05(1)–(2)(c)',
  'The 2025 Florida Statutes, verbatim copy (syfert.com); (2)(c) also in the Online Sunshine copy of the 2022+ text',
  'https://syfert.com/florida/statutes/0948.05.html',
);
const S_948_05_2021 = source(
  'Fla. Stat. § 948.05(2) (2021 text)',
  'The 2021 Florida Statutes (Online Sunshine), before SB 752: no (c) education or (d) work reduction; the forfeiture sentence',
  'http://www.leg.state.fl.us/Statutes/index.cfm?App_mode=Display_Statute&URL=0900-0999/0948/Sections/0948.05.html',
);
const S_SB_752 = source(
  'CS/CS/SB 752 (2022), enrolled',
  'Enrolled bill: title read (amends § 948.05 for education and workforce reductions); the body of § 948.05(2)(d) not read',
  'https://www.flsenate.gov/Session/Bill/2022/752/BillText/er/HTML',
);
const S_HILL = source(
  'CS/CS/SB 752 (2022) news report',
  'The Hill, "Florida criminal justice reform laws go into effect Friday" (June 2022): 60 days per education activity, 30 days per 6 months averaging 30 hours a week; effective July 1, 2022',
  'https://digital-release.thehill.com/homenews/state-watch/3542813-florida-criminal-justice-reform-laws-go-into-effect-friday/amp',
  'secondary',
);
const S_948_06_2F = source(
  'Fla. Stat. § 948.06(2)(f)1.–2. and the opening of 3.',
  'SB 7064 (2020), filed bill text: sets out the paragraph as created by ch. 2019-167 ("when any of the following applies", struck) with the amendment to "when all of the following apply" (underlined) that HB 661 (2021) enacted; the rest of 3. is cut off in the copy read',
  'https://flsenate.gov/Session/Bill/2020/7064/BillText/Filed/HTML',
);
const S_948_06_1 = source(
  'Fla. Stat. § 948.06(1)(a)–(c) (opening)',
  'Latest version, verbatim copy (eLaws of Florida): (1)(c) on technical violations and the alternative sanctioning program; the definition of "technical violation" is cut off in the copy read',
  'http://fl.elaws.us/law/948.06',
);
const S_HB_661 = source(
  'HB 661 (2021) (CS/SB 1088)',
  'Florida Senate bill summary: § 948.06(2)(f) amended so the court must modify or continue when all, rather than any, of the criteria apply; takes effect upon becoming law; passed 40-0 and 116-0 (the day it became law not read)',
  'https://flsenate.gov/Committees/BillSummaries/2021/html/2310',
  'secondary',
);
const S_CH_2019_167_63 = source(
  'Ch. 2019-167, § 63, Laws of Fla.',
  'Law-firm blog quoting § 948.06(2)(f)1. as created in 2019 ("when any of the following applies") and giving § 63 and the October 1, 2019 effective date',
  'https://jacksonvillecriminaldefenseattorneyblog.net/category/violation-of-probation',
  'secondary',
);
const S_HB_1241 = source(
  'CS/CS/HB 1241 (2024)',
  'Bill status (enrolled 3/6/24, vetoed 6/24/24) and a report of the veto: the bill would have extended § 948.06(2)(f) to a second violation (up to 120 days); it is not law',
  'https://app.legiplex.com/fl/legislature/2024/2024-r/bills/h1241',
  'secondary',
);
const S_HB_1241_VETO = source(
  'CS/CS/HB 1241 (2024) veto',
  'The Capitolist, "DeSantis vetoes bill easing penalties for low-risk probation violations" (June 2024)',
  'https://thecapitolist.com/desantis-vetoes-bill-easing-penalties-for-low-risk-probation-violations',
  'secondary',
);

export const flProvisions: ProvisionRecord[] = [
  {
    id: 'us-fl.948-05-1',
    title: 'Court may discharge a probationer at any time',
    citation: 'Fla. Stat. § 948.05(1)',
    rules: ['courtDischarge'],
    effective: {
      from: '1970-01-01',
      selectedBy: 'the as-of date (the power on the day the court would act); earliest date encoded, not the enactment date',
    },
    sources: [S_948_05],
    reviews: [engineeringReview(READ, 'encoded from primary text')],
    readings: [
      'An early_termination opportunity from the start of probation, with no exclusions; never a discharge by law.',
      'Probation only: parole and conditional release (Florida Commission on Offender Review, ch. 947) are not encoded; such terms get an explanation only.',
    ],
    openQuestions: ['The enacting history of § 948.05(1) was not read; the first value encoded is 1970-01-01.'],
    tests: [test('rules/court-discharge.test.ts')],
  },
  {
    id: 'us-fl.948-04-3',
    title: 'Department of Corrections may recommend early termination',
    citation: 'Fla. Stat. § 948.04(3)',
    rules: ['departmentRecommendation'],
    effective: {
      from: '2015-01-01',
      selectedBy: 'the as-of date; the text read (2023) is quoted identically in 2015, the earliest value encoded',
    },
    sources: [S_948_04],
    reviews: [engineeringReview(READ, 'encoded from primary text')],
    readings: [
      'Only for terms the Department supervises (supervisingAgency state; absent → assumed state, with a warning).',
      'A sustained violation on the term is "found in violation" and excludes; a reported one is assumed not to end in a finding, with a warning.',
      'Restitution is read from the record and is a curable gate; fines and court costs are assumed paid, with a warning.',
      'The opportunity opens on the later of the start date and the day restitution was paid in full.',
      '"Before the scheduled termination date": not offered on the term’s last day (its scheduled end, spec § 3).',
    ],
    openQuestions: ['When § 948.04(3) was enacted (not read).'],
    tests: [test('rules/department-recommendation.test.ts')],
  },
  {
    id: 'us-fl.948-04-4',
    title: 'Early termination or administrative probation at half the term (2019)',
    citation: 'Fla. Stat. § 948.04(4)(a)–(f), (5)',
    rules: ['halfTermEarlyTermination'],
    effective: {
      from: '2019-10-01',
      selectedBy:
        'the sentence date ("defendants sentenced to probation on or after October 1, 2019"); the subsection must also exist on the as-of date',
    },
    sources: [
      S_948_04,
      S_948_04_4,
      source(
        'Fla. Stat. § 948.06(8)(b)–(c)',
        'not read; VFOSC list from recollection and law-firm summaries',
        'https://www.yourtampacriminallawyer.com/blog/violent-felony-offenders-special-concern/',
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The opening words of (4), the sentence-date key and the "shall" are primary; criteria (a)–(f) rest on a close paraphrase; the § 948.06(8)(c) VFOSC list is unverified.',
      ),
    ],
    readings: [
      'Half the term as sentenced: start + half the imposed length (odd months + 15 days; halfTerm.oddMonthHalfDays with alternatives 0 and 16); extensions do not move it; a stated end date halves the days, rounded up.',
      'An early_termination opportunity, not a discharge by law: the court acts on a motion and may convert to administrative probation instead, and (5) lets it decline.',
      'VFOSC (a): felony probation for an offense the table marks as a § 948.06(8)(c) qualifying offense, or a prior conviction for one; burglary only as a first- or second-degree felony (class F1/F2); an exclusion.',
      'Community control (b) and a plea term excluding early termination (c) cannot be recorded: assumed not, with warnings.',
      '(d) a sustained violation on the term excludes; a reported one is assumed not to end in a finding, with a warning.',
      '(e) restitution is a curable gate (opens on the later of half-term and payment in full); every other condition is assumed complete, with a warning.',
      'Sentenced before October 1, 2019: no opportunity under (4); the explanation says so and § 948.05(1) remains.',
    ],
    openQuestions: [
      'The grounds on which (5) lets the court decline were not read.',
      'The § 948.06(8)(c) list of qualifying offenses was not read in primary text (offense table unverified).',
      'Whether "completed … half of the term" subtracts time tolled or in custody.',
      'The exact text of (4)(a)–(f) (read only in paraphrase).',
    ],
    tests: [test('rules/half-term-early-termination.test.ts'), test('offense-table.test.ts')],
  },
  {
    id: 'us-fl.948-05-2-c-d',
    title: 'Education and work reductions of the term (SB 752, 2022)',
    citation: 'Fla. Stat. § 948.05(2)(c)–(d)',
    rules: ['incentiveCredits'],
    effective: {
      from: '2022-07-01',
      selectedBy:
        'each credit is read on the day it is earned (activities completed and work periods ended on or after 2022-07-01); the law must be in force on the as-of date',
    },
    sources: [S_948_05, S_948_05_2021, S_SB_752, S_HILL],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        '(c) education is encoded from primary text; (d) work (30 days per 6 months, 30 hours a week) and the effective date rest on the bill title and a news report.',
      ),
    ],
    readings: [
      'The Department "shall, without leave of court" reduce the term: reductions earned by the as-of date set earnedCreditDays and, where they end the term before its scheduled end, a discharge by law and an earned_discharge opportunity.',
      'Only terms the Department supervises (supervisingAgency state; absent → assumed, with a warning).',
      'Educational advancement activities: high_school_diploma, ged, associate/bachelor/graduate degree, vocational_certificate (a diploma read as an "academic degree"; alternative without it).',
      'Only activities completed and work periods ended on or after July 1, 2022, during the term; work counts from the later of the start of work, probation start and July 1, 2022, in whole 6-month periods of continuous work (jobs held at once, or back to back without a day between, are one spell: a reduction per period of work, not per employer), each posting on its 6-month anniversary.',
      '"Compliant": no violation report (reported or sustained; not dismissed) and no new conviction in the 6 months up to an education credit, or inside a work period; no custody or absconding in a work period (incentives.complianceLookBackMonths with alternatives 0 and the whole term).',
      'Hours worked are not in the record: each job is assumed to average 30 hours a week, with a warning.',
      'Forfeiture after a later violation is discretionary ("may"): credits are kept, with a warning.',
      'Future work is not projected.',
    ],
    openQuestions: [
      'The exact text of § 948.05(2)(d) (definition of "workforce achievement", how periods are counted, verification) and the session-law chapter number of SB 752.',
      'Whether activities completed before July 1, 2022 during a term still running on that date earn a reduction.',
      'What "compliant" means (no definition read).',
    ],
    tests: [test('rules/incentive-credits.test.ts')],
  },
  {
    id: 'us-fl.948-06-2-f',
    title: 'Modification, at most 90 days in county jail, after a first low-risk technical violation',
    citation: 'Fla. Stat. § 948.06(2)(f)',
    rules: ['technicalViolationLimit', 'pendingViolationTolling'],
    effective: {
      from: '2019-10-01',
      selectedBy:
        'the as-of date (the limit governs the next finding, made after it). The paragraph and its 90 days exist from 2019-10-01 (ch. 2019-167); who is covered follows the 2021 wording ("all of the following apply") on every date, since a person it covers is covered by the 2019 wording ("any … applies") too; before 2022-01-01 (a bound on the day HB 661 became law) a person it does not cover gets a warning naming the 2019 wording',
    },
    sources: [S_948_06_2F, S_948_06_1, S_HB_661, S_CH_2019_167_63, S_HB_1241, S_HB_1241_VETO],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The words of (2)(f)1.–2. are primary (SB 7064 sets them out). That HB 661 (2021) enacted the "all" wording, the day it became law, § 63 and October 1, 2019, and the HB 1241 veto rest on an official summary and secondary sources. The low-risk list of (9)(b) and the rest of 3. were not read.',
      ),
    ],
    readings: [
      'The limit is for the next violation the court finds on this term: violationNumber = findings + 1; covered (probation, not a VFOSC, no earlier finding) → at most 90 days in county jail (technicalViolation.maxJailDays); not covered → maxConfinementDays null with the reason.',
      'pendingViolationTolling (§ 948.06(1)): a violation reported while the term ran and not decided when its end came by the as-of date brings a warning that the term may be tolled until the court rules; the tolling is not computed (the record cannot show an affidavit or a warrant).',
      '"previously found … in violation pursuant to a filed violation of probation affidavit": any sustained violation on the term, whatever its category, or a revocation with no sustained violation recorded for it; violations sharing an episodeId are one finding. Exception (labelled): a violation settled through the alternative sanctioning program is not a finding; the record cannot tell, so each sustained violation counts, with a warning.',
      'Low-risk (c) concerns the violation, not the probationer: the record cannot say what the next violation will be, so the 90 days are given for a low-risk technical violation only (reasons and a warning).',
      'Community control cannot be recorded: treated as probation, with a warning. VFOSC (b) as for § 948.04(4)(a).',
      'Fewer than 90 days between the as-of date and the scheduled end bring a warning that subparagraph 3. gives the court another choice (technicalViolation.lastDaysException); it is not encoded.',
      'The 2019 wording ("when any of the following applies"), in force from October 1, 2019 until HB 661 became law in 2021: a probationer who meets all of a.–d. is covered under it as under the 2021 wording, so the 90 days are given from October 1, 2019 (changed 2026-12-01: before, no limit was given until 2022-01-01). Read literally it also reaches every other probationer; that reading is not applied, and before 2022-01-01 a person the 2021 wording does not cover gets a warning naming it.',
    ],
    openQuestions: [
      'The list of low-risk violations in § 948.06(9)(b) and the definition of "technical violation" in § 948.06(1)(c) (cut off in the copy read).',
      'The rest of § 948.06(2)(f)3. (fewer than 90 days left) and any later subparagraphs.',
      'The day HB 661 (2021) became law and its chapter number; how courts applied the 2019 "any" wording.',
      'The § 948.06(8)(c) list of qualifying offenses (VFOSC) was not read in primary text.',
    ],
    tests: [
      test('rules/technical-violation-limit.test.ts'),
      test('rules/pending-violation-tolling.test.ts'),
      test('offense-table.test.ts'),
    ],
  },
];
