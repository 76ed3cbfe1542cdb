/**
 * The campaign pages' numbers in words: counts rounded as a person says them (1,600 rather than 1,587.3),
 * dollars in millions, each figure's band, and the sentence on how the figures were computed. The same
 * rounding as the letters' {{impact}} paragraph (packages/server/src/voices/letter-template.ts), so a
 * supporter's letter and the page they read it on agree.
 */
import type { Band, CampaignImpact } from './types.ts';

export function roundCount(n: number): number {
  const a = Math.abs(n);
  const step = a >= 10_000 ? 1000 : a >= 1000 ? 100 : a >= 100 ? 10 : 1;
  return Math.round(n / step) * step;
}

export const formatCount = (n: number): string => roundCount(n).toLocaleString('en-US').replace('-', '−');

export function formatDollars(n: number): string {
  const a = Math.abs(n);
  const sign = n < 0 ? '−' : '';
  if (a >= 1e9) return `${sign}$${(a / 1e9).toFixed(1)} billion`;
  if (a >= 1e6) return `${sign}$${(a / 1e6).toFixed(1)} million`;
  if (a >= 1e3) return `${sign}$${Math.round(a / 1e3).toLocaleString('en-US')} thousand`;
  return `${sign}$${Math.round(a).toLocaleString('en-US')}`;
}

export interface FigureRow {
  key: keyof CampaignImpact['figures'];
  label: string;
  band: Band;
  format: (n: number) => string;
}

/**
 * The figures the page lists. Revocations and prison admissions are one line while they are the same
 * number (every revocation is a prison admission in the simulator); two if that ever changes.
 */
export function figureRows(impact: CampaignImpact): FigureRow[] {
  const f = impact.figures;
  const same = Math.abs(f.revocationsAvoided.mean - f.prisonAdmissionsAvoided.mean) < 0.5;
  return [
    { key: 'exitsEarlier', label: 'More people finishing supervision early', band: f.exitsEarlier, format: formatCount },
    { key: 'supervisionYearsAvoided', label: 'Years of supervision avoided', band: f.supervisionYearsAvoided, format: formatCount },
    ...(same
      ? [{ key: 'revocationsAvoided' as const, label: 'Revocations to prison avoided', band: f.revocationsAvoided, format: formatCount }]
      : [
          { key: 'revocationsAvoided' as const, label: 'Revocations avoided', band: f.revocationsAvoided, format: formatCount },
          {
            key: 'prisonAdmissionsAvoided' as const,
            label: 'Prison admissions avoided',
            band: f.prisonAdmissionsAvoided,
            format: formatCount,
          },
        ]),
    { key: 'dollarsSaved', label: 'Dollars saved (prison, jail and supervision)', band: f.dollarsSaved, format: formatDollars },
  ];
}

const monthName = (start: string) =>
  new Date(`${start}T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const horizon = (months: number) =>
  months % 12 === 0 ? `${months / 12} year${months === 12 ? '' : 's'}` : `${months} month${months === 1 ? '' : 's'}`;

/** How the figures were computed, in one paragraph a reader can check. */
export function methodSentence(impact: CampaignImpact, stateName: string): string {
  const run = impact.run;
  const people = run.people.toLocaleString('en-US');
  const scaled =
    impact.scale > 1.0001
      ? ` The counts and dollars are scaled from a sample of ${people} to ${stateName}’s ${impact.statePopulation.toLocaleString('en-US')} people on probation and parole (as of ${impact.populationDate}), so each is ${impact.scale.toFixed(1)} times what the sample showed.`
      : '';
  return (
    `The Pathways simulator followed ${people} synthetic people on ${stateName} probation and parole, month by month for ${horizon(run.months)} from ${monthName(run.start)}, ` +
    `once under current law and once under the bill, with the same people and the same luck, and counted the difference. ` +
    `Every end date, credit and limit came from the law as encoded in Pathways. It did this ${run.replications} times with fresh people (seed ${run.seed}); ` +
    `each figure is the average, and the range runs from the 5th to the 95th percentile of those runs.${scaled}`
  );
}
