/**
 * Everything a worker needs to simulate people, built from a plain description of the run (which can
 * be posted to a worker thread): the horizon, the two scenarios' law, the calibration and the
 * population's size. Built the same way in every thread, so every thread simulates the same people.
 */
import { evaluateTerm, walkParameters, type Day, type Jurisdiction } from '@pathways/law';
import { calibrationFor } from '../calibration/states.ts';
import { figure } from '../calibration/figure.ts';
import type { StateCalibration } from '../calibration/state-calibration.ts';
import { synthesizeStockPerson } from '../population/synthesize.ts';
import { RandomStream, STREAM } from '../random.ts';
import { buildScenarios } from '../reforms/scenario.ts';
import { parseReformFile, type ReformText } from '../reforms/reform-file.ts';
import { grantRatesWith, type GrantRateKind } from './behaviour.ts';
import { horizonFrom, type Horizon } from './horizon.ts';
import { GROUPS, LEVELS } from './metrics.ts';
import { entryShareFromPilotDays, pilotServedDays, steadyStateEntryShare } from './steady-entries.ts';
import type { Assumptions, ScenarioLaw } from './person-run.ts';

const CREDIT_PROBE = 400;
/** Stream keys of probe people lie beyond any run's people. */
const PROBE_KEY = 0x7ffe0000;

export interface SimulationSpec {
  /** The reform file (YAML or JSON) as text: its jurisdiction, baseline and reform. Text, not a path, so a
   * run needs no file system (the policy lab runs in a browser) and a worker gets the very same file. */
  reform: ReformText;
  /** First month, YYYY-MM-01. */
  start: string;
  months: number;
  /** People on supervision on the first day (the stock); entrants come on top. */
  people: number;
  seed: number;
  replications: number;
  grantRates: Partial<Record<GrantRateKind, number>>;
  /** Daily costs in US dollars that replace the calibration's (a state's own budget figures). */
  costs?: Partial<Record<CostKind, number>>;
}

export type CostKind = keyof StateCalibration['costPerDay'];
export const COST_KINDS: readonly CostKind[] = ['prison', 'jail', 'probation', 'parole'];

export interface SimulationContext {
  spec: SimulationSpec;
  horizon: Horizon;
  laws: [ScenarioLaw, ScenarioLaw];
  assumptions: Assumptions;
  /** The pilot's and the probe's results, for the workers. */
  measures: RunMeasures;
  /** New terms a month as a share of the stock: what balances the baseline's exits (steady-entries.ts). */
  entryShare: number;
  /** New terms a month (the same every month, so that baseline and reform see the same people). */
  entrantsPerMonth: number;
  /** Stock plus every entrant: the index space the people are drawn in. */
  totalPeople: number;
  /** Offense statute → level-and-group cell, for the statutes the calibration draws. */
  groupCells: Map<string, number>;
  /** What the reform file says about itself, for the outputs. */
  reform: { name: string; citations: string[]; description?: string; jurisdiction: string };
}

/**
 * What a run measures about itself before simulating anyone (a pilot and a probe, a fraction of a second):
 * measured once in the main thread and handed to the workers, which would otherwise each repeat it.
 */
export interface RunMeasures {
  entryShare: number;
  /** Per scenario (baseline, reform): whether anyone earns credits under its law. */
  givesCredits: [boolean, boolean];
}

/** What a run is measured on, before its measures: the reform, the horizon, the calibration with the run's costs. */
function runBasis(spec: SimulationSpec) {
  const file = parseReformFile(spec.reform.text, spec.reform.file);
  const scenarios = buildScenarios(file);
  const horizon = horizonFrom(spec.start, spec.months);
  const calibration = withCosts(calibrationFor(file.jurisdiction), spec.costs ?? {});
  return { file, scenarios, horizon, calibration };
}

/**
 * One share of a run's measures, for workers that measure it together (the policy lab's pool): part `part`
 * of `parts` runs its share of the pilot (pilotServedDays), and part 0 the credits probe as well.
 */
export interface MeasurePart {
  pilotDays: number;
  givesCredits: [boolean, boolean] | null;
}

export function measurePart(spec: SimulationSpec, part: number, parts: number): MeasurePart {
  const { scenarios, horizon, calibration } = runBasis(spec);
  // Whether the baseline gives credits changes only the count of credits, not a day supervised: false will do here.
  const baseline = scenarioLaw(0, scenarios.baseline, horizon, false);
  const assumptions = { calibration, grantRates: grantRatesWith(spec.grantRates) };
  return {
    pilotDays: pilotServedDays(baseline, horizon, assumptions, spec.seed, part, parts),
    givesCredits:
      part === 0
        ? [
            givesCredits(scenarios.baseline, horizon, calibration, spec.seed),
            givesCredits(scenarios.reform, horizon, calibration, spec.seed),
          ]
        : null,
  };
}

/** The run's measures from every part's share: the same as simulationContext measures alone. */
export function measuresFromParts(parts: readonly MeasurePart[]): RunMeasures {
  const credits = parts.find((p) => p.givesCredits !== null)?.givesCredits;
  if (credits === undefined || credits === null) throw new Error('no part measured the credits probe (part 0)');
  return { entryShare: entryShareFromPilotDays(parts.reduce((sum, p) => sum + p.pilotDays, 0)), givesCredits: credits };
}

export function simulationContext(spec: SimulationSpec, measured?: RunMeasures): SimulationContext {
  const { file, scenarios, horizon, calibration } = runBasis(spec);
  const credits =
    measured?.givesCredits ?? [scenarios.baseline, scenarios.reform].map((j) => givesCredits(j, horizon, calibration, spec.seed));
  const laws: [ScenarioLaw, ScenarioLaw] = [
    scenarioLaw(0, scenarios.baseline, horizon, credits[0]!),
    scenarioLaw(1, scenarios.reform, horizon, credits[1]!),
  ];
  const assumptions = { calibration, grantRates: grantRatesWith(spec.grantRates) };
  const entryShare = measured?.entryShare ?? steadyStateEntryShare(laws[0], horizon, assumptions, spec.seed);
  const entrantsPerMonth = Math.round(spec.people * entryShare);
  return {
    spec,
    horizon,
    laws,
    assumptions,
    measures: { entryShare, givesCredits: [laws[0].givesCredits, laws[1].givesCredits] },
    entryShare,
    entrantsPerMonth,
    totalPeople: spec.people + entrantsPerMonth * spec.months,
    groupCells: groupCells(calibration),
    reform: {
      name: file.name,
      citations: file.citations,
      jurisdiction: file.jurisdiction,
      ...(file.description !== undefined ? { description: file.description } : {}),
    },
  };
}

function scenarioLaw(index: number, jurisdiction: Jurisdiction, horizon: Horizon, givesCredits: boolean): ScenarioLaw {
  const end = horizon.monthStart[horizon.months]!;
  const days = new Set<Day>();
  for (const [, p] of walkParameters(jurisdiction.parameters)) for (const d of p.fromDays) if (d > horizon.start && d < end) days.add(d);
  return {
    index,
    jurisdiction,
    changeDays: [...days].sort((a, b) => a - b),
    givesCredits,
  };
}

/**
 * Whether anyone earns credits under this law: a probe of people from the stock, compliant to the
 * horizon's last day. A law with no credits (most of them, and Missouri before 2012) then skips the
 * evaluation that counts each person's credits at their exit.
 */
function givesCredits(jurisdiction: Jurisdiction, horizon: Horizon, calibration: StateCalibration, seed: number): boolean {
  const last = horizon.monthStart[horizon.months]! - 1;
  for (let i = 0; i < CREDIT_PROBE; i++) {
    const record = synthesizeStockPerson(calibration, new RandomStream(seed, PROBE_KEY, i, STREAM.person), `P-${i + 1}`, horizon.start);
    for (const day of [horizon.start + 365, last]) {
      if (day > last) continue;
      if (evaluateTerm(jurisdiction, record, record.terms[0]!, day).earnedCreditDays > 0) return true;
    }
  }
  return false;
}

function withCosts(calibration: StateCalibration, costs: Partial<Record<CostKind, number>>): StateCalibration {
  const costPerDay = { ...calibration.costPerDay };
  for (const [kind, usd] of Object.entries(costs) as [CostKind, number][]) {
    if (!COST_KINDS.includes(kind)) throw new RangeError(`no cost "${kind}"; the costs are ${COST_KINDS.join(', ')}`);
    if (!(usd >= 0)) throw new RangeError(`the ${kind} cost must be a number of dollars a day, 0 or more; got ${usd}`);
    costPerDay[kind] = figure(usd, 'Set for this run', 'D');
  }
  return { ...calibration, costPerDay };
}

function groupCells(calibration: StateCalibration): Map<string, number> {
  const cells = new Map<string, number>();
  for (const o of [...calibration.offenses.probation, ...calibration.offenses.parole]) {
    cells.set(o.statute, LEVELS.indexOf(o.level) * GROUPS.length + GROUPS.indexOf(o.group));
  }
  return cells;
}
