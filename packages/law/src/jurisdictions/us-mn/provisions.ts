/**
 * Minnesota (US-MN): the review record of every provision the rules encode, built from README.md in this
 * folder and the comments at the top of each rule file. Every source was read on 2026-11-30. The reviews
 * are encoding checks by engineering, not legal review.
 */
import { engineeringReview, sourceReadOn, testFilesIn, type ProvisionRecord } from '../../engine/provisions.ts';
import { HF_1607_2023, HF_1737_2021, LAWS_2014_CH_270, LAWS_2023_CH_52, MNCJSS_609_135_2, S0970A16_2021 } from './parameters.ts';

const READ = '2026-11-30';
const source = sourceReadOn(READ);
const test = testFilesIn('packages/law/src/jurisdictions/us-mn');

const S_2024 = source(
  'Minn. Stat. § 609.135, subd. 2(a), (b), (c) (first sentence)',
  'text as amended by Laws 2024, ch. 123, art. 6, § 9 (eff. 2024-08-01), Minnesota Criminal Justice Statute Service record 609.135.2 (statute ID 19947, updated Jul 9, 2024); the record breaks off in (c)',
  MNCJSS_609_135_2,
);
const S_2020 = source(
  'Minn. Stat. § 609.135, subd. 2(a)–(f) (2020)',
  'Minnesota Statutes 2020 text as reproduced in House amendment S0970A16 to S.F. 970 (2021), up to "unless" in (f); plain-text copy, bill markup not visible',
  S0970A16_2021,
);
const S_HF1737 = source(
  'Minn. Stat. § 609.135, subd. 2(a)–(c) (2020)',
  '2021 H.F. 1737 as introduced (revisor.mn.gov), reproducing the Minnesota Statutes 2020 text of (a), (b) and the start of (c); agrees with S0970A16; the stored copy breaks off in (c)',
  HF_1737_2021,
);
const S_2014 = source(
  'Laws 2014, ch. 270, § 1 (amending Minn. Stat. § 609.135, subd. 2)',
  'revisor.mn.gov session law with strike/underline markup: (a), (b) (insertion of § 609.3451), (c) and the start of (d); the effective-date clause is past where the stored copy breaks off',
  LAWS_2014_CH_270,
);
const S_LEGIPLEX = source(
  'Bill summaries of H.F. 1607 and S.F. 1950 (2023)',
  'app.legiplex.com summary pages: people sentenced to probation before August 1, 2023 and serving more than five years "will be eligible for resentencing"; no deadline, notice or hearing step is stated',
  'https://app.legiplex.com/mn/legislature/2023/2023-r/bills/sf1950',
  'secondary',
);
const S_HF1607 = source(
  'H.F. 1607 (2023), as introduced',
  'title and opening of the bill ("establishing a limit of five years on the length of probation in most felony sentences; providing for retroactive application; amending … 609.135, subdivisions 1a, 1c, 2")',
  HF_1607_2023,
);
const S_CH52 = source('Laws 2023, ch. 52 (S.F. 2909)', 'title page and list of amended sections only', LAWS_2023_CH_52);
const S_RESEARCH = source(
  'Research file us-mn.md (news and bill summaries: House Session Daily 17717, legiplex H.F. 1607 / S.F. 1950, Reason, Criminal Legal News)',
  '2026 project research file and the pages it cites',
  'https://www.house.mn.gov/SessionDaily/Story/17717',
  'secondary',
);
const S_609_14 = source(
  'Minn. Stat. § 609.14, subd. 1(a)–(c)',
  '2006 text (revisor.mn.gov); the 2023 amendment was not read',
  'https://www.revisor.mn.gov/statutes?year=2006&id=609.14',
);

export const usMnProvisions: ProvisionRecord[] = [
  {
    id: 'us-mn.scope',
    title: 'Probation as a stayed sentence; no credits and no technical-violation limit',
    citation: 'Minn. Stat. § 609.135, subd. 1; § 609.14',
    rules: ['scope'],
    effective: { from: '1900-01-01', selectedBy: 'the as-of date (explanation only)' },
    sources: [
      source(
        'Minn. Stat. § 609.135, subd. 1(a), (b)',
        'M.S.A. text as quoted by the Restorative Justice clearinghouse',
        'http://rjclearinghouse.org/detail.php?id=102',
      ),
      S_609_14,
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'That Minnesota gives no earned-time credits on probation and sets no technical-violation confinement limit rests on the absence of any such provision in what was read.',
      ),
    ],
    readings: [
      'Only probation terms are stays under § 609.135; other kinds get an explanation and no date.',
      'A stay of adjudication (disposition deferred) gets the subd. 2 limits as if it were a stay of imposition, with a warning.',
    ],
    openQuestions: ['Does subd. 2 limit a stay of adjudication under § 609.095(b)?'],
    tests: [test('rules/scope.test.ts')],
  },
  {
    id: 'us-mn.stay-maximum',
    title: 'Stay of sentence maximum periods: felony five-year limit, listed felonies, gross misdemeanors and misdemeanors',
    citation: 'Minn. Stat. § 609.135, subd. 2(a)–(f); former subd. 2(a)–(e) (2020)',
    rules: ['stayMaximum'],
    effective: {
      from: '2023-08-01',
      selectedBy:
        'the stay date (sentenceDate) for paragraphs (a)–(f) and the former text before 2023-08-01; the earlier of the offense date and the stay date for the version of the (b) list (2023 list, or the 2024 list from 2024-08-01)',
    },
    sources: [
      S_2024,
      S_2020,
      S_HF1737,
      S_2014,
      S_CH52,
      source(
        'Minn. R. Crim. P. 27.03, subd. 9',
        'as applied in Reynolds v. State (Minn. 2016)',
        'http://elawyers.us/opinion/minn/2016/inmnco20161207285/reynolds-v-state',
      ),
    ],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        '(a), (b) (2024 list) and the start of (c) are from primary text; the 2023 (b) list is reconstructed (unverified); (d)–(f) after 2023 are carried forward from the 2020 text; the extension paragraphs were not read. Rechecked 2026-11-30: the former (2020) text agrees in two copies (S0970A16, H.F. 1737) and with the 2014 session law; no copy of the 2023 session law or of the 2024 effective-date clause was reachable.',
      ),
    ],
    readings: [
      'The limit counts from the stay (sentenceDate), not a later start of supervision; end = stay + limit in calendar months, clamped to the month end.',
      '(a) "whichever is less": without maxPrisonMonths the limit is 5 years, with a warning; (b) and the former "whichever is longer" rule give no date without it.',
      "The record's maxPrisonMonths comes first; for a few sections the offense table supplies a recalled maximum, with a warning.",
      'Several offenses: the longest limit governs; an unknown limit wins.',
      'The 2023 (b) list is the 2024 list without § 609.3458 and without attempts or conspiracies to commit listed sections (parameter alternatives give the other reading).',
      'The 2024 list applies where both the offense and the stay are on or after 2024-08-01 (no offense date: the stay date, with a warning).',
      "An attempt or conspiracy is read from the record's offense field `inchoate`, with `statute` naming the object offense.",
      'Extension orders move the latest lawful end by their months, up to 36 (restitution or treatment extensions), with a warning.',
      'A stay ordered longer than the limit gives a term_cap opportunity (correction under Rule 27.03, subd. 9); a (b) offense whose stay (a) would have cut gives an ineligible term_cap.',
    ],
    openQuestions: [
      'The 2023 text of paragraph (b) and what Laws 2024, ch. 123, art. 6, § 9 changed (the mncjss record says only "Amendment to (b)").',
      'The effective-date clause of the 2024 amendment: "applies to crimes committed on or after" (offense date, encoded) or to sentences pronounced from August 1, 2024 (stay date, the alternative).',
      'The 2023–2024 text of paragraphs (d)–(i), and whether the gross-misdemeanor limit fell from six to four years in 2023.',
      'The restitution and treatment extension paragraphs and the 2023 amendments to subds. 1a and 1c.',
      'A felony under Minnesota Statutes 2012, § 609.21, subd. 1a(b), (c) stayed before August 1, 2023: left out of former (a) but not named in former (b) after the 2014 renumbering; read under the general former rule, though the 2014 text gave it six years.',
      'The effective date of Laws 2014, ch. 270, § 1 (§ 609.3451 gross misdemeanors moved from two to six years); not encoded because every such stay has ended.',
    ],
    tests: [test('rules/stay-maximum.test.ts'), test('offense-table.test.ts')],
  },
  {
    id: 'us-mn.retroactivity-2023',
    title: 'Retroactive application of the 2023 felony limit to stays pronounced before August 1, 2023',
    citation: 'Laws 2023, ch. 52 (retroactivity section, not read); Minn. Stat. § 609.135, subd. 2(a), (b)',
    rules: ['retroactiveFelonyLimit'],
    effective: { from: '2023-08-01', selectedBy: 'the as-of date (the law must be in force); values of August 1, 2023 (2023 list)' },
    sources: [S_HF1607, S_CH52, S_LEGIPLEX, S_RESEARCH],
    reviews: [
      engineeringReview(
        READ,
        'unverified',
        'The enacted retroactivity section was not read (searched again 2026-11-30: no copy of Laws 2023, ch. 52 or S.F. 2909 past its title was reachable); the mechanism is a parameter (default: by court order), and no deadline is encoded because no source read gives one.',
      ),
    ],
    readings: [
      'A felony stay pronounced before 2023-08-01, not on the 2023 (b) list, whose stay runs past stay + the lesser of 5 years and the maximum, may be cut by the court to that limit: term_cap dated at that limit (eligible once reached and the law is in force).',
      "The latest lawful end stays the former law's until a court acts (alternative: automatic, which caps the term).",
      'A stay whose last day (as ordered, or at the former limit) came before 2023-08-01 is not reached: it was no longer running when the law took effect.',
    ],
    openQuestions: [
      'Read the enacted section (Laws 2023, ch. 52; its article and section number are not known here): automatic or by motion/hearing; who acts (court, probation agency, prosecutor); deadlines, including whether the February 1, 2024 date some summaries mention is in the law and what it governs; notice; prosecutor or victim objection; which stays it reaches (felony only? listed offenses excluded by the 2023 or the 2024 list?); and whether time already served past five years leads to immediate discharge.',
      'Whether the 2024 amendment of the (b) list reaches stays pronounced before August 1, 2023 through the retroactivity section (encoded: the 2023 list, as of August 1, 2023).',
    ],
    tests: [test('rules/retroactivity.test.ts')],
  },
  {
    id: 'us-mn.discharge-after-expiry',
    title: 'Discharge six months after the stay expires',
    citation: 'Minn. Stat. § 609.135, subd. 2(g) (former (f)); § 609.14, subd. 1(b)',
    rules: ['dischargeAfterExpiry'],
    effective: { from: '1900-01-01', selectedBy: 'the stay date' },
    sources: [S_2020, S_609_14, S_RESEARCH],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The sentence was read up to "unless"; its exceptions come from the research file.',
      ),
    ],
    readings: [
      'The discharge is mandatory but follows the end of the stay; it is explained with its date and does not move the projected end (supervision ends when the stay expires).',
      'The expiry is the earlier of the stay as it stands and the latest lawful end.',
    ],
    openQuestions: [
      'Whether a pending violation report keeps the case open past the six months (§ 609.14, subd. 1(c) as amended in 2023).',
    ],
    tests: [test('rules/discharge.test.ts')],
  },
];
