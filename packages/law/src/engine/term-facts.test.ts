import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../dates/calendar.ts';
import type { PersonRecord, SupervisionEvent } from '../records/schema.ts';
import { buildTermFacts, eventDays, revokedSpans, type OrderFacts } from './term-facts.ts';

const noTable = () => [];

/** A Missouri theft term: `sentenceDate` is also its start. */
const theftTerm = (id: string, sentenceDate: string, years: number, level: 'felony' | 'misdemeanor') => ({
  id,
  jurisdiction: 'US-MO',
  kind: 'probation',
  sentenceDate,
  startDate: sentenceDate,
  length: { years },
  supervisingAgency: 'state',
  offenses: [{ statute: 'RSMo 570.030', level }],
});

function person(events: SupervisionEvent[]): PersonRecord {
  return {
    id: 'P-1',
    terms: [theftTerm('T-1', '2020-01-15', 3, 'felony'), theftTerm('T-2', '2024-06-01', 1, 'misdemeanor')],
    events,
  } as PersonRecord;
}

const payment = (date: string, amountUsd: number, termId?: string): SupervisionEvent =>
  ({ type: 'payment', date, amountUsd, kind: 'restitution', ...(termId ? { termId } : {}) }) as SupervisionEvent;

const facts = (p: PersonRecord, asOf = '2023-12-31', term = 0) =>
  buildTermFacts(p, p.terms[term]!, parseIsoDate(asOf), noTable, eventDays(p));

describe('buildTermFacts', () => {
  it('case: events given out of order come out by day; two on one day keep the order the record gives them', () => {
    const p = person([payment('2021-05-01', 30), payment('2020-03-01', 10), payment('2021-05-01', 40), payment('2020-02-01', 5)]);
    expect(facts(p).payments.map((x) => x.event.amountUsd)).toEqual([5, 10, 30, 40]);
  });

  it('case: a long list (more than 32 events, sorted by the built-in sort) comes out by day, stably, too', () => {
    // 40 payments, on 20 days from 2021-01-20 back to 2021-01-01 (two a day, the smaller amount first).
    const events = Array.from({ length: 40 }, (_, i) => payment(`2021-01-${String(20 - Math.floor(i / 2)).padStart(2, '0')}`, i));
    const amounts = facts(person(events)).payments.map((x) => x.event.amountUsd);
    expect(amounts.slice(0, 4)).toEqual([38, 39, 36, 37]);
    expect(amounts).toHaveLength(40);
  });

  it('case: kinds with no events are empty lists, and events after the as-of date are not yet known', () => {
    // The payment of 2024-01-01 is one day after the as-of date 2023-12-31. (Both name T-1: without a
    // termId they would apply to no term, T-1 having ended on 2023-01-15.)
    const f = facts(person([payment('2023-12-31', 1, 'T-1'), payment('2024-01-01', 2, 'T-1')]));
    expect(f.payments.map((x) => x.event.amountUsd)).toEqual([1]);
    expect([f.violations, f.arrests, f.custody, f.absconded, f.employment, f.orders]).toEqual([[], [], [], [], [], []]);
  });

  it('case: an event without termId applies to each term active on its day; one with termId to that term only', () => {
    // T-1 runs 2020-01-15 to 2023-01-15; T-2 from 2024-06-01. 2024-07-01 is inside T-2 only.
    const p = person([payment('2024-07-01', 1), payment('2021-01-01', 2, 'T-2'), payment('2021-01-01', 3)]);
    expect(facts(p, '2025-01-01', 0).payments.map((x) => x.event.amountUsd)).toEqual([3]);
    expect(facts(p, '2025-01-01', 1).payments.map((x) => x.event.amountUsd)).toEqual([2, 1]);
  });

  it('case: an interval still open on the as-of date, or closed after it, is open as far as the evaluation knows', () => {
    const p = person([
      { type: 'custody', start: '2021-02-01', end: '2021-02-10' },
      { type: 'custody', start: '2021-03-01', end: '2024-03-01' },
      { type: 'absconded', start: '2022-01-01' },
    ] as SupervisionEvent[]);
    const f = facts(p);
    expect(f.custody).toEqual([
      { start: parseIsoDate('2021-02-01'), end: parseIsoDate('2021-02-10'), reason: undefined },
      { start: parseIsoDate('2021-03-01'), end: null, reason: undefined },
    ]);
    expect(f.absconded).toEqual([{ start: parseIsoDate('2022-01-01'), end: null }]);
  });

  const violation = (date: string): SupervisionEvent =>
    ({ type: 'violation', date, category: 'technical', status: 'sustained' }) as SupervisionEvent;

  it('case: a term extended by order stays active through its new end for events without termId', () => {
    // T-1: 2020-01-15 + 3 years = 2023-01-15, extended 12 months on 2022-10-01 → 2024-01-15. A violation on
    // 2023-06-01 falls in the added months; one on 2024-01-16 falls after them.
    const p = person([violation('2023-06-01'), violation('2024-01-16')]);
    p.terms[0]!.orders = [{ type: 'extension', date: '2022-10-01', months: 12 }];
    expect(facts(p, '2024-03-01').violations.map((v) => v.event.date)).toEqual(['2023-06-01']);
  });

  it('case: a violation or absconding before a term starts is not on it; restitution paid after the sentence is', () => {
    // T-2 is imposed on 2024-01-10 and starts on 2024-06-01 (a split sentence).
    const p = person([
      violation('2024-03-01'),
      { type: 'absconded', start: '2024-02-01', end: '2024-02-20' } as SupervisionEvent,
      payment('2024-03-01', 7),
      violation('2024-06-01'),
    ]);
    p.terms[1]!.sentenceDate = '2024-01-10';
    const f = facts(p, '2024-12-31', 1);
    expect(f.violations.map((v) => v.event.date)).toEqual(['2024-06-01']);
    expect(f.absconded).toEqual([]);
    expect(f.payments.map((x) => x.event.amountUsd)).toEqual([7]);
  });

  it('case: a revocation and a reinstatement on one day: the revocation comes first, whichever order the record gives', () => {
    const p = person([]);
    p.terms[0]!.orders = [
      { type: 'reinstatement', date: '2022-06-10' },
      { type: 'revocation', date: '2022-06-10' },
    ];
    expect(facts(p).orders.map((o) => o.type)).toEqual(['revocation', 'reinstatement']);
  });
});

describe('revokedSpans', () => {
  const order = (type: OrderFacts['type'], day: number): OrderFacts => ({
    type,
    day,
    months: undefined,
    order: { type, date: '2024-01-01' } as OrderFacts['order'],
  });

  it('case: revocation to the day before the reinstatement; a revocation not undone, or undone the same day, gives none', () => {
    expect(revokedSpans([order('revocation', 100), order('reinstatement', 130)])).toEqual([{ start: 100, end: 129, reason: 'revoked' }]);
    expect(revokedSpans([order('revocation', 100)])).toEqual([]);
    expect(revokedSpans([order('revocation', 100), order('reinstatement', 100)])).toEqual([]);
    expect(
      revokedSpans([
        order('revocation', 10),
        order('reinstatement', 20),
        order('extension', 25),
        order('revocation', 30),
        order('reinstatement', 31),
      ]),
    ).toEqual([
      { start: 10, end: 19, reason: 'revoked' },
      { start: 30, end: 30, reason: 'revoked' },
    ]);
  });
});
