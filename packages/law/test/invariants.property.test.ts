// Invariants every evaluation keeps, in every encoded jurisdiction, for any record and any as-of date.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromCivil, parseIsoDate } from '../src/dates/calendar.ts';
import { evaluatePerson } from '../src/engine/evaluate.ts';
import { JURISDICTIONS } from '../src/jurisdictions/registry.ts';
import { validateRecord } from '../src/records/validate-record.ts';
import { personArbitrary, personStartingIn } from './record-arbitrary.ts';

const asOfArbitrary = fc.integer({ min: dayFromCivil(2011, 1, 1), max: dayFromCivil(2032, 12, 31) });

describe('evaluation invariants', () => {
  it('property: generated records are valid', () => {
    fc.assert(fc.property(personArbitrary, (p) => validateRecord(p, 1).ok));
  });

  it('property: projectedEndDate is never after scheduledEndDate, credits are never negative, dates are real', () => {
    fc.assert(
      fc.property(personArbitrary, asOfArbitrary, (person, asOf) => {
        for (const e of evaluatePerson(JURISDICTIONS, person, asOf)) {
          expect(Number.isInteger(e.earnedCreditDays) && e.earnedCreditDays >= 0).toBe(true);
          if (e.scheduledEndDate !== null && e.projectedEndDate !== null) {
            expect(parseIsoDate(e.projectedEndDate)).toBeLessThanOrEqual(parseIsoDate(e.scheduledEndDate));
          }
          for (const o of e.opportunities) {
            if (o.status === 'ineligible') expect(o.date).toBeNull();
            else {
              expect(o.date).not.toBeNull();
              expect(o.status === 'eligible').toBe(parseIsoDate(o.date!) <= asOf);
            }
            expect(o.citations.length).toBeGreaterThan(0);
          }
          expect(e.explanation.length).toBeGreaterThan(0);
          for (const step of e.explanation) expect(step.text.length).toBeGreaterThan(0);
          if (e.sanctionLimit) expect(e.sanctionLimit.citations.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('property: every valid record in the supported years (1900–2199) evaluates, as of any day in them, without an error', () => {
    // A Minnesota stay of 1949 once found a parameter with no value before 1950 and crashed the command.
    const early = personStartingIn(1900, 1960);
    const late = personStartingIn(2150, 2185);
    const anyDay = fc.integer({ min: dayFromCivil(1900, 1, 1), max: dayFromCivil(2199, 12, 31) });
    fc.assert(
      fc.property(fc.oneof(early, late), anyDay, (person, asOf) => {
        if (!validateRecord(person, 1).ok) return;
        expect(evaluatePerson(JURISDICTIONS, person, asOf).length).toBe(person.terms.length);
      }),
      { numRuns: 1500 },
    );
  });

  it('property: the same input always gives the same output', () => {
    fc.assert(
      fc.property(personArbitrary, asOfArbitrary, (person, asOf) => {
        const copy = structuredClone(person);
        expect(evaluatePerson(JURISDICTIONS, person, asOf)).toEqual(evaluatePerson(JURISDICTIONS, copy, asOf));
        expect(person).toEqual(copy); // evaluation never changes its input
      }),
      { numRuns: 200 },
    );
  });
});
