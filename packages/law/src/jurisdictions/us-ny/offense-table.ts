/**
 * New York offense table: Penal Law citations normalised to "PL 160.15", Vehicle and Traffic Law to
 * "VTL 1192", and the facts the rules read.
 *
 * Tags: `violent` means on the Penal Law § 70.02(1) list of violent felony offenses (the list that
 * Correction Law § 205(1)(a) excludes from merit termination). Facts:
 * - `nonTechnical`: true for Penal Law article 130 and §§ 255.26, 255.27. For a person serving a
 *   sentence for one of these, breaking a condition reasonably related to the offense is a
 *   "non-technical violation" (Exec. Law § 259(7)(b)), and 9 NYCRR 8004.8(a)(2) presumes every condition
 *   so related: the technical-violation limits do not protect them (rules/technical-violation-limits.ts).
 * - `felonySexOffense`: a felony sex offense under Penal Law § 70.80 (article 130 felonies, incest,
 *   article 263 felonies): on post-release supervision, a technical violation may bring reincarceration
 *   up to the balance of the period (Exec. Law § 259-i(3)(f)(xii)(D) proviso).
 * - `meritExcluded`: the Correction Law § 205(1) clause that bars merit termination, for offenses not
 *   already tagged `violent` or `sex_registration`.
 * - `dui`: a conviction for driving under the influence: drug or alcohol use may then bring
 *   reincarceration (Exec. Law § 259-i(3)(f)(xii)(2)(b)–(c)).
 *
 * Lists read 2026-11-30. The § 70.02 and § 70.80 memberships below were not re-read against the current
 * text of those sections (open question in README); the § 205(1) clauses and § 259(7) were.
 */
import type { OffenseTable, OffenseTableEntry } from '../../engine/offense-table.ts';

const AS_OF = '2026-11-30';
const VFO = 'N.Y. Penal Law § 70.02(1)';
const NONTECH = 'N.Y. Exec. Law § 259(7)(b)';
const MERIT = 'N.Y. Correction Law § 205(1)';
const NOJAIL = 'N.Y. Exec. Law § 259-i(3)(f)(xii)(2)';

function vtl(statute: string, title: string, duiSubstance?: 'alcohol' | 'drugs' | 'both'): OffenseTableEntry {
  const facts: Record<string, string | boolean> = duiSubstance === undefined ? { dui: true } : { dui: true, duiSubstance };
  return { statute, title, tags: ['dui'], citation: `${NOJAIL}(b), (c); N.Y. Veh. & Traf. Law § 1192`, asOf: AS_OF, facts };
}

type Facts = Record<string, string | number | boolean>;

function pl(
  section: string,
  title: string,
  tags: OffenseTableEntry['tags'],
  citation: string,
  facts?: Facts,
  note?: string,
): OffenseTableEntry {
  const e: OffenseTableEntry = { statute: `PL ${section}`, title, tags, citation, asOf: AS_OF };
  if (facts !== undefined) e.facts = facts;
  if (note !== undefined) e.note = note;
  return e;
}

function article(
  art: string,
  title: string,
  tags: OffenseTableEntry['tags'],
  citation: string,
  facts?: Facts,
  note?: string,
): OffenseTableEntry {
  const e = pl(art, title, tags, citation, facts, note);
  e.pattern = new RegExp(`^PL ${art}\\.\\d`);
  return e;
}

const SEX = { nonTechnical: true, felonySexOffense: true };

export const usNyOffenseTable: OffenseTable = {
  aliases: [
    // "N.Y. Penal Law § 160.15", "NY Penal Law 160.15", "NYS Penal Law 160.15", "Penal Law 160.15", "Penal 160.15",
    // "Pen. Law 160.15", "P.L. 160.15", "NYPL 160.15" → "PL 160.15"
    [/^\s*(N\.?\s*Y\.?\s*S?\.?\s*)?(PENAL\s+LAW|PENAL|PEN\.?\s*LAW|PEN\.?|P\.?\s*L\.?)(?![A-Z])\s*/, 'PL '],
    // "N.Y. Veh. & Traf. Law § 1192", "Vehicle and Traffic Law 1192", "VTL 1192", "V&T 1192" → "VTL 1192"
    [
      /^\s*(N\.?\s*Y\.?\s*)?(VEHICLE\s+(AND|&)\s+TRAFFIC\s+LAW|VEH\.?\s*(AND|&)\s*TRAF\.?\s*LAW|V\.?\s*T\.?\s*L\.?|V\s*&\s*T(\s*L\.?)?)\s*/,
      'VTL ',
    ],
    // a bare "160.15" → "PL 160.15"
    [/^\s*(\d{2,3}\.\d{2})/, 'PL $1'],
    // An attempt, written with article 110 first: "PL 110-160.15", "PL 110/160.15", "PL 110.00/160.15" →
    // "PL 160.15". Correction Law § 205(1) bars merit termination for the listed offenses "or for an
    // attempt to commit" them, and § 70.02(1) lists the attempts of most violent felony offenses among them:
    // the attempt is read with the offense's facts.
    [/^PL 110(?:\.00)?\s*[-/]\s*(?=\d{2,3}\.\d{2})/, 'PL '],
  ],
  entries: [
    // Homicide (article 125).
    pl('125.27', 'Murder in the first degree', ['homicide', 'life_eligible'], MERIT, { meritExcluded: 'murder (§ 205(1)(b))' }),
    pl('125.25', 'Murder in the second degree', ['homicide', 'life_eligible'], MERIT, { meritExcluded: 'murder (§ 205(1)(b))' }),
    pl('125.20', 'Manslaughter in the first degree', ['homicide', 'violent'], VFO),
    pl('125.15', 'Manslaughter in the second degree', ['homicide'], 'N.Y. Penal Law art. 125'),
    pl('125.13', 'Vehicular manslaughter in the first degree', ['homicide', 'dui'], 'N.Y. Penal Law art. 125', { dui: true }),
    pl('125.12', 'Vehicular manslaughter in the second degree', ['homicide', 'dui'], 'N.Y. Penal Law art. 125', { dui: true }),
    pl('125.10', 'Criminally negligent homicide', ['homicide'], 'N.Y. Penal Law art. 125'),
    // Assault, strangulation, stalking (articles 120, 121).
    pl('120.10', 'Assault in the first degree', ['violent'], VFO),
    pl('120.05', 'Assault in the second degree', ['violent'], VFO),
    pl('120.00', 'Assault in the third degree (misdemeanor)', [], 'N.Y. Penal Law art. 120'),
    pl('120.04', 'Vehicular assault in the first degree', ['dui'], 'N.Y. Penal Law art. 120', { dui: true }),
    pl('120.03', 'Vehicular assault in the second degree', ['dui'], 'N.Y. Penal Law art. 120', { dui: true }),
    pl('120.60', 'Stalking in the first degree', ['stalking', 'violent'], VFO),
    pl('120.55', 'Stalking in the second degree', ['stalking'], 'N.Y. Penal Law art. 120'),
    pl('120.50', 'Stalking in the third degree', ['stalking'], 'N.Y. Penal Law art. 120'),
    pl('120.45', 'Stalking in the fourth degree', ['stalking'], 'N.Y. Penal Law art. 120'),
    pl('121.13', 'Strangulation in the first degree', ['violent'], VFO),
    pl('121.12', 'Strangulation in the second degree', ['violent'], VFO),
    // Sex offenses (article 130): non-technical conditions; felony sex offenses; excluded from merit termination.
    article(
      '130',
      'Sex offenses (article 130)',
      ['sex_registration'],
      NONTECH,
      { ...SEX, meritExcluded: 'sex offenses under Penal Law article 130 (§ 205(1)(c))' },
      'Registration is required for most article 130 offenses; misdemeanors are not felony sex offenses under § 70.80 (the rules also check the level).',
    ),
    pl('130.35', 'Rape in the first degree', ['sex_registration', 'violent'], VFO, {
      ...SEX,
      meritExcluded: 'sex offenses under Penal Law article 130 (§ 205(1)(c))',
    }),
    pl('130.50', 'Criminal sexual act in the first degree', ['sex_registration', 'violent'], VFO, {
      ...SEX,
      meritExcluded: 'sex offenses under Penal Law article 130 (§ 205(1)(c))',
    }),
    pl('130.65', 'Sexual abuse in the first degree', ['sex_registration', 'violent'], VFO, {
      ...SEX,
      meritExcluded: 'sex offenses under Penal Law article 130 (§ 205(1)(c))',
    }),
    pl('130.70', 'Aggravated sexual abuse in the first degree', ['sex_registration', 'violent'], VFO, {
      ...SEX,
      meritExcluded: 'sex offenses under Penal Law article 130 (§ 205(1)(c))',
    }),
    pl('130.95', 'Predatory sexual assault', ['sex_registration', 'life_eligible'], NONTECH, {
      ...SEX,
      meritExcluded: 'sex offenses under Penal Law article 130 (§ 205(1)(c))',
    }),
    pl('130.96', 'Predatory sexual assault against a child', ['sex_registration', 'life_eligible', 'child_abuse'], NONTECH, {
      ...SEX,
      meritExcluded: 'sex offenses under Penal Law article 130 (§ 205(1)(c))',
    }),
    // Incest (article 255).
    pl('255.27', 'Incest in the first degree', ['sex_registration'], NONTECH, { ...SEX, meritExcluded: 'incest (§ 205(1)(g))' }),
    pl('255.26', 'Incest in the second degree', ['sex_registration'], NONTECH, { ...SEX, meritExcluded: 'incest (§ 205(1)(g))' }),
    pl('255.25', 'Incest in the third degree', [], MERIT, { felonySexOffense: true, meritExcluded: 'incest (§ 205(1)(g))' }),
    // Child sexual performance (article 263); child endangerment.
    article('263', 'Sexual performance by a child (article 263)', ['sex_registration', 'child_abuse'], MERIT, {
      felonySexOffense: true,
      meritExcluded: 'offenses under Penal Law article 263 (§ 205(1)(h))',
    }),
    pl('260.10', 'Endangering the welfare of a child', ['child_abuse'], 'N.Y. Penal Law § 260.10'),
    pl('235.22', 'Disseminating indecent material to minors in the first degree', ['sex_registration'], MERIT, {
      meritExcluded: 'disseminating indecent material to minors (§ 205(1)(f))',
    }),
    pl('235.21', 'Disseminating indecent material to minors in the second degree', [], MERIT, {
      meritExcluded: 'disseminating indecent material to minors (§ 205(1)(f))',
    }),
    // Kidnapping (article 135).
    pl(
      '135.25',
      'Kidnapping in the first degree',
      ['life_eligible'],
      'N.Y. Penal Law art. 135',
      undefined,
      'Class A-I felony (life maximum). Excluded from merit termination only when the victim was under 17 and not the offender’s child (Correction Law § 205(1)(d)): the record must say so.',
    ),
    pl('135.20', 'Kidnapping in the second degree', ['violent'], VFO),
    // Burglary, robbery, theft (articles 140, 160, 155, 165).
    pl('140.30', 'Burglary in the first degree', ['violent'], VFO),
    pl('140.25', 'Burglary in the second degree', ['violent'], VFO),
    pl('140.20', 'Burglary in the third degree', [], 'N.Y. Penal Law art. 140'),
    pl('160.15', 'Robbery in the first degree', ['violent', 'theft'], VFO),
    pl('160.10', 'Robbery in the second degree', ['violent', 'theft'], VFO),
    pl('160.05', 'Robbery in the third degree', ['theft'], 'N.Y. Penal Law art. 160', undefined, 'Class D; not on the § 70.02(1) list.'),
    article('155', 'Larceny (article 155)', ['theft'], 'N.Y. Penal Law art. 155'),
    article('165', 'Other theft offenses incl. criminal possession of stolen property (article 165)', ['theft'], 'N.Y. Penal Law art. 165'),
    // Controlled substances (article 220).
    article('220', 'Controlled substance offenses (article 220)', ['drug'], 'N.Y. Penal Law art. 220', { drugArticle220: true }),
    // The class A drug felonies, for Correction Law § 205(4): 220.18 as in Matter of Miller (2011), 220.41 and
    // 220.43 as in Matter of Ciccarelli (2006), "both class A felony offenses"; 220.21 (A-I) recalled.
    pl('220.18', 'Criminal possession of a controlled substance in the second degree', ['drug'], 'N.Y. Penal Law art. 220', {
      drugArticle220: true,
      felonyClass: 'A-II',
    }),
    pl('220.21', 'Criminal possession of a controlled substance in the first degree', ['drug'], 'N.Y. Penal Law art. 220', {
      drugArticle220: true,
      felonyClass: 'A-I',
    }),
    pl('220.31', 'Criminal sale of a controlled substance in the fifth degree', ['drug', 'drug_delivery'], 'N.Y. Penal Law art. 220'),
    pl('220.34', 'Criminal sale of a controlled substance in the fourth degree', ['drug', 'drug_delivery'], 'N.Y. Penal Law art. 220'),
    pl('220.39', 'Criminal sale of a controlled substance in the third degree', ['drug', 'drug_delivery'], 'N.Y. Penal Law art. 220'),
    pl('220.41', 'Criminal sale of a controlled substance in the second degree', ['drug', 'drug_delivery'], 'N.Y. Penal Law art. 220', {
      drugArticle220: true,
      felonyClass: 'A-II',
    }),
    pl('220.43', 'Criminal sale of a controlled substance in the first degree', ['drug', 'drug_delivery'], 'N.Y. Penal Law art. 220', {
      drugArticle220: true,
      felonyClass: 'A-I',
    }),
    // Weapons (article 265).
    article(
      '265',
      'Firearms and other dangerous weapons (article 265)',
      ['weapon'],
      'N.Y. Penal Law art. 265',
      undefined,
      'Some subdivisions of § 265.02 are violent felony offenses; the record must tag them.',
    ),
    // § 70.02(1)(c): criminal possession of a weapon in the third degree "as defined in subdivision five,
    // six, seven [or] eight" of § 265.02 (as quoted in People v Nyack, 2023 NY Slip Op 01532; the text of
    // § 70.02 itself not read). Subdivisions (1)–(3) are not on the list.
    pl('265.02', 'Criminal possession of a weapon in the third degree', ['weapon'], `${VFO}(c)`, {
      violentOnlyUnder: '(5), (6), (7) or (8)',
    }),
    ...(['5', '6', '7', '8'] as const).map((d) =>
      pl(`265.02(${d})`, 'Criminal possession of a weapon in the third degree', ['weapon', 'violent'], `${VFO}(c)`),
    ),
    pl('265.03', 'Criminal possession of a weapon in the second degree', ['weapon', 'violent'], VFO),
    pl('265.04', 'Criminal possession of a weapon in the first degree', ['weapon', 'violent'], VFO),
    // Domestic violence; hate crimes; terrorism.
    pl('240.75', 'Aggravated family offense', ['domestic_violence'], 'N.Y. Penal Law § 240.75'),
    pl('485.05', 'Hate crime', [], MERIT, { meritExcluded: 'hate crimes (§ 205(1)(i))' }),
    article('490', 'Terrorism (article 490)', [], MERIT, { meritExcluded: 'terrorism offenses under Penal Law article 490 (§ 205(1)(j))' }),
    // Driving while intoxicated or impaired. Clause (2)(b) and (c) lift the bar on jail for alcohol use, or
    // for drug use, only for a conviction of driving under the influence of that substance: § 1192(1)–(3)
    // are alcohol, (4) drugs, (4-a) both; the bare section does not say (`duiSubstance` absent).
    vtl('VTL 1192', 'Driving while ability impaired or intoxicated'),
    vtl('VTL 1192(1)', 'Driving while ability impaired by alcohol', 'alcohol'),
    vtl('VTL 1192(2)', 'Driving while intoxicated (per se)', 'alcohol'),
    vtl('VTL 1192(2-A)', 'Aggravated driving while intoxicated', 'alcohol'),
    vtl('VTL 1192(3)', 'Driving while intoxicated', 'alcohol'),
    vtl('VTL 1192(4)', 'Driving while ability impaired by drugs', 'drugs'),
    vtl('VTL 1192(4-A)', 'Driving while ability impaired by alcohol and drugs combined', 'both'),
  ],
};
