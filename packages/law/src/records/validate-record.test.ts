import { describe, expect, it } from 'vitest';
import { validateRecord, type RecordError } from './validate-record.ts';

const base = () => ({
  id: 'P-1',
  terms: [
    {
      id: 'T-1',
      jurisdiction: 'US-MO',
      kind: 'probation',
      sentenceDate: '2021-03-15',
      startDate: '2021-03-15',
      length: { years: 5 },
      offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'E' }],
    },
  ],
  events: [] as unknown[],
});

const errorsOf = (value: unknown, options = {}): Pick<RecordError, 'record' | 'path' | 'message'>[] => {
  const r = validateRecord(value, 4, options);
  return r.ok ? [] : r.errors.map(({ record, path, message }) => ({ record, path, message }));
};

describe('validateRecord', () => {
  it('case: a valid record passes and keeps unknown fields', () => {
    const record = { ...base(), agencyCaseNumber: 'X-9', terms: [{ ...base().terms[0]!, courtRoom: 'B' }] };
    const r = validateRecord(record, 1);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.record.agencyCaseNumber).toBe('X-9');
      expect(r.record.terms[0]!.courtRoom).toBe('B');
    }
  });

  it('case: errors name the record by id, the field path and the reason', () => {
    const record = base();
    (record.terms[0] as Record<string, unknown>).startDate = '2021-02-30';
    (record.terms[0]!.offenses[0] as Record<string, unknown>).level = 'felon';
    expect(errorsOf(record)).toEqual([
      { record: 'P-1', path: 'terms[0].startDate', message: '"2021-02-30" is not a real calendar date' },
      { record: 'P-1', path: 'terms[0].offenses[0].level', message: 'must be one of: felony, misdemeanor, gross_misdemeanor' },
    ]);
  });

  it('case: a record without a usable id is named by its position', () => {
    expect(errorsOf({ terms: [] })[0]).toMatchObject({ record: '#4', path: 'id', message: 'is required' });
    expect(errorsOf('text')[0]).toMatchObject({ record: '#4', path: '' });
    expect(errorsOf(null)[0]).toMatchObject({ record: '#4', path: '' });
  });

  it('case: wrong types and missing fields', () => {
    const record = base() as Record<string, unknown>;
    record.terms = [{ ...base().terms[0]!, length: { years: '3' }, offenses: 'PC 211' }];
    const paths = errorsOf(record).map((e) => e.path);
    expect(paths).toContain('terms[0].length.years');
    expect(paths).toContain('terms[0].offenses');
    expect(errorsOf({ id: 'P-1' })).toEqual([{ record: 'P-1', path: 'terms', message: 'is required' }]);
  });

  it('case: exactly one of length, endDate or lifetime', () => {
    const none = base();
    delete (none.terms[0] as Record<string, unknown>).length;
    expect(errorsOf(none)[0]!.message).toMatch(/exactly one of length, endDate or lifetime: true; it gives none/);
    const both = base();
    (both.terms[0] as Record<string, unknown>).endDate = '2026-01-01';
    expect(errorsOf(both)[0]!.message).toMatch(/more than one/);
    const lifetimeFalse = base();
    (lifetimeFalse.terms[0] as Record<string, unknown>).lifetime = false;
    expect(errorsOf(lifetimeFalse)).toEqual([]);
  });

  it('case: a length of no time at all is refused, as an endDate on the startDate is; one part above 0 is enough', () => {
    const zero = base();
    (zero.terms[0] as Record<string, unknown>).length = { years: 0, months: 0 };
    expect(errorsOf(zero)).toEqual([
      { record: 'P-1', path: 'terms[0].length', message: 'must be at least one day long; every part given is 0' },
    ]);
    const oneDay = base();
    (oneDay.terms[0] as Record<string, unknown>).length = { years: 0, days: 1 };
    expect(errorsOf(oneDay)).toEqual([]);
  });

  it('case: dates out of order and references to terms that do not exist', () => {
    const record = base();
    (record.terms[0] as Record<string, unknown>).sentenceDate = '2021-04-01';
    record.events = [
      { type: 'custody', start: '2022-05-01', end: '2022-04-01', reason: 'other' },
      { type: 'payment', termId: 'T-9', date: '2022-01-01', amountUsd: 5, kind: 'fine' },
    ];
    expect(errorsOf(record).map((e) => e.path)).toEqual(['terms[0].startDate', 'events[0].end', 'events[1].termId']);
  });

  it('case: an offense after the sentence, and an incentive date before it, are refused (day of / day after)', () => {
    const record = base();
    const t = record.terms[0] as Record<string, unknown>;
    // Sentenced 2021-03-15: an offense on that day and an incentive date on that day are fine.
    t.offenses = [{ statute: 'RSMo 570.030', level: 'felony', offenseDate: '2021-03-15' }];
    t.behavioralIncentiveDate = '2021-03-15';
    expect(errorsOf(record)).toEqual([]);
    t.offenses = [{ statute: 'RSMo 570.030', level: 'felony', offenseDate: '2021-03-16' }];
    t.behavioralIncentiveDate = '2021-03-14';
    expect(errorsOf(record)).toEqual([
      { record: 'P-1', path: 'terms[0].offenses[0].offenseDate', message: '2021-03-16 is after the sentenceDate 2021-03-15' },
      { record: 'P-1', path: 'terms[0].behavioralIncentiveDate', message: '2021-03-14 is before the sentenceDate 2021-03-15' },
    ]);
  });

  it('case: a violation or absconding naming a term cannot come before its sentence; custody can', () => {
    const record = base();
    record.events = [
      { type: 'violation', termId: 'T-1', date: '2021-03-14', category: 'technical', status: 'sustained' },
      { type: 'absconded', termId: 'T-1', start: '2021-03-14' },
      { type: 'custody', termId: 'T-1', start: '2021-03-01', end: '2021-03-14', reason: 'other' },
      { type: 'violation', termId: 'T-1', date: '2021-03-15', category: 'technical', status: 'sustained' },
    ];
    expect(errorsOf(record).map((e) => `${e.path}: ${e.message}`)).toEqual([
      'events[0].date: 2021-03-14 is before the sentenceDate 2021-03-15 of term T-1, which it names',
      'events[1].start: 2021-03-14 is before the sentenceDate 2021-03-15 of term T-1, which it names',
    ]);
  });

  it('case: the extension fields jurisdictions read are checked when present', () => {
    const record = base();
    (record.terms[0] as Record<string, unknown>).caseFinalBefore2021 = 'false';
    (record.terms[0] as Record<string, unknown>).behavioralIncentiveDate = '2023-02-30';
    (record.terms[0]!.offenses[0] as Record<string, unknown>).inchoate = 'attempted';
    (record.terms[0] as Record<string, unknown>).specialtyCourt = 'yes';
    (record.terms[0] as Record<string, unknown>).reentryCourt = null;
    expect(errorsOf(record).map((e) => `${e.path}: ${e.message}`)).toEqual([
      'terms[0].offenses[0].inchoate: must be one of: attempt, conspiracy',
      'terms[0].caseFinalBefore2021: must be true or false',
      'terms[0].behavioralIncentiveDate: "2023-02-30" is not a real calendar date',
      'terms[0].specialtyCourt: must be true or false',
      'terms[0].reentryCourt: must be true or false',
    ]);
  });

  it('case: amounts past a trillion dollars are refused (they would print as exponents)', () => {
    const record = base();
    (record.terms[0] as Record<string, unknown>).restitutionOrderedUsd = 1e22;
    record.events = [{ type: 'payment', date: '2022-01-01', kind: 'restitution', amountUsd: 1_000_000_000_000.01 }];
    expect(errorsOf(record).map((e) => `${e.path}: ${e.message}`)).toEqual([
      'terms[0].restitutionOrderedUsd: must be at most 1000000000000',
      'events[0].amountUsd: must be at most 1000000000000',
    ]);
    (record.terms[0] as Record<string, unknown>).restitutionOrderedUsd = 1_000_000_000_000;
    record.events = [];
    expect(errorsOf(record)).toEqual([]);
  });

  it('case: an unknown event type and an unsupported jurisdiction', () => {
    const record = base();
    record.events = [{ type: 'party', date: '2022-01-01' }];
    expect(errorsOf(record)[0]).toMatchObject({
      path: 'events[0].type',
      message: expect.stringMatching(/must be one of: violation, arrest/),
    });
    const tx = base();
    tx.terms[0]!.jurisdiction = 'US-TX';
    expect(errorsOf(tx, { supportedJurisdictions: new Set(['US-MO']) })[0]).toMatchObject({
      path: 'terms[0].jurisdiction',
      message: expect.stringMatching(/US-TX is not a jurisdiction/),
    });
  });

  it('case: dates outside the supported years and absurd lengths are refused', () => {
    const record = base();
    (record.terms[0] as Record<string, unknown>).startDate = '9999-12-31';
    (record.terms[0] as Record<string, unknown>).length = { years: 100000 };
    expect(errorsOf(record).map((e) => e.path)).toEqual(['terms[0].startDate', 'terms[0].length.years']);
  });

  it('case: a term may be extended by 1200 months in all, in one order or many', () => {
    // 1200 months = 100 years past an end by 2199 plus at most 150 years of length: still a four-digit year.
    const extended = (months: number[]) => {
      const record = base();
      (record.terms[0] as Record<string, unknown>).orders = months.map((m) => ({ type: 'extension', date: '2022-01-01', months: m }));
      return errorsOf(record);
    };
    expect(extended([600, 600])).toEqual([]);
    expect(extended([600, 600, 1])).toEqual([
      {
        record: 'P-1',
        path: 'terms[0].orders',
        message: 'the extensions add up to 1201 months; a term may be extended by at most 1200 months (100 years) in all',
      },
    ]);
    expect(extended([1201]).map((e) => e.path)).toEqual(['terms[0].orders[0].months']);
  });

  it('case: consecutive terms must name a term of the person and not loop', () => {
    const record = base();
    record.terms.push({ ...record.terms[0]!, id: 'T-2' });
    (record.terms[0] as Record<string, unknown>).consecutiveTo = 'T-2';
    (record.terms[1] as Record<string, unknown>).consecutiveTo = 'T-1';
    expect(errorsOf(record).map((e) => e.message)).toEqual(['consecutiveTo forms a cycle: T-1 → T-2 → T-1']);
  });
});
