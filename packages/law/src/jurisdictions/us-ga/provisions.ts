/**
 * Georgia (US-GA): the review record of every provision the rules encode, built from README.md in this
 * folder and the comments at the top of each rule file. Every source was read on 2026-11-30. The
 * reviews are encoding checks by engineering, not legal review.
 */
import { engineeringReview, sourceReadOn, testFilesIn, type ProvisionRecord } from '../../engine/provisions.ts';

const READ = '2026-11-30';

const source = sourceReadOn(READ);
const test = testFilesIn('packages/law/src/jurisdictions/us-ga');

const CASETEXT_42_8_37 =
  'https://print.casetext.com/statute/code-of-georgia/title-42-penal-institutions/chapter-8-probation/article-2-state-wide-probation-system/section-42-8-37-effect-of-termination-of-probated-portion-of-sentence-review-of-cases-of-persons-receiving-probated-sentence-reports';
const JUSTIA_42_8_37 = 'https://law.justia.com/codes/georgia/2022/title-42/chapter-8/article-2/section-42-8-37/';
const SYFERT_42_8_37 = 'https://syfert.com/georgia/code/42-8-37.html';
const RESEARCH_FILE = 'file:///work/shared/domain/jurisdictions/us-ga.md';
const JUSTIA_42_8_34_1 = 'https://law.justia.com/codes/georgia/2020/title-42/chapter-8/article-2/section-42-8-34-1/';
const JUSTIA_42_8_34_1_2010 = 'https://law.justia.com/codes/georgia/2010/title-42/chapter-8/article-2/42-8-34-1/';
const SYFERT_42_8_34_1 = 'https://syfert.com/georgia/code/42-8-34.1.html';
const JUSTIA_42_8_60 = 'https://law.justia.com/codes/georgia/2020/title-42/chapter-8/article-3/section-42-8-60/';

export const gaProvisions: ProvisionRecord[] = [
  {
    id: 'us-ga.behavioral-incentive-date',
    title: 'Behavioral incentive date: DCS order ending felony probation',
    citation: 'O.C.G.A. § 17-10-1(a)(1)(A), (a)(1)(B)',
    rules: ['behavioralIncentiveDate'],
    effective: {
      from: '2017-07-01',
      selectedBy:
        'the as-of date (the law DCS applies when it acts): SB 174 text from 2017-07-01, SB 407 scope from 2018-07-01, SB 105 criteria and default date from 2021-05-03. A BID that passed before SB 105 opens on 2021-05-03.',
    },
    sources: [
      source(
        'Clark v. State, No. A23A1690 (Ga. Ct. App. Mar. 12, 2024)',
        'opinion, opening only: the trial court held the behavioral incentive date "triggers a procedure" but does not by itself terminate probation; affirmed (the reasoning was not read)',
        'https://supreme.justia.com/cases/georgia/court-of-appeals/2024/a23a1690.html',
      ),
      source(
        'O.C.G.A. § 17-10-1(a)(1)(A) and the first sentence of (a)(1)(B)',
        '2022 Code (after SB 105), Justia copy; the text after "Within 60 days of t…" is not in the copy read',
        'https://law.justia.com/codes/georgia/2022/title-17/chapter-10/article-1/section-17-10-1/',
      ),
      source(
        'O.C.G.A. § 17-10-1(a)(1)(B) (pre-2021 text)',
        'text after SB 407 (2018) and before SB 105, read through "has been compliant with the gen…"',
        'https://howtolegalhelp.com/?p=10233',
      ),
      source(
        'O.C.G.A. § 17-10-1, history and 2018-amendment note',
        'Code annotation listing Ga. L. 2021, p. 223, § 1/SB 105 and describing the 2018 amendment',
        'https://instalawyer.io/laws/georgia-code/17-10-1-fixing-of-sentence',
        'secondary',
      ),
      source(
        'SB 105 (2021), staff analysis on a county-association tracker',
        '"Effective Date 2021-05-03"; 60-day DCS report, 24-month revocation look-back "or other applicable period", 30-day hearing request, 90-day hearing, 3-year default BID (as quoted in the research file search results)',
        RESEARCH_FILE,
        'secondary',
      ),
      source(
        'SB 105 (2021), Prison Legal News',
        'Oct. 1, 2021 article quoting "the immediately preceding 24 months, or when the court includes a behavioral incentive date less than two years from the date a sentence was imposed"',
        'https://www.prisonlegalnews.org/news/2021/oct/1/georgia-enacts-massive-probation-reform-bill/',
        'secondary',
      ),
      source(
        'SB 105 (2021), practitioner summary',
        'bixonlaw.com: criteria list; default BID "exactly three years from the date of your sentencing"',
        'https://bixonlaw.com/what-is-a-behavioral-incentive-date/',
        'secondary',
      ),
      source(
        'SB 105 effective date',
        'Rockdale Citizen, May 4, 2021: "will go into effect immediately"',
        'https://www.rockdalenewtoncitizen.com/news/probation-reform-bill-signed-into-law-takes-effect-immediately/article_b35618d8-aced-11eb-a04a-ef4fd1d92dc9.html',
        'secondary',
      ),
      source(
        'O.C.G.A. § 17-10-1(a)(1)(B)(i), as quoted in Smalley v. State, No. A24A0663 (Ga. Ct. App. Mar. 19, 2024)',
        'the opinion quotes the first sentence of (B) as division (i) of the current text (so (B) is now divided); the quotation breaks off in the copy read',
        'https://e.casetext.com/case/smalley-v-state-23',
      ),
      source(
        'O.C.G.A. § 1-3-4(a)(1) (effective date of Acts)',
        '2018 Code (syfert copy): "Unless a different effective date is specified in an Act", an Act approved from January 1 to June 30 "shall become effective on the first day of July"',
        'https://syfert.com/georgia/code/1-3-4.html',
      ),
      source(
        'SB 174 (2017) BID',
        'cam.law: effective July 1, 2017; split sentences not eligible; 30-day hearing request',
        'https://cam.law/uncategorized/what-is-a-behavior-incentive-date-or-bid/',
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'Who is covered ((A), first sentence of (B)) and the 60-day DCS duty are from primary text. The SB 105 criteria, the default BID, the 30/90-day hearing timing and the effective date rest on secondary sources; the outputs they change are flagged in README.md. Re-checked against every primary copy found (Justia 2020 and 2022, howtolegalhelp, Smalley v. State 2024, § 1-3-4): no difference from the encoding; SB 105 as passed and the full current (B) were still not found, every stored copy breaking off within the first sentences of (B).',
      ),
    ],
    readings: [
      'The as-of date selects the version; a BID that passed before SB 105 took effect opens on 2021-05-03.',
      "BID = the record's behavioralIncentiveDate (an extra term field) capped at sentence + 3 years with a warning; otherwise sentence + 3 years from SB 105 on; before SB 105 no recorded BID means none is shown (warning).",
      'The revocation look-back is the 24 months immediately preceding the opening day D: D − 24 months (counted) through D − 1 (law 0.3.18); from the sentence when the BID is less than 24 months after it. A revocation on either edge (D − 24 months, or D itself) warns, naming the other reading. A revocation inside closes the BID route (exclusion); `bid.revocationRollsForward` gives the rolling alternative.',
      'Arrests count from the sentence date to the opening day; traffic_minor arrests never count; a conviction on the term counts as an arrest unless its statute is a Title 40 offense outside Chapter 6, Article 15.',
      'Unpaid restitution: ineligible with almost (dateIfResolved = the opening day or the as-of date, whichever is later); restitution paid after the BID opens the opportunity on the day it was paid. The DCS order stays due within 60 days of the incentive date ("within 60 days of the expiration of such incentive date") where restitution was paid inside those days; paid after them, within 60 days of the payment (the text sets no day; audit of 2026-12-04). Fines, fees and costs never count.',
      'Before SB 105, "compliant with the general and special conditions" = no violation sustained on the term between sentence and BID.',
      'Missing confinement: the gap from sentence to start, rounded up to whole months, is taken as imprisonment (warning). Missing prior convictions: none assumed (warning).',
      'The DCS order is not a discharge by law (the court must still sign it and a hearing may be asked for), so projectedEndDate does not move. Clark v. State (Ga. Ct. App. 2024) affirmed a trial court that read the date so (opening of the opinion read).',
    ],
    openQuestions: [
      'Read SB 105 as passed (Ga. L. 2021, p. 223) or the current (a)(1)(B) in full (now divided: Smalley v. State (2024) cites (B)(i) for its first sentence): the default-BID sentence, the exact look-back words and the 30/90-day hearing sentence.',
      'Effective date, May 3 or July 1, 2021: under O.C.G.A. § 1-3-4(a)(1) an Act signed May 3 takes effect July 1 unless it specifies another date, so May 3 (encoded) holds only if SB 105 has its own effective-date section, which the tracker\'s "Effective Date 2021-05-03" implies but which was not read.',
      'Is the revocation test one-shot at the BID (encoded) or re-made as time passes (research file)?',
      'Are serious violent felonies (§ 17-10-6.1) or sexual offenses (§ 17-10-6.2) that are not life-eligible excluded? Nothing in the text read says so.',
      'Does a revocation mean only a court revocation order, or also confinement imposed as a graduated sanction?',
    ],
    tests: [test('rules/behavioral-incentive-date.test.ts'), test('offense-table.test.ts')],
  },
  {
    id: 'us-ga.three-year-review',
    title: 'Officer review after three years on probation, then yearly',
    citation: 'O.C.G.A. § 42-8-37(c)(1)',
    rules: ['threeYearReview'],
    effective: {
      from: '2017-07-01',
      selectedBy:
        'the as-of date (report contents and whether a recommendation brings an order); the review clock runs from the probation start date',
    },
    sources: [
      source(
        'O.C.G.A. § 42-8-37(a)–(c)(1)',
        'current through the 2023–2024 session (casetext copy), read to "The court shall execute the order to termin…"',
        CASETEXT_42_8_37,
      ),
      source('O.C.G.A. § 42-8-37(a)–(c)(1)', '2022 Code (Justia copy), identical to the casetext copy as far as read', JUSTIA_42_8_37),
      source(
        'O.C.G.A. § 42-8-37(a)–(c)(1)',
        '2018 Code (syfert copy): report on compliance and on restitution, fines and fees',
        SYFERT_42_8_37,
      ),
      source(
        'SB 105 (2021): petition changed to order',
        'thearoralawfirm.com summary',
        'https://thearoralawfirm.com/probation-reform/',
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The review timing and report contents are from primary text. That the pre-2021 text had a petition rather than an order rests on a secondary source (it changes only the wording of the reasons).',
      ),
    ],
    readings: [
      '"Probated sentence of three years or more" = the term as imposed (probated part), 3 years exactly included; `review.countConfinement` gives the whole-sentence alternative.',
      'The first review is start + 3 years (anniversary); later reviews start + 4, 5, … years, each computed from the start (Feb 29 start → Feb 28 in common years).',
      'One early_termination opportunity dated on the first review, eligible from then on; reasons give the next review on or after the as-of date.',
      "Arrests, revocations and unpaid restitution are reported, never exclusions: the recommendation is the officer's.",
      'Revocations reported are those in the 24 months immediately preceding the review: review − 24 months (counted) through the day before it (law 0.3.18).',
      'Where no review is left before the last day of probation, the reasons name the latest yearly review and tell its report (audit of 2026-12-04). As-of dates before 2017-07-01 get no review opportunity, and the explanation says so.',
      'A first review after the scheduled end is not offered (explained).',
      'After "The court shall execute the order to termin…" (where the copies break off), the reasons say the court must sign unless a hearing is held, the judge deciding after a hearing: from the SB 105 staff analysis and thearoralawfirm.com, not from the text.',
    ],
    openQuestions: [
      'The rest of (c)(1) after "The court shall execute the order to termin…": hearing on request, deadlines.',
      'The history of (c)(1) before the 2018 Code: as-of dates before 2017-07-01 get no review opportunity.',
      'Whether time in custody or absconded counts as "service … on probation".',
    ],
    tests: [test('rules/three-year-review.test.ts')],
  },
  {
    id: 'us-ga.court-discharge',
    title: 'The court may discharge a probationer at any time',
    citation: 'O.C.G.A. § 42-8-37(b)',
    rules: ['courtDischarge'],
    effective: {
      from: '1956-01-01',
      selectedBy: "the as-of date (the court's power on the day it would act); unchanged in every text read",
    },
    sources: [
      source('O.C.G.A. § 42-8-37(b)', 'current through the 2023–2024 session (casetext copy)', CASETEXT_42_8_37),
      source('O.C.G.A. § 42-8-37(b)', '2022 Code (Justia copy) and 2018 Code (syfert copy), same words', JUSTIA_42_8_37),
    ],
    reviews: [
      engineeringReview(
        READ,
        'encoded from primary text',
        'The start date (State-wide Probation Act, 1956) is approximate and not read; it only stands for "before any record".',
      ),
    ],
    readings: [
      '"Discharge the probationer from further supervision" is read as ending probation early (the general early-termination power).',
      'Open from the probation start date; never a discharge by law. Probation only: Georgia parole (State Board of Pardons and Paroles) is not encoded.',
    ],
    openQuestions: [
      'SB 105 reportedly requires a prompt hearing on a petition to shorten active or unsupervised probation; the Code section was not found.',
    ],
    tests: [test('rules/court-discharge.test.ts')],
  },
  {
    id: 'us-ga.revocation-limit',
    title: 'Limit on confinement when probation is revoked for a general-condition violation',
    citation: 'O.C.G.A. § 42-8-34.1(a), (c)',
    rules: ['revocationLimit'],
    effective: {
      from: '2010-01-01',
      selectedBy:
        'the as-of date (the limit governs a revocation after it). The start date stands for the earliest copy read (the 2010 Code); the section dates from Ga. L. 1988, p. 1911, but its earlier texts were not read.',
    },
    sources: [
      source(
        'O.C.G.A. § 42-8-34.1(a)–(c) and the start of (d)',
        '2020 Code (Justia copy), after Ga. L. 2016, p. 443, § 8-5/SB 367; read through (d) "… the lesser of the balance of probation or the maxi…", where the copy breaks off',
        JUSTIA_42_8_34_1,
      ),
      source(
        'O.C.G.A. § 42-8-34.1(a)–(c)',
        '2010 Code (Justia copy): the same two-year words, with a longer list of alternatives (intensive probation and diversion centers, removed in 2015 and 2016)',
        JUSTIA_42_8_34_1_2010,
      ),
      source(
        'O.C.G.A. § 42-8-34.1, history line and amendment notes',
        '2018 Code (syfert copy): history through Ga. L. 2016, p. 443; the 2015 and 2016 amendments changed only the list of alternatives in (c)',
        SYFERT_42_8_34_1,
      ),
      source(
        'O.C.G.A. § 42-8-60(d)(1)',
        '2020 Code (Justia copy): "The court may enter an adjudication of guilt and proceed to sentence the defendant as otherwise provided by law when the: (1) Defendant violates the terms of his or her first offender probation"',
        JUSTIA_42_8_60,
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'encoded from primary text',
        'The limit, its scope (a general provision, other than by a new felony) and the special-condition definition are from the 2020 Code copy. Whether the section was amended after the 2020 Code was not checked (open question).',
      ),
    ],
    readings: [
      "The limit is given for the next violation, read as a general-condition violation other than a new felony; a new felony and a written special condition (the exceptions) are named in the reasons, since the record does not hold the sentence's special conditions.",
      '"At any revocation hearing": two years per revocation, not a total across the term; earlier revocations shrink only the balance.',
      'Balance of probation: from the as-of date (or the start of probation, if later) through the scheduled end, both days counted (the scheduled end is the last day of supervision, so on that day one day is left); two years: calendar years from the as-of date (730 or 731 days).',
      'First-offender sentence: no day limit (maxConfinementDays null), because on a violation the court may enter a conviction and sentence as the law otherwise allows (§ 42-8-60(d)(1)).',
      'Conditional discharge (§ 16-13-2, not read): the limit is given, with a warning.',
      'violationNumber: 1 + the violations found on the term, one per episode; the statute itself does not count.',
      'All probation terms, whoever supervises them; parole is not covered.',
    ],
    openQuestions: [
      'Amendments after the 2020 Code: no later copy of § 42-8-34.1 was read.',
      'The rest of (d) and any later subsections (new felony: "the lesser of the balance of probation or the maxi…"; special conditions).',
      'Does the two-year limit bind a court that revokes first-offender probation without entering a conviction?',
      'Does the section reach misdemeanor probation supervised by county or private providers (Title 42, Ch. 8, Art. 6)?',
    ],
    tests: [test('rules/revocation-limit.test.ts')],
  },
];
