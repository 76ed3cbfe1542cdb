/**
 * A quick measure of how fast this machine is right now, printed beside a benchmark's results. The
 * machine is a shared virtual one: the same code measured on different days has differed by a factor of
 * three or four, mostly in memory-bound work (allocation, garbage collection), so a reader comparing two
 * runs needs this line to tell a change in the code from a change in the machine.
 */
import { performance } from 'node:perf_hooks';

export interface MachineSpeed {
  /** Milliseconds to allocate 5,000,000 small objects (most of them garbage at once). */
  allocateMs: number;
  /** GB per second summing a 1 GiB Float64Array (after a first pass that touches it). */
  scanGBps: number;
}

export function machineSpeed(): MachineSpeed {
  let kept: { n: number; s: string }[] = [];
  let started = performance.now();
  for (let i = 0; i < 5_000_000; i++) {
    kept.push({ n: i, s: `x${i}` });
    if (kept.length > 100_000) kept = [];
  }
  const allocateMs = performance.now() - started;
  const values = new Float64Array(2 ** 27);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  started = performance.now();
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const scanGBps = 2 ** 30 / 1e9 / ((performance.now() - started) / 1000);
  if (Number.isNaN(sum + kept.length)) throw new Error('unreachable');
  return { allocateMs, scanGBps };
}

export const describeMachineSpeed = (m: MachineSpeed): string =>
  `speed at the time of the run: 5,000,000 small objects allocated in ${m.allocateMs.toFixed(0)} ms, a 1 GiB array summed at ${m.scanGBps.toFixed(1)} GB/s (packages/cli/bench/machine-speed.ts)`;
