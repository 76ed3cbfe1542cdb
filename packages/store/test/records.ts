/** Fictional person records for the tests: valid by construction, one California probation term each. */
export function person(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const id = `P-${String(n).padStart(6, '0')}`;
  return {
    id,
    terms: [
      {
        id: 'T-1',
        jurisdiction: 'US-CA',
        kind: 'probation',
        sentenceDate: '2024-01-15',
        startDate: '2024-01-15',
        length: { years: 2 + (n % 3) },
        supervisingAgency: 'county',
        offenses: [{ statute: 'PC 459', description: 'burglary', level: 'felony' }],
      },
    ],
    events: [],
    ...extra,
  };
}

export const jsonl = (records: unknown[]): string => records.map((r) => JSON.stringify(r)).join('\n') + '\n';
