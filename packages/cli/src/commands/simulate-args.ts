/** The command line of `pathways simulate`, checked into `SimulateOptions`; any problem is a usage error. */
import { parseOptions } from '../io/parse-options.ts';
import { tryParseIsoDate } from '@pathways/law';
import { COST_KINDS, DEFAULT_GRANT_RATES, type CostKind, type GrantRateKind } from '@pathways/sim';
import { SimulateUsageError, type SimulateOptions } from './simulate.ts';

export const SIMULATE_USAGE = `  simulate --reform FILE --out DIR   a reform against current law on a synthetic population, month by month
      --jurisdiction CODE             optional check: the reform file's jurisdiction
      --years N | --months N          the horizon (default 5 years)
      --start YYYY-MM-01              the first month (default: the reform file's start, else this month)
      --people N                      people on supervision on the first day (default: the state's count)
      --seed S                        whole number (default 1); the same seed gives the same results
      --replications R                runs with fresh people and luck, for the 90% intervals (default 10)
      --workers W                     worker threads (default: one a core)
      --grant-rate KIND=P             how often an open opportunity is granted: early_termination (a month),
                                      review_conference (at the review), earned_discharge and term_cap (a month)
      --cost KIND=USD                 a daily cost replacing the state's figure: prison, jail, probation, parole
`;

function whole(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new SimulateUsageError(
      `--${name} must be a whole number from ${min} to ${max.toLocaleString('en-US')}, not ${JSON.stringify(text)}`,
    );
  return n;
}

/** The most people a run draws (and `synth` writes): about 6 GB of JSON Lines. */
export const MAX_PEOPLE = 50_000_000;

export function parseSimulateArgs(args: string[]): SimulateOptions {
  const { values, positionals } = parseOptions({
    args,
    allowPositionals: true,
    options: {
      reform: { type: 'string' },
      jurisdiction: { type: 'string' },
      years: { type: 'string' },
      months: { type: 'string' },
      start: { type: 'string' },
      people: { type: 'string' },
      seed: { type: 'string', default: '1' },
      replications: { type: 'string', default: '10' },
      workers: { type: 'string' },
      'grant-rate': { type: 'string', multiple: true },
      cost: { type: 'string', multiple: true },
      out: { type: 'string' },
    },
  });
  if (positionals.length > 0) throw new SimulateUsageError(`simulate takes no FILE arguments (got ${JSON.stringify(positionals[0])})`);
  if (values.reform === undefined) throw new SimulateUsageError('simulate needs --reform FILE (see reforms/README.md)');
  if (values.out === undefined || values.out === '') throw new SimulateUsageError('simulate needs --out DIR');
  if (values.years !== undefined && values.months !== undefined) throw new SimulateUsageError('give --years or --months, not both');
  const months = whole('months', values.months, 1, 600) ?? (whole('years', values.years, 1, 50) ?? 5) * 12;
  // A real month (not 2027-13-01), in the years a reform file's own start may name.
  const startYear = values.start === undefined ? undefined : Number(values.start.slice(0, 4));
  if (
    values.start !== undefined &&
    (!/^\d{4}-\d{2}-01$/.test(values.start) || tryParseIsoDate(values.start) === undefined || startYear! < 1900 || startYear! > 2199)
  )
    throw new SimulateUsageError(
      `--start must be the first of a month from 1900 to 2199, written YYYY-MM-01, not ${JSON.stringify(values.start)}`,
    );
  const grantRates: Partial<Record<GrantRateKind, number>> = {};
  for (const pair of values['grant-rate'] ?? []) {
    const [kind, p] = pair.split('=');
    if (kind === undefined || !(kind in DEFAULT_GRANT_RATES) || p === undefined || !(Number(p) >= 0 && Number(p) <= 1) || p.trim() === '')
      throw new SimulateUsageError(
        `--grant-rate must be KIND=P with KIND one of ${Object.keys(DEFAULT_GRANT_RATES).join(', ')} and P from 0 to 1, not ${JSON.stringify(pair)}`,
      );
    grantRates[kind as GrantRateKind] = Number(p);
  }
  const costs: Partial<Record<CostKind, number>> = {};
  for (const pair of values.cost ?? []) {
    const [kind, usd] = pair.split('=');
    if (kind === undefined || !COST_KINDS.includes(kind as CostKind) || usd === undefined || usd.trim() === '' || !(Number(usd) >= 0))
      throw new SimulateUsageError(
        `--cost must be KIND=USD with KIND one of ${COST_KINDS.join(', ')} and USD a daily cost of 0 or more, not ${JSON.stringify(pair)}`,
      );
    costs[kind as CostKind] = Number(usd);
  }
  const options: SimulateOptions = {
    reform: values.reform,
    months,
    seed: whole('seed', values.seed, 0, 0xffffffff)!,
    replications: whole('replications', values.replications, 1, 1000)!,
    grantRates,
    costs,
    out: values.out,
  };
  const people = whole('people', values.people, 1, MAX_PEOPLE);
  const workers = whole('workers', values.workers, 1, 64);
  if (values.jurisdiction !== undefined) options.jurisdiction = values.jurisdiction;
  if (values.start !== undefined) options.start = values.start;
  if (people !== undefined) options.people = people;
  if (workers !== undefined) options.workers = workers;
  return options;
}
