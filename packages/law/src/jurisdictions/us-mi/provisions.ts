/**
 * Michigan (US-MI): the review record of every provision the rules encode, built from README.md in
 * this folder and the comments at the top of each rule file. Every source was read on 2026-11-30
 * through the project's stored copies of public pages, not the live web. Where the README names only
 * a site (not the page), the link is the site and the version says so. The reviews are encoding checks
 * by engineering, not legal review.
 */
import { engineeringReview, sourceReadOn, testFilesIn, type ProvisionRecord } from '../../engine/provisions.ts';

const READ = '2026-11-30';
const SITE_ONLY = 'the README names the site, not the page';
const REFORM = '2021-04-01';
/** First day of the oldest text read, as in parameters.ts (OLDEST_TEXT). */
const OLDEST_TEXT = '2003-03-01';

const URL_771_2 = 'https://legislature.mi.gov/Laws/MCL?objectName=mcl-771-2';
const URL_771_2A = 'https://instalawyer.io/laws/michigan-compiled-laws/section-7712a-probation-for';
const URL_771_4B = 'https://self-law.org/code/mi/chapter-771/771-4b';
const URL_PA_10_2017 = 'https://legiscan.com/MI/text/SB0015/id/1552939';
const URL_LEGALFIX_771_2 =
  'https://legalfix.com/statutes/state-codes/michigan/chapters-760-777/statute-act-175-of-1927/division-175-1927-xi/section-771-2';
const URL_SB_1050 = 'https://legiscan.com/MI/text/SB1050/id/2218456';
const URL_WILLEY = 'https://willeychamberlain.com/2021/04/probation-reform/';
const RESEARCH_FILE = 'docs/research/us-mi.md';
const URL_SB_1050_CHAPTERED = 'https://legiscan.com/MI/text/SB1050/2019';
const URL_MCR_6_441 =
  'https://casetext.com/rule/michigan-court-rules/michigan-court-rules/chapter-6-criminal-procedure/subchapter-6400-trials/rule-6441-early-probation-discharge';
const URL_RECIDIVIZ_ED =
  'https://github.com/Recidiviz/pulse-data/blob/main/recidiviz/task_eligibility/criteria/state_specific/us_mi/not_serving_ineligible_offenses_for_early_discharge_from_probation_supervision.py';
const URL_SFA_SB15 = 'https://www.legislature.mi.gov/documents/2017-2018/billanalysis/Senate/htm/2017-SFA-0015-G.htm';
const URL_HFA_2017 = 'https://www.legislature.mi.gov/documents/2017-2018/billanalysis/House/htm/2017-HLA-0013-A1354EFA.htm';
const URL_PROOS_2017 = 'https://www.senatorjohnproos.com/bipartisan-comprehensive-criminal-justice-reforms-signed-into-law/';

const source = sourceReadOn(READ);
const test = testFilesIn('packages/law/src/jurisdictions/us-mi');

const S_771_2 = source(
  'MCL 771.2(1)–(3)',
  'current text, as amended by 2020 PA 397 (effective April 1, 2021); the copy read stops inside (3)',
  URL_771_2,
);
const S_PA_397 = source(
  '2020 PA 397 (SB 1050)',
  'engrossed substitute: amends 771.2, 2a, 3, 4, 4b; "Assigned PA 0397\'20"; opening only',
  URL_SB_1050,
);
/** The effective date from the enrolled act itself (primary); the two practitioner posts below corroborate it. */
const S_EFFECTIVE_ENROLLED = source(
  '2020 PA 397, effective date April 1, 2021',
  'enrolled act, chaptered text: "Act No. 397, Public Acts of 2020 — Approved by the Governor January 4, 2021 — Filed with the Secretary of State January 4, 2021 — EFFECTIVE DATE: April 1, 2021" (header only read)',
  URL_SB_1050_CHAPTERED,
);
const S_EFFECTIVE = source(
  '2020 PA 397, effective date April 1, 2021',
  'practitioner post ("These bills go in effect today, April 1, 2021"); corroborates the enrolled act',
  URL_WILLEY,
  'secondary',
);
const S_EFFECTIVE_2 = source(
  '2020 PA 397, effective date April 1, 2021',
  `monroecountylawyers.com (2022) (${SITE_ONLY})`,
  'https://monroecountylawyers.com',
  'secondary',
);
const S_MCR_6_441 = source(
  'MCR 6.441(A)–(D)',
  'as amended through May 22, 2024 (casetext copy of the rule): (A) eligibility = half the original period and all required programming; (B) notice, MC 512 self-notice after 3 months without violation, prosecutor objection within 14 days; (C) review, no denial for inability to pay, restitution considered; (D) discharge without a hearing',
  URL_MCR_6_441,
);
const S_RECIDIVIZ_ED = source(
  'MCL 771.2(10) exclusion list (Michigan DOC practice)',
  'Recidiviz pulse-data, us_mi not_serving_ineligible_offenses_for_early_discharge_from_probation_supervision.py: excludes all of MCL 750.81, 750.84, 750.411h, 750.411i, 750.136b and SORA offenses; 750.81a is not listed; the statute was not read',
  URL_RECIDIVIZ_ED,
  'secondary',
);
const S_LAWSERVER = (citation: string, version: string) =>
  source(citation, `${version} (${SITE_ONLY})`, 'https://lawserver.com', 'secondary');
const S_MJI = (citation: string, version: string) =>
  source(
    citation,
    `${version} (site: courts.michigan.gov, which the README gives for the MJI Sexual Assault Benchbook; page not recorded)`,
    'https://courts.michigan.gov',
    'secondary',
  );

export const usMiProvisions: ProvisionRecord[] = [
  {
    id: 'us-mi.scope',
    title: 'Scope of the Michigan rules: probation only, felony per MCL 761.1, no earned credits, MCL 771.1',
    citation: 'MCL 761.1 ("felony"); MCL 771.1(1); 2020 PA 397 (chapter XI)',
    rules: ['scope'],
    effective: {
      from: OLDEST_TEXT,
      selectedBy:
        'none: these facts are read the same on every date (current texts); from follows parameters.ts, the first day of the oldest text read',
    },
    sources: [
      S_PA_397,
      S_LAWSERVER('MCL 761.1 ("felony")', 'current text quoted in the defined-terms box beside MCL 771.4b'),
      S_MJI('MCL 771.1(1)', 'current text quoted in the MJI Criminal Proceedings Benchbook vol. 2 § 9.2'),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'MCL 761.1 and MCL 771.1(1) are read from secondary sources quoting the statutes.',
      ),
    ],
    readings: [
      'Probation only: a parole (or other non-probation) term gets its scheduled end and a warning that MCL 791.240a is not encoded.',
      'earnedCreditDays is 0: Michigan has no earned credits on probation.',
      'An offense recorded as a misdemeanor but punishable by more than 12 months is a felony (MCL 761.1); gross_misdemeanor without maxPrisonMonths is not a felony, with a warning.',
      '"Misdemeanor" / "felony" probation follows the most serious offense of the term.',
      'Probation for an MCL 771.1(1) offense is evaluated as given, with a warning.',
    ],
    openQuestions: [
      'Tolling: whether absconding or custody stops a Michigan probation term running (not researched).',
      'Parole (MCL 791.240a) is not encoded.',
    ],
    tests: [test('rules/scope.test.ts')],
  },
  {
    id: 'us-mi.771-2-1',
    title: 'Probation limits: 2 years (not a felony), 3 years (felony) with two 1-year extensions',
    citation: 'MCL 771.2(1)',
    rules: ['probationPeriod'],
    effective: {
      from: REFORM,
      selectedBy:
        'the order date (sentenceDate); probation ordered before April 1, 2021 keeps the earlier limits (parameter alternative: retroactive)',
    },
    sources: [
      S_771_2,
      S_PA_397,
      S_EFFECTIVE_ENROLLED,
      S_EFFECTIVE,
      S_EFFECTIVE_2,
      source('People v Vanderpool, 505 Mich 391 (2020)', `casetext summary (${SITE_ONLY})`, 'https://casetext.com', 'secondary'),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'MCL 771.2(1) is encoded from primary text and the April 1, 2021 effective date from the enrolled act’s header (primary); Vanderpool rests on a secondary source.',
      ),
    ],
    readings: [
      'The order date selects the 2- / 3-year limits: Michigan statutes are presumed prospective and no applicability clause was read (cap.felonyYears has the retroactive alternative).',
      'The limit runs from the order date, not the start of supervision (split sentences).',
      'Felony extensions: every extension order counts toward the two, each for at most 12 months; a third (or later) is not counted and is warned; the limit is order date + 3 years + counted months (alternative not adopted: only extensions that push past 3 years count).',
      'Extensions of a misdemeanor term or of a 771.2a term do not move the limit (warned).',
      'An extension ordered after the term expired is void (Vanderpool): the engine leaves it out and warns, so the end and the limit do not move.',
      'A term_cap is emitted when the term as it stands runs past statutoryMaxEndDate.',
    ],
    openQuestions: [
      'Retroactivity of the 3-year limit for probation ordered before April 1, 2021 (MJI benchbook footnote, SCAO memos, Court of Appeals decisions).',
      'GBMI (MCL 768.36) is excepted from 771.2(1)–(2); the record format has no field for it.',
    ],
    tests: [test('rules/probation-period.test.ts'), test('examples.test.ts')],
  },
  {
    id: 'us-mi.771-2-before-2021',
    title: 'MCL 771.2 before 2020 PA 397: 2 / 5 years; half-term reduction from 2017 (felony only)',
    citation: 'MCL 771.2(1)–(2) as amended by 2017 PA 10, and as compiled through 2016 PA 320',
    rules: ['probationPeriod', 'earlyDischarge'],
    effective: {
      from: OLDEST_TEXT,
      to: '2021-03-31',
      selectedBy:
        'the order date for the limits; the as-of date for the early-discharge procedure (2017 text from 2017-04-18, none before); from follows parameters.ts, the first day of the oldest text read (orders before it get no cap, with a warning)',
    },
    sources: [
      source(
        'MCL 771.2 (2017 PA 10, SB 15)',
        'engrossed House substitute; legiscan status dated 2017-04-18 ("with immediate effect")',
        URL_PA_10_2017,
      ),
      source(
        '2017 SB 13 and SB 15 (2017 PA 9 and 10), effective date',
        'House Fiscal Agency legislative analysis 2017-HLA-0013 (complete to 3-6-17): "The bills … will take effect 90 days after enactment"',
        URL_HFA_2017,
        'secondary',
      ),
      source(
        '2017 PA 9 and 10, signing date',
        'Sen. Proos press release: SBs 13, 15 and 17 signed by the Governor on Thursday (March 30, 2017)',
        URL_PROOS_2017,
        'secondary',
      ),
      source('MCL 771.2 (as amended by 2017 PA 10)', 'section text', URL_LEGALFIX_771_2),
      source(
        'MCL 771.2 (before 2017)',
        'compilation "complete through PA 320 of 2016" (old mileg.aspx page on legislature.mi.gov; page address not recorded): 2 / 5 years, no half-term reduction',
        'https://legislature.mi.gov',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'Encoded from primary text; the 2017-04-18 from-date comes from legiscan’s status line (secondary) and is doubtful: secondary sources put the signing on March 30, 2017 and the start 90 days after enactment (about June 28, 2017).',
      ),
    ],
    readings: [
      'Before April 1, 2021 extensions had to fit in the 5-year felony limit.',
      'Before April 1, 2021 the early-discharge opportunity follows the 2017 text (felony only, department notice, hearing, 28 days’ notice); before April 18, 2017 there is none.',
    ],
    openQuestions: [
      '2017 PA 10 effective date: encoded from 2017-04-18, the day legiscan records "Assigned PA 10\'17 with immediate effect". The House Fiscal Agency analysis of SB 13 and SB 15 (secondary) says the bills "will take effect 90 days after enactment", and Sen. Proos’s release (secondary) dates the signing to March 30, 2017: if 2017 PA 10 has such an enacting section, the half-term reduction began about June 28, 2017 (March 30 + 90 days), and "immediate effect" (a two-thirds vote) does not rule that out. Read the enrolled act’s header and enacting section before changing the date.',
      'The 2017 text’s "subsection (4)" exception to early discharge.',
    ],
    tests: [test('rules/probation-period.test.ts'), test('rules/early-discharge.test.ts')],
  },
  {
    id: 'us-mi.771-2a',
    title: 'Offenses with probation periods of their own',
    citation: 'MCL 771.2a(1)–(4), (7)',
    rules: ['probationPeriod', 'earlyDischarge'],
    effective: {
      from: OLDEST_TEXT,
      selectedBy:
        'the order date for the limits (771.2a(4) violent felony from April 1, 2021); the as-of date for the early-discharge exclusion; from follows parameters.ts, the first day of the oldest text read',
    },
    sources: [
      source('MCL 771.2a(1)–(6)', 'current text', URL_771_2A),
      S_MJI('MCL 771.2a(7)', 'current text as quoted in the MJI Sexual Assault Benchbook § 8.10'),
      S_MJI('MCL 771.2a(1)–(4)', 'current text as summarised in the MJI Criminal Proceedings Benchbook § 9.6'),
      source(
        'MCL 771.2a before 2020 PA 397',
        'Senate Fiscal Agency summary of 2017 SB 15 as introduced: 771.2a then covered only stalking, aggravated stalking, fourth-degree child abuse and listed offenses (no violent felonies)',
        URL_SFA_SB15,
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        '771.2a(1)–(6) encoded from primary text (copy); (7) from a benchbook quoting it. The "violent felony" list (MCL 791.236, recalled) and SORA listed offenses (MCL 28.722, recalled) behind the offense-table entries were not read: unverified.',
      ),
    ],
    readings: [
      'Exceptions are labelled decide() overrides: stalking ≤ 5 years; aggravated stalking any term ≥ 5 (no maximum); child abuse designated a misdemeanor ≤ 5 years; violent felony ≤ 5 years (from April 1, 2021); SORA listed offense any term ≥ 5 (no maximum).',
      'Several exceptions at once: the longest permission wins; "any term of years" means no maximum.',
      'One offense that is both a violent felony and a listed offense (750.520c, 520e, 520g): no maximum, (7) winning as in every other pair (ownPeriods.violentListedOffense = no_maximum). Alternative, tested: (4) carves out only (2) and (6), not (7), so 5 years is both the cap and the floor: exactly 5 years (a labelled exception "771.2a(4) and (7)"); a listed offense on the term that is not a violent felony keeps no maximum.',
      'Aggravated stalking keeps no maximum under both readings: (4) opens "Except as provided in subsections (2) and (6)".',
      '771.2a(4) was added by 2020 PA 397 (the SFA summary of 2017 SB 15 lists no violent felonies); before it, the general 5-year felony limit gives the same answer.',
      'No lifetime probation for criminal sexual conduct in 771.2a: (7) is "any term of years, but not less than 5", "as otherwise provided by law".',
      'Every 771.2a offense is excluded from early discharge (771.2(2)).',
    ],
    openQuestions: [
      '"Violent felony" in 771.2a: the definition (and whether it is MCL 791.236’s list) decides who keeps 5 years and who is excluded from early discharge; the offense table marks these entries [U]. The usual Michigan list of violent offenses against a person, as a 2019 bill that was not enacted (HB 4337) spells it, names MCL 750.82, 83, 84, 85, 86, 87, 88, 89, 316, 317, 321, 349, 349a, 350, 397, 520b–520e, 520g, 529, 529a and 530: the table lacks 750.85 (torture) and adds 750.411h and 411i (stalking); check both against the definition once read.',
      'SORA listed offenses: confirm the table entries against MCL 28.722.',
      'A violent felony that is also a listed offense: does 771.2a(4) cap it at 5 years although it excepts only (2) and (6)? No case or benchbook note on the point was read; the exactly-5-years alternative is ready.',
    ],
    tests: [test('rules/probation-period.test.ts'), test('rules/early-discharge.test.ts')],
  },
  {
    id: 'us-mi.771-2-early-discharge',
    title: 'Early discharge after half the original probation period',
    citation: 'MCL 771.2(2)–(3); MCR 6.441',
    rules: ['earlyDischarge'],
    effective: {
      from: REFORM,
      selectedBy:
        'the as-of date (the procedure the court applies when it acts): probation ordered before April 1, 2021 may use the 2021 procedure',
    },
    sources: [
      S_771_2,
      S_EFFECTIVE_ENROLLED,
      S_EFFECTIVE,
      S_MCR_6_441,
      source(
        'MCR 6.441(E) (victim hearings)',
        'as amended through May 22, 2024, as summarised in the research file ([P] there); (D) refers to it; not re-read',
        RESEARCH_FILE,
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'MCL 771.2(2)–(3), MCR 6.441(A)–(D) and the effective date encoded from primary text (copies); only the victim-hearing exception of MCR 6.441(E) is from the research file.',
      ),
    ],
    readings: [
      'One early_termination opportunity from the order date (sentenceDate) + ½ of the original period (length, or the stated end date in days, rounded up), the same day the 771.2(1) limit counts from: jail ordered as a condition of probation is part of the probation period (MCL 771.3(2)(a); People v Chamberlain, 136 Mich App 642 (1984)); odd months add 15 days; extensions do not count.',
      'One opportunity, dated at the half-way point (the court may act on the department’s notice then); the reasons give the first day the person may file MC 512 themself.',
      'The 3-month look-back of 771.2(3) counts back from the day of the notice, both ends included; "violated probation" = any violation report not dismissed (a pending one is warned), a new conviction, absconding, or a revocation (a violation found, dated the day of the order where none is recorded).',
      'MCL 771.2 sets no presumption of discharge; the court rule does: MCR 6.441(C)–(D) (review; no denial for fines the person cannot pay despite good-faith efforts; restitution considered; with no timely objection and a favourable review, discharge without a hearing). The reasons cite each subrule.',
      '"All required programming" (MCR 6.441(A)) cannot be seen in the record: from April 1, 2021 it is a criterion of unknown status, assumed met and warned, added only where nothing else excludes the person.',
    ],
    openQuestions: [
      'MCL 771.2(4)–(9): read the current text, above all the hearing and victim-notice subsections; the copy read stops inside (3).',
      'MCR 6.441(E) (which offenses with a victim need a hearing) and the rule’s own effective date: not read.',
    ],
    tests: [test('rules/early-discharge.test.ts'), test('examples.test.ts')],
  },
  {
    id: 'us-mi.771-2-10',
    title: 'Offenses excluded from early discharge',
    citation: 'MCL 771.2(10)',
    rules: ['earlyDischarge'],
    effective: { from: REFORM, selectedBy: 'the as-of date, as for early discharge' },
    sources: [
      S_RECIDIVIZ_ED,
      source(
        'MCL 771.2(2) ("Except as provided in subsection (10), section 2a of this chapter, and section 36 of chapter VIII")',
        'current text: confirms that a subsection (10) exception exists, not what it lists',
        URL_771_2,
      ),
    ],
    reviews: [engineeringReview(READ, 'unverified', 'The text of 771.2(10) was not read (secondary only).')],
    readings: [
      'Domestic-violence offenses are read onto the list from secondary sources (earlyDischarge.domesticViolenceExcluded; alternative false); a bare MCL 750.81 is treated as simple assault with a warning.',
      'Where the encoding differs from Michigan DOC practice as encoded by Recidiviz (not changed, the statute being unread): a bare 750.81 is read as simple assault (DOC: all of 750.81 excluded); 750.81a(2)/(3) are excluded as domestic violence (DOC: 750.81a not listed); every violent felony is excluded through section 2a (DOC: of the violent felonies, only 750.84 and the stalking offenses); felony 750.136b is not excluded, 771.2a(3) covering only the misdemeanor (DOC: all of 750.136b).',
    ],
    openQuestions: [
      'Read the current text of the 771.2(10) list of offenses excluded from early discharge; it decides the four differences from DOC practice listed under readings.',
    ],
    tests: [test('rules/early-discharge.test.ts')],
  },
  {
    id: 'us-mi.771-4b',
    title: 'Jail limits for technical probation violations',
    citation: 'MCL 771.4b(1), (3), (5), (9)(a)',
    rules: ['technicalViolationLimit'],
    effective: {
      from: REFORM,
      selectedBy: 'the as-of date (the next sanction is imposed after it); no limit before April 1, 2021 (the 2017 version is not encoded)',
    },
    sources: [
      source('MCL 771.4b(1), (2), (3), (5)', 'current text, as amended by 2020 PA 397', URL_771_4B),
      S_MJI('MCL 771.4b(1), (3), (5)', 'quoted in the MJI Criminal Proceedings Benchbook vol. 3 § 2.11'),
      S_MJI('MCL 771.4b(9)(a) ("absconding": 60 days)', 'current text quoted in the MJI Criminal Proceedings Benchbook glossary'),
      S_MJI('MCL 771.4b(7) (summons or order to show cause presumed)', 'quoted in the MJI Criminal Proceedings Benchbook vol. 3 § 2.2'),
      source(
        'MCR 6.445(A)',
        'as amended through April 11, 2024 (casetext copy), recorded as corroboration of 771.4b(7): summons rather than bench warrant for a technical violation unless the court states a reason (immediate danger, left inpatient treatment, failed to appear on a summons); not encoded',
        'https://casetext.com/rule/michigan-court-rules/michigan-court-rules/chapter-6-criminal-procedure/subchapter-6400-trials/rule-6445-probation-violation-and-revocation',
        'secondary',
      ),
      source(
        'MCL 771.4b (2017 PA 9)',
        'House Fiscal Agency analysis 2017-HLA-0013: not more than 30 days per technical violation, up to 90 awaiting a treatment bed, not for anyone with 3 or more technical violations; effective 90 days after enactment',
        URL_HFA_2017,
        'secondary',
      ),
      S_LAWSERVER('"Technical probation violation" (MCL 771.4b definitions)', 'definition and its exclusions'),
      source(
        '"Technical probation violation" exclusions',
        'practitioner post (no-contact order, new law violation, alcohol on felony OWI probation, absconding)',
        URL_WILLEY,
        'secondary',
      ),
      S_EFFECTIVE_ENROLLED,
      S_EFFECTIVE,
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The table in (1) and (3), (5), and the effective date, are encoded from primary text; (9)(a) and the definition of a technical violation from secondary sources quoting the statute.',
      ),
    ],
    readings: [
      'violationNumber = 1 + sustained technical violations on the term; the same episodeId is one transaction (771.4b(5)); violations without an episodeId count one each, except those of one day, read as one transaction with a warning (parameter sanction.sameDaySameTransaction).',
      'new_offense, absconding, dismissed, pending and no_contact reports are not counted. A violation recorded as absconding counts as a technical one (a failure to report) where the absence behind it (running on its day, or ended at most 30 days before) lasted fewer than 60 days in a row; an absence long over says nothing of it.',
      'Violations before April 1, 2021 count (sanction.countViolationsBeforeReform; alternative false).',
      'The reasons mention the 45-day treatment-bed allowance (771.4b(3)) where the table limit is shorter (not on a third felony violation, already 45 days, nor from the fourth), and that absconding (60 days, 771.4b(9)(a)) is not a technical violation.',
      'Not encoded: 771.4b(7), a rebuttable presumption that the court issues a summons or an order to show cause, not an arrest warrant, for a technical violation (see also MCR 6.445(A)); nothing in the record decides it.',
      '"Misdemeanor" / "felony" is the conviction the probation is for (MCL 761.1).',
    ],
    openQuestions: [
      '2017 PA 9 version of 771.4b (30 days per technical violation, up to 90 awaiting a treatment bed, not for anyone with 3 or more technical violations, per the House Fiscal Agency analysis, secondary): read it and, if it limits sanctions, encode it as earlier values. In force about June 28, 2017 if it took effect 90 days after its signing on March 30, 2017 (both secondary).',
    ],
    tests: [test('rules/technical-violation-limit.test.ts'), test('examples.test.ts')],
  },
];
