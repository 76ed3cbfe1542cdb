/**
 * The policy lab's part of `npm run bench`: issue 8 asks that a Missouri-sized run finishes in under 5
 * seconds from the click. The real `pathways serve` in a child process (it serves the build at /lab/),
 * Debian's Chromium through playwright-core, no sign-in (the lab is public). Each run opens /lab/ in a
 * fresh page, which starts from Missouri's 2012 credits bill (reforms/us-mo-ecc-2012.yaml) with the state's
 * count of people on supervision, five years, seed 1, clicks "Run the simulation" and times, on the page's
 * own clock, from the click to what it shows. Two sizes:
 * 1. one replication (the size of the simulator's own Missouri benchmark): click to the results;
 * 2. ten replications (`pathways simulate`'s default, for the uncertainty band): click to the first
 *    replication's provisional results, and click to the final results.
 * Median of RUNS each (default 3). Run with tsx (playwright-core is not bundled):
 * `npx tsx packages/cli/bench/lab-bench.ts`, after packages/web is built. Writes the `lab` section of
 * docs/benchmarks.md. For a quick check, LAB_BENCH_RUNS=N and LAB_BENCH_PEOPLE=N shrink it; a shrunk run
 * prints its figures and leaves docs/benchmarks.md alone.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repositoryRoot } from '../src/io/repository.ts';
import { WEB_ROOT } from '../src/serve/web-root.ts';
import { launchChromium } from '../test/browser/chromium.ts';
import { writeBenchSection } from './bench-report.ts';
import { describeMachineSpeed, machineSpeed } from './machine-speed.ts';
import { startServeChild, type ServeChild } from './serve-child.ts';

const RUNS = Number(process.env.LAB_BENCH_RUNS ?? 3);
const PEOPLE = process.env.LAB_BENCH_PEOPLE;
const SHRUNK = PEOPLE !== undefined || RUNS < 3;
const TARGET_MS = 5000;
/** A full-size run in one worker takes minutes on a small machine: the wait allows for it. */
const RUN_TIMEOUT_MS = 30 * 60_000;

interface Run {
  /** Click to the first results on screen: the provisional results of the first replication, or the final ones. */
  firstMs: number;
  /** Click to the final results on screen. */
  ms: number;
  /** The page's Web Workers (one a core the browser reports). */
  workers: number;
  /** The simulation's own time in the worker, as the page reports it. */
  workerSeconds: number;
  /** What the page says of the run (its size), for the report. */
  people: string;
  replications: string;
}

/** The little of the page's DOM the timing function touches (this package compiles without the DOM's types). */
interface PageGlobals {
  document: { querySelector(selector: string): { textContent: string | null } | null };
}

async function measure(page: Page, base: string, replications: string): Promise<Run> {
  await page.goto(`${base}/lab/`);
  await page.getByRole('heading', { name: 'Policy lab', level: 1 }).waitFor({ timeout: 60_000 });
  for (const [label, value] of [
    ['People on supervision on the first day', PEOPLE],
    ['Replications', replications],
  ] as const) {
    if (value === undefined) continue;
    await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel(label, { exact: true }).press('Tab');
  }
  const people = await page.getByLabel('People on supervision on the first day', { exact: true }).inputValue();
  const workers =
    (await page.evaluate(() => (globalThis as unknown as { navigator: { hardwareConcurrency: number } }).navigator.hardwareConcurrency)) ||
    1;
  const button = page.getByRole('button', { name: 'Run the simulation' });
  await button.waitFor();
  const clicked = await page.evaluate(() => performance.now());
  await button.click();
  const first = (await (
    await page.waitForFunction(
      () => {
        const d = (globalThis as unknown as PageGlobals).document;
        return d.querySelector('#provisional-heading') !== null || d.querySelector('#results-heading') !== null ? performance.now() : false;
      },
      null,
      { polling: 'raf', timeout: RUN_TIMEOUT_MS },
    )
  ).jsonValue()) as number;
  const shown = (await (
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageGlobals).document.querySelector('#results-heading')?.textContent?.startsWith('Results of run')
          ? performance.now()
          : false,
      null,
      { polling: 'raf', timeout: RUN_TIMEOUT_MS },
    )
  ).jsonValue()) as number;
  const status = (await page.locator('section.results p[role="status"]').textContent()) ?? '';
  const workerSeconds = Number(/finished in ([\d.]+) s/.exec(status)?.[1] ?? NaN);
  return { firstMs: first - clicked, ms: shown - clicked, workers: Math.min(8, workers), workerSeconds, people, replications };
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

if (!existsSync(join(WEB_ROOT, 'lab.html'))) throw new Error(`no policy lab in the build at ${WEB_ROOT}: run node scripts/build.mjs first`);
const speed = machineSpeed();
const dir = mkdtempSync(join(tmpdir(), 'pathways-lab-bench-'));
let server: ServeChild | undefined;
let browser: Browser | undefined;
const sizes = { one: [] as Run[], ten: [] as Run[] };
let command = '';
try {
  console.log('lab: starting pathways serve over a fresh database…');
  server = await startServeChild(join(dir, 'bench.sqlite'), 300);
  command = server.command;
  browser = await launchChromium();
  for (const [size, replications] of [
    ['one', '1'],
    ['ten', '10'],
  ] as const) {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const run = await measure(page, server.base, replications);
      sizes[size].push(run);
      console.log(
        `lab: ${replications} replication(s), run ${i + 1} of ${RUNS}: first results ${(run.firstMs / 1000).toFixed(1)} s, final ${(run.ms / 1000).toFixed(1)} s from the click (${run.workers} workers)`,
      );
      await context.close();
    }
  }
} finally {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
}

const s = (ms: number) => (ms / 1000).toFixed(1);
const med = (runs: Run[], pick: (r: Run) => number) => median(runs.map(pick));
const worst = (runs: Run[], pick: (r: Run) => number) => Math.max(...runs.map(pick));
const oneMs = med(sizes.one, (r) => r.ms);
const firstMs = med(sizes.ten, (r) => r.firstMs);
const tenMs = med(sizes.ten, (r) => r.ms);
const met = (ms: number) => (ms < TARGET_MS ? '**met**' : '**not met**');
const people = sizes.one[0]!.people;
const workers = sizes.one[0]!.workers;
const rows = (runs: Run[]) =>
  runs.map((r, i) => `| ${i + 1} | ${s(r.firstMs)} s | ${s(r.ms)} s | ${r.workerSeconds.toFixed(1)} s |`).join('\n');

const report = `
## The policy lab: a Missouri-sized run in Chromium

Measured by \`npm run bench\` (packages/cli/bench/lab-bench.ts, run with tsx) on ${new Date().toISOString().slice(0, 10)}.

- Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB memory, ${osType()} ${release()}, Node.js ${process.version}; ${describeMachineSpeed(speed)}.
- Chromium (Debian's, headless, through playwright-core) and the server (a child process) share these ${cpus().length} cores; the page
  runs ${workers} Web Workers (one a core the browser reports, \`navigator.hardwareConcurrency\`).

The real server (\`${command}\`) serves the build; the lab needs no sign-in. Each run opens \`/lab/\` in a new browser context, which
starts from Missouri's 2012 credits bill (\`reforms/us-mo-ecc-2012.yaml\`) with Missouri's ${people} people on supervision on the first
day, 60 months, seed 1. The time is taken on the page's own clock from the click on "Run the simulation" to the results on screen: the
workers' start (they measure the run's entries together, then each builds the run), the simulation (the simulator's own \`runRange\` from \`@pathways/sim/core\`, ranges of people
handed out replication by replication), merging the tallies, and drawing the results. Median of ${RUNS} runs each.

| Missouri-sized run | median | worst | target under 5 s |
| --- | --- | --- | --- |
| one replication, click to results | ${s(oneMs)} s | ${s(worst(sizes.one, (r) => r.ms))} s | ${met(oneMs)} |
| ten replications, click to the first replication's provisional results | ${s(firstMs)} s | ${s(worst(sizes.ten, (r) => r.firstMs))} s | ${met(firstMs)} |
| ten replications, click to the final results | ${s(tenMs)} s | ${s(worst(sizes.ten, (r) => r.ms))} s | ${met(tenMs)} |

One replication, each run:

| run | first results | final results | the run's own time |
| --- | --- | --- | --- |
${rows(sizes.one)}

Ten replications (the page shows each replication's results as it completes, with the band filling in), each run:

| run | first results | final results | the run's own time |
| --- | --- | --- | --- |
${rows(sizes.ten)}

Where the time goes: the law engine's evaluations (about two and a half per person and scenario; the simulator section of this file
measures the same work per person with the command line). The work divides by the cores: a machine with more cores than this one
runs the ten replications proportionally sooner.
`;

if (SHRUNK) {
  console.log(report);
  console.log('lab: a shrunk run (LAB_BENCH_*): docs/benchmarks.md left as it is');
} else {
  writeBenchSection(join(repositoryRoot, 'docs/benchmarks.md'), 'lab', report);
}
console.log(
  `lab: one replication ${s(oneMs)} s; ten replications: first results ${s(firstMs)} s, final ${s(tenMs)} s (median, ${people} people)`,
);
