import { describe, expect, it } from 'vitest';
import type { PersonSummary, SanctionLimitSummary } from '../api/types.ts';
import { displayName, matchesSearch, sanctionLimitText, toRow, visibleRows, type CaseloadRow } from './caseload.ts';
import { caseloadCsv, csvField } from './csv.ts';

const today = '2026-06-01';

const BLOCKED = 'The 2-year limit does not apply, because robbery is on the list of violent felonies.';
const FIRST: SanctionLimitSummary = { violationNumber: 1, confinementAllowed: true, maxConfinementDays: 15 };

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
        actions: [],
        projectedEndDate: end,
        opportunities:
          date === null && status !== 'ineligible'
            ? []
            : [{ kind: 'early_termination', status, date, ...(status === 'ineligible' ? { reason: BLOCKED } : {}) }],
        sanctionLimit: status === 'ineligible' ? null : FIRST,
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

  it('case: a blocked term says why; every term gives its next sanction limit', () => {
    expect(rows[2]!.chips[0]).toMatchObject({ status: 'blocked', blockedBecause: BLOCKED, nextSanction: 'no statutory limit' });
    expect(rows[0]!.chips[0]).toMatchObject({ nextSanction: 'violation 1: up to 15 days' });
    expect(rows[0]!.chips[0]!.blockedBecause).toBeUndefined();
  });

  it('case: the sanction limit in words: a day limit, no confinement at all, or confinement with no day limit', () => {
    expect(sanctionLimitText({ violationNumber: 2, confinementAllowed: true, maxConfinementDays: 30 })).toBe('violation 2: up to 30 days');
    expect(sanctionLimitText({ violationNumber: 1, confinementAllowed: false, maxConfinementDays: 0 })).toBe('violation 1: no confinement');
    expect(sanctionLimitText({ violationNumber: 4, confinementAllowed: true, maxConfinementDays: null })).toBe(
      'violation 4: confinement, no day limit',
    );
    expect(sanctionLimitText(null)).toBe('no statutory limit');
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
      'id,name,projected_end_date,status,terms,next_sanction_limit,blocked_because',
      'P-10,"baker, Kim",2026-07-01,Eligible now,T-1: Eligible now (2025-01-01),T-1: violation 1: up to 15 days,',
      `P-2,"Baker, Lee",,Blocked,T-1: Blocked,T-1: no statutory limit,"T-1: ${BLOCKED}"`,
      '',
    ]);
  });

  it('case: quotes and formulas are escaped', () => {
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('plain')).toBe('plain');
  });
});
