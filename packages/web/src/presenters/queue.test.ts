import { describe, expect, it } from 'vitest';
import type { ActionState, OpportunitySummary, PersonSummary } from '../api/types.ts';
import { settled } from './opportunity-status.ts';
import { actionNote, buildQueue, openingKind, standing, whenText } from './queue.ts';

const today = '2026-06-01';

function person(
  id: string,
  terms: { termId: string; opportunities: OpportunitySummary[]; actions?: ActionState[] }[],
  family?: string,
): PersonSummary {
  return {
    id,
    agencyId: 'A',
    name: family ? { family } : null,
    terms: terms.map((t) => ({ actions: [], ...t, jurisdiction: 'CA', asOf: '2026-05-30', projectedEndDate: null, sanctionLimit: null })),
  };
}

describe('standing', () => {
  it('case: eligible, a passed upcoming date, and 30 days as the inclusive bound of almost', () => {
    expect(standing({ kind: 'term_cap', status: 'eligible', date: '2025-01-01' }, today)).toBe('eligible');
    expect(standing({ kind: 'term_cap', status: 'upcoming', date: '2026-05-31' }, today)).toBe('eligible');
    expect(standing({ kind: 'term_cap', status: 'upcoming', date: '2026-07-01' }, today)).toBe('almost');
    expect(standing({ kind: 'term_cap', status: 'upcoming', date: '2026-07-02' }, today)).toBe('neither');
    expect(standing({ kind: 'term_cap', status: 'upcoming', date: null }, today)).toBe('neither');
    expect(standing({ kind: 'term_cap', status: 'ineligible', date: null }, today)).toBe('neither');
  });
});

describe('buildQueue', () => {
  it('case: rows are grouped per kind into eligible and almost, each sorted by date with no date last', () => {
    const people = [
      person('P1', [{ termId: 'T1', opportunities: [{ kind: 'early_termination', status: 'eligible', date: '2026-03-01' }] }], 'Zed'),
      person('P2', [{ termId: 'T1', opportunities: [{ kind: 'early_termination', status: 'eligible', date: '2025-03-01' }] }], 'Young'),
      person('P3', [{ termId: 'T1', opportunities: [{ kind: 'early_termination', status: 'eligible', date: null }] }], 'Able'),
      person('P4', [{ termId: 'T1', opportunities: [{ kind: 'early_termination', status: 'upcoming', date: '2026-06-20' }] }]),
      person('P5', [{ termId: 'T1', opportunities: [{ kind: 'earned_discharge', status: 'upcoming', date: '2026-06-05' }] }]),
      person('P6', [{ termId: 'T1', opportunities: [{ kind: 'early_termination', status: 'upcoming', date: '2026-12-01' }] }]),
    ];
    const q = buildQueue(people, today);
    expect(q.early_termination.eligible.map((r) => r.personId)).toEqual(['P2', 'P1', 'P3']);
    expect(q.early_termination.almost.map((r) => r.personId)).toEqual(['P4']);
    expect(q.earned_discharge.almost.map((r) => [r.personId, r.daysFromToday])).toEqual([['P5', 4]]);
    expect(q.earned_discharge.eligible).toEqual([]);
    expect(q.review_conference).toEqual({ eligible: [], almost: [], actedOn: [] });
    expect(q.early_termination.eligible[1]!.name).toBe('Zed');
  });

  it('case: several bases of one kind on a term give one row, the best standing and then the earliest date', () => {
    const people = [
      person('P1', [
        {
          termId: 'T1',
          opportunities: [
            { kind: 'early_termination', status: 'upcoming', date: '2026-06-10' },
            { kind: 'early_termination', status: 'eligible', date: '2026-01-01' },
            { kind: 'early_termination', status: 'eligible', date: '2025-01-01' },
          ],
        },
        { termId: 'T2', opportunities: [{ kind: 'early_termination', status: 'upcoming', date: '2026-06-10' }] },
      ]),
    ];
    const q = buildQueue(people, today);
    expect(q.early_termination.eligible.map((r) => [r.termId, r.date])).toEqual([['T1', '2025-01-01']]);
    expect(q.early_termination.almost.map((r) => [r.termId, r.date])).toEqual([['T2', '2026-06-10']]);
  });

  it('case: an opportunity granted, denied, upheld or snoozed past today is acted on; submitted, reopened or a snooze ended stays', () => {
    const eligible: OpportunitySummary = { kind: 'early_termination', status: 'eligible', date: '2026-01-01' };
    const at = '2026-05-20T10:00:00.000Z';
    const acted = (status: ActionState['status'], snoozedUntil: string | null = null): ActionState => ({
      kind: 'early_termination',
      status,
      at,
      snoozedUntil,
    });
    const people = [
      person('P1', [{ termId: 'T1', opportunities: [eligible], actions: [acted('granted')] }]),
      person('P2', [{ termId: 'T1', opportunities: [eligible], actions: [acted('denied')] }]),
      person('P3', [{ termId: 'T1', opportunities: [eligible], actions: [acted('upheld')] }]),
      // Snoozed until tomorrow (today is 2026-06-01): acted on; until today: the snooze has ended.
      person('P4', [{ termId: 'T1', opportunities: [eligible], actions: [acted('snoozed', '2026-06-02')] }]),
      person('P5', [{ termId: 'T1', opportunities: [eligible], actions: [acted('snoozed', '2026-06-01')] }]),
      person('P6', [{ termId: 'T1', opportunities: [eligible], actions: [acted('submitted')] }]),
      person('P7', [{ termId: 'T1', opportunities: [eligible], actions: [acted('reopened')] }]),
      // An action on another kind does not touch this one.
      person('P8', [{ termId: 'T1', opportunities: [eligible], actions: [{ ...acted('denied'), kind: 'earned_discharge' }] }]),
    ];
    const q = buildQueue(people, today).early_termination;
    expect(q.actedOn.map((r) => r.personId)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(q.eligible.map((r) => r.personId)).toEqual(['P5', 'P6', 'P7', 'P8']);
    expect(q.eligible.map((r) => actionNote(r, today))).toEqual([
      'snooze ended 2026-06-01',
      'submitted on 2026-05-20',
      'denial reopened on 2026-05-20',
      '',
    ]);
    expect(q.actedOn.map((r) => actionNote(r, today))).toEqual([
      'granted on 2026-05-20',
      'denied on 2026-05-20',
      'denial upheld on 2026-05-20',
      'snoozed until 2026-06-02',
    ]);
    expect(settled(undefined, today)).toBe(false);
  });

  it('case: kinds the queue does not know are left out', () => {
    const q = buildQueue([person('P1', [{ termId: 'T1', opportunities: [{ kind: 'pardon', status: 'eligible', date: null }] }])], today);
    expect(Object.values(q).every((k) => k.eligible.length === 0 && k.almost.length === 0)).toBe(true);
  });
});

describe('openingKind', () => {
  const opportunity = (kind: string, status: OpportunitySummary['status'], date: string | null): OpportunitySummary => ({
    kind,
    status,
    date,
  });
  const queueOf = (...opportunities: OpportunitySummary[]) =>
    buildQueue(
      opportunities.map((o, n) => person(`P${n}`, [{ termId: 'T1', opportunities: [o] }])),
      today,
    );

  it('case: the first tab with anyone eligible now, passing over empty tabs before it', () => {
    expect(
      openingKind(queueOf(opportunity('early_termination', 'eligible', '2026-01-01'), opportunity('term_cap', 'eligible', null))),
    ).toBe('early_termination');
  });

  it('case: an almost-eligible tab is opened only when no tab has anyone eligible now', () => {
    expect(openingKind(queueOf(opportunity('earned_discharge', 'upcoming', '2026-06-05'), opportunity('term_cap', 'eligible', null)))).toBe(
      'term_cap',
    );
    expect(openingKind(queueOf(opportunity('review_conference', 'upcoming', '2026-06-05')))).toBe('review_conference');
  });

  it('case: an empty queue opens on the first tab', () => {
    expect(openingKind(queueOf())).toBe('earned_discharge');
  });
});

describe('whenText', () => {
  it('case: the date and the days to it or since it, in words', () => {
    const q = buildQueue(
      [
        person('P1', [{ termId: 'T1', opportunities: [{ kind: 'term_cap', status: 'upcoming', date: '2026-06-15' }] }]),
        person('P2', [{ termId: 'T1', opportunities: [{ kind: 'term_cap', status: 'eligible', date: '2026-05-31' }] }]),
        person('P3', [{ termId: 'T1', opportunities: [{ kind: 'term_cap', status: 'eligible', date: null }] }]),
      ],
      today,
    );
    expect(whenText(q.term_cap.almost[0]!)).toBe('eligible on 2026-06-15, in 14 days');
    expect(whenText(q.term_cap.eligible[0]!)).toBe('eligible since 2026-05-31 (1 day)');
    expect(whenText(q.term_cap.eligible[1]!)).toBe('eligible now (the law gives no date)');
  });
});

describe('almost eligible by one missing fact', () => {
  const restitution = { missing: ['restitution of $250.00 still owed'], dateIfResolved: '2026-05-01' };

  it('case: an ineligible opportunity the evaluation marks almost is in the almost list, dated as if resolved', () => {
    expect(standing({ kind: 'earned_discharge', status: 'ineligible', date: null, almost: restitution }, today)).toBe('almost');
    // An empty list of missing facts is not "one fact away".
    expect(
      standing({ kind: 'earned_discharge', status: 'ineligible', date: null, almost: { missing: [], dateIfResolved: null } }, today),
    ).toBe('neither');
    const q = buildQueue(
      [
        person('P1', [
          { termId: 'T1', opportunities: [{ kind: 'earned_discharge', status: 'ineligible', date: null, almost: restitution }] },
        ]),
      ],
      today,
    );
    expect(q.earned_discharge.almost).toEqual([
      expect.objectContaining({ personId: 'P1', date: '2026-05-01', daysFromToday: -31, missing: ['restitution of $250.00 still owed'] }),
    ]);
    // 2026-05-01 is before today (2026-06-01): resolving it opens the opportunity at once.
    expect(whenText(q.earned_discharge.almost[0]!)).toBe('missing: restitution of $250.00 still owed (once resolved, it opens at once)');
  });

  it('case: a later date if resolved is named; no date gives none', () => {
    const later = buildQueue(
      [
        person('P1', [
          {
            termId: 'T1',
            opportunities: [
              { kind: 'term_cap', status: 'ineligible', date: null, almost: { missing: ['proof'], dateIfResolved: '2026-09-01' } },
            ],
          },
        ]),
        person('P2', [
          {
            termId: 'T1',
            opportunities: [{ kind: 'term_cap', status: 'ineligible', date: null, almost: { missing: ['proof'], dateIfResolved: null } }],
          },
        ]),
      ],
      today,
    );
    expect(later.term_cap.almost.map(whenText)).toEqual(['missing: proof (once resolved, it opens on 2026-09-01)', 'missing: proof']);
  });
});
