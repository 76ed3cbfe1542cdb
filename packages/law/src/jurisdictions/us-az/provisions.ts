/**
 * Arizona review records: one per provision the rules encode (see ../../engine/provisions.ts).
 * Written by the encoder; nobody has given legal review.
 */
import { engineeringReview, sourceReadOn, testFilesIn, type ProvisionRecord } from '../../engine/provisions.ts';

const READ = '2026-11-30';
const source = sourceReadOn(READ);
const test = testFilesIn('packages/law/src/jurisdictions/us-az');

const SELF_LAW = source(
  'A.R.S. § 13-924(A)–(C)',
  'current text as amended by Laws 2023, HB 2055 (subsections A–C; D onward cut off in the copy read)',
  'https://self-law.org/code/az/title-13/13-924',
);
const LAWSERVER = source('A.R.S. § 13-924(A)–(C)', 'current text (second copy, subsections A–C)', 'https://www.lawserver.com/?p=27742120');
const COCONINO = source(
  'A.R.S. § 13-924 (2008 text, all subsections)',
  'as enacted by Laws 2008, ch. 298 (SB 1476), quoted by Coconino County Adult Probation',
  'https://coconino.az.gov/556/Earned-Time-Credit',
  'secondary',
);
const HB2055_SHEET = source(
  'HB 2055 (2023) House Judiciary fact sheet',
  '56th Legislature, 1st Regular Session, fact sheet of January 17, 2023 ("delayed effective date of January 1, 2024")',
  'https://azleg.gov/legtext/56leg/1R/summary/H.HB2055_011723_JUD.DOCX.htm',
  'secondary',
);
const SB1476 = source(
  'Laws 2008, ch. 298 (SB 1476)',
  'chaptered act, title page and opening sections (adds § 13-924)',
  'https://azleg.gov/legtext/48leg/2r/laws/0298.htm',
);
const HB2055_ENGROSSED_SHEET = source(
  'HB 2055 (2023) House-engrossed fact sheet',
  'fact sheet filed March 1, 2023 (legiplex copy): "delayed effective date of January 1, 2024"; Sec. 1 amends § 13-901 (reporting), Sec. 2 amends § 13-924',
  'https://app.legiplex.com/az/legislature/2023/2023-r/bills/hb2055/draft-743249?id=743249',
  'secondary',
);
const CH53_TRACKING = source(
  'Laws 2023, ch. 53 (HB 2055)',
  'legislative tracking list entry "Ch. 53, Laws 2023 (HB2055 - Probation; work time credits; reporting.)", as signed by the governor; the chaptered text was not read',
  'https://azcapitolreports.com/report/KBx',
  'secondary',
);
const SESSION_2008 = source(
  '2008 Second Regular Session general effective date',
  'end-of-session report: sine die June 27, 2008; general effective date September 26, 2008 "unless otherwise specified"',
  'https://aztroopers.org/enews/end-of-legislative-session-report',
  'secondary',
);
const HB2116_2022 = source(
  'HB 2116 (2022), House engrossed (died in the Senate)',
  'engrossed bill text, opening: § 13-924(A)–(C) as it would have read ("earned time credit and work time credit"); context only, never law',
  'https://legiscan.com/AZ/text/HB2116/2022',
  'secondary',
);

const SB1284_SUMMARY = sourceReadOn('2026-12-03')(
  'A.R.S. § 13-902(A), opening of (E)',
  'House of Representatives summary of SB 1284 (56th Legislature, 1st Regular Session, March 16, 2023), stating the periods as current law',
  'https://azleg.gov/legtext/56leg/1R/summary/H.SB1284_031623_JUD.DOCX.htm',
  'secondary',
);
const RIDEOUT = sourceReadOn('2026-12-03')(
  'A.R.S. § 13-902(A)–(C)',
  "practitioner's summary (Rideout Law Group): the felony periods, DUI 5 years, aggravated DUI 10 years, the restitution extension of up to 5 years",
  'https://www.rideoutlaw.com/felony-probation-in-arizona/',
  'secondary',
);

const ROBINA = sourceReadOn('2026-12-04')(
  'A.R.S. § 13-902(A), (B), (E)',
  'Robina Institute, "Profiles in Probation: Arizona" (studylib copy): the periods by class, DUI 5 and aggravated DUI 10 years; terrorism, stalking, child or vulnerable adult abuse and registration violations may carry probation up to life',
  'https://studylib.net/doc/8666147/probation-in-arizona---robina-institute-of-criminal-law-and...',
  'secondary',
);

export const provisions: ProvisionRecord[] = [
  {
    id: 'us-az.longest-probation',
    title: 'How long probation may continue: the periods by class, DUI, lifetime offenses, the restitution extension',
    citation: 'A.R.S. § 13-902(A)–(C), (E)',
    rules: ['longestProbation'],
    effective: { from: '1978-10-01', selectedBy: 'the sentence date' },
    sources: [SB1284_SUMMARY, RIDEOUT, ROBINA],
    reviews: [
      engineeringReview(
        '2026-12-03',
        'partly from secondary sources',
        "The section's own text was not found in any stored copy; (A) and the opening of (E) are read from a legislative staff summary of current law (2023), (B) and (C) from a practitioner's summary. When the periods took their present form was not read.",
      ),
    ],
    readings: [
      'The period runs from the start date, month-end clamped; the days § 13-903 does not count move it as they move the scheduled end.',
      'Several counts on one term: the longest period governs; a count whose period cannot be known (no class, a class 1 felony, another level) leaves the term without a limit, warned of where the term runs past the shortest period its level has.',
      '(E): a felony under chapter 14 or 35.1, § 13-3824, § 13-2308.01, § 13-2923 or § 13-3212, or tagged sex_registration, and every lifetime term: no limit. A felony under § 13-3623 (child or vulnerable adult abuse): no limit, with a warning, since (E) may reach only some of its paragraphs.',
      '(B): §§ 28-1381 and 28-1382 five years, § 28-1383 ten years, whatever the class.',
      '(C): an extension of a felony probation is read as the restitution extension, counted up to five years in all where restitution was unpaid on its date (assumed, with a warning, where the record gives no restitution; not counted where none was ordered or all was paid); an extended misdemeanor probation past its period gets no limit (warning).',
      'Reported only where the term as it stands runs past the limit (statutoryMaxEndDate, term_cap), as the federal limit is. Time credit counts toward the earlier of the scheduled end and the limit.',
    ],
    openQuestions: [
      "Read § 13-902's own text: (B)–(D) and the full list of (E); whether a misdemeanor probation may be extended; whether (C)'s five years are per extension or in all.",
      'When did the periods take their present form? Applied from the 1978 criminal code [U].',
    ],
    tests: [test('rules/longest-probation.test.ts'), test('rules/time-credits.test.ts')],
  },
  {
    id: 'us-az.probation-period',
    title: 'Calculation of the period of probation: absconding and reinstatement after a violation stop the term',
    citation: 'A.R.S. § 13-903(A)–(D)',
    rules: ['probationTolling'],
    effective: { from: '1978-10-01', selectedBy: 'the as-of date (text unchanged in the period covered)' },
    sources: [
      source(
        'A.R.S. § 13-903',
        '2015 Arizona Revised Statutes (Justia copy), subsections A–F',
        'https://law.justia.com/codes/arizona/2015/title-13/section-13-903/',
      ),
      sourceReadOn('2026-12-04')(
        'A.R.S. § 13-903',
        'FindLaw copy "current as of March 08, 2022", subsections A–F: same words as the 2015 text',
        'https://codes.findlaw.com/az/title-13-criminal-code/az-rev-st-sect-13-903/',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'encoded from primary text',
        '2015 text; later amendments not checked (SB 1474 of 2024 and SB 1662 of 2026 proposed some).',
      ),
    ],
    readings: [
      'Each recorded absconding spell stops the term from its first to its last recorded day (both counted); a spell open on the as-of date runs to that date.',
      'A violation found (sustained, or a revocation order) and then a reinstatement order: the days from the violation to the day before reinstatement do not count.',
      'A violation found with no reinstatement order recorded: nothing moves, and a warning says the real end is later.',
      'Pending petitions to revoke (subsection D) are not in the record: a warning for each violation reported without outcome.',
      'Custody does not stop the term.',
    ],
    openQuestions: [
      'Is the recorded end of an absconding spell the last day away or the day of return? Read as the last day away.',
      'Has § 13-903 been amended since 2015 (SB 1474 of 2024, SB 1662 of 2026 were introduced)?',
    ],
    tests: [test('rules/probation-tolling.test.ts')],
  },
  {
    id: 'us-az.time-credit-eligibility',
    title: 'Who may earn earned time credit and work time credit',
    citation: 'A.R.S. § 13-924(A), (E)(1)–(4)',
    rules: ['timeCreditEligibility'],
    effective: { from: '2008-09-26', selectedBy: 'the as-of date ("currently on probation for …")' },
    sources: [SELF_LAW, COCONINO, SB1476, HB2055_SHEET, HB2055_ENGROSSED_SHEET, CH53_TRACKING, SESSION_2008],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'Subsection A read in the current text; the four exclusions read in the 2008 wording quoted by a county page and in the two 2023 fact sheets, which describe them as current law; the subsection letter (E) is inferred: every stored copy of the current text breaks off after (C)(4).',
      ),
    ],
    readings: [
      "Any class 2 or 3 felony count on the term excludes the whole term; the class is the record's, else the class the offense table fixes for the statute.",
      'A felony with no class known is a missing fact: no credit counted, opportunity "almost".',
      '"Exclusively for a misdemeanor": every offense of the term below felony level.',
      "The exclusions speak of \"a probationer who is currently\" excluded: (1), (2) and (4) read the person's other Arizona probations too (rules/other-probations.ts). A lifetime or class 2 or 3 probation excludes from its start to its end as its own evaluation finds it (the order that ended it, else its end moved by its extensions and § 13-903 stops); registration from that term's sentencing on, with no end. One covering the as-of date (held within this term's own start and end) excludes the term; 30-day periods touching one earn nothing.",
      'Supervising agency "court" is unsupervised probation and earns nothing; an absent agency is assumed supervised (warning).',
      'Only probation terms; a credits_ineligible order is honoured.',
    ],
    openQuestions: [
      'Read the current subsections D–G (lettering, definitions of "eligible employment" and "supporting documentation"). Searched 2026-11-30 without success: self-law.org and lawserver.com break off after (C)(4); no azleg.gov, Justia or GitHub copy of the current section or of Laws 2023, ch. 53 was stored.',
      'Does intensive probation count as "supervised probation" for § 13-924? Read as yes.',
      'Read § 13-3821(A) to confirm the registration offenses in the offense table.',
      'Is a misdemeanor probation beside a felony probation "exclusively for a misdemeanor"? Read on the term itself.',
    ],
    tests: [test('rules/time-credit-eligibility.test.ts'), test('offense-table.test.ts')],
  },
  {
    id: 'us-az.time-credits',
    title: 'Earned time credit (20 days per 30) and work time credit (30 days per 30), revocation on a violation finding',
    citation: 'A.R.S. § 13-924(A)–(D)',
    rules: ['timeCredits'],
    effective: {
      from: '2008-09-26',
      selectedBy: "each 30-day period's first day selects the rate (ETC from 2008-09-26, WTC from 2024-01-01)",
    },
    sources: [SELF_LAW, LAWSERVER, COCONINO, SB1476, HB2055_SHEET, HB2055_ENGROSSED_SHEET, CH53_TRACKING, SESSION_2008, HB2116_2022],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'Rates and conditions (B), (C) from the current text; revocation (D) from the 2008 wording and the 2023 fact sheets; WTC effective date (January 1, 2024) from the fact sheets and the chapter number (ch. 53) from a tracking list; ETC effective date is the 2008 general effective date from an end-of-session report. No effective-date section of either act was read.',
      ),
    ],
    readings: [
      "Rolling 30-day periods from the start date; a period's credit vests on the day after its 30th day.",
      'One credit per period (subsection A: "or"): work time credit where recorded employment covers the whole period, else earned time credit (parameter stacking).',
      'A period earns nothing if within it a violation is found or reported without outcome, a new conviction is dated, the person absconds or the term is stopped, the person is in custody for a violation or new charge, or restitution is behind on a straight-line schedule over the term.',
      'A violation finding revokes every credit vested on or before its date; later periods earn again.',
      'The court grants credit; with no grant in the record, earnedCreditDays is 0 and eligible credits are reported in the explanation and in eligibleCreditDays on the earned_discharge opportunity (parameter countBeforeCourtGrant).',
      'earned_discharge opens on the first day served + eligible credits reach the term (tolling included); it is never a discharge by law.',
      'Behind on restitution on the as-of date: later periods earn nothing; the opportunity is "almost", with the date if the person caught up now.',
    ],
    openQuestions: [
      'Effective-date section of Laws 2023, ch. 53 (HB 2055): the fact sheets say January 1, 2024; whether work done before that date counts.',
      'Effective-date section of Laws 2008, ch. 298 (SB 1476): encoded as the session general effective date, September 26, 2008, which applies "unless otherwise specified"; the act\'s last sections were not read.',
      'Does the court treat "current on restitution" by a payment schedule the record lacks? Read pro rata.',
      'Does a violation finding revoke all credit to date, or only credit of the period? Read: all credit awarded to date.',
      'Was the money condition "restitution and other financial obligations" (2008) narrowed to restitution by a later act (SB 1158 of 2017 amended § 13-924)? The record holds no fine or fee schedule, so it does not change results here.',
      'Do AOC or county policies count 30-day periods or calendar months?',
    ],
    tests: [test('rules/time-credits.test.ts')],
  },
  {
    id: 'us-az.court-early-termination',
    title: 'The court may end probation early at any time',
    citation: 'A.R.S. § 13-901(E); § 13-924(F)',
    rules: ['courtEarlyTermination'],
    effective: { from: '1978-10-01', selectedBy: 'none (power unchanged in substance)' },
    sources: [
      source(
        'A.R.S. § 13-901(E)',
        'current text quoted verbatim on a law-firm page',
        'https://www.flagstaff-lawyer.com/blog/flagstaff-lawyer-discusses-felony-probation.cfm',
        'secondary',
      ),
      COCONINO,
    ],
    reviews: [engineeringReview(READ, 'partly from secondary sources')],
    readings: ['No waiting period and no excluded offense: early_termination eligible from the start date on every probation term.'],
    openQuestions: ['Read § 13-901(E) in the official text.'],
    tests: [test('rules/court-early-termination.test.ts')],
  },
  {
    id: 'us-az.possession-probation-violations',
    title: 'Proposition 200: no incarceration for a violation of possession probation (told, not computed)',
    citation: 'A.R.S. § 13-901.01(A), (E)',
    rules: ['possessionProbationViolations'],
    effective: { from: '1996-12-01', selectedBy: 'none (told as the section now reads; the 2002 and 2006 amendments are named)' },
    sources: [
      sourceReadOn('2026-12-03')(
        'A.R.S. § 13-901.01(A)–(D)',
        'current compilation (56th Legislature, 1st Regular Session); the copy breaks off at subsection E',
        'https://azleg.gov/viewdocument/viewDocument/?docName=https%3A%2F%2Fwww.azleg.gov%2Fars%2F13%2F00901-01.htm',
      ),
      sourceReadOn('2026-12-03')(
        'A.R.S. § 13-901.01(E)',
        'as applied in State v. Hensley, 201 Ariz. 74, 31 P.3d 848 (App. 2001)',
        'http://ecases.us/case/p2514064/state-v-hensley',
        'secondary',
      ),
      sourceReadOn('2026-12-03')(
        'A.R.S. § 13-901.01(E), (H)',
        'House staff summary of SCR 1033 (2006): incarceration only for a new drug offense or a violation of a treatment order; methamphetamine excluded',
        'https://www.azleg.gov/legtext/47leg/2r/summary/h.scr1033_03-30-06_caucuscow.doc.htm',
        'secondary',
      ),
    ],
    reviews: [engineeringReview('2026-12-03', 'partly from secondary sources')],
    readings: [
      'The record cannot show that the court placed the person on probation under § 13-901.01, nor the drug (methamphetamine is excluded), a violent crime charged or proved, three possession convictions, or refused treatment; so sanctionLimit stays null and a probation term whose every offense is possession or use (offense table fact personalPossessionOrUse: § 13-3407(A)(1), § 13-3408(A)(1), § 13-3415; not a bare § 13-3407 or § 13-3408, which also covers possession for sale, excluded by (C)) gets an explanation step and a warning naming what to check.',
      'Not told once the term has ended by the as-of date.',
    ],
    openQuestions: [
      'Read § 13-901.01(E)–(H) in the official text; then decide whether a record that names the section (or an offense-table fact for possession subsections) should set sanctionLimit to no confinement with the two exceptions.',
      'Whether a positive drug test is "a new drug offense" under (E) as amended in 2002.',
    ],
    tests: [test('rules/possession-probation-violations.test.ts')],
  },
];
