/** Scope: probation only; parole is warned. MCL 761.1 felony; MCL 771.1 non-probationable; citation spellings. */
import { describe, expect, it } from 'vitest';
import { evaluate, person, term } from '../../../../test/builders.ts';
import { lookupOffense } from '../../../engine/offense-table.ts';
import { usMi } from '../index.ts';
import { usMiOffenseTable } from '../offense-table.ts';

describe('scope', () => {
  it('case: a parole term gets only its scheduled end (2021-06-01 + 2 years = 2023-06-01) and a warning', () => {
    const t = term({
      jurisdiction: 'US-MI',
      kind: 'parole',
      sentenceDate: '2015-01-10',
      startDate: '2021-06-01',
      length: { years: 2 },
      offenses: [{ statute: 'MCL 750.530', level: 'felony' }],
    });
    const r = evaluate(usMi, person([t]), '2021-12-31');
    expect(r.scheduledEndDate).toBe('2023-06-01');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.projectedEndDate).toBe('2023-06-01');
    expect(r.opportunities).toEqual([]);
    expect(r.sanctionLimit).toBeNull();
    expect(r.warnings).toContain(
      "Michigan's parole rules are not worked out here: only the end of this term as set is shown, with no limit, credits, early end or jail limit.",
    );
    expect(r.explanation.some((s) => s.text.includes('MCL 791.240a'))).toBe(true);
  });

  it('case: probation for armed robbery (MCL 771.1(1)) is evaluated as given, with a warning', () => {
    const t = term({
      jurisdiction: 'US-MI',
      sentenceDate: '2022-01-10',
      startDate: '2022-01-10',
      length: { years: 3 },
      offenses: [{ statute: 'MCL 750.529', level: 'felony' }],
    });
    const r = evaluate(usMi, person([t]), '2022-06-01');
    expect(r.warnings.some((w) => w.includes('MCL 771.1(1)'))).toBe(true);
  });

  it('case: a gross misdemeanor without its prison maximum is read as not a felony (2 years: 2022-01-10 → 2024-01-10), warned', () => {
    const t = term({
      jurisdiction: 'US-MI',
      sentenceDate: '2022-01-10',
      startDate: '2022-01-10',
      length: { years: 3 },
      offenses: [{ statute: 'MCL 750.999', level: 'gross_misdemeanor', tags: [] }],
    });
    const r = evaluate(usMi, person([t]), '2022-06-01');
    expect(r.statutoryMaxEndDate).toBe('2024-01-10');
    expect(r.warnings.some((w) => w.includes('gross misdemeanor'))).toBe(true);
  });
});

describe('offense table: citation spellings', () => {
  const first = (s: string) => lookupOffense(usMiOffenseTable, s)[0]?.statute;
  it.each([
    ['MCL 750.411i', 'MCL 750.411I'],
    ['Mich. Comp. Laws § 750.411i', 'MCL 750.411I'],
    ['M.C.L. 750.84', 'MCL 750.84'],
    ['MCLA 750.84', 'MCL 750.84'],
    ['750.520c(1)(a)', 'MCL 750.520C'],
    ['MCL 750.81(2)', 'MCL 750.81(2)'],
    ['MCL 333.7403(2)(a)(v)', 'MCL 333.7403'],
    ['MCL 333.7404', 'MCL 333.74'],
  ])('case: %s normalises to %s', (raw, statute) => {
    expect(first(raw)).toBe(statute);
  });

  it('case: MCL 750.81a is not read as MCL 750.81, and 750.84 is not 750.841', () => {
    expect(lookupOffense(usMiOffenseTable, 'MCL 750.81a(1)')).toEqual([]);
    expect(lookupOffense(usMiOffenseTable, 'MCL 750.841')).toEqual([]);
  });
});
