/**
 * How many new terms begin each month. The published flow (PPUS 2015: entries ≈ 52% of the stock a year,
 * the calibration's `monthlyEntryShare`) is national; a state's exits under its own law and revocation
 * rate differ (Missouri revokes about 24 people per 100 supervised a year, CSG 2017), and at the national
 * flow its population would shrink or grow for reasons that have nothing to do with the bill.
 *
 * Reading chosen: entries keep the population level under current law, so that every change in the
 * reform scenario is the reform's. In a steady state, population = entries a month × mean months served
 * (Little's law), so entries a month = stock ÷ the mean months an entrant serves under the baseline. That
 * mean is measured on a pilot: `PILOT` entrants starting on the first day, followed for ten years (a
 * term still running then counts its ten years). The pilot's people are drawn from their own stream
 * key, so the run is the same in every thread.
 */
import { synthesizeEntrant } from '../population/synthesize.ts';
import { RandomStream, STREAM } from '../random.ts';
import { horizonFrom, type Horizon } from './horizon.ts';
import { Tally } from './metrics.ts';
import { runPerson, type Assumptions, type ScenarioLaw } from './person-run.ts';

const PILOT = 3000;
const PILOT_MONTHS = 120;
/** Stream keys of pilot people lie far beyond any run's people, so they are never the run's people. */
const PILOT_KEY = 0x7fff0000;

export function steadyStateEntryShare(law: ScenarioLaw, horizon: Horizon, assumptions: Assumptions, seed: number): number {
  return entryShareFromPilotDays(pilotServedDays(law, horizon, assumptions, seed, 0, 1));
}

/**
 * Days the pilot's people `part`, `part + parts`, … are supervised: one share of the pilot, so that a pool
 * of workers can measure it together (the policy lab). Whole days, so the shares add up exactly.
 */
export function pilotServedDays(
  law: ScenarioLaw,
  horizon: Horizon,
  assumptions: Assumptions,
  seed: number,
  part: number,
  parts: number,
): number {
  const pilot = horizonFrom(horizon.start, PILOT_MONTHS);
  const tally = new Tally(PILOT_MONTHS);
  const baseline = { ...law, index: 0 };
  for (let i = part; i < PILOT; i += parts) {
    const record = synthesizeEntrant(
      assumptions.calibration,
      new RandomStream(seed, PILOT_KEY, i, STREAM.person),
      `P-${i + 1}`,
      pilot.start,
    );
    runPerson(
      { record, entryMonth: 0, entrant: true, groupCell: 0 },
      baseline,
      pilot,
      assumptions,
      new RandomStream(seed, PILOT_KEY, i, STREAM.months),
      tally,
    );
  }
  return (
    tally.monthlySeries(0, 'probationDays').reduce((a, b) => a + b, 0) + tally.monthlySeries(0, 'paroleDays').reduce((a, b) => a + b, 0)
  );
}

/** New terms a month as a share of the stock, from the days the whole pilot is supervised. */
export function entryShareFromPilotDays(days: number): number {
  const meanMonths = days / PILOT / (365.25 / 12);
  return 1 / meanMonths;
}
