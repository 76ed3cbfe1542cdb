/**
 * Varied person records for the benchmark: several jurisdictions, one to three terms, violations,
 * custody, absconding, payments, achievements and orders. Seeded, so the same seed writes the same file.
 * (Calibrated synthetic populations for the simulator are a separate tool; these only need variety.)
 */
import { addMonths, dayFromCivil, formatIsoDate } from '@pathways/law';

/** mulberry32: a small, fast, seedable generator; quality is ample for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface OffenseChoice {
  statute: string;
  level: string;
  class?: string;
  description: string;
  maxPrisonMonths?: number;
  /** The kind of term this offense is supervised under where it is not probation. */
  kind?: string;
}

const OFFENSES: Record<string, OffenseChoice[]> = {
  'US-CA': [
    { statute: 'PC 459', level: 'felony', description: 'Burglary' },
    { statute: 'PC 211', level: 'felony', description: 'Robbery' },
    { statute: 'PC 487(a)', level: 'felony', description: 'Grand theft' },
    { statute: 'VC 23152(a)', level: 'misdemeanor', description: 'Driving under the influence' },
    { statute: 'PC 273.5(a)', level: 'felony', description: 'Corporal injury to a spouse or cohabitant' },
    { statute: 'PC 484(a)', level: 'misdemeanor', description: 'Petty theft' },
    { statute: 'HS 11350', level: 'misdemeanor', description: 'Possession of a controlled substance' },
  ],
  'US-MO': [
    { statute: 'RSMo 570.030', level: 'felony', class: 'E', description: 'Stealing' },
    { statute: 'RSMo 579.015', level: 'felony', class: 'D', description: 'Possession of a controlled substance' },
    { statute: 'RSMo 579.020', level: 'felony', class: 'C', description: 'Delivery of a controlled substance' },
    { statute: 'RSMo 569.170', level: 'felony', class: 'D', description: 'Burglary in the second degree' },
    { statute: 'RSMo 565.225', level: 'felony', class: 'E', description: 'Stalking in the first degree' },
    { statute: 'RSMo 571.070', level: 'felony', class: 'D', description: 'Unlawful possession of a firearm' },
  ],
  'US-PA': [
    { statute: '18 Pa.C.S. 3921', level: 'felony', class: 'F3', description: 'Theft by unlawful taking' },
    { statute: '18 Pa.C.S. 3929', level: 'misdemeanor', class: 'M2', description: 'Retail theft' },
    { statute: '18 Pa.C.S. 2701', level: 'misdemeanor', class: 'M2', description: 'Simple assault' },
    { statute: '35 P.S. 780-113(a)(16)', level: 'misdemeanor', description: 'Possession of a controlled substance' },
    { statute: '18 Pa.C.S. 3502', level: 'felony', class: 'F2', description: 'Burglary' },
    { statute: '75 Pa.C.S. 3802', level: 'misdemeanor', class: 'M1', description: 'Driving under the influence' },
  ],
  'US-MI': [
    { statute: 'MCL 750.413', level: 'felony', description: 'Unlawfully driving away an automobile' },
    { statute: 'MCL 750.356', level: 'misdemeanor', description: 'Larceny' },
    { statute: 'MCL 257.625', level: 'misdemeanor', description: 'Operating while intoxicated' },
    { statute: 'MCL 333.7403', level: 'felony', description: 'Possession of a controlled substance' },
    { statute: 'MCL 750.81', level: 'misdemeanor', description: 'Domestic assault' },
    { statute: 'MCL 750.110a', level: 'felony', description: 'Home invasion' },
  ],
};
Object.assign(OFFENSES, {
  'US-GA': [
    { statute: 'O.C.G.A. § 16-8-2', level: 'felony', description: 'Theft by taking' },
    { statute: 'O.C.G.A. § 16-13-30', level: 'felony', description: 'Possession of a controlled substance' },
    { statute: 'O.C.G.A. § 16-7-1', level: 'felony', description: 'Burglary' },
    { statute: 'O.C.G.A. § 16-5-21', level: 'felony', description: 'Aggravated assault' },
    { statute: 'O.C.G.A. § 16-8-41', level: 'felony', description: 'Armed robbery' },
  ],
  'US-MN': [
    { statute: 'Minn. Stat. § 609.52', level: 'felony', description: 'Theft', maxPrisonMonths: 60 },
    { statute: 'Minn. Stat. § 152.025', level: 'felony', description: 'Fifth-degree controlled substance crime', maxPrisonMonths: 60 },
    { statute: 'Minn. Stat. § 609.582', level: 'felony', description: 'Burglary', maxPrisonMonths: 120 },
    { statute: 'Minn. Stat. § 169A.20', level: 'gross_misdemeanor', description: 'Driving while impaired' },
    { statute: 'Minn. Stat. § 609.2242', level: 'misdemeanor', description: 'Domestic assault' },
  ],
  'US-VA': [
    { statute: 'Va. Code § 18.2-95', level: 'felony', description: 'Grand larceny' },
    { statute: 'Va. Code § 18.2-250', level: 'felony', description: 'Possession of a controlled substance' },
    { statute: 'Va. Code § 18.2-91', level: 'felony', description: 'Breaking and entering' },
    { statute: 'Va. Code § 18.2-266', level: 'misdemeanor', description: 'Driving while intoxicated' },
    { statute: 'Va. Code § 18.2-57.2', level: 'misdemeanor', description: 'Assault and battery of a family member' },
  ],
  'US-LA': [
    { statute: 'La. R.S. 14:67', level: 'felony', description: 'Theft' },
    { statute: 'La. R.S. 40:967', level: 'felony', description: 'Possession of a controlled substance' },
    { statute: 'La. R.S. 14:62', level: 'felony', description: 'Simple burglary' },
    { statute: 'La. R.S. 14:64', level: 'felony', description: 'Armed robbery' },
    { statute: 'La. R.S. 14:98', level: 'misdemeanor', description: 'Operating a vehicle while intoxicated' },
  ],
  'US-AZ': [
    { statute: 'A.R.S. § 13-1802', level: 'felony', class: '6', description: 'Theft' },
    { statute: 'A.R.S. § 13-3408', level: 'felony', class: '4', description: 'Possession of narcotic drugs' },
    { statute: 'A.R.S. § 13-1506', level: 'felony', class: '4', description: 'Burglary in the third degree' },
    { statute: 'A.R.S. § 13-1204', level: 'felony', class: '3', description: 'Aggravated assault' },
    { statute: 'A.R.S. § 13-1814', level: 'felony', class: '5', description: 'Theft of means of transportation' },
  ],
  'US-NY': [
    { statute: 'PL 155.30', level: 'felony', description: 'Grand larceny in the fourth degree', kind: 'parole' },
    { statute: 'PL 220.16', level: 'felony', description: 'Criminal possession of a controlled substance', kind: 'parole' },
    { statute: 'PL 140.20', level: 'felony', description: 'Burglary in the third degree', kind: 'parole' },
    { statute: 'PL 160.10', level: 'felony', description: 'Robbery in the second degree', kind: 'supervised_release' },
  ],
  'US-FL': [
    { statute: 'Fla. Stat. § 812.014', level: 'felony', description: 'Theft' },
    { statute: 'Fla. Stat. § 893.13', level: 'felony', description: 'Possession of a controlled substance' },
    { statute: 'Fla. Stat. § 810.02', level: 'felony', description: 'Burglary' },
    { statute: 'Fla. Stat. § 316.193', level: 'misdemeanor', description: 'Driving under the influence' },
  ],
  'US-FED': [
    { statute: '18 U.S.C. § 922(g)', level: 'felony', description: 'Unlawful possession of a firearm', kind: 'supervised_release' },
    { statute: '21 U.S.C. § 841', level: 'felony', description: 'Distribution of a controlled substance', kind: 'supervised_release' },
    { statute: '18 U.S.C. § 1343', level: 'felony', description: 'Wire fraud', kind: 'supervised_release' },
    { statute: '18 U.S.C. § 641', level: 'misdemeanor', description: 'Theft of government property' },
  ],
} satisfies typeof OFFENSES);
const JURISDICTIONS = Object.keys(OFFENSES);

export function generatePerson(random: () => number, index: number): object {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const iso = formatIsoDate;
  const jurisdiction = pick(JURISDICTIONS);
  const termCount = random() < 0.7 ? 1 : random() < 0.8 ? 2 : 3;
  const terms = [];
  const events: object[] = [];
  for (let t = 0; t < termCount; t++) {
    const { kind, ...offense } = pick(OFFENSES[jurisdiction]!);
    const sentence = dayFromCivil(int(2012, 2025), int(1, 12), int(1, 28));
    const start = random() < 0.85 ? sentence : addMonths(sentence, int(1, 18));
    const years = offense.level === 'felony' ? int(1, 6) : int(1, 3);
    const restitution = random() < 0.3 ? int(200, 30_000) : undefined;
    const termId = `T-${t + 1}`;
    terms.push({
      id: termId,
      jurisdiction,
      kind: kind ?? (random() < 0.9 ? 'probation' : 'parole'),
      sentenceDate: iso(sentence),
      startDate: iso(start),
      length: random() < 0.8 ? { years } : { years, months: int(1, 11) },
      supervisingAgency: random() < 0.9 ? 'state' : 'county',
      offenses: [{ ...offense, offenseDate: iso(sentence - int(30, 400)) }],
      ...(restitution === undefined ? {} : { restitutionOrderedUsd: restitution }),
    });
    const at = (maxDays: number) => iso(start + int(0, maxDays));
    for (let v = int(0, 3); v > 0; v--) {
      events.push({
        type: 'violation',
        termId,
        date: at(years * 365),
        category: pick(['technical', 'technical', 'technical', 'new_offense', 'absconding']),
        kinds: [pick(['missed_appointment', 'positive_drug_test', 'curfew', 'failure_to_pay', 'program_noncompliance'])],
        status: pick(['reported', 'sustained', 'sustained', 'dismissed']),
        episodeId: `E-${int(1, 3)}`,
        ...(random() < 0.3 ? { sanction: { type: 'jail', days: int(1, 30) } } : {}),
      });
    }
    if (restitution !== undefined) {
      for (let p = int(0, 4); p > 0; p--)
        events.push({ type: 'payment', termId, date: at(years * 365), amountUsd: int(50, restitution), kind: 'restitution' });
    }
    if (random() < 0.15) {
      const s = start + int(30, 900);
      events.push({ type: 'custody', termId, start: iso(s), end: iso(s + int(1, 60)), reason: 'violation' });
    }
    if (random() < 0.05) {
      const s = start + int(30, 900);
      events.push({ type: 'absconded', termId, start: iso(s), end: iso(s + int(10, 200)) });
    }
    if (random() < 0.2)
      events.push({
        type: 'achievement',
        termId,
        date: at(years * 365),
        kind: pick(['ged', 'vocational_certificate', 'high_school_diploma']),
        approved: true,
      });
  }
  return { id: `P-${String(index).padStart(7, '0')}`, terms, events };
}
