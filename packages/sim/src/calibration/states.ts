/**
 * The twelve calibrated jurisdictions. State-specific numbers come from the three data files
 * (docs/research/data/: PPI 2021 counts and rates, BJS 2016 supervised counts, CSG violation
 * admissions, prison cost per day and violator length of stay); everything else is a national default
 * from national.ts. Each entry says in a `note` where a default stands in for a missing state number.
 *
 * Offenses are statutes the jurisdiction's offense table in @pathways/law knows (states.test.ts checks
 * each against the table), with the class or statutory maximum where a rule reads it (Missouri and
 * Arizona felony classes, Minnesota's and Virginia's maximum prison terms).
 */
import { figure, type Figure } from './figure.ts';
import {
  COSTS,
  countFromRate,
  FELONY_PROBATION_LENGTH,
  FELONY_SHARE_OF_PROBATION,
  GROUP_SHARES,
  lengths,
  MISDEMEANOR_PROBATION_LENGTH,
  MONTHLY_ENTRY_SHARE,
  NATIONAL_LOS,
  PAROLE_LENGTH,
  RESPONSE,
  RESTITUTION,
  SRC,
  violationHazards,
  weightOffenses,
  type OffenseRow,
  type ViolationAdmissions,
} from './national.ts';
import type { LengthDistribution, StateCalibration } from './state-calibration.ts';

interface StateInput {
  code: string;
  name: string;
  population: StateCalibration['population'];
  admissions: ViolationAdmissions;
  prisonCostPerDay: Figure;
  los: { probation?: number; parole?: number; missing?: string };
  felony: OffenseRow[];
  misdemeanor: OffenseRow[];
  parole: OffenseRow[];
  felonyLength?: Figure<LengthDistribution>;
  paroleLength?: Figure<LengthDistribution>;
  probationCost?: Figure;
  paroleCost?: Figure;
  extra?: Partial<Pick<StateCalibration, 'probationShareOfStock' | 'recordKind' | 'supervisingAgency' | 'prisonBeforeParoleMonths'>>;
}

function losFigure(value: number | undefined, kind: 'probation' | 'parole', code: string, missing?: string): Figure {
  if (value !== undefined) return figure(value, SRC.csgLos, 'A', `${code} violator_los_${kind}_months.`);
  const d = kind === 'probation' ? NATIONAL_LOS.probationViolator : NATIONAL_LOS.paroleViolator;
  return figure(
    d.value,
    d.source,
    d.confidence,
    `${code} reports no ${kind}-violator LOS${missing ? ` (${missing})` : ''}; national default: ${d.note}`,
  );
}

function state(s: StateInput): StateCalibration {
  return {
    jurisdiction: s.code,
    name: s.name,
    population: s.population,
    felonyShareOfProbation: FELONY_SHARE_OF_PROBATION,
    offenses: {
      probation: [...weightOffenses(s.felony, GROUP_SHARES.felony.value), ...weightOffenses(s.misdemeanor, GROUP_SHARES.misdemeanor.value)],
      parole: weightOffenses(s.parole, GROUP_SHARES.parole.value),
    },
    termLength: {
      felonyProbation: s.felonyLength ?? FELONY_PROBATION_LENGTH,
      misdemeanorProbation: MISDEMEANOR_PROBATION_LENGTH,
      parole: s.paroleLength ?? PAROLE_LENGTH,
    },
    monthlyEntryShare: MONTHLY_ENTRY_SHARE,
    monthlyHazard: violationHazards(s.admissions),
    response: RESPONSE,
    restitution: RESTITUTION,
    prisonStayMonths: {
      probationViolator: losFigure(s.los.probation, 'probation', s.code, s.los.missing),
      paroleViolator: losFigure(s.los.parole, 'parole', s.code, s.los.missing),
    },
    costPerDay: {
      prison: s.prisonCostPerDay,
      jail: COSTS.jail,
      probation: s.probationCost ?? COSTS.probation,
      parole: s.paroleCost ?? COSTS.parole,
    },
    ...s.extra,
  };
}

const REF_2021 = '2021-12-31';

/** PPI counts read on the PPI page (16 states). */
function ppiCounts(probation: number, parole: number): Pick<StateCalibration['population'], 'probation' | 'parole'> {
  return {
    probation: figure(probation, SRC.ppi, 'A'),
    parole: figure(parole, SRC.ppi, 'A'),
  };
}

/**
 * PPI rates only (35 states): count = rate × population ÷ 100,000, the population being the BJS 2016
 * all-ages denominator implied by BJS's own count and rate (count ÷ rate × 100,000).
 */
function ppiRates(
  code: string,
  probationRate: number,
  paroleRate: number,
  bjsSupervised: number,
  bjsRateAllAges: number,
): Pick<StateCalibration['population'], 'probation' | 'parole'> {
  const population = Math.round((bjsSupervised / bjsRateAllAges) * 100_000);
  const pop = population.toLocaleString('en-US');
  const note = (rate: number) =>
    `${code}: PPI rate ${rate} per 100,000 (all ages, 2021) × population ${pop} ÷ 100,000. Population = BJS 2016 supervised ${bjsSupervised.toLocaleString('en-US')} ÷ ${bjsRateAllAges} per 100,000 all ages × 100,000 (2016 population; growth to 2021 ignored).`;
  return {
    probation: figure(countFromRate(probationRate, population), `${SRC.ppi}; ${SRC.bjs2016}`, 'C', note(probationRate)),
    parole: figure(countFromRate(paroleRate, population), `${SRC.ppi}; ${SRC.bjs2016}`, 'C', note(paroleRate)),
  };
}

const bjsDenominator = (code: string, n: number) => ({ supervised: n, supervisedSource: `BJS 2016 community supervision, ${code}` });
const cost = (code: string, usd: number) => figure(usd, SRC.csgCost, 'A', `${code} prison_cost_per_day_2019_usd.`);

// Michigan: PPI gives rates only and BJS 2016 has no Michigan supervision count, so the population is recalled.
const MI_POPULATION = 10_050_000;
const miProbation = countFromRate(1110, MI_POPULATION);
const miParole = countFromRate(109, MI_POPULATION);
const miNote = (rate: number) =>
  `MI: PPI rate ${rate} per 100,000 (2021) × ${MI_POPULATION.toLocaleString('en-US')} residents ÷ 100,000. The population is recalled (Census 2021 estimate, D): BJS 2016 has no Michigan supervision count to derive it from. REFORM Alliance's "172,000+ on probation and 17,000 on parole" (figures.md §4) is an older advocacy figure.`;

// New York: parole only (the law encoded is the Less Is More Act, which does not cover probation).
const ny = ppiRates('NY', 342, 193, 142_400, 720);
// Federal: BJS 2016 gives one combined count.
const FED_TOTAL = 131_700;
const FED_PROBATION_SHARE = 0.12;

export const STATE_CALIBRATIONS: readonly StateCalibration[] = [
  state({
    code: 'US-CA',
    name: 'California',
    population: { ...ppiCounts(153_910, 104_937), referenceDate: REF_2021 },
    admissions: { total: 12_228, splitTechnical: 4_255, splitNewOffense: 7_973, ...bjsDenominator('CA', 333_300) },
    prisonCostPerDay: cost('CA', 229.66),
    los: { probation: 19.0, parole: 52.0 },
    felony: [
      ['PC 211', 'felony', undefined, 'Robbery', 'violent'],
      ['PC 245(a)(1)', 'felony', undefined, 'Assault with a deadly weapon', 'violent'],
      ['PC 273.5(a)', 'felony', undefined, 'Corporal injury to a spouse or cohabitant', 'violent'],
      ['PC 459', 'felony', undefined, 'Burglary', 'property'],
      ['PC 487(a)', 'felony', undefined, 'Grand theft', 'property'],
      ['VC 10851', 'felony', undefined, 'Taking or driving a vehicle without consent', 'property'],
      ['HS 11351', 'felony', undefined, 'Possession for sale of a controlled substance', 'drug'],
      ['HS 11378', 'felony', undefined, 'Possession for sale of a controlled substance', 'drug'],
      ['VC 23153(a)', 'felony', undefined, 'Driving under the influence causing injury', 'dui'],
      ['PC 29800(a)(1)', 'felony', undefined, 'Firearm possession by a prohibited person', 'public_order'],
    ],
    misdemeanor: [
      ['PC 243(e)(1)', 'misdemeanor', undefined, 'Battery against a spouse or cohabitant', 'violent'],
      ['PC 484(a)', 'misdemeanor', undefined, 'Petty theft', 'property'],
      ['PC 459.5', 'misdemeanor', undefined, 'Shoplifting', 'property'],
      ['HS 11350', 'misdemeanor', undefined, 'Possession of a controlled substance', 'drug'],
      ['VC 23152(a)', 'misdemeanor', undefined, 'Driving under the influence', 'dui'],
      ['PC 25400', 'misdemeanor', undefined, 'Carrying a concealed firearm', 'public_order'],
    ],
    parole: [
      ['PC 211', 'felony', undefined, 'Robbery', 'violent'],
      ['PC 245(a)(1)', 'felony', undefined, 'Assault with a deadly weapon', 'violent'],
      ['PC 459', 'felony', undefined, 'Burglary', 'property'],
      ['PC 487(a)', 'felony', undefined, 'Grand theft', 'property'],
      ['HS 11352', 'felony', undefined, 'Transportation or sale of a controlled substance', 'drug'],
      ['VC 23153(a)', 'felony', undefined, 'Driving under the influence causing injury', 'dui'],
      ['PC 29800(a)(1)', 'felony', undefined, 'Firearm possession by a prohibited person', 'public_order'],
    ],
  }),
  state({
    code: 'US-MO',
    name: 'Missouri',
    population: { ...ppiRates('MO', 596, 284, 61_600, 1010), referenceDate: REF_2021 },
    admissions: { total: 14_891, splitTechnical: 10_835, splitNewOffense: 4_056, ...bjsDenominator('MO', 61_600) },
    prisonCostPerDay: cost('MO', 71.0),
    los: { probation: 25.2, parole: 16.8 },
    // Classes as renumbered in 2017 (A–E felonies); ECC covers D and E and the drug chapter, so the mix
    // includes both eligible and excluded or discretionary offenses.
    felony: [
      ['RSMo 565.052', 'felony', 'D', 'Assault in the second degree', 'violent'],
      ['RSMo 565.073', 'felony', 'D', 'Domestic assault in the second degree', 'violent'],
      ['RSMo 565.225', 'felony', 'E', 'Stalking in the first degree', 'violent'],
      ['RSMo 570.030', 'felony', 'E', 'Stealing', 'property'],
      ['RSMo 570.030', 'felony', 'D', 'Stealing (property of $750 or more)', 'property'],
      ['RSMo 569.170', 'felony', 'D', 'Burglary in the second degree', 'property'],
      ['RSMo 579.015', 'felony', 'D', 'Possession of a controlled substance', 'drug'],
      ['RSMo 579.020', 'felony', 'C', 'Delivery of a controlled substance', 'drug'],
      ['RSMo 577.010', 'felony', 'E', 'Driving while intoxicated (prior offender)', 'dui'],
      ['RSMo 571.070', 'felony', 'D', 'Unlawful possession of a firearm', 'public_order'],
      ['RSMo 571.030', 'felony', 'E', 'Unlawful use of a weapon', 'public_order'],
    ],
    misdemeanor: [
      ['RSMo 565.076', 'misdemeanor', 'A', 'Domestic assault in the fourth degree', 'violent'],
      ['RSMo 565.227', 'misdemeanor', 'A', 'Stalking in the second degree', 'violent'],
      ['RSMo 570.030', 'misdemeanor', 'A', 'Stealing', 'property'],
      ['RSMo 579.015', 'misdemeanor', 'A', 'Possession of marijuana (35 grams or less)', 'drug'],
      ['RSMo 577.010', 'misdemeanor', 'B', 'Driving while intoxicated', 'dui'],
      ['RSMo 571.030', 'misdemeanor', 'A', 'Unlawful use of a weapon', 'public_order'],
    ],
    parole: [
      ['RSMo 570.023', 'felony', 'A', 'Robbery in the first degree', 'violent'],
      ['RSMo 565.052', 'felony', 'D', 'Assault in the second degree', 'violent'],
      ['RSMo 569.170', 'felony', 'D', 'Burglary in the second degree', 'property'],
      ['RSMo 570.030', 'felony', 'D', 'Stealing', 'property'],
      ['RSMo 579.020', 'felony', 'C', 'Delivery of a controlled substance', 'drug'],
      ['RSMo 577.010', 'felony', 'D', 'Driving while intoxicated (persistent offender)', 'dui'],
      ['RSMo 571.070', 'felony', 'D', 'Unlawful possession of a firearm', 'public_order'],
    ],
  }),
  state({
    code: 'US-PA',
    name: 'Pennsylvania',
    population: { ...ppiRates('PA', 720, 596, 291_600, 2280), referenceDate: REF_2021 },
    // Probation violation admissions (2,116) were not split; the technical share is parole's.
    admissions: { total: 11_270, splitTechnical: 5_156, splitNewOffense: 3_998, ...bjsDenominator('PA', 291_600) },
    prisonCostPerDay: cost('PA', 137.0),
    los: { parole: 10.7, missing: 'probation-violator LOS not reported' },
    felony: [
      ['18 Pa.C.S. 2702(a)(4)', 'felony', 'F2', 'Aggravated assault (bodily injury with a deadly weapon)', 'violent'],
      ['18 Pa.C.S. 3921', 'felony', 'F3', 'Theft by unlawful taking', 'property'],
      ['18 Pa.C.S. 3502(a)(4)', 'felony', 'F2', 'Burglary', 'property'],
      ['35 P.S. 780-113(a)(30)', 'felony', undefined, 'Possession with intent to deliver', 'drug'],
      ['18 Pa.C.S. 6106', 'felony', 'F3', 'Firearms not to be carried without a license', 'public_order'],
    ],
    misdemeanor: [
      ['18 Pa.C.S. 2701', 'misdemeanor', 'M2', 'Simple assault', 'violent'],
      ['18 Pa.C.S. 3929', 'misdemeanor', 'M2', 'Retail theft', 'property'],
      ['35 P.S. 780-113(a)(16)', 'misdemeanor', undefined, 'Possession of a controlled substance', 'drug'],
      ['75 Pa.C.S. 3802', 'misdemeanor', 'M1', 'Driving under the influence', 'dui'],
      ['18 Pa.C.S. 5503', 'misdemeanor', 'M3', 'Disorderly conduct', 'public_order'],
    ],
    parole: [
      ['18 Pa.C.S. 3701(a)(1)(ii)', 'felony', 'F1', 'Robbery (threat of serious bodily injury)', 'violent'],
      ['18 Pa.C.S. 2702(a)(1)', 'felony', 'F1', 'Aggravated assault (serious bodily injury)', 'violent'],
      ['18 Pa.C.S. 3502(a)(1)', 'felony', 'F1', 'Burglary (person present)', 'property'],
      ['18 Pa.C.S. 3921', 'felony', 'F3', 'Theft by unlawful taking', 'property'],
      ['35 P.S. 780-113(a)(30)', 'felony', undefined, 'Possession with intent to deliver', 'drug'],
      ['18 Pa.C.S. 6105', 'felony', 'F2', 'Persons not to possess firearms', 'public_order'],
    ],
  }),
  state({
    code: 'US-MI',
    name: 'Michigan',
    population: {
      probation: figure(miProbation, SRC.ppi, 'D', miNote(1110)),
      parole: figure(miParole, SRC.ppi, 'D', miNote(109)),
      referenceDate: REF_2021,
    },
    // Probation violation admissions (2,169) were not split; the technical share is parole's.
    admissions: {
      total: 4_889,
      splitTechnical: 1_691,
      splitNewOffense: 1_029,
      supervised: miProbation + miParole,
      supervisedSource: 'PPI 2021 rate × recalled population, MI (BJS 2016 has no Michigan count)',
    },
    prisonCostPerDay: cost('MI', 107.92),
    los: { missing: 'not reported' },
    felony: [
      ['MCL 750.82', 'felony', undefined, 'Felonious assault', 'violent'],
      ['MCL 750.84', 'felony', undefined, 'Assault with intent to do great bodily harm', 'violent'],
      ['MCL 750.413', 'felony', undefined, 'Unlawfully driving away an automobile', 'property'],
      ['MCL 750.110a', 'felony', undefined, 'Home invasion', 'property'],
      ['MCL 750.535', 'felony', undefined, 'Receiving or concealing stolen property', 'property'],
      ['MCL 333.7403', 'felony', undefined, 'Possession of a controlled substance', 'drug'],
      ['MCL 333.7401', 'felony', undefined, 'Delivery of a controlled substance', 'drug'],
      ['MCL 257.625', 'felony', undefined, 'Operating while intoxicated, third offense', 'dui'],
      ['MCL 750.224f', 'felony', undefined, 'Felon in possession of a firearm', 'public_order'],
      ['MCL 750.227', 'felony', undefined, 'Carrying a concealed weapon', 'public_order'],
    ],
    misdemeanor: [
      ['MCL 750.81(2)', 'misdemeanor', undefined, 'Domestic assault', 'violent'],
      ['MCL 750.356', 'misdemeanor', undefined, 'Larceny', 'property'],
      ['MCL 333.7404', 'misdemeanor', undefined, 'Use of a controlled substance', 'drug'],
      ['MCL 257.625', 'misdemeanor', undefined, 'Operating while intoxicated', 'dui'],
    ],
    parole: [
      ['MCL 750.529', 'felony', undefined, 'Armed robbery', 'violent'],
      ['MCL 750.84', 'felony', undefined, 'Assault with intent to do great bodily harm', 'violent'],
      ['MCL 750.110a', 'felony', undefined, 'Home invasion', 'property'],
      ['MCL 333.7401', 'felony', undefined, 'Delivery of a controlled substance', 'drug'],
      ['MCL 257.625', 'felony', undefined, 'Operating while intoxicated, third offense', 'dui'],
      ['MCL 750.224f', 'felony', undefined, 'Felon in possession of a firearm', 'public_order'],
    ],
  }),
  state({
    code: 'US-GA',
    name: 'Georgia',
    population: {
      probation: figure(
        339_659,
        SRC.ppi,
        'A',
        'Probably overstates: BJS footnote g (2016) says Georgia counts private misdemeanor probation cases, not persons.',
      ),
      parole: figure(16_414, SRC.ppi, 'A'),
      referenceDate: REF_2021,
    },
    // No BJS 2016 count for Georgia; the 2021 PPI stock is the denominator (inflated by cases, so the rate is low).
    // Probation violation admissions (3,692) were not split; the technical share is parole's.
    admissions: {
      total: 6_066,
      splitTechnical: 808,
      splitNewOffense: 1_566,
      supervised: 339_659 + 16_414,
      supervisedSource: 'PPI 2021 probation + parole, GA (BJS 2016 has no Georgia count; cases, not persons)',
    },
    prisonCostPerDay: cost('GA', 59.64),
    los: { probation: 40.1, parole: 24.0 },
    felony: [
      ['O.C.G.A. § 16-5-21', 'felony', undefined, 'Aggravated assault', 'violent'],
      ['O.C.G.A. § 16-8-2', 'felony', undefined, 'Theft by taking', 'property'],
      ['O.C.G.A. § 16-7-1', 'felony', undefined, 'Burglary', 'property'],
      ['O.C.G.A. § 16-8-7', 'felony', undefined, 'Theft by receiving stolen property', 'property'],
      ['O.C.G.A. § 16-13-30', 'felony', undefined, 'Possession of a controlled substance', 'drug'],
      ['O.C.G.A. § 16-13-30(b)', 'felony', undefined, 'Distribution of a controlled substance', 'drug'],
      ['O.C.G.A. § 40-6-391', 'felony', undefined, 'Driving under the influence, fourth offense', 'dui'],
      ['O.C.G.A. § 16-11-131', 'felony', undefined, 'Possession of a firearm by a convicted felon', 'public_order'],
    ],
    misdemeanor: [
      ['O.C.G.A. § 16-5-23', 'misdemeanor', undefined, 'Simple battery', 'violent'],
      ['O.C.G.A. § 16-5-23.1(f)', 'misdemeanor', undefined, 'Battery, family violence', 'violent'],
      ['O.C.G.A. § 16-8-14', 'misdemeanor', undefined, 'Theft by shoplifting', 'property'],
      ['O.C.G.A. § 16-13-30(j)', 'misdemeanor', undefined, 'Possession of marijuana (one ounce or less)', 'drug'],
      ['O.C.G.A. § 40-6-391', 'misdemeanor', undefined, 'Driving under the influence', 'dui'],
      ['O.C.G.A. § 40-5-121', 'misdemeanor', undefined, 'Driving with a suspended license', 'public_order'],
      ['O.C.G.A. § 16-7-21', 'misdemeanor', undefined, 'Criminal trespass', 'public_order'],
    ],
    parole: [
      ['O.C.G.A. § 16-8-41', 'felony', undefined, 'Armed robbery', 'violent'],
      ['O.C.G.A. § 16-5-21', 'felony', undefined, 'Aggravated assault', 'violent'],
      ['O.C.G.A. § 16-7-1', 'felony', undefined, 'Burglary', 'property'],
      ['O.C.G.A. § 16-8-2', 'felony', undefined, 'Theft by taking', 'property'],
      ['O.C.G.A. § 16-13-30(b)', 'felony', undefined, 'Distribution of a controlled substance', 'drug'],
      ['O.C.G.A. § 16-11-131', 'felony', undefined, 'Possession of a firearm by a convicted felon', 'public_order'],
    ],
    extra: {
      supervisingAgency: {
        felonyProbation: 'state',
        misdemeanorProbation: 'private',
        parole: 'state',
      },
    },
  }),
  state({
    code: 'US-MN',
    name: 'Minnesota',
    population: { ...ppiRates('MN', 1441, 118, 103_900, 1880), referenceDate: REF_2021 },
    // Probation violation admissions (1,979) were not split; the technical share is parole's.
    admissions: { total: 5_370, splitTechnical: 2_986, splitNewOffense: 405, ...bjsDenominator('MN', 103_900) },
    prisonCostPerDay: cost('MN', 90.0),
    los: { missing: 'not reported' },
    // Every felony carries its statutory maximum: the 2023 cap is the lesser of five years and the maximum.
    felony: [
      ['Minn. Stat. § 609.223', 'felony', undefined, 'Assault in the third degree', 'violent', 60],
      ['Minn. Stat. § 609.24', 'felony', undefined, 'Simple robbery', 'violent', 120],
      ['Minn. Stat. § 609.52', 'felony', undefined, 'Theft', 'property', 60],
      ['Minn. Stat. § 609.582', 'felony', undefined, 'Burglary', 'property', 120],
      ['Minn. Stat. § 152.025', 'felony', undefined, 'Fifth-degree controlled substance crime', 'drug', 60],
      ['Minn. Stat. § 152.024', 'felony', undefined, 'Fourth-degree controlled substance crime', 'drug', 180],
      ['Minn. Stat. § 169A.24', 'felony', undefined, 'First-degree driving while impaired', 'dui', 84],
      ['Minn. Stat. § 624.713', 'felony', undefined, 'Possession of a firearm by an ineligible person', 'public_order', 180],
    ],
    misdemeanor: [
      ['Minn. Stat. § 609.2242', 'misdemeanor', undefined, 'Domestic assault', 'violent'],
      ['Minn. Stat. § 609.2242', 'gross_misdemeanor', undefined, 'Domestic assault (within ten years of a prior)', 'violent'],
      ['Minn. Stat. § 609.52', 'misdemeanor', undefined, 'Theft', 'property'],
      ['Minn. Stat. § 169A.20', 'misdemeanor', undefined, 'Driving while impaired', 'dui'],
      ['Minn. Stat. § 169A.20', 'gross_misdemeanor', undefined, 'Driving while impaired (aggravating factor)', 'dui'],
      ['Minn. Stat. § 609.66', 'misdemeanor', undefined, 'Dangerous weapons', 'public_order'],
    ],
    parole: [
      ['Minn. Stat. § 609.24', 'felony', undefined, 'Simple robbery', 'violent', 120],
      ['Minn. Stat. § 609.222', 'felony', undefined, 'Assault in the second degree', 'violent', 84],
      ['Minn. Stat. § 609.582', 'felony', undefined, 'Burglary', 'property', 120],
      ['Minn. Stat. § 152.024', 'felony', undefined, 'Fourth-degree controlled substance crime', 'drug', 180],
      ['Minn. Stat. § 169A.24', 'felony', undefined, 'First-degree driving while impaired', 'dui', 84],
      ['Minn. Stat. § 624.713', 'felony', undefined, 'Possession of a firearm by an ineligible person', 'public_order', 180],
    ],
    felonyLength: figure(
      { months: lengths([12, 0.05], [24, 0.15], [36, 0.2], [48, 0.1], [60, 0.2], [84, 0.15], [120, 0.15]) },
      SRC.ours,
      'D',
      'Minnesota stays of imposition or execution could run to the statutory maximum before the 2023 five-year cap (research us-mn.md); 30% of felony terms above 60 months let the cap bite. Mean 58.8 months. Not measured.',
    ),
  }),
  state({
    code: 'US-VA',
    name: 'Virginia',
    population: { ...ppiRates('VA', 694, 21, 62_500, 740), referenceDate: REF_2021 },
    // Virginia reported 2016 admissions as its "2017" figures.
    admissions: { total: 5_860, splitTechnical: 1_065 + 25, splitNewOffense: 4_698 + 72, ...bjsDenominator('VA', 62_500) },
    prisonCostPerDay: cost('VA', 88.0),
    los: { missing: 'not reported' },
    // Classes and maxima per Va. Code §§ 18.2-10, 18.2-11 and the sections' own penalties.
    felony: [
      ['Va. Code § 18.2-51', 'felony', '3', 'Malicious wounding', 'violent', 240],
      ['Va. Code § 18.2-95', 'felony', undefined, 'Grand larceny', 'property', 240],
      ['Va. Code § 18.2-91', 'felony', undefined, 'Breaking and entering with intent to commit larceny', 'property', 240],
      ['Va. Code § 18.2-250', 'felony', '5', 'Possession of a controlled substance (Schedule I or II)', 'drug', 120],
      ['Va. Code § 18.2-248', 'felony', undefined, 'Possession with intent to distribute', 'drug', 480],
      ['Va. Code § 18.2-266', 'felony', '6', 'Driving while intoxicated, third offense', 'dui', 60],
      ['Va. Code § 18.2-308.2', 'felony', '6', 'Possession of a firearm by a convicted felon', 'public_order', 60],
    ],
    misdemeanor: [
      ['Va. Code § 18.2-57.2', 'misdemeanor', '1', 'Assault and battery of a family member', 'violent'],
      ['Va. Code § 18.2-57', 'misdemeanor', '1', 'Assault and battery', 'violent'],
      ['Va. Code § 18.2-96', 'misdemeanor', '1', 'Petit larceny', 'property'],
      ['Va. Code § 18.2-103', 'misdemeanor', '1', 'Shoplifting', 'property'],
      ['Va. Code § 18.2-250', 'misdemeanor', '1', 'Possession of a controlled substance (Schedule III)', 'drug'],
      ['Va. Code § 18.2-266', 'misdemeanor', '1', 'Driving while intoxicated', 'dui'],
      ['Va. Code § 18.2-308', 'misdemeanor', '1', 'Carrying a concealed weapon', 'public_order'],
    ],
    parole: [
      ['Va. Code § 18.2-58', 'felony', undefined, 'Robbery', 'violent'],
      ['Va. Code § 18.2-51', 'felony', '3', 'Malicious wounding', 'violent', 240],
      ['Va. Code § 18.2-91', 'felony', undefined, 'Breaking and entering with intent to commit larceny', 'property', 240],
      ['Va. Code § 18.2-248', 'felony', undefined, 'Possession with intent to distribute', 'drug', 480],
      ['Va. Code § 18.2-308.2', 'felony', '6', 'Possession of a firearm by a convicted felon', 'public_order', 60],
    ],
    felonyLength: figure(
      { months: lengths([12, 0.1], [24, 0.2], [36, 0.25], [48, 0.1], [60, 0.2], [84, 0.08], [120, 0.07]) },
      SRC.ours,
      'D',
      'National shape with 15% of terms above five years so that the five-year cap on supervised probation (Va. Code § 19.2-303) can bite. Mean 46.9 months. Not measured.',
    ),
  }),
  state({
    code: 'US-LA',
    name: 'Louisiana',
    population: { ...ppiRates('LA', 556, 397, 71_000, 1510), referenceDate: REF_2021 },
    admissions: { total: 8_370, splitTechnical: 647 + 2_936, splitNewOffense: 3_613 + 1_174, ...bjsDenominator('LA', 71_000) },
    prisonCostPerDay: cost('LA', 67.44),
    los: { probation: 58.8, parole: 58.7 },
    felony: [
      ['La. R.S. 14:34.1', 'felony', undefined, 'Second degree battery', 'violent'],
      ['La. R.S. 14:67', 'felony', undefined, 'Theft', 'property'],
      ['La. R.S. 14:62', 'felony', undefined, 'Simple burglary', 'property'],
      ['La. R.S. 14:69', 'felony', undefined, 'Illegal possession of stolen things', 'property'],
      ['La. R.S. 40:967', 'felony', undefined, 'Possession of a controlled dangerous substance (Schedule II)', 'drug'],
      ['La. R.S. 40:967(A)', 'felony', undefined, 'Possession with intent to distribute (Schedule II)', 'drug'],
      ['La. R.S. 14:98.3', 'felony', undefined, 'Operating a vehicle while intoxicated, third offense', 'dui'],
      ['La. R.S. 14:95.1', 'felony', undefined, 'Possession of a firearm by a person convicted of certain felonies', 'public_order'],
    ],
    misdemeanor: [
      ['La. R.S. 14:35', 'misdemeanor', undefined, 'Simple battery', 'violent'],
      ['La. R.S. 14:35.3', 'misdemeanor', undefined, 'Domestic abuse battery', 'violent'],
      ['La. R.S. 14:67', 'misdemeanor', undefined, 'Theft (under $1,000)', 'property'],
      ['La. R.S. 40:966', 'misdemeanor', undefined, 'Possession of marijuana', 'drug'],
      ['La. R.S. 14:98.1', 'misdemeanor', undefined, 'Operating a vehicle while intoxicated, first offense', 'dui'],
      ['La. R.S. 14:95', 'misdemeanor', undefined, 'Illegal carrying of weapons', 'public_order'],
    ],
    parole: [
      ['La. R.S. 14:64', 'felony', undefined, 'Armed robbery', 'violent'],
      ['La. R.S. 14:31', 'felony', undefined, 'Manslaughter', 'violent'],
      ['La. R.S. 14:62', 'felony', undefined, 'Simple burglary', 'property'],
      ['La. R.S. 40:967(A)', 'felony', undefined, 'Possession with intent to distribute (Schedule II)', 'drug'],
      ['La. R.S. 14:98.3', 'felony', undefined, 'Operating a vehicle while intoxicated, third offense', 'dui'],
      ['La. R.S. 14:95.1', 'felony', undefined, 'Possession of a firearm by a person convicted of certain felonies', 'public_order'],
    ],
  }),
  state({
    code: 'US-AZ',
    name: 'Arizona',
    population: { ...ppiCounts(68_027, 6_755), referenceDate: REF_2021 },
    admissions: { total: 7_991, splitTechnical: 2_929 + 3_272, splitNewOffense: 1_641 + 149, ...bjsDenominator('AZ', 84_800) },
    prisonCostPerDay: cost('AZ', 66.67),
    los: { probation: 22.6, parole: 7.8 },
    // Felony classes 2–6; time credits exclude classes 2 and 3 (A.R.S. § 13-924).
    felony: [
      ['A.R.S. § 13-1204', 'felony', '3', 'Aggravated assault', 'violent'],
      ['A.R.S. § 13-3601.02', 'felony', '5', 'Aggravated domestic violence', 'violent'],
      ['A.R.S. § 13-1802', 'felony', '6', 'Theft', 'property'],
      ['A.R.S. § 13-1506', 'felony', '4', 'Burglary in the third degree', 'property'],
      ['A.R.S. § 13-1814', 'felony', '3', 'Theft of means of transportation', 'property'],
      ['A.R.S. § 13-3408(A)(1)', 'felony', '4', 'Possession of narcotic drugs', 'drug'],
      ['A.R.S. § 13-3407(A)(1)', 'felony', '4', 'Possession of a dangerous drug', 'drug'],
      ['A.R.S. § 13-3415', 'felony', '6', 'Possession of drug paraphernalia', 'drug'],
      ['A.R.S. § 28-1383', 'felony', '4', 'Aggravated DUI', 'dui'],
      ['A.R.S. § 13-3102', 'felony', '4', 'Misconduct involving weapons', 'public_order'],
    ],
    misdemeanor: [
      ['A.R.S. § 13-1203', 'misdemeanor', undefined, 'Assault', 'violent'],
      ['A.R.S. § 13-1805', 'misdemeanor', undefined, 'Shoplifting', 'property'],
      ['A.R.S. § 28-1381', 'misdemeanor', undefined, 'Driving under the influence', 'dui'],
      ['A.R.S. § 28-1382', 'misdemeanor', undefined, 'Extreme DUI', 'dui'],
      ['A.R.S. § 13-1201', 'misdemeanor', undefined, 'Endangerment', 'public_order'],
    ],
    parole: [
      ['A.R.S. § 13-1904', 'felony', '2', 'Armed robbery', 'violent'],
      ['A.R.S. § 13-1204', 'felony', '3', 'Aggravated assault', 'violent'],
      ['A.R.S. § 13-1507', 'felony', '3', 'Burglary in the second degree', 'property'],
      ['A.R.S. § 13-1814', 'felony', '3', 'Theft of means of transportation', 'property'],
      ['A.R.S. § 13-3408(A)(7)', 'felony', '2', 'Transporting or selling a narcotic drug', 'drug'],
      ['A.R.S. § 28-1383', 'felony', '4', 'Aggravated DUI', 'dui'],
      ['A.R.S. § 13-3102', 'felony', '4', 'Misconduct involving weapons', 'public_order'],
    ],
    extra: {
      // Arizona probation is run by the superior court's county adult probation departments.
      supervisingAgency: { felonyProbation: 'county', misdemeanorProbation: 'county', parole: 'state' },
    },
  }),
  state({
    code: 'US-NY',
    name: 'New York',
    population: { probation: ny.probation, parole: ny.parole, referenceDate: REF_2021 },
    // Only parole violation admissions were reported, so the denominator is parolees (PPI 2021 derived).
    admissions: {
      total: 10_193,
      splitTechnical: 8_834,
      splitNewOffense: 1_359,
      supervised: ny.parole.value,
      supervisedSource: 'PPI 2021 parole, NY (derived; only parole violations were reported, so parolees are the denominator)',
    },
    prisonCostPerDay: cost('NY', 231.98),
    los: { missing: 'not reported' },
    felony: [
      ['PL 120.05', 'felony', 'D', 'Assault in the second degree', 'violent'],
      ['PL 155.30', 'felony', 'E', 'Grand larceny in the fourth degree', 'property'],
      ['PL 140.20', 'felony', 'D', 'Burglary in the third degree', 'property'],
      ['PL 220.16', 'felony', 'C', 'Criminal possession of a controlled substance in the third degree', 'drug'],
      ['VTL 1192', 'felony', 'E', 'Driving while intoxicated (felony)', 'dui'],
      ['PL 265.02', 'felony', 'D', 'Criminal possession of a weapon in the third degree', 'public_order'],
    ],
    misdemeanor: [
      ['PL 120.00', 'misdemeanor', 'A', 'Assault in the third degree', 'violent'],
      ['PL 155.25', 'misdemeanor', 'A', 'Petit larceny', 'property'],
      ['PL 220.03', 'misdemeanor', 'A', 'Criminal possession of a controlled substance in the seventh degree', 'drug'],
      ['VTL 1192', 'misdemeanor', undefined, 'Driving while intoxicated', 'dui'],
      ['PL 265.01', 'misdemeanor', 'A', 'Criminal possession of a weapon in the fourth degree', 'public_order'],
    ],
    parole: [
      ['PL 160.10', 'felony', 'C', 'Robbery in the second degree', 'violent'],
      ['PL 120.05', 'felony', 'D', 'Assault in the second degree', 'violent'],
      ['PL 140.20', 'felony', 'D', 'Burglary in the third degree', 'property'],
      ['PL 155.30', 'felony', 'E', 'Grand larceny in the fourth degree', 'property'],
      ['PL 220.39', 'felony', 'B', 'Criminal sale of a controlled substance in the third degree', 'drug'],
      ['PL 220.16', 'felony', 'C', 'Criminal possession of a controlled substance in the third degree', 'drug'],
      ['VTL 1192', 'felony', 'E', 'Driving while intoxicated (felony)', 'dui'],
      ['PL 265.03', 'felony', 'C', 'Criminal possession of a weapon in the second degree', 'public_order'],
    ],
    extra: {
      probationShareOfStock: figure(
        0,
        SRC.ours,
        'C',
        'The New York law encoded is the Less Is More Act (L. 2021, ch. 427), which covers parole, conditional release and post-release supervision, not probation; the simulated stock is the parole stock only. The probation count above is kept as a fact, not simulated.',
      ),
    },
  }),
  state({
    code: 'US-FL',
    name: 'Florida',
    population: { ...ppiCounts(178_541, 3_819), referenceDate: REF_2021 },
    admissions: { total: 10_585, splitTechnical: 4_554 + 808, splitNewOffense: 4_887 + 336, ...bjsDenominator('FL', 218_600) },
    prisonCostPerDay: cost('FL', 62.16),
    los: { missing: 'Florida LOS values were implausible and dropped from the CSV' },
    felony: [
      ['Fla. Stat. § 784.021', 'felony', undefined, 'Aggravated assault', 'violent'],
      ['Fla. Stat. § 784.045', 'felony', undefined, 'Aggravated battery', 'violent'],
      ['Fla. Stat. § 812.014', 'felony', undefined, 'Grand theft', 'property'],
      ['Fla. Stat. § 810.02', 'felony', undefined, 'Burglary', 'property'],
      ['Fla. Stat. § 812.019', 'felony', undefined, 'Dealing in stolen property', 'property'],
      ['Fla. Stat. § 893.13(6)(a)', 'felony', undefined, 'Possession of a controlled substance', 'drug'],
      ['Fla. Stat. § 893.13(1)(a)', 'felony', undefined, 'Sale of a controlled substance', 'drug'],
      ['Fla. Stat. § 316.193', 'felony', undefined, 'Driving under the influence, third offense', 'dui'],
      ['Fla. Stat. § 790.23', 'felony', undefined, 'Possession of a firearm by a convicted felon', 'public_order'],
    ],
    misdemeanor: [
      ['Fla. Stat. § 784.03', 'misdemeanor', undefined, 'Battery', 'violent'],
      ['Fla. Stat. § 812.014', 'misdemeanor', undefined, 'Petit theft', 'property'],
      ['Fla. Stat. § 893.13(6)(b)', 'misdemeanor', undefined, 'Possession of cannabis (20 grams or less)', 'drug'],
      ['Fla. Stat. § 316.193', 'misdemeanor', undefined, 'Driving under the influence', 'dui'],
      ['Fla. Stat. § 790.01', 'misdemeanor', undefined, 'Carrying a concealed weapon', 'public_order'],
    ],
    parole: [
      ['Fla. Stat. § 812.13', 'felony', undefined, 'Robbery', 'violent'],
      ['Fla. Stat. § 784.021', 'felony', undefined, 'Aggravated assault', 'violent'],
      ['Fla. Stat. § 810.02', 'felony', undefined, 'Burglary', 'property'],
      ['Fla. Stat. § 893.135', 'felony', undefined, 'Trafficking in controlled substances', 'drug'],
      ['Fla. Stat. § 790.23', 'felony', undefined, 'Possession of a firearm by a convicted felon', 'public_order'],
    ],
  }),
  state({
    code: 'US-FED',
    name: 'Federal',
    population: {
      probation: figure(
        Math.round(FED_TOTAL * FED_PROBATION_SHARE),
        `${SRC.bjs2016}; ${SRC.ours}`,
        'D',
        `BJS 2016 federal community supervision ${FED_TOTAL.toLocaleString('en-US')} (A) × an assumed probation share of ${FED_PROBATION_SHARE} (D, recalled from AO caseload tables: most federal supervision is supervised release).`,
      ),
      parole: figure(
        FED_TOTAL - Math.round(FED_TOTAL * FED_PROBATION_SHARE),
        `${SRC.bjs2016}; ${SRC.ours}`,
        'D',
        `Supervised release (the "parole" kind here): ${FED_TOTAL.toLocaleString('en-US')} × (1 − ${FED_PROBATION_SHARE}). Federal parole proper (old-law cases) is left out.`,
      ),
      referenceDate: '2016-12-31',
    },
    // CSG covers state prisons only: the national rates stand in.
    admissions: {
      total: 246_096,
      splitTechnical: 139_845,
      splitNewOffense: 246_096 - 139_845,
      supervised: 4_357_700,
      supervisedSource: 'BJS PPUS 2019 year-end national; CSG 2019 national admissions (federal system not covered by CSG)',
      source: SRC.csgNational,
    },
    prisonCostPerDay: figure(70.75, SRC.federalCosts, 'B', 'BOP prison cost per day, FY2008.'),
    los: { missing: 'the CSG survey covers state prisons only' },
    probationCost: figure(10.23, SRC.federalCosts, 'B', 'Federal probation supervision per day, FY2008.'),
    paroleCost: figure(
      10.23,
      SRC.federalCosts,
      'B',
      'Federal supervision per day, FY2008 (the same officers supervise supervised release).',
    ),
    felony: [
      ['18 U.S.C. § 111', 'felony', undefined, 'Assaulting, resisting or impeding federal officers', 'violent'],
      ['18 U.S.C. § 1343', 'felony', undefined, 'Wire fraud', 'property'],
      ['18 U.S.C. § 1344', 'felony', undefined, 'Bank fraud', 'property'],
      ['18 U.S.C. § 641', 'felony', undefined, 'Theft of government property', 'property'],
      ['21 U.S.C. § 841', 'felony', undefined, 'Distribution of a controlled substance', 'drug'],
      ['8 U.S.C. § 1326', 'felony', undefined, 'Reentry of a removed alien', 'public_order'],
      ['18 U.S.C. § 922(g)', 'felony', undefined, 'Unlawful possession of a firearm', 'public_order'],
    ],
    misdemeanor: [
      ['18 U.S.C. § 111', 'misdemeanor', undefined, 'Simple assault on a federal officer', 'violent'],
      ['18 U.S.C. § 641', 'misdemeanor', undefined, 'Theft of government property ($1,000 or less)', 'property'],
      ['21 U.S.C. § 844', 'misdemeanor', undefined, 'Simple possession of a controlled substance', 'drug'],
      ['18 U.S.C. § 13', 'misdemeanor', undefined, 'Driving under the influence on federal land (Assimilative Crimes Act)', 'dui'],
    ],
    parole: [
      ['18 U.S.C. § 2113', 'felony', undefined, 'Bank robbery', 'violent'],
      ['18 U.S.C. § 1343', 'felony', undefined, 'Wire fraud', 'property'],
      ['18 U.S.C. § 1028A', 'felony', undefined, 'Aggravated identity theft', 'property'],
      ['21 U.S.C. § 841', 'felony', undefined, 'Distribution of a controlled substance', 'drug'],
      ['18 U.S.C. § 922(g)', 'felony', undefined, 'Unlawful possession of a firearm', 'public_order'],
      ['8 U.S.C. § 1326', 'felony', undefined, 'Reentry of a removed alien', 'public_order'],
    ],
    paroleLength: figure(
      { months: lengths([24, 0.15], [36, 0.45], [48, 0.1], [60, 0.3]) },
      SRC.ours,
      'D',
      'Supervised release terms cluster at 3 years, with 5 years for many drug cases (18 U.S.C. § 3583(b); 21 U.S.C. § 841(b)). Mean 42.6 months. Not measured.',
    ),
    extra: {
      recordKind: { probation: 'probation', parole: 'supervised_release' },
    },
  }),
];

const BY_CODE = new Map(STATE_CALIBRATIONS.map((c) => [c.jurisdiction, c]));

/** The jurisdiction codes with a calibration, in the law engine's order. */
export const CALIBRATED_JURISDICTIONS: readonly string[] = STATE_CALIBRATIONS.map((c) => c.jurisdiction);

export function calibrationFor(code: string): StateCalibration {
  const found = BY_CODE.get(code);
  if (found === undefined) {
    throw new Error(
      `No calibration for jurisdiction ${JSON.stringify(code)}; calibrated jurisdictions are ${CALIBRATED_JURISDICTIONS.join(', ')}.`,
    );
  }
  return found;
}
