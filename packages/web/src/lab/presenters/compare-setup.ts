/**
 * What sets compared runs apart besides the reform: the key numbers are totals over a population and a
 * horizon, so runs of different sizes, horizons or states are not like for like. The compare table
 * shows each run's setup in a row and says, above the table, which setting differs.
 */
import type { LabRunSize, LabState } from './lab-state.ts';

interface Setting {
  name: string;
  of: (state: LabState) => string | number;
}

/**
 * Settings that change the totals' scale. The seed and the replications change only the luck and the
 * width of the intervals, which the intervals already show.
 */
const SCALE_SETTINGS: Setting[] = [
  { name: 'jurisdiction', of: (s) => s.jurisdiction },
  { name: 'people on the first day', of: (s) => s.run.people },
  { name: 'months', of: (s) => s.run.months },
  { name: 'first month', of: (s) => s.run.start },
];

/** The names of the scale settings that are not the same in every run ([] for one run or like runs). */
export function differingSettings(states: readonly LabState[]): string[] {
  return SCALE_SETTINGS.filter((setting) => new Set(states.map(setting.of)).size > 1).map((setting) => setting.name);
}

/** "The runs differ in people on the first day and months: …": null when they are set up alike. */
export function setupWarning(states: readonly LabState[]): string | null {
  const names = differingSettings(states);
  if (names.length === 0) return null;
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return `These runs differ in ${list}, so their totals are not like for like: compare each run with its own baseline, or run them again with the same setup.`;
}

/** One run's setup as the table's row shows it: "Georgia · 356,000 people · 60 months from 2026-12-01". */
export function setupText(run: LabRunSize, jurisdictionName: string): string {
  return `${jurisdictionName} · ${run.people.toLocaleString('en-US')} people · ${run.months.toLocaleString('en-US')} months from ${run.start}`;
}
