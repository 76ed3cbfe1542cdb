import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../api/types.ts';
import {
  actionWords,
  AUDIT_FILTER_MAX,
  auditFilterFrom,
  auditPage,
  auditRequestPath,
  auditSearch,
  auditView,
  detailLines,
  NO_AUDIT_FILTER,
} from './audit.ts';

const entry = (id: number): AuditEntry => ({
  id,
  at: '2026-12-01T10:00:00.000Z',
  actorUserId: 'U-1',
  actorName: 'Officer One',
  action: 'person.read',
  personId: 'P-1',
  reason: null,
  detail: {},
});

describe('auditRequestPath', () => {
  it('case: the first page asks for one entry more than it shows, with no cursor and no blank filter', () => {
    expect(auditRequestPath(NO_AUDIT_FILTER, null, 50)).toBe('/api/audit?limit=51');
  });

  it('case: a filtered later page names the person, the actor (trimmed) and the entry it starts before', () => {
    expect(auditRequestPath({ personId: ' P-CA-00001 ', actor: 'admin ca' }, 812, 20)).toBe(
      '/api/audit?personId=P-CA-00001&actor=admin+ca&before=812&limit=21',
    );
  });
});

describe('the filter in the address', () => {
  it('case: a filter survives the round trip through the address, trimmed, other parameters kept', () => {
    const search = auditSearch({ personId: ' P-CA-00001 ', actor: 'officer ca/1' }, '?x=1');
    expect(search).toBe('?x=1&person=P-CA-00001&actor=officer+ca%2F1');
    expect(auditFilterFrom(search)).toEqual({ personId: 'P-CA-00001', actor: 'officer ca/1' });
  });

  it('case: no filter is no query, and clearing removes only the filter', () => {
    expect(auditSearch(NO_AUDIT_FILTER)).toBe('');
    expect(auditSearch(NO_AUDIT_FILTER, '?person=P-1&actor=a&x=1')).toBe('?x=1');
    expect(auditFilterFrom('')).toEqual(NO_AUDIT_FILTER);
  });

  it('case: a value the API would refuse (blank, or longer than it takes) is no filter, not a failed screen', () => {
    expect(auditFilterFrom(`?person=${'X'.repeat(AUDIT_FILTER_MAX + 1)}&actor=%20%20`)).toEqual(NO_AUDIT_FILTER);
    expect(auditFilterFrom(`?person=${'X'.repeat(AUDIT_FILTER_MAX)}`).personId).toHaveLength(AUDIT_FILTER_MAX);
  });
});

describe('auditPage', () => {
  it('case: the extra entry means an older page exists and is not shown', () => {
    const answered = [5, 4, 3].map(entry);
    expect(auditPage(answered, 2)).toEqual({ shown: answered.slice(0, 2), hasOlder: true });
    expect(auditPage(answered.slice(0, 2), 2)).toEqual({ shown: answered.slice(0, 2), hasOlder: false });
    expect(auditPage([], 2)).toEqual({ shown: [], hasOlder: false });
  });
});

describe('the words of an entry', () => {
  it('case: a known action has words; another has none (the screen shows its code)', () => {
    expect(actionWords('person.read')).toBe('Opened a person’s record');
    expect(actionWords('council.create')).toBeNull();
  });

  it('case: the view read is taken from the detail, and the rest of the detail is one line per value', () => {
    const detail = { view: 'checklists', termId: 'T-1' };
    expect(auditView(detail)).toBe('checklists');
    expect(auditView({ view: 3 })).toBeNull();
    expect(detailLines(detail)).toEqual(['termId: T-1']);
  });

  it('case: nested filters read by their path, long lists are cut short, empty objects leave nothing', () => {
    expect(detailLines({ filter: { personId: 'P-1' }, limit: 51, before: null })).toEqual([
      'filter.personId: P-1',
      'limit: 51',
      'before: —',
    ]);
    expect(detailLines({ ids: ['A', 'B', 'C', 'D', 'E', 'F', 'G'] })).toEqual(['ids: A, B, C, D, E and 2 more']);
    expect(detailLines({ ids: [] })).toEqual(['ids: (none)']);
    expect(detailLines({ filter: {} })).toEqual([]);
    expect(detailLines({})).toEqual([]);
  });
});
