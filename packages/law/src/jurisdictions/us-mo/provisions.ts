/**
 * Missouri (US-MO): the review record of every provision the rules encode, built from README.md in
 * this folder and the comments at the top of each rule file. Every source was read on 2026-11-30. The
 * reviews are encoding checks by engineering, not legal review.
 */
import { engineeringReview, sourceReadOn, testFilesIn, type ProvisionRecord } from '../../engine/provisions.ts';

const READ = '2026-11-30';

const JUSTIA_217_703 = 'https://law.justia.com/codes/missouri/title-xiii/chapter-217/section-217-703/';
const JUSTIA_559_036 = 'https://law.justia.com/codes/missouri/title-xxxviii/chapter-559/section-559-036/';
/** The GitHub mirror of the Justia copy that the README names (repository only; the file is in the version). */
const MIRROR = 'https://github.com/saint1415/us-statutes';
const MIRROR_217 = 'data/states/missouri/content/title-title-xiii/chapter-chapter-217.json';
const MIRROR_559 = 'data/states/missouri/content/title-title-xxxviii/chapter-chapter-559.json';
const RESEARCH_FILE = 'docs/research/us-mo.md';

const source = sourceReadOn(READ);
const test = testFilesIn('packages/law/src/jurisdictions/us-mo');

const S_217_703 = source(
  'RSMo § 217.703.1–.12',
  `current text, history "L. 2012 H.B. 1525, A.L. 2013 H.B. 215, A.L. 2014 S.B. 491, A.L. 2014 H.B. 1371, A.L. 2018 H.B. 1355, A.L. 2018 1st Ex. Sess. H.B. 2, A.L. 2022 S.B. 775, et al." (Justia copy, mirrored in saint1415/us-statutes ${MIRROR_217}; the same copy shows 2024 amendments to other sections, none to § 217.703)`,
  JUSTIA_217_703,
);
const S_559_036 = source(
  'RSMo § 559.036.1–.9',
  `current text, history "… A.L. 2012 H.B. 1525 … A.L. 2022 S.B. 775, et al." (Justia copy, mirrored in saint1415/us-statutes ${MIRROR_559}); 2012–2022 text not read`,
  JUSTIA_559_036,
);

const MIRROR_566 = 'data/states/missouri/content/title-title-xxxviii/chapter-chapter-566.json';
const MIRROR_589 = 'data/states/missouri/content/title-title-xxxviii/chapter-chapter-589.json';
const S_217_703_2018 = source(
  'RSMo § 217.703.1, .2(1)–(4) (version effective 2018-12-18)',
  'Revisor of Missouri, version effective 18 Dec 2018 (the stored copy breaks off at 2(5)); these parts read word for word as the current text',
  'http://revisor.mo.gov/main/OneSection.aspx?section=217.703&bid=36174&hl=',
);
const S_589_015 = source(
  'RSMo § 589.015(2) ("sexual assault")',
  `current text, history "… A.L. 2013 H.B. 215, A.L. 2014 S.B. 491", effective 2017-01-01 (Justia copy, mirrored in saint1415/us-statutes ${MIRROR_589})`,
  'https://law.justia.com/codes/missouri/title-xxxviii/chapter-589/section-589-015/',
);
const S_566 = source(
  'RSMo §§ 566.031, .034, .061, .064, .069, .071, .083, .093, .101 (offense classes)',
  `current texts, effective 2017-01-01 (Justia copy, mirrored in saint1415/us-statutes ${MIRROR_566})`,
  MIRROR,
);
const S_DOC_2991 = source(
  'Missouri DOC, "Who is eligible for Earned Compliance Credit consideration?"',
  'DOC web page (FAQ list of excluded offenses, with "sentenced on or after 1-1-2017" marks)',
  'https://doc.mo.gov/node/2991',
  'secondary',
);
const S_559_105 = source(
  'RSMo § 559.105.1–.4 (restitution; no release from probation or parole until paid)',
  `current text, history "L. 2005 H.B. 353, A.L. 2013 H.B. 215, A.L. 2021 S.B. 26" (Justia copy, mirrored in saint1415/us-statutes ${MIRROR_559})`,
  'https://law.justia.com/codes/missouri/title-xxxviii/chapter-559/section-559-105/',
);
const S_559_105_2013 = source(
  'RSMo § 559.105.1–.4 (version effective 2013-08-28)',
  'Revisor of Missouri, version effective 28 Aug 2013; subsection 2 word for word as now (subsection 3 then said "board of probation and parole")',
  'https://revisor.mo.gov/main/OneSection.aspx?section=559.105&bid=29111',
);
const S_HILLMAN = source(
  'State ex rel. Hillman v. Beger; State ex rel. Long v. Copeland, 566 S.W.3d 600 (Mo. banc 2019)',
  'opinion of Feb. 13, 2019, opening paragraphs only ("section 559.105.2 takes precedence over section 217.703.7"); the rest of the opinion was not stored',
  'https://law.justia.com/cases/missouri/supreme-court/2019/sc97171.html',
);
const S_HILLMAN_SUMMARY = source(
  'Hillman v. Beger (2019), summaries',
  'Justia opinion summary (credits accrue under § 217.703.3 but cannot discharge until restitution is paid; says both probationers owed restitution) and Missouri Lawyers Media, Feb. 20, 2019 (says Long owed $346 in court costs)',
  'https://molawyersmedia.com/2019/02/20/supreme-court-says-no-early-release-until-restitution-is-paid/',
  'secondary',
);
const S_JONAS = source(
  'State ex rel. Jonas v. Minor, 602 S.W.3d 189 (Mo. banc 2020)',
  'opinion of June 30, 2020, opening paragraphs only (discharge due under § 217.703.7 once restitution was paid; the court could no longer revoke)',
  'https://e.casetext.com/case/state-ex-rel-jonas-v-minor',
);
const S_JONAS_SUMMARY = source(
  'Jonas v. Minor (2020), summary',
  "case summary (the division's failure to give timely notice did not affect the entitlement to discharge)",
  'https://www.studicata.com/summaries/supreme-court-of-missouri/state-ex-rel-jonas-v-minor-2020-35sca8',
  'secondary',
);

const S_559_016 = source(
  'RSMo § 559.016.1, .3 (terms of probation; total time including any extension)',
  'text before 2012 H.B. 1525 (laws9.com copy, history through A.L. 2005 H.B. 353) and after it (getpocketlaw.com copy, "Effective - 28 Aug 2012"); subsection 3 reads the same in both',
  'https://law.justia.com/codes/missouri/title-xxxviii/chapter-559/section-559-016/',
);
const READ_559_016 = '2026-12-01';

export const usMoProvisions: ProvisionRecord[] = [
  {
    id: 'us-mo.probation-term-limit',
    title: 'Total time on probation, extensions included',
    citation: 'RSMo § 559.016.1, .3; § 559.036.2',
    rules: ['probationTermLimit'],
    effective: {
      from: '2005-08-28',
      selectedBy: 'the sentence date (the text read carries the 2005 amendment; earlier texts were not read)',
    },
    sources: [S_559_016, S_559_036],
    reviews: [engineeringReview(READ_559_016, 'encoded from primary text')],
    readings: [
      'Counted from the start date (the day probation began; "a term of probation commences on the day it is imposed"): felony 5 years, misdemeanor 2 years, + 1 year once a violation is sustained on the term.',
      'Reported only where the term as it stands, extensions applied, runs past the limit: statutoryMaxEndDate and a term_cap opportunity.',
      'Lifetime supervision (§ 559.106) gets no limit; a probation recorded as lifetime for offenses none of which is tagged sex_registration (§ 559.106 reaches only the sex offenses it lists) is read as a § 559.016 probation, limited and earning credits, with a warning. The "no more than one extension" rule is not applied (every extension is): a second extension with no violation admitted or found on or before it is warned of.',
      'A probation recorded to follow another Missouri probation (consecutiveTo) and to start after its sentence date is warned of, with the end it would have from its imposition (§ 559.036.1: "shall run concurrently"); its dates stay the record\'s.',
    ],
    openQuestions: ['Whether a later start than the sentence date (shock incarceration) moves the day the total time begins.'],
    tests: [test('rules/probation-term-limit.test.ts')],
  },
  {
    id: 'us-mo.ecc-eligibility',
    title: 'Earned compliance credits: who earns them',
    citation: 'RSMo § 217.703.1, .2, .11',
    rules: ['eccEligibility'],
    effective: {
      from: '2012-08-28',
      selectedBy:
        'the sentence date for the eligible felony classes (subsection 11: C/D before 2017-01-01, D/E from then on; a sentence before 2012-08-28 uses the first version); the as-of date for whether the law exists at all',
    },
    sources: [
      S_217_703,
      S_217_703_2018,
      S_589_015,
      S_566,
      S_DOC_2991,
      source(
        'RSMo § 559.106 (lifetime supervision)',
        `current text (context for § 217.703.1(1)); mirrored in saint1415/us-statutes ${MIRROR_559}`,
        MIRROR,
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The current text is encoded from primary text, with the § 589.015 definition it refers to. The 2012–2017 texts of § 217.703 were not read: the pre-2017 classes "C or D" rest on the Senate summary of SB 699 (2012), and the pre-2017 standing of statutory rape and sodomy 2nd on DOC\'s list, both secondary.',
      ),
    ],
    readings: [
      'A term with several offenses earns only if every offense qualifies: one excluded count keeps the whole term running.',
      'The class list is selected by the sentence date; a pre-2017 sentence recorded with class E (the current class for old class D) is treated as eligible.',
      'Subsection 1(2) excludes "offenses defined as sexual assault under section 589.015"; § 589.015(2)(a) names statutory rape and sodomy 2nd (§§ 566.034, 566.064, class D), child molestation 4th (§ 566.071, class E) and sexual abuse 2nd (§ 566.101, class E when aggravated), among others. They never earn for a sentence on or after 2017-01-01 (as DOC lists them). For an earlier sentence statutory rape and sodomy 2nd stand under subsection 2 (the court may find the person ineligible), and sexual abuse 2nd is decided by the class test alone (offense-table fact ecc: excluded_from_2017).',
      'A credits_ineligible order is the finding of subsection 2 or 5(2): no credits stand and none are earned (opportunity ineligible, no almost).',
      'A felony with no class in the record, outside the drug chapters, is treated as not (yet) eligible and reported as a missing fact.',
    ],
    openQuestions: [
      'The 2012 text of § 217.703.1(2) (class C or D felony; which sections excluded) was not read; the current exclusion list is encoded for all dates.',
      'Whether the pre-2017 § 217.703.1(2) also referred to § 589.015 (and so excluded statutory rape/sodomy 2nd or sexual abuse for sentences before 2017); DOC marks their exclusion "sentenced on or after 1-1-2017".',
      'Attempts: § 589.015(2)(a) includes attempts to commit the listed offenses; the table cannot tell an attempt from the record (a § 564.011 citation) and does not exclude it.',
      'What 2022 S.B. 775 changed: subsections 1 and 2(1)–(4) read the same in the version effective 2018-12-18 and now; the rest of the 2018 text was not stored.',
      'Registration tags on chapter 566 entries rest on § 589.414 without re-reading it for this table.',
    ],
    tests: [test('rules/ecc-eligibility.test.ts'), test('offense-table.test.ts')],
  },
  {
    id: 'us-mo.ecc-credits',
    title: 'Earned compliance credits: earning, months lost, rescission',
    citation: 'RSMo § 217.703.3–.6',
    rules: ['earnedComplianceCredits'],
    effective: {
      from: '2012-08-28',
      selectedBy: 'the credit rate is read for each month on its first day; whether the law is in force is read on the as-of date',
    },
    sources: [
      S_217_703,
      source(
        'Missouri DOC posting practice',
        'DOC web pages as summarised in the research file (first award 1 Oct 2012 for Sept 2012; first full month earns, posting on the 1st of the next month)',
        RESEARCH_FILE,
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The statute is encoded from primary text; the posting calendar follows DOC practice known from secondary sources.',
      ),
    ],
    readings: [
      'The first full month earns, its credit posting on the 1st of the next month (parameter ecc.firstFullMonthEarns; alternative: a waiting month).',
      'No month before September 2012 earns; as of a date before 2012-08-28 there are no credits.',
      'A month earns nothing if a violation report of any status (even later dismissed) is dated in it, or any custody or absconding touches it; open custody or absconding on the as-of date is taken to end that day. A jail sanction with a length and no custody recorded for it is not made custody (when it was served is not known); where its days, counted from the violation, would reach a later month, a warning says that month earns nothing.',
      'A pending report (status reported) suspends credits pending a hearing; the projection assumes the person is continued, so suspended credits count, with a warning.',
      'A revocation order later followed by reinstatement rescinds every credit posted on or before it; earning resumes on the 1st of the month after reinstatement (parameter ecc.reinstatementResume).',
      'A sustained violation with a prison sanction on a probation term is read as the § 559.036.4 program placement: same rescission, earning resumes the 1st of the month after violation date + sanction days (120 if not given, with a warning); on parole such a sanction without a revocation order does not rescind.',
      'Months after the as-of date are projected as compliant.',
    ],
    openQuestions: [
      'What 2022 S.B. 775 (and the 2013, 2014 and 2018 acts) changed in subsections 3–12: only subsections 1 and 2(1)–(4) of an earlier version (effective 2018-12-18) were read, and they match the current text.',
      'Whether a violation report later found not to have occurred should cost its month (the text reads yes).',
      'Prosecutors’ motions, citations, court suspension (§ 559.036.7) and treatment-court entry (§ 217.703.12) are not in the record format.',
    ],
    tests: [test('rules/ecc-credits.test.ts')],
  },
  {
    id: 'us-mo.ecc-discharge',
    title: 'Earned discharge when credits satisfy the term',
    citation: 'RSMo § 217.703.7, .10; § 559.105.2',
    rules: ['earnedDischarge'],
    effective: { from: '2012-08-28', selectedBy: 'the as-of date (the law in force when the discharge falls due)' },
    sources: [
      S_217_703,
      S_559_105,
      S_559_105_2013,
      S_HILLMAN,
      S_HILLMAN_SUMMARY,
      S_JONAS,
      S_JONAS_SUMMARY,
      source(
        'Missouri DOC practice',
        'DOC web pages as summarised in the research file (absconder time not counted toward two years; 60–120-day Final Case Summary)',
        RESEARCH_FILE,
        'secondary',
      ),
      source(
        'Missouri DOC, "What else do I need to know about ECC?"',
        'DOC web page ("abscond time is not included in the calculation of the 24 months")',
        'https://doc.mo.gov/node/3011',
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The statute, § 559.105 and the openings of Hillman (2019) and Jonas (2020) are primary; the absconding reading rests on DOC pages.',
      ),
    ],
    readings: [
      'The term is satisfied on the first day on which days served plus credits posted reach scheduled end − start (the scheduled end includes extension orders); custody does not stop the term running.',
      'The two years run from the start, 24 calendar months, custody included; each day as an absconder before that date moves it a day later (DOC reading; parameter ecc.abscondingCountsTowardMinimum, alternative tested).',
      'Restitution unpaid on the as-of date: no dischargeByLaw, projected end = scheduled end, opportunity ineligible with almost (dateIfResolved = the later of the credits date, the two-year date and the as-of date); paid in full on day P: discharge not before P.',
      'Restitution owed: the reasons say that the court must extend probation to the maximum term if restitution is not paid within the original term (§ 559.105.2), and that the parole board may not release from parole before payment or the maximum term (§ 559.105.3); explained only, the scheduled end moves only with a recorded order.',
      'The 60-day notice is explained but does not move the date (Jonas summary [S]: late notice did not affect the entitlement).',
      'The discharge is mandatory ("shall"), so it is a dischargeByLaw.',
      'A revocation or credits_ineligible finding dated after that discharge is left out (Jonas), unless a violation report made on or before the discharge day still held the credits (§ 217.703.5, "suspended pending the outcome of a hearing"): the latest report not dismissed, with no sanction recorded (a sanction shows the hearing decided it and continued the person), and no later report between the discharge and the order (the order then rests on that later conduct).',
    ],
    openQuestions: [
      'Whether absconder time counts toward the two years (DOC says no; the statute is silent).',
      'Court costs as a discharge gate: the news report of Hillman (2019) says Long owed $346 in court costs, the Justia summary says restitution; the full opinion was not read.',
      'When the words "so long as the offender has completed restitution" entered § 217.703.7 (Hillman treated the two sections as conflicting, which suggests later); the gate is the same either way because of § 559.105.2–.3.',
    ],
    tests: [test('rules/ecc-discharge.test.ts')],
  },
  {
    id: 'us-mo.court-early-discharge',
    title: 'Court may end probation early at any time',
    citation: 'RSMo § 559.036.2',
    rules: ['courtEarlyDischarge'],
    effective: {
      from: '2022-08-28',
      selectedBy:
        'the power is applied on every date (in substance since L. 1977 S.B. 60, per the rule file); from is the date of the version read (as amended by 2022 S.B. 775), earlier texts of § 559.036 were not read; the restitution bar of § 559.105.2 by the as-of date (parameter probation.restitutionBarsEarlyTermination, from 2005-08-28)',
    },
    sources: [S_559_036, S_559_105, S_559_105_2013, S_HILLMAN],
    reviews: [engineeringReview(READ, 'encoded from primary text')],
    readings: [
      'A discretionary power with no waiting period: an early_termination opportunity open from the start date, for probation terms only, never a projected end.',
      '§ 559.105.2 ("No person ordered by the court to pay restitution … shall be released from probation until such restitution is complete") covers this release too: with restitution ordered the opportunity opens on the day it is paid in full, and is "almost" while it is owed (parameter probation.restitutionBarsEarlyTermination; the other reading tested).',
    ],
    openQuestions: [
      'No case applying § 559.105.2 to an early termination under § 559.036.2 was read; Hillman (2019) applied it to the credits discharge.',
    ],
    tests: [test('rules/cods-sanction-limit.test.ts'), test('rules/ecc-eligibility.test.ts')],
  },
  {
    id: 'us-mo.revocation-after-expiry',
    title: 'A violation reported before the end of probation may still be heard after it',
    citation: 'RSMo § 559.036.8',
    rules: ['revocationAfterExpiry'],
    effective: { from: '2022-08-28', selectedBy: 'the version read (as amended by 2022 S.B. 775); earlier texts of subsection 8 not read' },
    sources: [S_559_036],
    reviews: [engineeringReview('2026-12-02', 'encoded from primary text')],
    readings: [
      'The record cannot show the court’s intent to hold a hearing or its efforts, so nothing is decided: a warning only, where the probation’s end (scheduled, capped or discharged by credits) is behind the as-of date and a violation report dated on or before it has no recorded outcome (status reported). The end date stands.',
    ],
    openQuestions: [
      'Whether a report held pending beyond the end suspends the projected end for the department’s purposes (it does not, here).',
    ],
    tests: [test('rules/revocation-after-expiry.test.ts')],
  },
  {
    id: 'us-mo.cods-sanction-limit',
    title: 'The 120-day program in place of revocation (limit on confinement for a technical violation)',
    citation: 'RSMo § 559.036.4, .9; § 217.718.2 (explanation only)',
    rules: ['violationSanctionLimit'],
    effective: {
      from: '2012-08-28',
      selectedBy:
        'the as-of date (the limit in force now governs a violation that has not happened yet); the eligible felony classes by the sentence date (subsection 9)',
    },
    sources: [
      S_559_036,
      source(
        'RSMo § 217.718 (officer-ordered detention)',
        `current text, L. 2012 H.B. 1525; mirrored in saint1415/us-statutes ${MIRROR_217}; used for the parole explanation only`,
        MIRROR,
      ),
      source(
        'RSMo § 559.036.4 (2012–2022)',
        'the court-ordered detention sanction (CODS) of 120 days created in 2012, per DOC as summarised in the research file',
        RESEARCH_FILE,
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The current text is encoded from primary text; for 2012-08-28 to 2022-08-27 the same 120-day limit and conditions are assumed (text not read).',
      ),
    ],
    readings: [
      'For a probation term whose offenses are all class D/E (C/D pre-2017) or drug-chapter offenses, with no earlier program placement on the term, the next technical violation has maxConfinementDays 120; the reasons give the conditions (not for absconding, new arrest/offense, weapons or stay-away conditions; not if the person consents to revocation; waiting time before the department receives the person does not count).',
      'After a placement, or for parole/conditional release, or for ineligible offenses, sanctionLimit is null (no statutory limit).',
      'violationNumber = 1 + earlier non-dismissed technical violation episodes on the term; the statute counts placements, which the reasons explain.',
      '§ 217.718 (officer detention: 48 hours the first time, 360 hours a calendar year) is explained for parole but is not a cap on the board.',
    ],
    openQuestions: [
      'The text of § 559.036.4 between 2012 and 2022 was not read: was the 120-day sanction the same limit with the same conditions?',
    ],
    tests: [test('rules/cods-sanction-limit.test.ts')],
  },
];
