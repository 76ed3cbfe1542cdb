/**
 * A campaign's impact numbers: the simulator run on the campaign's reform file (baseline against the bill,
 * the same synthetic people under both), boiled down to the figures a campaign page and a letter quote,
 * each with its band, and what a reader needs to trust them: the run's size and seed, the state's
 * population the counts stand for, the assumptions that move them most (costs, violation and revocation
 * rates) with their sources, the reform's citations, and a policy-lab link that reproduces the run.
 *
 * The figures are "avoided" and "saved": baseline minus reform, so a good bill has positive numbers. The
 * band is the simulator's: the 5th to 95th percentile over the replications, each replication comparing
 * the two laws on the same people and luck (packages/sim/src/microsim/summary.ts).
 *
 * Run size. The state's own supervised population is best (the counts are then the state's, unscaled),
 * and it is the default. A smaller sample may be asked for (a quick look from the desk, the demo's seed,
 * the tests): every count and dollar is then multiplied by the state's population over the sample's, and
 * the page says so ("scaled from a sample of N"). Scaling is fair because the simulated people are drawn
 * independently from the state's calibration, so the sample's totals grow in proportion to its size; what
 * it does not shrink is the noise, which the band shows.
 */
import {
  calibrationFor,
  derived,
  estimate,
  runSimulation,
  statePopulation,
  type Estimate,
  type SimulationResult,
  type SimulationSpec,
} from '@pathways/sim';
import { z } from 'zod';
import { shippedReform, shippedReformText } from './campaign-reforms.ts';

/** The run a campaign asks for. `people: null` is the state's own supervised population. */
export interface ImpactRun {
  people: number | null;
  replications: number;
  months: number;
  seed: number;
}

/**
 * The default: the whole state, three years (what a legislator is asked to weigh), five replications
 * (enough for a band; each costs a full run of the state, so a minute or more on a small server).
 */
export const DEFAULT_IMPACT_RUN: ImpactRun = { people: null, replications: 5, months: 36, seed: 1 };

/** A run as a request may ask for it (the desk's quick sample) and as the campaign row keeps it. */
export const impactRunSchema = z
  .object({
    people: z
      .number()
      .int()
      .min(100)
      .max(10_000_000)
      .nullable()
      .describe('People on supervision on the first day; null: the state’s own supervised population (the default).'),
    replications: z.number().int().min(2).max(50).describe('Runs with fresh people and luck, for the band (default 5).'),
    months: z.number().int().min(12).max(120).describe('The horizon (default 36).'),
    seed: z.number().int().min(0).max(0xffffffff).describe('The random seed (default 1).'),
  })
  .strict();

export interface Band {
  mean: number;
  low: number;
  high: number;
}

export interface ImpactAssumption {
  label: string;
  value: string;
  source: string;
  /** The research notes' grade: A read in the source, B secondary, C derived, D our assumption. */
  confidence: string;
}

export interface CampaignImpact {
  reform: { file: string; name: string; jurisdiction: string; citations: string[]; description: string | null };
  run: { start: string; months: number; people: number; replications: number; seed: number };
  /** People on probation and parole in the state on the calibration's reference date. */
  statePopulation: number;
  populationDate: string;
  /** statePopulation ÷ run.people: what every count was multiplied by (1: the whole state was simulated). */
  scale: number;
  figures: {
    /** More people whose supervision ends before its scheduled end (credits, caps, early termination). */
    exitsEarlier: Band;
    supervisionYearsAvoided: Band;
    revocationsAvoided: Band;
    /** Every revocation is a prison admission in this model; kept apart in case that changes. */
    prisonAdmissionsAvoided: Band;
    /** Prison, jail and supervision, at the calibration's daily costs. */
    dollarsSaved: Band;
  };
  assumptions: ImpactAssumption[];
  /** The policy lab with this very run (same file, size, horizon and seed), unscaled. */
  labUrl: string;
  computedAt: string;
  seconds: number;
}

export class ImpactInputError extends Error {}

/** The first month of the run: the file's own, else the month after `today`. */
function startMonth(fileStart: string | null, today: Date): string {
  if (fileStart !== null) return fileStart;
  const next = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
  return next.toISOString().slice(0, 10);
}

/** The simulation a campaign's run asks for; throws ImpactInputError for a file that is not shipped. */
export function impactSpec(reformFile: string, run: ImpactRun, today: Date): SimulationSpec {
  const shipped = shippedReform(reformFile);
  const reform = shippedReformText(reformFile);
  if (!shipped || !reform) throw new ImpactInputError(`${reformFile} is not one of the shipped reform files.`);
  return {
    reform,
    start: startMonth(shipped.start, today),
    months: run.months,
    people: run.people ?? statePopulation(calibrationFor(shipped.jurisdiction)),
    seed: run.seed,
    replications: run.replications,
    grantRates: {},
  };
}

const avoided = (e: Estimate): Band => ({ mean: -e.mean, low: -e.high, high: -e.low });
const scaled = (b: Band, k: number): Band => ({ mean: b.mean * k, low: b.low * k, high: b.high * k });

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/**
 * The policy lab's share link for this run: the lab's state (packages/web/src/lab/presenters/lab-state.ts)
 * as base64url JSON, the bill left as it is, so the lab runs the very same file, size and seed.
 */
export function labUrl(reformFile: string, jurisdiction: string, spec: SimulationSpec): string {
  const state = {
    jurisdiction,
    bill: reformFile,
    overrides: {},
    costs: {},
    run: { start: spec.start, months: spec.months, people: spec.people, seed: spec.seed, replications: spec.replications },
  };
  return `/lab/?s=${base64url(JSON.stringify(state))}`;
}

const usd = (n: number) => `$${n.toLocaleString('en-US', { maximumFractionDigits: 2 })} a day`;
const percent = (p: number) => `${(p * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;

/** From a finished run to what the campaign keeps. */
export function impactFromResult(reformFile: string, spec: SimulationSpec, result: SimulationResult, computedAt: Date): CampaignImpact {
  const shipped = shippedReform(reformFile);
  if (!shipped) throw new ImpactInputError(`${reformFile} is not one of the shipped reform files.`);
  const cal = result.context.assumptions.calibration;
  const totals = result.summary.totals;
  const k = result.statePopulation / spec.people;
  const revocations = estimate(
    result.tallies.map((t) => {
      const of = (s: number) =>
        derived(t, s, 'technicalRevocations', cal) +
        derived(t, s, 'newOffenseRevocations', cal) +
        derived(t, s, 'abscondingRevocations', cal);
      return of(1) - of(0);
    }),
  );
  const figures = {
    exitsEarlier: scaled(totals.exitsBeforeScheduledEnd!.difference, k),
    supervisionYearsAvoided: scaled(avoided(totals.supervisionYears!.difference), k),
    revocationsAvoided: scaled(avoided(revocations), k),
    prisonAdmissionsAvoided: scaled(avoided(totals.prisonAdmissions!.difference), k),
    dollarsSaved: scaled(avoided(totals.totalCostUsd!.difference), k),
  };
  const c = cal.costPerDay;
  const assumptions: ImpactAssumption[] = [
    { label: 'People on probation', value: cal.population.probation.value.toLocaleString('en-US'), ...sourceOf(cal.population.probation) },
    { label: 'People on parole', value: cal.population.parole.value.toLocaleString('en-US'), ...sourceOf(cal.population.parole) },
    { label: 'Prison, cost', value: usd(c.prison.value), ...sourceOf(c.prison) },
    { label: 'Jail, cost', value: usd(c.jail.value), ...sourceOf(c.jail) },
    { label: 'Probation, cost', value: usd(c.probation.value), ...sourceOf(c.probation) },
    { label: 'Parole, cost', value: usd(c.parole.value), ...sourceOf(c.parole) },
    {
      label: 'Technical violations reported, a month',
      value: percent(cal.monthlyHazard.technical.value),
      ...sourceOf(cal.monthlyHazard.technical),
    },
    {
      label: 'Technical violations answered with revocation',
      value: percent(cal.response.revokeTechnical.value),
      ...sourceOf(cal.response.revokeTechnical),
    },
  ];
  return {
    reform: {
      file: reformFile,
      name: result.context.reform.name,
      jurisdiction: result.context.reform.jurisdiction,
      citations: result.context.reform.citations,
      description: result.context.reform.description ?? null,
    },
    run: { start: spec.start, months: spec.months, people: spec.people, replications: spec.replications, seed: spec.seed },
    statePopulation: result.statePopulation,
    populationDate: cal.population.referenceDate,
    scale: k,
    figures,
    assumptions,
    labUrl: labUrl(reformFile, shipped.jurisdiction, spec),
    computedAt: computedAt.toISOString(),
    seconds: Math.round(result.seconds * 10) / 10,
  };
}

function sourceOf(f: { source: string; confidence: string }): { source: string; confidence: string } {
  return { source: f.source, confidence: f.confidence };
}

/**
 * Runs the simulation for a campaign, `today` being the clock's time (the run's default start month, and
 * when the figures were computed). `workers`: 1 runs in the calling thread (the demo's seed, which has
 * nothing else to do); the default is two worker threads, so a server's event loop never waits on a run.
 */
export async function computeImpact(
  reformFile: string,
  run: ImpactRun,
  options: { today: Date; workers?: number },
): Promise<CampaignImpact> {
  const spec = impactSpec(reformFile, run, options.today);
  // Two threads at most: a campaign's run shares the server with everything else it does.
  const workers = options.workers ?? 2;
  const result = await runSimulation(spec, { workers });
  return impactFromResult(reformFile, spec, result, options.today);
}
