/**
 * California: every number the probation-length rules use, with the law each value rests on.
 *
 * Versions are selected by the day the rules call the "law day" (see rules/governing-law.ts): the grant
 * of probation (the term's sentenceDate), or 2021-01-01 where AB 1950 reaches an earlier grant
 * retroactively because the case was not final on that day (In re Estrada; People v. Prudholme).
 *
 * `from: '1900-01-01'` on a pre-AB 1950 value means "in force for every grant a record here can carry"
 * (records date from 1900, records/schema.ts EARLIEST_YEAR); the text dates from earlier amendments (named
 * in `enactedBy`), whose exact effective days do not change any result.
 */
import { defineParameters, parameter, type Source } from '../../engine/parameters.ts';

const AB1950 = 'Stats. 2020, ch. 328 (AB 1950)';
/**
 * The Penal Code as published by the Legislature (downloads.leginfo.legislature.ca.gov, "Last Updated by
 * State of California: July 21, 2026"), in a verbatim mirror; read 2026-11-30. PC 1203.1 there is the
 * text re-enacted by Stats. 2021, ch. 257, § 22 (AB 177), operative 2022-01-01, whose (a) and (l) carry
 * the AB 1950 limits.
 */
export const PENAL_CODE_TEXT_URL =
  'https://github.com/johnakelly-yahoo-com/california-codes/blob/379f7277ec93fef5b54930fff723d1298b987bad/codes/CA%20Code%20-%20Penal%20Code.txt';
/** The Vehicle Code from the same publication and mirror. */
export const VEHICLE_CODE_TEXT_URL =
  'https://github.com/johnakelly-yahoo-com/california-codes/blob/4b30b8ad9af895b57bae712709b41c0a4239a244/codes/CA%20Code%20-%20Vehicle%20Code.txt';
/** Former PC 1203.1 (the text before AB 1950), in the legalfix.com copy. */
export const FORMER_1203_1_URL = 'https://legalfix.com/statutes/state-codes/california/code-pen/part-2/title-8/chapter-1/section-1203-1';

const pc = (subsection: string, enactedBy: string, url?: string): Source =>
  url === undefined
    ? { citation: `Cal. Penal Code § ${subsection}`, enactedBy }
    : { citation: `Cal. Penal Code § ${subsection}`, enactedBy, url };

export const usCaParameters = defineParameters('us-ca', {
  misdemeanor: {
    capYears: parameter<number>({
      label: 'Misdemeanor probation: longest term',
      description:
        'The longest probation a court may order for a misdemeanor (PC 1203a). Before 2021: 3 years, or up to the maximum sentence where that exceeds 3 years; from 2021: 1 year.',
      unit: 'years',
      values: [
        {
          from: '1900-01-01',
          value: 3,
          source: pc('1203a (former text)', 'Stats. 1949, ch. 504', 'https://law.onecle.com/california/penal/1203a.html'),
          note: 'Former text: "for a period not to exceed three years; provided, that when the maximum sentence provided by law exceeds three years imprisonment, … not to exceed the maximum time for which sentence of imprisonment might be pronounced." The rule applies the proviso where maxPrisonMonths is given.',
        },
        {
          from: '2021-01-01',
          value: 1,
          source: pc('1203a(a)', `${AB1950}, § 1`, PENAL_CODE_TEXT_URL),
          note: '"The court may suspend the imposition or execution of the sentence and make and enforce the terms of probation for a period not to exceed one year." (history line: "Amended by Stats. 2020, Ch. 328, Sec. 1. (AB 1950) Effective January 1, 2021.")',
        },
      ],
    }),
  },
  felony: {
    capYears: parameter<number>({
      label: 'Felony probation: longest term',
      description: 'The longest probation a court may order for a felony unless PC 1203.1(l) applies. No fixed number before 2021.',
      unit: 'years',
      values: [
        {
          from: '1900-01-01',
          value: null,
          source: pc('1203.1(a) (former text)', 'text in force through 2020-12-31 (AB 1950 amended it)', FORMER_1203_1_URL),
          note: 'Former text: "may direct that the suspension may continue for a period of time not exceeding the maximum possible term of the sentence, except as hereinafter set forth … However, where the maximum possible term of the sentence is five years or less, then the period of suspension of imposition or execution of sentence may, in the discretion of the court, continue for not over five years." No fixed number: the limit is the maximum possible term (see shortMaxTermAllowanceYears for the five-year floor).',
        },
        {
          from: '2021-01-01',
          value: 2,
          source: pc(
            '1203.1(a)',
            `${AB1950}, § 2; re-enacted unchanged in (a) and (l) by Stats. 2021, ch. 257, § 22 (AB 177), operative 2022-01-01`,
            PENAL_CODE_TEXT_URL,
          ),
          note: '"… may direct that the suspension may continue for a period of time not exceeding two years". Read in the official text as re-enacted by AB 177 (operative 2022-01-01); the 2021 text (AB 1950 § 2) is read as quoted in People v. Ferguson (Cal. Ct. App. 2022, D078244) and People v. Forester (2022) 78 Cal.App.5th 447, in the same words.',
        },
      ],
    }),
    shortMaxTermAllowanceYears: parameter<number>({
      label: 'Former felony rule: probation allowed where the maximum term is short',
      description:
        'Former PC 1203.1(a): where the maximum possible term is 5 years or less, probation may still run up to 5 years. AB 1950 removed it.',
      unit: 'years',
      values: [
        {
          from: '1900-01-01',
          value: 5,
          source: pc('1203.1(a) (former text)', 'text in force through 2020-12-31', FORMER_1203_1_URL),
          note: 'Former text: "However, where the maximum possible term of the sentence is five years or less, then the period of suspension … may, in the discretion of the court, continue for not over five years." So the former ceiling is the longer of five years and the maximum possible term.',
        },
        { from: '2021-01-01', value: null, source: pc('1203.1(a)', `${AB1950}, § 2`, PENAL_CODE_TEXT_URL) },
      ],
    }),
  },
  exceptions: {
    theftCarveOutYears: parameter<number>({
      label: 'PC 1203.1(l)(2): longest probation for large-value theft or embezzlement',
      description:
        'Felony grand theft by an employee or agent (PC 487(b)(3)), embezzlement (PC 503) or PC 532a, where the property taken is worth more than $25,000.',
      unit: 'years',
      values: [
        {
          from: '2021-01-01',
          value: 3,
          source: pc('1203.1(l)(2)', `${AB1950}, § 2; re-enacted by Stats. 2021, ch. 257, § 22 (AB 177)`, PENAL_CODE_TEXT_URL),
          note: '(l)(2): "A felony conviction for paragraph (3) of subdivision (b) of Section 487, Section 503, and Section 532a, if the total value of the property taken exceeds twenty-five thousand dollars ($25,000). For these offenses, the court … may direct that the suspension may continue for a period of time not exceeding three years". Applied in People v. Shelly (2022) 81 Cal.App.5th 181.',
        },
      ],
    }),
    theftCarveOutThresholdUsd: parameter<number>({
      label: 'PC 1203.1(l)(2): value the property taken must exceed',
      description:
        'The 3-year limit applies only where the property taken is worth MORE than this amount (exactly $25,000 does not qualify).',
      unit: 'usd',
      values: [
        {
          from: '2021-01-01',
          value: 25_000,
          source: pc('1203.1(l)(2)', `${AB1950}, § 2; re-enacted by Stats. 2021, ch. 257, § 22 (AB 177)`, PENAL_CODE_TEXT_URL),
          note: '"if the total value of the property taken exceeds twenty-five thousand dollars ($25,000)": strictly more.',
        },
      ],
    }),
    theftCarveOutValueBasis: parameter<string>({
      label: 'PC 1203.1(l)(2): whose "total value of the property taken"',
      description:
        'Where a case has several qualifying counts, whether the $25,000 is measured count by count or over the qualifying counts together.',
      unit: 'list',
      values: [
        {
          from: '2021-01-01',
          value: 'per_count',
          source: pc('1203.1(l)(2)', `${AB1950}, § 2; re-enacted by Stats. 2021, ch. 257, § 22 (AB 177)`, PENAL_CODE_TEXT_URL),
          note: 'The text speaks of "A felony conviction … if the total value of the property taken exceeds" $25,000: read as the total taken in that conviction (one count of embezzlement or of PC 487(b)(3) often adds up many takings). The rule warns where no count exceeds the threshold alone but the qualifying counts do together.',
        },
      ],
      alternatives: [
        {
          value: 'sum_of_counts',
          reading: 'The total of the property taken in all the qualifying felony counts of the case together.',
        },
      ],
    }),
    theftCarveOutIncludesEmbezzlementVariants: parameter<boolean>({
      label: 'PC 1203.1(l)(2): embezzlement charged under PC 504–508',
      description:
        'Whether embezzlement charged under the sections that punish particular embezzlers (PC 504, 506, 507, 508) counts as "Section 503" embezzlement for the 3-year limit.',
      unit: 'boolean',
      values: [
        {
          from: '2021-01-01',
          value: true,
          source: pc('1203.1(l)(2)', `${AB1950}, § 2; re-enacted by Stats. 2021, ch. 257, § 22 (AB 177)`, PENAL_CODE_TEXT_URL),
          note: 'The text names only "Section 503". People v. Shelly (2022) 81 Cal.App.5th 181 applied the 3-year limit to embezzlement by an employee charged under PC 508. PC 503 is the definition those sections punish.',
        },
      ],
      alternatives: [{ value: false, reading: 'Only a conviction cited as PC 503 itself qualifies; PC 504–508 get the 2-year limit.' }],
    }),
    aggregateTerm: parameter<string>({
      label: 'PC 1203.1(l)(1): how the maximum possible term is added up',
      description:
        "Under People v. Kite (2023) 87 Cal.App.5th 986 the (l)(1) ceiling is the maximum AGGREGATE prison term for all counts. The record gives each count's statutory maximum (maxPrisonMonths), not the PC 1170.1 aggregate.",
      unit: 'list',
      values: [
        {
          from: '2021-01-01',
          value: 'sum_of_counts',
          source: pc('1203.1(l)(1)', `${AB1950}, § 2; re-enacted by Stats. 2021, ch. 257, § 22 (AB 177)`, PENAL_CODE_TEXT_URL),
          note: '(l)(1): "not exceeding the maximum possible term of the sentence". Sum of every count\'s maxPrisonMonths. Under PC 1170.1(a) consecutive subordinate felony counts count at one third of the middle term, so for several counts the sum can overstate the ceiling; the rule warns when it adds more than one count.',
        },
      ],
      alternatives: [{ value: 'largest_count', reading: 'The principal count alone (a lower bound of the PC 1170.1 aggregate).' }],
    }),
  },
  ownLength: {
    duiMaxYears: parameter<number>({
      label: 'DUI: longest probation under Vehicle Code § 23600(b)(1)',
      description:
        'A person convicted under VC 23152 or 23153 and granted probation gets "not less than three nor more than five years", or longer up to the maximum prison term where that can exceed five years.',
      unit: 'years',
      values: [
        {
          from: '1999-07-01',
          value: 5,
          source: {
            citation: 'Cal. Veh. Code § 23600(b)(1)',
            enactedBy: 'as amended by Stats. 1999, ch. 22, § 40.6, operative 1999-07-01 (current text)',
            url: VEHICLE_CODE_TEXT_URL,
          },
          note: '"Notwithstanding Section 1203a of the Penal Code, a period of probation not less than three nor more than five years; provided, however, that if the maximum sentence provided for the offense may exceed five years in the state prison, the period … may be for a longer period than three years but may not exceed the maximum time for which sentence of imprisonment may be pronounced."',
        },
      ],
    }),
    domesticViolenceMinMonths: parameter<number>({
      label: 'Domestic violence: shortest probation under PC 1203.097(a)(1)',
      description:
        'Probation for a crime against a person defined in Family Code § 6211 must be at least 36 months. The section sets no maximum.',
      unit: 'months',
      values: [
        {
          from: '1900-01-01',
          value: 36,
          source: pc('1203.097(a)(1)', 'current text (official publication of 2026-07-21); enacting law not read', PENAL_CODE_TEXT_URL),
          note: 'People v. Forester (2022) 78 Cal.App.5th 447: an offense against such a victim "includes specific probation lengths", so the 2-year felony limit does not apply.',
        },
      ],
    }),
    childAbuse273aMinMonths: parameter<number>({
      label: 'Child abuse (PC 273a): shortest probation',
      description: 'PC 273a(c)(1): a mandatory minimum period of probation of 48 months.',
      unit: 'months',
      values: [
        {
          from: '1900-01-01',
          value: 48,
          source: pc('273a(c)(1)', 'as amended by Stats. 1997, ch. 134, § 1 (current text)', PENAL_CODE_TEXT_URL),
          note: '"(1) A mandatory minimum period of probation of 48 months." Subdivision (c)(5) lets the court waive any minimum condition, stating its reasons.',
        },
      ],
    }),
    childAbuse273dMinMonths: parameter<number>({
      label: 'Corporal injury to a child (PC 273d): shortest probation',
      description: 'PC 273d(c)(1): a mandatory minimum period of probation of 36 months.',
      unit: 'months',
      values: [
        {
          from: '1900-01-01',
          value: 36,
          source: pc('273d(c)(1)', 'as amended by Stats. 2011, 1st Ex. Sess., ch. 12, § 8 (current text)', PENAL_CODE_TEXT_URL),
          note: '"(1) A mandatory minimum period of probation of 36 months." Subdivision (c)(5) lets the court waive any minimum condition, stating its reasons.',
        },
      ],
    }),
  },
  pc1203g: {
    capYears: parameter<number>({
      label: 'PC 1203g: longest misdemeanor probation for shoplifting or petty theft',
      description:
        'Notwithstanding PC 1203a, for shoplifting (PC 459.5) or petty theft (PC 488, 490.2) the court may order probation of up to 2 years.',
      unit: 'years',
      values: [
        { from: '1900-01-01', value: null, source: pc('1203g', 'not yet enacted') },
        {
          from: '2025-01-01',
          value: 2,
          source: pc('1203g(a)', 'added by Stats. 2024, ch. 168, § 8 (AB 2943), effective 2025-01-01', PENAL_CODE_TEXT_URL),
          note: 'Section text and its history line ("Added by Stats. 2024, Ch. 168, Sec. 8. (AB 2943) Effective January 1, 2025.") read in the official text; the same text in the self-law.org copy.',
        },
      ],
    }),
  },
  revocation: {
    nonpaymentNeedsWillfulFailure: parameter<boolean>({
      label: 'No revocation only for not paying, unless willful with the ability to pay',
      description:
        'PC 1203.2(a): "Supervision shall not be revoked solely for failure of a person to make restitution, or to pay fines, fees, or assessments, imposed as a condition of supervision unless the court determines that the defendant has willfully failed to pay and has the ability to pay." Said in the explanation of a term with a failure-to-pay violation; it sets no date or number.',
      unit: 'boolean',
      values: [
        {
          from: '2022-01-01',
          value: true,
          source: pc('1203.2(a)', 'Stats. 2021, ch. 533, § 1 (AB 1228)', PENAL_CODE_TEXT_URL),
          note: 'The earliest text of this sentence read (official text of 2026-07-21, as amended by AB 1228, operative 2022-01-01). Whether an earlier wording said the same was not read, so no value is given before that day.',
        },
      ],
    }),
  },
  retroactivity: {
    assumeFinalWhenUnknown: parameter<boolean>({
      label: 'Pre-2021 grant: assume the case was final on 2021-01-01 when the record does not say',
      description:
        'AB 1950 reaches a grant made before 2021 only if the case was not final on 2021-01-01 (In re Estrada; People v. Quinn (2021); People v. Sims (2021); People v. Prudholme (2023) 14 Cal.5th 961). Finality is read from the term field caseFinalBefore2021.',
      unit: 'boolean',
      values: [
        {
          from: '2021-01-01',
          value: true,
          source: { citation: 'People v. Prudholme (2023) 14 Cal.5th 961', enactedBy: 'judicial decision (S271057, June 26, 2023)' },
          note: 'Most pre-2021 grants were not on appeal on 2021-01-01, so the default is the old law, with a warning naming the fact.',
        },
      ],
      alternatives: [{ value: false, reading: 'Assume the case was not final: apply the AB 1950 limits to every pre-2021 grant.' }],
    }),
    appealDays: parameter<number>({
      label: 'Days to appeal an order granting probation',
      description:
        'An order granting probation is appealable as a final judgment (Pen. Code § 1237(a)); the notice of appeal is due within 60 days of the order (Cal. Rules of Court, rule 8.308(a)), counted by Code Civ. Proc. § 12 (first day excluded, last included). A grant whose last day to appeal fell on or after 2021-01-01 cannot have been final on that day, so when the record does not say, such a case is read as not final.',
      unit: 'days',
      values: [
        {
          from: '2021-01-01',
          value: 60,
          source: { citation: 'Cal. Rules of Court, rule 8.308(a); Pen. Code § 1237(a)', enactedBy: 'Judicial Council of California' },
          note: 'Only the time to appeal is inferred from the grant date. A case may stay non-final longer (an appeal filed, or People v. McKenzie (2020) 9 Cal.5th 40 for suspended imposition); that the record must say (caseFinalBefore2021).',
        },
      ],
    }),
    misdemeanorAppealDays: parameter<number>({
      label: 'Days to appeal an order granting probation in a misdemeanor case',
      description:
        'A misdemeanor case is appealed to the appellate division of the superior court (Pen. Code § 1466), and the notice of appeal is due within 30 days of the judgment or order (Cal. Rules of Court, rule 8.853(a)), against 60 in a felony case (rule 8.308(a)). Used for a term with no felony count. A case in which a felony was charged is a felony case whatever the conviction (rule 8.304(a)(2)); the record does not say what was charged, so where the two times give different answers a warning says so.',
      unit: 'days',
      values: [
        {
          from: '2021-01-01',
          value: 30,
          source: { citation: 'Cal. Rules of Court, rule 8.853(a); Pen. Code § 1466', enactedBy: 'Judicial Council of California' },
          note: 'The text of rule 8.853(a) was not read in this review; the 30 days are as the Judicial Council form CR-131-INFO and practice guides state them. Rule 8.304(a)(2) was read (courts.ca.gov, 2014 edition).',
        },
      ],
    }),
  },
});

export type UsCaParameters = typeof usCaParameters;
