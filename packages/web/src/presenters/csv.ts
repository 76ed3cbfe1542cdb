/** The caseload as CSV (RFC 4180), exactly the rows and order shown, with a guard against spreadsheet formulas. */
import type { CaseloadRow } from './caseload.ts';
import { STATUS_LABEL } from './opportunity-status.ts';

/** Quotes a field when needed; a leading =, +, -, @ (a formula to a spreadsheet) gets a quote mark first. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function caseloadCsv(rows: readonly CaseloadRow[]): string {
  const header = ['id', 'name', 'projected_end_date', 'status', 'terms', 'next_sanction_limit', 'blocked_because'];
  const lines = rows.map((r) =>
    [
      r.id,
      r.name,
      r.projectedEndDate ?? '',
      STATUS_LABEL[r.status],
      r.chips.map((c) => `${c.termId}: ${STATUS_LABEL[c.status]}${c.date ? ` (${c.date})` : ''}`).join('; '),
      r.chips.map((c) => `${c.termId}: ${c.nextSanction}`).join('; '),
      r.chips
        .filter((c) => c.blockedBecause)
        .map((c) => `${c.termId}: ${c.blockedBecause}`)
        .join('; '),
    ]
      .map(csvField)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
