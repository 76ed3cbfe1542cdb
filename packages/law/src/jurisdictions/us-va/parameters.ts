/**
 * Virginia (US-VA): every number of the 2021 probation reform that the rules read, each with its source.
 *
 * 2021 Acts Sp. Sess. I ch. 538 (HB 2038, Del. Don Scott) amended Va. Code §§ 19.2-303, 19.2-303.1 and
 * 19.2-306 and added § 19.2-306.1, effective July 1, 2021 (the regular effective date of Virginia acts of
 * that session). Before that day none of these limits existed: the parameters start on 2021-07-01 and
 * `inForce` returns undefined for earlier days, so a person evaluated "as of" an earlier date gets the old
 * law (no limit).
 *
 * Text read 2026-11-30 in the Justia copy of Title 19.2 Chapter 18 (current text with history lines),
 * mirrored verbatim in GitHub saint1415/us-statutes (data/states/virginia/content/
 * title-title-192-criminal-procedure/chapter-chapter-18-sentence-judgment-execution-of-sentence.json), and
 * Va. Code §§ 18.2-10 and 18.2-11 in the same mirror (title-title-182-…/chapter-chapter-1-in-general.json).
 */
import { defineParameters, parameter, type Source } from '../../engine/parameters.ts';
import type { ViolationKind } from '../../records/vocabulary.ts';

const HB_2038 = '2021 Acts Sp. Sess. I ch. 538 (HB 2038), eff. July 1, 2021';
const EFFECTIVE = '2021-07-01';
const URL_303 = 'https://law.justia.com/codes/virginia/title-19-2/chapter-18/section-19-2-303/';
const URL_304 = 'https://law.justia.com/codes/virginia/title-19-2/chapter-18/section-19-2-304/';
const URL_306_1 = 'https://law.justia.com/codes/virginia/title-19-2/chapter-18/section-19-2-306-1/';
const URL_18_2_10 = 'https://law.justia.com/codes/virginia/title-18-2/chapter-1/section-18-2-10/';
const URL_18_2_11 = 'https://law.justia.com/codes/virginia/title-18-2/chapter-1/section-18-2-11/';

const s303 = (enactedBy = `${HB_2038}; 2021 Sp. Sess. I ch. 176; 2022 chs. 41, 42`): Source => ({
  citation: 'Va. Code § 19.2-303',
  enactedBy,
  url: URL_303,
});
const s306_1 = (sub: string): Source => ({ citation: `Va. Code § 19.2-306.1${sub}`, enactedBy: HB_2038, url: URL_306_1 });

/** A § 19.2-306.1(A) clause, by its roman numeral. */
export type TechnicalClause = 'i' | 'ii' | 'iii' | 'iv' | 'v' | 'vi' | 'vii' | 'viii' | 'ix' | 'x';

export const usVaParameters = defineParameters('us-va', {
  supervisedCap: {
    years: parameter<number>({
      label: 'Supervised probation cap',
      description:
        'Years of supervised probation allowed, counted from the release of the defendant from any active period of incarceration. Read on the sentence date.',
      unit: 'years',
      values: [
        {
          from: EFFECTIVE,
          value: 5,
          source: s303(),
          note: '"Any period of supervised probation shall not exceed five years from the release of the defendant from any active period of incarceration." Sentences imposed before July 1, 2021 are not reached (Code § 1-239; Reese v. Commonwealth, No. 1766-22-1 (Va. Ct. App. Feb. 27, 2024) (unpublished): the amendment does not apply retroactively).',
        },
      ],
    }),
    restitutionException: parameter<boolean>({
      label: 'Restitution exception to the cap',
      description:
        'Whether the cap yields while the defendant owes restitution and is still subject to restitution compliance review hearings under § 19.2-305.1.',
      unit: 'boolean',
      values: [
        {
          from: EFFECTIVE,
          value: true,
          source: s303(),
          note: 'Clause (ii) of the exception. Read as: restitution still owed on the as-of date (the record cannot show the review hearings; § 19.2-305.1(F)(3) keeps them going until restitution is paid). Whether clause (ii) came with ch. 538 or with ch. 176 of the same session (both eff. July 1, 2021) was not settled; it is in the text as of the 2022 prefiled HB 758.',
        },
      ],
      alternatives: [{ value: false, reading: 'Unpaid restitution does not lift the cap unless a court orders the additional period.' }],
    }),
    measureFromLatestRelease: parameter<boolean>({
      label: 'Five years from the latest release',
      description:
        'Whether a later release from custody recorded for a violation (an active sentence on revocation) starts the five years again.',
      unit: 'boolean',
      values: [
        {
          from: EFFECTIVE,
          value: false,
          source: s303(),
          note: 'Reading chosen: the five years run from the start of supervision on this term (the record’s startDate is the release that began it). "From the release … from any active period of incarceration" could also mean the latest release; a custody event does not show whether it was an active sentence, so that reading is the alternative and is warned.',
        },
      ],
      alternatives: [
        { value: true, reading: 'The five years run from the end of the latest custody recorded for a violation on this term.' },
      ],
    }),
    consecutiveTermsOnePeriod: parameter<boolean>({
      label: 'Consecutive terms supervised without a break are one period',
      description:
        'Whether a probation term ordered consecutively to another (`consecutiveTo`) and begun, with no jail or prison in between, by the time the other ends continues the same "period of supervised probation", so that the five years count from the start of the first.',
      unit: 'boolean',
      values: [
        {
          from: EFFECTIVE,
          value: true,
          source: s303(),
          note: 'Reading chosen: the limit is on "any period of supervised probation", counted "from the release of the defendant from any active period of incarceration"; a person supervised without a break under consecutive sentences has had one release and one period of supervision. The spec asks that the engine aggregate consecutive terms where the law does.',
        },
      ],
      alternatives: [{ value: false, reading: "Each sentence's probation is its own period: the five years run from this term's start." }],
    }),
    mandatoryProbationOffensesExcepted: parameter<boolean>({
      label: 'Listed sex offenses: cap yields to the fourth paragraph',
      description:
        'Whether the fourth paragraph of § 19.2-303 ("Notwithstanding any other provision of law", probation for at least the statutory maximum for §§ 18.2-48, 18.2-61, 18.2-63, 18.2-67.1, 18.2-67.2, 18.2-67.3, 18.2-370 and 18.2-370.1 committed on or after July 1, 2006, with "active supervision" among its conditions) lets supervised probation for those offenses run past five years.',
      unit: 'boolean',
      values: [
        {
          from: EFFECTIVE,
          value: false,
          source: s303(),
          note: 'Reading chosen: the two sentences can both be obeyed (probation for the whole period of suspension, supervised for at most five years from release; the "at least three years" of active supervision required for the child-victim clauses fits inside five), and the 2021 cap names only exceptions (i) and (ii); so the cap still applies, with a warning naming the paragraph. No appellate decision on the point was found. Text read 2026-11-30 in the Justia copy (mirror cited above).',
        },
      ],
      alternatives: [
        {
          value: true,
          reading:
            'For the listed offenses the fourth paragraph governs "notwithstanding any other provision of law": supervised probation may last the whole period of suspension, and the five-year cap does not apply.',
        },
      ],
    }),
  },

  statutoryMaximum: {
    inForce: parameter<boolean>({
      label: 'Probation up to the statutory maximum',
      description:
        'True from the day § 19.2-303 limited the period of probation to the statutory maximum period of imprisonment. Read on the sentence date.',
      unit: 'boolean',
      values: [
        {
          from: EFFECTIVE,
          value: true,
          source: s303(),
          note: '"The court may fix the period of probation for up to the statutory maximum period for which the defendant might originally have been sentenced to be imprisoned." Before 2021 § 19.2-303.1 let the court fix the period of suspension "without regard to the maximum period" [recalled, not read]. Encoded as a warning only (see rules/statutory-maximum.ts).',
        },
      ],
    }),
    felonyClassMonths: parameter<Readonly<Record<string, number | null>>>({
      label: 'Felony class maximum',
      description: 'Longest prison term for each felony class, in months; null: life.',
      unit: 'months',
      values: [
        {
          from: '1975-10-01',
          value: { '1': null, '2': null, '3': 240, '4': 120, '5': 120, '6': 60 },
          source: { citation: 'Va. Code § 18.2-10(a)–(f)', enactedBy: '1975 cc. 14, 15, as amended through 2025 c. 716', url: URL_18_2_10 },
        },
      ],
    }),
    felonyAdditionalTermMonths: parameter<number>({
      label: 'Added suspended term for a felony',
      description:
        'The most months of the additional suspended term a court may (offenses from 1995) or must (from July 2000) add to a felony sentence that includes active incarceration, counted toward the statutory maximum.',
      unit: 'months',
      values: [
        {
          from: '1975-10-01',
          value: 36,
          source: {
            citation: 'Va. Code § 18.2-10 (final paragraph); § 19.2-295.2(A)',
            enactedBy: '1994 Sp. Sess. II cc. 1, 2; 2000 c. 767',
            url: URL_18_2_10,
          },
          note: 'Reading chosen: "the statutory maximum period for which the defendant might originally have been sentenced to be imprisoned" includes the up-to-three-year additional term, so 36 months are added for each felony count. The value is given from 1975 for simplicity; only sentences from July 1, 2021 are checked.',
        },
      ],
      alternatives: [{ value: 0, reading: 'The statutory maximum is the class or offense maximum alone.' }],
    }),
    misdemeanorClassMonths: parameter<Readonly<Record<string, number>>>({
      label: 'Misdemeanor class maximum',
      description: 'Longest jail term for each misdemeanor class, in months (Classes 3 and 4 carry a fine only).',
      unit: 'months',
      values: [
        {
          from: '1975-10-01',
          value: { '1': 12, '2': 6, '3': 0, '4': 0 },
          source: { citation: 'Va. Code § 18.2-11(a)–(d)', enactedBy: '1975 cc. 14, 15; 1990 c. 788; 2000 c. 770', url: URL_18_2_11 },
        },
      ],
    }),
  },

  sanction: {
    firstMaxDays: parameter<number>({
      label: 'Active incarceration, first technical violation',
      description: 'Days of active incarceration the court may impose for a first technical violation: none.',
      unit: 'days',
      values: [
        {
          from: EFFECTIVE,
          value: 0,
          source: s306_1('(C)'),
          note: '"The court shall not impose a sentence of a term of active incarceration upon a first technical violation." Key: the violation date (Green v. Commonwealth, 75 Va. App. 69 (2022): the law in effect when the violation occurred controls); for the next violation, the as-of date.',
        },
      ],
    }),
    secondMaxDays: parameter<number>({
      label: 'Active incarceration, second technical violation',
      description:
        'Most days of active incarceration for a second technical violation, and only if the court finds by a preponderance that the defendant cannot be safely diverted through less restrictive means.',
      unit: 'days',
      values: [{ from: EFFECTIVE, value: 14, source: s306_1('(C)') }],
    }),
    unlimitedFrom: parameter<number>({
      label: 'Technical violation with no day limit',
      description: 'From this technical violation on (the third), "whatever sentence might have been originally imposed".',
      unit: 'count',
      values: [{ from: EFFECTIVE, value: 3, source: s306_1('(C)') }],
    }),
    escalatedClauses: parameter<readonly TechnicalClause[]>({
      label: 'Clauses that count as a higher violation',
      description:
        'A first technical violation based on these clauses (firearm, absconding) is considered a second, and any later one also based on them a third or subsequent.',
      unit: 'list',
      values: [{ from: EFFECTIVE, value: ['viii', 'x'], source: s306_1('(C)') }],
    }),
    kindClauses: parameter<readonly (readonly [ViolationKind, TechnicalClause])[]>({
      label: 'Record violation kinds that are technical violations',
      description:
        'Which § 19.2-306.1(A) clause each record violation kind falls under. A kind not listed (curfew, failure to pay, program noncompliance, no contact, assaultive, sexual, public-safety threat) is not a "technical violation": the conduct, not the label of the condition, decides (Delaune). The `absconding` category is clause (x).',
      unit: 'list',
      values: [
        {
          from: EFFECTIVE,
          value: [
            ['missed_appointment', 'v'],
            ['positive_drug_test', 'vii'],
            ['drug_delivery', 'vii'],
            ['weapon', 'viii'],
            ['travel', 'ix'],
          ],
          source: s306_1('(A)'),
          note: 'missed_appointment: (v) "report as instructed"; positive_drug_test and drug_delivery: (vii) "use, possession, or distribution of controlled substances"; weapon: (viii), read as a firearm (the clause names only firearms; warned); travel: (ix) "remain in the Commonwealth or other designated area". Curfew and program noncompliance are special conditions not on the list (reading chosen).',
        },
      ],
      alternatives: [
        {
          value: [
            ['missed_appointment', 'v'],
            ['positive_drug_test', 'vii'],
            ['drug_delivery', 'vii'],
            ['weapon', 'viii'],
            ['travel', 'ix'],
            ['curfew', 'v'],
            ['program_noncompliance', 'v'],
          ],
          reading: 'A curfew or program set by the probation officer is an "instruction of the probation officer" (clause (v)).',
        },
      ],
    }),
    countViolationsBeforeEffectiveDate: parameter<boolean>({
      label: 'Count technical violations before July 1, 2021',
      description: 'Whether technical violations found before the section took effect count toward "first", "second" and "third".',
      unit: 'boolean',
      values: [
        {
          from: EFFECTIVE,
          value: true,
          source: s306_1('(A), (C)'),
          note: 'The definition turns on the conduct ("a violation based on the probationer\'s failure to …") with no date limit; no appellate decision on the point was found.',
        },
      ],
      alternatives: [{ value: false, reading: 'Only technical violations committed on or after July 1, 2021 count.' }],
    }),
    sameDayFindingsOneIncident: parameter<boolean>({
      label: 'Findings of one day are one incident',
      description:
        'Whether two sustained technical violations dated the same day, which the record does not tie to one incident (no shared episodeId), count as one technical violation.',
      unit: 'boolean',
      values: [
        {
          from: EFFECTIVE,
          value: true,
          source: s306_1('(A)'),
          note: 'Reading chosen: violations of one day almost always come from one incident or are decided at one hearing, which (A) counts once ("Multiple technical violations arising from … a single incident or considered at the same revocation hearing shall not be considered separate technical violations"). A warning names the assumption.',
        },
      ],
      alternatives: [{ value: false, reading: 'Each violation without an episodeId is an incident of its own, even on the same day.' }],
    }),
    deemedNumberCarriesForward: parameter<boolean>({
      label: 'A firearm or absconding violation raises the count',
      description:
        'Whether a first technical violation based on clause (viii) or (x), "considered a second", makes the next ordinary technical violation a third.',
      unit: 'boolean',
      values: [
        {
          from: EFFECTIVE,
          value: false,
          source: s306_1('(C)'),
          note: 'Reading chosen: the "considered a second" rule sets the sentence for that violation only; the count goes on by actual violations. Otherwise the clause "any subsequent technical violation also based on clause (viii) or (x)" would add nothing.',
        },
      ],
      alternatives: [{ value: true, reading: 'A first firearm or absconding violation counts as two for every later violation.' }],
    }),
  },

  postreleaseSupervision: {
    servedAsProbation: parameter<boolean>({
      label: 'The added term of § 19.2-295.2 is served on probation',
      description:
        'Whether the suspended term a court adds to a felony sentence under § 19.2-295.2 is served as probation under § 19.2-303 (and so within the probation rules encoded here) rather than as postrelease supervision under the Virginia Parole Board. Read on the as-of date; it changes only what the engine tells someone whose term is recorded as another kind than probation.',
      unit: 'boolean',
      values: [
        {
          from: '1995-01-01',
          value: false,
          source: {
            citation: 'Va. Code § 19.2-295.2(B)',
            enactedBy: '1994 Acts 2nd Sp. Sess. chs. 1, 2',
            url: 'https://law.justia.com/codes/virginia/2006/toc1902000/19.2-295.2.html',
          },
          note: '"The period of postrelease supervision shall be under the supervision and review of the Virginia Parole Board … recommitment shall be conducted in the same manner as procedures for the revocation of parole." (text before 2025, read 2026-12-04).',
        },
        {
          from: '2025-07-01',
          value: true,
          source: {
            citation: 'Va. Code § 19.2-295.2(A), (B)',
            enactedBy: '2025 Acts ch. 716 (HB 1589, Governor’s substitute of March 24, 2025)',
            url: 'https://law.justia.com/codes/virginia/title-19-2/chapter-18/section-19-2-295-2/',
          },
          note: 'Current text (history "… 2020, cc. 1115, 1116; 2025, c. 716"), read 2026-12-04 in the copy mirrored in GitHub saint1415/us-statutes: the added term "shall be suspended and the defendant shall be ordered to be placed under probation pursuant to § 19.2-303 upon release from the active term of incarceration", and (B) failure "shall be subject to revocation of such probation pursuant to §§ 19.2-306 and 19.2-306.1". Effective date taken as July 1, 2025, the regular-session default (Va. Const. art. IV, § 13); the chapter’s own enactment clauses were not read. OPEN QUESTION: whether it turns postrelease supervision imposed before that day into probation.',
        },
      ],
    }),
  },

  earlyTermination: {
    courtMayDecrease: parameter<boolean>({
      label: 'Court may decrease the probation period',
      description: 'The court may subsequently increase or decrease the probation period, after a hearing with notice.',
      unit: 'boolean',
      values: [
        {
          from: '1975-10-01',
          value: true,
          source: { citation: 'Va. Code § 19.2-304', enactedBy: 'Code 1950, § 53-273; 1974 c. 205; 1975 c. 495', url: URL_304 },
          note: 'Discretionary: an early_termination opportunity from the start date, never a projected end. 2025 HB 2252 (mandatory reductions) takes effect only if reenacted by the 2026 Session [secondary]; not encoded.',
        },
      ],
    }),
  },
});

export type UsVaParameters = typeof usVaParameters;
