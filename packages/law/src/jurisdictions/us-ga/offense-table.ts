/**
 * Georgia offense table: O.C.G.A. citations normalised to "OCGA 16-8-2", and the tags the rules read.
 *
 * The Georgia rules read one tag: `life_eligible`. O.C.G.A. § 17-10-1(a)(1)(A) opens "Except in cases
 * in which life imprisonment, life without parole, or the death penalty may be imposed", and the BID of
 * (a)(1)(B) sits inside that paragraph, so an offense whose statute allows life, life without parole
 * or death gets no BID. The other tags are given for the spec vocabulary (they are not read by the
 * Georgia rules): `violent` marks the serious violent felonies of O.C.G.A. § 17-10-6.1(a), Georgia's
 * statutory list; `sex_registration` the offenses of § 42-1-12; and so on.
 *
 * Entries with no tags are there so that a record citing a common statute counts as classified (its
 * statute allows no life sentence) and brings no "unclassified" warning.
 *
 * Georgia numbers some sections with a decimal ("16-5-23" simple battery, "16-5-23.1" battery), so
 * the table reads a dotted number as another section: "OCGA 16-5-23" matches "OCGA 16-5-23(A)" but not
 * "OCGA 16-5-23.1".
 *
 * Penalty ranges were taken from the sections as summarised in the secondary sources and Code
 * headings read on 2026-11-30; a statute whose life exposure turns on a subsection is listed by
 * subsection, and the bare section is left without `life_eligible` (see notes).
 */
import type { OffenseTable, OffenseTableEntry } from '../../engine/offense-table.ts';
import type { OffenseTag } from '../../records/vocabulary.ts';

const AS_OF = '2026-11-30';
const SVF = 'O.C.G.A. § 17-10-6.1(a)';
const LIFE = 'O.C.G.A. § 17-10-1(a)(1)(A)';
const REG = 'O.C.G.A. § 42-1-12';

/**
 * `facts.lifeDependsOnSubsection`: the bare section carries life only under the subsections named, which
 * are listed separately; a record that gives the section alone cannot say (the rule warns).
 */
const LIFE_BY_SUBSECTION = {
  '16-5-40': '(d)(2)–(4)',
  '16-6-2': '(a)(2) (aggravated sodomy)',
  '16-6-4': '(c) (aggravated child molestation)',
  '16-7-5': '(b) (home invasion in the first degree)',
} as const;

function entry(section: string, title: string, tags: readonly OffenseTag[], citation: string, note?: string): OffenseTableEntry {
  const statute = `OCGA ${section}`;
  const e: OffenseTableEntry = {
    statute,
    title,
    tags,
    citation,
    asOf: AS_OF,
  };
  if (note !== undefined) e.note = note;
  const lifeUnder = LIFE_BY_SUBSECTION[section as keyof typeof LIFE_BY_SUBSECTION];
  if (lifeUnder !== undefined) e.facts = { lifeDependsOnSubsection: lifeUnder };
  return e;
}

export const gaOffenseTable: OffenseTable = {
  dottedNumbersAreSections: true,
  aliases: [
    // "O.C.G.A. § 16-8-2", "OCGA 16-8-2", "Ga. Code Ann. § 16-8-2", "Georgia Code 16-8-2" → "OCGA 16-8-2"
    [/^\s*(O\.?\s*C\.?\s*G\.?\s*A\.?|GA\.?\s*CODE(\s*ANN\.?)?|GEORGIA\s+CODE(\s*ANN(OTATED|\.)?)?)\s*/, 'OCGA '],
    // A bare "16-8-2" → "OCGA 16-8-2"
    [/^\s*(\d{1,2}-\d{1,3}[A-Z]?-\d)/, 'OCGA $1'],
  ],
  entries: [
    // Homicide (Chapter 5, Article 1).
    entry(
      '16-5-1',
      'Murder; felony murder',
      ['homicide', 'violent', 'life_eligible'],
      SVF,
      'Death, life without parole or life (§ 16-5-1(e)).',
    ),
    entry('16-5-2', 'Voluntary manslaughter', ['homicide'], 'O.C.G.A. § 16-5-2', '1 to 20 years; not life.'),
    entry('16-5-3', 'Involuntary manslaughter', ['homicide'], 'O.C.G.A. § 16-5-3'),
    entry('40-6-393', 'Homicide by vehicle', ['homicide'], 'O.C.G.A. § 40-6-393', 'First degree 3 to 15 years; not life.'),

    // Kidnapping: life only under (d)(2)–(4).
    entry('16-5-40', 'Kidnapping', ['violent'], SVF, '(d)(1): 10 to 20 years. Life only under (d)(2)–(4), listed separately.'),
    entry('16-5-40(D)(2)', 'Kidnapping of a person under 14', ['violent', 'life_eligible'], LIFE),
    entry('16-5-40(D)(3)', 'Kidnapping for ransom', ['violent', 'life_eligible'], LIFE),
    entry('16-5-40(D)(4)', 'Kidnapping with bodily injury', ['violent', 'life_eligible'], LIFE),

    // Assault, battery, family violence, stalking, child cruelty.
    entry('16-5-20', 'Simple assault', [], 'O.C.G.A. § 16-5-20'),
    entry('16-5-21', 'Aggravated assault', [], 'O.C.G.A. § 16-5-21', 'Not a serious violent felony; not life.'),
    entry('16-5-23', 'Simple battery', [], 'O.C.G.A. § 16-5-23'),
    entry('16-5-23.1', 'Battery', [], 'O.C.G.A. § 16-5-23.1'),
    entry('16-5-23.1(F)', 'Battery, family violence', ['domestic_violence'], 'O.C.G.A. § 16-5-23.1(f)'),
    entry('16-5-24', 'Aggravated battery', [], 'O.C.G.A. § 16-5-24'),
    entry('16-5-90', 'Stalking', ['stalking'], 'O.C.G.A. § 16-5-90'),
    entry('16-5-91', 'Aggravated stalking', ['stalking'], 'O.C.G.A. § 16-5-91'),
    entry('16-5-70', 'Cruelty to children', ['child_abuse'], 'O.C.G.A. § 16-5-70', 'First degree 5 to 20 years; not life.'),

    // Sexual offenses (Chapter 6).
    entry('16-6-1', 'Rape', ['violent', 'sex_registration', 'life_eligible'], SVF, 'Death, life without parole, life or 25 to 50 years.'),
    entry('16-6-2', 'Sodomy', ['sex_registration'], REG, 'Sodomy 1 to 20 years; aggravated sodomy under (a)(2) listed separately.'),
    entry('16-6-2(A)(2)', 'Aggravated sodomy', ['violent', 'sex_registration', 'life_eligible'], SVF),
    entry('16-6-4', 'Child molestation', ['sex_registration'], REG, 'Aggravated child molestation under (c) listed separately.'),
    entry('16-6-4(C)', 'Aggravated child molestation', ['violent', 'sex_registration', 'life_eligible'], SVF),
    entry('16-6-22.2', 'Aggravated sexual battery', ['violent', 'sex_registration', 'life_eligible'], SVF),
    entry('16-12-100', 'Sexual exploitation of children', ['sex_registration'], REG),

    // Robbery, burglary, theft, fraud, arson.
    entry('16-8-40', 'Robbery', [], 'O.C.G.A. § 16-8-40', '1 to 20 years; not life.'),
    entry('16-8-41', 'Armed robbery', ['violent', 'weapon', 'life_eligible'], SVF, 'Death, life or 10 to 20 years.'),
    entry('16-7-1', 'Burglary', [], 'O.C.G.A. § 16-7-1'),
    // § 16-7-5(d): home invasion in the first degree "shall be punished by imprisonment for life or … not
    // less than ten nor more than 20 years"; in the second degree (c), five to 20 years.
    entry('16-7-5', 'Home invasion', [], 'O.C.G.A. § 16-7-5(d)', 'Life may be imposed only in the first degree, (b).'),
    entry('16-7-5(B)', 'Home invasion in the first degree', ['life_eligible'], `${LIFE}; O.C.G.A. § 16-7-5(d)`),
    entry('16-7-60', 'Arson in the first degree', [], 'O.C.G.A. § 16-7-60'),
    entry('16-7-21', 'Criminal trespass', [], 'O.C.G.A. § 16-7-21'),
    entry('16-7-23', 'Criminal damage to property, second degree', [], 'O.C.G.A. § 16-7-23'),
    entry('16-8-2', 'Theft by taking', ['theft'], 'O.C.G.A. § 16-8-2'),
    entry('16-8-3', 'Theft by deception', ['theft'], 'O.C.G.A. § 16-8-3'),
    entry('16-8-4', 'Theft by conversion', ['theft'], 'O.C.G.A. § 16-8-4'),
    entry('16-8-7', 'Theft by receiving stolen property', ['theft'], 'O.C.G.A. § 16-8-7'),
    entry('16-8-14', 'Theft by shoplifting', ['theft'], 'O.C.G.A. § 16-8-14'),
    entry('16-8-18', 'Entering an automobile', ['theft'], 'O.C.G.A. § 16-8-18'),
    entry('16-9-1', 'Forgery', [], 'O.C.G.A. § 16-9-1'),
    entry('16-9-31', 'Financial transaction card theft', ['theft'], 'O.C.G.A. § 16-9-31'),
    entry('16-9-121', 'Identity fraud', [], 'O.C.G.A. § 16-9-121'),

    // Drugs (Chapter 13, Article 2).
    entry('16-13-30', 'Controlled substances: possession, manufacture, distribution', ['drug'], 'O.C.G.A. § 16-13-30'),
    entry(
      '16-13-30(B)',
      'Controlled substances: manufacture, delivery, distribution, sale',
      ['drug', 'drug_delivery'],
      'O.C.G.A. § 16-13-30(b)',
    ),
    entry(
      '16-13-31',
      'Trafficking in cocaine, illegal drugs or marijuana',
      ['drug', 'drug_delivery'],
      'O.C.G.A. § 16-13-31',
      'Mandatory minimums; no life term.',
    ),
    entry('16-13-31.1', 'Trafficking in ecstasy', ['drug', 'drug_delivery'], 'O.C.G.A. § 16-13-31.1'),
    entry('16-13-32', 'Transactions in drug-related objects', ['drug'], 'O.C.G.A. § 16-13-32'),

    // Weapons (Chapter 11, Article 4).
    entry('16-11-106', 'Possession of a firearm during the commission of a felony', ['weapon'], 'O.C.G.A. § 16-11-106'),
    entry('16-11-126', 'Carrying a weapon without a license', ['weapon'], 'O.C.G.A. § 16-11-126'),
    entry('16-11-127', 'Carrying a weapon in unauthorized locations', ['weapon'], 'O.C.G.A. § 16-11-127'),
    entry('16-11-131', 'Possession of a firearm by a convicted felon', ['weapon'], 'O.C.G.A. § 16-11-131'),

    // Traffic (Title 40, Chapter 6, Article 15: serious offenses).
    entry('40-6-391', 'Driving under the influence', ['dui'], 'O.C.G.A. § 40-6-391'),
    entry('40-6-395', 'Fleeing or attempting to elude', [], 'O.C.G.A. § 40-6-395'),
    entry('40-5-121', 'Driving with a suspended license', [], 'O.C.G.A. § 40-5-121'),

    // Obstruction and threats.
    entry('16-10-24', 'Obstruction of an officer', [], 'O.C.G.A. § 16-10-24'),
    entry('16-11-37', 'Terroristic threats', [], 'O.C.G.A. § 16-11-37'),
  ],
};
