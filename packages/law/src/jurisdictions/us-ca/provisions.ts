/**
 * California (US-CA): the review record of every provision the rules encode, built from README.md in
 * this folder and the comments at the top of each rule file. Every source was read on 2026-11-30. Where
 * the README names only a site (not the page), the link is the site and the version says so. The
 * reviews are encoding checks by engineering, not legal review.
 */
import { engineeringReview, sourceReadOn, testFilesIn, type ProvisionRecord } from '../../engine/provisions.ts';
import { FORMER_1203_1_URL, PENAL_CODE_TEXT_URL, VEHICLE_CODE_TEXT_URL } from './parameters.ts';

const READ = '2026-11-30';
const SITE_ONLY = 'the README names the site, not the page';
/** The official text, in the mirror of the Legislature's publication of 2026-07-21 (parameters.ts). */
const OFFICIAL =
  'official text (downloads.leginfo.legislature.ca.gov, "Last Updated by State of California: July 21, 2026"), verbatim mirror';
/** PC 667.5 in a leginfo display-text copy of 2024-02-13. */
const PC_667_5_COPY_URL = 'https://github.com/dvdmrs09/az-gpt/blob/1e8e1112eed3eff7b22c1ff7fc1c39783cad7199/data/pen-codes-part1.md';

const source = sourceReadOn(READ);
const test = testFilesIn('packages/law/src/jurisdictions/us-ca');

const GRANT_DATE =
  'the grant of probation (the term’s sentenceDate); for a grant before 2021-01-01 whose case was not final on that day, 2021-01-01 (rules/governing-law.ts)';
const FORMER_LAW =
  'the grant of probation (sentenceDate), for a grant before 2021-01-01 whose case was final (or assumed final) on 2021-01-01, or for any grant when evaluated as of a day before 2021-01-01; from 1900-01-01 follows parameters.ts: "in force for every grant a record here can carry"';
const NO_VERSION =
  'none: one version in the period encoded (from 1900-01-01 follows the parameters.ts convention, "in force for every grant a record here can carry")';

export const usCaProvisions: ProvisionRecord[] = [
  {
    id: 'us-ca.scope',
    title: 'Scope of the California rules: probation only; parole (PC 3000.01) is said to be outside them',
    citation: 'Cal. Penal Code § 3000.01',
    rules: ['scope'],
    effective: { from: '1900-01-01', selectedBy: NO_VERSION },
    sources: [
      source(
        'Cal. Penal Code § 3000.01',
        'as described in a hand check of 2026-12-01 (parole periods for releases on or after July 1, 2020; discharge after a period without a violation); the text itself was not read for this record',
        PENAL_CODE_TEXT_URL,
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview('2026-12-01', 'partly from secondary sources', 'Only the scope notice is encoded; no parole date is computed.'),
    ],
    readings: [
      'A term that is not probation gets the end as set, an explanation that the rules here are the AB 1950 probation limits, and a warning naming PC 3000.01.',
    ],
    openQuestions: ['Encode PC 3000.01 parole periods and discharge, and Post-Release Community Supervision (PC 3450 ff.).'],
    tests: [test('rules/scope.test.ts')],
  },
  {
    id: 'us-ca.pc-1203a',
    title: 'Misdemeanor probation: one-year limit (AB 1950)',
    citation: 'Cal. Penal Code § 1203a(a), (b)',
    rules: ['misdemeanorProbationCap'],
    effective: { from: '2021-01-01', selectedBy: GRANT_DATE },
    sources: [
      source(
        'Cal. Penal Code § 1203a',
        `as amended by Stats. 2020, ch. 328, § 1, eff. 2021-01-01 (history line); ${OFFICIAL}`,
        PENAL_CODE_TEXT_URL,
      ),
      source(
        'Cal. Penal Code § 1203a',
        `as amended by Stats. 2020, ch. 328, § 1, eff. 2021-01-01; casetext statute page "current through the 2022 Legislative Session" (${SITE_ONLY})`,
        'https://casetext.com',
      ),
      source(
        'Cal. Penal Code § 1203a',
        'as amended by Stats. 2020, ch. 328, § 1, eff. 2021-01-01',
        'https://self-law.org/code/ca/penal-code/1203a',
      ),
    ],
    reviews: [engineeringReview(READ, 'encoded from primary text')],
    readings: [
      'The limit counts from the grant (the term’s sentenceDate): probation begins at the grant and jail ordered as a condition lies inside it; where supervision began later the explanation says so.',
      'Under (b), an offense whose own statute has a numeric maximum (DUI, VC 23600(b)(1): 5 years) takes that maximum as its ceiling; one with only a minimum (PC 1203.097: 36 months, PC 273a: 48, PC 273d: 36) has no cap date and the explanation says why.',
      'Several exceptions at once: each permits a longer term, so the longest ceiling governs, and an uncomputable ceiling wins because it may be the longest.',
      'A term whose most serious offense is a "gross misdemeanor" (not a California class) is read as a misdemeanor, with a warning.',
      'A term_cap opportunity is emitted when the term as imposed (after extension orders) runs past the statutory maximum, dated at the maximum; the reasons say the limit does not close the case by itself.',
      'The rules act on probation only; parole and other kinds get only the engine’s scheduled end.',
    ],
    openQuestions: [
      'Other own-length offenses named by practitioners (PC 136.1, PC 166(d)(1), registrable sex offenses, PC 1203.097’s reach to offenses against Family Code § 6211 victims not tagged domestic_violence) are not encoded.',
      'Own-length offenses found in the code read but not encoded: PC 272(a)(1) (probation "not exceeding five years") and PC 1203.047 (at least three years).',
      'Pending bills SB 906 (2025–26) and AB 2237 (2025–26, reportedly a 3-year limit for PC 290 registrants) would amend 1203a/1203.1; the official text of 2026-07-21 shows neither enacted in those sections.',
    ],
    tests: [test('rules/pc-1203a.test.ts')],
  },
  {
    id: 'us-ca.former-pc-1203a',
    title: 'Misdemeanor probation before AB 1950: three years, or the maximum sentence where longer',
    citation: 'Cal. Penal Code § 1203a (former text)',
    rules: ['misdemeanorProbationCap'],
    effective: { from: '1900-01-01', to: '2020-12-31', selectedBy: FORMER_LAW },
    sources: [
      source(
        'Cal. Penal Code § 1203a (former text)',
        'Stats. 1949, ch. 504 text, in force to 2020-12-31; onecle copy marked "(2017)"',
        'https://law.onecle.com/california/penal/1203a.html',
      ),
      source(
        'People v. Ottovich (1974) 41 Cal.App.3d 532, quoting former PC 1203a',
        'the proviso quoted in the same words as the onecle copy',
        'https://print.casetext.com/case/people-v-ottovich',
      ),
    ],
    reviews: [engineeringReview(READ, 'encoded from primary text')],
    readings: [
      'Former law, misdemeanor: 3 years, or the total maximum sentence where given and longer, or a DUI’s own 5 years where longer (VC 23600(b)(1) controls over 1203a).',
    ],
    openQuestions: [],
    tests: [test('rules/pc-1203a.test.ts')],
  },
  {
    id: 'us-ca.pc-1203g',
    title: 'Shoplifting and petty theft: probation up to two years (exception to PC 1203a(a))',
    citation: 'Cal. Penal Code § 1203g(a)',
    rules: ['misdemeanorProbationCap'],
    effective: {
      from: '2025-01-01',
      selectedBy:
        'the grant of probation (sentenceDate) and the offense date: a grant before 2025-01-01, or an offense committed before it, keeps the one-year limit (harsher, so not carried back under Estrada, and reaching only later conduct under Pen. Code § 3)',
    },
    sources: [
      source(
        'Cal. Penal Code § 1203g',
        `added by Stats. 2024, ch. 168, § 8 (AB 2943), effective 2025-01-01 (history line); ${OFFICIAL}`,
        PENAL_CODE_TEXT_URL,
      ),
      source('Cal. Penal Code § 1203g', 'section text (AB 2943, 2023–24 Reg. Sess.)', 'https://self-law.org/code/ca/penal-code/1203g'),
      source(
        'AB 2943 (2023–24), effective date',
        `author’s press release of 2024-09-11 ("set to take effect on January 1, 2025") (${SITE_ONLY})`,
        'https://a51.asmdc.org',
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'encoded from primary text',
        'Section text, enacting chapter (Stats. 2024, ch. 168) and effective date (2025-01-01) read in the official text.',
      ),
    ],
    readings: [
      'PC 1203g (misdemeanor shoplifting PC 459.5, petty theft PC 488/490.2) is a labelled exception to PC 1203a(a): ceiling 2 years from the grant, for grants on or after 2025-01-01 for offenses committed on or after that day (a harsher law reaches only later conduct: Pen. Code § 3, Tapia v. Superior Court (1991) 53 Cal.3d 282); without an offense date the grant date stands in, with a warning.',
      'PC 1203g(c) (discharge on completing a referred program) is not encoded: the record has no event tying a program completion to a 1203g(b) referral.',
    ],
    openQuestions: ['Whether to encode 1203g(c) discharge on completing a referred program.'],
    tests: [test('rules/pc-1203a.test.ts')],
  },
  {
    id: 'us-ca.pc-1203-1-a',
    title: 'Felony probation: two-year limit (AB 1950)',
    citation: 'Cal. Penal Code § 1203.1(a)',
    rules: ['felonyProbationCap'],
    effective: { from: '2021-01-01', selectedBy: GRANT_DATE },
    sources: [
      source(
        'Cal. Penal Code § 1203.1(a)',
        `as re-enacted by Stats. 2021, ch. 257, § 22 (AB 177), operative 2022-01-01, with the AB 1950 wording; ${OFFICIAL}`,
        PENAL_CODE_TEXT_URL,
      ),
      source(
        'People v. Ferguson (Cal. Ct. App. June 13, 2022, D078244, unpublished), quoting PC 1203.1(a)',
        `PC 1203.1(a) as amended by AB 1950 § 2, as quoted in the opinion; casetext copy (${SITE_ONLY})`,
        'https://casetext.com',
      ),
      source(
        'People v. Ferguson (Cal. Ct. App. June 13, 2022, D078244, unpublished), quoting PC 1203.1(a)',
        `PC 1203.1(a) as amended by AB 1950 § 2, as quoted in the opinion; ecases.us copy (${SITE_ONLY})`,
        'https://ecases.us',
      ),
      source(
        'People v. Forester (2022) 78 Cal.App.5th 447, quoting PC 1203.1(a)',
        `PC 1203.1(a) as amended by AB 1950 § 2, as quoted in the opinion; vLex copy (${SITE_ONLY})`,
        'https://vlex.com',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'encoded from primary text',
        'Read in the official text (the AB 177 version, operative 2022-01-01); the 2021 version (AB 1950 § 2) as quoted in Ferguson and Forester, in the same words.',
      ),
    ],
    readings: [
      'The cap counts from the grant (sentenceDate): statutoryMaxEndDate = sentenceDate + ceiling, in calendar months, clamped.',
      'Several exceptions at once: the longest ceiling governs; an uncomputable one (unknown maximum, life) wins.',
      'A term_cap opportunity is emitted when the term as imposed runs past the maximum; an ineligible term_cap where the general limit would have cut the term but an exception (or finality) keeps it.',
      'The rules act on probation only; parole and other kinds get only the engine’s scheduled end.',
    ],
    openQuestions: ['The 2021 version (Stats. 2020, ch. 328, § 2) was read only as quoted in opinions; its chaptered text was not found.'],
    tests: [test('rules/pc-1203-1.test.ts')],
  },
  {
    id: 'us-ca.pc-1203-1-l1',
    title: 'Felony probation: violent felonies and offenses with their own probation length (up to the maximum term; Kite)',
    citation: 'Cal. Penal Code § 1203.1(l)(1)',
    rules: ['felonyProbationCap'],
    effective: { from: '2021-01-01', selectedBy: GRANT_DATE },
    sources: [
      source(
        'Cal. Penal Code § 1203.1(l)(1)',
        `full subdivision, as re-enacted by Stats. 2021, ch. 257, § 22 (AB 177), operative 2022-01-01; ${OFFICIAL}`,
        PENAL_CODE_TEXT_URL,
      ),
      source(
        'People v. Cipres (Cal. Ct. App. Nov. 18, 2022, H049360, unpublished)',
        'applies PC 1203.1(l)(1) (robbery, a 667.5(c) offense) to a 2021 grant; casetext opening',
        'https://print.casetext.com/case/people-v-cipres',
      ),
      source(
        'People v. Kite (2023) 87 Cal.App.5th 986',
        `opinion of 2023-01-24, D080176, quoting phrases of PC 1203.1(l)(1); ecases.us opening (${SITE_ONLY})`,
        'https://ecases.us',
      ),
      source(
        'People v. Kite (2023) 87 Cal.App.5th 986',
        `opinion of 2023-01-24, D080176; casetext opening (${SITE_ONLY})`,
        'https://casetext.com',
      ),
      source('People v. Kite (2023) 87 Cal.App.5th 986', `capcentral summary (${SITE_ONLY})`, 'https://capcentral.org', 'secondary'),
      source(
        'People v. Forester (2022) 78 Cal.App.5th 447',
        `opinion of 2022-05-10, D078912 (DV-victim stalking is an own-length offense via PC 1203.097); vLex opening (${SITE_ONLY})`,
        'https://vlex.com',
      ),
      source(
        'People v. Forester (2022) 78 Cal.App.5th 447',
        `opinion of 2022-05-10, D078912; casetext opening (${SITE_ONLY})`,
        'https://casetext.com',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'encoded from primary text',
        'Subdivision (l)(1) read in full in the official text; the aggregate reading is Kite’s holding.',
      ),
    ],
    readings: [
      'The (l)(1) ceiling is the maximum aggregate prison term (Kite): the sum of each count’s maxPrisonMonths (parameter exceptions.aggregateTerm = sum_of_counts; alternative largest_count), with a warning that PC 1170.1(a) counts consecutive subordinate counts at one third of the middle term, so the sum may overstate it.',
      'A missing count maximum gives no date and a warning; a life_eligible count gives no date.',
      'An offense’s own statute still applies inside the ceiling (DUI: the longer of 5 years and that count’s maximum bounds it).',
      'Own-length offenses are those tagged own_probation_length, or domestic_violence (read as "the victim is a person defined in Family Code § 6211", so PC 1203.097 applies: Forester).',
    ],
    openQuestions: [
      'Kite aggregate under PC 1170.1: the record lacks middle terms and consecutive/concurrent structure; a maxAggregatePrisonMonths term field (or engine support) would make (l)(1) exact.',
      'Other own-length offenses named by practitioners (PC 136.1, PC 166(d)(1), registrable sex offenses), and PC 272(a)(1) and 1203.047 found in the code, are not encoded.',
    ],
    tests: [test('rules/pc-1203-1.test.ts')],
  },
  {
    id: 'us-ca.pc-667-5-c',
    title: 'Violent felony list (for PC 1203.1(l)(1)), as entered in the offense table',
    citation: 'Cal. Penal Code § 667.5(c) (the paragraphs cited in offense-table.ts)',
    rules: ['felonyProbationCap'],
    effective: { from: '2021-01-01', selectedBy: GRANT_DATE },
    sources: [
      source(
        'Cal. Penal Code § 667.5(c)',
        `as amended by Stats. 2024, ch. 855, § 1 (SB 268), eff. 2025-01-01, which added paragraph (24); ${OFFICIAL}`,
        PENAL_CODE_TEXT_URL,
      ),
      source(
        'Cal. Penal Code § 667.5(c)',
        'as amended by Stats. 2021, ch. 626, § 28 (AB 1171), eff. 2022-01-01; leginfo display-text copy of 2024-02-13',
        PC_667_5_COPY_URL,
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'encoded from primary text',
        'Every paragraph number in the offense table checked against the text: PC 205 corrected from (2), (7) to (7) (aggravated mayhem is a life felony; (2) is "Mayhem"); PC 209 now also cites (7); entries added for paragraphs (4), (5), (11) (PC 289(j)), (18), (19), (20) and (24).',
      ),
    ],
    readings: [
      'An offense counts as violent only when the record tags it `violent` or the table lists it as violent in every form; subdivision-dependent entries (PC 459/460(a) with a person present, PC 261, 286, 287, 451, 245 with great bodily injury or firearm use, 136.1 and 518/520 as gang felonies, 261(a)(3) with the drugging finding) warn instead of guessing.',
      'The list is the one in force at the grant; the offense table is not dated, so the warning for PC 261(a)(3) names its 2025-01-01 start.',
    ],
    openQuestions: [
      'The list as in force during 2021 (before AB 1171) was not read; paragraphs (1)–(23) are numbered alike in the 2022 and 2025 versions read.',
    ],
    tests: [test('offense-table.test.ts'), test('rules/pc-1203-1.test.ts')],
  },
  {
    id: 'us-ca.pc-1203-1-l2',
    title: 'Felony theft or embezzlement over $25,000: probation up to three years',
    citation: 'Cal. Penal Code § 1203.1(l)(2)',
    rules: ['felonyProbationCap'],
    effective: { from: '2021-01-01', selectedBy: GRANT_DATE },
    sources: [
      source(
        'Cal. Penal Code § 1203.1(l)(2)',
        `full subdivision, as re-enacted by Stats. 2021, ch. 257, § 22 (AB 177), operative 2022-01-01; ${OFFICIAL}`,
        PENAL_CODE_TEXT_URL,
      ),
      source(
        'People v. Shelly (2022) 81 Cal.App.5th 181',
        `opinion openings (probation reduced to 3 years, property over $25,000); Justia (${SITE_ONLY})`,
        'https://law.justia.com',
      ),
      source('People v. Shelly (2022) 81 Cal.App.5th 181', `opinion opening; vLex (${SITE_ONLY})`, 'https://vlex.com'),
      source('Cal. Penal Code § 1203.1(l)(2)', `practitioner summary (${SITE_ONLY})`, 'https://greghillassociates.com', 'secondary'),
      source('Cal. Penal Code § 1203.1(l)(2)', `summary (${SITE_ONLY})`, 'https://scopo.org', 'secondary'),
      source('Cal. Penal Code § 1203.1(l)(2)', `summary (${SITE_ONLY})`, 'https://codifylegalpublishing.com', 'secondary'),
    ],
    reviews: [
      engineeringReview(
        READ,
        'encoded from primary text',
        'Section list ("paragraph (3) of subdivision (b) of Section 487, Section 503, and Section 532a"), "felony conviction", threshold ("exceeds twenty-five thousand dollars") and three years read in the official text and match the encoding; the earlier secondary summaries agree.',
      ),
    ],
    readings: [
      'Felony counts under PC 487(b)(3), 503, 532a, and (parameter exceptions.theftCarveOutIncludesEmbezzlementVariants, default true, per Shelly’s PC 508) PC 504–508, with lossUsd strictly greater than $25,000, get a 3-year ceiling.',
      '"The total value of the property taken" is measured per qualifying count (parameter exceptions.theftCarveOutValueBasis = per_count; alternative sum_of_counts), with a warning where the counts exceed $25,000 only together.',
      'A missing lossUsd is treated as $25,000 or less, with a warning.',
    ],
    openQuestions: [
      'Whether PC 504–508 count as "Section 503" (Shelly conceded 3 years for PC 508; Camacho (2021, unpublished) reduced an embezzlement with $28,737.60 restitution to 2 years without mentioning (l)(2)); whether a conviction recorded under PC 514 (the embezzlement punishment section, not read) counts.',
      'Whether "total value" runs across several qualifying counts (parameter).',
    ],
    tests: [test('rules/pc-1203-1.test.ts')],
  },
  {
    id: 'us-ca.former-pc-1203-1',
    title: 'Felony probation before AB 1950: the maximum possible term, or five years where that is five or less',
    citation: 'Cal. Penal Code § 1203.1(a) (former text)',
    rules: ['felonyProbationCap'],
    effective: { from: '1900-01-01', to: '2020-12-31', selectedBy: FORMER_LAW },
    sources: [
      source(
        'Cal. Penal Code § 1203.1(a) (former text)',
        'text in force through 2020-12-31 ("not exceeding the maximum possible term of the sentence … where the maximum possible term of the sentence is five years or less … not over five years"); legalfix.com copy, its date not shown',
        FORMER_1203_1_URL,
      ),
      source(
        'AB 1950 (2019–20), Legislative Counsel’s digest',
        `as quoted by bajajdefense.com (${SITE_ONLY})`,
        'https://bajajdefense.com',
        'secondary',
      ),
      source('AB 1950 (2019–20)', `author’s press release of 2020-09-30 (${SITE_ONLY})`, 'https://a54.asmdc.org', 'secondary'),
    ],
    reviews: [
      engineeringReview(READ, 'encoded from primary text', 'Former (a) read in the legalfix.com copy; it matches the digest as quoted.'),
    ],
    readings: ['Former law, felony: the longer of 5 years and the aggregate maximum term; no date without maxPrisonMonths.'],
    openQuestions: [
      'The legalfix.com copy does not show which amendment its text is; the words encoded are the ones the digest describes.',
    ],
    tests: [test('rules/pc-1203-1.test.ts')],
  },
  {
    id: 'us-ca.own-length-offenses',
    title: 'Offenses with their own probation length (PC 1203a(b), 1203.1(l)(1))',
    citation: 'Cal. Penal Code §§ 1203.097(a)(1), 273a(c)(1), 273d(c)(1); Cal. Veh. Code § 23600(b)(1)',
    rules: ['misdemeanorProbationCap', 'felonyProbationCap'],
    effective: {
      from: '1900-01-01',
      selectedBy:
        'the grant of probation (sentenceDate), as for the cap that applies them; from 1900-01-01 follows the parameters.ts convention (VC 23600 values from 1999-07-01)',
    },
    sources: [
      source('Cal. Penal Code §§ 1203.097(a)(1), 273.5(g), 273.6(h)', `current text; ${OFFICIAL}`, PENAL_CODE_TEXT_URL),
      source('Cal. Penal Code § 1203.097(a)(1)', `FindLaw copy "current as of January 01, 2023" (${SITE_ONLY})`, 'https://findlaw.com'),
      source('Cal. Penal Code § 1203.097(a)(1)', `older copy on danielsonkin.com (${SITE_ONLY})`, 'https://danielsonkin.com'),
      source(
        'Cal. Veh. Code § 23600(b)(1)',
        `as amended by Stats. 1999, ch. 22, § 40.6, operative 1999-07-01 (history line); ${OFFICIAL}`,
        VEHICLE_CODE_TEXT_URL,
      ),
      source(
        'Cal. Veh. Code § 23600(b)(1)',
        '2005 text (research file; law.justia.com), the same words',
        'https://law.justia.com/codes/california/2005/veh/23600-23602.html',
      ),
      source(
        'Cal. Veh. Code § 23600(b)(1)',
        `quoted by greghillassociates.com (${SITE_ONLY})`,
        'https://greghillassociates.com',
        'secondary',
      ),
      source('Cal. Penal Code § 273a(c)(1)', `as amended by Stats. 1997, ch. 134, § 1; ${OFFICIAL}`, PENAL_CODE_TEXT_URL),
      source(
        'Cal. Penal Code § 273a(c)(1)',
        `sierralawcenter.com quoting the section (${SITE_ONLY})`,
        'https://sierralawcenter.com',
        'secondary',
      ),
      source('Cal. Penal Code § 273d(c)(1)', `as amended by Stats. 2011, 1st Ex. Sess., ch. 12, § 8; ${OFFICIAL}`, PENAL_CODE_TEXT_URL),
      source('Cal. Penal Code § 273d(c)(1)', `shouselaw.com (${SITE_ONLY})`, 'https://shouselaw.com', 'secondary'),
    ],
    reviews: [
      engineeringReview(
        READ,
        'encoded from primary text',
        'PC 1203.097(a)(1) (36 months), 273a(c)(1) (48), 273d(c)(1) (36) and VC 23600(b)(1) (3 to 5 years, or up to the prison maximum where that may exceed 5) read in the official text; the earlier copies and summaries agree.',
      ),
    ],
    readings: [
      'DUI (VC 23600(b)(1)): 3 to 5 years, longer up to the prison maximum where that exceeds 5; its maximum bounds the ceiling.',
      'DV (PC 1203.097: minimum 36 months), PC 273a (48) and PC 273d (36) have only minimums: a misdemeanor term under them has no cap date. PC 273a(c)(5) and 273d(c)(5) let the court waive a minimum condition; the offense still "includes specific probation lengths".',
    ],
    openQuestions: [
      'Other own-length offenses are not encoded: those named by practitioners, and PC 272(a)(1) (up to five years) and 1203.047 (at least three years) found in the code (README open question 4).',
    ],
    tests: [test('rules/pc-1203a.test.ts'), test('rules/pc-1203-1.test.ts')],
  },
  {
    id: 'us-ca.ab-1950-retroactivity',
    title: 'AB 1950 reaches cases not final on 2021-01-01 (Estrada)',
    citation:
      'In re Estrada (1965) 63 Cal.2d 740; People v. Quinn (2021) 59 Cal.App.5th 874; People v. Sims (2021) 59 Cal.App.5th 943; People v. Prudholme (2023) 14 Cal.5th 961',
    rules: ['misdemeanorProbationCap', 'felonyProbationCap'],
    effective: {
      from: '2021-01-01',
      selectedBy:
        'the as-of date (on or after 2021-01-01) and the case’s finality on 2021-01-01 (term field caseFinalBefore2021); a nonfinal pre-2021 grant takes the AB 1950 values of 2021-01-01',
    },
    sources: [
      source(
        'In re Estrada; People v. Quinn; People v. Sims; People v. Prudholme',
        'opinion headers and summaries in the project research file',
        'docs/research/us-ca.md',
        'secondary',
      ),
      source(
        'People v. Prudholme (2023) 14 Cal.5th 961',
        'opinion of 2023-06-26 (S271057), verbatim copies of its opening and holding ("We hold Assembly Bill 1950 applies retroactively to nonfinal cases and the proper remedy is to modify the probationary term to conform with the new law while maintaining the remainder of the plea agreement"); also on law.justia.com and ecases.us; the Discussion not read in full',
        'https://scocal.stanford.edu/opinion/people-v-prudholme-34736',
      ),
      source(
        'People v. Sims (2021) 59 Cal.App.5th 943',
        'opinion filed 2021-01-12 (D077024), verbatim copy of the introduction: the AB 1950 limit applies retroactively to cases "not reduced to final judgment" on its effective date ("We agree"); sentence reversed and remanded for resentencing; also on cetient.com and leagle.com; the Discussion not read',
        'http://www.ecases.us/case/calctapp/c8491527/people-v-sims',
      ),
      source(
        'People v. Quinn (2021) 59 Cal.App.5th 874',
        'opinion filed 2021-01-11 (A156932), verbatim copy of the introduction: "the term of defendant’s probation reduced to two years under the recent statutory amendment" (a three-year felony probation on appeal); also on ecases.us and vLex; the retroactivity Discussion not read',
        'https://cetient.com/case/4650560/people-v-quinn',
      ),
      source(
        'People v. Shelly (2022) 81 Cal.App.5th 181; People v. Ferguson (2022, D078244)',
        `opinion openings confirming the People conceded retroactivity; casetext (${SITE_ONLY})`,
        'https://casetext.com',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'encoded from primary text',
        'The holdings encoded (AB 1950 reaches cases not final on 2021-01-01; Prudholme: the term is cut to the lawful maximum and the rest of the plea stands, with no remand to let the People or the court withdraw) read in the opinions’ own words (opening and holding paragraphs, verbatim copies); their Discussions and In re Estrada itself were not read in full. Finality is left to the input field.',
      ),
    ],
    readings: [
      'A grant on or after 2021-01-01 takes AB 1950 with the values at the grant date.',
      'A grant before 2021, evaluated as of a day on or after 2021-01-01, takes AB 1950 (values of 2021-01-01) only if the case was not final on 2021-01-01 (caseFinalBefore2021); when the field is absent, parameter retroactivity.assumeFinalWhenUnknown (default true: final, former law) decides and a warning names the field.',
      'A pre-2021 final case where AB 1950 would have ended the term earlier gets an ineligible term_cap (with almost and the AB 1950 date when finality was only assumed).',
      'Evaluated as of a day before 2021-01-01, the former law governs whatever the finality.',
      'AB 1950’s first day is read from felony.capYears, so a reform that moves it moves everything.',
      'Remedy (Prudholme): the term is reduced to the lawful maximum; a plea bargain is otherwise kept, so the output never suggests the plea must be withdrawn. Sims remanded for resentencing and Quinn reduced the term directly; both are consistent with a term cut to the maximum.',
    ],
    openQuestions: [
      'Finality doctrine for ongoing probation (People v. McKenzie (2020) 9 Cal.5th 40; People v. Esquivel (2021) 11 Cal.5th 671) is left to the input field.',
    ],
    tests: [test('rules/pc-1203a.test.ts'), test('rules/pc-1203-1.test.ts')],
  },
  {
    id: 'us-ca.pc-1203-3',
    title: 'Early termination of probation at any time',
    citation: 'Cal. Penal Code § 1203.3(a)',
    rules: ['earlyTermination'],
    effective: { from: '1900-01-01', selectedBy: NO_VERSION },
    sources: [
      source(
        'Cal. Penal Code § 1203.3(a)–(e)',
        `as amended by Stats. 2019, ch. 573, § 1 (AB 433), eff. 2020-01-01 (history line); ${OFFICIAL}; (a) and (b)(2)(B) re-read 2026-11-30 and match the rule’s quotation word for word`,
        PENAL_CODE_TEXT_URL,
      ),
      source('Cal. Penal Code § 1203.3(a)', `current text as quoted by shouselaw.com (${SITE_ONLY})`, 'https://shouselaw.com'),
      source('Cal. Penal Code § 1203.3(a)', `current text as quoted by defendingrights.com (${SITE_ONLY})`, 'https://defendingrights.com'),
      source('Cal. Penal Code § 1203.3(a)', `current text as quoted by robertlittlelaw.com (${SITE_ONLY})`, 'https://robertlittlelaw.com'),
      source('Cal. Penal Code § 1203.3(a)', `current text as quoted by manshoorylaw.com (${SITE_ONLY})`, 'https://manshoorylaw.com'),
      source(
        'Cal. Penal Code § 1203.3(b); People v. Allen (1975) 46 Cal.App.3d 583',
        `procedure and prosecutor notice; no prosecutorial veto; defendingrights.com summary (${SITE_ONLY})`,
        'https://defendingrights.com',
        'secondary',
      ),
      source(
        'Cal. Penal Code § 1203.3(b); People v. Allen (1975) 46 Cal.App.3d 583',
        `robertlittlelaw.com summary (${SITE_ONLY})`,
        'https://robertlittlelaw.com',
        'secondary',
      ),
      source('People v. Killion (2018, E068225)', `capcentral.org summary (${SITE_ONLY})`, 'https://capcentral.org', 'secondary'),
      source('People v. Killion (2018, E068225)', `greghillassociates.com (${SITE_ONLY})`, 'https://greghillassociates.com', 'secondary'),
      source('People v. Killion (2018, E068225)', `escovarlaw.com (${SITE_ONLY})`, 'https://escovarlaw.com', 'secondary'),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        '(a)–(e) read in the official text ((b)(2)(B): hearing in open court, two-day written notice to the prosecutor; no waiting period, no offense exclusion); Allen (no prosecutorial veto) and Killion (PC 1203.097’s minimum does not bar early termination) from secondary sources.',
      ),
    ],
    readings: [
      'An early_termination opportunity opens on the grant date, with no waiting period; the 12–18 months courts often expect is practice, not law, and is not encoded.',
      'No offense exclusion: § 1203.3 has none.',
      'Offered through the last day of the term; from the day after the projected end the engine withdraws it.',
      'Restitution still owed on the as-of date: a reason says that under (b)(2)(B) the prosecutor must ask to postpone the hearing if the victim reports unpaid restitution; the opportunity stays eligible.',
    ],
    openQuestions: [
      'Whether another statute bars early termination in some class of case (e.g. before a batterer’s program under PC 1203.097(a)(6) ends) rests on Killion, read only in summaries.',
    ],
    tests: [test('rules/pc-1203-3.test.ts')],
  },
  {
    id: 'us-ca.pc-1203-2',
    title: 'Revocation: no statewide day limit on confinement for a technical violation',
    citation: 'Cal. Penal Code § 1203.2',
    rules: ['noTechnicalViolationLimit'],
    effective: { from: '1900-01-01', selectedBy: NO_VERSION },
    sources: [
      source(
        'Cal. Penal Code § 1203.2(a)–(g)',
        `as amended by Stats. 2021, ch. 533, § 1 (AB 1228), eff. 2022-01-01 (history line); ${OFFICIAL}; re-read in full 2026-11-30: no limit in days for any kind of violation; (c) allows any sentence "within the longest period for which the person might have been sentenced"`,
        PENAL_CODE_TEXT_URL,
      ),
      source('Cal. Penal Code § 1203.2', `iedefenders.com summary (${SITE_ONLY})`, 'https://iedefenders.com', 'secondary'),
      source(
        'People v. Faial (2025) 18 Cal.5th 199',
        'the research file’s summaries (casemine, lexroll, horvitzlevy); opinion not read; used in explanation text only',
        'docs/research/us-ca.md',
        'secondary',
      ),
      source(
        'People v. Deer (Cal. Ct. App. 2023-08-22, A164606, unpublished)',
        `opening; cited only in the tolling warning (${SITE_ONLY})`,
        'https://cetient.com',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'PC 1203.2 read in the official text (no day limit; (a): "The revocation, summary or otherwise, shall serve to toll the running of the period of supervision"); tolling not modelled (the limits.tolling warning appears instead); Faial from secondary sources.',
      ),
    ],
    readings: [
      'No earned credits (earnedCreditDays 0) and no sanction limit (sanctionLimit null); an explanation step says so when the person has a violation.',
      'A violation dated after the statutory maximum gets a step saying it falls outside the term (Faial).',
      'PC 1203.35 flash incarceration is an administrative sanction, not a limit on the court, and is not encoded.',
      'A violation of kind failure_to_pay, evaluated as of 2022-01-01 or later (the text read), gets a step saying that under 1203.2(a) supervision may not be revoked solely for not paying restitution, fines, fees or assessments unless the court finds willful failure and ability to pay. Earlier as-of dates: no step (the earlier wording was not read).',
    ],
    openQuestions: [
      'Tolling (PC 1203.2(a): a revocation, summary or otherwise, tolls the period) and its interaction with the AB 1950 limits (People v. Deer, 2023, unpublished; Kuhnel v. Appellate Division, 2025, holding not read) are not modelled.',
      'Faial unwinding: the engine closes a term at a revocation order before any rule runs, so a revocation Faial voids still ends the term in the output; an engine hook would be needed.',
      'Since when the 1203.2(a) sentence on failure to pay has read as it does now (fines, fees and assessments, not only restitution): only the 2022-01-01 text was read.',
    ],
    tests: [test('rules/pc-1203-2.test.ts')],
  },
];
