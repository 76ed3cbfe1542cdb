import { describe, expect, it } from 'vitest';
import { estimate, quantile } from './summary.ts';

describe('quantile (type 7, linear between order statistics)', () => {
  it('case: five values, 5th and 95th percentiles', () => {
    // h = (5 − 1) × 0.05 = 0.2 → 1 + 0.2 × (2 − 1) = 1.2; h = 4 × 0.95 = 3.8 → 4 + 0.8 × (10 − 4) = 8.8
    expect(quantile([1, 2, 3, 4, 10], 0.05)).toBeCloseTo(1.2, 10);
    expect(quantile([1, 2, 3, 4, 10], 0.95)).toBeCloseTo(8.8, 10);
  });
  it('case: one replication gives no interval', () => {
    expect(estimate([7])).toEqual({ mean: 7, low: 7, high: 7 });
  });
  it('case: twenty replications, unsorted', () => {
    // values 2, 4, …, 40: mean 21; low h = 19 × 0.05 = 0.95 → 2 + 0.95 × 2 = 3.9;
    // high h = 19 × 0.95 = 18.05 → 38 + 0.05 × 2 = 38.1
    const e = estimate(Array.from({ length: 20 }, (_, i) => 40 - 2 * i));
    expect(e.mean).toBe(21);
    expect(e.low).toBeCloseTo(3.9, 10);
    expect(e.high).toBeCloseTo(38.1, 10);
  });
});
