/** Va. Code § 19.2-306.1: limits on active incarceration for technical violations (violations from 2021-07-01). */
import { describe, expect, it } from 'vitest';
import type { SupervisionEvent } from '../../../records/schema.ts';
import type { ViolationKind } from '../../../records/vocabulary.ts';
import { run, va, withReading } from './test-helpers.ts';

type V = Extract<SupervisionEvent, { type: 'violation' }>;
const tv = (date: string, kinds: ViolationKind[], extra: Partial<V> = {}): SupervisionEvent => ({
  type: 'violation',
  date,
  category: 'technical',
  status: 'sustained',
  kinds,
  ...extra,
});
const abscond = (date: string, extra: Partial<V> = {}): SupervisionEvent => ({
  type: 'violation',
  date,
  category: 'absconding',
  status: 'sustained',
  ...extra,
});
const limit = (events: SupervisionEvent[], asOf = '2023-06-30') => run(va({}, events), asOf).sanctionLimit;

describe('§ 19.2-306.1(C): first, second, third', () => {
  it('case: research example VA-1 — no findings yet: first → no active incarceration (0 days)', () => {
    const l = limit([]);
    expect(l).toMatchObject({ violationNumber: 1, confinementAllowed: false, maxConfinementDays: 0 });
    expect(l!.citations).toEqual(['Va. Code § 19.2-306.1(A)', 'Va. Code § 19.2-306.1(C)', 'Va. Code § 19.2-306.1(D)']);
    const why = l!.reasons!.join(' ');
    expect(why).toContain('cannot give you any active jail');
    // What changes if the next one is a firearm or absconding violation: it counts as a second.
    expect(why).toContain('counts as a second technical violation');
    expect(why).toContain('at most 14 days');
    expect(why).toContain('treatment');
  });

  it('case: VA-1 then — one cocaine finding (clause vii): the next is the second → 14 days with the finding', () => {
    const l = limit([tv('2022-09-10', ['positive_drug_test'])]);
    expect(l).toMatchObject({ violationNumber: 2, confinementAllowed: true, maxConfinementDays: 14 });
    expect(l!.reasons!.join(' ')).toContain('cannot be kept safely out of jail');
  });

  it('case: two findings at separate hearings: the next is the third → any original sentence (null)', () => {
    const l = limit([tv('2022-09-10', ['positive_drug_test']), tv('2023-02-15', ['missed_appointment'])]);
    expect(l).toMatchObject({ violationNumber: 3, confinementAllowed: true, maxConfinementDays: null });
  });

  it('case: research example VA-2 — two clauses at one hearing (same episode) count once', () => {
    // Drug finding 2022-09-10 (E1); then failure to report (v) and missed home visit (iv, recorded as
    // missed_appointment) heard together 2023-02-15 (E2) → two technical violations → next is the third.
    const l = limit([
      tv('2022-09-10', ['positive_drug_test'], { episodeId: 'E1' }),
      tv('2023-02-14', ['missed_appointment'], { episodeId: 'E2' }),
      tv('2023-02-15', ['missed_appointment'], { episodeId: 'E2' }),
    ]);
    expect(l).toMatchObject({ violationNumber: 3, maxConfinementDays: null });
  });

  it('case: three clauses of one incident before any hearing count as one → next is the second', () => {
    const l = limit([
      tv('2023-01-05', ['missed_appointment'], { episodeId: 'X' }),
      tv('2023-01-06', ['travel'], { episodeId: 'X' }),
      tv('2023-01-07', ['positive_drug_test'], { episodeId: 'X' }),
    ]);
    expect(l).toMatchObject({ violationNumber: 2, maxConfinementDays: 14 });
  });
});

describe('firearm (viii) and absconding (x)', () => {
  it('case: research example VA-3 — absconding found first: next ordinary is the second (14 days); a later absconding would be third', () => {
    const l = limit([abscond('2022-11-01', { episodeId: 'A' }), tv('2022-11-20', ['positive_drug_test'], { episodeId: 'A' })]);
    expect(l).toMatchObject({ violationNumber: 2, confinementAllowed: true, maxConfinementDays: 14 });
    expect(l!.reasons!.join(' ')).toContain('counts as a third or later technical violation');
  });

  it('case: research example VA-4 — firearm found first: same as absconding', () => {
    const l = limit([tv('2022-11-01', ['weapon'])]);
    expect(l).toMatchObject({ violationNumber: 2, maxConfinementDays: 14 });
    expect(l!.reasons!.join(' ')).toContain('third or later');
  });

  it('case: alternative reading — a first absconding counts as two, so the next ordinary one is the third', () => {
    const r = run(va({}, [abscond('2022-11-01')]), '2023-06-30', withReading('sanction.deemedNumberCarriesForward', true));
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 3, maxConfinementDays: null });
  });

  it('case: one ordinary finding first, no firearm/absconding: a next absconding is also a second', () => {
    const l = limit([tv('2022-09-10', ['missed_appointment'])]);
    expect(l).toMatchObject({ violationNumber: 2, maxConfinementDays: 14 });
    expect(l!.reasons!.join(' ')).not.toContain('firearm or absconding');
  });
});

describe('what is a technical violation', () => {
  it('case: a new-offense violation is not technical and is not counted', () => {
    const l = limit([{ type: 'violation', date: '2022-10-01', category: 'new_offense', status: 'sustained' }]);
    expect(l).toMatchObject({ violationNumber: 1, maxConfinementDays: 0 });
  });

  it('case: kinds off the list (no contact, failure to pay, curfew) are not technical; the reasons say so', () => {
    const l = limit([tv('2022-10-01', ['no_contact']), tv('2022-11-01', ['failure_to_pay']), tv('2022-12-01', ['curfew'])]);
    expect(l).toMatchObject({ violationNumber: 1 });
    expect(l!.reasons!.join(' ')).toContain('was not counted');
  });

  it('case: alternative reading — a curfew set by the officer is clause (v) and counts', () => {
    const r = run(
      va({}, [tv('2022-12-01', ['curfew'])]),
      '2023-06-30',
      withReading('sanction.kindClauses', [
        ['missed_appointment', 'v'],
        ['curfew', 'v'],
      ]),
    );
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2 });
  });

  it('case: a technical violation with no kinds is assumed on the list, with a warning', () => {
    const r = run(va({}, [{ type: 'violation', date: '2022-10-01', category: 'technical', status: 'sustained' }]), '2023-06-30');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2 });
    expect(r.warnings.join(' ')).toContain('does not say what it was for');
  });

  it('case: a pending absconding report dated 2021-06-15, before § 19.2-306.1 took effect (2021-07-01) → its own sentence is not under these limits', () => {
    // Green: the law in force when the violation happened controls, so the 14-day words of (C) are not its own.
    const since2020 = { sentenceDate: '2020-01-01', startDate: '2020-01-01', length: { years: 5 } };
    const r = run(va(since2020, [{ type: 'violation', date: '2021-06-15', category: 'absconding', status: 'reported' }]), '2021-08-01');
    const reasons = r.sanctionLimit!.reasons!.join(' ');
    expect(reasons).toContain('It happened before this law took effect on July 1, 2021');
    expect(reasons).not.toContain('if the court finds it, it is sentenced as a second');
    // The same report dated 2021-07-01 is sentenced under (C): a first absconding is considered a second (at most 14 days).
    const on = run(va(since2020, [{ type: 'violation', date: '2021-07-01', category: 'absconding', status: 'reported' }]), '2021-08-01');
    expect(on.sanctionLimit!.reasons!.join(' ')).toContain('if the court finds it, it is sentenced as a second');
  });

  it('case: reported and dismissed violations do not count; a pending one is named', () => {
    const l = limit([
      tv('2023-05-01', ['missed_appointment'], { status: 'reported' }),
      tv('2023-04-01', ['missed_appointment'], { status: 'dismissed' }),
    ]);
    expect(l).toMatchObject({ violationNumber: 1 });
    expect(l!.reasons!.join(' ')).toContain('May 1, 2023');
  });

  it('case: two findings on one day without an episode count as one (reading chosen), with a warning; the alternative counts two', () => {
    // No episodeId, but the same date: read as one incident or one hearing, which § 19.2-306.1(A) counts
    // once ("arising from a single … incident or considered at the same revocation hearing"): one finding,
    // so the next is the second (14 days). Alternative reading: two findings, the next is the third.
    const rec = va({}, [tv('2023-03-01', ['positive_drug_test']), tv('2023-03-01', ['missed_appointment'])]);
    const r = run(rec, '2023-06-30');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 14 });
    expect(r.warnings.join(' ')).toContain('as they are dated the same day, they were counted as one');
    const alt = run(rec, '2023-06-30', withReading('sanction.sameDayFindingsOneIncident', false));
    expect(alt.sanctionLimit).toMatchObject({ violationNumber: 3, maxConfinementDays: null });
    expect(alt.warnings.join(' ')).toContain('so they were counted as two');
  });

  it('case: two findings on one day, one marked as an episode and one not, in either order → one, as if neither were marked', () => {
    // Marking one of the two must not count more than marking neither (the case above): one finding, the next is the second (14 days).
    const marked = { ...tv('2023-03-01', ['positive_drug_test']), episodeId: 'h' } as SupervisionEvent;
    const unmarked = tv('2023-03-01', ['missed_appointment']);
    for (const events of [
      [marked, unmarked],
      [unmarked, marked],
    ]) {
      expect(run(va({}, events), '2023-06-30').sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 14 });
    }
    // Two episodes of one day stay two incidents: the next is the third.
    const other = { ...tv('2023-03-01', ['curfew', 'missed_appointment']), episodeId: 'k' } as SupervisionEvent;
    expect(run(va({}, [marked, other]), '2023-06-30').sanctionLimit).toMatchObject({ violationNumber: 3 });
  });

  it('case: findings on consecutive days without an episode count as two', () => {
    const r = run(va({}, [tv('2023-03-01', ['positive_drug_test']), tv('2023-03-02', ['missed_appointment'])]), '2023-06-30');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 3 });
  });

  it('case: a pending absconding report with no findings is sentenced as a second, and the reasons say so', () => {
    // § 19.2-306.1(C): "a first technical violation based on clause … (x) … shall be considered a second
    // technical violation" → if found, at most 14 days (with the "cannot be safely diverted" finding).
    // The limit given stays the one for an ordinary next violation: first → 0 days.
    const l = limit([abscond('2023-05-01', { status: 'reported' })]);
    expect(l).toMatchObject({ violationNumber: 1, confinementAllowed: false, maxConfinementDays: 0 });
    const why = l!.reasons!.join(' ');
    expect(why).toContain('The violation reported on May 1, 2023 is for having a firearm or absconding');
    expect(why).toContain('sentenced as a second technical violation');
    expect(why).toMatch(/reported on May 1, 2023 is for .* at most 14 days/);
  });

  it('case: a pending firearm report after an absconding finding is a third or subsequent, and the reasons say so', () => {
    // Absconding found 2022-09-10 (a first (x) violation, one finding) → next ordinary is the second (14 days).
    // § 19.2-306.1(C): "any subsequent technical violation also based on clause (viii) or (x) … shall be
    // considered a third or subsequent" → the pending firearm report, if found, has no day limit.
    const l = limit([abscond('2022-09-10'), tv('2023-05-01', ['weapon'], { status: 'reported' })]);
    expect(l).toMatchObject({ violationNumber: 2, confinementAllowed: true, maxConfinementDays: 14 });
    expect(l!.reasons!.join(' ')).toMatch(
      /reported on May 1, 2023 is for .* sentenced as a third or later technical violation: the judge can give any sentence/,
    );
  });

  it('case: a violation after the as-of date is not known yet', () => {
    expect(limit([tv('2023-07-01', ['missed_appointment'])], '2023-06-30')).toMatchObject({ violationNumber: 1 });
  });
});

describe('law in force', () => {
  it('case: as of 2021-06-30 no limit; as of 2021-07-01 the limits apply', () => {
    const rec = va({ sentenceDate: '2020-01-15', startDate: '2020-01-15', length: { years: 3 } });
    expect(run(rec, '2021-06-30').sanctionLimit).toBeNull();
    expect(run(rec, '2021-07-01').sanctionLimit).toMatchObject({ violationNumber: 1, confinementAllowed: false, maxConfinementDays: 0 });
  });

  it('case: a finding from before July 1, 2021 counts (reading chosen); the alternative does not count it', () => {
    const rec = va({ sentenceDate: '2020-01-15', startDate: '2020-01-15', length: { years: 3 } }, [
      tv('2021-03-01', ['positive_drug_test']),
    ]);
    expect(run(rec, '2021-12-31').sanctionLimit).toMatchObject({ violationNumber: 2 });
    expect(run(rec, '2021-12-31').sanctionLimit!.reasons!.join(' ')).toContain(
      'The violation found on March 1, 2021, before this law took effect on July 1, 2021, was counted',
    );
    expect(run(rec, '2021-12-31', withReading('sanction.countViolationsBeforeEffectiveDate', false)).sanctionLimit).toMatchObject({
      violationNumber: 1,
    });
  });

  it('case: after the term ends there is no next violation (last day: limit; day after: none)', () => {
    // 2022-06-01 + 3 years = 2025-06-01.
    const rec = va({ length: { years: 3 } });
    expect(run(rec, '2025-06-01').sanctionLimit).toMatchObject({ violationNumber: 1 });
    expect(run(rec, '2025-06-02').sanctionLimit).toBeNull();
  });
});

// § 19.2-306.1(B), (C): "a violation of the terms and conditions of a suspended sentence or probation": a
// deferral's probation is read as covered; on its violation the court may also adjudicate guilt and sentence
// (§ 19.2-298.02(B)), which is warned of.
describe('a deferral: the § 19.2-306.1 limit, with a warning', () => {
  it.each(['deferred', 'first_offender', 'conditional_discharge'] as const)(
    'case: disposition %s → the first-violation limit, warned',
    (disposition) => {
      const r = run(va({ disposition }), '2023-06-30');
      expect(r.sanctionLimit).toMatchObject({ violationNumber: 1, confinementAllowed: false, maxConfinementDays: 0 });
      expect(r.warnings.some((w) => w.includes('Va. Code § 19.2-306.1 speaks of a violation of "a suspended sentence or probation"'))).toBe(
        true,
      );
      // The five-year cap stays (2022-06-01 + 5 years), told without a suspended sentence, and warned.
      expect(r.statutoryMaxEndDate).toBe('2027-06-01');
      expect(r.explanation.map((s) => s.text).join(' ')).not.toContain('Your suspended sentence');
      expect(
        r.warnings.some((w) => w.includes('five-year limit of Va. Code § 19.2-303 was applied to its supervised probation all the same')),
      ).toBe(true);
    },
  );

  it('case: a third violation of a deferral: any sentence the law allows, not "any part of your suspended sentence"', () => {
    const r = run(
      va({ disposition: 'deferred' }, [tv('2022-08-01', ['missed_appointment']), tv('2022-10-01', ['missed_appointment'])]),
      '2023-06-30',
    );
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 3, maxConfinementDays: null });
    const said = r.sanctionLimit!.reasons!.join(' ');
    expect(said).toContain('any sentence the law allows for your offense');
    expect(said).not.toContain('suspended sentence');
  });

  it('case: before July 1, 2021 no limit and no word of the deferral (the section was not yet law)', () => {
    const r = run(va({ disposition: 'deferred', sentenceDate: '2019-01-14', startDate: '2019-01-14' }), '2019-06-30');
    expect(r.sanctionLimit).toBeNull();
    expect(r.warnings.some((w) => w.includes('19.2-306.1 speaks of'))).toBe(false);
  });
});
