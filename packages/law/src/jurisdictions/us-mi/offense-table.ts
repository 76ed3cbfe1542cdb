/**
 * Michigan offense table: citation spellings normalised to "MCL 750.413", and the statutes the
 * probation rules turn on, each with the provision that puts it in a category.
 *
 * Facts the rules read (by name):
 * - `mi2a`: which MCL 771.2a period applies: 'stalking' (771.2a(1)), 'aggravated_stalking' (771.2a(2)),
 *   'child_abuse' (771.2a(3), when designated a misdemeanor). Violent felonies (771.2a(4)) carry the
 *   spec tag `violent`; SORA listed offenses (771.2a(7)) carry `sex_registration`.
 * - `nonProbationable`: MCL 771.1(1) bars probation (murder, treason, CSC 1st and 3rd degree, armed
 *   robbery, major controlled substance offenses).
 * - `possibleDomesticViolence`: the bare section also covers domestic assault; the subsection decides.
 *
 * "Violent felony" for 771.2a(4): the definition was not read. The list used here is the one in
 * MCL 791.236 (offenses against a person in violation of MCL 750.82, 83, 84, 86, 87, 88, 89, 316, 317,
 * 321, 349, 349a, 350, 397, 411h, 411i, 520b–520e, 520g, 529, 529a, 530), recalled, not read: [U].
 * SORA listed offenses (MCL 28.722) are likewise recalled for the common CSC and child sexually abusive
 * material sections: [U]. Both are open questions in README.md.
 */
import type { OffenseTable, OffenseTableEntry } from '../../engine/offense-table.ts';

const AS_OF = '2026-11-30';
const VIOLENT = 'MCL 771.2a(4); "violent felony" list of MCL 791.236 [U: recalled]';
const SORA = 'MCL 771.2a(7); listed offense, MCL 28.722 [U: recalled]';
const NON_PROBATIONABLE = 'MCL 771.1(1)';

function entry(
  statute: string,
  title: string,
  tags: OffenseTableEntry['tags'],
  citation: string,
  extra: Partial<OffenseTableEntry> = {},
): OffenseTableEntry {
  return { statute, title, tags, citation, asOf: AS_OF, ...extra };
}

export const usMiOffenseTable: OffenseTable = {
  aliases: [
    // "Mich. Comp. Laws § 750.413", "Mich Comp Laws Ann 750.413" → "MCL 750.413"
    [/^MICH\.?\s*COMP\.?\s*LAWS(\s*ANN\.?)?\s*/, 'MCL '],
    // "M.C.L. 750.413", "M.C.L.A. 750.413", "MCLA 750.413" → "MCL 750.413"
    [/^M\.\s*C\.\s*L\.(\s*A\.)?\s*/, 'MCL '],
    [/^MCLA\b\s*/, 'MCL '],
    // "MCL750.413" → "MCL 750.413"
    [/^MCL(?=\d)/, 'MCL '],
    // a bare section number, "750.413" → "MCL 750.413"
    [/^\s*(?=\d{2,3}\.\d)/, 'MCL '],
  ],
  entries: [
    // Homicide
    entry('MCL 750.316', 'First-degree murder', ['homicide', 'violent', 'life_eligible'], `${VIOLENT}; ${NON_PROBATIONABLE}`, {
      facts: { nonProbationable: true },
    }),
    entry('MCL 750.317', 'Second-degree murder', ['homicide', 'violent', 'life_eligible'], `${VIOLENT}; ${NON_PROBATIONABLE}`, {
      facts: { nonProbationable: true },
    }),
    entry('MCL 750.321', 'Manslaughter', ['homicide', 'violent'], VIOLENT),
    // Assault
    entry('MCL 750.81', 'Assault or assault and battery (domestic assault in subsections (2)–(5))', [], 'MCL 750.81', {
      facts: { possibleDomesticViolence: true },
      note: 'The bare section covers simple and domestic assault; cite the subsection to classify.',
    }),
    entry('MCL 750.81(1)', 'Assault or assault and battery', [], 'MCL 750.81(1)', { facts: { possibleDomesticViolence: false } }),
    entry('MCL 750.81(2)', 'Domestic assault', ['domestic_violence'], 'MCL 750.81(2)'),
    entry('MCL 750.81(3)', 'Domestic assault, second offense', ['domestic_violence'], 'MCL 750.81(3)'),
    entry('MCL 750.81(4)', 'Domestic assault, third offense', ['domestic_violence'], 'MCL 750.81(4)'),
    entry('MCL 750.81(5)', 'Domestic assault on a pregnant individual', ['domestic_violence'], 'MCL 750.81(5)'),
    entry('MCL 750.81A(2)', 'Aggravated domestic assault', ['domestic_violence'], 'MCL 750.81a(2)'),
    entry('MCL 750.81A(3)', 'Aggravated domestic assault, second offense', ['domestic_violence'], 'MCL 750.81a(3)'),
    entry('MCL 750.82', 'Felonious assault', ['violent', 'weapon'], VIOLENT),
    entry('MCL 750.83', 'Assault with intent to murder', ['violent', 'life_eligible'], VIOLENT),
    entry('MCL 750.84', 'Assault with intent to do great bodily harm less than murder; strangulation', ['violent'], VIOLENT),
    entry('MCL 750.86', 'Assault with intent to maim', ['violent'], VIOLENT),
    entry('MCL 750.87', 'Assault with intent to commit a felony', ['violent'], VIOLENT),
    entry('MCL 750.88', 'Assault with intent to rob and steal, unarmed', ['violent'], VIOLENT),
    entry('MCL 750.89', 'Assault with intent to rob and steal, armed', ['violent', 'weapon', 'life_eligible'], VIOLENT),
    entry('MCL 750.349', 'Kidnapping', ['violent', 'life_eligible'], VIOLENT),
    entry('MCL 750.349A', 'Prisoner taking another as hostage', ['violent', 'life_eligible'], VIOLENT),
    entry('MCL 750.350', 'Child enticement (leading away a child)', ['violent'], VIOLENT),
    entry('MCL 750.397', 'Mayhem', ['violent'], VIOLENT),
    // Robbery
    entry('MCL 750.529', 'Armed robbery', ['violent', 'weapon', 'theft', 'life_eligible'], `${VIOLENT}; ${NON_PROBATIONABLE}`, {
      facts: { nonProbationable: true },
    }),
    entry('MCL 750.529A', 'Carjacking', ['violent', 'theft', 'life_eligible'], VIOLENT),
    entry('MCL 750.530', 'Unarmed robbery', ['violent', 'theft'], VIOLENT),
    // Stalking (MCL 771.2a(1)–(2)); both are also on the violent-felony list, which 771.2a(4) yields to
    entry('MCL 750.411H', 'Stalking', ['stalking', 'own_probation_length'], 'MCL 771.2a(1)', { facts: { mi2a: 'stalking' } }),
    entry('MCL 750.411I', 'Aggravated stalking', ['stalking', 'violent', 'own_probation_length'], 'MCL 771.2a(2)', {
      facts: { mi2a: 'aggravated_stalking' },
    }),
    // Child abuse (MCL 771.2a(3) when designated a misdemeanor: fourth degree, 750.136b(7))
    entry('MCL 750.136B', 'Child abuse', ['child_abuse'], 'MCL 771.2a(3) (if designated a misdemeanor)', {
      facts: { mi2a: 'child_abuse' },
    }),
    // Sex offenses
    entry(
      'MCL 750.520B',
      'Criminal sexual conduct, first degree',
      ['sex_registration', 'violent', 'life_eligible'],
      `${SORA}; ${VIOLENT}; ${NON_PROBATIONABLE}`,
      { facts: { nonProbationable: true } },
    ),
    entry('MCL 750.520C', 'Criminal sexual conduct, second degree', ['sex_registration', 'violent'], `${SORA}; ${VIOLENT}`),
    entry(
      'MCL 750.520D',
      'Criminal sexual conduct, third degree',
      ['sex_registration', 'violent'],
      `${SORA}; ${VIOLENT}; ${NON_PROBATIONABLE}`,
      { facts: { nonProbationable: true } },
    ),
    entry('MCL 750.520E', 'Criminal sexual conduct, fourth degree', ['sex_registration', 'violent'], `${SORA}; ${VIOLENT}`),
    entry('MCL 750.520G', 'Assault with intent to commit criminal sexual conduct', ['sex_registration', 'violent'], `${SORA}; ${VIOLENT}`),
    entry('MCL 750.145C', 'Child sexually abusive material', ['sex_registration'], SORA),
    // Burglary and theft
    entry('MCL 750.110', 'Breaking and entering', ['theft'], 'MCL 750.110'),
    entry('MCL 750.110A', 'Home invasion', ['theft'], 'MCL 750.110a', { note: 'Not on the MCL 791.236 violent-felony list as recalled.' }),
    entry('MCL 750.356', 'Larceny', ['theft'], 'MCL 750.356'),
    entry('MCL 750.360', 'Larceny in a building', ['theft'], 'MCL 750.360'),
    entry('MCL 750.413', 'Unlawfully driving away an automobile (UDAA)', ['theft'], 'MCL 750.413'),
    entry('MCL 750.535', 'Receiving or concealing stolen property', ['theft'], 'MCL 750.535'),
    entry('MCL 750.218', 'False pretenses', ['theft'], 'MCL 750.218'),
    // Weapons
    entry('MCL 750.224F', 'Felon in possession of a firearm', ['weapon'], 'MCL 750.224f'),
    entry('MCL 750.227', 'Carrying a concealed weapon', ['weapon'], 'MCL 750.227'),
    // Drunk driving (Michigan Vehicle Code)
    entry('MCL 257.625', 'Operating while intoxicated (OWI)', ['dui'], 'MCL 257.625'),
    // Controlled substances (Public Health Code, part 74)
    entry('MCL 333.7401', 'Manufacture, delivery or possession with intent to deliver', ['drug', 'drug_delivery'], 'MCL 333.7401'),
    entry('MCL 333.7403', 'Possession of a controlled substance', ['drug'], 'MCL 333.7403'),
    entry('MCL 333.74', 'Controlled substance offense (Public Health Code part 74)', ['drug'], 'MCL 333.7401–333.7461', {
      pattern: /^MCL 333\.74\d\d/,
    }),
  ],
};
