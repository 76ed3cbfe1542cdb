/**
 * Louisiana (US-LA): the review record of every provision the rules encode, built from README.md in
 * this folder and the comments at the top of each rule file. Every source was read on 2026-11-30. The
 * reviews are encoding checks by engineering, not legal review.
 */
import { engineeringReview, sourceReadOn, testFilesIn, type ProvisionRecord } from '../../engine/provisions.ts';
import {
  URL_893_AFTER_ACT_280,
  URL_893_BEFORE_ACT_280,
  URL_ACT_280,
  URL_ACT_280_RESUME,
  URL_ACT_520_2010,
  URL_SB139_DIGEST,
  URL_894,
  URL_894_4,
  URL_897,
  URL_SB679_2010,
} from './parameters.ts';

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
const URL_SB139_REENGROSSED = 'https://app.legiplex.com/la/legislature/2017/2017-r/bills/sb139/draft-391211?id=391211';
const URL_HB10_HISTORY = 'https://app.legiplex.com/lpx/bill/207162';
const URL_HB208_TITLE = 'https://app.legiplex.com/la/legislature/2025/2025-r/bills/hb208/draft-2243453?id=2243453';
const URL_571_5 =
  'https://print.casetext.com/statute/louisiana-revised-statutes/revised-statutes/title-15-criminal-procedure/chapter-4-execution-of-sentence/part-iv-diminution-and-commutation-of-sentence-for-good-behavior/section-155715-supervision-upon-release-after-diminution-of-sentence-for-good-behavior-conditions-of-release-revocation';
const URL_899_2 = 'https://www.lawserver.com/law/state/louisiana/la-laws/louisiana_code_of_criminal_procedure_899-2';

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
  'enrolled act (legiplex): repeals R.S. 15:574.6.1 and C.Cr.P. art. 895.6, "to provide for the elimination of earned compliance credits while on probation or parole"; no "to provide for an effective date" in the title; its good-time changes keyed to offenses "on or after August 1, 2024" (R.S. 15:571.3(G), 571.3.1(A)). The code’s repeal notes ("Repealed by Acts 2024, 2nd Ex. Sess., No. 7, §2") as reported in the research file',
  URL_ACT_7,
);
const S_ACT_280 = source(
  'Acts 2017, No. 280 (SB 139), title',
  'enrolled act (legiplex): amends C.Cr.P. arts. 893(A) and (B), 899.1(A), 900(A)(5) and (6), R.S. 15:574.9(D)–(G); enacts C.Cr.P. arts. 893(G), 895.6, 899.2 and R.S. 15:574.6.1, 574.9(H)',
  URL_ACT_280,
);
const S_ACT_280_RESUME = source(
  'Résumé digest of Act 280 (SB 139), 2017',
  'House Legislative Services résumé digest (official summary, "no part of the legislative instrument"), first paragraphs: art. 893(A) probation periods',
  URL_ACT_280_RESUME,
  'secondary',
);
const S_SB139_DIGEST = source(
  'Senate digest of SB 139 (reengrossed), 2017',
  'digest of the bill as it stood before House amendments: present law "not less than one year and not more than five years"; a first crime of violence "not more than five years"',
  URL_SB139_DIGEST,
  'secondary',
);
const S_HB208 = source(
  '2025 Regular Session HB 208 (Villio), summary',
  'FastDemocracy summary: "eliminates earned compliance credits while on parole … apply only to offenses committed on or after April 29, 2024"',
  URL_HB208_SUMMARY,
  'secondary',
);

export const usLaProvisions: ProvisionRecord[] = [
  {
    id: 'us-la.scope',
    title: 'Scope of the Louisiana rules: probation and parole, release on good time as parole; other kinds are said to be outside them',
    citation: 'La. C.Cr.P. art. 893; La. R.S. 15:574.6.1; La. R.S. 15:571.5(A), (B)(3)',
    rules: ['scope'],
    effective: { from: '2017-11-01', selectedBy: 'none: the same on every date' },
    sources: [
      source(
        'La. C.Cr.P. art. 893(A)',
        'text as amended by Act 280 of 2017 (unofficial copy, undated; getpocketlaw.com): probation, the kind of supervision these rules cover',
        URL_893_AFTER_ACT_280,
      ),
      sourceReadOn('2026-12-02')(
        'La. R.S. 15:571.5(A), (B)(3)',
        'current through the 2024 session (casetext copy): a prisoner released on diminution of sentence "shall be released as if released on parole" and "supervised in the same manner and to the same extent as if he were released on parole"',
        URL_571_5,
      ),
    ],
    reviews: [
      engineeringReview('2026-12-01', 'encoded from primary text', 'Only a scope notice: no date is computed for these terms.'),
      engineeringReview(
        '2026-12-02',
        'encoded from primary text',
        'Conditional release (release on good time) now takes the parole rules.',
      ),
    ],
    readings: [
      'A record’s conditional release is read as release on diminution of sentence (good time), supervised as parole: parole credits, parole discharge and the parole custody limits apply.',
      'A term of supervised release (not a Louisiana kind) gets the end as set, an explanation and a warning.',
    ],
    openQuestions: [],
    tests: [test('rules/scope.test.ts')],
  },
  {
    id: 'us-la.probation-term-limit',
    title:
      'Longest felony probation (3 years after Act 280 of 2017, 5 for a first conviction of R.S. 14:81.1 or 81.2; 5 years for offenses from August 1, 2024)',
    citation: 'La. C.Cr.P. art. 893(A)(1)(a)',
    rules: ['probationTermLimit'],
    effective: {
      from: '2017-11-01',
      selectedBy: 'the offense date (latest offense of the term; the sentence date when none is given, with a warning)',
    },
    sources: [
      source(
        'La. C.Cr.P. art. 893(A)(1)–(4)',
        'text as amended by Act 280 of 2017, before Act 8 (unofficial copy, undated: "three years", "Paragraph H"; getpocketlaw.com)',
        URL_893_AFTER_ACT_280,
      ),
      source(
        'La. C.Cr.P. art. 893(A)',
        'text before Act 280 ("first or second conviction"; "not less than one year nor more than five years"; unofficial copy, undated; statutes.laws.com)',
        URL_893_BEFORE_ACT_280,
      ),
      source(
        'La. C.Cr.P. art. 893(A)(1)(a)',
        'text after Act 280 of 2017 and the Act 8 change, as quoted in the House Legislative Services digest of HB 11 (reengrossed), 2024 2nd Ex. Sess.',
        URL_HB11_DIGEST,
        'secondary',
      ),
      S_ACT_280,
      S_ACT_280_RESUME,
      S_SB139_DIGEST,
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
        'Art. 893(A)(1)–(4) read on 2026-11-30 in unofficial, undated copies of the text after Act 280 and of the text before it: three years in (A)(1)(a), five for a first conviction of R.S. 14:81.1 or 81.2 in (A)(1)(b), five for a first conviction of a crime of violence in (A)(2) (the code had read three, from the digests alone; corrected). That (A)(2) came with Act 280 rests on the Senate digest of SB 139 (reengrossed); the Act 8 change rests on the HB 11 digest. Act 280’s enrolled title (primary) confirms it amended art. 893(A) and enacted 893(G).',
      ),
    ],
    readings: [
      'Version by offense date: 5 years for offenses before 2017-11-01, 3 years from 2017-11-01, 5 years from 2024-08-01.',
      'Exception (labelled): a first conviction of R.S. 14:81.1 or 81.2 committed from 2017-11-01 may carry 5 years (offense table fact art893FiveYears; a later conviction cannot be suspended, so any such probation is a first).',
      'Exception (labelled, art. 893(A)(2), parameter term.crimeOfViolenceProbationMaxYears): a first conviction of a crime of violence committed from 2017-11-01 may carry 5 years; the alternative, the general 3 years (the résumé digest of the Act alone), is one parameter away. A probation for a crime of violence is read as one the court could suspend (first conviction, maximum of ten years or less, not against a family or household member or dating partner), with a warning.',
      'Where several exceptions apply the longest period wins (each permits a longer one); a specialty court gives no cap.',
      'Cap = start date + the maximum years, month-end clamped (start 2020-02-29 + 3 years = 2023-02-28); probation begins on release for a split sentence.',
      'Felony probation only; misdemeanor probation is us-la.misdemeanor-probation-limit (art. 894).',
      'A term with `specialtyCourt: true` or `reentryCourt: true` gets no cap (art. 893(G), (H) allow longer periods for specialty court programs).',
      'A term ordered past the cap gets a term_cap opportunity dated on the cap; projectedEndDate is the cap.',
      'A term set within the cap and extended past it is taken to be extended as art. 894.4 allows (until money owed is paid; the article reaches every probation): no latest end, with a warning, as for a misdemeanor.',
    ],
    openQuestions: [
      'The official text and history of art. 893(A)(2): the copy read is unofficial and undated; whether (A)(2)’s five years came with Act 280 itself (the Senate digest of the reengrossed bill says so; no later act found amends (A)(2)).',
      'Act 280’s applicability: does the three-year maximum reach offenses committed before November 1, 2017 and sentenced after?',
      'The text of art. 893(G) and (H): the longest period for a specialty court program (up to eight years by secondary sources; since 2021 SB 145 or only since Act 8?).',
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
      S_ACT_280,
      source(
        'SB 139 (2017), reengrossed, heading',
        'the bill’s keyword line gives its effective date as "(11/1/17)" (not part of the law; Act 280’s effective-date section was not read)',
        URL_SB139_REENGROSSED,
        'secondary',
      ),
      S_ACT_7,
      source(
        '2024 2nd Ex. Sess. HB 10, bill history',
        'legiplex: enrolled February 29, 2024; chaptered (Act 7) March 5, 2024',
        URL_HB10_HISTORY,
        'secondary',
      ),
      source('Acts 2018, No. 508 (HB 537), title', 'enrolled act, first page (legiplex)', URL_ACT_508),
      source(
        'La. C.Cr.P. art. 899.2(A)',
        'text as enacted by Act 280 (lawserver.com copy): administrative sanctions for a probationer (other than a crime of violence or sex offense) need a written waiver of a hearing, an admission or no contest, and consent',
        URL_899_2,
      ),
      source(
        '2025 Regular Session HB 208 (Villio), title',
        'introduced bill (legiplex): "to provide for the elimination of earned compliance credits while on parole; to provide for a statement of legislative intent; to provide for an effective date"',
        URL_HB208_TITLE,
      ),
      S_HB208,
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The credit texts (A)–(C) were read in primary copies, and Act 280’s enrolled title confirms it enacted both. The repeal is primary (Act 7’s enrolled title, code repeal notes), but its effective date (April 29, 2024) is derived from the constitutional default for extraordinary-session acts, the bill history (enrolled February 29, 2024) and a secondary summary of 2025 HB 208, and its reach is a chosen reading.',
      ),
    ],
    readings: [
      'Full calendar months inside the term; credit for month M posts on the first of M+1; a mid-month start month does not count.',
      'Rate read on each month’s last day: November 2017 is the first month that earns; March 2024 the last (April 2024 ends after the repeal of April 29, 2024).',
      'Months after the as-of date are projected under the law in force on the as-of date: evaluated before the repeal, credits continue; from it, they stop for offenses committed on or after the repeal (and, under the alternative reading, for everyone).',
      'Repeal reach (parameter credits.earlierOffensesKeepEarning = true, read on the latest offense date): the repeal reaches offenses committed on or after April 29, 2024; a term for an earlier offense keeps earning 30 days a month (cutting the credit a person can earn for an earlier offense is an ex post facto law, Weaver v. Graham, 450 U.S. 24 (1981); 2025 HB 208 keys the parole repeal to offenses on or after April 29, 2024 by a secondary summary). Alternative: no month ending on or after the repeal earns for anyone; credits earned before are kept.',
      'Rescission: a month with a violation report not dismissed (reported or sustained, any category), or custody or absconding touching it, is taken as found non-compliant and its 30 days rescinded (net 0). A dismissed report costs nothing ("only for a month in which the defendant is found not to be in compliance").',
      'Exclusions: any offense tagged violent (R.S. 14:2(B)) or sex_registration (R.S. 15:541) excludes the whole term; on probation `specialtyCourt: true` or `reentryCourt: true` (art. 895.6(A)(2) lists a reentry court among the specialty court programs), on parole `reentryCourt: true` only (R.S. 15:574.6.1(A)(2) names nothing else), excludes it from 2018-08-01 (Act 508: a term already running then keeps the credits of the months before it); a `credits_ineligible` order acts from its day (earlier credits stand; on or before the start it excludes the whole term); absent, assumed not, with a warning.',
      'Felony probation (art. 893) and parole only.',
      'Restitution is not a gate (warning where ordered).',
    ],
    openQuestions: [
      'Act 7’s effective date: the 60th day after the 2024 2nd Ex. Sess. adjourned, April 29, 2024 if it adjourned on February 29 (the day the bill was enrolled; the journal and Act 7’s last section were not read); and whether it stops credits for people supervised for earlier offenses.',
      'How DPS&C applied credits on November 1, 2017 to people already on supervision (from which month).',
      'Whether the officer’s rescission is in practice automatic for every month with a violation report. On probation it is "an administrative sanction pursuant to Article 899.2", and art. 899.2(A) (as enacted) lets the agency use such sanctions only with the probationer’s waiver, admission and consent; the parole text removes the consent requirement (R.S. 15:574.6.1(B)(2)). Whether a contested month can be rescinded on probation without a court finding is not settled.',
      'Whether 2025 HB 208 was enacted, and whether its statement of intent ("only to offenses committed on or after April 29, 2024") settles the reach of the repeal for parole, or for probation too.',
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
      'Satisfied on the first day served + posted credits ≥ term days (term = scheduled end, or the art. 893 maximum where earlier); no minimum time on supervision. Days the term stood revoked before a reinstatement are not "time served on" it, and it is not satisfied on one of them.',
      'Mandatory ("shall earn a diminution of probation term"), so a dischargeByLaw; parameter credits.dischargeMandatory has the alternative (court order only).',
      'earned_discharge: ineligible with reasons where excluded; left out where the law never reached a full month of the term.',
    ],
    openQuestions: [
      'The rest of art. 895.6(D) (notice to the court? automatic discharge?) and the parole equivalent in R.S. 15:574.6.1(D).',
    ],
    tests: [test('rules/credit-discharge.test.ts')],
  },
  {
    id: 'us-la.misdemeanor-probation-limit',
    title: 'The longest misdemeanor probation: two years, outside criminal neglect of family and stalking',
    citation: 'La. C.Cr.P. art. 894(A)(1)–(3); art. 894.4',
    rules: ['misdemeanorProbationLimit'],
    effective: { from: '1967-01-01', selectedBy: 'the sentence date (the day the court set the period)' },
    sources: [
      sourceReadOn('2026-12-03')('La. C.Cr.P. art. 894(A)(1)–(5)', 'current text (legis.la.gov)', URL_894),
      sourceReadOn('2026-12-03')(
        'La. C.Cr.P. art. 894.4',
        'text with history "Acts 2006, No. 823, §1; Acts 2010, No. 808, §1" (lawserver.com)',
        URL_894_4,
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview(
        '2026-12-03',
        'encoded from primary text',
        'Art. 894(A)(1)–(5) read whole at legis.la.gov; art. 894.4 in an unofficial copy. The specialty court paragraphs of art. 894 and the article’s amendment history were not read.',
      ),
    ],
    readings: [
      'A probation on misdemeanors only; cap = start + 2 years (parameter misdemeanorProbation.maxYears), month-end clamped; a term ordered past it gets a term_cap opportunity.',
      'Criminal neglect of family (R.S. 14:74) and stalking (R.S. 14:40.2) are outside (A)(1): no cap, said in the explanation.',
      'A specialty court program (specialtyCourt or reentryCourt on the term): no cap.',
      'An extension order that carries the term past the cap is taken to be one art. 894.4 allows (until money owed is paid): no latest end, with a warning.',
    ],
    openQuestions: [
      'The two years are taken to have stood since the Code took effect; the earliest confirmation read is the HB 271 (2015) digest, which calls them present law.',
      'The probation periods art. 894 allows in drug, DWI and other specialty court programs (up to four years in 2015, by the HB 271 digest) are not encoded.',
    ],
    tests: [test('rules/misdemeanor-probation-limit.test.ts')],
  },
  {
    id: 'us-la.court-termination',
    title:
      'The court may end probation early: felony after one year, misdemeanor at any time; not for OWI, vehicular homicide or vehicular negligent injuring',
    citation: 'La. C.Cr.P. art. 897(A), (B)',
    rules: ['courtTermination'],
    effective: { from: '2014-08-01', selectedBy: 'the as-of date (the court applies the article in force when it acts)' },
    sources: [
      sourceReadOn('2026-12-03')(
        'La. C.Cr.P. art. 897(A), (B)',
        'current text, history "Acts 2014, No. 275, §1; Acts 2024, No. 648, §1" (legis.la.gov)',
        URL_897,
      ),
    ],
    reviews: [
      engineeringReview(
        '2026-12-03',
        'encoded from primary text',
        'The current text read whole; the enrolled texts of Act 275 of 2014 (HB 1257) and Act 648 of 2024 (SB 413) were not read, only their bill pages (summary, caption).',
      ),
    ],
    readings: [
      'A discretionary power: an early_termination opportunity, never a discharge by law; felony from start + 12 months (parameter courtTermination.felonyWaitMonths), misdemeanor from the start.',
      'A term with any felony count is a felony case.',
      'Excluded by statute from August 1, 2024 (Act 648, parameter courtTermination.vehicleOffensesExcluded): R.S. 14:98 and 14:98.1–98.4, 14:32.1 and 14:39.2 in a felony case; 14:39.1 in a misdemeanor case. The opportunity is then ineligible, with the reason.',
      "From August 1, 2014 to July 31, 2024 the article is read as today's text without those exclusions: Act 275 of 2014 set the procedure (state's written non-opposition or a contradictory hearing) and Act 648's caption says it \"Prohibits early termination … for certain offenses\".",
      'Probation only; parole is outside it.',
    ],
    openQuestions: [
      'Act 648 of 2024 is in force from August 1, 2024 by its caption ("(8/1/24)"); its enrolled text was not read, so that it added only the exclusions (and not the one-year wait) is inferred from its caption and the history line.',
      'The article before Act 275 of 2014 was not read: nothing is offered for an as-of date before August 1, 2014, with a warning.',
    ],
    tests: [test('rules/court-termination.test.ts')],
  },
  {
    id: 'us-la.technical-violation-limit',
    title:
      'Custody limits for technical violations, offenses other than a crime of violence or sex offense: 15 / 30 / 45 days (Act 280); 90 days, parole 90 / 120 / 180 (Act 8, offenses from August 1, 2024)',
    citation: 'La. C.Cr.P. art. 900(A)(6); La. R.S. 15:574.9(G)–(H)',
    rules: ['technicalViolationLimit'],
    effective: {
      from: '2017-11-01',
      selectedBy:
        'the offense date for Act 8 (on or after 2024-08-01); otherwise the as-of date (the sanction for the next violation); the crime-of-violence and sex-offense exclusion on the as-of date',
    },
    sources: [
      source(
        'Pew brief on Louisiana’s 2017 reforms',
        'as reproduced by SCF Center ("Caps stay at 15, 30, and 45 days for the first, second, and subsequent sanctions")',
        URL_SCF,
        'secondary',
      ),
      S_ACT_280,
      source(
        'La. R.S. 15:574.9(G)(1), as amended by Acts 2010, No. 520 (HB 376)',
        'enrolled act (legiplex), first page: technical revocation of parole "for the conviction of an offense other than a crime of violence … or of a sex offense", "not more than ninety days without diminution of sentence or credit for time served prior to the revocation", beginning "on the date the Board of Parole orders the revocation" (the text before Act 280)',
        URL_ACT_520_2010,
      ),
      source(
        'La. C.Cr.P. art. 900(A)(6), 2010 SB 679 (engrossed) and its digest',
        'the bill quotes (6)(c), the definition of "technical violation", in part; the digest describes (6)(a) as limited to an offense "other than a crime of violence or of a sex offense" (the text before Act 280)',
        URL_SB679_2010,
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
        'The text of art. 900(A)(6) and R.S. 15:574.9(H) after 2017 was not read; the day counts rest on summaries. Act 280’s enrolled title (primary) shows it amended art. 900(A)(6) and enacted R.S. 15:574.9(H); the exclusion of crimes of violence and sex offenses rests on the 2010 texts.',
      ),
    ],
    readings: [
      'Exception (labelled, parameter sanction.technicalLimitExcludesViolentAndSex = true): a term with any count tagged violent or sex_registration gets no limit, explained and warned; the alternative (the limits cover everyone) is one parameter away.',
      'violationNumber = 1 + sustained technical violations on the term, one per episodeId; pending and dismissed reports, new-offense and absconding violations, and technical reports involving a no-contact order or a weapon are not counted.',
      'Act 280 limits (15/30/45, last repeating) from 2017-11-01 on the as-of date; none before (warning).',
      'Act 8 (offense on or after 2024-08-01): probation 90 days each time; parole 90/120/180.',
      'The limit is the most that may be ordered for the violation; time already held is not subtracted (the 2010 text counts from the revocation order, without credit for time before it).',
      'No limit once the term has ended.',
      'The limit is the court’s (art. 900(A)(6)). The "no jail for the first and second low-level violations" of the Act 280 summaries is the Department’s grid of administrative sanctions under art. 899.2 (only with the person’s waiver, admission and consent; repealed by Act 8 of 2024): a departmental rule, not encoded.',
    ],
    openQuestions: [
      'The text of art. 900(A)(6)(a)–(e) and R.S. 15:574.9(H) after Act 280 and after Act 8: whether the exclusion of crimes of violence and sex offenses stays, what counts as a technical violation, whether the count is of violations or of sanctions, credit for time held before the revocation.',
      'The limits before November 1, 2017 (90 days for a first technical violation in the 2010 texts) are not encoded.',
    ],
    tests: [test('rules/technical-violation-limit.test.ts')],
  },
];
