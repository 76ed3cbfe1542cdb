import { describe, expect, it } from 'vitest';
import type { PersonSummary } from '../api/types.ts';
import { displayName, matchesSearch, toRow, visibleRows, type CaseloadRow } from './caseload.ts';
import { caseloadCsv, csvField } from './csv.ts';

const today = '2026-06-01';

function person(id: string, family: string, given: string, end: string | null, date: string | null, status = 'upcoming'): PersonSummary {
  return {
    id,
    agencyId: 'A-1',
    name: { given, family },
    terms: [
      {
        termId: 'T-1',
        jurisdiction: 'US-CA',
        asOf: today,
        projectedEndDate: end,
        opportunities: date === null && status !== 'ineligible' ? [] : [{ kind: 'early_termination', status, date }],
      },
    ],
  };
}

const rows: CaseloadRow[] = [
  person('P-3', 'Zamora', 'Ana', '2027-01-01', '2026-06-10'),
  person('P-1', 'Álvarez', 'José', '2026-09-01', '2026-08-15'),
  person('P-2', 'Baker', 'Lee', null, null, 'ineligible'),
  person('P-10', 'baker', 'Kim', '2026-07-01', '2025-01-01', 'eligible'),
].map((p) => toRow(p, today));

describe('caseload rows', () => {
  it('case: a row names the person family first and carries one chip per term', () => {
    expect(rows[0]).toMatchObject({ id: 'P-3', name: 'Zamora, Ana', status: 'within30', chips: [{ termId: 'T-1', date: '2026-06-10' }] });
    expect(displayName(null, 'P-9')).toBe('P-9');
  });

  it('case: sorting by name ignores case and accents, ties by id', () => {
    const names = visibleRows(rows, '', 'all', { key: 'name', direction: 'ascending' }).map((r) => r.id);
    expect(names).toEqual(['P-1', 'P-10', 'P-2', 'P-3']);
  });

  it('case: sorting by end date puts unknown dates last both ways', () => {
    const asc = visibleRows(rows, '', 'all', { key: 'projectedEndDate', direction: 'ascending' }).map((r) => r.id);
    const desc = visibleRows(rows, '', 'all', { key: 'projectedEndDate', direction: 'descending' }).map((r) => r.id);
    expect(asc).toEqual(['P-10', 'P-1', 'P-3', 'P-2']);
    expect(desc).toEqual(['P-3', 'P-1', 'P-10', 'P-2']);
  });

  it('case: the status filter and the search combine', () => {
    expect(visibleRows(rows, '', 'blocked', { key: 'name', direction: 'ascending' }).map((r) => r.id)).toEqual(['P-2']);
    expect(visibleRows(rows, 'baker', 'all', { key: 'name', direction: 'ascending' }).map((r) => r.id)).toEqual(['P-10', 'P-2']);
    expect(visibleRows(rows, 'baker', 'eligible', { key: 'name', direction: 'ascending' }).map((r) => r.id)).toEqual(['P-10']);
    expect(matchesSearch(rows[1]!, 'jose alvarez')).toBe(true);
    expect(matchesSearch(rows[1]!, 'p-1')).toBe(true);
    expect(matchesSearch(rows[0]!, 'p-1')).toBe(false);
  });
});

describe('CSV export', () => {
  it('case: the rows shown, in order, with a header', () => {
    const csv = caseloadCsv(visibleRows(rows, 'baker', 'all', { key: 'name', direction: 'ascending' }));
    expect(csv.split('\r\n')).toEqual([
      'id,name,projected_end_date,status,terms',
      'P-10,"baker, Kim",2026-07-01,Eligible now,T-1: Eligible now (2025-01-01)',
      'P-2,"Baker, Lee",,Blocked,T-1: Blocked',
      '',
    ]);
  });

  it('case: quotes and formulas are escaped', () => {
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('plain')).toBe('plain');
  });
});
