import { describe, expect, it } from 'vitest';
import { visits, type AuditView } from './visits.ts';

const view = (at: string, actorUserId: string, action = 'person.read', reason: string | null = null): AuditView => ({
  at,
  actorUserId,
  actorName: actorUserId === 'u1' ? 'Officer One' : 'Supervisor Two',
  actorRole: actorUserId === 'u1' ? 'officer' : 'supervisor',
  action,
  reason,
});

describe('visits', () => {
  it('case: one page opened (five reads within a second) is one visit, at its latest moment, with the reason given', () => {
    const got = visits([
      view('2026-06-01T10:00:01Z', 'u1'),
      view('2026-06-01T10:00:01Z', 'u1'),
      view('2026-06-01T10:00:00Z', 'u1'),
      view('2026-06-01T10:00:00Z', 'u1'),
      view('2026-06-01T10:00:00Z', 'u1', 'person.read', 'caseload review'),
    ]);
    expect(got).toEqual([
      {
        at: '2026-06-01T10:00:01Z',
        actorName: 'Officer One',
        actorRole: 'officer',
        action: 'person.read',
        reason: 'caseload review',
        entries: 5,
      },
    ]);
  });

  it('case: a gap of 15 minutes still joins (10:15 − 10:00 = 15); 16 minutes starts a new visit', () => {
    expect(visits([view('2026-06-01T10:15:00Z', 'u1'), view('2026-06-01T10:00:00Z', 'u1')]).map((v) => v.entries)).toEqual([2]);
    expect(visits([view('2026-06-01T10:16:00Z', 'u1'), view('2026-06-01T10:00:00Z', 'u1')]).map((v) => v.entries)).toEqual([1, 1]);
  });

  it('case: another person, or another kind of act, is another visit', () => {
    const got = visits([
      view('2026-06-01T10:02:00Z', 'u2'),
      view('2026-06-01T10:01:00Z', 'u1', 'document.generate'),
      view('2026-06-01T10:00:00Z', 'u1'),
    ]);
    expect(got.map((v) => [v.actorName, v.action, v.entries])).toEqual([
      ['Supervisor Two', 'person.read', 1],
      ['Officer One', 'document.generate', 1],
      ['Officer One', 'person.read', 1],
    ]);
  });
});
