/**
 * Arizona offense table: statute → the tags and facts the § 13-924 rules read.
 *
 * What the rules need from an offense:
 * - its felony class, because probation "for any class 2 or 3 felony" earns no time credit
 *   (§ 13-924(E)(2)). The record's `class` is used first; `facts.felonyClass` is given here only where
 *   the statute fixes one class for every violation of it, so a record with only the statute still
 *   gets the right answer. Where the class depends on the facts (value stolen, weapon, victim's age),
 *   no class is given and a record without `class` is reported as a missing fact.
 * - whether conviction requires sex-offender registration under § 13-3821 (`sex_registration`),
 *   which excludes the term (§ 13-924(E)(4)).
 * - whether it is personal possession or use of a drug or paraphernalia (`facts.personalPossessionOrUse`),
 *   the offenses Proposition 200 probation is for (§ 13-901.01(A), (C)): only the subsections that name
 *   possession or use; a bare § 13-3407 or § 13-3408 covers sale and manufacture too, so it is not marked.
 * Other tags (violent, theft, drug, dui, weapon, domestic_violence, stalking, child_abuse, homicide)
 * are descriptive, for other rules and for reports.
 *
 * Review status: the classes and the registration list are from the encoder's reading of Title 13 and
 * § 13-3821(A) as commonly cited; neither § 13-3821 nor the individual penalty subsections were read
 * in primary text on 2026-11-30 (README, open questions). Each entry cites the subsection that fixes the
 * class or puts the offense on the list.
 */
import { entriesReadOn, type OffenseTable } from '../../engine/offense-table.ts';

const AS_OF = '2026-11-30';
const REG = 'A.R.S. § 13-3821(A)';

const e = entriesReadOn(AS_OF);

const cls = (felonyClass: string) => ({ facts: { felonyClass } });
/** Personal possession or use (§ 13-901.01(A), (C)): the offenses Proposition 200 probation is for. */
const possession = (felonyClass: string) => ({ facts: { felonyClass, personalPossessionOrUse: true } });

export const usAzOffenseTable: OffenseTable = {
  dottedNumbersAreSections: true,
  aliases: [
    // "A.R.S. § 13-1904", "ARS 13-1904", "Ariz. Rev. Stat. § 13-1904", "A.R.S 13-1904" → "ARS 13-1904".
    [/^\s*ARIZ(?:ONA)?\.?\s*REV(?:ISED)?\.?\s*STAT(?:UTES)?\.?(?:\s*ANN\.?)?\s*/, 'ARS '],
    [/^\s*A\.?\s*R\.?\s*S\.?\s*/, 'ARS '],
    // A bare "13-1904" or "28-1381".
    [/^\s*(?=\d{1,2}-\d)/, 'ARS '],
  ],
  entries: [
    // Homicide (chapter 11).
    e('ARS 13-1105', 'First degree murder', ['homicide', 'violent', 'life_eligible'], 'A.R.S. § 13-1105(D)', cls('1')),
    e('ARS 13-1104', 'Second degree murder', ['homicide', 'violent', 'life_eligible'], 'A.R.S. § 13-1104(C)', cls('1')),
    e('ARS 13-1103', 'Manslaughter', ['homicide', 'violent'], 'A.R.S. § 13-1103(B)', cls('2')),
    e('ARS 13-1102', 'Negligent homicide', ['homicide'], 'A.R.S. § 13-1102(C)', cls('4')),
    // Assault and related (chapter 12).
    e('ARS 13-1203', 'Assault', [], 'A.R.S. § 13-1203(B)', { note: 'Class 1, 2 or 3 misdemeanor by subsection.' }),
    e('ARS 13-1204', 'Aggravated assault', ['violent'], 'A.R.S. § 13-1204(E)–(G)', {
      note: 'Class 2 to 6 felony depending on the subsection and the victim: the record must give the class.',
    }),
    e('ARS 13-1201', 'Endangerment', [], 'A.R.S. § 13-1201(B)', { note: 'Class 6 felony or class 1 misdemeanor.' }),
    e('ARS 13-1304', 'Kidnapping', ['violent'], 'A.R.S. § 13-1304(B)', {
      note: 'Class 2 felony, or class 4 if the victim is released voluntarily.',
    }),
    // Sexual offenses (chapters 14 and 35.1): registration under § 13-3821(A).
    // § 13-3821(A)(3): registration for "Sexual abuse pursuant to section 13-1404 if the victim is under
    // eighteen years of age" (statute text as reproduced by a defence firm, read 2026-12-02). The victim's
    // age is not in the record, so the table cannot tag it; the rule warns (fact `registrationIfMinorVictim`).
    // Class 3 if the victim is under 15 (excluded anyway as class 3), class 5 otherwise (§ 13-1404(C)).
    e('ARS 13-1404', 'Sexual abuse', [], `${REG}(3)`, { facts: { registrationIfMinorVictim: true }, note: 'Class 3 or 5 felony.' }),
    e('ARS 13-1405', 'Sexual conduct with a minor', ['sex_registration'], REG, { note: 'Class 2 or 6 felony.' }),
    e('ARS 13-1406', 'Sexual assault', ['sex_registration', 'violent'], REG, cls('2')),
    e('ARS 13-1410', 'Molestation of a child', ['sex_registration', 'child_abuse'], REG, cls('2')),
    e('ARS 13-1417', 'Continuous sexual abuse of a child', ['sex_registration', 'child_abuse'], REG, cls('2')),
    e('ARS 13-3552', 'Commercial sexual exploitation of a minor', ['sex_registration'], REG, cls('2')),
    e('ARS 13-3553', 'Sexual exploitation of a minor', ['sex_registration'], REG, cls('2')),
    e('ARS 13-3554', 'Luring a minor for sexual exploitation', ['sex_registration'], REG, cls('3')),
    // Burglary and trespass (chapter 15).
    e('ARS 13-1506', 'Burglary in the third degree', [], 'A.R.S. § 13-1506(B)', cls('4')),
    e('ARS 13-1507', 'Burglary in the second degree', [], 'A.R.S. § 13-1507(B)', cls('3')),
    e('ARS 13-1508', 'Burglary in the first degree', ['weapon'], 'A.R.S. § 13-1508(B)', { note: 'Class 3 or class 2 felony.' }),
    // Theft (chapter 18) and fraud.
    e('ARS 13-1802', 'Theft', ['theft'], 'A.R.S. § 13-1802(G)', { note: 'Class by value, from class 1 misdemeanor to class 2 felony.' }),
    e('ARS 13-1805', 'Shoplifting', ['theft'], 'A.R.S. § 13-1805(I)', { note: 'Class by value and circumstances.' }),
    e('ARS 13-1814', 'Theft of means of transportation', ['theft'], 'A.R.S. § 13-1814(D)', cls('3')),
    e('ARS 13-2008', 'Taking the identity of another', ['theft'], 'A.R.S. § 13-2008(E)', cls('4')),
    e('ARS 13-2310', 'Fraudulent schemes and artifices', ['theft'], 'A.R.S. § 13-2310(A)', cls('2')),
    // Robbery (chapter 19).
    e('ARS 13-1902', 'Robbery', ['violent', 'theft'], 'A.R.S. § 13-1902(B)', cls('4')),
    e('ARS 13-1903', 'Aggravated robbery', ['violent', 'theft'], 'A.R.S. § 13-1903(B)', cls('3')),
    e('ARS 13-1904', 'Armed robbery', ['violent', 'theft', 'weapon'], 'A.R.S. § 13-1904(B)', cls('2')),
    // Stalking, harassment, domestic violence, child abuse.
    e('ARS 13-2923', 'Stalking', ['stalking'], 'A.R.S. § 13-2923(C)', { note: 'Class 5 or class 3 felony.' }),
    e('ARS 13-3601', 'Domestic violence (designation)', ['domestic_violence'], 'A.R.S. § 13-3601(A)', {
      note: 'A designation added to the underlying offense; a record citing "13-1203; 13-3601" is matched by pattern.',
      pattern: /13-3601(?![.\d])/,
    }),
    e('ARS 13-3601.02', 'Aggravated domestic violence', ['domestic_violence'], 'A.R.S. § 13-3601.02(B)', cls('5')),
    e('ARS 13-3623', 'Child or vulnerable adult abuse', ['child_abuse'], 'A.R.S. § 13-3623(A)–(B)', { note: 'Class 2 to 6 felony.' }),
    // Drugs (chapter 34).
    e('ARS 13-3405', 'Marijuana offenses', ['drug'], 'A.R.S. § 13-3405(B)', { note: 'Class by amount and conduct.' }),
    e('ARS 13-3407', 'Dangerous drug offenses', ['drug'], 'A.R.S. § 13-3407(B)', { note: 'Class 2 to 4 by subsection.' }),
    e('ARS 13-3407(A)(1)', 'Possession or use of a dangerous drug', ['drug'], 'A.R.S. § 13-3407(B)(1)', possession('4')),
    e('ARS 13-3407(A)(7)', 'Transporting or selling a dangerous drug', ['drug', 'drug_delivery'], 'A.R.S. § 13-3407(B)(7)', cls('2')),
    e('ARS 13-3408', 'Narcotic drug offenses', ['drug'], 'A.R.S. § 13-3408(B)', { note: 'Class 2 to 4 by subsection.' }),
    e('ARS 13-3408(A)(1)', 'Possession or use of a narcotic drug', ['drug'], 'A.R.S. § 13-3408(B)(1)', possession('4')),
    e('ARS 13-3408(A)(7)', 'Transporting or selling a narcotic drug', ['drug', 'drug_delivery'], 'A.R.S. § 13-3408(B)(7)', cls('2')),
    e('ARS 13-3415', 'Possession of drug paraphernalia', ['drug'], 'A.R.S. § 13-3415(A)', possession('6')),
    // Weapons (chapter 31).
    e('ARS 13-3102', 'Misconduct involving weapons', ['weapon'], 'A.R.S. § 13-3102(M)', { note: 'Class 1 misdemeanor to class 3 felony.' }),
    e('ARS 13-3107', 'Unlawful discharge of a firearm', ['weapon'], 'A.R.S. § 13-3107(A)', cls('6')),
    // Driving under the influence (title 28).
    e('ARS 28-1381', 'Driving under the influence', ['dui'], 'A.R.S. § 28-1381(C)', { note: 'Class 1 misdemeanor.' }),
    e('ARS 28-1382', 'Extreme DUI', ['dui'], 'A.R.S. § 28-1382(D)', { note: 'Class 1 misdemeanor.' }),
    e('ARS 28-1383', 'Aggravated DUI', ['dui'], 'A.R.S. § 28-1383(O)', { note: 'Class 4 felony (class 6 under (A)(4)).' }),
  ],
};
