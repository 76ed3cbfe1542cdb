/**
 * Minnesota offense table: statute → the tags and facts the § 609.135, subd. 2 rules read.
 *
 * Citations are normalised to the section number with its subdivision after a dot, the way the
 * Minnesota Criminal Justice Statute Service writes them: "Minn. Stat. § 609.2113, subd. 2(1)",
 * "M.S. 609.2113 subd 2" and "609.2113.2" all become "609.2113.2(1)" or "609.2113.2". An entry then
 * matches its section and every subdivision of it ("609.342" matches "609.342.1(A)").
 *
 * Which sections are in the paragraph (b) list (and the (c), (e) lists) is not decided here: those lists
 * are dated parameters (parameters.ts), because the (b) list changed in 2024. A section the rules need
 * for a list must have an entry here, so that the rule can match the entry's `statute` to the list.
 *
 * Tags are descriptive (spec vocabulary); no Minnesota rule here reads them except `life_eligible`
 * (no stay can be given for a life sentence) and `domestic_violence` (misdemeanor assault against a
 * family or household member, paragraph (e)).
 *
 * `facts.maxPrisonMonths`: the statutory maximum prison term, used only when the record does not give
 * `maxPrisonMonths`, and then with a warning: these values were recalled, not read in the section text
 * in this review. They are given only for sections whose maximum does not depend on a subdivision.
 * `facts.inchoate`: §§ 609.17 (attempt) and 609.175 (conspiracy); the object offense must come from the
 * record (see rules/shared.ts, `inchoateOf`).
 * `facts.dependsOnSubdivision`: the lists name only a subdivision of this section.
 */
import { entriesReadOn, type OffenseTable } from '../../engine/offense-table.ts';

const AS_OF = '2026-11-30';
const B = 'Minn. Stat. § 609.135, subd. 2(b)';
const C = 'Minn. Stat. § 609.135, subd. 2(c)';
const E = 'Minn. Stat. § 609.135, subd. 2(e)';
const COV = 'Minn. Stat. § 624.712, subd. 5 (crime of violence)';
const RECALLED = 'Statutory maximum recalled from the section text, not read in this review.';

const e = entriesReadOn(AS_OF);

export const usMnOffenseTable: OffenseTable = {
  aliases: [
    // "Minn. Stat. §", "Minnesota Statutes section", "Minn. Stat. Ann.", "M.S.", "M.S.A.", "MS" → nothing.
    [/^\s*(?:MINN(?:ESOTA)?\.?\s*STAT(?:UTES|S)?\.?(?:\s*ANN\.?)?|M\.\s*S\.(?:\s*A\.)?|MS(?=\s))\s*/, ''],
    // ", subd. 2", " subdivision 2", " subd 1a" → ".2", ".1A" (the mncjss form 609.135.2).
    [/\s*,?\s*SUBD(?:IVISION|S)?\.?\s*(\d+[A-Z]?)/, '.$1'],
  ],
  entries: [
    // Homicide (chapter 609). First-degree murder carries life imprisonment (§ 609.185), so no stay;
    // its attempt or conspiracy is listed in (b).
    e('609.185', 'Murder in the first degree', ['homicide', 'violent', 'life_eligible'], `${B}; Minn. Stat. § 609.185`, {
      note: 'Life imprisonment: no stay. Only a felony-level attempt or conspiracy is listed in (b).',
    }),
    e('609.19', 'Murder in the second degree', ['homicide', 'violent'], B, { facts: { maxPrisonMonths: 480 }, note: RECALLED }),
    e('609.195', 'Murder in the third degree', ['homicide', 'violent'], B, { facts: { maxPrisonMonths: 300 }, note: RECALLED }),
    e('609.20', 'Manslaughter in the first degree', ['homicide', 'violent'], B, { facts: { maxPrisonMonths: 180 }, note: RECALLED }),
    e('609.205', 'Manslaughter in the second degree', ['homicide', 'violent'], COV),
    e('609.2112', 'Criminal vehicular homicide', ['homicide'], B, { facts: { maxPrisonMonths: 120 }, note: RECALLED }),
    e('609.2113', 'Criminal vehicular operation', [], B, { facts: { dependsOnSubdivision: 'subd. 2 for (b); subd. 3 for (c)' } }),
    e('609.2113.1', 'Criminal vehicular operation (subd. 1, felony)', [], 'Minn. Stat. § 609.135, subd. 2(b) (2020)'),
    e('609.2113.2', 'Criminal vehicular operation (subd. 2, felony)', [], B),
    e('609.2113.3', 'Criminal vehicular operation (subd. 3, gross misdemeanor)', [], C),
    e('609.2114', 'Criminal vehicular operation; unborn child', [], 'Minn. Stat. § 609.135, subd. 2(b) (2020)', {
      facts: { dependsOnSubdivision: 'subd. 2 (former six-year paragraph)' },
    }),
    e('609.2114.2', 'Criminal vehicular operation; unborn child (subd. 2)', [], 'Minn. Stat. § 609.135, subd. 2(b) (2020)'),
    e('609.2661', 'Murder of an unborn child in the first degree', ['homicide', 'life_eligible'], B, {
      note: 'Life imprisonment: no stay. Only a felony-level attempt or conspiracy is listed in (b).',
    }),
    e('609.2662', 'Murder of an unborn child in the second degree', ['homicide'], B),
    e('609.2663', 'Murder of an unborn child in the third degree', ['homicide'], B),
    e('609.2664', 'Manslaughter of an unborn child in the first degree', ['homicide'], B),
    e('609.268', 'Injury or death of an unborn child in the commission of a crime', ['homicide'], B),

    // Criminal sexual conduct and sexual extortion: (b); registration under § 243.166.
    e('609.342', 'Criminal sexual conduct in the first degree', ['sex_registration', 'violent'], `${B}; Minn. Stat. § 243.166, subd. 1b`, {
      facts: { maxPrisonMonths: 360 },
      note: RECALLED,
    }),
    e('609.343', 'Criminal sexual conduct in the second degree', ['sex_registration', 'violent'], `${B}; Minn. Stat. § 243.166, subd. 1b`, {
      facts: { maxPrisonMonths: 300 },
      note: RECALLED,
    }),
    e('609.344', 'Criminal sexual conduct in the third degree', ['sex_registration', 'violent'], `${B}; Minn. Stat. § 243.166, subd. 1b`, {
      facts: { maxPrisonMonths: 180 },
      note: RECALLED,
    }),
    e('609.345', 'Criminal sexual conduct in the fourth degree', ['sex_registration', 'violent'], `${B}; Minn. Stat. § 243.166, subd. 1b`, {
      facts: { maxPrisonMonths: 120 },
      note: RECALLED,
    }),
    e('609.3451', 'Criminal sexual conduct in the fifth degree', [], `${B}; ${C}`, {
      note: 'Listed in (b) as a felony and in (c) as a gross misdemeanor. Registration follows only some subdivisions; the record should tag it.',
    }),
    e('609.3458', 'Sexual extortion', [], B, {
      note: 'In the (b) list read in the 2024 text; the 2023 list is reconstructed without it (see parameters).',
    }),

    // Stalking, assault, domestic assault.
    e('609.749', 'Harassment; stalking', ['stalking'], B),
    e('609.221', 'Assault in the first degree', ['violent'], COV),
    e('609.222', 'Assault in the second degree (dangerous weapon)', ['violent', 'weapon'], COV),
    e('609.223', 'Assault in the third degree', ['violent'], COV),
    e('609.224', 'Assault in the fifth degree', [], E, {
      note: 'A misdemeanor under subd. 1 gets the two-year limit of (e) only if the victim was a family or household member: the record must tag it domestic_violence.',
    }),
    e('609.2242', 'Domestic assault', ['domestic_violence'], E),
    e('609.2247', 'Domestic assault by strangulation', ['domestic_violence'], 'Minn. Stat. § 609.2247'),

    // Robbery, burglary, theft.
    e('609.24', 'Simple robbery', ['violent'], COV),
    e('609.245', 'Aggravated robbery', ['violent'], COV),
    e('609.582', 'Burglary', [], 'Minn. Stat. § 609.582'),
    e('609.52', 'Theft', ['theft'], 'Minn. Stat. § 609.52'),

    // Child abuse.
    e('609.377', 'Malicious punishment of a child', ['child_abuse'], 'Minn. Stat. § 609.377'),
    e('609.378', 'Neglect or endangerment of a child', ['child_abuse'], 'Minn. Stat. § 609.378'),

    // Controlled substances, chapter 152 (first to fifth degree).
    e('152', 'Controlled substance crime (chapter 152)', ['drug'], 'Minn. Stat. §§ 152.021–152.025', {
      pattern: /^152\.02[1-5](?![0-9])/,
    }),
    e('152.025', 'Controlled substance crime in the fifth degree', ['drug'], 'Minn. Stat. § 152.025', {
      facts: { maxPrisonMonths: 60 },
      note: RECALLED,
    }),

    // Impaired driving.
    e('169A.20', 'Driving while impaired', ['dui'], `${C}; ${E}`),
    e('169A.24', 'First-degree driving while impaired (felony)', ['dui'], 'Minn. Stat. § 169A.24'),

    // Weapons.
    e('624.713', 'Possession of a firearm by an ineligible person', ['weapon'], 'Minn. Stat. § 624.713'),
    e('609.66', 'Dangerous weapons', ['weapon'], 'Minn. Stat. § 609.66'),

    // Misdemeanors named in (e).
    e('609.746', 'Interference with privacy', [], E, { facts: { dependsOnSubdivision: 'subd. 1' } }),
    e('609.746.1', 'Interference with privacy', [], E),
    e('609.79', 'Obscene or harassing telephone calls', [], E),
    e('617.23', 'Indecent exposure', [], E),

    // Inchoate crimes: the object offense comes from the record.
    e('609.17', 'Attempt', [], B, { facts: { inchoate: 'attempt' } }),
    e('609.175', 'Conspiracy', [], B, { facts: { inchoate: 'conspiracy' } }),
  ],
};
