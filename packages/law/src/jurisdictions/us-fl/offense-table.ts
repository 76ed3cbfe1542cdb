/**
 * Florida offense table: statute → the tags and facts the Florida rules read.
 *
 * The one classification the rules turn on is the "violent felony offender of special concern" (VFOSC)
 * of Fla. Stat. § 948.06(8)(b), which § 948.04(4)(a) excludes from half-term early termination. A
 * probationer is one when on felony probation for a "qualifying offense" listed in § 948.06(8)(c), or
 * when previously convicted of one (among other routes: habitual violent felony offender, three-time
 * violent felony offender, sexual predator). Entries carry `facts.vfosc`:
 *   true            the section is on the list;
 *   'degree12'      only when a first- or second-degree felony (burglary under § 810.02(2) or (3));
 *   'subsections'   only some subsections are listed; the subsection entry carries `true`.
 *
 * UNVERIFIED: the § 948.06(8)(c) list was NOT read in primary text on 2026-11-30 (searched again that day:
 * the stored copies of § 948.06 could be read only up to (1)(c)); the entries below are from recollection
 * of the list and from secondary sources that describe it (Sammis Law Firm, Wynne Law "VFOSC" pages).
 * Each entry's citation names § 948.06(8)(c); the README lists this as an open question, including
 * whether the list names whole sections or only subsections for §§ 794.011, 800.04 and 847.0135.
 * Descriptive tags (theft, drug, dui, weapon…) cite the offense's own section.
 */
import { entriesReadOn, type OffenseTable } from '../../engine/offense-table.ts';

const AS_OF = '2026-11-30';
const VFOSC = 'Fla. Stat. § 948.06(8)(c) (list not read; unverified)';

const e = entriesReadOn(AS_OF);

const own = (section: string) => `Fla. Stat. § ${section}`;

export const flOffenseTable: OffenseTable = {
  aliases: [
    // The code after the section: "812.014, F.S.", "812.014 Fla. Stat.", "Section 812.13, Florida Statutes"
    // ("Section" is dropped before the aliases run) → "812.014", read as a bare section below.
    [/\s*,?\s*(?:F\.\s*S\.?|FLA\.\s*STAT\.?|FLORIDA\s+STATUTES?)\s*$/, ''],
    // "Fla. Stat. § 812.014", "Fla. Stat. Ann. 812.014", "F.S. 812.014", "FS 812.014", "FSS 812.013",
    // "Florida Statutes 812.014", "s. 812.014" (ss. is dropped before the aliases run) → "FS 812.014".
    [/^\s*(?:FLA\.?\s*STAT\.?(?:\s*ANN\.?)?|F\.\s*S\.(?:\s*A\.)?|FSA|FSS|FS|FLORIDA\s+STATUTES?|FLA\.?\s+STATUTES?|S\.)\s*(?=\d)/, 'FS '],
    // A bare "812.13(2)(c)", the way Florida records usually write a statute → "FS 812.13(2)(c)".
    [/^\s*(?=\d{2,3}\.\d)/, 'FS '],
  ],
  entries: [
    // Homicide (chapter 782).
    e('FS 782.04', 'Murder', ['homicide', 'violent', 'life_eligible'], VFOSC, { facts: { vfosc: true } }),
    e('FS 782.051', 'Attempted felony murder', ['violent'], VFOSC, { facts: { vfosc: true } }),
    e('FS 782.07', 'Manslaughter', ['homicide', 'violent'], VFOSC, { facts: { vfosc: true } }),

    // Assault, battery, stalking (chapter 784).
    e('FS 784.011', 'Assault', [], own('784.011')),
    e('FS 784.021', 'Aggravated assault', ['violent'], VFOSC, { facts: { vfosc: true } }),
    e('FS 784.03', 'Battery', [], own('784.03'), {
      note: 'Domestic violence depends on the victim (§ 741.28); the record must tag it.',
    }),
    e('FS 784.045', 'Aggravated battery', ['violent'], VFOSC, { facts: { vfosc: true } }),
    e('FS 784.048', 'Stalking', ['stalking'], VFOSC, {
      facts: { vfosc: 'subsections' },
      note: 'Only aggravated stalking under subsections (3), (4), (5) or (7) is a qualifying offense.',
    }),
    e('FS 784.048(3)', 'Aggravated stalking', ['stalking', 'violent'], VFOSC, { facts: { vfosc: true } }),
    e('FS 784.048(4)', 'Aggravated stalking (injunction)', ['stalking', 'violent'], VFOSC, { facts: { vfosc: true } }),
    e('FS 784.048(5)', 'Aggravated stalking (minor under 16)', ['stalking', 'violent'], VFOSC, { facts: { vfosc: true } }),
    e('FS 784.048(7)', 'Aggravated stalking (no-contact order)', ['stalking', 'violent'], VFOSC, { facts: { vfosc: true } }),

    // Kidnapping and related (chapter 787).
    e('FS 787.01', 'Kidnapping', ['violent', 'life_eligible'], VFOSC, { facts: { vfosc: true } }),
    e('FS 787.02', 'False imprisonment', [], VFOSC, {
      note: 'False imprisonment of a child under 13 is a qualifying offense; the record must say so.',
    }),

    // Sexual offenses.
    e('FS 794.011', 'Sexual battery', ['sex_registration', 'violent'], VFOSC, { facts: { vfosc: true } }),
    e('FS 800.04', 'Lewd or lascivious offenses (victim under 16)', ['sex_registration'], VFOSC, {
      facts: { vfosc: true, vfoscUncertainBefore: '1999-10-01' },
      note: 'The list names lewd or lascivious battery, molestation, conduct and exhibition under § 800.04, the four offenses of the section since its 1999 rewrite (ch. 99-201; effective date October 1, 1999, from secondary sources, not read). A conviction under the section as it stood before then may be for an offense the list does not name: lewd or lascivious assault upon a child is not a qualifying offense (Byers v. State, Fla. Dist. Ct. App., https://caselaw.findlaw.com/court/fl-district-court-of-appeal/2155047.html, read 2026-12-03).',
    }),
    e('FS 825.1025', 'Lewd or lascivious offenses (elderly or disabled person)', ['sex_registration'], VFOSC, { facts: { vfosc: true } }),
    e('FS 827.071', 'Sexual performance by a child', ['sex_registration', 'child_abuse'], VFOSC, { facts: { vfosc: true } }),
    e('FS 847.0135', 'Computer pornography; solicitation of a child', ['sex_registration'], VFOSC, { facts: { vfosc: 'subsections' } }),
    e('FS 847.0135(5)', 'Lewd or lascivious exhibition using a computer', ['sex_registration'], VFOSC, { facts: { vfosc: true } }),
    e('FS 847.0145', 'Selling or buying of minors', ['sex_registration', 'child_abuse'], VFOSC, { facts: { vfosc: true } }),

    // Arson, burglary, robbery.
    e('FS 806.01', 'Arson', [], VFOSC, { facts: { vfosc: 'subsections' } }),
    e('FS 806.01(1)', 'Arson (first degree)', ['violent'], VFOSC, { facts: { vfosc: true } }),
    e('FS 810.02', 'Burglary', [], VFOSC, {
      facts: { vfosc: 'degree12' },
      note: 'A qualifying offense only as a first- or second-degree felony (§ 810.02(2) or (3)); the record\'s class ("F1", "2nd", "second degree"…) decides.',
    }),
    // The subsection is the degree: (2) "a felony of the first degree", (3) "of the second degree", (4) "of the
    // third degree" (read in secondary summaries of § 810.02 on 2026-12-03, not the statute's text).
    e('FS 810.02(2)', 'Burglary (first degree)', [], VFOSC, { facts: { vfosc: true } }),
    e('FS 810.02(3)', 'Burglary (second degree)', [], VFOSC, { facts: { vfosc: true } }),
    e('FS 810.02(4)', 'Burglary (third degree)', [], VFOSC, { facts: { vfosc: false } }),
    e('FS 812.13', 'Robbery', ['violent', 'theft'], VFOSC, { facts: { vfosc: true } }),
    e('FS 812.133', 'Carjacking', ['violent', 'theft'], VFOSC, { facts: { vfosc: true } }),
    e('FS 812.135', 'Home-invasion robbery', ['violent', 'theft'], VFOSC, { facts: { vfosc: true } }),

    // Theft and fraud (chapter 812 otherwise), forgery.
    e('FS 812.014', 'Theft', ['theft'], own('812.014')),
    e('FS 812.019', 'Dealing in stolen property', ['theft'], own('812.019')),
    e('FS 817.034', 'Scheme to defraud', ['theft'], own('817.034')),
    e('FS 817.568', 'Criminal use of personal identification information', ['theft'], own('817.568')),
    e('FS 831.01', 'Forgery', [], own('831.01')),

    // Child abuse.
    e('FS 827.03', 'Child abuse', ['child_abuse'], own('827.03'), {
      note: 'Aggravated child abuse (subsection (2)(a)) is reported as a qualifying offense by secondary sources; not listed here as VFOSC (unverified).',
    }),

    // Drugs (chapter 893).
    e('FS 893.13', 'Sale, manufacture, delivery or possession of a controlled substance', ['drug'], own('893.13')),
    e('FS 893.13(1)', 'Sale, manufacture or delivery of a controlled substance', ['drug', 'drug_delivery'], own('893.13(1)')),
    e('FS 893.135', 'Trafficking in controlled substances', ['drug', 'drug_delivery'], own('893.135')),

    // Weapons, destructive devices.
    e('FS 790.01', 'Carrying a concealed weapon or firearm', ['weapon'], own('790.01')),
    e('FS 790.23', 'Possession of a firearm by a convicted felon', ['weapon'], own('790.23')),
    e('FS 790.161', 'Destructive devices', ['weapon'], VFOSC, { facts: { vfosc: 'subsections' } }),
    e('FS 790.161(2)', 'Throwing or discharging a destructive device (bodily harm or property damage)', ['weapon', 'violent'], VFOSC, {
      facts: { vfosc: true },
    }),
    e('FS 790.161(3)', 'Throwing or discharging a destructive device (bodily harm)', ['weapon', 'violent'], VFOSC, {
      facts: { vfosc: true },
    }),
    e('FS 790.161(4)', 'Throwing or discharging a destructive device (death)', ['weapon', 'violent', 'homicide'], VFOSC, {
      facts: { vfosc: true },
    }),

    // Driving under the influence.
    e('FS 316.193', 'Driving under the influence', ['dui'], own('316.193')),
    e('FS 316.027', 'Leaving the scene of a crash with injury or death', [], own('316.027')),
  ],
};
