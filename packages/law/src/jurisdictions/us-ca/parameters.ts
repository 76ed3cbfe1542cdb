/**
 * California: every number the probation-length rules use, with the law each value rests on.
 *
 * Versions are selected by the day the rules call the "law day" (see rules/governing-law.ts): the grant
 * of probation (the term's sentenceDate), or 2021-01-01 where AB 1950 reaches an earlier grant
 * retroactively because the case was not final on that day (In re Estrada; People v. Prudholme).
 *
 * `from: '1950-01-01'` on a pre-AB 1950 value means "in force for every grant a record here can carry";
 * the text dates from earlier amendments (named in `enactedBy`), whose exact effective days do not
 * change any result.
 */
import { defineParameters, parameter, type Source } from '../../engine/parameters.ts';

const AB1950 = 'Stats. 2020, ch. 328 (AB 1950)';
const AB1950_URL = 'https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=201920200AB1950';

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
          from: '1950-01-01',
          value: 3,
          source: pc('1203a (former text)', 'Stats. 1949, ch. 504', 'https://law.onecle.com/california/penal/1203a.html'),
          note: 'Former text: "for a period not to exceed three years; provided, that when the maximum sentence provided by law exceeds three years imprisonment, … not to exceed the maximum time for which sentence of imprisonment might be pronounced." The rule applies the proviso where maxPrisonMonths is given.',
        },
        {
          from: '2021-01-01',
          value: 1,
          source: pc('1203a(a)', `${AB1950}, § 1`, AB1950_URL),
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
          from: '1950-01-01',
          value: null,
          source: pc('1203.1(a) (former text)', 'Stats. 2020, ch. 328 amended it; earlier text as amended through Stats. 2019'),
          note: 'Before AB 1950 the felony limit was the maximum possible term of the sentence, or 5 years where that maximum is 5 years or less (see shortMaxTermAllowanceYears). Read from the Legislative Counsel digest as quoted in secondary sources; the former section text itself was not read.',
        },
        {
          from: '2021-01-01',
          value: 2,
          source: pc('1203.1(a)', `${AB1950}, § 2`, AB1950_URL),
          note: 'Text "for a period of time not exceeding two years" read as quoted in People v. Ferguson (Cal. Ct. App. 2022, D078244) and People v. Forester (2022) 78 Cal.App.5th 447.',
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
          from: '1950-01-01',
          value: 5,
          source: pc('1203.1(a) (former text)', 'former text as in force through 2020-12-31'),
          note: 'Secondary: the AB 1950 Legislative Counsel digest as quoted by practitioners ("a maximum of 5 years for those offenses with a five-year or shorter maximum sentence").',
        },
        { from: '2021-01-01', value: null, source: pc('1203.1(a)', `${AB1950}, § 2`, AB1950_URL) },
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
          source: pc('1203.1(l)(2)', `${AB1950}, § 2`, AB1950_URL),
          note: 'The text of (l)(2) itself was not read; the value rests on People v. Shelly (2022) 81 Cal.App.5th 181 (probation reduced to 3 years, property over $25,000) and three secondary summaries.',
        },
      ],
    }),
    theftCarveOutThresholdUsd: parameter<number>({
      label: 'PC 1203.1(l)(2): value the property taken must exceed',
      description:
        'The 3-year limit applies only where the property taken is worth MORE than this amount (exactly $25,000 does not qualify).',
      unit: 'usd',
      values: [{ from: '2021-01-01', value: 25_000, source: pc('1203.1(l)(2)', `${AB1950}, § 2`, AB1950_URL) }],
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
          source: pc('1203.1(l)(2)', `${AB1950}, § 2`),
          note: 'People v. Shelly (2022) 81 Cal.App.5th 181 applied the 3-year limit to embezzlement by an employee charged under PC 508. PC 503 is the definition those sections punish.',
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
          source: pc('1203.1(l)(1)', `${AB1950}, § 2`),
          note: "Sum of every count's maxPrisonMonths. Under PC 1170.1(a) consecutive subordinate felony counts count at one third of the middle term, so for several counts the sum can overstate the ceiling; the rule warns when it adds more than one count.",
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
            enactedBy: 'Stats. 1998, ch. 118 (SB 1186) [U: enacting law not read; 2005 text read]',
            url: 'https://law.justia.com/codes/california/2005/veh/23600-23602.html',
          },
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
          from: '1950-01-01',
          value: 36,
          source: pc('1203.097(a)(1)', 'as amended through 2023 (FindLaw copy current as of 2023-01-01); enacting law not read'),
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
          from: '1950-01-01',
          value: 48,
          source: pc('273a(c)(1)', 'enacting law not read [S: sierralawcenter.com quoting the section]'),
        },
      ],
    }),
    childAbuse273dMinMonths: parameter<number>({
      label: 'Corporal injury to a child (PC 273d): shortest probation',
      description: 'PC 273d(c)(1): a mandatory minimum period of probation of 36 months.',
      unit: 'months',
      values: [
        {
          from: '1950-01-01',
          value: 36,
          source: pc('273d(c)(1)', 'enacting law not read [S: shouselaw.com]'),
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
        { from: '1950-01-01', value: null, source: pc('1203g', 'not yet enacted') },
        {
          from: '2025-01-01',
          value: 2,
          source: pc(
            '1203g(a)',
            'AB 2943 (2023–2024 Reg. Sess.), California Retail Theft Reduction Act [chapter number not read]',
            'https://self-law.org/code/ca/penal-code/1203g',
          ),
          note: 'Section text read (self-law.org copy). The enacting bill and its 2025-01-01 effective date rest on secondary sources (legiplex summary of AB 2943; the author\'s press release, "set to take effect on January 1, 2025").',
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
  },
});

export type UsCaParameters = typeof usCaParameters;
