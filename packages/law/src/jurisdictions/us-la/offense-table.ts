/**
 * Louisiana offense table: citations normalised to "RS 14:64" (Title 14, the Criminal Code; Title 40,
 * the drug law), and the tags the rules read.
 *
 * - `violent`: a "crime of violence" as defined or enumerated in La. R.S. 14:2(B). Such an offense
 *   earns no compliance credits (C.Cr.P. art. 895.6(A); R.S. 15:574.6.1(A)(1)).
 * - `sex_registration`: a "sex offense" as defined in La. R.S. 15:541. Also no credits.
 * - Fact `art893FiveYears`: R.S. 14:81.1 and 14:81.2, whose first conviction may carry up to five years
 *   of probation after Act 280 (C.Cr.P. art. 893(A); rules/probation-term-limit.ts).
 * - Other tags (theft, drug, dui, weapon, domestic_violence, homicide, stalking, child_abuse) are for
 *   other consumers and explanations.
 *
 * The 14:2(B) list was not re-read for this table (2026-11-30); entries rest on the list as commonly
 * published (it is long and amended most years), and each names 14:2(B) without its item number. Where
 * only some forms of an offense are on the list (domestic abuse battery, R.S. 14:35.3), the entry gives
 * the fact `covDependsOnForm` and no `violent` tag; the credit rule warns.
 *
 * Louisiana numbers sections with dots ("14:64.1" is first degree robbery, a different crime from
 * "14:64" armed robbery), so each entry matches its own section and its parenthetical subdivisions
 * ("RS 14:64(A)") but never a dotted section after it: an unlisted dotted section stays unclassified
 * and the rules say so in `warnings`.
 */
import type { IsoDate } from '../../dates/calendar.ts';
import type { OffenseTable, OffenseTableEntry } from '../../engine/offense-table.ts';
import type { OffenseTag } from '../../records/vocabulary.ts';

const AS_OF: IsoDate = '2026-11-30';
const COV = 'La. R.S. 14:2(B)';
const SEX = 'La. R.S. 15:541';
/** Crimes of violence that C.Cr.P. art. 890.3(C) names as "enumerated in R.S. 14:2(B)" (primary text, Acts 2016 No. 509 and 2017 No. 196, read 2026-12-02 at legis.la.gov). */
const COV_890_3 = `${COV} (named in C.Cr.P. art. 890.3(C))`;
/** From a published compilation of the 14:2(B) list, not read in primary text (2026-12-02). */
const COV_COMPILED = `${COV} (list as compiled; primary text not read)`;
const FIVE_YEARS =
  'C.Cr.P. art. 893(A) after Act 280: a first conviction may be suspended with probation of up to five years, a later one not at all (résumé digest of Act 280).';

function entry(
  section: string,
  title: string,
  tags: readonly OffenseTag[],
  citation: string,
  facts?: Readonly<Record<string, string | number | boolean>>,
  note?: string,
): OffenseTableEntry {
  const statute = `RS ${section}`;
  const e: OffenseTableEntry = { statute, title, tags, citation, asOf: AS_OF };
  return { ...e, ...(facts === undefined ? {} : { facts }), ...(note === undefined ? {} : { note }) };
}

export const usLaOffenseTable: OffenseTable = {
  dottedNumbersAreSections: true,
  aliases: [
    // "La. R.S. 14:64", "LSA-R.S. 14:64", "La. Rev. Stat. Ann. § 14:64", "R.S. 14:64", "RS 14:64".
    // Also "RS14:64", "LRS 14:64", "Louisiana Revised Statutes 14:64".
    [
      /^(?:LA\.?\s*)?(?:LSA[-\s]*)?(?:LOUISIANA\s+REVISED\s+STATUTES?|REV\.?\s*STAT\.?(?:\s*ANN\.?)?|L\.?\s*R\.?\s*S\.?(?=[\s\d])|R\.\s*S\.|RS(?=[\s\d]|$))\s*/,
      'RS ',
    ],
    // A bare "14:64".
    [/^(\d{1,2}:)/, 'RS $1'],
    // "14 : 64" → "14:64" after the prefix.
    [/^RS (\d{1,2})\s*:\s*/, 'RS $1:'],
  ],
  entries: [
    // Homicide.
    entry('14:28.1', 'Solicitation for murder', ['violent'], COV),
    entry('14:30', 'First degree murder', ['violent', 'homicide', 'life_eligible'], COV),
    entry('14:30.1', 'Second degree murder', ['violent', 'homicide', 'life_eligible'], COV),
    entry('14:31', 'Manslaughter', ['violent', 'homicide'], COV),
    entry('14:32', 'Negligent homicide', ['homicide'], 'La. R.S. 14:32', undefined, 'Not on the 14:2(B) list as read.'),

    // Battery and assault.
    entry('14:34', 'Aggravated battery', ['violent'], COV),
    entry('14:34.1', 'Second degree battery', ['violent'], COV),
    entry('14:34.7', 'Aggravated second degree battery', ['violent'], COV),
    entry('14:35', 'Simple battery', [], 'La. R.S. 14:35'),
    entry(
      '14:35.3',
      'Domestic abuse battery',
      ['domestic_violence'],
      'La. R.S. 14:35.3',
      { covDependsOnForm: true },
      'Only some forms (e.g. with strangulation or burning, or child endangerment) are crimes of violence under 14:2(B); the record must say which.',
    ),
    entry(
      '14:32.1',
      'Vehicular homicide',
      ['homicide'],
      COV_COMPILED,
      { covDependsOnForm: true },
      'A crime of violence only with a blood alcohol concentration of 0.20 percent or more; the record must say.',
    ),
    entry(
      '14:39.1',
      'Vehicular negligent injuring',
      [],
      'La. R.S. 14:39.1',
      undefined,
      'Excluded from early termination of a misdemeanor probation (C.Cr.P. art. 897(B)).',
    ),
    entry(
      '14:39.2',
      'First degree vehicular negligent injuring',
      [],
      'La. R.S. 14:39.2',
      { covDependsOnForm: true },
      'Excluded from early termination of a felony probation (C.Cr.P. art. 897(A)). A crime of violence under 14:2(B) only with a high blood alcohol concentration, as a 2024 amendment is reported to provide (not re-read); the record must say.',
    ),
    entry('14:34.2', 'Battery of a police officer', ['violent'], COV_COMPILED),
    entry('14:34.6', 'Disarming of a peace officer', ['violent', 'weapon'], COV_890_3),
    entry('14:34.9.1', 'Aggravated assault upon a dating partner', ['violent', 'domestic_violence'], COV_COMPILED),
    entry('14:37', 'Aggravated assault', ['violent'], COV),
    entry('14:37.1', 'Assault by drive-by shooting', ['violent', 'weapon'], COV_890_3),
    entry('14:37.2', 'Aggravated assault upon a peace officer', ['violent'], COV_COMPILED),
    entry('14:38.1', 'Mingling harmful substances', ['violent'], COV_COMPILED),
    entry('14:37.4', 'Aggravated assault with a firearm', ['violent', 'weapon'], COV),
    entry('14:37.7', 'Domestic abuse aggravated assault', ['violent', 'domestic_violence'], COV),
    entry(
      '14:40.2',
      'Stalking',
      ['violent', 'stalking'],
      COV,
      undefined,
      'Outside the two-year limit on misdemeanor probation (C.Cr.P. art. 894(A)(1)).',
    ),
    entry(
      '14:74',
      'Criminal neglect of family',
      [],
      'La. R.S. 14:74',
      undefined,
      'Outside the two-year limit on misdemeanor probation (C.Cr.P. art. 894(A)(1)).',
    ),

    // Sex offenses (R.S. 15:541) — most are also crimes of violence.
    entry('14:42', 'First degree rape', ['violent', 'sex_registration', 'life_eligible'], `${COV}; ${SEX}`),
    entry('14:42.1', 'Second degree rape', ['violent', 'sex_registration'], `${COV}; ${SEX}`),
    entry('14:43', 'Third degree rape', ['violent', 'sex_registration'], `${COV}; ${SEX}`),
    entry('14:43.1', 'Sexual battery', ['violent', 'sex_registration'], `${COV}; ${SEX}`),
    entry('14:43.2', 'Second degree sexual battery', ['violent', 'sex_registration'], `${COV}; ${SEX}`),
    entry('14:80', 'Felony carnal knowledge of a juvenile', ['sex_registration'], SEX),
    entry('14:81', 'Indecent behavior with juveniles', ['sex_registration'], SEX),
    entry('14:81.1', 'Pornography involving juveniles', ['sex_registration'], SEX, { art893FiveYears: true }, FIVE_YEARS),
    entry('14:81.2', 'Molestation of a juvenile', ['sex_registration'], SEX, { art893FiveYears: true }, FIVE_YEARS),
    entry('14:89.1', 'Aggravated crime against nature', ['violent', 'sex_registration'], `${COV}; ${SEX}`),
    entry('14:283', 'Video voyeurism', ['sex_registration'], SEX),

    // Kidnapping, robbery, burglary.
    entry('14:46.2', 'Human trafficking', ['violent'], COV_890_3),
    entry('14:46.3', 'Trafficking of children for sexual purposes', ['violent', 'sex_registration'], `${COV_890_3}; ${SEX}`),
    entry('14:44', 'Aggravated kidnapping', ['violent', 'life_eligible'], COV),
    entry('14:44.1', 'Second degree kidnapping', ['violent'], COV),
    entry('14:45', 'Simple kidnapping', ['violent'], COV),
    entry('14:60', 'Aggravated burglary', ['violent'], COV),
    entry('14:62', 'Simple burglary', [], 'La. R.S. 14:62'),
    entry('14:62.2', 'Simple burglary of an inhabited dwelling', [], 'La. R.S. 14:62.2'),
    entry('14:62.8', 'Home invasion', ['violent'], COV),
    entry('14:64', 'Armed robbery', ['violent', 'theft', 'weapon'], COV),
    entry('14:64.1', 'First degree robbery', ['violent', 'theft'], COV),
    entry('14:64.2', 'Carjacking', ['violent', 'theft'], COV),
    entry('14:64.3', 'Armed robbery; use of a firearm', ['violent', 'theft', 'weapon'], COV),
    entry('14:64.4', 'Second degree robbery', ['violent', 'theft'], COV),
    entry('14:65', 'Simple robbery', ['violent', 'theft'], COV),
    entry('14:65.1', 'Purse snatching', ['violent', 'theft'], COV),

    // Theft and property.
    entry('14:67', 'Theft', ['theft'], 'La. R.S. 14:67'),
    entry('14:67.10', 'Theft of goods', ['theft'], 'La. R.S. 14:67.10'),
    entry('14:69', 'Illegal possession of stolen things', ['theft'], 'La. R.S. 14:69'),
    entry('14:72', 'Forgery', [], 'La. R.S. 14:72'),
    entry('14:51', 'Aggravated arson', ['violent'], COV),
    entry('14:55', 'Aggravated criminal damage to property', ['violent'], COV_COMPILED),
    entry('14:56', 'Simple criminal damage to property', [], 'La. R.S. 14:56'),
    entry('14:66', 'Extortion', ['violent'], COV_COMPILED),

    // Children.
    entry('14:93', 'Cruelty to juveniles', ['violent', 'child_abuse'], COV),
    entry('14:93.2.3', 'Second degree cruelty to juveniles', ['violent', 'child_abuse'], COV),

    // Flight: only aggravated flight ((C), punished under (E)) is a crime of violence; plain flight is a misdemeanor.
    entry(
      '14:108.1',
      'Flight from an officer',
      [],
      'La. R.S. 14:108.1',
      { covDependsOnForm: true },
      'Aggravated flight (subsection C) is a crime of violence; plain flight is not.',
    ),
    entry('14:108.1(C)', 'Aggravated flight from an officer', ['violent'], COV_COMPILED),
    entry('14:108.1(E)', 'Aggravated flight from an officer', ['violent'], COV_COMPILED),
    entry('14:128.1', 'Terrorism', ['violent'], COV_890_3),

    // Weapons.
    entry('14:94', 'Illegal use of weapons or dangerous instrumentalities', ['violent', 'weapon'], COV),
    entry('14:95', 'Illegal carrying of weapons', ['weapon'], 'La. R.S. 14:95'),
    entry(
      '14:95.1',
      'Possession of a firearm by a person convicted of certain felonies',
      ['weapon'],
      'La. R.S. 14:95.1',
      undefined,
      'Not on the 14:2(B) list as read.',
    ),

    // Driving while intoxicated.
    entry('14:98', 'Operating a vehicle while intoxicated', ['dui'], 'La. R.S. 14:98'),
    entry('14:98.1', 'Operating a vehicle while intoxicated, first offense', ['dui'], 'La. R.S. 14:98.1'),
    entry('14:98.2', 'Operating a vehicle while intoxicated, second offense', ['dui'], 'La. R.S. 14:98.2'),
    entry('14:98.3', 'Operating a vehicle while intoxicated, third offense', ['dui'], 'La. R.S. 14:98.3'),
    entry('14:98.4', 'Operating a vehicle while intoxicated, fourth offense', ['dui'], 'La. R.S. 14:98.4'),

    // Controlled dangerous substances (Title 40). Subsection (A) is manufacture or distribution.
    ...(['966', '967', '968', '969', '970'] as const).flatMap((s, i) => {
      const schedule = ['I', 'II', 'III', 'IV', 'V'][i]!;
      return [
        entry(`40:${s}`, `Controlled dangerous substance, Schedule ${schedule}`, ['drug'], `La. R.S. 40:${s}`),
        {
          statute: `RS 40:${s}(A)`,
          title: `Distribution or possession with intent to distribute, Schedule ${schedule}`,
          tags: ['drug', 'drug_delivery'],
          citation: `La. R.S. 40:${s}(A)`,
          asOf: AS_OF,
          pattern: new RegExp(`^RS 40:${s} ?\\(A\\)`),
        } satisfies OffenseTableEntry,
      ];
    }),
  ],
};
