/**
 * California offense table: normalises the code names and tags the statutes the probation-length rules
 * turn on. Lists read 2026-11-30.
 *
 * PC 667.5(c) paragraph numbers checked against the section text read 2026-11-30: the official text
 * published 2026-07-21 (as amended by Stats. 2024, ch. 855, § 1 (SB 268), eff. 2025-01-01, which added
 * paragraph (24)) and a leginfo copy of 2024-02-13 (as amended by Stats. 2021, ch. 626, § 28 (AB 1171),
 * eff. 2022-01-01). Paragraphs (1)–(23) are numbered alike in both. Whether an offense is on the list is
 * taken from the record's `violent` tag; the table tags only offenses that are on the list in every form.
 *
 * Facts the rules read (entry.facts):
 * - `ownLength`: which statute sets this offense's own probation length (PC 1203a(b), 1203.1(l)(1)):
 *   'dui' (VC 23600(b)(1)), 'dv' (PC 1203.097(a)(1)), 'child_abuse_273a', 'child_abuse_273d'.
 * - `theftCarveOut`: 'core' for PC 487(b)(3), 503, 532a (PC 1203.1(l)(2)); 'variant' for embezzlement
 *   charged under PC 504–508 (read in by parameter `exceptions.theftCarveOutIncludesEmbezzlementVariants`);
 *   'paragraph_not_given' for a citation of PC 487 or 487(b) alone, which may or may not be (b)(3): the
 *   rule warns, and does not apply the carve-out.
 * - `pc1203g`: shoplifting or petty theft (PC 1203g(a)).
 * - `violentIf`: the offense is on the PC 667.5(c) list only in some forms; the rule warns when the
 *   record does not tag it `violent`, saying which form.
 *
 * Normalised prefixes: PC (Penal Code), VC (Vehicle Code), HSC (Health and Safety Code). Subdivisions
 * are matched in upper case ("PC 487(B)(3)").
 */
import type { OffenseTable, OffenseTableEntry } from '../../engine/offense-table.ts';
import type { OffenseTag } from '../../records/vocabulary.ts';

const AS_OF = '2026-11-30';
const VIOLENT = 'Cal. Penal Code § 667.5(c)';

type Facts = NonNullable<OffenseTableEntry['facts']>;

function entry(statute: string, title: string, tags: OffenseTag[], citation: string, facts?: Facts, note?: string): OffenseTableEntry {
  const e: OffenseTableEntry = { statute, title, tags, citation, asOf: AS_OF };
  if (facts !== undefined) (e as { facts?: Facts }).facts = facts;
  if (note !== undefined) (e as { note?: string }).note = note;
  return e;
}

export const usCaOffenseTable: OffenseTable = {
  dottedNumbersAreSections: true,
  aliases: [
    // The code after the section, as minute orders and rap sheets write it: "211 PC", "273.5(a) PC",
    // "23152(a) VC", "11350 HS", "11350 H&S" → "PC 211", "PC 273.5(A)", "VC 23152(A)", "HSC 11350".
    [/^\s*(\d[\dA-Z./()]*?)\s*,?\s*(?:P\.\s?C\.?|PC)\s*$/, 'PC $1'],
    [/^\s*(\d[\dA-Z./()]*?)\s*,?\s*(?:V\.\s?C\.?|CVC|VC)\s*$/, 'VC $1'],
    [/^\s*(\d[\dA-Z./()]*?)\s*,?\s*(?:H\s?&\s?SC?|HSC|HS)\.?\s*$/, 'HSC $1'],
    // "Cal. PC 211" → "PC 211".
    [/^CAL(?:IFORNIA)?\.?\s+(?=P\.?\s?C\b|V\.?\s?C\b|HSC?\b|H\s?&)/, ''],
    // A description after the section: "PC 211-ROBBERY", "PC 459 - BURGLARY" → "PC 211", "PC 459".
    [/^((?:PC|VC|HSC)\s*\d[\dA-Z./()]*?)\s*-\s*[A-Z][A-Z\s]*$/, '$1'],
    [/^(?:CAL(?:IFORNIA)?\.?\s+)?PEN(?:AL)?\.?\s+CODE\b\.?/, 'PC'],
    [/^CAL\.?\s+PEN\.?\s+C\.?(?=\s|\d)/, 'PC'],
    [/^P\.\s?C\.?(?=\s|\d)/, 'PC'],
    [/^PC(?=\d)/, 'PC '],
    [/^(?:CAL(?:IFORNIA)?\.?\s+)?VEH(?:ICLE)?\.?\s+CODE\b\.?/, 'VC'],
    [/^(?:CVC|V\.\s?C\.?)(?=\s|\d)/, 'VC'],
    [/^VC(?=\d)/, 'VC '],
    [/^(?:CAL(?:IFORNIA)?\.?\s+)?HEALTH\s*(?:&|AND)\s*SAF(?:ETY)?\.?\s+CODE\b\.?/, 'HSC'],
    [/^(?:H\s?&\s?SC?|HS)\.?(?=\s|\d)/, 'HSC'],
    [/^HSC(?=\d)/, 'HSC '],
    // Compound citations of an offense and the section that sets its degree, as California charging
    // documents write them: "PC 211/212.5(c)" is robbery of the second degree, "PC 459/460(a)" burglary of
    // the first. The degree section names the offense and carries the subdivision, so it is the one read.
    [/^PC\s+(?:211\s*\/\s*212\.5|212\.5\s*\/\s*211)(?![\d.])/, 'PC 212.5'],
    [/^PC\s+(?:459\s*\/\s*460|460\s*\/\s*459)(?![\d.])/, 'PC 460'],
    // Theft is defined in PC 484 and graded by the section that follows the slash: "PC 484(a)/488" is petty
    // theft (PC 488; PC 1203g(a) names it), "PC 484/487(b)(3)" grand theft by an employee (PC 1203.1(l)(2)),
    // "PC 484/490.2" petty theft of $950 or less. The grading section is the one read; "PC 488/484(a)" too.
    [/^PC\s+484(?:\([A-Z]\))?\s*\/\s*(?=(?:487|488|490\.2)(?![\d.]))/, 'PC '],
    [/^PC\s+488\s*\/\s*484(?:\([A-Z]\))?$/, 'PC 488'],
  ],
  entries: [
    // Homicide and other PC 667.5(c) violent felonies.
    entry('PC 187', 'Murder', ['homicide', 'violent', 'life_eligible'], `${VIOLENT}(1)`),
    entry('PC 664/187', 'Attempted murder', ['violent'], `${VIOLENT}(12)`),
    entry('PC 187/664', 'Attempted murder', ['violent'], `${VIOLENT}(12)`),
    entry('PC 192(A)', 'Voluntary manslaughter', ['homicide', 'violent'], `${VIOLENT}(1)`),
    entry('PC 192(B)', 'Involuntary manslaughter', ['homicide'], `${VIOLENT} (not listed)`),
    entry('PC 192(C)', 'Vehicular manslaughter', ['homicide'], `${VIOLENT} (not listed)`),
    entry(
      'PC 191.5',
      'Gross vehicular manslaughter while intoxicated',
      ['homicide', 'dui'],
      `${VIOLENT} (not listed)`,
      undefined,
      'No probation length of its own: the 2-year felony limit applies (Bowden v. Superior Court (2022) 82 Cal.App.5th 735) [S: duinewsblog].',
    ),
    entry('PC 203', 'Mayhem', ['violent'], `${VIOLENT}(2)`),
    entry(
      'PC 205',
      'Aggravated mayhem',
      ['violent', 'life_eligible'],
      `${VIOLENT}(7)`,
      undefined,
      'Punishable by life imprisonment, so paragraph (7); paragraph (2) lists "Mayhem" (PC 203).',
    ),
    entry('PC 207', 'Kidnapping', ['violent'], `${VIOLENT}(14)`),
    entry('PC 209', 'Kidnapping for ransom or robbery', ['violent', 'life_eligible'], `${VIOLENT}(7), (14)`),
    entry('PC 211', 'Robbery', ['violent'], `${VIOLENT}(9)`),
    entry('PC 212.5', 'Robbery (degrees)', ['violent'], `${VIOLENT}(9)`),
    entry('PC 215', 'Carjacking', ['violent'], `${VIOLENT}(17)`),
    entry('PC 220', 'Assault with intent to commit a sex offense or mayhem', ['violent'], `${VIOLENT}(15)`),
    entry('PC 136.1', 'Dissuading a witness or victim', [], `${VIOLENT}(20) (only as a gang felony)`, {
      violentIf: 'it would be a felony violation of PC 186.22 (criminal street gang) (PC 667.5(c)(20))',
    }),
    entry('PC 518', 'Extortion', [], `${VIOLENT}(19) (only as a gang felony)`, {
      violentIf: 'it would be a felony violation of PC 186.22 (criminal street gang) (PC 667.5(c)(19))',
    }),
    entry('PC 520', 'Extortion', [], `${VIOLENT}(19) (only as a gang felony)`, {
      violentIf: 'it would be a felony violation of PC 186.22 (criminal street gang) (PC 667.5(c)(19))',
    }),
    entry('PC 261(A)(2)', 'Rape by force or fear', ['violent', 'sex_registration'], `${VIOLENT}(3); PC 290(c)`),
    entry('PC 261(A)(6)', 'Rape by threat of retaliation', ['violent', 'sex_registration'], `${VIOLENT}(3); PC 290(c)`),
    entry('PC 261(A)(3)', 'Rape of an intoxicated person', ['sex_registration'], `${VIOLENT}(24) (from 2025-01-01); PC 290(c)`, {
      violentIf:
        'it was pleaded and proved that the defendant caused the intoxication by giving the victim a controlled substance without consent, intending the assault (PC 667.5(c)(24), for grants from January 1, 2025)',
    }),
    entry('PC 261', 'Rape', ['sex_registration'], 'Cal. Penal Code § 290(c)', {
      violentIf:
        'it was rape by force, fear or threats (PC 261(a)(2) or (a)(6)), or, for grants from January 1, 2025, rape of a person the defendant drugged (PC 261(a)(3); PC 667.5(c)(24))',
    }),
    entry('PC 264.1', 'Rape or sexual penetration in concert', ['violent', 'sex_registration'], `${VIOLENT}(18); PC 290(c)`),
    entry(
      'PC 286(C)',
      'Sodomy (with a child under 14, or by force, fear or threats)',
      ['violent', 'sex_registration'],
      `${VIOLENT}(4); PC 290(c)`,
    ),
    entry('PC 286(D)', 'Sodomy in concert', ['violent', 'sex_registration'], `${VIOLENT}(4); PC 290(c)`),
    entry('PC 286', 'Sodomy', ['sex_registration'], 'Cal. Penal Code § 290(c)', {
      violentIf: 'it was sodomy under PC 286(c) or (d) (PC 667.5(c)(4))',
    }),
    entry(
      'PC 287(C)',
      'Oral copulation (with a child under 14, or by force, fear or threats)',
      ['violent', 'sex_registration'],
      `${VIOLENT}(5); PC 290(c)`,
    ),
    entry('PC 287(D)', 'Oral copulation in concert', ['violent', 'sex_registration'], `${VIOLENT}(5); PC 290(c)`),
    entry('PC 287', 'Oral copulation', ['sex_registration'], 'Cal. Penal Code § 290(c)', {
      violentIf: 'it was oral copulation under PC 287(c) or (d) (PC 667.5(c)(5))',
    }),
    entry('PC 288(A)', 'Lewd act on a child under 14', ['violent', 'sex_registration'], `${VIOLENT}(6); PC 290(c)`),
    entry('PC 288(B)', 'Lewd act on a child by force', ['violent', 'sex_registration'], `${VIOLENT}(6); PC 290(c)`),
    entry('PC 288.5', 'Continuous sexual abuse of a child', ['violent', 'sex_registration'], `${VIOLENT}(16); PC 290(c)`),
    entry('PC 289(A)', 'Sexual penetration by force', ['violent', 'sex_registration'], `${VIOLENT}(11); PC 290(c)`),
    entry(
      'PC 289(J)',
      'Sexual penetration of a child under 14 (defendant more than 10 years older)',
      ['violent', 'sex_registration'],
      `${VIOLENT}(11); PC 290(c)`,
    ),
    entry('PC 451(A)', 'Arson causing great bodily injury', ['violent'], `${VIOLENT}(10)`),
    entry('PC 451(B)', 'Arson of an inhabited structure', ['violent'], `${VIOLENT}(10)`),
    entry('PC 451', 'Arson', [], `${VIOLENT}(10) (only (a) and (b))`, {
      violentIf: 'it was arson that caused great bodily injury or burned an inhabited structure (PC 451(a) or (b))',
    }),
    entry('PC 459', 'Burglary', [], `${VIOLENT}(21) (first degree, person present)`, {
      violentIf: 'it was first-degree (home) burglary with someone other than an accomplice present (PC 667.5(c)(21))',
    }),
    entry('PC 460', 'Burglary (degrees)', [], `${VIOLENT}(21) (first degree, person present)`, {
      violentIf: 'it was first-degree (home) burglary with someone other than an accomplice present (PC 667.5(c)(21))',
    }),
    entry('PC 460(A)', 'First-degree burglary', [], `${VIOLENT}(21) (person present)`, {
      violentIf: 'someone other than an accomplice was present in the home (PC 667.5(c)(21))',
    }),
    entry('PC 460(B)', 'Second-degree burglary', [], `${VIOLENT}(21) (first degree only)`, { violentIf: false }),
    entry(
      'PC 245',
      'Assault with a deadly weapon or force likely to cause great bodily injury',
      ['weapon'],
      `${VIOLENT}(8) (only with a GBI or firearm-use enhancement)`,
      {
        violentIf:
          'great bodily injury on someone other than an accomplice was charged and proved (PC 12022.7, 12022.8 or 12022.9), or personal use of a firearm was charged and proved (PC 12022.3(a), 12022.5 or 12022.55) (PC 667.5(c)(8))',
      },
    ),
    entry('PC 647.6', 'Annoying or molesting a child', ['sex_registration'], 'Cal. Penal Code § 290(c)'),
    entry('PC 290', 'Failure to register as a sex offender', ['sex_registration'], 'Cal. Penal Code § 290'),

    // Domestic violence, stalking, child abuse: offenses with their own probation length.
    entry(
      'PC 273.5',
      'Corporal injury to a spouse, cohabitant or dating partner',
      ['domestic_violence', 'own_probation_length'],
      'Cal. Penal Code § 1203.097(a)(1)',
      { ownLength: 'dv' },
      'The victims PC 273.5 protects are persons defined in Family Code § 6211, and PC 273.5(g) requires probation "consistent with the provisions of Section 1203.097".',
    ),
    entry(
      'PC 243(E)(1)',
      'Battery against a spouse, cohabitant or dating partner',
      ['domestic_violence', 'own_probation_length'],
      'Cal. Penal Code § 1203.097(a)(1)',
      { ownLength: 'dv' },
    ),
    entry(
      'PC 646.9',
      'Stalking',
      ['stalking'],
      'Cal. Penal Code § 646.9',
      undefined,
      'Has its own probation length only where the victim is a domestic-violence victim (People v. Forester (2022) 78 Cal.App.5th 447): tag the record domestic_violence.',
    ),
    entry('PC 273A', 'Child endangerment or abuse', ['child_abuse', 'own_probation_length'], 'Cal. Penal Code § 273a(c)(1)', {
      ownLength: 'child_abuse_273a',
    }),
    entry('PC 273D', 'Corporal injury to a child', ['child_abuse', 'own_probation_length'], 'Cal. Penal Code § 273d(c)(1)', {
      ownLength: 'child_abuse_273d',
    }),

    // DUI.
    entry('VC 23152', 'Driving under the influence', ['dui', 'own_probation_length'], 'Cal. Veh. Code § 23600(b)(1)', { ownLength: 'dui' }),
    entry('VC 23153', 'Driving under the influence causing injury', ['dui', 'own_probation_length'], 'Cal. Veh. Code § 23600(b)(1)', {
      ownLength: 'dui',
    }),

    // Theft and embezzlement.
    entry('PC 484', 'Theft', ['theft'], 'Cal. Penal Code § 484'),
    entry('PC 487', 'Grand theft', ['theft'], 'Cal. Penal Code § 487'),
    {
      ...entry('PC 487(B)', 'Grand theft', ['theft'], 'Cal. Penal Code § 1203.1(l)(2)', { theftCarveOut: 'paragraph_not_given' }),
      // Only the citations that stop short of a paragraph: "PC 487(b)(1)" or "PC 487(a)" is not (b)(3).
      pattern: /^PC 487(\(B\))?$/,
    },
    entry('PC 487(B)(3)', 'Grand theft by an employee or agent', ['theft'], 'Cal. Penal Code § 1203.1(l)(2)', { theftCarveOut: 'core' }),
    entry('PC 488', 'Petty theft', ['theft'], 'Cal. Penal Code § 1203g(a)', { pc1203g: true }),
    entry('PC 490.2', 'Petty theft (property worth $950 or less)', ['theft'], 'Cal. Penal Code § 1203g(a)', { pc1203g: true }),
    entry('PC 459.5', 'Shoplifting', ['theft'], 'Cal. Penal Code § 1203g(a)', { pc1203g: true }),
    entry('PC 496', 'Receiving stolen property', ['theft'], 'Cal. Penal Code § 496'),
    entry('PC 503', 'Embezzlement', ['theft'], 'Cal. Penal Code § 1203.1(l)(2)', { theftCarveOut: 'core' }),
    entry('PC 504', 'Embezzlement by a public officer', ['theft'], 'Cal. Penal Code § 1203.1(l)(2) (reading)', {
      theftCarveOut: 'variant',
    }),
    entry('PC 506', 'Embezzlement by a collector or trustee', ['theft'], 'Cal. Penal Code § 1203.1(l)(2) (reading)', {
      theftCarveOut: 'variant',
    }),
    entry('PC 507', 'Embezzlement by a bailee', ['theft'], 'Cal. Penal Code § 1203.1(l)(2) (reading)', { theftCarveOut: 'variant' }),
    entry('PC 508', 'Embezzlement by a clerk, agent or servant', ['theft'], 'Cal. Penal Code § 1203.1(l)(2) (People v. Shelly (2022))', {
      theftCarveOut: 'variant',
    }),
    entry('PC 532A', 'False financial statement', ['theft'], 'Cal. Penal Code § 1203.1(l)(2)', { theftCarveOut: 'core' }),
    entry('PC 530.5', 'Identity theft', ['theft'], 'Cal. Penal Code § 530.5'),
    entry('VC 10851', 'Taking or driving a vehicle without consent', ['theft'], 'Cal. Veh. Code § 10851'),

    // Drugs and weapons.
    entry('HSC 11350', 'Possession of a controlled substance', ['drug'], 'Cal. Health & Saf. Code § 11350'),
    entry('HSC 11377', 'Possession of a controlled substance', ['drug'], 'Cal. Health & Saf. Code § 11377'),
    entry('HSC 11351', 'Possession for sale', ['drug', 'drug_delivery'], 'Cal. Health & Saf. Code § 11351'),
    entry('HSC 11378', 'Possession for sale', ['drug', 'drug_delivery'], 'Cal. Health & Saf. Code § 11378'),
    entry('HSC 11352', 'Transportation or sale', ['drug', 'drug_delivery'], 'Cal. Health & Saf. Code § 11352'),
    entry('HSC 11379', 'Transportation or sale', ['drug', 'drug_delivery'], 'Cal. Health & Saf. Code § 11379'),
    entry('PC 25400', 'Carrying a concealed firearm', ['weapon'], 'Cal. Penal Code § 25400'),
    entry('PC 25850', 'Carrying a loaded firearm in public', ['weapon'], 'Cal. Penal Code § 25850'),
    entry('PC 29800', 'Firearm possession by a prohibited person', ['weapon'], 'Cal. Penal Code § 29800'),
  ],
};
