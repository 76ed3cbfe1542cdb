/**
 * Minnesota (US-MN): every number and list of Minn. Stat. § 609.135, subd. 2 (stay of sentence maximum
 * periods) that the rules read, each with its source.
 *
 * Versions are selected by the day the court pronounced the stay (the term's sentenceDate): subd. 2
 * limits the stay a court may order. The one exception is the paragraph (b) list as amended in 2024,
 * which is selected by the earlier of the offense date and the stay date (see
 * `felony.listVersionSelectedBy`). A stay pronounced before 2023-08-01 and evaluated on or after it is
 * reached by the 2023 session law's retroactivity provision (see `retro.*` and rules/retroactivity.ts).
 *
 * Text read 2026-11-30:
 * - 2024 text of subd. 2(a), (b) and the start of (c): Minnesota Criminal Justice Statute Service
 *   (mncjss) record 609.135.2, statute ID 19947, "Amended c123 art6 sect9; Effective 08/01/2024;
 *   Amendment to (b)", enactment date May 24, 2024.
 * - Pre-2023 text: Minnesota Statutes 2020, section 609.135, subdivision 2, as reproduced in the 2021
 *   House amendment S0970A16 to S.F. 970 and in 2021 H.F. 1737 as introduced. The copies read are
 *   plain text: the bill's strike/underline markup is not visible, so the text is taken as the 2020 law.
 * - 2012 text of subd. 2 as amended by Laws 2014, ch. 270, § 1 (revisor.mn.gov session law, with the
 *   strike/underline markup): the 2014 insertion of § 609.3451 into the six-year gross-misdemeanor list,
 *   and the criminal vehicular operation felonies then cited as § 609.21, subd. 1a(b), (c). The 2014
 *   effective-date clause was not read (the stored copy breaks off in paragraph (d)).
 * - 2023 text of paragraph (b): NOT read (no copy was reachable); the 2023 list is a reconstruction.
 * - The 2023 effective date (August 1, 2023) rests on Minn. Stat. § 645.02 (the default effective date)
 *   and news coverage; the effective-date clause of Laws 2023, ch. 52 was not read.
 * - Searched again on 2026-11-30 for Laws 2023, ch. 52 (the subd. 2 section, its effective-date clause,
 *   the retroactivity section) and for the effective-date clause of Laws 2024, ch. 123, art. 6, § 9:
 *   the stored copies of the session laws and of S.F. 2909 / H.F. 5216 break off in their title or line
 *   numbers, and no statute mirror, court opinion or agency page that quotes them was found.
 *
 * `from: '1900-01-01'` on a pre-2023 value means "in force for every stay a record here can carry" (records
 * date from 1900, records/schema.ts EARLIEST_YEAR); the text is older than the 2020 compilation read, and
 * its earlier amendments do not change any result here.
 */
import { defineParameters, parameter, type Source } from '../../engine/parameters.ts';

export const MNCJSS_609_135_2 = 'https://www.mncjss.state.mn.us/StatuteSearch/StatuteDetails?FunctionID=39876&StatuteID=19947';
export const REVISOR_609_135 = 'https://www.revisor.mn.gov/statutes/cite/609.135';
export const LAWS_2023_CH_52 = 'https://www.revisor.mn.gov/laws/2023/0/52/';
export const HF_1607_2023 =
  'https://www.revisor.mn.gov/bills/text.php?number=HF1607&session=ls93&version=list&session_number=0&session_year=2023';
export const S0970A16_2021 = 'https://www.house.mn.gov/amend/S0970A16.htm';
export const HF_1737_2021 =
  'https://www.revisor.mn.gov/bills/text.php?number=HF1737&session=ls92&version=list&session_number=0&session_year=2021';
export const LAWS_2014_CH_270 = 'https://www.revisor.mn.gov/laws/2014/0/Session+Law/Chapter/270/';

const LAWS_2023 = 'Laws 2023, ch. 52 (S.F. 2909), amending § 609.135, subd. 2 (from H.F. 1607 / S.F. 1950)';
const LAWS_2024 = 'Laws 2024, ch. 123, art. 6, § 9';
const STATUTES_2020 = 'Minnesota Statutes 2020 text (earlier session laws not read)';

export const REFORM_2023 = '2023-08-01';
export const REFORM_2024 = '2024-08-01';

const subd2 = (paragraph: string, enactedBy: string, url: string = MNCJSS_609_135_2): Source => ({
  citation: `Minn. Stat. § 609.135, subd. 2${paragraph}`,
  enactedBy,
  url,
});
const former = (paragraph: string): Source => ({
  citation: `Minn. Stat. § 609.135, subd. 2${paragraph} (2020)`,
  enactedBy: STATUTES_2020,
  url: S0970A16_2021,
});

/** Paragraph (b) as read in the 2024 text: the sections whose felony violation keeps the longer limit. */
const LISTED_2024 = [
  '609.19',
  '609.195',
  '609.20',
  '609.2112',
  '609.2113.2',
  '609.2662',
  '609.2663',
  '609.2664',
  '609.268',
  '609.342',
  '609.343',
  '609.344',
  '609.345',
  '609.3451',
  '609.3458',
  '609.749',
] as const;

/** The 2023 list as reconstructed: the 2024 list without sexual extortion (see the note). */
const LISTED_2023 = LISTED_2024.filter((s) => s !== '609.3458');

export const usMnParameters = defineParameters('us-mn', {
  felony: {
    generalYears: parameter<number>({
      label: 'Felony stay: general limit in years',
      description:
        'The years that paragraph (a) sets against the statutory maximum prison term for a felony stay. Before August 1, 2023: four years or the maximum, whichever is longer. From then: five years or the maximum, whichever is less.',
      unit: 'years',
      values: [
        {
          from: '1900-01-01',
          value: 4,
          source: former('(a)'),
          note: '"the stay shall be for not more than four years or the maximum period for which the sentence of imprisonment might have been imposed, whichever is longer" (felonies other than criminal vehicular operation under § 609.2113, subd. 1 or 2, or § 609.2114, subd. 2).',
        },
        {
          from: REFORM_2023,
          value: 5,
          source: subd2('(a)', LAWS_2023),
          note: '"Except as provided in paragraph (b), if the conviction is for a felony, the stay shall be for not more than five years or the maximum period for which the sentence of imprisonment might have been imposed, whichever is less." Read in the 2024 text; the 2023 session law itself was not read. Effective date August 1, 2023 from Minn. Stat. § 645.02 and news coverage.',
        },
      ],
    }),
    generalCombine: parameter<'longer' | 'less'>({
      label: 'Felony stay: how the years and the statutory maximum combine',
      description: 'Whether paragraph (a) takes the longer or the lesser of its years and the statutory maximum prison term.',
      unit: 'list',
      values: [
        { from: '1900-01-01', value: 'longer', source: former('(a)') },
        { from: REFORM_2023, value: 'less', source: subd2('(a)', LAWS_2023) },
      ],
    }),
    missingMaximumYears: parameter<number>({
      label: 'Felony stay: limit used when the statutory maximum is unknown',
      description:
        'Under the "whichever is less" rule the stay can never exceed the years of paragraph (a), so a record without the statutory maximum is capped at those years, with a warning.',
      unit: 'years',
      values: [
        {
          from: REFORM_2023,
          value: 5,
          source: subd2('(a)', LAWS_2023),
          note: 'Pathways reading: the lesser of 5 years and an unknown maximum is at most 5 years. If the maximum is shorter, the true limit is earlier; the rule warns.',
        },
      ],
    }),
    listedYears: parameter<number>({
      label: 'Listed felonies: years set against the statutory maximum',
      description:
        'Paragraph (b): for a listed felony the stay may run for four years or the statutory maximum prison term, whichever is longer.',
      unit: 'years',
      values: [{ from: REFORM_2023, value: 4, source: subd2('(b)', LAWS_2023) }],
    }),
    listedSections: parameter<readonly string[]>({
      label: 'Listed felonies (paragraph (b))',
      description:
        'Sections (normalised as in the offense table: "609.2113.2" is § 609.2113, subd. 2) whose felony violation keeps the longer limit of paragraph (b).',
      unit: 'list',
      values: [
        {
          from: REFORM_2023,
          value: LISTED_2023,
          source: subd2('(b)', LAWS_2023, LAWS_2023_CH_52),
          note: 'UNVERIFIED: the 2023 text of (b) was not read. Reconstructed as the 2024 list without § 609.3458 (sexual extortion), on the reading that the 2024 amendment (Laws 2024, ch. 123, art. 6, § 9, "Amendment to (b)") added sexual extortion and the attempt-or-conspiracy wording for listed sections. If the 2023 list was the same as the 2024 one, sexual extortion stayed between August 1, 2023 and July 31, 2024 gets the longer limit.',
        },
        {
          from: REFORM_2024,
          value: LISTED_2024,
          source: subd2('(b)', LAWS_2024),
          note: 'Read in the mncjss copy of the 2024 text: "609.19; 609.195; 609.20; 609.2112; 609.2113, subdivision 2; 609.2662; 609.2663; 609.2664; 609.268; 609.342; 609.343; 609.344; 609.345; 609.3451; 609.3458; or 609.749".',
        },
      ],
      alternatives: [
        { value: LISTED_2024, reading: 'The 2023 list was already the 2024 list (sexual extortion included from August 1, 2023).' },
      ],
    }),
    listedIncludesAttemptAndConspiracy: parameter<boolean>({
      label: 'Listed felonies: attempts and conspiracies included',
      description: 'Whether "a felony-level attempt or conspiracy to violate" a listed section is itself listed (the 2024 text says so).',
      unit: 'boolean',
      values: [
        {
          from: REFORM_2023,
          value: false,
          source: subd2('(b)', LAWS_2023, LAWS_2023_CH_52),
          note: 'UNVERIFIED reconstruction of the 2023 text (see listedSections).',
        },
        { from: REFORM_2024, value: true, source: subd2('(b)', LAWS_2024) },
      ],
      alternatives: [{ value: true, reading: 'The 2023 text already listed attempts and conspiracies.' }],
    }),
    listedInchoateOnlySections: parameter<readonly string[]>({
      label: 'Listed only as an attempt or conspiracy',
      description:
        'Sections listed in (b) only as "a felony-level attempt or conspiracy to violate" them: first-degree murder and first-degree murder of an unborn child (the completed crimes carry life imprisonment and cannot be stayed).',
      unit: 'list',
      values: [
        {
          from: REFORM_2023,
          value: ['609.185', '609.2661'],
          source: subd2('(b)', LAWS_2023, LAWS_2023_CH_52),
          note: 'Read in the 2024 text; assumed in the 2023 text too (unverified).',
        },
        { from: REFORM_2024, value: ['609.185', '609.2661'], source: subd2('(b)', LAWS_2024) },
      ],
    }),
    listVersionSelectedBy: parameter<'offense_date' | 'stay_date'>({
      label: 'Which date selects the version of the (b) list',
      description:
        'The 2024 list applies to a stay pronounced on or after August 1, 2024 for an offense committed on or after that date (offense_date), or to every stay pronounced from that date (stay_date).',
      unit: 'list',
      values: [
        {
          from: REFORM_2023,
          value: 'offense_date',
          source: subd2('(b)', LAWS_2024),
          note: 'The effective-date clause of Laws 2024, ch. 123, art. 6, § 9 was not read (searched again 2026-11-30; the only dated source is the mncjss record, "Effective 08/01/2024", which does not say whether the date is of the offense or of the stay). Adding offenses to (b) lengthens the longest lawful stay, and Minnesota session laws that increase punishment customarily apply "to crimes committed on or after" the effective date; so the version in force on the earlier of the offense date and the stay date is used. Without an offense date, the stay date, with a warning.',
        },
      ],
      alternatives: [{ value: 'stay_date', reading: 'The version in force on the day the stay is pronounced.' }],
    }),
    formerCvoYears: parameter<number>({
      label: 'Former law: criminal vehicular operation felonies',
      description:
        'Before August 1, 2023, a felony under § 609.2113, subd. 1 or 2, or § 609.2114, subd. 2 could be stayed for not more than six years.',
      unit: 'years',
      values: [
        { from: '1900-01-01', value: 6, source: former('(b)') },
        {
          from: REFORM_2023,
          value: null,
          source: subd2('(a), (b)', LAWS_2023),
          note: 'The 2023 text has no such paragraph; § 609.2113, subd. 2 moved into the (b) list.',
        },
      ],
    }),
    formerCvoSections: parameter<readonly string[]>({
      label: 'Former law: criminal vehicular operation felonies (sections)',
      description: 'The sections the former six-year felony paragraph named.',
      unit: 'list',
      values: [
        {
          from: '1900-01-01',
          value: ['609.2113.1', '609.2113.2', '609.2114.2'],
          source: former('(a), (b)'),
          note: 'The 2020 text of (a) also leaves out a felony under "Minnesota Statutes 2012, section 609.21, subdivision 1a, paragraph (b) or (c)" (the same offenses before their 2014 renumbering), but (b) does not name it; the 2014 text (Laws 2014, ch. 270, § 1) gave it six years. Not encoded: such a felony is read under the general former rule (open question).',
        },
      ],
    }),
  },

  grossMisdemeanor: {
    specifiedYears: parameter<number>({
      label: 'Specified gross misdemeanors: limit in years',
      description: 'The stay for a gross misdemeanor violation of § 169A.20 (impaired driving), § 609.2113, subd. 3, or § 609.3451.',
      unit: 'years',
      values: [
        { from: '1900-01-01', value: 6, source: former('(b)') },
        {
          from: REFORM_2023,
          value: 4,
          source: subd2('(c)', LAWS_2023),
          note: 'Read in the 2024 text ("shall be for not more than four years"). That the change from six years came with Laws 2023, ch. 52 is inferred: the 2020 text read says six years, and no other amendment was found.',
        },
      ],
    }),
    specifiedSections: parameter<readonly string[]>({
      label: 'Specified gross misdemeanors (sections)',
      description: 'The sections of the specified-gross-misdemeanor paragraph.',
      unit: 'list',
      values: [
        {
          from: '1900-01-01',
          value: ['169A.20', '609.2113.3', '609.3451'],
          source: former('(b)'),
          note: '§ 609.3451 was added to this list by Laws 2014, ch. 270, § 1 (read in the revisor copy with its markup; before it, a gross misdemeanor under § 609.3451 had the two-year limit). The 2014 effective-date clause was not read, so the earlier list is not encoded: any such stay pronounced before the 2014 change ended by 2020 at the latest.',
        },
        { from: REFORM_2023, value: ['169A.20', '609.2113.3', '609.3451'], source: subd2('(c)', LAWS_2023) },
      ],
    }),
    otherYears: parameter<number>({
      label: 'Other gross misdemeanors: limit in years',
      description: 'The stay for a gross misdemeanor not specified above.',
      unit: 'years',
      values: [
        { from: '1900-01-01', value: 2, source: former('(c)') },
        {
          from: REFORM_2023,
          value: 2,
          source: subd2('(d)', LAWS_2023, S0970A16_2021),
          note: 'The 2023–2024 text of this paragraph was not read; carried forward from the 2020 text, re-lettered (d) after the 2023 insertion of paragraph (b).',
        },
      ],
    }),
  },

  misdemeanor: {
    specifiedYears: parameter<number>({
      label: 'Specified misdemeanors: limit in years',
      description:
        'The stay for a misdemeanor under § 169A.20, § 609.746, subd. 1, § 609.79 or § 617.23, or under § 609.2242 or § 609.224, subd. 1 against a family or household member (§ 518B.01).',
      unit: 'years',
      values: [
        { from: '1900-01-01', value: 2, source: former('(d)') },
        {
          from: REFORM_2023,
          value: 2,
          source: subd2('(e)', LAWS_2023, S0970A16_2021),
          note: 'Carried forward from the 2020 text, re-lettered (e); the 2023–2024 text of this paragraph was not read.',
        },
      ],
    }),
    specifiedSections: parameter<readonly string[]>({
      label: 'Specified misdemeanors (sections, any victim)',
      description: 'Misdemeanors under these sections get the longer misdemeanor limit whoever the victim was.',
      unit: 'list',
      values: [{ from: '1900-01-01', value: ['169A.20', '609.746.1', '609.79', '617.23', '609.2242'], source: former('(d)') }],
    }),
    familyVictimSections: parameter<readonly string[]>({
      label: 'Specified misdemeanors (sections, family or household victim)',
      description:
        "Misdemeanors under these sections get the longer limit only where the victim was a family or household member (the record's domestic_violence tag).",
      unit: 'list',
      values: [
        {
          from: '1900-01-01',
          value: ['609.224'],
          source: former('(d)'),
          note: 'Only § 609.224, subd. 1 is a misdemeanor, so a misdemeanor under § 609.224 is read as subd. 1. § 609.2242 (domestic assault) is always against a family or household member and sits in the first list.',
        },
      ],
    }),
    otherYears: parameter<number>({
      label: 'Other misdemeanors: limit in years',
      description: 'The stay for a misdemeanor not specified above.',
      unit: 'years',
      values: [
        { from: '1900-01-01', value: 1, source: former('(e)') },
        {
          from: REFORM_2023,
          value: 1,
          source: subd2('(f)', LAWS_2023, S0970A16_2021),
          note: 'Carried forward from the 2020 text, re-lettered (f); the 2023–2024 text of this paragraph was not read.',
        },
      ],
    }),
  },

  discharge: {
    monthsAfterExpiry: parameter<number>({
      label: 'Discharge after the stay expires',
      description:
        '"The defendant shall be discharged six months after the term of the stay expires, unless the stay has been revoked or extended … or the defendant has already been discharged."',
      unit: 'months',
      values: [
        { from: '1900-01-01', value: 6, source: former('(f)') },
        {
          from: REFORM_2023,
          value: 6,
          source: subd2('(g)', LAWS_2023, S0970A16_2021),
          note: 'Read in the 2020 text (paragraph (f)) up to "unless"; the rest of the sentence (unless the stay was revoked or extended, or the defendant was already discharged) is from the research file\'s summary of the 2021 text (secondary). Carried forward and re-lettered (g) (not read in the 2023–2024 text).',
        },
      ],
    }),
  },

  extensions: {
    maxMonthsBeyondLimit: parameter<number>({
      label: 'Most a stay may be extended past its limit',
      description:
        'Notwithstanding the maximum periods, the court may extend probation for unpaid restitution (one year, and one more year) or for court-ordered treatment not completed (up to three years), after a hearing under subd. 1a or 1c. An extension order in the record may move the latest lawful end by its months, up to this many.',
      unit: 'months',
      values: [
        {
          from: '1900-01-01',
          value: 36,
          source: { citation: 'Minn. Stat. § 609.135, subd. 2(g), (h) (2020)', enactedBy: STATUTES_2020 },
          note: 'UNVERIFIED: the extension paragraphs were not read (the copies read break off before them); recalled from the pre-2023 text. The larger of the two (treatment, three years) is used because the record does not say why a term was extended.',
        },
        {
          from: REFORM_2023,
          value: 36,
          source: { citation: 'Minn. Stat. § 609.135, subd. 2(h), (i)', enactedBy: LAWS_2023, url: HF_1607_2023 },
          note: 'UNVERIFIED, as above; H.F. 1607 (2023) amended subds. 1a and 1c, read here as conforming cross-references to the re-lettered paragraphs.',
        },
      ],
      alternatives: [{ value: 24, reading: 'Only restitution extensions (one year plus one year) are recorded as extension orders.' }],
    }),
  },

  retro: {
    mechanism: parameter<'court_order' | 'automatic'>({
      label: 'How the 2023 limit reaches stays pronounced before August 1, 2023',
      description:
        'court_order: the person may have the stay reduced to the new limit by the court (term_cap opportunity; the latest lawful end stays the former one until the court acts). automatic: the new limit applies to the existing stay by law (statutory maximum moves).',
      unit: 'list',
      values: [
        {
          from: REFORM_2023,
          value: 'court_order',
          source: {
            citation: 'Laws 2023, ch. 52 (retroactive application of § 609.135, subd. 2)',
            enactedBy: LAWS_2023,
            url: LAWS_2023_CH_52,
          },
          note: 'UNVERIFIED: the enacted retroactivity section was not read (searched again 2026-11-30; no copy reachable). No deadline is encoded: no source read gives one, including the February 1, 2024 date some summaries mention. H.F. 1607 (2023) is titled "providing for retroactive application"; every summary read (Minnesota House Session Daily, legiplex summaries of H.F. 1607 and S.F. 1950, Reason/Criminal Legal News) says people already serving more than five years "will be eligible for resentencing" or to "have their terms reduced", which reads as a court act rather than a change by operation of law.',
        },
      ],
      alternatives: [{ value: 'automatic', reading: 'The 2023 limit applies to every existing felony stay by operation of law.' }],
    }),
  },
});

export type UsMnParameters = typeof usMnParameters;
