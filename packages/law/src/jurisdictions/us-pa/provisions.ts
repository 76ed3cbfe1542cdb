/**
 * Pennsylvania (US-PA): the review record of every provision the rules encode, built from README.md in
 * this folder and the comments at the top of each rule file. Every source was read on 2026-11-30. The
 * reviews are encoding checks by engineering, not legal review.
 */
import { engineeringReview, sourceReadOn, testFilesIn, type ProvisionRecord } from '../../engine/provisions.ts';

const READ = '2026-11-30';
const EFFECTIVE = '2024-06-11';

const URL_9774_1 = 'https://law.justia.com/codes/pennsylvania/title-42/chapter-97/section-9774-1/';
const URL_9771 = 'https://law.justia.com/codes/pennsylvania/title-42/chapter-97/section-9771/';
const URL_9754 = 'https://law.justia.com/codes/pennsylvania/title-42/chapter-97/section-9754/';
const URL_1103 = 'https://law.justia.com/codes/pennsylvania/title-18/chapter-11/section-1103/';
const URL_9714 = 'https://law.justia.com/codes/pennsylvania/title-42/chapter-97/section-9714/';
const URL_9799_14 = 'https://law.justia.com/codes/pennsylvania/title-42/chapter-97/section-9799-14/';
const URL_SECTION_7 = 'https://lexace.ai/us/statute/pennsylvania/42-Appx-2023-DECEMBER-14-P-L-381-NO-44-7';
/** The GitHub mirror of the Justia copy that the README names (repository only; the file is in the version). */
const MIRROR = 'https://github.com/saint1415/us-statutes';
const MIRRORED = 'mirrored verbatim in saint1415/us-statutes data/states/pennsylvania/content/title-title-42/chapter-chapter-97.json';

const source = sourceReadOn(READ);
const test = testFilesIn('packages/law/src/jurisdictions/us-pa');

const S_9774_1 = source(
  '42 Pa.C.S. § 9774.1(a)–(k)',
  `as added by Act 2023-44; credit line "Dec. 14, 2023, P.L.381, No.44, eff. 180 days" (Justia copy, ${MIRRORED})`,
  URL_9774_1,
);
const S_9771 = source('42 Pa.C.S. § 9771(a)–(d)', `as amended by Act 2019-115 and Act 2023-44 (Justia copy, ${MIRRORED})`, URL_9771);
/** The Legislative Reference Bureau's notes under §§ 9763, 9771 and 9774.1: editorial, so secondary. */
const S_LRB_NOTES = source(
  'LRB "2023 Amendment" notes to 42 Pa.C.S. §§ 9763, 9771, 9774.1',
  `notes printed after the credit lines (Justia copy, ${MIRRORED}): they paraphrase Section 6 of Act 44 and point to "sections 5 and 7" (§§ 9763, 9771) and "sections 5, 7 and 8" (§ 9774.1) in the appendix to Title 42 "for special provisions relating to applicability" (and, for § 9774.1, "sentencing"); the sections themselves are not in that copy`,
  URL_9771,
  'secondary',
);

export const usPaProvisions: ProvisionRecord[] = [
  {
    id: 'us-pa.act-44-scope',
    title: 'Act 44 of 2023: effective date and which part governs a term',
    citation: 'Act of Dec. 14, 2023, P.L. 381, No. 44 (SB 838), "eff. 180 days"; 1 Pa.C.S. § 1908',
    rules: ['act44Scope'],
    effective: {
      from: EFFECTIVE,
      selectedBy:
        'the sentence date (on or after 2024-06-11: § 9774.1; before: Section 7); the as-of date decides whether the Act exists yet',
    },
    sources: [S_9774_1, S_9771, S_LRB_NOTES],
    reviews: [
      engineeringReview(
        READ,
        'unverified',
        'The effective date (Dec. 14, 2023 + 180 days = June 11, 2024) is computed from the primary credit lines of §§ 9763, 9771 and 9774.1 ("eff. 180 days"); the Act’s own effective-date section was not read. The LRB notes say Sections 5 and 7 hold the special applicability provisions for §§ 9763 and 9771, and Sections 5, 7 and 8 ("applicability and sentencing") for § 9774.1. Sections 5 and 8 were not found in any readable copy (searched again 2026-11-30), so the split by sentence date rests on Section 7’s "sentenced or resentenced prior to the effective date".',
      ),
    ],
    readings: [
      'No earned credits and no statutory maximum are set: statutoryMaxEndDate is null, earnedCreditDays is 0, and the projected end is the scheduled end.',
      '42 Pa.C.S. § 9754(a) (the term a court may impose is limited to the maximum term of confinement) binds the sentencing court and is not encoded as a cap; a warning names an apparent excess (see us-pa.9754-a).',
      'Parole (61 Pa.C.S.) is not encoded: parole terms get an explanation and nothing else.',
    ],
    openQuestions: [
      'Section 5 of Act 44 (applicability; the LRB notes tie it to §§ 9763, 9771 and 9774.1): which sentences § 9774.1 and the § 9771(c) limits reach (sentence date? revocation date?). Not read.',
      'Section 8 of Act 44: the § 9774.1 note groups it with Section 5 under "applicability and sentencing" (so it is probably not the effective-date section, as earlier notes here assumed). Not read.',
    ],
    tests: [test('rules/probation-review-conference.test.ts')],
  },
  {
    id: 'us-pa.9774-1',
    title: 'Probation review conference',
    citation: '42 Pa.C.S. § 9774.1(a)–(i)',
    rules: ['probationReviewConference'],
    effective: {
      from: EFFECTIVE,
      selectedBy:
        'the sentence date (sentences on or after 2024-06-11; every number is read on it); the Act must also be in force on the as-of date',
    },
    sources: [
      S_9774_1,
      source(
        '42 Pa.C.S. § 9714(g) (crime of violence)',
        `as amended through Act 2022-99 (Justia copy, ${MIRRORED}); offense table`,
        URL_9714,
      ),
      source(
        '42 Pa.C.S. § 9799.14 (Subchapter H tiers)',
        `as amended through Act 2024-16 (Justia copy, ${MIRRORED}); offense table`,
        URL_9799_14,
      ),
      source(
        '42 Pa.C.S. § 9799.55 (Subchapter I)',
        `through Act 2021-59 (${MIRRORED}); its list mostly overlaps the § 9799.14 entries; not listed entry by entry`,
        MIRROR,
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'encoded from primary text',
        'Re-checked 2026-11-30 subsection by subsection against the Justia copy of § 9774.1(a)–(k) (24/48 months or 50%, the 12-month floor, the 6-month credits, the 60-day and 30-day deadlines, the (g) bars and the (g)(2) six-month delay, the (h) 50% threshold, the (i) exclusions): no difference found. The research file’s worked examples 1, 2 and 5 (a secondary source) are test cases; the encoding rests on the statute.',
      ),
    ],
    readings: [
      'An odd number of months is halved as months + 15 days (prc.oddMonthHalfDays = 15; alternatives 0 or 16 days).',
      '"Completing N years of probation" counts from the probation start date; the (b)(5) floor counts from the sentencing date, as its text says.',
      'Custody or absconding inside the term is not subtracted: it still counts as "completed" probation; the tolling limit warns.',
      '(b)(3) consecutive sentences: US-PA probation terms linked by consecutiveTo count together (rules/consecutive-probation.ts): 2 or 4 years from the start of the first, or 50% of the summed terms as imposed from the same start, whichever is sooner; any felony → 4 years ((ii)); all misdemeanors → 2 years from one episode ((i)), 4 years from separate episodes ((iii)); offense dates all the same → one episode, all known and different → separate, any missing → one episode assumed, with a warning; the (b)(5) floor counts from the earliest sentence date in the chain.',
      "(b)(4) State parole applies only when consecutiveTo names a US-PA parole term of the same person, assumed to be State parole with a warning; any violation not dismissed in its final 12 months removes the credit; an unfinished parole is assumed compliant, with a warning. The credit never moves the review before the probation begins (a conference reviews probation being served); the text itself sets no floor but (b)(5)'s.",
      '(b)(4) and (c) stack; then the (b)(5) floor.',
      'An achievement counts only if earned while serving this probation; with k achievements the date is max((b) date − 6k months, the k-th achievement’s date), and the earliest over k wins.',
      '(c)(2) "up to a total of six months" is read as the full six months.',
      'GED, diplomas and degrees need no approval; vocational_certificate, program_completion and treatment_completion need approved: true (treatment completion read as a (c)(1)(vii) court-approved condition); a missing approval brings a warning.',
      '(g)(1)(ii)/(iii): only sustained violations count, within the 6 months before the eligibility date: on or before it and less than 6 months before (a violation exactly 6 months before does not bar, because (g)(2) orders the conference "six months after the date that the enumerated technical violation occurred" and that conference cannot be barred by the same violation); a reported (undecided) one, or absconding the record shows only as an absconded interval with no absconding violation, brings a warning with the date the conference would move to. A sustained one after the eligibility date, on or before the as-of date and within the days (a) gives the court to hold the conference, is read as coming before the conference, with a warning.',
      '(g)(1)(ii)–(iii) matching: kinds public_safety_threat, sexual, assaultive, weapon, drug_delivery, or category absconding; (F) is a sustained program_noncompliance violation that is at least the 3rd separate episode on the term; "intentional and unexcused" is assumed.',
      '(g)(2): the conference moves to the violation date + 6 months (never earlier), and the check repeats from the new date.',
      '(g)(1)(i): a conviction event on this term (felony, or M1/M2) is taken as an offense committed while on probation, with a warning; the conference keeps its date and its reasons say termination under § 9774.1 is barred; a misdemeanor without a grade does not bar, with a warning.',
      '(f)(1)(iii), (h) restitution never changes the date; the reasons explain the rebuttable presumption and mandatory administrative probation at ≥ 50% paid (or good faith).',
      '(i)(4) simple assault excludes only when a § 2701 offense carries the domestic_violence tag; a § 2701 offense without tags brings a warning.',
      '§ 9714(g): burglary (a)(1), robbery (a)(1)(i)–(iii), aggravated assault (a)(1)–(2) and arson (a)/(a.1) are violent; a section without a subsection is treated as not violent, with a warning; strangulation only as a felony; trafficking only as F1; inchoate crimes only if tagged.',
      'A review after the term’s end is not offered; the explanation says the term ends first.',
    ],
    openQuestions: [
      'PCCD standards for (c)(3) approvals; whether the record’s approved covers both approvals for (c)(1)(vii).',
      '(b)(3): the record has no field saying whether consecutive sentences arose from the same conduct or criminal episode (offense dates stand in for it); and the State prison / State parole facts the record schema lacks.',
      'Section 5 of Act 44 (applicability) was not read: the split by sentence date is a reading.',
      '(f)(3): after a conference that does not end probation, the next is due within 12 months; the record has no conference outcome events, so this is not encoded.',
      'The 60-day "five business days" motion is not encoded.',
    ],
    tests: [test('rules/probation-review-conference.test.ts'), test('rules/consecutive-probation.test.ts'), test('offense-table.test.ts')],
  },
  {
    id: 'us-pa.act-44-section-7',
    title: 'Review of probation imposed before Act 44',
    citation: 'Act 44 of 2023, § 7 (uncodified; 42 Pa.C.S. Appx)',
    rules: ['section7Review'],
    effective: {
      from: EFFECTIVE,
      selectedBy:
        'the sentence date (before 2024-06-11); the Act must be in force on the as-of date; values read on the effective date (one version); reviews dated no earlier than 2025-06-11',
    },
    sources: [
      source(
        'Act 44 of 2023, § 7',
        'enacted text; lexace.ai copy: (1) in full, (2)(i)(A)(I)–(IV) only (the copy breaks off); no other copy found when searched again 2026-11-30',
        URL_SECTION_7,
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'unverified',
        '(1) and (2)(i)(A)(I)–(IV) are encoded from primary text; the exclusions beyond (IV) (absconding, public-safety-threat violations) are unverified.',
      ),
    ],
    readings: [
      'Kind review_conference: a court review the law requires on a date it fixes, with no presumption of termination (alternative: early_termination).',
      'No 50% alternative and no achievement credit (the text has none).',
      '"The defendant’s probation review conference" in (2)(i)(A) is read as the review (1)(i) orders; the look-back counts back 6 months from the review date, both ends included, and counts only violations marked sustained.',
      'Exclusions: (I)–(IV) as read, plus absconding and public-safety-threat violations (section7.abscondingExcludes, section7.excludedViolationKinds, unverified); offense-type exclusions reported by REFORM Alliance are not applied, and a warning says so.',
      'REFORM’s "next opportunity 6 months later" is not in the Section 7 text read, so it is not encoded.',
    ],
    openQuestions: [
      'Section 7(2) after item (IV): is absconding listed? Are offense types (crimes of violence, registration, domestic violence) or convictions on probation excluded? What does "probation review conference" in (2)(i)(A) mean for a pre-Act review?',
    ],
    tests: [test('rules/section-7-review.test.ts'), test('rules/probation-review-conference.test.ts')],
  },
  {
    id: 'us-pa.9771-a',
    title: 'Court’s power to end probation at any time',
    citation: '42 Pa.C.S. § 9771(a), (d); § 9774.1(j)',
    rules: ['earlyTermination'],
    effective: {
      from: '2019-12-18',
      selectedBy: 'the as-of date (the court’s power on the day it would act); the parameter starts with the 2019 text (Act 2019-115)',
    },
    sources: [S_9771, S_9774_1, S_LRB_NOTES],
    reviews: [engineeringReview(READ, 'encoded from primary text', 'Section 6 of Act 44 is known only from the LRB note’s paraphrase.')],
    readings: [
      'An early_termination opportunity from the start of probation, with no exclusions; a discretionary act, so it never sets the projected end.',
      'Probation only (State parole is governed by 61 Pa.C.S.), and only while the term has not ended.',
    ],
    openQuestions: [
      'The pre-2019 text of § 9771(a) (the power dates from 1980 or earlier) was not read; as of dates before 2019-12-18 no early-termination opportunity is reported.',
    ],
    tests: [test('rules/early-termination.test.ts')],
  },
  {
    id: 'us-pa.9771-c',
    title: 'Limits on total confinement for technical violations of probation; no sanction solely for unpaid fines or costs',
    citation: '42 Pa.C.S. § 9771(b.1), (c)',
    rules: ['sanctionLimit'],
    effective: {
      from: EFFECTIVE,
      selectedBy:
        'the as-of date (the limit governs a sanction imposed after it; the amended text has no sentence-date key; Section 5 unread, so the sentence date matters only under the alternative of sanction.reachesSentencesBeforeEffectiveDate); before 2024-06-11 sanctionLimit is null',
    },
    sources: [S_9771, S_LRB_NOTES],
    reviews: [
      engineeringReview(
        READ,
        'encoded from primary text',
        'Re-checked 2026-11-30 against the Justia copy of § 9771(c): the presumption, the (c)(1) findings, 14 / 30 days / any sentence, and the (c)(2)(iv) 30 days match. Which sentences it reaches rests on Section 5 of Act 44 (applicability, per the LRB note), not read: parameter sanction.reachesSentencesBeforeEffectiveDate.',
      ),
    ],
    readings: [
      'The amended § 9771(c) governs every revocation from June 11, 2024, whatever the sentence date (sanction.reachesSentencesBeforeEffectiveDate = true); with the alternative (false), probation imposed before that date gets no limit, and the explanation says why.',
      '"First / second / third" = sustained technical violations (technical or absconding) on this term, one per episodeId, + 1; unmarked violations of one day are one episode, with a warning (sanction.sameDaySameEpisode, from (c)(1)(iii)(F); alternative: separate); violations before June 11, 2024 count (sanction.countViolationsBeforeEffectiveDate).',
      'maxConfinementDays: 14, 30, then null (no day limit of its own).',
      'confinementAllowed is always true (the next violation’s kind cannot be known); the reasons state the presumption against total confinement, the (c)(1) findings, the duty to consider employment, and the (c)(2)(iv) extra 30 days.',
      'Applies to probation and administrative probation (§ 9774.1(h)(2)); not to State parole, and not after the term has ended.',
      '§ 9771(b.1) (no extension, brief sanction or revocation solely for nonpayment of fines or costs, unless the court finds ability to pay fines and willful refusal; read 2026-12-02 in the same copy): a further reason, citing (b.1), when a reported or sustained violation of kind failure_to_pay is on the record. Whether the next violation rests on nonpayment alone cannot be known, so no number changes.',
    ],
    openQuestions: [
      'Counting "first / second / third" technical violation: per episode, per revocation or per hearing? Watch for Superior Court decisions after June 2024.',
      'Section 5 of Act 44 (the LRB note to § 9771 points to Sections 5 and 7 for applicability): whether the § 9771(c) limits reach revocations of probation imposed before June 11, 2024.',
    ],
    tests: [test('rules/sanction-limit.test.ts')],
  },
  {
    id: 'us-pa.9754-a',
    title: 'Probation no longer than the maximum term of confinement (warning only)',
    citation: '42 Pa.C.S. § 9754(a); 18 Pa.C.S. §§ 1103, 1104',
    rules: ['statutoryMaximum'],
    effective: { from: '1979-12-14', selectedBy: 'the sentence date' },
    sources: [
      sourceReadOn('2026-12-02')(
        '42 Pa.C.S. § 9754(a)',
        `current text, credit lines from "Dec. 14, 1979, P.L.556, No.127, eff. imd." through Act 2023-44 (Justia copy, ${MIRRORED})`,
        URL_9754,
      ),
      sourceReadOn('2026-12-02')(
        '18 Pa.C.S. §§ 1103, 1104',
        'current text (Justia copy, mirrored in saint1415/us-statutes data/states/pennsylvania/content/title-title-18/chapter-chapter-11.json)',
        URL_1103,
      ),
    ],
    reviews: [
      engineeringReview(
        '2026-12-02',
        'encoded from primary text',
        'Encoded as a warning, not a cap, as Virginia’s § 19.2-303 limit is; the reading is the choice recorded below.',
      ),
    ],
    readings: [
      'Not a cap: the limit binds the court when it sentences, and the record rarely shows every count’s maximum (ungraded offenses, statutes with penalties of their own, concurrent counts). A warning names the apparent excess where every count’s maximum or grade (F1–F3, M1–M3) is given.',
      'Several counts add up (they may run consecutively); counted from the start of supervision, the term’s own length.',
    ],
    openQuestions: [
      'A split sentence (confinement, then probation on the same count) may not pass the maximum as a whole either; confinement before supervision is not counted here.',
    ],
    tests: [test('rules/statutory-maximum.test.ts')],
  },
];
