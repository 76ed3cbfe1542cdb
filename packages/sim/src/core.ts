/**
 * `@pathways/sim/core`: the simulator without Node APIs, for the browser (the policy lab runs it in a Web
 * Worker). The population, the calibrations, the reforms (checked from their text), the month-by-month
 * simulation, the summary and the chart, and a run in the calling thread. What needs Node (reading reform
 * files, worker threads, writing outputs) is only in the package's main entry, ./index.ts. A test bundles
 * this entry for the browser to keep it so.
 */
export * from './random.ts';
export * from './calibration/figure.ts';
export * from './calibration/state-calibration.ts';
export * from './calibration/national.ts';
export * from './calibration/states.ts';
export * from './microsim/behaviour.ts';
export * from './microsim/horizon.ts';
export * from './microsim/metrics.ts';
export * from './microsim/simulation-context.ts';
export * from './microsim/summary.ts';
export * from './population/synthesize.ts';
export * from './reforms/reform-file.ts';
export * from './reforms/law-as-of.ts';
export * from './reforms/rule-templates.ts';
export * from './reforms/scenario.ts';
export * from './report/population-chart.ts';
export * from './run/run-in-thread.ts';
export * from './microsim/run-range.ts';
export type { Task } from './run/messages.ts';
export * from './reforms/who-it-helps.ts';
