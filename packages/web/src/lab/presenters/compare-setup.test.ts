import { describe, expect, it } from 'vitest';
import { differingSettings, setupText, setupWarning } from './compare-setup.ts';
import { defaultState, type LabState } from './lab-state.ts';

const base = (): LabState => {
  const state = defaultState('US-MO', null, '2026-12-01');
  state.run = { start: '2026-12-01', months: 60, people: 10_000, seed: 1, replications: 10 };
  return state;
};
const withRun = (run: Partial<LabState['run']>): LabState => {
  const state = base();
  state.run = { ...state.run, ...run };
  return state;
};

describe('compared runs: setup differences', () => {
  it('case: one run, or runs alike but for seed and replications: no warning', () => {
    expect(setupWarning([base()])).toBeNull();
    expect(setupWarning([base(), withRun({ seed: 9, replications: 3 })])).toBeNull();
  });

  it('case: a different population size is named', () => {
    expect(differingSettings([base(), withRun({ people: 20_000 })])).toEqual(['people on the first day']);
    expect(setupWarning([base(), withRun({ people: 20_000 })])).toMatch(/^These runs differ in people on the first day, so/);
  });

  it('case: three settings differ across three runs: listed in order with "and"', () => {
    const other = { ...withRun({ months: 24 }), jurisdiction: 'US-GA' };
    expect(setupWarning([base(), other, withRun({ start: '2027-01-01' })])).toMatch(
      /^These runs differ in jurisdiction, months and first month, so/,
    );
  });

  it('case: the row text', () => {
    expect(setupText(base().run, 'Missouri')).toBe('Missouri · 10,000 people · 60 months from 2026-12-01');
  });
});
