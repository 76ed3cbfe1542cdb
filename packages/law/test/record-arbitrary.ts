/**
 * fast-check arbitraries for whole person records across the encoded jurisdictions: varied offenses,
 * lengths, violations, custody, payments, achievements and orders. Every record they produce passes
 * validation, so properties test the engine rather than the validator.
 */
import fc from 'fast-check';
import { dayFromCivil, formatIsoDate } from '../src/dates/calendar.ts';
import type { PersonRecord } from '../src/records/schema.ts';

const STATUTES: Record<string, { statute: string; level: 'felony' | 'misdemeanor'; class?: string }[]> = {
  'US-CA': [
    { statute: 'PC 459', level: 'felony' },
    { statute: 'PC 211', level: 'felony' },
    { statute: 'PC 487(b)(3)', level: 'felony' },
    { statute: 'VC 23152(a)', level: 'misdemeanor' },
    { statute: 'PC 273.5', level: 'felony' },
    { statute: 'PC 484', level: 'misdemeanor' },
  ],
  'US-MO': [
    { statute: 'RSMo 570.030', level: 'felony', class: 'E' },
    { statute: 'RSMo 579.015', level: 'felony', class: 'D' },
    { statute: 'RSMo 565.225', level: 'felony', class: 'D' },
    { statute: 'RSMo 569.170', level: 'felony', class: 'C' },
    { statute: 'RSMo 571.070', level: 'felony', class: 'D' },
  ],
  'US-PA': [
    { statute: '18 Pa.C.S. 3921', level: 'felony', class: 'F3' },
    { statute: '18 Pa.C.S. 3929', level: 'misdemeanor', class: 'M2' },
    { statute: '18 Pa.C.S. 2701', level: 'misdemeanor', class: 'M2' },
    { statute: '35 P.S. 780-113(a)(30)', level: 'felony' },
    { statute: '18 Pa.C.S. 3701', level: 'felony', class: 'F1' },
  ],
  'US-MI': [
    { statute: 'MCL 750.413', level: 'felony' },
    { statute: 'MCL 750.356', level: 'misdemeanor' },
    { statute: 'MCL 750.411h', level: 'misdemeanor' },
    { statute: 'MCL 257.625', level: 'misdemeanor' },
    { statute: 'MCL 750.529', level: 'felony' },
  ],
};
export const ENCODED = Object.keys(STATUTES);

const dayIn = (fromYear: number, toYear: number) => fc.integer({ min: dayFromCivil(fromYear, 1, 1), max: dayFromCivil(toYear, 12, 31) });

export const personArbitrary: fc.Arbitrary<PersonRecord> = fc
  .record({
    jurisdiction: fc.constantFrom(...ENCODED),
    statuteIndex: fc.nat(),
    start: dayIn(2010, 2026),
    delay: fc.integer({ min: 0, max: 400 }),
    length: fc.record({ years: fc.integer({ min: 0, max: 8 }), months: fc.integer({ min: 1, max: 11 }) }),
    restitution: fc.option(fc.integer({ min: 100, max: 50_000 }), { nil: undefined }),
    events: fc.array(
      fc.record({
        kind: fc.constantFrom('violation', 'custody', 'absconded', 'payment', 'achievement', 'arrest', 'conviction'),
        offset: fc.integer({ min: 0, max: 3000 }),
        span: fc.integer({ min: 1, max: 120 }),
        category: fc.constantFrom('technical', 'new_offense', 'absconding'),
        status: fc.constantFrom('reported', 'sustained', 'dismissed'),
        episode: fc.constantFrom('E1', 'E2', undefined),
      }),
      { maxLength: 6 },
    ),
    extension: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  })
  .map(({ jurisdiction, statuteIndex, start, delay, length, restitution, events, extension }): PersonRecord => {
    const choices = STATUTES[jurisdiction]!;
    const offense = choices[statuteIndex % choices.length]!;
    const iso = (d: number) => formatIsoDate(d);
    return {
      id: 'P-PROP',
      terms: [
        {
          id: 'T-1',
          jurisdiction,
          kind: 'probation',
          sentenceDate: iso(start),
          startDate: iso(start + delay),
          length,
          offenses: [{ ...offense }],
          ...(restitution === undefined ? {} : { restitutionOrderedUsd: restitution }),
          ...(extension === undefined ? {} : { orders: [{ type: 'extension', date: iso(start + delay + 200), months: extension }] }),
        },
      ],
      events: events.map((e) => {
        const date = iso(start + delay + e.offset);
        switch (e.kind) {
          case 'violation':
            return {
              type: 'violation',
              date,
              category: e.category,
              status: e.status,
              ...(e.episode ? { episodeId: e.episode } : {}),
              kinds: ['missed_appointment'],
            };
          case 'custody':
            return { type: 'custody', start: date, end: iso(start + delay + e.offset + e.span), reason: 'violation' };
          case 'absconded':
            return { type: 'absconded', start: date, end: iso(start + delay + e.offset + e.span) };
          case 'payment':
            return { type: 'payment', date, amountUsd: e.span * 100, kind: 'restitution' };
          case 'achievement':
            return { type: 'achievement', date, kind: 'ged' };
          case 'arrest':
            return { type: 'arrest', date, level: 'misdemeanor' };
          default:
            return { type: 'conviction', date, level: 'misdemeanor' };
        }
      }),
    } as PersonRecord;
  });
