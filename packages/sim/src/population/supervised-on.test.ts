import { evaluateTerm, formatIsoDate, JURISDICTIONS, parseIsoDate } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { calibrationFor } from '../calibration/states.ts';
import { RandomStream, STREAM } from '../random.ts';
import { synthesizeSupervisedOn } from './supervised-on.ts';
import { synthesizeStockPerson } from './synthesize.ts';

const DAY = parseIsoDate('2025-01-01');
const stream = (i: number) => new RandomStream(7, 0, i, STREAM.person);

describe('the stock is people the law still supervises on the day', () => {
  // New York's earned time ends many parole terms before their imposed end: a plain draw holds people
  // already discharged by law on the day; the stock must not.
  const law = JURISDICTIONS.get('US-NY')!;
  const cal = calibrationFor('US-NY');
  const endedBy = (record: ReturnType<typeof synthesizeStockPerson>) =>
    (evaluateTerm(law, record, record.terms[0]!, DAY).projectedEndDate ?? '9999-12-31') < formatIsoDate(DAY);

  it('case: plain draws include terms already ended by law (so the test can fail)', () => {
    let ended = 0;
    for (let i = 0; i < 200; i++) if (endedBy(synthesizeStockPerson(cal, stream(i), 'P', DAY))) ended += 1;
    expect(ended).toBeGreaterThan(0);
  });

  it('case: every stock person is still supervised on the day, and the draw is reproducible', () => {
    for (let i = 0; i < 200; i++) {
      const record = synthesizeSupervisedOn(cal, stream(i), 'P', DAY, law);
      expect(endedBy(record)).toBe(false);
      expect(synthesizeSupervisedOn(cal, stream(i), 'P', DAY, law)).toEqual(record);
    }
  });
});
