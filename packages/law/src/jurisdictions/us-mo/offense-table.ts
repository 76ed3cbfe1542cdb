/**
 * Missouri offense table: RSMo citations normalised to "RSMO 570.030", and the facts the rules read.
 *
 * Facts (read by rules/ecc-eligibility.ts and rules/cods-sanction-limit.ts):
 * - `drugChapter`: '579' (current drug chapter) or '195' (offenses formerly in chapter 195): credits
 *   whatever the class (RSMo § 217.703.1(2)); 120-day program eligible (§ 559.036.4(1)(a)).
 * - `ecc`: 'excluded' (listed in § 217.703.1(2): never earns), 'discretionary' (listed in
 *   § 217.703.2: earns unless the court finds the person ineligible), or 'excluded_from_2017' (a
 *   "sexual assault" offense under § 589.015(2), which § 217.703.1(2) excludes, for a sentence under the
 *   list in force from January 1, 2017; for a sentence before then the fact `eccBefore2017` gives the
 *   listing, and without it the class test alone decides — see rules/ecc-eligibility.ts).
 * - `cods`: 'discretionary' (listed in § 559.036.4(1)(a): the court may find the person not eligible
 *   for the 120-day program).
 * The most specific entry that carries a fact decides it ("RSMO 565.052.1(2)" before "RSMO 565.052").
 *
 * Section numbers are those of the criminal code in force from January 1, 2017 unless the title says
 * "pre-2017". Lists read 2026-11-30 from the current text of §§ 217.703 and 559.036, and of § 589.015
 * (definition of "sexual assault", L. 2014 S.B. 491, eff. Jan. 1, 2017) and the chapter 566 sections
 * (classes), all from the Justia copy mirrored in saint1415/us-statutes.
 */
import type { OffenseTable, OffenseTableEntry } from '../../engine/offense-table.ts';

const AS_OF = '2026-11-30';
const ECC_1 = 'RSMo § 217.703.1(2)';
const ECC_2 = 'RSMo § 217.703.2';
const CODS = 'RSMo § 559.036.4(1)(a)';
/** § 217.703.1(2) excludes "offenses defined as sexual assault under section 589.015"; § 589.015(2)(a) names them. */
const ECC_589 = `${ECC_1} ("offenses defined as sexual assault under section 589.015"); RSMo § 589.015(2)(a)`;

function entry(
  statute: string,
  title: string,
  tags: OffenseTableEntry['tags'],
  citation: string,
  facts?: Record<string, string>,
  note?: string,
): OffenseTableEntry {
  const e: OffenseTableEntry = { statute: `RSMO ${statute}`, title, tags, citation, asOf: AS_OF };
  if (facts !== undefined) e.facts = facts;
  if (note !== undefined) e.note = note;
  return e;
}

export const usMoOffenseTable: OffenseTable = {
  aliases: [
    // "Mo. Rev. Stat. § 570.030", "R.S.Mo. 570.030", "Missouri Revised Statutes 570.030" → "RSMO 570.030"
    [/^\s*(MISSOURI REVISED STATUTES|MO\.?\s*REV\.?\s*STAT\.?(\s*ANN\.?)?|V\.?\s*A\.?\s*M\.?\s*S\.?|R\.?\s*S\.?\s*MO\.?)\s*/, 'RSMO '],
    // "570.030, RSMo" or "570.030 RSMo Supp. 2016" → "RSMO 570.030"
    [/^\s*(\d{3}\.\d{3}[\d.]*(\s*\(\w+\))*)\s*,?\s*R\.?\s*S\.?\s*MO\.?(\s+(CUM\.?\s*)?(SUPP\.?\s*)?\d{4})?\s*$/, 'RSMO $1'],
    // a bare "570.030" → "RSMO 570.030"
    [/^\s*(\d{3}\.\d{3})/, 'RSMO $1'],
    // The subsection written as a parenthesis or a word: "565.052(1)(2)", "565.052 subd. 1(2)",
    // "565.052 subsec. 1(2)" → "RSMO 565.052.1(2)", Missouri's own form (a lone "(2)" stays a subdivision).
    [/^(RSMO \d{3}\.\d{3})\s*\((\d+)\)(?=\s*\()/, '$1.$2'],
    [/^(RSMO \d{3}\.\d{3})\s+SUB(?:D|DIV|SEC|SECTION)?\.?\s*(\d+)/, '$1.$2'],
  ],
  entries: [
    // Drug chapters: eligible whatever the class.
    {
      statute: 'RSMO 579',
      title: 'Controlled substance offenses (chapter 579)',
      tags: ['drug'],
      citation: ECC_1,
      asOf: AS_OF,
      pattern: /^RSMO 579\.\d/,
      facts: { drugChapter: '579' },
    },
    {
      statute: 'RSMO 195',
      title: 'Controlled substance offenses formerly in chapter 195 (before 2017)',
      tags: ['drug'],
      citation: ECC_1,
      asOf: AS_OF,
      pattern: /^RSMO 195\.\d/,
      facts: { drugChapter: '195' },
      note: 'Chapter 195 also holds non-offense sections (definitions, schedules); a record cites it only for an offense.',
    },
    entry('579.015', 'Possession of a controlled substance', ['drug'], 'RSMo § 579.015', { drugChapter: '579' }),
    entry('579.020', 'Delivery of a controlled substance', ['drug', 'drug_delivery'], 'RSMo § 579.020', { drugChapter: '579' }),
    entry('579.055', 'Manufacture of a controlled substance', ['drug', 'drug_delivery'], 'RSMo § 579.055', { drugChapter: '579' }),
    entry('579.065', 'Trafficking drugs, first degree', ['drug', 'drug_delivery'], 'RSMo § 579.065', { drugChapter: '579' }),
    entry('579.068', 'Trafficking drugs, second degree', ['drug', 'drug_delivery'], 'RSMo § 579.068', { drugChapter: '579' }),
    entry('195.202', 'Possession of a controlled substance (pre-2017)', ['drug'], 'RSMo § 195.202 (repealed 2017)', { drugChapter: '195' }),
    entry('195.211', 'Distribution of a controlled substance (pre-2017)', ['drug', 'drug_delivery'], 'RSMo § 195.211 (repealed 2017)', {
      drugChapter: '195',
    }),

    // Always excluded from credits (subsection 1(2)).
    entry('565.225', 'Stalking, first degree (aggravated stalking before 2017)', ['stalking'], ECC_1, {
      ecc: 'excluded',
      cods: 'discretionary',
    }),
    entry('565.252', 'Invasion of privacy', [], ECC_1, { ecc: 'excluded', cods: 'discretionary' }),
    entry(
      '566.031',
      'Rape, second degree',
      ['sex_registration'],
      ECC_1,
      { ecc: 'excluded', cods: 'discretionary' },
      'Registration: RSMo § 589.414 (tier list) [not re-read for this table].',
    ),
    entry(
      '566.061',
      'Sodomy, second degree',
      ['sex_registration'],
      ECC_1,
      { ecc: 'excluded', cods: 'discretionary' },
      'Registration: RSMo § 589.414 [not re-read].',
    ),
    entry(
      '566.083',
      'Sexual misconduct involving a child',
      ['sex_registration'],
      ECC_1,
      { ecc: 'excluded', cods: 'discretionary' },
      'Registration: RSMo § 589.414 [not re-read].',
    ),
    entry('566.093', 'Sexual misconduct, first degree', [], ECC_1, { ecc: 'excluded' }),
    entry('568.020', 'Incest', [], ECC_1, { ecc: 'excluded', cods: 'discretionary' }),
    entry('568.060', 'Abuse or neglect of a child', ['child_abuse'], ECC_1, { ecc: 'excluded', cods: 'discretionary' }),
    entry(
      '566.040',
      'Sexual assault (pre-2017)',
      ['sex_registration'],
      `${ECC_1} ("offenses defined as sexual assault under section 589.015")`,
      { ecc: 'excluded', cods: 'discretionary' },
    ),
    entry('566.070', 'Deviate sexual assault (pre-2017)', ['sex_registration'], `${ECC_1} ("deviate sexual assault")`, {
      ecc: 'excluded',
      cods: 'discretionary',
    }),
    entry('565.052.1(2)', 'Assault, second degree, with a deadly weapon or dangerous instrument', ['violent'], ECC_1, {
      ecc: 'excluded',
      cods: 'discretionary',
    }),
    entry('568.045.1(2)', 'Endangering the welfare of a child, first degree (sexual conduct)', ['child_abuse'], ECC_1, {
      ecc: 'excluded',
      cods: 'discretionary',
    }),
    entry('565.060.1(2)', 'Assault, second degree, deadly weapon (pre-2017)', ['violent'], ECC_1, {
      ecc: 'excluded',
      cods: 'discretionary',
    }),

    // The court may find the person ineligible (subsection 2).
    entry('565.027', 'Involuntary manslaughter, second degree', ['homicide'], ECC_2, { ecc: 'discretionary', cods: 'discretionary' }),
    entry('565.052', 'Assault, second degree', [], ECC_2, {
      ecc: 'discretionary',
      cods: 'discretionary',
      excludedSubdivision: '565.052.1(2)',
    }),
    entry('565.060', 'Assault, second degree (pre-2017)', [], ECC_2, {
      ecc: 'discretionary',
      cods: 'discretionary',
      excludedSubdivision: '565.060.1(2)',
    }),
    entry('565.073', 'Domestic assault, second degree', ['domestic_violence'], ECC_2, { ecc: 'discretionary', cods: 'discretionary' }),
    entry(
      '565.054',
      'Assault, third degree',
      [],
      ECC_2,
      { cods: 'discretionary' },
      'Discretionary under 217.703.2(4) and 559.036.4(1)(a) only when the victim is a special victim; the record does not say, so the table does not flag it.',
    ),
    entry('565.082', 'Assault of a law enforcement officer, second degree (pre-2017)', [], ECC_2, {
      ecc: 'discretionary',
      cods: 'discretionary',
    }),
    // "Sexual assault" offenses under § 589.015(2)(a) that are class D or E felonies (so not already out on class):
    // excluded by § 217.703.1(2) for sentences from 2017-01-01 (§ 589.015 as amended by L. 2014 S.B. 491,
    // eff. 2017-01-01, names them). Statutory rape and sodomy 2nd are also named in subsection 2, which is
    // how they stood for sentences before 2017 (DOC node 2991 marks their exclusion "sentenced on or after
    // 1-1-2017" [S]; the pre-2017 § 217.703 text was not read).
    entry(
      '566.034',
      'Statutory rape, second degree',
      ['sex_registration'],
      `${ECC_589}; ${ECC_2}(5) for a sentence before 2017`,
      { ecc: 'excluded_from_2017', eccBefore2017: 'discretionary', cods: 'discretionary' },
      'Class D felony (RSMo § 566.034.2). Named in § 589.015(2)(a), so excluded under § 217.703.1(2) for sentences from 2017-01-01 (as DOC lists it); subsection 2(5) names it too.',
    ),
    entry(
      '566.064',
      'Statutory sodomy, second degree',
      ['sex_registration'],
      `${ECC_589}; ${ECC_2}(6) for a sentence before 2017`,
      { ecc: 'excluded_from_2017', eccBefore2017: 'discretionary', cods: 'discretionary' },
      'Class D felony (RSMo § 566.064.2). Named in § 589.015(2)(a), so excluded under § 217.703.1(2) for sentences from 2017-01-01 (as DOC lists it); subsection 2(6) names it too.',
    ),
    entry(
      '566.071',
      'Child molestation, fourth degree',
      [],
      ECC_589,
      { ecc: 'excluded' },
      'Class E felony (RSMo § 566.071.2), created by L. 2014 S.B. 491 (eff. 2017-01-01), so every sentence falls under the 2017 list. DOC node 2991 lists it as excluded [S].',
    ),
    entry(
      '566.101',
      'Sexual abuse, second degree',
      [],
      ECC_589,
      { ecc: 'excluded_from_2017' },
      'Class A misdemeanor, or class E felony when an aggravated sexual offense (RSMo § 566.101.2). Named in § 589.015(2)(a) ("sexual abuse in the first or second degree"); DOC node 2991 does not list it. For a sentence before 2017 its listing was not read, so the class test alone decides.',
    ),
    entry(
      '568.045',
      'Endangering the welfare of a child, first degree',
      ['child_abuse'],
      ECC_2,
      { ecc: 'discretionary', cods: 'discretionary', excludedSubdivision: '568.045.1(2)' },
      '568.045.1(1) is discretionary; 568.045.1(2) is excluded (its own entry).',
    ),
    {
      statute: 'RSMO 571',
      title: 'Weapons offenses (chapter 571)',
      tags: ['weapon'],
      citation: `${ECC_2}(8); ${CODS}`,
      asOf: AS_OF,
      pattern: /^RSMO 571\.\d/,
      facts: { ecc: 'discretionary', cods: 'discretionary' },
      note: 'Only a felony under chapter 571 is on the lists.',
    },
    entry('571.030', 'Unlawful use of a weapon', ['weapon'], `${ECC_2}(8)`, { ecc: 'discretionary', cods: 'discretionary' }),
    entry('571.070', 'Unlawful possession of a firearm', ['weapon'], `${ECC_2}(8)`, { ecc: 'discretionary', cods: 'discretionary' }),

    // Common offenses the rules treat by class alone (tags for other consumers).
    entry('565.020', 'Murder, first degree', ['homicide', 'life_eligible', 'violent'], 'RSMo § 565.020; § 556.061 ("dangerous felony")'),
    entry('565.021', 'Murder, second degree', ['homicide', 'life_eligible', 'violent'], 'RSMo § 565.021; § 556.061 ("dangerous felony")'),
    entry('565.024', 'Involuntary manslaughter, first degree', ['homicide'], 'RSMo § 565.024'),
    entry('565.050', 'Assault, first degree', ['violent'], 'RSMo § 556.061 ("dangerous felony")'),
    entry('565.072', 'Domestic assault, first degree', ['domestic_violence', 'violent'], 'RSMo § 565.072; § 556.061 ("dangerous felony")'),
    entry('565.074', 'Domestic assault, third degree', ['domestic_violence'], 'RSMo § 565.074'),
    entry('565.076', 'Domestic assault, fourth degree', ['domestic_violence'], 'RSMo § 565.076'),
    entry('565.227', 'Stalking, second degree', ['stalking'], 'RSMo § 565.227'),
    entry('570.023', 'Robbery, first degree', ['violent', 'theft'], 'RSMo § 570.023; § 556.061 ("dangerous felony")'),
    entry('570.025', 'Robbery, second degree', ['theft'], 'RSMo § 570.025'),
    entry('570.030', 'Stealing', ['theft'], 'RSMo § 570.030'),
    entry('569.160', 'Burglary, first degree', [], 'RSMo § 569.160'),
    entry('569.170', 'Burglary, second degree', [], 'RSMo § 569.170'),
    entry('568.050', 'Endangering the welfare of a child, second degree', ['child_abuse'], 'RSMo § 568.050'),
    entry('577.010', 'Driving while intoxicated', ['dui'], 'RSMo § 577.010'),
    entry('577.012', 'Driving with excessive blood alcohol content', ['dui'], 'RSMo § 577.012'),
  ],
};
