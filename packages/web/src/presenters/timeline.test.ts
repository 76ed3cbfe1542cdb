import { describe, expect, it } from 'vitest';
import type { PersonRecord, TermEvaluation } from '../api/types.ts';
import { timelineItems } from './timeline.ts';

const record: PersonRecord = {
  id: 'P-1',
  terms: [{ id: 'T-1', jurisdiction: 'US-CA', kind: 'probation', sentenceDate: '2024-03-15', startDate: '2024-03-15', offenses: [] }],
  events: [
    { type: 'payment', date: '2024-05-01', amountUsd: 50, kind: 'restitution' },
    { type: 'violation', date: '2024-04-02', category: 'technical', status: 'sustained', sanction: { type: 'jail', days: 3 } },
    { type: 'custody', start: '2025-01-10', reason: 'violation' },
    { type: 'absconded', start: '2024-08-01', end: '2024-08-20' },
    { type: 'achievement', date: '2024-09-01', kind: 'ged' },
    { type: 'employment', start: '2024-06-01' },
  ],
};
const evaluation = { termId: 'T-1', projectedEndDate: '2026-09-15', scheduledEndDate: '2027-03-14' } as TermEvaluation;

describe('timelineItems', () => {
  it('case: the term runs to its projected end and events come in date order', () => {
    const items = timelineItems(record, [evaluation], '2026-06-01');
    expect(items.map((i) => [i.lane, i.start, i.end])).toEqual([
      ['Term', '2024-03-15', '2026-09-15'],
      ['Violation', '2024-04-02', null],
      ['Sanction', '2024-04-02', null],
      ['Payment', '2024-05-01', null],
      ['Absconding', '2024-08-01', '2024-08-20'],
      ['Achievement', '2024-09-01', null],
      ['Custody', '2025-01-10', '2026-06-01'],
    ]);
    expect(items[2]!.label).toBe('sanction: jail, 3 days');
    expect(items[6]!.label).toBe('custody (violation), ongoing');
  });

  it('case: a term without an evaluation falls back to today', () => {
    expect(timelineItems({ ...record, events: [] }, [], '2026-06-01')[0]).toMatchObject({ end: '2026-06-01' });
  });
});
