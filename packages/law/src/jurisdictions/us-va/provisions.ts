/**
 * Virginia (US-VA): the review record of every provision the rules encode, built from README.md in this
 * folder and the comments at the top of each rule file. Every source was read on 2026-11-30. The reviews
 * are encoding checks by engineering, not legal review.
 */
import { engineeringReview, sourceReadOn, testFilesIn, type ProvisionRecord } from '../../engine/provisions.ts';

const READ = '2026-11-30';
const EFFECTIVE = '2021-07-01';

const URL_303 = 'https://law.justia.com/codes/virginia/title-19-2/chapter-18/section-19-2-303/';
const URL_304 = 'https://law.justia.com/codes/virginia/title-19-2/chapter-18/section-19-2-304/';
const URL_305_1 = 'https://law.justia.com/codes/virginia/title-19-2/chapter-18/section-19-2-305-1/';
const URL_306 = 'https://law.justia.com/codes/virginia/title-19-2/chapter-18/section-19-2-306/';
const URL_306_1 = 'https://law.justia.com/codes/virginia/title-19-2/chapter-18/section-19-2-306-1/';
const URL_297_1 = 'https://law.justia.com/codes/virginia/title-19-2/chapter-18/section-19-2-297-1/';
const URL_18_2 = 'https://law.justia.com/codes/virginia/title-18-2/chapter-1/';
const URL_REESE = 'https://print.casetext.com/case/reese-v-commonwealth-4';
const URL_GREEN = 'http://casetext.com/case/green-v-commonwealth-107';
const URL_BARROW = 'https://print.casetext.com/case/barrow-v-commonwealth-1';
const URL_HB758 = 'https://legiscan.com/VA/text/HB758/id/2472088';
const URL_HB2252 = 'https://open.pluralpolicy.com/va/bills/2025/HB2252';
const MIRRORED =
  'mirrored verbatim in GitHub saint1415/us-statutes, data/states/virginia/content/title-title-192-criminal-procedure/chapter-chapter-18-sentence-judgment-execution-of-sentence.json';

const source = sourceReadOn(READ);
const test = testFilesIn('packages/law/src/jurisdictions/us-va');

const S_303 = source(
  'Va. Code § 19.2-303',
  `current text, whole section re-read verbatim (first paragraph, sentences 2–4, and the fourth paragraph), history "… 2006, cc. 436, 483, 853, 914; … 2021, Sp. Sess. I, cc. 176, 538; 2022, cc. 41, 42" (Justia copy, ${MIRRORED})`,
  URL_303,
);
const S_306_1 = source(
  'Va. Code § 19.2-306.1(A)–(D)',
  `text as enacted, history "2021, Sp. Sess. I, c. 538" (Justia copy, ${MIRRORED}); re-read verbatim in a second pass: the ten clauses, the single-course/same-hearing rule, 0 / 14 days / any sentence, clauses (viii) and (x) and the treatment exception (D) match the encoding`,
  URL_306_1,
);
const S_306 = source(
  'Va. Code § 19.2-306(A)–(E)',
  `current text, history "… 2021, Sp. Sess. I, c. 538; 2022, cc. 569, 570" (Justia copy, ${MIRRORED})`,
  URL_306,
);

export const usVaProvisions: ProvisionRecord[] = [
  {
    id: 'us-va.19-2-303-supervised-cap',
    title: 'Supervised probation at most five years from release',
    citation:
      'Va. Code § 19.2-303 (first paragraph, third and fourth sentences: the five-year limit and exceptions (i) and (ii); fourth paragraph: probation for the statutory maximum for listed sex offenses)',
    rules: ['supervisedProbationCap'],
    effective: {
      from: EFFECTIVE,
      selectedBy: 'the sentence date (sentences imposed on or after 2021-07-01; Code § 1-239; Reese v. Commonwealth (2024))',
    },
    sources: [
      S_303,
      source('Va. Code § 19.2-305.1(F)', `current text (restitution compliance review hearings) (Justia copy, ${MIRRORED})`, URL_305_1),
      source(
        'Reese v. Commonwealth, No. 1766-22-1 (Va. Ct. App. Feb. 27, 2024) (unpublished)',
        'opening of the memorandum opinion (casetext) and a case summary (studicata): the § 19.2-303 amendment does not apply retroactively to a 2013 sentence',
        URL_REESE,
        'secondary',
      ),
      source(
        '2022 HB 758 (prefiled, defeated)',
        'reprint of § 19.2-303 as it stood in January 2022, showing exceptions (i) and (ii)',
        URL_HB758,
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The limit and its exceptions are encoded from the primary text; that it reaches only sentences imposed from July 1, 2021 rests on Reese, read in summary.',
      ),
    ],
    readings: [
      'Release = the record’s startDate; a probation with no incarceration first counts from its start; statutoryMaxEndDate = release + 5 years (the term’s last day).',
      'Only supervised probation is capped: supervisingAgency "court" is unsupervised (no cap); absent, supervised is assumed and warned. The suspended sentence may run longer, and the explanation says so.',
      'Exception (ii): restitution still owed on the as-of date lifts the cap (statutoryMaxEndDate null; term_cap ineligible with "almost"); restitution paid in full after the five years makes the payment day the cap.',
      'Exception (i), a court-ordered program: the record cannot show one; none is assumed and a warning says so when the cap binds.',
      'A later custody for a violation does not restart the five years (parameter supervisedCap.measureFromLatestRelease; the alternative is encoded and tested).',
      'A term_cap opportunity, dated at the cap, when the term as it stands runs past it.',
      'Fourth paragraph (§§ 18.2-48, 18.2-61, 18.2-63, 18.2-67.1, 18.2-67.2, 18.2-67.3, 18.2-370, 18.2-370.1 committed on or after 2006-07-01: probation for at least the statutory maximum, "notwithstanding any other provision of law", conditions may include active supervision): the cap still applies to the supervised part, with a warning (parameter supervisedCap.mandatoryProbationOffensesExcepted; the alternative, no cap for these offenses, is a labelled exception, encoded and tested). An offense with no offense date is taken as on or after 2006-07-01.',
    ],
    openQuestions: [
      'Does a release from an active sentence imposed on revocation restart the five years ("from the release of the defendant from any active period of incarceration")?',
      'Did clause (ii) (restitution) come with ch. 538 or ch. 176 of 2021 Sp. Sess. I, and did 2022 cc. 41, 42 change these sentences? Both 2021 chapters took effect July 1, 2021; the 2022 text was not compared.',
      'Does the cap reach a probation term re-imposed on or after July 1, 2021 for a sentence first imposed before it?',
      'Does the fourth paragraph ("notwithstanding any other provision of law") let supervised probation for the listed sex offenses run past five years? No decision found; § 18.2-63 was added to the offense table from the paragraph’s list without reading the section itself.',
    ],
    tests: [test('rules/supervised-probation-cap.test.ts'), test('examples.test.ts')],
  },
  {
    id: 'us-va.19-2-303-statutory-maximum',
    title: 'Probation up to the statutory maximum period of imprisonment (warning only)',
    citation: 'Va. Code § 19.2-303 (second sentence); §§ 18.2-10, 18.2-11; § 19.2-308',
    rules: ['statutoryMaximum'],
    effective: { from: EFFECTIVE, selectedBy: 'the sentence date' },
    sources: [
      S_303,
      source(
        'Va. Code §§ 18.2-10, 18.2-11',
        'current text (felony and misdemeanor classes), saint1415/us-statutes title-title-182…/chapter-chapter-1-in-general.json',
        URL_18_2,
      ),
      source(
        'Barrow v. Commonwealth, 81 Va. App. 535 (2024)',
        'case summary (casetext): the court could not order further suspension or probation once the "cumulative maximum penalty" had run',
        URL_BARROW,
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview(READ, 'encoded from primary text', 'Encoded as a warning, not a cap; the reading is the choice recorded below.'),
    ],
    readings: [
      'Not a cap: the record rarely gives each count’s maximum, counts may be stacked, and felonies may carry an added suspended term (§ 18.2-10, § 19.2-295.2). A warning names the apparent excess where every count’s maximum or class is given.',
      'Several counts add up (sentences run consecutively unless ordered otherwise, § 19.2-308), counted from the sentence date (§ 19.2-306(C) measures suspension from the original sentencing order).',
    ],
    openQuestions: ['Should the § 18.2-10 additional suspended term (up to three years) count toward a felony’s "statutory maximum"?'],
    tests: [test('rules/early-termination.test.ts')],
  },
  {
    id: 'us-va.19-2-304-decrease',
    title: 'The court may decrease the probation period',
    citation: 'Va. Code § 19.2-304',
    rules: ['earlyTermination'],
    effective: { from: '1975-10-01', selectedBy: 'the as-of date' },
    sources: [
      source(
        'Va. Code § 19.2-304',
        `current text, history "Code 1950, § 53-273; 1974, c. 205; 1975, c. 495" (Justia copy, ${MIRRORED})`,
        URL_304,
      ),
      source(
        '2025 HB 2252 / SB 936',
        'bill status and summary: mandatory reductions take effect only if reenacted by the 2026 Session',
        URL_HB2252,
        'secondary',
      ),
    ],
    reviews: [engineeringReview(READ, 'encoded from primary text')],
    readings: ['Discretionary: an early_termination opportunity from the start date, probation only; never a projected end.'],
    openQuestions: [
      'Was 2025 HB 2252 (mandatory reductions of supervised probation) reenacted in 2026? If so, encode its credits. None found on 2026-12-04; 2026 HB 149 / SB 136 (a Department of Corrections request to terminate after 12 months) passed both chambers, its enactment not found.',
    ],
    tests: [test('rules/early-termination.test.ts')],
  },
  {
    id: 'us-va.19-2-306-1-technical-violations',
    title: 'Limits on active incarceration for technical violations',
    citation: 'Va. Code § 19.2-306.1(A), (C), (D); § 19.2-306(A), (C)',
    rules: ['technicalViolationLimit'],
    effective: {
      from: EFFECTIVE,
      selectedBy: 'the violation date (Green v. Commonwealth, 75 Va. App. 69 (2022)); for the next violation, the as-of date',
    },
    sources: [
      S_306_1,
      S_306,
      source(
        'Green v. Commonwealth, 75 Va. App. 69 (2022)',
        'opening of the published opinion and the casetext summary ("the statutes in effect when the violation occurred and the revocation proceedings began control")',
        URL_GREEN,
        'secondary',
      ),
      source('Va. Code § 19.2-297.1(A)', `current text ("act of violence", offense table) (Justia copy, ${MIRRORED})`, URL_297_1),
    ],
    reviews: [
      engineeringReview(
        READ,
        'encoded from primary text',
        'The effective-date key rests on Green, read in summary; the limits, the definition and the counting rule are from the statute text.',
      ),
    ],
    readings: [
      'The limit is for the next violation read as an ordinary technical violation: first → no active incarceration (confinementAllowed false, 0 days); second → at most 14 days, presumption against and the "cannot be safely diverted" finding; third or later → null (any sentence originally available). The reasons say what changes if the next one is a firearm or absconding violation.',
      'Record kinds → clauses: missed_appointment (v), positive_drug_test and drug_delivery (vii), weapon (viii, read as a firearm, warned), travel (ix); the absconding category is (x). Other kinds are not technical violations and are not counted (parameter sanction.kindClauses, with the alternative that curfew and programs are officer instructions).',
      'Counting: sustained violations; those sharing an episodeId (one course of conduct, incident or hearing) count once; two found on the same day without one are read as one incident, with a warning naming the assumption (parameter sanction.sameDayFindingsOneIncident, alternative: two); new-offense, reported and dismissed violations are not counted. A pending firearm or absconding report is named in the reasons with the tier (C) gives it.',
      'A first firearm or absconding violation "considered a second" governs that violation’s sentence only; the count goes on by actual violations (parameter sanction.deemedNumberCarriesForward, alternative encoded). A later firearm or absconding violation after one is a third or subsequent.',
      'Findings before July 1, 2021 count (parameter sanction.countViolationsBeforeEffectiveDate, alternative encoded).',
      'The treatment exception of (D) is stated in the reasons; it cannot be predicted.',
      'No limit after the term’s scheduled end (§ 19.2-306(A): cause within the probation or suspension period).',
    ],
    openQuestions: [
      'How is a good-conduct violation without a conviction sentenced? (B) removes it from the unlimited category and (C) limits only technical violations; not counted here.',
      'Do technical violations found before July 1, 2021 count toward "first" and "second"? No decision found.',
      '2026 HB 1413 would amend § 19.2-306.1; its fate is unknown.',
    ],
    tests: [test('rules/technical-violation-limit.test.ts'), test('examples.test.ts')],
  },
];
