// The lab's state: the CLI's default run for a shipped bill, and the share link's round trip (a link that
// is not one is refused whole).
import { describe, expect, it } from 'vitest';
import { decodeState, defaultState, encodeState, shareUrl, stateFromSearch, type LabState } from './lab-state.ts';
import { SHIPPED_BILLS, SHIPPED_FILE_COUNT } from './shipped-bills.ts';

describe('the shipped bills', () => {
  it('case: every file in reforms/ loads, Missouri 2012 among them', () => {
    expect(SHIPPED_FILE_COUNT).toBeGreaterThanOrEqual(15);
    expect(SHIPPED_BILLS.length).toBe(SHIPPED_FILE_COUNT);
    const mo = SHIPPED_BILLS.find((b) => b.file === 'us-mo-ecc-2012.yaml')!;
    expect(mo.jurisdiction).toBe('US-MO');
    expect(mo.start).toBe('2012-09-01');
  });
});

describe('defaultState', () => {
  it('case: Missouri 2012 starts where `pathways simulate` does: its start, the state count, 60 months, seed 1, 10 replications', () => {
    expect(defaultState('US-MO', 'us-mo-ecc-2012.yaml', '2026-12-03').run).toEqual({
      start: '2012-09-01',
      months: 60,
      people: 53_671,
      seed: 1,
      replications: 10,
    });
  });
  it('case: current law starts this month', () => {
    expect(defaultState('US-MO', null, '2026-12-03').run.start).toBe('2026-12-01');
  });
});

describe('the share link', () => {
  const state: LabState = {
    jurisdiction: 'US-MO',
    bill: 'us-mo-ecc-2012.yaml',
    overrides: { 'us-mo.ecc.creditDaysPerMonth': 15, 'us-mo.ecc.eligibleFelonyClasses': ['C', 'D', 'E'], 'x.y': true },
    costs: { prison: 80.5 },
    run: { start: '2012-09-01', months: 24, people: 2000, seed: 4_000_000_000, replications: 3 },
  };

  it('case: encodes and decodes to the same state, URL-safe, with non-ASCII text intact', () => {
    const encoded = encodeState(state);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeState(encoded)).toEqual(state);
    const text = { ...state, overrides: { 'a.b': 'Sección § 5' } };
    expect(decodeState(encodeState(text))).toEqual(text);
  });

  it('case: the URL keeps the page path and restores from its query', () => {
    const url = shareUrl({ origin: 'http://127.0.0.1:8080', pathname: '/lab/' }, state);
    expect(url.startsWith('http://127.0.0.1:8080/lab/?s=')).toBe(true);
    expect(stateFromSearch(new URL(url).search)).toEqual(state);
    expect(stateFromSearch('?other=1')).toBeNull();
  });

  it('case: anything else is refused', () => {
    const bad = (patch: Record<string, unknown>) => encodeState({ ...state, ...patch } as LabState);
    expect(decodeState('not base64 !!')).toBeNull();
    expect(decodeState(encodeState(state).slice(0, 20))).toBeNull();
    expect(decodeState(bad({ jurisdiction: 'US-XX' }))).toBeNull();
    expect(decodeState(bad({ bill: 'us-ca-ab1950-2021.yaml' }))).toBeNull(); // another state's bill
    expect(decodeState(bad({ costs: { rent: 5 } }))).toBeNull();
    expect(decodeState(bad({ run: { ...state.run, start: '2012-09-15' } }))).toBeNull();
    expect(decodeState(bad({ run: { ...state.run, replications: 0 } }))).toBeNull();
    expect(decodeState(bad({ overrides: { a: { nested: 1 } } }))).toBeNull();
  });
});
