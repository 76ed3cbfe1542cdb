/**
 * Louisiana (US-LA): the review record of every provision the rules encode, built from README.md in
 * this folder and the comments at the top of each rule file. Every source was read on 2026-11-30. The
 * reviews are encoding checks by engineering, not legal review.
 */
import { engineeringReview, sourceReadOn, testFilesIn, type ProvisionRecord } from '../../engine/provisions.ts';

const READ = '2026-11-30';

const URL_895_6 = 'https://legis.la.gov/legis/Law.aspx?d=1054581';
const URL_895_6_AMENDED = 'https://www.lawserver.com/law/state/louisiana/la-laws/louisiana_code_of_criminal_procedure_895-6';
const URL_574_6_1 = 'https://legalfix.com/statutes/state-codes/louisiana/code-revisedstatutes/title-15/rs-15-574%2E6%2E1';
const URL_ACT_7 = 'https://app.legiplex.com/la/legislature/2024/2024-2/bills/hb10/drafts-latest';
const URL_ACT_8 = 'https://app.legiplex.com/la/legislature/2024/2024-2/bills/hb11/drafts-latest';
const URL_ACT_508 = 'https://app.legiplex.com/la/legislature/2018/2018-r/bills/hb537/drafts-latest';
const URL_HB11_DIGEST = 'https://app.legiplex.com/la/legislature/2024/2024-2/bills/hb11/draft-259416?id=259416';
const URL_HB11_SUMMARY =
  'https://fastdemocracy.com/bill-summary/?billsummary_id=LAB00021820&billsummary_session=2024S2&billsummary_state=la';
const URL_HB208_SUMMARY =
  'https://fastdemocracy.com/bill-summary/?billsummary_id=LAB00024340&billsummary_session=2025&billsummary_state=la';
const URL_900 =
  'https://print.casetext.com/statute/louisiana-revised-statutes/code-of-criminal-procedure/title-30-sentence/chapter-2-suspended-sentence-and-probation/section-900-violation-hearing-sanctions';
const URL_SCF = 'https://scfcenter.org/newsroom/louisianas-2017-criminal-justice-reforms/';
const URL_HB195 = 'https://app.legiplex.com/la/legislature/2018/2018-r/bills/hb195';

const source = sourceReadOn(READ);
const test = testFilesIn('packages/law/src/jurisdictions/us-la');

const S_895_6_2017 = source(
  'La. C.Cr.P. art. 895.6(A)–(C), opening of (D)',
  'text as enacted by Acts 2017, No. 280 (legis.la.gov; (D) cut off after "the Department of Public Safety and Corrections shall")',
  URL_895_6,
);
const S_895_6_AMENDED = source(
  'La. C.Cr.P. art. 895.6(A)(1)–(2), opening of (B)',
  'text as amended by Acts 2018, No. 508 (lawserver.com copy)',
  URL_895_6_AMENDED,
);
const S_574_6_1 = source('La. R.S. 15:574.6.1(A)–(C)', '2018 text, as amended by Acts 2018, No. 508 (legalfix.com copy)', URL_574_6_1);
const S_ACT_7 = source(
  'Acts 2024, 2nd Ex. Sess., No. 7 (HB 10), title and § 1 (first page)',
  'enrolled act (legiplex); the code’s repeal notes for art. 895.6 and R.S. 15:574.6.1 ("Repealed by Acts 2024, 2nd Ex. Sess., No. 7, §2") as reported in the research file',
  URL_ACT_7,
);
const S_HB208 = source(
  '2025 Regular Session HB 208 (Villio), summary',
  'FastDemocracy summary: "eliminates earned compliance credits while on parole … apply only to offenses committed on or after April 29, 2024"',
  URL_HB208_SUMMARY,
  'secondary',
);

export const usLaProvisions: ProvisionRecord[] = [
  {
    id: 'us-la.probation-term-limit',
    title: 'Longest felony probation (3 years after Act 280 of 2017; 5 years for offenses from August 1, 2024)',
    citation: 'La. C.Cr.P. art. 893(A)(1)(a)',
    rules: ['probationTermLimit'],
    effective: {
      from: '2017-11-01',
      selectedBy: 'the offense date (latest offense of the term; the sentence date when none is given, with a warning)',
    },
    sources: [
      source(
        'La. C.Cr.P. art. 893(A)(1)(a)',
        'text after Act 280 of 2017 and the Act 8 change, as quoted in the House Legislative Services digest of HB 11 (reengrossed), 2024 2nd Ex. Sess.',
        URL_HB11_DIGEST,
        'secondary',
      ),
      source('Acts 2024, 2nd Ex. Sess., No. 8 (HB 11), title', 'enrolled act, first page (legiplex)', URL_ACT_8),
      source(
        'Pew brief on Louisiana’s 2017 reforms',
        'as reproduced by SCF Center: "Reduces maximum probation terms for nonviolent crimes from five to three years"',
        URL_SCF,
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The three-year text is read only as quoted by the House digest; the pre-2017 five-year text and Act 8’s applicability section were not read.',
      ),
    ],
    readings: [
      'Version by offense date: 5 years for offenses before 2017-11-01, 3 years from 2017-11-01, 5 years from 2024-08-01.',
      'Cap = start date + the maximum years (probation begins on release for a split sentence).',
      'Felony probation only; misdemeanor probation (art. 894) not encoded.',
      'A term with `specialtyCourt: true` gets no cap (art. 893(G), (H) allow longer periods for specialty court programs).',
      'A term ordered past the cap gets a term_cap opportunity dated on the cap; projectedEndDate is the cap.',
    ],
    openQuestions: [
      'Act 280’s applicability: does the three-year maximum reach offenses committed before November 1, 2017 and sentenced after?',
      'The text of art. 893(G) and (H), and whether crimes of violence keep a five-year maximum (Pew speaks of "nonviolent crimes").',
    ],
    tests: [test('rules/probation-term-limit.test.ts')],
  },
  {
    id: 'us-la.compliance-credits',
    title: 'Earned compliance credits: 30 days per full calendar month on felony probation or parole; exclusions; rescission; 2024 repeal',
    citation: 'La. C.Cr.P. art. 895.6(A)–(B); La. R.S. 15:574.6.1(A)–(B); Acts 2024, 2nd Ex. Sess., No. 7, § 2',
    rules: ['earnedComplianceCredits'],
    effective: {
      from: '2017-11-01',
      to: '2024-04-28',
      selectedBy:
        'each month’s last day for months up to the as-of date, the as-of date for months still to come; eligibility (specialty court) on the as-of date; the repeal’s reach on the latest offense date only under the alternative reading',
    },
    sources: [
      S_895_6_2017,
      S_895_6_AMENDED,
      S_574_6_1,
      S_ACT_7,
      source('Acts 2018, No. 508 (HB 537), title', 'enrolled act, first page (legiplex)', URL_ACT_508),
      S_HB208,
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The credit texts (A)–(C) were read in primary copies; the repeal is primary (enrolled title, code repeal notes), but its effective date (April 29, 2024) is derived from the constitutional default for extraordinary-session acts and a secondary summary of 2025 HB 208, and its reach is a chosen reading.',
      ),
    ],
    readings: [
      'Full calendar months inside the term; credit for month M posts on the first of M+1; a mid-month start month does not count.',
      'Rate read on each month’s last day: November 2017 is the first month that earns; March 2024 the last (April 2024 ends after the repeal of April 29, 2024).',
      'Months after the as-of date are projected under the law in force on the as-of date: evaluated before the repeal, credits continue; from it, they stop.',
      'Repeal reach (parameter credits.earlierOffensesKeepEarning = false): no month ending on or after the repeal earns for anyone; credits earned before are kept and still shorten the term. Alternative: offenses committed before the repeal keep earning.',
      'Rescission: a month with a violation report not dismissed (reported or sustained, any category), or custody or absconding touching it, is taken as found non-compliant and its 30 days rescinded (net 0). A dismissed report costs nothing ("only for a month in which the defendant is found not to be in compliance").',
      'Exclusions: any offense tagged violent (R.S. 14:2(B)) or sex_registration (R.S. 15:541) excludes the whole term; `specialtyCourt: true` (probation), `reentryCourt: true` (parole) or a `credits_ineligible` order excludes it from 2018-08-01 (Act 508); absent, assumed not, with a warning.',
      'Felony probation (art. 893) and parole only.',
      'Restitution is not a gate (warning where ordered).',
    ],
    openQuestions: [
      'Act 7’s effective date (60th day after the 2024 2nd Ex. Sess. adjourned: April 29, 2024 if it adjourned February 29) and whether it stops credits for people supervised for earlier offenses (2025 HB 208’s statement of intent).',
      'How DPS&C applied credits on November 1, 2017 to people already on supervision (from which month).',
      'Whether the officer’s rescission is in practice automatic for every month with a violation report.',
      'The amended art. 895.6(A) "in accordance with the procedure provided in Article 893": which act inserted it (2018 HB 195 appears not to have passed) and what the procedure is.',
    ],
    tests: [test('rules/compliance-credits.test.ts'), test('offense-table.test.ts')],
  },
  {
    id: 'us-la.credit-discharge',
    title: 'Term satisfied by time served plus earned compliance credits',
    citation: 'La. C.Cr.P. art. 895.6(D); La. R.S. 15:574.6.1(A)(1)',
    rules: ['creditDischarge'],
    effective: { from: '2017-11-01', selectedBy: 'the as-of date (credits as in compliance-credits)' },
    sources: [
      S_895_6_2017,
      S_574_6_1,
      S_895_6_AMENDED,
      source(
        '2018 HB 195 (Mack), bill page',
        'engrossed only; the bill would have added a court procedure in art. 893(H)',
        URL_HB195,
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'Only the opening of art. 895.6(D) was readable; the discharge mechanics after "shall" were not read.',
      ),
    ],
    readings: [
      'Satisfied on the first day served + posted credits ≥ term days (term = scheduled end, or the art. 893 maximum where earlier); no minimum time on supervision.',
      'Mandatory ("shall earn a diminution of probation term"), so a dischargeByLaw; parameter credits.dischargeMandatory has the alternative (court order only).',
      'earned_discharge: ineligible with reasons where excluded; left out where the law never reached a full month of the term.',
    ],
    openQuestions: [
      'The rest of art. 895.6(D) (notice to the court? automatic discharge?) and the parole equivalent in R.S. 15:574.6.1(D).',
    ],
    tests: [test('rules/credit-discharge.test.ts')],
  },
  {
    id: 'us-la.technical-violation-limit',
    title:
      'Custody limits for technical violations: 15 / 30 / 45 days (Act 280); 90 days, parole 90 / 120 / 180 (Act 8, offenses from August 1, 2024)',
    citation: 'La. C.Cr.P. art. 900(A)(6); La. R.S. 15:574.9(H)',
    rules: ['technicalViolationLimit'],
    effective: {
      from: '2017-11-01',
      selectedBy: 'the offense date for Act 8 (on or after 2024-08-01); otherwise the as-of date (the sanction for the next violation)',
    },
    sources: [
      source(
        'Pew brief on Louisiana’s 2017 reforms',
        'as reproduced by SCF Center ("Caps stay at 15, 30, and 45 days for the first, second, and subsequent sanctions")',
        URL_SCF,
        'secondary',
      ),
      source('Acts 2024, 2nd Ex. Sess., No. 8 (HB 11)', 'FastDemocracy summaries of the enrolled act', URL_HB11_SUMMARY, 'secondary'),
      source(
        'Acts 2024, 2nd Ex. Sess., No. 8 (HB 11), title',
        'enrolled act, first page (legiplex): amends art. 900(A)(6)(b)–(d), enacts (A)(6)(e), amends R.S. 15:574.9(H)',
        URL_ACT_8,
      ),
      source('La. C.Cr.P. art. 900(A)(1)–(5)', 'current text, opening only (casetext print copy)', URL_900),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The text of art. 900(A)(6) and R.S. 15:574.9(H) was not read in any version.',
      ),
    ],
    readings: [
      'violationNumber = 1 + sustained technical violations on the term, one per episodeId; pending and dismissed reports, new-offense and absconding violations, and technical reports involving a no-contact order or a weapon are not counted.',
      'Act 280 limits (15/30/45, last repeating) from 2017-11-01 on the as-of date; none before (warning).',
      'Act 8 (offense on or after 2024-08-01): probation 90 days each time; parole 90/120/180.',
      'No limit once the term has ended.',
    ],
    openQuestions: [
      'The text of art. 900(A)(6)(a)–(e) before and after Act 8: what counts as a technical violation, whether the count is of violations or of sanctions, credit for time served.',
      'Whether the parole caps before 2024 were 15/30/45 and which 2017 act set them.',
    ],
    tests: [test('rules/technical-violation-limit.test.ts')],
  },
];
