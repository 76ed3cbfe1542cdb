import { describe, expect, it } from 'vitest';
import { niceCeiling, populationChart } from './population-chart.ts';

const flat = (v: number) => ({ mean: v, low: v - 10, high: v + 10 });

describe('the population chart', () => {
  it('draws both lines, both bands and the labels', () => {
    const svg = populationChart({
      title: 'US-ZZ: people on supervision',
      months: ['2030-01', '2030-02', '2030-03'],
      series: [1000, 950, 900].map((r) => ({ baseline: flat(1000), reform: flat(r), difference: flat(r - 1000) })),
      yLabel: 'people',
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<path /g)).toHaveLength(4);
    expect(svg).toContain('2030-03');
    expect(svg).toContain('90% interval');
    // The axis top is the nice ceiling of the highest band value, 1,010 → 2,000.
    expect(svg).toContain('>2,000<');
  });
  it('case: nice ceilings', () => {
    expect(niceCeiling(1010)).toBe(2000);
    expect(niceCeiling(73_555)).toBe(100_000);
    expect(niceCeiling(240)).toBe(250);
  });
});
