/**
 * A simulation run in the thread that asks for it: every replication's people in ranges, tallied and
 * summarized. No Node API, so the policy lab runs the very same code in a browser's Web Worker; the
 * command line's runSimulation (run-simulation.ts) hands the same ranges to worker threads instead and
 * merges the same tallies, so the figures are the same either way for a seed.
 */
import { Tally } from '../microsim/metrics.ts';
import { statePopulation } from '../calibration/state-calibration.ts';
import { runRange } from '../microsim/run-range.ts';
import { simulationContext, type SimulationContext, type SimulationSpec } from '../microsim/simulation-context.ts';
import { summarize, type Summary } from '../microsim/summary.ts';
import type { Task } from './messages.ts';

export interface SimulationResult {
  context: SimulationContext;
  tallies: Tally[];
  summary: Summary;
  /** The state's people on supervision on its calibration's reference date, beside the people simulated. */
  statePopulation: number;
  seconds: number;
  /** Person-months simulated, both scenarios and every replication. */
  personMonths: number;
}

/** Ranges small enough to keep every worker busy to the end, large enough to cost little to post. */
export function splitIntoTasks(context: SimulationContext, workers: number): Task[] {
  const size = Math.max(500, Math.ceil(context.totalPeople / (Math.max(1, workers) * 16)));
  const tasks: Task[] = [];
  for (let replication = 0; replication < context.spec.replications; replication++) {
    for (let from = 0; from < context.totalPeople; from += size) {
      tasks.push({ id: tasks.length, replication, from, to: Math.min(context.totalPeople, from + size) });
    }
  }
  return tasks;
}

/** One tally per replication, ready to be filled by ranges. */
export function emptyTallies(context: SimulationContext): Tally[] {
  return Array.from({ length: context.spec.replications }, () => new Tally(context.horizon.months));
}

/** The result of a run whose tallies are filled: the summary and the run's size and time. */
export function simulationResult(context: SimulationContext, tallies: Tally[], started: number): SimulationResult {
  const cal = context.assumptions.calibration;
  let personMonths = 0;
  for (const t of tallies) personMonths += t.total(0, 'personMonths') + t.total(1, 'personMonths');
  return {
    context,
    tallies,
    summary: summarize(tallies, cal),
    statePopulation: statePopulation(cal),
    seconds: (performance.now() - started) / 1000,
    personMonths,
  };
}

/** Runs every range here; `onProgress` as runSimulation's (people done, of all, both scenarios counted once). */
export function runInThisThread(spec: SimulationSpec, onProgress?: (done: number, total: number) => void): SimulationResult {
  const started = performance.now();
  const context = simulationContext(spec);
  const tallies = emptyTallies(context);
  const total = context.totalPeople * spec.replications;
  let done = 0;
  for (const task of splitIntoTasks(context, 1)) {
    runRange(context, task.replication, task.from, task.to, tallies[task.replication]!, (people) => {
      done += people;
      onProgress?.(done, total);
    });
  }
  return simulationResult(context, tallies, started);
}
