/** O.C.G.A. § 42-8-37(b): the court may discharge a probationer at any time. */
import { describe, expect, it } from 'vitest';
import { evaluate, opportunities, person, term } from '../../../../test/builders.ts';
import type { Term } from '../../../records/schema.ts';
import { usGa } from '../index.ts';

const B = 'O.C.G.A. § 42-8-37(b)';
const t = (fields: Partial<Term> = {}) =>
  term({
    jurisdiction: 'US-GA',
    sentenceDate: '2023-01-10',
    startDate: '2023-04-10',
    length: { years: 4 },
    confinementMonthsBeforeSupervision: 3,
    offenses: [{ statute: 'O.C.G.A. § 16-8-2', level: 'felony' }],
    ...fields,
  });
const court = (fields: Partial<Term>, asOf: string) => {
  const e = evaluate(usGa, person([t(fields)], [], { priorConvictions: [] }), asOf);
  return { e, found: opportunities(e, 'early_termination').filter((o) => o.citations[0] === B) };
};

describe('§ 42-8-37(b)', () => {
  it('case: open from the day probation starts (split sentence: 2023-04-10, not the sentence date)', () => {
    expect(court({}, '2023-04-09').found[0]).toMatchObject({ status: 'upcoming', date: '2023-04-10' });
    expect(court({}, '2023-04-10').found[0]).toMatchObject({ status: 'eligible', date: '2023-04-10' });
  });

  it('case: it never changes the projected end (2023-04-10 + 4 years = 2027-04-10)', () => {
    const { e } = court({}, '2024-06-30');
    expect(e.projectedEndDate).toBe('2027-04-10');
    expect(e.scheduledEndDate).toBe('2027-04-10');
  });

  it('case: nothing after the term has ended; nothing for parole', () => {
    expect(court({}, '2027-04-11').found).toHaveLength(0);
    const parole = court({ kind: 'parole' }, '2024-06-30');
    expect(parole.found).toHaveLength(0);
    expect(parole.e.explanation.some((s) => s.text.includes('Board of Pardons and Paroles'))).toBe(true);
  });
});
