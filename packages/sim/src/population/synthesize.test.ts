import {
  addMonths,
  evaluatePerson,
  JURISDICTIONS,
  lengthInMonths,
  parseIsoDate,
  SUPPORTED_JURISDICTIONS,
  validateRecord,
  type PersonRecord,
} from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { calibrationFor, CALIBRATED_JURISDICTIONS } from '../calibration/states.ts';
import { RandomStream, STREAM } from '../random.ts';
import { entrantShares, meanMonths, stockMeanMonths, stockProbationShare, synthesizeEntrant, synthesizeStockPerson } from './synthesize.ts';

const AS_OF = parseIsoDate('2025-01-01');
const stream = (seed: number, i: number) => new RandomStream(seed, 0, i, STREAM.person);
const options = { supportedJurisdictions: SUPPORTED_JURISDICTIONS };

function expectValid(record: PersonRecord) {
  const v = validateRecord(record, 0, options);
  expect(v.ok ? [] : v.errors).toEqual([]);
}

/** Every day an event touches, as a Day. */
function eventDays(r: PersonRecord): number[] {
  return (r.events ?? []).flatMap((e) =>
    e.type === 'custody' || e.type === 'absconded' || e.type === 'employment'
      ? [parseIsoDate(e.start), ...(e.end === undefined ? [] : [parseIsoDate(e.end)])]
      : [parseIsoDate(e.date)],
  );
}

describe('synthesized records', () => {
  it.each(CALIBRATED_JURISDICTIONS.map((c) => [c]))(
    '%s: stock and entrants validate, are active on asOf, and the engine evaluates them',
    (code) => {
      const cal = calibrationFor(code);
      for (let i = 0; i < 300; i++) {
        const seed = 1 + (i % 7);
        const person = synthesizeStockPerson(cal, stream(seed, i), `P-${i}`, AS_OF);
        expectValid(person);
        const term = person.terms[0]!;
        const start = parseIsoDate(term.startDate);
        expect(parseIsoDate(term.sentenceDate)).toBeLessThanOrEqual(start);
        expect(start).toBeLessThanOrEqual(AS_OF);
        expect(addMonths(start, lengthInMonths(term.length!))).toBeGreaterThanOrEqual(AS_OF);
        for (const d of eventDays(person)) {
          expect(d).toBeLessThan(AS_OF);
          expect(d).toBeGreaterThanOrEqual(start);
        }
        expect(person.events!.some((e) => e.type === 'violation' && e.status !== 'sustained')).toBe(false);

        const entrant = synthesizeEntrant(cal, stream(seed, 100_000 + i), `E-${i}`, AS_OF);
        expectValid(entrant);
        expect(entrant.terms[0]!.startDate).toBe('2025-01-01');
        expect(entrant.events).toEqual([]);
        if (entrant.terms[0]!.kind === 'probation') expect(entrant.terms[0]!.sentenceDate).toBe('2025-01-01');
        else expect(parseIsoDate(entrant.terms[0]!.sentenceDate)).toBeLessThanOrEqual(addMonths(AS_OF, -12));
        if (i < 40) {
          expect(() => evaluatePerson(JURISDICTIONS, person, AS_OF)).not.toThrow();
          expect(() => evaluatePerson(JURISDICTIONS, entrant, AS_OF)).not.toThrow();
        }
      }
    },
  );

  it('the same stream key gives the same record; another key another record', () => {
    const cal = calibrationFor('US-MO');
    const a = JSON.stringify(synthesizeStockPerson(cal, stream(42, 7), 'P-1', AS_OF));
    expect(JSON.stringify(synthesizeStockPerson(cal, stream(42, 7), 'P-1', AS_OF))).toBe(a);
    expect(JSON.stringify(synthesizeStockPerson(cal, stream(43, 7), 'P-1', AS_OF))).not.toBe(a);
    const e = JSON.stringify(synthesizeEntrant(cal, stream(42, 7), 'P-1', AS_OF));
    expect(JSON.stringify(synthesizeEntrant(cal, stream(42, 7), 'P-1', AS_OF))).toBe(e);
  });

  it('kinds follow the law encoded: New York parole only, federal supervised release', () => {
    const ny = calibrationFor('US-NY');
    const fed = calibrationFor('US-FED');
    const kinds = (cal: typeof ny) =>
      new Set(Array.from({ length: 500 }, (_, i) => synthesizeStockPerson(cal, stream(3, i), 'P', AS_OF).terms[0]!.kind));
    expect(kinds(ny)).toEqual(new Set(['parole']));
    expect(kinds(fed)).toEqual(new Set(['probation', 'supervised_release']));
  });
});

describe('shares over 20,000 draws match the calibration', () => {
  const N = 20_000;
  const cal = calibrationFor('US-MO');

  it('stock: probation share, felony share, and length-biased mean length', () => {
    let probation = 0;
    let felony = 0;
    let felonyMonths = 0;
    let withRestitution = 0;
    for (let i = 0; i < N; i++) {
      const t = synthesizeStockPerson(cal, stream(11, i), 'P', AS_OF).terms[0]!;
      if (t.restitutionOrderedUsd !== undefined) withRestitution++;
      if (t.kind !== 'probation') continue;
      probation++;
      if (t.offenses[0]!.level === 'felony') {
        felony++;
        felonyMonths += lengthInMonths(t.length!);
      }
    }
    // Missouri: 36,350 ÷ (36,350 + 17,321) = 0.677 on probation.
    expect(stockProbationShare(cal)).toBeCloseTo(0.677, 3);
    expect(probation / N).toBeCloseTo(stockProbationShare(cal), 1);
    expect(Math.abs(probation / N - stockProbationShare(cal))).toBeLessThan(0.015);
    expect(Math.abs(felony / probation - 0.58)).toBeLessThan(0.015);
    // Length-biased: E[L²] ÷ E[L] = 1,677.6 ÷ 37.8 = 44.38 months for the national felony distribution (mean as imposed 37.8).
    expect(stockMeanMonths(cal.termLength.felonyProbation.value)).toBeCloseTo(44.38, 1);
    expect(Math.abs(felonyMonths / felony - 44.38)).toBeLessThan(0.8);
    expect(Math.abs(withRestitution / N - 0.25)).toBeLessThan(0.015);
  });

  it('entrants: flow shares and the imposed mean length', () => {
    const flow = entrantShares(cal);
    // Felony flow: (0.58 ÷ 37.8) ÷ (0.58 ÷ 37.8 + 0.42 ÷ 18.6) = 0.405.
    expect(flow.felonyOfProbation).toBeCloseTo(0.405, 3);
    let probation = 0;
    let felony = 0;
    let felonyMonths = 0;
    for (let i = 0; i < N; i++) {
      const t = synthesizeEntrant(cal, stream(12, i), 'P', AS_OF).terms[0]!;
      if (t.kind !== 'probation') continue;
      probation++;
      if (t.offenses[0]!.level === 'felony') {
        felony++;
        felonyMonths += lengthInMonths(t.length!);
      }
    }
    expect(Math.abs(probation / N - flow.probation)).toBeLessThan(0.015);
    expect(Math.abs(felony / probation - flow.felonyOfProbation)).toBeLessThan(0.015);
    expect(meanMonths(cal.termLength.felonyProbation.value)).toBeCloseTo(37.8, 5);
    expect(Math.abs(felonyMonths / felony - 37.8)).toBeLessThan(0.8);
  });

  it("stock histories: violations at about the survivors' rate", () => {
    let months = 0;
    let technical = 0;
    for (let i = 0; i < 5_000; i++) {
      const p = synthesizeStockPerson(cal, stream(13, i), 'P', AS_OF);
      months += (AS_OF - parseIsoDate(p.terms[0]!.startDate)) / 30.44;
      technical += p.events!.filter((e) => e.type === 'violation' && e.category === 'technical').length;
    }
    const h = cal.monthlyHazard.technical.value;
    const expected = h * (1 - cal.response.revokeTechnical.value);
    // Jail and absconding periods block some months, so the rate sits a little below the hazard.
    expect(technical / months).toBeGreaterThan(expected * 0.75);
    expect(technical / months).toBeLessThan(expected * 1.1);
  });
});
