/**
 * Pennsylvania (US-PA): every number of Act 44 of 2023 that the rules read, each with its source.
 *
 * Act of Dec. 14, 2023, P.L. 381, No. 44 (SB 838) added 42 Pa.C.S. § 9774.1 (probation review
 * conferences), amended § 9771 (presumption against total confinement for technical violations) and
 * enacted an uncodified Section 7 (a one-time review of probation imposed before the effective date).
 * Every credit line reads "eff. 180 days": Dec. 14, 2023 + 180 days = June 11, 2024 (1 Pa.C.S. § 1908:
 * exclude the first day, include the last). Before that date none of these values exists, so the
 * parameters start on 2024-06-11 and `inForce` returns undefined for earlier days.
 *
 * Text read 2026-11-30 in the Justia copy of Title 42 Chapter 97 (credit lines through Act 2024-16)
 * mirrored in GitHub saint1415/us-statutes (data/states/pennsylvania/content/title-title-42/
 * chapter-chapter-97.json), and Section 7 in the lexace.ai copy of 42 Pa.C.S. Appx (first part only).
 * The Legislative Reference Bureau's notes in that copy say where the Act's own special provisions
 * are: for §§ 9763 and 9771, "See sections 5 and 7 of Act 44 in the appendix to this title for special
 * provisions relating to applicability"; for § 9774.1, "sections 5, 7 and 8 … relating to applicability
 * and sentencing". Sections 5 and 8, and Section 7 after (2)(i)(A)(IV), were not found in any readable
 * copy (searched 2026-11-30: lexace.ai, legis.state.pa.us PN 1113, fastdemocracy PN 1289 and legalfix's
 * Title 42 appendix, each stored only in its opening part).
 */
import { defineParameters, parameter, type Source } from '../../engine/parameters.ts';
import type { AchievementKind, ViolationKind } from '../../records/vocabulary.ts';

const ACT_44 = 'Act of Dec. 14, 2023, P.L. 381, No. 44 (SB 838), eff. 180 days';
const EFFECTIVE = '2024-06-11';
const URL_9774_1 = 'https://law.justia.com/codes/pennsylvania/title-42/chapter-97/section-9774-1/';
const URL_9771 = 'https://law.justia.com/codes/pennsylvania/title-42/chapter-97/section-9771/';
const URL_9754 = 'https://law.justia.com/codes/pennsylvania/title-42/chapter-97/section-9754/';
const URL_SECTION_7 = 'https://lexace.ai/us/statute/pennsylvania/42-Appx-2023-DECEMBER-14-P-L-381-NO-44-7';

const s9774 = (sub: string): Source => ({ citation: `42 Pa.C.S. § 9774.1${sub}`, enactedBy: ACT_44, url: URL_9774_1 });
const s9771 = (sub: string, enactedBy = ACT_44): Source => ({ citation: `42 Pa.C.S. § 9771${sub}`, enactedBy, url: URL_9771 });
const s7 = (sub: string): Source => ({ citation: `Act 44 of 2023, § 7${sub}`, enactedBy: ACT_44, url: URL_SECTION_7 });

export const paParameters = defineParameters('us-pa', {
  act44: {
    inForce: parameter<boolean>({
      label: 'Act 44 in force',
      description:
        'True from the day Act 44 took effect. Read on the sentence date it splits § 9774.1 (sentenced on or after) from the Section 7 review (sentenced before); read on the as-of date it says whether any Act 44 provision exists yet.',
      unit: 'boolean',
      values: [
        {
          from: EFFECTIVE,
          value: true,
          source: { citation: '42 Pa.C.S. § 9774.1 (credit line: "eff. 180 days")', enactedBy: ACT_44, url: URL_9774_1 },
          note: 'Dec. 14, 2023 + 180 days = June 11, 2024 (1 Pa.C.S. § 1908: Dec. 15–31 is 17 days, then 31 + 29 + 31 + 30 + 31 = 169 to May 31, and 11 more). The date rests on the credit lines; the Act\'s own effective-date section was not read. Section 5 of Act 44 (applicability, per the LRB note) was not read either; the split by sentence date rests on Section 7 covering people "sentenced or resentenced prior to the effective date".',
        },
      ],
    }),
  },

  prc: {
    misdemeanorMonths: parameter<number>({
      label: 'PRC eligibility, misdemeanor',
      description: 'Months of probation completed before a misdemeanor probationer is eligible for an initial probation review conference.',
      unit: 'months',
      values: [{ from: EFFECTIVE, value: 24, source: s9774('(b)(1)') }],
    }),
    felonyMonths: parameter<number>({
      label: 'PRC eligibility, felony',
      description: 'Months of probation completed before a felony probationer is eligible for an initial probation review conference.',
      unit: 'months',
      values: [{ from: EFFECTIVE, value: 48, source: s9774('(b)(2)') }],
    }),
    halfOfSentencePercent: parameter<number>({
      label: 'PRC eligibility, share of the sentence',
      description: 'The share of the probation sentence after which the defendant is eligible, if sooner than the months above.',
      unit: 'percent',
      values: [{ from: EFFECTIVE, value: 50, source: s9774('(b)(1), (b)(2)') }],
    }),
    oddMonthHalfDays: parameter<number>({
      label: 'Half of an odd month',
      description: 'Days added for the half month when a sentence of an odd number of months is halved.',
      unit: 'days',
      values: [
        {
          from: EFFECTIVE,
          value: 15,
          source: s9774('(b)(1), (b)(2)'),
          note: 'The statute says only "50% of the probation sentence". 15 days for the half month is the Pathways convention (spec § 3) and REFORM Alliance\'s ((n−1)/2 months + 15 days).',
        },
      ],
      alternatives: [
        { value: 0, reading: 'Half of an odd month count rounds down to whole months (earlier date).' },
        { value: 16, reading: 'Round the half month up so the date is never reached before half the days have run.' },
      ],
    }),
    stateParoleCreditMonths: parameter<number>({
      label: 'Clean State parole credit',
      description: 'Months earlier for probation consecutive to State prison when the final 12 months of State parole were violation-free.',
      unit: 'months',
      values: [{ from: EFFECTIVE, value: 12, source: s9774('(b)(4)') }],
    }),
    stateParoleMinimumMonths: parameter<number>({
      label: 'State parole served for the parole credit',
      description:
        'The (b)(4) credit does not apply to a defendant who served fewer than this many months on State parole; also the length of the clean final stretch.',
      unit: 'months',
      values: [{ from: EFFECTIVE, value: 12, source: s9774('(b)(4)') }],
    }),
    floorMonthsFromSentencing: parameter<number>({
      label: 'Earliest initial PRC',
      description: 'No initial probation review conference less than this many months from the original date of sentencing.',
      unit: 'months',
      values: [{ from: EFFECTIVE, value: 12, source: s9774('(b)(5)') }],
    }),
    achievementMonths: parameter<number>({
      label: 'Accelerated review, first achievement',
      description: 'Months earlier for satisfying one (c)(1) condition while serving probation (misdemeanor or felony).',
      unit: 'months',
      values: [{ from: EFFECTIVE, value: 6, source: s9774('(c)(1)') }],
    }),
    felonySecondAchievementMonths: parameter<number>({
      label: 'Accelerated review, second achievement (felony)',
      description: 'Further months earlier for a felony probationer who satisfies an additional (c)(1) condition.',
      unit: 'months',
      values: [
        {
          from: EFFECTIVE,
          value: 6,
          source: s9774('(c)(2)'),
          note: '"up to a total of six months": read as the full six months, the most the court may not refuse; the PRC date is the date of eligibility.',
        },
      ],
    }),
    achievementsWithoutApproval: parameter<readonly AchievementKind[]>({
      label: 'Achievements that count without approval',
      description:
        'Record achievement kinds that are (c)(1)(i)–(iv) conditions: diplomas and degrees, which need no probation-office approval.',
      unit: 'list',
      values: [
        {
          from: EFFECTIVE,
          value: ['high_school_diploma', 'ged', 'associate_degree', 'bachelor_degree', 'graduate_degree'],
          source: s9774('(c)(1)(i)–(iv)'),
        },
      ],
    }),
    achievementsNeedingApproval: parameter<readonly AchievementKind[]>({
      label: 'Achievements that count only when approved',
      description:
        "Record achievement kinds that are (c)(1)(v)–(vii) conditions, which count only if approved by the supervising probation office under PCCD standards (the record's `approved: true`).",
      unit: 'list',
      values: [
        {
          from: EFFECTIVE,
          value: ['vocational_certificate', 'program_completion', 'treatment_completion'],
          source: s9774('(c)(1)(v)–(vii), (c)(3)'),
          note: 'treatment_completion is read as a (c)(1)(vii) "other condition approved by the court at the time of sentencing"; `approved: true` is taken to mean both that approval and the probation office\'s.',
        },
      ],
      alternatives: [
        { value: ['vocational_certificate', 'program_completion'], reading: 'Treatment completion is never a (c)(1) condition.' },
      ],
    }),
    lookBackMonths: parameter<number>({
      label: 'Enumerated technical violation look-back',
      description:
        'An enumerated technical violation within this many months immediately preceding the PRC bars termination at that conference.',
      unit: 'months',
      values: [{ from: EFFECTIVE, value: 6, source: s9774('(g)(1)(ii), (iii)') }],
    }),
    delayAfterViolationMonths: parameter<number>({
      label: 'PRC after an enumerated violation',
      description: 'After a (g)(1)(ii)/(iii) bar, a PRC shall be held this many months after the date the violation occurred.',
      unit: 'months',
      values: [{ from: EFFECTIVE, value: 6, source: s9774('(g)(2)') }],
    }),
    enumeratedViolationKinds: parameter<readonly ViolationKind[]>({
      label: 'Enumerated technical violations',
      description:
        "Record violation kinds that match (g)(1)(ii) (identifiable threat to public safety) and (g)(1)(iii)(A)–(D) (sexual, assaultive, firearm or dangerous weapon, drug delivery). Absconding ((iii)(E)) is the record's `absconding` category; three separate programming failures ((iii)(F)) are counted by episode.",
      unit: 'list',
      values: [
        {
          from: EFFECTIVE,
          value: ['public_safety_threat', 'sexual', 'assaultive', 'weapon', 'drug_delivery'],
          source: s9774('(g)(1)(ii), (g)(1)(iii)(A)–(D)'),
        },
      ],
    }),
    programmingOccasions: parameter<number>({
      label: 'Programming failures that bar termination',
      description:
        'Separate occasions (same episode counts once) of failure to adhere to programming or conditions that make a (g)(1)(iii)(F) violation.',
      unit: 'count',
      values: [{ from: EFFECTIVE, value: 3, source: s9774('(g)(1)(iii)(F)') }],
    }),
    barringConvictionClasses: parameter<readonly string[]>({
      label: 'Convictions that bar termination',
      description:
        'Misdemeanor grades which, besides any felony, bar termination under § 9774.1 when committed while incarcerated or on probation.',
      unit: 'list',
      values: [{ from: EFFECTIVE, value: ['M1', 'M2'], source: s9774('(g)(1)(i)') }],
    }),
    holdWithinDays: parameter<number>({
      label: 'PRC deadline',
      description: 'The court shall hold the PRC no later than this many days from the date the defendant is eligible.',
      unit: 'days',
      values: [{ from: EFFECTIVE, value: 60, source: s9774('(a)') }],
    }),
    statusReportDaysBefore: parameter<number>({
      label: 'Probation status report',
      description: 'The probation office sends its status report no later than this many days before the PRC eligibility date.',
      unit: 'days',
      values: [{ from: EFFECTIVE, value: 30, source: s9774('(d)') }],
    }),
    administrativeProbationPaidPercent: parameter<number>({
      label: 'Administrative probation threshold',
      description:
        'Share of restitution paid at which a court that does not terminate solely for unpaid restitution shall order administrative probation.',
      unit: 'percent',
      values: [{ from: EFFECTIVE, value: 50, source: s9774('(h)(1)(i)') }],
    }),
    subsequentWithinMonths: parameter<number>({
      label: 'Next PRC after no termination',
      description:
        'If the court does not terminate at a PRC, the defendant is eligible for a subsequent PRC no later than this many months after it.',
      unit: 'months',
      values: [{ from: EFFECTIVE, value: 12, source: s9774('(f)(3)') }],
    }),
  },

  section7: {
    firstReviewDate: parameter<string>({
      label: 'Earliest pre-Act review',
      description: 'Section 7 reviews occur at the later of one year after the effective date and the completion dates below.',
      unit: 'date',
      values: [
        {
          from: EFFECTIVE,
          value: '2025-06-11',
          source: s7('(1)(i)'),
          note: 'One year after June 11, 2024. Matches the statewide start of reviews announced by REFORM Alliance on June 11, 2025.',
        },
      ],
    }),
    misdemeanorMonths: parameter<number>({
      label: 'Pre-Act review, misdemeanor',
      description: 'Months of probation completed before the review (misdemeanor, or all offenses of one episode misdemeanors).',
      unit: 'months',
      values: [{ from: EFFECTIVE, value: 24, source: s7('(1)(i)(A), (C)(I)') }],
    }),
    felonyMonths: parameter<number>({
      label: 'Pre-Act review, felony',
      description: 'Months of probation completed before the review (felony, or any felony among the offenses of one episode).',
      unit: 'months',
      values: [{ from: EFFECTIVE, value: 48, source: s7('(1)(i)(B), (C)(II)') }],
    }),
    lookBackMonths: parameter<number>({
      label: 'Pre-Act review look-back',
      description:
        'Section 7 does not apply if an enumerated technical violation was committed within this many months immediately preceding the review.',
      unit: 'months',
      values: [{ from: EFFECTIVE, value: 6, source: s7('(2)(i)(A)') }],
    }),
    excludedViolationKinds: parameter<readonly ViolationKind[]>({
      label: 'Pre-Act review: excluding violations',
      description:
        'Record violation kinds that match Section 7(2)(i)(A)(I)–(IV) (sexual, assaultive or domestic violence, firearm or weapon, drug delivery). Absconding (the `absconding` category) is also treated as excluding.',
      unit: 'list',
      values: [
        {
          from: EFFECTIVE,
          value: ['sexual', 'assaultive', 'weapon', 'drug_delivery', 'public_safety_threat'],
          source: s7('(2)(i)(A)'),
          note: "Items (I)–(IV) read in the lexace copy; the copy breaks off after (IV). Absconding and a public-safety-threat violation are included as in § 9774.1(g)(1) and REFORM Alliance's summary (unverified for Section 7).",
        },
      ],
      alternatives: [
        {
          value: ['sexual', 'assaultive', 'weapon', 'drug_delivery'],
          reading: 'Only the four items read in Section 7 (and absconding not excluded).',
        },
      ],
    }),
    abscondingExcludes: parameter<boolean>({
      label: 'Pre-Act review: absconding excludes',
      description: 'Whether an absconding violation in the look-back makes Section 7 inapplicable.',
      unit: 'boolean',
      values: [
        {
          from: EFFECTIVE,
          value: true,
          source: s7('(2)(i)(A)'),
          note: 'Unverified: the copy read breaks off after item (IV); § 9774.1(g)(1)(iii)(E) lists absconding in the parallel list.',
        },
      ],
      alternatives: [{ value: false, reading: 'Section 7 lists no absconding item.' }],
    }),
  },

  sanction: {
    firstMaxDays: parameter<number>({
      label: 'Total confinement, first technical violation',
      description:
        'Most days of total confinement after a revocation based on a first technical violation under § 9771(c)(1)(ii) or (iii).',
      unit: 'days',
      values: [{ from: EFFECTIVE, value: 14, source: s9771('(c)(2)(i)') }],
    }),
    secondMaxDays: parameter<number>({
      label: 'Total confinement, second technical violation',
      description: 'Most days of total confinement after a revocation based on a second technical violation.',
      unit: 'days',
      values: [{ from: EFFECTIVE, value: 30, source: s9771('(c)(2)(ii)') }],
    }),
    limitedViolations: parameter<number>({
      label: 'Violations with a day limit',
      description: 'From this violation number on (the third), any sentencing alternative available at initial sentencing.',
      unit: 'count',
      values: [{ from: EFFECTIVE, value: 3, source: s9771('(c)(2)(iii)') }],
    }),
    treatmentExtraDays: parameter<number>({
      label: 'Additional confinement for treatment',
      description:
        'A reasonable further term of total confinement, at most this many days, to be evaluated for or take part in court-ordered treatment or a problem-solving court.',
      unit: 'days',
      values: [{ from: EFFECTIVE, value: 30, source: s9771('(c)(2)(iv)') }],
    }),
    countViolationsBeforeEffectiveDate: parameter<boolean>({
      label: 'Count technical violations before Act 44',
      description:
        'Whether sustained technical violations dated before June 11, 2024 count toward "first", "second" and "third" technical violation.',
      unit: 'boolean',
      values: [
        {
          from: EFFECTIVE,
          value: true,
          source: s9771('(c)(2)'),
          note: 'The text counts technical violations without a date limit; Section 5 of Act 44 (applicability) was not read.',
        },
      ],
      alternatives: [{ value: false, reading: 'Only violations committed on or after June 11, 2024 count.' }],
    }),
    sameDaySameEpisode: parameter<boolean>({
      label: 'Violations of one day stem from the same episode',
      description:
        'Whether two sustained technical violations dated the same day, which the record does not tie to one episode (no shared episodeId), count as one technical violation.',
      unit: 'boolean',
      values: [
        {
          from: EFFECTIVE,
          value: true,
          source: s9771('(c)(1)(iii)(F)'),
          note: 'Reading chosen: "multiple technical violations stemming from the same episode of events shall not constitute separate technical violations"; violations of one day almost always stem from one episode (a missed appointment and a failed test at the same visit), the same reading as Michigan\'s and Virginia\'s. A warning names the assumption.',
        },
      ],
      alternatives: [
        { value: false, reading: 'Each violation without an episodeId is a separate technical violation, even on the same day.' },
      ],
    }),
    reachesSentencesBeforeEffectiveDate: parameter<boolean>({
      label: 'Limits reach probation imposed before Act 44',
      description:
        'Whether the § 9771(c) limits govern a revocation, on or after June 11, 2024, of probation that was imposed before that date.',
      unit: 'boolean',
      values: [
        {
          from: EFFECTIVE,
          value: true,
          source: s9771('(c)'),
          note: 'The amended § 9771(c) has no sentence-date key, so it is read to govern every revocation from June 11, 2024. The LRB note to § 9771 points to "sections 5 and 7 of Act 44 … for special provisions relating to applicability"; Section 5 was not found in any readable copy, so this is unverified.',
        },
      ],
      alternatives: [
        {
          value: false,
          reading:
            'Section 5 of Act 44 limits the amended § 9771(c) to probation imposed on or after June 11, 2024; earlier sentences keep the pre-Act text of § 9771(c) (not read here and not encoded: no limit is shown).',
        },
      ],
    }),
  },

  statutoryMaximum: {
    gradeMonths: parameter<Readonly<Record<string, number>>>({
      label: 'Longest confinement by grade',
      description:
        'The longest term of imprisonment for each grade of felony and misdemeanor, in months: the term of probation "may not exceed the maximum term for which the defendant could be confined" (42 Pa.C.S. § 9754(a)). Read on the sentence date. Encoded as a warning only (see rules/statutory-maximum.ts).',
      unit: 'months',
      values: [
        {
          // The first credit line of § 9754 in the Justia copy; the wording of 1979 itself was not read (it is
          // taken to carry the same limit, which only ever yields a warning).
          from: '1979-12-14',
          value: { F1: 240, F2: 120, F3: 84, M1: 60, M2: 24, M3: 12 },
          source: {
            citation: '42 Pa.C.S. § 9754(a); 18 Pa.C.S. §§ 1103(1)–(3), 1104(1)–(3)',
            enactedBy:
              'Act of Dec. 14, 1979, P.L. 556, No. 127, eff. imd. (§ 9754); Act of Oct. 11, 1995, 1st Sp. Sess., P.L. 1058, No. 21 (§ 1103 as now worded)',
            url: URL_9754,
          },
          note: '§ 1103: a felony of the first degree "not more than 20 years", second "not more than ten years", third "not more than seven years"; § 1104: a misdemeanor of the first degree five years, second two, third one. A summary offense (90 days, § 1105) and an ungraded offense are not compared. Texts read 2026-12-02 in the Justia copies mirrored in saint1415/us-statutes (title 18 chapter 11; title 42 chapter 97).',
        },
      ],
    }),
  },

  earlyTermination: {
    atAnyTime: parameter<boolean>({
      label: 'Court may terminate at any time',
      description: "The court's power to terminate continued supervision at any time.",
      unit: 'boolean',
      values: [
        {
          from: '2019-12-18',
          value: true,
          source: s9771('(a)', 'Act of Dec. 18, 2019, P.L. 776, No. 115, eff. imd.'),
          note: 'The power is older than the 2019 text (former § 9771(a), Act 1980-142); the earliest value here is the 2019 text in the credit line. Records evaluated before 2019-12-18 get no opportunity from this rule.',
        },
        {
          from: EFFECTIVE,
          value: true,
          source: s9771('(a)'),
          note: 'Act 44 restated it as the court\'s "inherent power"; § 9774.1(j)(3)(i) preserves it.',
        },
      ],
    }),
  },
});

export type PaParameters = typeof paParameters;
