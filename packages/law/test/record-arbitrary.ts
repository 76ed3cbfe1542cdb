/**
 * fast-check arbitraries for whole person records across the encoded jurisdictions: varied offenses,
 * lengths, violations, custody, payments, achievements and orders. Every record they produce passes
 * validation, so properties test the engine rather than the validator.
 */
import fc from 'fast-check';
import { dayFromCivil, formatIsoDate } from '../src/dates/calendar.ts';
import type { PersonRecord } from '../src/records/schema.ts';

const STATUTES: Record<string, { statute: string; level: 'felony' | 'misdemeanor' | 'gross_misdemeanor'; class?: string }[]> = {
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
Object.assign(STATUTES, {
  'US-GA': [
    { statute: 'O.C.G.A. § 16-8-2', level: 'felony' },
    { statute: 'O.C.G.A. § 16-8-41', level: 'felony' },
    { statute: 'O.C.G.A. § 16-13-30', level: 'felony' },
  ],
  'US-MN': [
    { statute: 'Minn. Stat. § 609.52', level: 'felony' },
    { statute: 'Minn. Stat. § 609.342', level: 'felony' },
    { statute: 'Minn. Stat. § 169A.20', level: 'gross_misdemeanor' },
  ],
  'US-VA': [
    { statute: 'Va. Code § 18.2-95', level: 'felony' },
    { statute: 'Va. Code § 18.2-250', level: 'felony' },
    { statute: 'Va. Code § 18.2-57.2', level: 'misdemeanor' },
  ],
  'US-LA': [
    { statute: 'La. R.S. 14:67', level: 'felony' },
    { statute: 'La. R.S. 14:64', level: 'felony' },
    { statute: 'La. R.S. 14:98', level: 'misdemeanor' },
  ],
  'US-AZ': [
    { statute: 'A.R.S. § 13-1802', level: 'felony', class: '6' },
    { statute: 'A.R.S. § 13-1204', level: 'felony', class: '3' },
    { statute: 'A.R.S. § 13-3408', level: 'felony' },
  ],
  'US-NY': [
    { statute: 'PL 155.30', level: 'felony' },
    { statute: 'PL 130.35', level: 'felony' },
    { statute: 'PL 220.16', level: 'felony' },
  ],
  'US-FL': [
    { statute: 'Fla. Stat. § 812.014', level: 'felony' },
    { statute: 'Fla. Stat. § 316.193', level: 'misdemeanor' },
  ],
  'US-FED': [
    { statute: '18 U.S.C. § 922(g)', level: 'felony' },
    { statute: '18 U.S.C. § 641', level: 'misdemeanor' },
  ],
} satisfies typeof STATUTES);
export const ENCODED = Object.keys(STATUTES);

const dayIn = (fromYear: number, toYear: number) => fc.integer({ min: dayFromCivil(fromYear, 1, 1), max: dayFromCivil(toYear, 12, 31) });

/** A person whose term starts between the first day of `fromYear` and the last of `toYear`. */
export const personStartingIn = (fromYear: number, toYear: number): fc.Arbitrary<PersonRecord> =>
  fc
    .record({
      jurisdiction: fc.constantFrom(...ENCODED),
      statuteIndex: fc.nat(),
      start: dayIn(fromYear, toYear),
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
      kind: fc.constantFrom('probation', 'probation', 'parole', 'supervised_release', 'conditional_release'),
      shape: fc.constantFrom('length', 'length', 'length', 'endDate', 'lifetime'),
      order: fc.constantFrom(undefined, 'revocation', 'reinstatement', 'credits_ineligible', 'early_termination', 'discharge'),
      agency: fc.constantFrom(undefined, 'state', 'county', 'court'),
      openEnded: fc.boolean(),
      priors: fc.constantFrom(undefined, [], [{ date: '2005-05-01', level: 'felony' }]),
      // Whole and part months: the spec allows any number, and a part month once crashed the date arithmetic.
      maxPrison: fc.option(fc.oneof(fc.integer({ min: 0, max: 600 }), fc.double({ min: 0, max: 600, noNaN: true })), { nil: undefined }),
    })
    .map(
      ({
        jurisdiction,
        statuteIndex,
        start,
        delay,
        length,
        restitution,
        events,
        extension,
        kind,
        shape,
        order,
        agency,
        openEnded,
        priors,
        maxPrison,
      }): PersonRecord => {
        const choices = STATUTES[jurisdiction]!;
        const offense = choices[statuteIndex % choices.length]!;
        const iso = (d: number) => formatIsoDate(d);
        return {
          id: 'P-PROP',
          ...(priors === undefined ? {} : { priorConvictions: priors }),
          terms: [
            {
              id: 'T-1',
              jurisdiction,
              kind,
              sentenceDate: iso(start),
              startDate: iso(start + delay),
              ...(shape === 'length'
                ? { length }
                : shape === 'endDate'
                  ? { endDate: iso(start + delay + 400 + length.years * 365) }
                  : { lifetime: true }),
              offenses: [{ ...offense, ...(maxPrison === undefined ? {} : { maxPrisonMonths: maxPrison }) }],
              ...(agency === undefined ? {} : { supervisingAgency: agency }),
              ...(restitution === undefined ? {} : { restitutionOrderedUsd: restitution }),
              orders: [
                ...(extension === undefined ? [] : [{ type: 'extension', date: iso(start + delay + 200), months: extension }]),
                ...(order === undefined ? [] : [{ type: order, date: iso(start + delay + 500) }]),
              ],
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
                return openEnded
                  ? { type: 'custody', start: date, reason: 'violation' }
                  : { type: 'custody', start: date, end: iso(start + delay + e.offset + e.span), reason: 'violation' };
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
      },
    );

export const personArbitrary: fc.Arbitrary<PersonRecord> = personStartingIn(2010, 2026);
