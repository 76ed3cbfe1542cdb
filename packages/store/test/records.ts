import type { User } from '../src/index.ts';

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

/** A fictional officer of agency AG-1 with no unit, for tests that need a user to act or to own a caseload. */
export function officer(id: string, username = id): Omit<User, 'createdAt' | 'failedLogins' | 'lockedUntil'> {
  return {
    id,
    username,
    displayName: username,
    role: 'officer',
    agencyId: 'AG-1',
    unitId: null,
    personId: null,
    passwordHash: 'scrypt$fictional',
    totpSecret: null,
  };
}
