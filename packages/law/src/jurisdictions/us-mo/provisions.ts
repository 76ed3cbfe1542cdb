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
  `current text, history "L. 2012 H.B. 1525 … A.L. 2022 S.B. 775, et al." (Justia copy, mirrored in saint1415/us-statutes ${MIRROR_217})`,
  JUSTIA_217_703,
);
const S_559_036 = source(
  'RSMo § 559.036.1–.9',
  `current text, history "… A.L. 2012 H.B. 1525 … A.L. 2022 S.B. 775, et al." (Justia copy, mirrored in saint1415/us-statutes ${MIRROR_559}); 2012–2022 text not read`,
  JUSTIA_559_036,
);

export const usMoProvisions: ProvisionRecord[] = [
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
        'The current text is encoded from primary text. The 2012–2018 texts of § 217.703 were not read: the pre-2017 classes "C or D" rest on the Senate summary of SB 699 (2012), a secondary source whose address the README does not record.',
      ),
    ],
    readings: [
      'A term with several offenses earns only if every offense qualifies: one excluded count keeps the whole term running.',
      'The class list is selected by the sentence date; a pre-2017 sentence recorded with class E (the current class for old class D) is treated as eligible.',
      'Statutory rape and sodomy 2nd (§§ 566.034, 566.064) are encoded as the statute has them (subsection 2, discretionary finding), not as DOC’s FAQ (always excluded).',
      'A credits_ineligible order is the finding of subsection 2 or 5(2): no credits stand and none are earned (opportunity ineligible, no almost).',
      'A felony with no class in the record, outside the drug chapters, is treated as not (yet) eligible and reported as a missing fact.',
    ],
    openQuestions: [
      'The 2012 text of § 217.703.1(2) (class C or D felony; which sections excluded) was not read; the current exclusion list is encoded for all dates.',
      'DOC’s treatment of statutory rape/sodomy 2nd as always excluded.',
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
      'A month earns nothing if a violation report of any status (even later dismissed) is dated in it, or any custody or absconding touches it; open custody or absconding on the as-of date is taken to end that day.',
      'A pending report (status reported) suspends credits pending a hearing; the projection assumes the person is continued, so suspended credits count, with a warning.',
      'A revocation order later followed by reinstatement rescinds every credit posted on or before it; earning resumes on the 1st of the month after reinstatement (parameter ecc.reinstatementResume).',
      'A sustained violation with a prison sanction on a probation term is read as the § 559.036.4 program placement: same rescission, earning resumes the 1st of the month after violation date + sanction days (120 if not given, with a warning); on parole such a sanction without a revocation order does not rescind.',
      'Months after the as-of date are projected as compliant.',
    ],
    openQuestions: [
      'What 2022 S.B. 775 changed in § 217.703.',
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
      source('RSMo § 559.105.2 (restitution before release)', `current text; mirrored in saint1415/us-statutes ${MIRROR_559}`, MIRROR),
      source(
        'Missouri DOC practice',
        'DOC web pages as summarised in the research file (absconder time not counted toward two years; 60–120-day Final Case Summary)',
        RESEARCH_FILE,
        'secondary',
      ),
      source(
        'Mo. Sup. Ct., 13 Feb 2019 (Pallai; Long)',
        'news report, as summarised in the research file (credits accrue while restitution unpaid; discharge waits)',
        RESEARCH_FILE,
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The statute is encoded from primary text; the absconding reading and the restitution harmonisation rest on secondary sources.',
      ),
    ],
    readings: [
      'The term is satisfied on the first day on which days served plus credits posted reach scheduled end − start (the scheduled end includes extension orders); custody does not stop the term running.',
      'The two years run from the start, 24 calendar months, custody included; each day as an absconder before that date moves it a day later (DOC reading; parameter ecc.abscondingCountsTowardMinimum, alternative tested).',
      'Restitution unpaid on the as-of date: no dischargeByLaw, projected end = scheduled end, opportunity ineligible with almost (dateIfResolved = the later of the credits date, the two-year date and the as-of date); paid in full on day P: discharge not before P.',
      'The 60-day notice is explained but does not move the date.',
      'The discharge is mandatory ("shall"), so it is a dischargeByLaw.',
    ],
    openQuestions: [
      'Whether absconder time counts toward the two years (DOC says no; the statute is silent).',
      'Court costs as a discharge gate (2019 cases, Pallai and Long).',
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
        'none: the rule applies the power on every date (in substance since L. 1977 S.B. 60, per the rule file); from is the date of the version read (as amended by 2022 S.B. 775); earlier texts were not read',
    },
    sources: [S_559_036],
    reviews: [engineeringReview(READ, 'encoded from primary text')],
    readings: [
      'A discretionary power with no waiting period: an early_termination opportunity open from the start date, for probation terms only, never a projected end.',
    ],
    openQuestions: [],
    tests: [test('rules/cods-sanction-limit.test.ts'), test('rules/ecc-eligibility.test.ts')],
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
