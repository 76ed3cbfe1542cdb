/**
 * Pennsylvania offense table: statute → the tags the Act 44 rules read.
 *
 * § 9774.1(i) excludes from review conferences probation imposed for: an offense under 18 Pa.C.S.
 * Ch. 25 (criminal homicide) → `homicide`; a crime of violence as defined in 42 Pa.C.S. § 9714(g)
 * → `violent`; an offense listed under Subchapter H (§ 9799.14 tiers) or I (§ 9799.55) →
 * `sex_registration`; § 2701 simple assault against a family or household member (the record's
 * `domestic_violence` tag on a § 2701 offense; the table cannot know the victim) and § 2709.1
 * stalking → `stalking`. Other common statutes carry descriptive tags (theft, drug, dui, weapon…).
 *
 * Where the list names only some subsections (burglary § 3502(a)(1), robbery § 3701(a)(1)(i)–(iii),
 * aggravated assault § 2702(a)(1)–(2), registration tiers), the subsection entry carries the tag and a
 * section-level entry carries `facts.dependsOnSubsection`, so a rule can warn when the record gives
 * only the section. Where the grade decides (strangulation "graded as a felony", trafficking "graded as
 * a felony of the first degree"), `facts.violentWhen` names the grade and the rule checks it.
 *
 * Read 2026-11-30: 42 Pa.C.S. § 9714(g) (as amended by Act 2022-99) and § 9799.14 (as amended by Act
 * 2024-16), Justia copy mirrored in saint1415/us-statutes; § 9799.55 for Subchapter I.
 */
import { entriesReadOn, type OffenseTable } from '../../engine/offense-table.ts';

const AS_OF = '2026-11-30';
const COV = '42 Pa.C.S. § 9714(g)';
const H = (tier: string) => `42 Pa.C.S. § 9799.14(${tier}) (Subchapter H)`;

const e = entriesReadOn(AS_OF);

const T18 = '18 PA.C.S.';

export const paOffenseTable: OffenseTable = {
  dottedNumbersAreSections: true,
  aliases: [
    // "18 Pa.C.S. § 3502", "18 Pa. C.S.A. 3502", "Title 18 § 3502", "18 PACS 3502" → "18 PA.C.S. 3502".
    [/^\s*(?:TITLE\s+)?(\d{1,2})\s*PA\.?\s*C\.?\s*S\.?(?:\s*A\.?)?\s+/, '$1 PA.C.S. '],
    [/^\s*(?:TITLE\s+)?(\d{1,2})\s*PA\.?\s*C\.?\s*S\.?(?:\s*A\.?)?(?=\d)/, '$1 PA.C.S. '],
    // "Title 18 § 3502" → "18 PA.C.S. 3502".
    [/^\s*TITLE\s+(\d{1,2})\s+(?=\d)/, '$1 PA.C.S. '],
    // The Controlled Substance, Drug, Device and Cosmetic Act: "35 P.S. § 780-113", "35 PS 780-113".
    [/^\s*35\s*P\.?\s*S\.?(?:\s*A\.?)?\s*/, '35 P.S. '],
  ],
  entries: [
    // Chapter 25, criminal homicide: § 9774.1(i)(1).
    e('18 PA.C.S. CH. 25', 'Criminal homicide (18 Pa.C.S. Ch. 25)', ['homicide'], '42 Pa.C.S. § 9774.1(i)(1)', {
      pattern: /^18 PA\.C\.S\. 250\d(?!\d)/,
    }),
    e(`${T18} 2502(C)`, 'Murder of the third degree', ['homicide', 'violent'], COV),
    e(`${T18} 2503`, 'Voluntary manslaughter', ['homicide', 'violent'], COV),
    e(`${T18} 2506(A)`, 'Drug delivery resulting in death', ['homicide', 'violent', 'drug', 'drug_delivery'], COV),
    e(`${T18} 2507(C)`, 'Manslaughter of a law enforcement officer', ['homicide', 'violent'], COV),
    e(`${T18} 2507(D)`, 'Manslaughter of a law enforcement officer', ['homicide', 'violent'], COV),
    e(`${T18} 2604(C)`, 'Murder of the third degree of an unborn child', ['violent'], COV),
    e(`${T18} 2606`, 'Aggravated assault of an unborn child', ['violent'], COV),

    // Assault.
    e(`${T18} 2701`, 'Simple assault', [], '42 Pa.C.S. § 9774.1(i)(4)', {
      facts: { simpleAssault: true },
      note: 'Excluded from PRCs only when committed against a family or household member (23 Pa.C.S. § 6102(a)); the record must say so with the domestic_violence tag.',
    }),
    e(`${T18} 2702`, 'Aggravated assault', [], COV, { facts: { dependsOnSubsection: '(a)(1) or (a)(2)' } }),
    e(`${T18} 2702(A)(1)`, 'Aggravated assault (serious bodily injury)', ['violent'], COV),
    e(`${T18} 2702(A)(2)`, 'Aggravated assault (serious bodily injury to a protected person)', ['violent'], COV),
    e(`${T18} 2702.1(A)(1)`, 'Assault of law enforcement officer', ['violent'], COV),
    e(`${T18} 2706`, 'Terroristic threats', [], '18 Pa.C.S. § 2706'),
    e(`${T18} 2709`, 'Harassment', [], '18 Pa.C.S. § 2709'),
    e(`${T18} 2709.1`, 'Stalking', ['stalking'], '42 Pa.C.S. § 9774.1(i)(5)'),
    e(`${T18} 2716(B)`, 'Use of weapons of mass destruction', ['violent', 'weapon'], COV),
    e(`${T18} 2717(B)(2)`, 'Terrorism', ['violent'], COV),
    e(`${T18} 2718`, 'Strangulation', [], COV, {
      facts: { violentWhen: 'felony' },
      note: 'A crime of violence "when the offense is graded as a felony".',
    }),

    // Kidnapping, restraint, trafficking.
    e(`${T18} 2901`, 'Kidnapping', ['violent'], COV),
    e(`${T18} 2901(A.1)`, 'Kidnapping of a minor', ['violent', 'sex_registration'], H('d)(1')),
    e(`${T18} 2902(B)`, 'Unlawful restraint of a minor', ['sex_registration'], H('b)(1')),
    e(`${T18} 2903(B)`, 'False imprisonment of a minor', ['sex_registration'], H('b)(2')),
    e(`${T18} 2904`, 'Interference with custody of children', ['sex_registration'], H('b)(3'), {
      note: "Not a registration offense where the defendant is the child's parent, guardian or other lawful custodian; the record's tags should say so.",
    }),
    e(`${T18} 2910`, 'Luring a child into a motor vehicle or structure', ['sex_registration'], H('b)(4')),
    e(`${T18} 3011`, 'Trafficking in individuals', ['sex_registration'], H('b)(4.1), (c)(1'), {
      facts: { violentWhen: 'F1' },
      note: 'A crime of violence when graded as a felony of the first degree (§ 9714(g)).',
    }),
    e(`${T18} 3012`, 'Involuntary servitude (as to sexual servitude)', ['sex_registration'], H('c)(1.4')),
    e(`${T18} 3013`, 'Patronizing a victim of sexual servitude', ['sex_registration'], H('b)(4.2')),

    // Sexual offenses (Chapter 31): registration (Subch. H) and crimes of violence.
    e(`${T18} 3121`, 'Rape', ['sex_registration', 'violent'], `${H('d)(2')}; ${COV}`),
    e(`${T18} 3122.1`, 'Statutory sexual assault', [], H('c)(1.1), (d)(3'), { facts: { dependsOnSubsection: '(a)(2) or (b)' } }),
    e(`${T18} 3122.1(A)(2)`, 'Statutory sexual assault (11 or more years older)', ['sex_registration'], H('c)(1.1')),
    e(`${T18} 3122.1(B)`, 'Statutory sexual assault (felony of the first degree)', ['sex_registration'], H('d)(3')),
    e(`${T18} 3123`, 'Involuntary deviate sexual intercourse', ['sex_registration', 'violent'], `${H('d)(4')}; ${COV}`),
    e(`${T18} 3124.1`, 'Sexual assault', ['sex_registration', 'violent'], `${H('d)(5')}; ${COV}`),
    e(`${T18} 3124.2`, 'Institutional sexual assault', ['sex_registration'], H('b)(5), (c)(1.2), (d)(6')),
    e(`${T18} 3125`, 'Aggravated indecent assault', ['sex_registration', 'violent'], `${H('d)(7')}; ${COV}`),
    e(`${T18} 3126`, 'Indecent assault', ['sex_registration'], H('b)(6), (c)(1.3), (d)(8')),
    e(`${T18} 4302`, 'Incest', ['violent'], COV, { facts: { dependsOnSubsection: '(b) (registration)' } }),
    e(`${T18} 4302(B)`, 'Incest of a minor', ['violent', 'sex_registration'], `${H('d)(9')}; ${COV}`),
    e(`${T18} 5902(B.1)`, 'Promoting prostitution of a minor', ['sex_registration'], H('c)(2')),
    e(`${T18} 5903`, 'Obscene and other sexual materials', [], H('c)(3'), {
      facts: { dependsOnSubsection: '(a)(3)(ii), (4)(ii), (5)(ii) or (6)' },
    }),
    e(`${T18} 6301(A)(1)(II)`, 'Corruption of minors (sexual)', ['sex_registration'], H('b)(8')),
    e(`${T18} 6312`, 'Sexual abuse of children', ['sex_registration', 'child_abuse'], H('b)(9), (c)(4')),
    e(`${T18} 6318`, 'Unlawful contact with minor', ['sex_registration'], H('c)(5')),
    e(`${T18} 6320`, 'Sexual exploitation of children', ['sex_registration', 'child_abuse'], H('c)(6')),
    e(`${T18} 7507.1`, 'Invasion of privacy', ['sex_registration'], H('b)(10')),

    // Arson, burglary, robbery.
    e(`${T18} 3301`, 'Arson and related offenses', [], COV, { facts: { dependsOnSubsection: '(a) or (a.1)' } }),
    e(`${T18} 3301(A)`, 'Arson endangering persons', ['violent'], COV),
    e(`${T18} 3301(A.1)`, 'Aggravated arson', ['violent'], COV),
    e(`${T18} 3311(B)(3)`, 'Ecoterrorism', ['violent'], COV),
    e(`${T18} 3502`, 'Burglary', [], COV, { facts: { dependsOnSubsection: '(a)(1)' } }),
    e(`${T18} 3502(A)(1)`, 'Burglary (building adapted for overnight accommodation, person present)', ['violent'], COV),
    e(`${T18} 3503`, 'Criminal trespass', [], '18 Pa.C.S. § 3503'),
    e(`${T18} 3701`, 'Robbery', [], COV, { facts: { dependsOnSubsection: '(a)(1)(i), (ii) or (iii)' } }),
    e(`${T18} 3701(A)(1)(I)`, 'Robbery (serious bodily injury)', ['violent'], COV),
    e(`${T18} 3701(A)(1)(II)`, 'Robbery (threat of serious bodily injury)', ['violent'], COV),
    e(`${T18} 3701(A)(1)(III)`, 'Robbery (threat of a felony of the first or second degree)', ['violent'], COV),
    e(`${T18} 3702`, 'Robbery of motor vehicle', ['violent'], COV),

    // Theft (Chapter 39).
    e('18 PA.C.S. CH. 39', 'Theft and related offenses (18 Pa.C.S. Ch. 39)', ['theft'], '18 Pa.C.S. Ch. 39', {
      pattern: /^18 PA\.C\.S\. 39\d\d(?!\d)/,
    }),
    e(`${T18} 4101`, 'Forgery', [], '18 Pa.C.S. § 4101'),
    e(`${T18} 4106`, 'Access device fraud', ['theft'], '18 Pa.C.S. § 4106'),

    // Family offenses, weapons, public order.
    e(`${T18} 4304`, 'Endangering welfare of children', ['child_abuse'], '18 Pa.C.S. § 4304'),
    e(`${T18} 907`, 'Possessing instruments of crime', ['weapon'], '18 Pa.C.S. § 907'),
    e(`${T18} 908`, 'Prohibited offensive weapons', ['weapon'], '18 Pa.C.S. § 908'),
    e(`${T18} 6105`, 'Persons not to possess firearms', ['weapon'], '18 Pa.C.S. § 6105'),
    e(`${T18} 6106`, 'Firearms not to be carried without a license', ['weapon'], '18 Pa.C.S. § 6106'),
    e(`${T18} 6108`, 'Carrying firearms on public streets in Philadelphia', ['weapon'], '18 Pa.C.S. § 6108'),
    e(`${T18} 5503`, 'Disorderly conduct', [], '18 Pa.C.S. § 5503'),
    e(`${T18} 5104`, 'Resisting arrest', [], '18 Pa.C.S. § 5104'),

    // Inchoate crimes: a crime of violence when the object offense is one (§ 9714(g)); the record must say.
    e(`${T18} 901`, 'Criminal attempt', [], COV, { facts: { inchoate: true } }),
    e(`${T18} 902`, 'Criminal solicitation', [], COV, { facts: { inchoate: true } }),
    e(`${T18} 903`, 'Criminal conspiracy', [], COV, { facts: { inchoate: true } }),

    // Drugs: The Controlled Substance, Drug, Device and Cosmetic Act, 35 P.S. § 780-113.
    e('35 P.S. 780-113', 'Controlled Substance Act prohibited acts', ['drug'], '35 P.S. § 780-113'),
    e(
      '35 P.S. 780-113(A)(30)',
      'Manufacture, delivery or possession with intent to deliver',
      ['drug', 'drug_delivery'],
      '35 P.S. § 780-113(a)(30)',
    ),

    // Vehicle code.
    e('75 PA.C.S. 3802', 'Driving under the influence', ['dui'], '75 Pa.C.S. § 3802'),
    e('75 PA.C.S. 3735', 'Homicide by vehicle while driving under the influence', ['dui'], '75 Pa.C.S. § 3735', {
      note: 'Title 75, not 18 Pa.C.S. Ch. 25: not excluded by § 9774.1(i)(1).',
    }),
  ],
};
