/**
 * Where the population chart puts things: people on supervision on the first day of each month, under
 * the baseline and the reform, each a line with its 90% band. Pure, so the chart component only draws what
 * this returns and the numbers are tested without a browser; d3-scale does the arithmetic, as in the
 * workspace's timeline (presenters/timeline-geometry.ts).
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { Summary } from '@pathways/sim/core';

export const MARGIN = { top: 12, right: 16, bottom: 32, left: 72 } as const;
export const HEIGHT = 280;
export const FALLBACK_WIDTH = 640;
export const MIN_WIDTH = 300;
const PX_PER_TICK = 90;

export interface SeriesPoint {
  /** YYYY-MM-01 */
  month: string;
  baseline: number;
  baselineLow: number;
  baselineHigh: number;
  reform: number;
  reformLow: number;
  reformHigh: number;
}

/** The first day of the month `index` months after `start` (YYYY-MM-01). */
export function monthAfter(start: string, index: number): string {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7)) - 1 + index;
  const year = y + Math.floor(m / 12);
  return `${String(year).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}-01`;
}

export function populationSeries(summary: Summary, start: string): SeriesPoint[] {
  return (summary.monthly.population ?? []).map((c, i) => ({
    month: monthAfter(start, i),
    baseline: c.baseline.mean,
    baselineLow: c.baseline.low,
    baselineHigh: c.baseline.high,
    reform: c.reform.mean,
    reformLow: c.reform.low,
    reformHigh: c.reform.high,
  }));
}

export function chartWidth(measured: number | null): number {
  return Math.max(MIN_WIDTH, Math.floor(measured ?? FALLBACK_WIDTH));
}

export interface ChartGeometry {
  width: number;
  height: number;
  baselineLine: string;
  reformLine: string;
  baselineBand: string;
  reformBand: string;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
}

const utc = (month: string) => new Date(`${month}T00:00:00Z`);

function path(points: [number, number][]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join('');
}

export function chartGeometry(series: SeriesPoint[], width: number): ChartGeometry {
  const height = HEIGHT;
  const empty = { width, height, baselineLine: '', reformLine: '', baselineBand: '', reformBand: '', xTicks: [], yTicks: [] };
  if (series.length === 0) return empty;
  const first = utc(series[0]!.month);
  const last = utc(series.at(-1)!.month);
  const x = scaleUtc()
    .domain([first, last.getTime() === first.getTime() ? new Date(first.getTime() + 86_400_000 * 31) : last])
    .range([MARGIN.left, width - MARGIN.right]);
  const top = Math.max(...series.flatMap((p) => [p.baselineHigh, p.reformHigh, p.baseline, p.reform]));
  const y = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top]);
  const at = (p: SeriesPoint) => x(utc(p.month));
  const line = (pick: (p: SeriesPoint) => number) => path(series.map((p) => [at(p), y(pick(p))]));
  const band = (low: (p: SeriesPoint) => number, high: (p: SeriesPoint) => number) =>
    `${path([...series.map((p): [number, number] => [at(p), y(high(p))]), ...[...series].reverse().map((p): [number, number] => [at(p), y(low(p))])])}Z`;
  const xCount = Math.max(2, Math.floor((width - MARGIN.left - MARGIN.right) / PX_PER_TICK));
  return {
    width,
    height,
    baselineLine: line((p) => p.baseline),
    reformLine: line((p) => p.reform),
    baselineBand: band(
      (p) => p.baselineLow,
      (p) => p.baselineHigh,
    ),
    reformBand: band(
      (p) => p.reformLow,
      (p) => p.reformHigh,
    ),
    xTicks: x.ticks(xCount).map((d) => ({ x: x(d), label: d.toISOString().slice(0, 7) })),
    yTicks: y.ticks(5).map((v) => ({ y: y(v), label: v.toLocaleString('en-US') })),
  };
}
