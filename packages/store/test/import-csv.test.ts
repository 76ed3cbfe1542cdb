import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { importRecords, type PathwaysStore } from '../src/index.ts';
import { dialects, storeForEachTest } from './dialects.ts';
import { person } from './records.ts';

const HEADER =
  'record_type,person_id,term_id,name.given,jurisdiction,kind,sentenceDate,startDate,length.years,supervisingAgency,statute,description,level,tags,type,date,amountUsd,months,caseNumber';
const EXAMPLE = [
  HEADER,
  'person,P-000001,,Ana,,,,,,,,,,,,,,,CN-1',
  'term,P-000001,T-1,,US-CA,probation,2024-01-15,2024-01-15,3,county,,,,,,,,,',
  'offense,P-000001,T-1,,,,,,,,PC 459,burglary,felony,theft,,,,,',
  'order,P-000001,T-1,,,,,,,,,,,,extension,2025-01-10,,6,',
  'event,P-000001,T-1,,,restitution,,,,,,,,,payment,2024-06-01,150,,',
  'person,P-000002,,Ben,,,,,,,,,,,,,,,',
  'term,P-000002,T-1,,US-CA,probation,2023-05-01,2023-05-01,2,county,,,,,,,,,',
  'offense,P-000002,T-1,,,,,,,,"HS 11350","possession, simple",misdemeanor,drug;theft,,,,,',
].join('\n');

describe.each(dialects)('CSV import on %s', (dialect) => {
  const t = storeForEachTest(dialect);
  let store: PathwaysStore;
  const options = { agencyId: 'AG-1', asOf: '2026-06-01' };

  beforeEach(() => {
    store = t.store;
  });

  it('assembles rows into person records, converting numbers, lists and nested fields; unknown columns kept', async () => {
    const report = await importRecords(store, { name: 'people.csv', data: EXAMPLE }, options);
    expect(report).toEqual({ read: 2, written: 2, rejected: [], committed: true });
    expect((await store.people.get('P-000001'))?.record).toEqual({
      id: 'P-000001',
      name: { given: 'Ana' },
      caseNumber: 'CN-1',
      terms: [
        {
          id: 'T-1',
          jurisdiction: 'US-CA',
          kind: 'probation',
          sentenceDate: '2024-01-15',
          startDate: '2024-01-15',
          length: { years: 3 },
          supervisingAgency: 'county',
          offenses: [{ statute: 'PC 459', description: 'burglary', level: 'felony', tags: ['theft'] }],
          orders: [{ type: 'extension', date: '2025-01-10', months: 6 }],
        },
      ],
      events: [{ type: 'payment', termId: 'T-1', kind: 'restitution', date: '2024-06-01', amountUsd: 150 }],
    });
    const ben = (await store.people.get('P-000002'))?.record;
    expect(ben?.terms[0]?.offenses[0]).toEqual({
      statute: 'HS 11350',
      description: 'possession, simple',
      level: 'misdemeanor',
      tags: ['drug', 'theft'],
    });
    const evaluations = await store.evaluations.forPerson('P-000001');
    expect(evaluations.map((e) => e.termId)).toEqual(['T-1']);
    // The six-month extension moves the scheduled end from 2027-01-15.
    expect(evaluations[0]!.evaluation.scheduledEndDate).toBe('2027-07-15');
  });

  it('a CSV and the same records as JSON store the same evaluations', async () => {
    const csv = [
      'record_type,person_id,term_id,jurisdiction,kind,sentenceDate,startDate,length.years,supervisingAgency,statute,description,level',
      'person,P-000001,,,,,,,,,,',
      'term,P-000001,T-1,US-CA,probation,2024-01-15,2024-01-15,3,county,,,',
      'offense,P-000001,T-1,,,,,,,PC 459,burglary,felony',
    ].join('\r\n');
    await importRecords(store, { name: 'one.csv', data: csv }, options);
    const fromCsv = (await store.evaluations.forPerson('P-000001'))[0]!.evaluation;
    const json = person(1);
    delete (json as { events?: unknown }).events;
    await importRecords(store, { name: 'one.jsonl', data: JSON.stringify(json) }, options);
    expect((await store.evaluations.forPerson('P-000001'))[0]!.evaluation).toEqual(fromCsv);
  });

  it('row errors point at the row: bad values, unknown record types, rows apart from their person; nothing written', async () => {
    const csv = [
      HEADER,
      'person,P-000001,,Ana,,,,,,,,,,,,,,,',
      'term,P-000001,T-1,,US-CA,probation,2024-01-15,2024-01-15,three,county,,,,,,,,,',
      'offense,P-000001,T-1,,,,,,,,PC 459,burglary,felony,,,,,,',
      'person,P-000002,,Ben,,,,,,,,,,,,,,,',
      'term,P-000002,T-1,,US-CA,probation,2023-05-01,2023-05-01,2,county,,,,,,,,,',
      'offense,P-000002,T-9,,,,,,,,HS 11350,possession,misdemeanor,,,,,,',
      'offense,P-000002,T-1,,,,,,,,HS 11350,possession,misdemeanor,,,,,,',
      'sentence,P-000002,T-1,,,,,,,,,,,,,,,,',
      'person,P-000003,,Cy,,,,,,,,,,,,,,,',
      'term,P-000003,T-1,,US-CA,probation,2023-05-01,2023-05-01,2,county,,,,,,,,,',
      'offense,P-000003,T-1,,,,,,,,PC 459,burglary,felony,,,,,,',
      'offense,P-000001,T-1,,,,,,,,PC 484,theft,misdemeanor,,,,,,',
    ].join('\n');
    const report = await importRecords(store, { name: 'bad.csv', data: csv }, options);
    expect(report.committed).toBe(false);
    expect(report.rejected.map((e) => [e.line, e.record, e.path])).toEqual([
      [3, 'P-000001', 'terms[0].length.years'],
      [7, 'P-000002', 'term_id'],
      [9, 'P-000002', 'record_type'],
      [13, 'P-000001', 'person_id'],
    ]);
    expect(report.rejected.every((e) => e.file === 'bad.csv')).toBe(true);
    expect(await store.people.count({})).toBe(0);

    const skipping = await importRecords(store, { name: 'bad.csv', data: csv }, { ...options, skipInvalid: true });
    expect(skipping.written).toBe(1);
    expect((await store.people.list({})).map((p) => p.id)).toEqual(['P-000003']);
  });

  it('a first row of no known record type is told as that, not as a row apart from its person', async () => {
    const csv = [HEADER, 'bogus,C1,,,,,,,,,,,,,,,,,'].join('\n');
    const report = await importRecords(store, { name: 'first.csv', data: csv }, options);
    expect(report.rejected.map((e) => [e.line, e.path, e.message])).toEqual([
      [2, 'record_type', 'must be one of: person, term, offense, order, event, prior_conviction (found "bogus")'],
    ]);
  });

  it('refuses a file without the required header, with bad quoting, or bad UTF-8', async () => {
    const noHeader = await importRecords(store, { name: 'x.csv', data: 'id,name\nP-1,Ana\n' }, options);
    expect(noHeader.rejected[0]?.message).toMatch(/record_type and person_id/);
    const badQuote = await importRecords(
      store,
      { name: 'x.csv', data: `${HEADER}\nperson,"P-000001,,,\n` },
      { ...options, skipInvalid: true },
    );
    expect(badQuote.committed).toBe(false);
    expect(badQuote.rejected[0]?.message).toMatch(/CSV/);
    const bytes = new TextEncoder().encode(EXAMPLE);
    const broken = new Uint8Array([...bytes.slice(0, 200), 0xff, ...bytes.slice(200)]);
    const badUtf8 = await importRecords(store, { name: 'x.csv', data: broken }, { ...options, skipInvalid: true });
    expect(badUtf8.rejected[0]?.message).toMatch(/UTF-8/);
    const empty = await importRecords(store, { name: 'x.csv', data: '' }, options);
    expect(empty.rejected[0]?.message).toMatch(/empty/);
    expect(await store.people.count({})).toBe(0);
  });

  it('imports the example in docs/import-csv.md', async () => {
    const doc = readFileSync(new URL('../docs/import-csv.md', import.meta.url), 'utf8');
    const csv = /```csv\n([\s\S]*?)```/.exec(doc)![1]!;
    const report = await importRecords(store, { name: 'example.csv', data: csv }, options);
    expect(report).toEqual({ read: 2, written: 2, rejected: [], committed: true });
  });
});
