/**
 * Michigan: every number of the probation law encoded here, each dated value with its source.
 *
 * Sources (see README.md for the review record):
 * - MCL 771.2 as amended by 2020 PA 397 (SB 1050), current text at legislature.mi.gov, read 2026-11-30
 *   (subsections (1)–(3) only: the page copy read stops inside (3));
 * - MCL 771.2 as amended by 2017 PA 10 (SB 15; legiscan engrossed text and legalfix copy), and the
 *   compilation "complete through PA 320 of 2016" (legislature.mi.gov), for the earlier versions;
 * - MCL 771.2a(1)–(6) (instalawyer.io copy of the current section) and MJI SABB § 8.10 for 771.2a(7);
 * - MCL 771.4b(1)–(3), (5), (9)(a) (self-law.org copy; MJI Criminal Proceedings Benchbook vol. 3 § 2.11
 *   and glossary, both quoting the statute);
 * - MCR 6.441(A)–(D) (early probation discharge), casetext copy of the rule as amended through May 22, 2024;
 * - the effective date of 2020 PA 397: the enrolled act's header (legiscan chaptered text,
 *   https://legiscan.com/MI/text/SB1050/2019): "Act No. 397, Public Acts of 2020 — Approved by the
 *   Governor January 4, 2021 — Filed with the Secretary of State January 4, 2021 — EFFECTIVE DATE:
 *   April 1, 2021" (header only read).
 */
import { defineParameters, parameter, type Source } from '../../engine/parameters.ts';

/** The April 1, 2021 date: the enrolled act's header, "EFFECTIVE DATE: April 1, 2021" (URL_PA_397_ENROLLED). */
const PA_397 = '2020 PA 397 (SB 1050), approved January 4, 2021, effective April 1, 2021 (enrolled act header)';
const PA_10_2017 = '2017 PA 10 (SB 15), "with immediate effect" per legiscan (effective date doubtful, see PA_10_DATE_NOTE)';
const PRE_2017 = '1927 PA 175, ch. XI, as compiled through 2016 PA 320';

const URL_771_2 = 'https://legislature.mi.gov/Laws/MCL?objectName=mcl-771-2';
const URL_771_2A = 'https://instalawyer.io/laws/michigan-compiled-laws/section-7712a-probation-for';
const URL_771_4B = 'https://self-law.org/code/mi/chapter-771/771-4b';
const URL_PA_10_2017 = 'https://legiscan.com/MI/text/SB0015/id/1552939';
const URL_PA_397_ENROLLED = 'https://legiscan.com/MI/text/SB1050/2019';
const URL_MCR_6_441 =
  'https://casetext.com/rule/michigan-court-rules/michigan-court-rules/chapter-6-criminal-procedure/subchapter-6400-trials/rule-6441-early-probation-discharge';
/**
 * The 2017 from-dates: legiscan records "Assigned PA 10'17 with immediate effect" on 2017-04-18. The
 * House Fiscal Agency analysis of SB 13 and SB 15 (2017-HLA-0013, secondary) says the bills "will take
 * effect 90 days after enactment", and Sen. Proos's release (secondary) dates the signing to Thursday,
 * March 30, 2017; if 2017 PA 10 has such an enacting section, it took effect about June 28, 2017
 * (March 30 + 90 days). Kept at 2017-04-18 until the enrolled act is read (README open question).
 */
const PA_10_DATE_NOTE =
  'From-date 2017-04-18: the day legiscan records "Assigned PA 10\'17 with immediate effect". Doubtful: a House Fiscal Agency analysis (secondary) says the bill takes effect 90 days after enactment, and it was signed March 30, 2017 (secondary), which would put the start near June 28, 2017. Not changed without the enrolled act (README open question).';

const mcl = (subsection: string, enactedBy: string, url?: string): Source =>
  url === undefined ? { citation: `MCL ${subsection}`, enactedBy } : { citation: `MCL ${subsection}`, enactedBy, url };

/** First day of the oldest text read (the 2016 compilation refers back to March 1, 2003). */
const OLDEST_TEXT = '2003-03-01';
const OLDEST_NOTE =
  'The 2- and 5-year limits are older than this date; the oldest text read is the 2016 compilation, so the value is dated from March 1, 2003 (a date that text refers to) and orders before it are evaluated without a cap, with a warning.';

export const usMiParameters = defineParameters('us-mi', {
  cap: {
    misdemeanorYears: parameter<number>({
      label: 'Probation limit for an offense that is not a felony',
      description:
        'Longest probation period for a defendant convicted of an offense that is not a felony (MCL 761.1: a felony is an offense punishable by more than 1 year in prison or so designated).',
      unit: 'years',
      values: [
        { from: OLDEST_TEXT, value: 2, source: mcl('771.2(1)', PRE_2017), note: OLDEST_NOTE },
        {
          from: '2021-04-01',
          value: 2,
          source: mcl('771.2(1)', PA_397, URL_771_2),
          note: 'Unchanged by 2020 PA 397 ("must not exceed 2 years"). Selected by the order (sentence) date.',
        },
      ],
    }),
    felonyYears: parameter<number>({
      label: 'Felony probation limit',
      description: 'Longest felony probation period before any extension.',
      unit: 'years',
      values: [
        { from: OLDEST_TEXT, value: 5, source: mcl('771.2(1)', PRE_2017), note: OLDEST_NOTE },
        {
          from: '2021-04-01',
          value: 3,
          source: mcl('771.2(1)', PA_397, URL_771_2),
          note: `Applied to probation ordered on or after April 1, 2021 (the order date selects the version): Michigan statutes are presumed prospective and no applicability clause was read. From-date: the enrolled act's header reads "EFFECTIVE DATE: April 1, 2021" (${URL_PA_397_ENROLLED}).`,
        },
      ],
      alternatives: [
        {
          value: 3,
          reading:
            'Apply the 3-year limit to every probationer from April 1, 2021, whatever the order date (retroactive reading; not adopted).',
        },
      ],
    }),
    extensionMaxCount: parameter<number>({
      label: 'Most extensions of a felony probation term',
      description: 'How many times the felony term under 771.2(1) may be extended on the findings the subsection requires.',
      unit: 'count',
      values: [
        {
          from: OLDEST_TEXT,
          value: null,
          source: mcl('771.2(1)', PRE_2017),
          note: 'No count limit before 2020 PA 397: the court could amend the order at any time within the 5-year limit (old 771.2(2)).',
        },
        { from: '2021-04-01', value: 2, source: mcl('771.2(1)', PA_397, URL_771_2) },
      ],
    }),
    extensionMaxMonths: parameter<number>({
      label: 'Longest single extension of a felony probation term',
      description: 'Each extension under 771.2(1) adds not more than 1 year.',
      unit: 'months',
      values: [
        { from: OLDEST_TEXT, value: null, source: mcl('771.2(1)', PRE_2017) },
        {
          from: '2021-04-01',
          value: 12,
          source: mcl('771.2(1)', PA_397, URL_771_2),
          note: 'Every extension order on a felony term counts toward the two, even one that keeps the term within 3 years; the limit is the 3 years plus the counted extensions (reading chosen; see README).',
        },
      ],
    }),
  },
  /** MCL 771.2a: offenses with probation periods of their own (exceptions to 771.2(1)). */
  ownPeriods: {
    stalkingMaxYears: parameter<number>({
      label: 'Stalking (MCL 750.411h): probation limit',
      description: 'Probation for stalking may run not more than 5 years.',
      unit: 'years',
      values: [
        {
          from: OLDEST_TEXT,
          value: 5,
          source: mcl('771.2a(1)', '2006 PA 507; kept by 2020 PA 397', URL_771_2A),
          note: 'Earlier history not read; dated from the oldest text read.',
        },
      ],
    }),
    aggravatedStalkingMinYears: parameter<number>({
      label: 'Aggravated stalking (MCL 750.411i): shortest probation',
      description: 'Probation for aggravated stalking is for any term of years, but not less than 5: no upper limit.',
      unit: 'years',
      values: [{ from: OLDEST_TEXT, value: 5, source: mcl('771.2a(2)', '2006 PA 507; kept by 2020 PA 397', URL_771_2A) }],
    }),
    childAbuseMisdemeanorMaxYears: parameter<number>({
      label: 'Misdemeanor child abuse (MCL 750.136b): probation limit',
      description: 'Probation for a violation of 750.136b designated a misdemeanor may run not more than 5 years.',
      unit: 'years',
      values: [
        {
          from: OLDEST_TEXT,
          value: 5,
          source: mcl('771.2a(3)', '2006 PA 507; kept by 2020 PA 397', URL_771_2A),
          note: 'Earlier history not read; dated from the oldest text read.',
        },
      ],
    }),
    violentFelonyMaxYears: parameter<number>({
      label: 'Violent felony: probation limit',
      description: 'Except aggravated stalking and certain juveniles, probation for a violent felony may run not more than 5 years.',
      unit: 'years',
      values: [
        {
          from: '2021-04-01',
          value: 5,
          source: mcl('771.2a(4)', PA_397, URL_771_2A),
          note: 'Added by 2020 PA 397 to keep violent felonies at the old 5-year limit: the Senate Fiscal Agency summary of 2017 SB 15 (secondary) lists only stalking, aggravated stalking, misdemeanor child abuse and listed offenses in 771.2a. Before it, the general 5-year felony limit gave the same answer. Which offenses are "violent felonies" was not read (see offense-table.ts).',
        },
      ],
    }),
    listedOffenseMinYears: parameter<number>({
      label: 'SORA listed offense: shortest probation',
      description:
        'Probation for a listed offense under the Sex Offenders Registration Act is for any term of years, but not less than 5: no upper limit.',
      unit: 'years',
      values: [
        {
          from: OLDEST_TEXT,
          value: 5,
          source: { citation: 'MCL 771.2a(7)', enactedBy: '2006 PA 507 (from the MJI Sexual Assault Benchbook § 8.10)' },
          note: 'Read from a benchbook quoting the subsection, not from the statute itself.',
        },
      ],
    }),
    violentListedOffense: parameter<string>({
      label: 'An offense that is both a violent felony and a SORA listed offense',
      description:
        'How 771.2a(4) ("not more than 5 years", "except as provided in subsections (2) and (6)") and 771.2a(7) ("any term of years, but not less than 5") combine for one offense that is both, such as CSC 2nd or 4th degree (MCL 750.520c, 520e) or assault with intent to commit CSC (750.520g).',
      unit: 'list',
      values: [
        {
          from: '2021-04-01',
          value: 'no_maximum',
          source: mcl('771.2a(4), (7)', PA_397, URL_771_2A),
          note: 'Reading chosen: (7) wins and there is no upper limit, as for every other pair of 771.2a exceptions (the longest permission wins). Before April 1, 2021 there is no (4) and (7) alone applies.',
        },
      ],
      alternatives: [
        {
          value: 'exactly_five_years',
          reading:
            '(4) carves out only (2) and (6), not (7): the offense is capped at 5 years by (4) and floored at 5 by (7), so probation is exactly 5 years. Another listed offense on the same term that is not a violent felony still has no upper limit.',
        },
      ],
    }),
  },
  earlyDischarge: {
    levels: parameter<readonly string[]>({
      label: 'Probation that may be ended early after half the original period',
      description: 'Which probation the half-term early discharge (or, before 2021, reduction) covers.',
      unit: 'list',
      values: [
        { from: OLDEST_TEXT, value: null, source: mcl('771.2', PRE_2017), note: 'The 2016 compilation has no half-term reduction.' },
        {
          from: '2017-04-18',
          value: ['felony'],
          source: mcl('771.2(2)', PA_10_2017, URL_PA_10_2017),
          note: `Felony only; the department or probation department may notify the court after half the original felony period, and the court may reduce the term after a hearing. ${PA_10_DATE_NOTE}`,
        },
        {
          from: '2021-04-01',
          value: ['felony', 'misdemeanor'],
          source: mcl('771.2(2)', PA_397, URL_771_2),
          note: 'The law in force on the as-of date decides: it is a procedure the court applies when it acts.',
        },
      ],
    }),
    fractionPercent: parameter<number>({
      label: 'Share of the original period to complete first',
      description: 'Early discharge may be considered after this share of the ORIGINAL probation period (extensions do not count).',
      unit: 'percent',
      values: [
        { from: '2017-04-18', value: 50, source: mcl('771.2(2)', PA_10_2017, URL_PA_10_2017), note: PA_10_DATE_NOTE },
        {
          from: '2021-04-01',
          value: 50,
          source: mcl('771.2(2)', PA_397, URL_771_2),
          note: 'Counted from the day probation was ordered, as the 771.2(1) limit is: jail ordered as a condition of probation is part of the probation period (MCL 771.3(2)(a); People v Chamberlain, 136 Mich App 642 (1984): probation "from and including the date of sentencing", its first year in jail), so for a split sentence the half-way date is sentenceDate + half the imposed length, not startDate + half (spec § 3 default). An odd month adds 15 days.',
        },
      ],
    }),
    selfNoticeLookbackMonths: parameter<number>({
      label: 'Violation-free months before you may notify the court yourself',
      description:
        'If the probation department does not notify the court, the probationer may, if he or she has not violated probation in the immediately preceding 3 months.',
      unit: 'months',
      values: [
        {
          from: '2021-04-01',
          value: 3,
          source: mcl('771.2(3)', PA_397, URL_771_2),
          note: 'Counted back from the day of the notice (form MC 512), both ends included: a violation on the day 3 months before still counts. MCR 6.441(B) says the same ("has not violated probation within the last 3 months").',
        },
      ],
    }),
    prosecutorObjectionDays: parameter<number>({
      label: 'Days the prosecutor has to object',
      description:
        'After the notice is served, the prosecutor may object within 14 days; without a timely objection the court, if it finds your conduct warrants it, must discharge without a hearing (subject to victim hearings).',
      unit: 'days',
      values: [
        {
          from: '2021-04-01',
          value: 14,
          source: {
            citation: 'MCR 6.441(B)',
            enactedBy: 'Michigan Supreme Court, MCR 6.441 (as amended through May 22, 2024)',
            url: URL_MCR_6_441,
          },
          note: '"The prosecuting attorney must file any written objection to early probation discharge within 14 days of receiving service of the notice" (MCR 6.441(B), casetext copy). The rule\'s own effective date was not read and is taken as that of 2020 PA 397.',
        },
      ],
    }),
    courtNoticeDays: parameter<number>({
      label: 'Days of notice before a reduction (2017 text)',
      description:
        'Under the 2017 text the court had to notify the prosecutor and the defendant at least 28 days before reducing probation.',
      unit: 'days',
      values: [
        { from: '2017-04-18', value: 28, source: mcl('771.2(2)', PA_10_2017, URL_PA_10_2017), note: PA_10_DATE_NOTE },
        {
          from: '2021-04-01',
          value: null,
          source: mcl('771.2', PA_397, URL_771_2),
          note: 'Replaced by the MCR 6.441 procedure for the purposes of this engine; the current text of 771.2(4)–(9) was not read.',
        },
      ],
    }),
    domesticViolenceExcluded: parameter<boolean>({
      label: 'Domestic violence excluded from early discharge (771.2(10))',
      description: 'Whether domestic-violence offenses are on the 771.2(10) list of offenses that may not be discharged early.',
      unit: 'boolean',
      values: [
        {
          from: '2021-04-01',
          value: true,
          source: { citation: 'MCL 771.2(10)', enactedBy: PA_397 },
          note: 'The text of 771.2(10) was not read. Secondary sources: willeychamberlain.com (the statute "lists specific offenses that are excluded"), and Michigan DOC practice as encoded by Recidiviz (pulse-data, us_mi not_serving_ineligible_offenses_for_early_discharge_from_probation_supervision.py: all of MCL 750.81, 750.84, 750.411h, 750.411i, 750.136b and SORA offenses excluded; 750.81a not listed). Where this encoding differs from that list is in README.md.',
        },
      ],
      alternatives: [{ value: false, reading: '771.2(10) does not list domestic violence (if the primary text shows otherwise).' }],
    }),
  },
  sanction: {
    misdemeanorJailDays: parameter<readonly number[]>({
      label: 'Jail limits for technical violations, misdemeanor probation',
      description:
        'Most days of jail for the 1st, 2nd and 3rd technical violation; from the 4th, any number of days up to the remaining eligible jail sentence.',
      unit: 'list',
      values: [
        {
          from: '2021-04-01',
          value: [5, 10, 15],
          source: mcl('771.4b(1)(a)', PA_397, URL_771_4B),
          note: 'Selected by the as-of date: the limit applies to the sanction for the next violation, imposed after the as-of date.',
        },
      ],
    }),
    felonyJailDays: parameter<readonly number[]>({
      label: 'Jail limits for technical violations, felony probation',
      description:
        'Most days of jail for the 1st, 2nd and 3rd technical violation; from the 4th, jail or prison for any number of days up to the remaining eligible sentence.',
      unit: 'list',
      values: [{ from: '2021-04-01', value: [15, 30, 45], source: mcl('771.4b(1)(b)', PA_397, URL_771_4B) }],
    }),
    treatmentBedDays: parameter<number>({
      label: 'Jail while awaiting a treatment bed',
      description:
        'A jail sanction may be extended to not more than 45 days if the probationer is awaiting placement in a treatment facility and has no safe alternative place to wait.',
      unit: 'days',
      values: [
        {
          from: '2021-04-01',
          value: 45,
          source: mcl('771.4b(3)', PA_397, URL_771_4B),
          note: 'Mentioned only where the table limit is shorter: on a third felony violation the limit is already 45 days, and from the fourth there is no day limit.',
        },
      ],
    }),
    abscondingMinDays: parameter<number>({
      label: 'Absconding: days without reporting',
      description:
        'Absconding (not a technical violation) is intentionally failing to report or to say where you are for a continuous period of not less than 60 days.',
      unit: 'days',
      values: [{ from: '2021-04-01', value: 60, source: mcl('771.4b(9)(a)', PA_397, URL_771_4B) }],
    }),
    countViolationsBeforeReform: parameter<boolean>({
      label: 'Count technical violations from before April 1, 2021',
      description:
        'Whether technical violations sustained on the term before 771.4b\'s table took effect count toward "first, second, third".',
      unit: 'boolean',
      values: [
        {
          from: '2021-04-01',
          value: true,
          source: mcl('771.4b(1)', PA_397, URL_771_4B),
          note: 'The subsection counts "a first violation", "a second violation" on the probation without a start date; every sustained technical violation on the term counts (reading chosen).',
        },
      ],
      alternatives: [{ value: false, reading: 'Count only violations committed on or after April 1, 2021.' }],
    }),
    sameDaySameTransaction: parameter<boolean>({
      label: 'Violations of one day arise out of the same transaction',
      description:
        'Whether two sustained technical violations dated the same day, which the record does not tie to one episode (no shared episodeId), count as one violation under 771.4b(5).',
      unit: 'boolean',
      values: [
        {
          from: '2021-04-01',
          value: true,
          source: mcl('771.4b(5)', PA_397, URL_771_4B),
          note: 'Reading chosen: violations of one day almost always come from one course of conduct (a missed appointment and a failed test on the same visit), which (5) counts once ("arises out of the same transaction"); the same reading as Virginia\'s for one incident. A warning names the assumption.',
        },
      ],
      alternatives: [{ value: false, reading: 'Each violation without an episodeId is a transaction of its own, even on the same day.' }],
    }),
  },
});

export type UsMiParameters = typeof usMiParameters;
