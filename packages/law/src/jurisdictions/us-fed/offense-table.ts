/**
 * Federal offense table: statute → the tags and facts the federal rules read.
 *
 * Only the Judicial Conference policy presumption (Guide to Judiciary Policy, Vol. 8E, § 360.20) reads
 * offense categories: it does not reach sex offenders or persons convicted of terrorism (and career
 * violent or drug offenders, which no statute list identifies: 28 U.S.C. § 994(h) describes offenders,
 * not offenses). Entries:
 *   `sex_registration`  offenses of 18 U.S.C. chapters 109A, 110 and 117, § 1591 and § 2250 (the
 *                       "sex offense" list of USSG §5D1.2 comment. (n.1), read in the 2011 manual);
 *   `facts.terrorism`   offenses listed in 18 U.S.C. § 2332b(g)(5)(B) (list not read in full; the
 *                       sections below are those most often charged; unverified).
 * Descriptive tags (drug, theft, weapon, violent…) cite the offense's own section. Read 2026-11-30.
 */
import { entriesReadOn, type OffenseTable } from '../../engine/offense-table.ts';

const AS_OF = '2026-11-30';
const SEX = 'USSG §5D1.2, comment. (n.1) ("sex offense")';
const TERROR = '18 U.S.C. § 2332b(g)(5)(B) (list not read in full; unverified)';

const e = entriesReadOn(AS_OF);
const usc = (title: number, section: string) => `${title} U.S.C. § ${section}`;

export const fedOffenseTable: OffenseTable = {
  aliases: [
    // "18 U.S.C. § 2113(a)", "18 USC 2113", "18 U.S.C.A. 2113", "Title 18 U.S.C. 2113", "18 U. S. C. 2113" → "18 USC 2113…".
    [/^\s*(?:TITLE\s+)?(\d{1,2})\s*U\.?\s*S\.?\s*C\.?(?:\s*A\.?)?\s*/, '$1 USC '],
    // "Title 18, section 2113" → "18 USC 2113".
    [/^\s*TITLE\s+(\d{1,2})\s*,?\s+(?=\d)/, '$1 USC '],
    // "Title 18, United States Code, Section 2252A", as indictments write it → "18 USC 2252A".
    [/^\s*(?:TITLE\s+)?(\d{1,2})\s*,?\s*UNITED\s+STATES\s+CODE\s*,?\s*/, '$1 USC '],
    // "18:922(g)(1)" → "18 USC 922(g)(1)".
    [/^\s*(\d{1,2})\s*:\s*(?=\d)/, '$1 USC '],
  ],
  entries: [
    // Sex offenses (chapters 109A, 110, 117; § 1591; § 2250).
    e('18 USC CH. 109A', 'Sexual abuse (18 U.S.C. ch. 109A)', ['sex_registration', 'violent'], SEX, {
      pattern: /^18 USC 224[1-8](?![0-9])/,
    }),
    // Chapter 110 "not including a recordkeeping offense" (§§ 2257, 2257A); § 2259 is a restitution section,
    // and §§ 2258A–2258E are duties of providers, not offenses.
    e('18 USC CH. 110', 'Sexual exploitation of children (18 U.S.C. ch. 110)', ['sex_registration', 'child_abuse'], SEX, {
      pattern: /^18 USC (?:225[1-6]|2258(?![A-Z])|2260)(?![0-9])/,
    }),
    e('18 USC CH. 117', 'Transportation for illegal sexual activity (18 U.S.C. ch. 117)', ['sex_registration'], SEX, {
      pattern: /^18 USC 242[1-9](?![0-9])/,
    }),
    e('18 USC 1591', 'Sex trafficking of children or by force, fraud or coercion', ['sex_registration', 'violent'], SEX),
    e('18 USC 2250', 'Failure to register as a sex offender', ['sex_registration'], '34 U.S.C. § 20913; 18 U.S.C. § 2250'),

    // Terrorism (§ 2332b(g)(5)(B)).
    e('18 USC 2332A', 'Use of weapons of mass destruction', ['violent', 'weapon'], TERROR, { facts: { terrorism: true } }),
    e('18 USC 2332B', 'Acts of terrorism transcending national boundaries', ['violent'], TERROR, { facts: { terrorism: true } }),
    e('18 USC 2332F', 'Bombings of public places', ['violent', 'weapon'], TERROR, { facts: { terrorism: true } }),
    e('18 USC 2339', 'Harboring or concealing terrorists', [], TERROR, { facts: { terrorism: true } }),
    e('18 USC 2339A', 'Providing material support to terrorists', [], TERROR, { facts: { terrorism: true } }),
    e('18 USC 2339B', 'Material support to designated foreign terrorist organizations', [], TERROR, { facts: { terrorism: true } }),
    e('18 USC 2339C', 'Financing of terrorism', [], TERROR, { facts: { terrorism: true } }),
    e('18 USC 2339D', 'Receiving military-type training from a foreign terrorist organization', [], TERROR, { facts: { terrorism: true } }),

    // Violence, weapons.
    e('18 USC 1201', 'Kidnapping', ['violent'], usc(18, '1201')),
    e('18 USC 1951', 'Interference with commerce by threats or violence (Hobbs Act)', ['violent'], usc(18, '1951')),
    e('18 USC 2113', 'Bank robbery and incidental crimes', ['violent', 'theft'], usc(18, '2113')),
    e('18 USC 2119', 'Motor vehicle theft with intent to cause death or serious harm (carjacking)', ['violent', 'theft'], usc(18, '2119')),
    e('18 USC 922(G)', 'Unlawful possession of a firearm (prohibited person)', ['weapon'], usc(18, '922(g)')),
    e('18 USC 924(C)', 'Using or carrying a firearm in relation to a crime of violence or drug trafficking', ['weapon'], usc(18, '924(c)')),
    e('18 USC 111', 'Assaulting, resisting or impeding federal officers', [], usc(18, '111')),
    e('18 USC 2261A', 'Stalking', ['stalking'], usc(18, '2261A')),
    e('18 USC 2261', 'Interstate domestic violence', ['domestic_violence'], usc(18, '2261')),

    // Fraud and theft.
    e('18 USC 641', 'Theft of public money, property or records', ['theft'], usc(18, '641')),
    e('18 USC 1028A', 'Aggravated identity theft', ['theft'], usc(18, '1028A')),
    e('18 USC 1341', 'Mail fraud', ['theft'], usc(18, '1341')),
    e('18 USC 1343', 'Wire fraud', ['theft'], usc(18, '1343')),
    e('18 USC 1344', 'Bank fraud', ['theft'], usc(18, '1344')),

    // Drugs (21 U.S.C.).
    e('21 USC 841', 'Manufacture, distribution or possession with intent to distribute', ['drug', 'drug_delivery'], usc(21, '841')),
    e('21 USC 844', 'Simple possession of a controlled substance', ['drug'], usc(21, '844')),
    e('21 USC 846', 'Attempt and conspiracy (drug offenses)', ['drug'], usc(21, '846'), {
      note: 'Delivery depends on the object offense; the record must tag drug_delivery.',
    }),
    e('21 USC 952', 'Importation of controlled substances', ['drug', 'drug_delivery'], usc(21, '952')),
    e('21 USC 960', 'Prohibited acts (import/export of controlled substances)', ['drug', 'drug_delivery'], usc(21, '960')),

    // Immigration, driving.
    e('8 USC 1326', 'Reentry of removed aliens', [], usc(8, '1326')),
    e('18 USC 13', 'Assimilative Crimes Act (state offense on federal land, e.g. DUI)', [], usc(18, '13'), {
      note: 'The state offense assimilated decides the tags (often DUI); the record must give them.',
    }),
  ],
};
