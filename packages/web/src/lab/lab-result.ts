/**
 * What a run gives the page (`LabResult`), from the run's context and its tallies: the summary and the
 * plain parts of the context (the laws hold functions, which cannot cross to a worker and back).
 */
import { simulationResult, type HelpedPerson, type SimulationContext, type Tally } from '@pathways/sim/core';
import type { LabResult } from './presenters/results.ts';

export function labResult(context: SimulationContext, tallies: Tally[], started: number, helped: HelpedPerson[]): LabResult {
  const result = simulationResult(context, tallies, started);
  const { spec } = context;
  return {
    summary: result.summary,
    reform: context.reform,
    calibration: context.assumptions.calibration,
    grantRates: Object.fromEntries(Object.entries(context.assumptions.grantRates).map(([k, f]) => [k, f.value])),
    entryShare: context.entryShare,
    entrantsPerMonth: context.entrantsPerMonth,
    totalPeople: context.totalPeople,
    statePopulation: result.statePopulation,
    seconds: result.seconds,
    personMonths: result.personMonths,
    spec: { start: spec.start, months: spec.months, people: spec.people, seed: spec.seed, replications: tallies.length },
    helped,
  };
}
