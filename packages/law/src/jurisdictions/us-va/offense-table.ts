/**
 * Virginia offense table: Code of Virginia citations normalised to "VA 18.2-58", and the tags other
 * consumers read. The Virginia rules encoded here do not turn on the offense (the five-year cap of
 * § 19.2-303 and the limits of § 19.2-306.1 apply whatever the offense), except that the statutory-
 * maximum check reads `life_eligible`.
 *
 * Matching: each entry matches its own section exactly, with or without a subsection ("VA 18.2-58" and
 * "VA 18.2-58(A)"), but not a different section that shares its digits ("VA 18.2-58.1" is carjacking,
 * not robbery), hence the `pattern` on every entry.
 *
 * Categories:
 * - `violent`: an "act of violence" under Va. Code § 19.2-297.1(A) (read 2026-11-30 in the mirror of
 *   Title 19.2 ch. 18);
 * - `life_eligible`: the offense may be punished by life imprisonment (Class 1 or 2 felony, § 18.2-10(a),
 *   (b), read; or a section that says "for life or for any term not less than …" [section text not read
 *   for this table, recalled]);
 * - `sex_registration`: Sex Offender and Crimes Against Minors Registry offenses under Va. Code § 9.1-902
 *   [not read for this table: recalled, unverified];
 * - other tags follow the section's subject (drug, DUI, weapon, theft, stalking, domestic violence).
 */
import type { OffenseTable, OffenseTableEntry } from '../../engine/offense-table.ts';

const AS_OF = '2026-11-30';
const VIOLENCE = (clause: string) => `Va. Code § 19.2-297.1(A)(i)(${clause}) ("act of violence")`;
const REGISTRY = 'Va. Code § 9.1-902 (registry offenses; not re-read for this table)';

function entry(
  section: string,
  title: string,
  tags: OffenseTableEntry['tags'],
  citation: string,
  note?: string,
  facts?: OffenseTableEntry['facts'],
): OffenseTableEntry {
  const e: OffenseTableEntry = { statute: `VA ${section}`, title, tags, citation, asOf: AS_OF };
  if (note !== undefined) e.note = note;
  if (facts !== undefined) e.facts = facts;
  return e;
}

/**
 * The offenses named in the fourth paragraph of Va. Code § 19.2-303 (read 2026-11-30 in the mirror of
 * Title 19.2 ch. 18): committed on or after July 1, 2006 with part of the sentence suspended, the period
 * of suspension must be at least the statutory maximum and probation must last that period,
 * "notwithstanding any other provision of law". Read by rules/supervised-probation-cap.ts.
 */
const MANDATORY_PROBATION = { va303MandatoryProbation: true } as const;
const PARAGRAPH_4 = 'Va. Code § 19.2-303, fourth paragraph (probation for the statutory maximum)';

export const usVaOffenseTable: OffenseTable = {
  dottedNumbersAreSections: true,
  aliases: [
    // "Va. Code § 18.2-58", "Va. Code Ann. § 18.2-58", "Code of Virginia § 18.2-58", "Code of Va. 18.2-58",
    // "Virginia Code 18.2-58", "VA 18.2-58" → "VA 18.2-58"
    [
      /^\s*(?:CODE\s+OF\s+VIRGINIA|CODE\s+OF\s+VA\.?|VIRGINIA\s+CODE(?:\s+ANNOTATED)?|VA\.?\s*CODE(?:\s*ANN\.?)?|VA\.?)(?=[\s\d])\s*/,
      'VA ',
    ],
    // "18.2-58, Code of Virginia" / "18.2-58 of the Code of Virginia" → "VA 18.2-58"
    [/^\s*(\d{1,2}(?:\.\d{1,2})?-[\d.:]+(?:\s*\([A-Z0-9]+\))*)\s*,?\s*(?:OF\s+THE\s+)?CODE\s+OF\s+(?:VIRGINIA|VA\.?)\s*$/, 'VA $1'],
    // a bare "18.2-58" → "VA 18.2-58"
    [/^\s*(\d{1,2}(?:\.\d{1,2})?-\d)/, 'VA $1'],
  ],
  entries: [
    // Homicide (Title 18.2, ch. 4, art. 1).
    entry('18.2-31', 'Capital murder', ['homicide', 'violent', 'life_eligible'], `${VIOLENCE('a')}; § 18.2-10(a)`),
    entry(
      '18.2-32',
      'First and second degree murder',
      ['homicide', 'violent', 'life_eligible'],
      `${VIOLENCE('a')}; § 18.2-10(b)`,
      'First degree murder is a Class 2 felony (life); second degree is 5 to 40 years [not read]. The section covers both, so it is tagged life-eligible.',
    ),
    entry('18.2-33', 'Felony homicide', ['homicide', 'violent'], VIOLENCE('a')),
    entry('18.2-35', 'Voluntary manslaughter', ['homicide', 'violent'], VIOLENCE('a')),
    entry('18.2-36', 'Involuntary manslaughter', ['homicide'], 'Va. Code § 18.2-36'),
    entry('18.2-36.1', 'Involuntary manslaughter while driving under the influence', ['homicide', 'dui'], 'Va. Code § 18.2-36.1'),
    // Kidnapping and assault.
    entry('18.2-47', 'Abduction and kidnapping', ['violent'], VIOLENCE('c')),
    entry(
      '18.2-48',
      'Abduction with intent to extort money or for immoral purpose',
      ['violent', 'life_eligible'],
      `${VIOLENCE('c')}; § 18.2-10(b); ${PARAGRAPH_4}`,
      undefined,
      MANDATORY_PROBATION,
    ),
    entry('18.2-51', 'Malicious wounding', ['violent'], VIOLENCE('d')),
    entry('18.2-51.2', 'Aggravated malicious wounding', ['violent', 'life_eligible'], `${VIOLENCE('d')}; § 18.2-10(b)`),
    entry('18.2-51.4', 'Maiming while driving under the influence', ['dui'], 'Va. Code § 18.2-51.4'),
    entry('18.2-53.1', 'Use or display of a firearm in committing a felony', ['weapon'], 'Va. Code § 18.2-53.1'),
    entry(
      '18.2-57',
      'Assault and battery',
      [],
      'Va. Code § 18.2-57',
      'Not tagged domestic violence: assault on a family or household member is § 18.2-57.2.',
    ),
    entry('18.2-57.2', 'Assault and battery against a family or household member', ['domestic_violence'], 'Va. Code § 18.2-57.2'),
    // Robbery and carjacking.
    entry('18.2-58', 'Robbery', ['violent', 'theft', 'life_eligible'], `${VIOLENCE('e')}; robbery is punishable by life [not read]`),
    entry(
      '18.2-58.1',
      'Carjacking',
      ['violent', 'theft', 'life_eligible'],
      `${VIOLENCE('e')}; carjacking is punishable by life [not read]`,
    ),
    // Threats, stalking, protective orders.
    entry('18.2-60.3', 'Stalking', ['stalking'], 'Va. Code § 18.2-60.3'),
    // Criminal sexual assault (art. 7).
    entry(
      '18.2-61',
      'Rape',
      ['violent', 'sex_registration', 'life_eligible'],
      `${VIOLENCE('f')}; ${REGISTRY}; ${PARAGRAPH_4}`,
      undefined,
      MANDATORY_PROBATION,
    ),
    entry(
      '18.2-63',
      'Carnal knowledge of a child between thirteen and fifteen years of age',
      ['sex_registration'],
      `${REGISTRY}; ${PARAGRAPH_4}`,
      'Added for the § 19.2-303 fourth paragraph; the section text itself was not read.',
      MANDATORY_PROBATION,
    ),
    entry(
      '18.2-67.1',
      'Forcible sodomy',
      ['violent', 'sex_registration', 'life_eligible'],
      `${VIOLENCE('f')}; ${REGISTRY}; ${PARAGRAPH_4}`,
      undefined,
      MANDATORY_PROBATION,
    ),
    entry(
      '18.2-67.2',
      'Object sexual penetration',
      ['violent', 'sex_registration', 'life_eligible'],
      `${VIOLENCE('f')}; ${REGISTRY}; ${PARAGRAPH_4}`,
      undefined,
      MANDATORY_PROBATION,
    ),
    entry(
      '18.2-67.3',
      'Aggravated sexual battery',
      ['violent', 'sex_registration'],
      `${VIOLENCE('f')}; ${REGISTRY}; ${PARAGRAPH_4}`,
      undefined,
      MANDATORY_PROBATION,
    ),
    entry(
      '18.2-67.4',
      'Sexual battery',
      ['sex_registration'],
      REGISTRY,
      'A misdemeanor. Since 2024 c. 485 the period of suspension may not exceed three years (§ 19.2-303.1); not encoded as a cap.',
    ),
    entry(
      '18.2-370',
      'Taking indecent liberties with children',
      ['sex_registration'],
      `${REGISTRY}; ${PARAGRAPH_4}`,
      undefined,
      MANDATORY_PROBATION,
    ),
    entry(
      '18.2-370.1',
      'Taking indecent liberties with a child by a person in a custodial or supervisory relationship',
      ['sex_registration'],
      `${REGISTRY}; ${PARAGRAPH_4}`,
      undefined,
      MANDATORY_PROBATION,
    ),
    entry('18.2-371.1', 'Abuse and neglect of children', ['child_abuse'], 'Va. Code § 18.2-371.1'),
    // Arson.
    entry(
      '18.2-77',
      'Burning or destroying a dwelling house',
      ['violent'],
      VIOLENCE('g'),
      'An act of violence only "when the structure burned was occupied"; the table cannot tell, so it is tagged violent.',
    ),
    // Burglary, larceny, fraud.
    entry('18.2-89', 'Burglary', [], 'Va. Code § 18.2-89'),
    entry('18.2-90', 'Entering a dwelling house with intent to commit murder, rape, robbery or arson', [], 'Va. Code § 18.2-90'),
    entry('18.2-91', 'Entering a dwelling house with intent to commit larceny or assault and battery', [], 'Va. Code § 18.2-91'),
    entry('18.2-95', 'Grand larceny', ['theft'], 'Va. Code § 18.2-95'),
    entry('18.2-96', 'Petit larceny', ['theft'], 'Va. Code § 18.2-96'),
    entry('18.2-103', 'Concealing or taking possession of merchandise (shoplifting)', ['theft'], 'Va. Code § 18.2-103'),
    entry('18.2-111', 'Embezzlement', ['theft'], 'Va. Code § 18.2-111'),
    entry('18.2-178', 'Obtaining money or signature by false pretense', ['theft'], 'Va. Code § 18.2-178'),
    // Drugs (Title 18.2, ch. 7, art. 1).
    entry(
      '18.2-248',
      'Manufacturing, selling or possessing with intent to distribute a controlled substance',
      ['drug', 'drug_delivery'],
      'Va. Code § 18.2-248',
    ),
    entry('18.2-248.01', 'Transporting controlled substances into the Commonwealth', ['drug', 'drug_delivery'], 'Va. Code § 18.2-248.01'),
    entry('18.2-248.1', 'Selling or distributing marijuana', ['drug', 'drug_delivery'], 'Va. Code § 18.2-248.1'),
    entry('18.2-250', 'Possession of a controlled substance', ['drug'], 'Va. Code § 18.2-250'),
    // Driving under the influence.
    entry('18.2-266', 'Driving while intoxicated', ['dui'], 'Va. Code § 18.2-266'),
    entry('18.2-266.1', 'Driving after illegally consuming alcohol (under 21)', ['dui'], 'Va. Code § 18.2-266.1'),
    entry('46.2-341.24', 'Driving a commercial motor vehicle under the influence', ['dui'], 'Va. Code § 46.2-341.24'),
    // Weapons.
    entry('18.2-279', 'Discharging a firearm in or at an occupied building', ['weapon'], 'Va. Code § 18.2-279'),
    entry('18.2-308', 'Carrying a concealed weapon', ['weapon'], 'Va. Code § 18.2-308'),
    entry('18.2-308.2', 'Possession of a firearm by a convicted felon', ['weapon'], 'Va. Code § 18.2-308.2'),
  ],
};
