// The chart's geometry: months after the start, the lines and bands in pixels, ticks that fit.
import { describe, expect, it } from 'vitest';
import { chartGeometry, chartWidth, HEIGHT, MARGIN, MIN_WIDTH, monthAfter, type SeriesPoint } from './chart-geometry.ts';

const point = (month: string, baseline: number, reform: number): SeriesPoint => ({
  month,
  baseline,
  baselineLow: baseline - 10,
  baselineHigh: baseline + 10,
  reform,
  reformLow: reform - 20,
  reformHigh: reform + 20,
});

describe('monthAfter', () => {
  it('case: across a year end', () => {
    expect(monthAfter('2012-09-01', 0)).toBe('2012-09-01');
    expect(monthAfter('2012-09-01', 4)).toBe('2013-01-01');
    expect(monthAfter('2012-09-01', 59)).toBe('2017-08-01');
  });
});

describe('chartGeometry', () => {
  const series = [point('2020-01-01', 1000, 1000), point('2020-07-01', 1000, 800), point('2021-01-01', 980, 600)];
  const g = chartGeometry(series, 640);

  it('case: the lines run from the left margin to the right one, the y axis from 0 at the bottom', () => {
    expect(g.baselineLine.startsWith(`M${MARGIN.left.toFixed(1)},`)).toBe(true);
    expect(g.reformLine.split('L').length).toBe(3);
    expect(g.reformLine.endsWith(`${(640 - MARGIN.right).toFixed(1)},${g.reformLine.split(',').at(-1)}`)).toBe(true);
    expect(g.yTicks[0]).toEqual({ y: HEIGHT - MARGIN.bottom, label: '0' });
    // 1,020 at the top of the baseline's band: the axis ends at a round number above it.
    expect(Number(g.yTicks.at(-1)!.label.replace(/,/g, ''))).toBeGreaterThanOrEqual(1000);
  });

  it('case: a band is closed, out along the high ends and back along the low ones', () => {
    expect(g.reformBand.endsWith('Z')).toBe(true);
    expect(g.reformBand.split(/[ML]/).filter(Boolean).length).toBe(6);
  });

  it('case: the reform falling shows as a lower line at the end (a larger y in pixels)', () => {
    const lastY = (path: string) => Number(path.split(',').at(-1));
    expect(lastY(g.reformLine)).toBeGreaterThan(lastY(g.baselineLine));
  });

  it('case: ticks are months, not crowded on a phone; the width never below the minimum', () => {
    expect(g.xTicks.every((t) => /^\d{4}-\d{2}$/.test(t.label))).toBe(true);
    expect(chartGeometry(series, 320).xTicks.length).toBeLessThanOrEqual(3);
    expect(chartWidth(100)).toBe(MIN_WIDTH);
    expect(chartWidth(null)).toBe(640);
    expect(chartGeometry([], 640).reformLine).toBe('');
  });
});
