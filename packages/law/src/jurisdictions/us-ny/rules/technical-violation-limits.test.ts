import { describe, expect, it } from 'vitest';
import { applyReform } from '../../../engine/reforms.ts';
import type { SupervisionEvent } from '../../../records/schema.ts';
import { usNy } from '../index.ts';
import { ny, run, technical } from './test-helpers.ts';

const absconding = (date: string): SupervisionEvent => ({ type: 'violation', date, category: 'absconding', status: 'sustained' });

describe('N.Y. Exec. Law § 259-i(3)(f)(xii) limits on reincarceration for technical violations', () => {
  it('case: no violation yet → the next is the first: no reincarceration at all (clause 3)', () => {
    expect(run(ny(), '2023-06-30').sanctionLimit).toMatchObject({ violationNumber: 1, confinementAllowed: false, maxConfinementDays: 0 });
  });

  it('case: an offense the table does not list is read as outside article 130, warned; a tag cannot decide it', () => {
    const unlisted = (tags?: 'sex_registration'[]) =>
      ny({ offenses: [{ statute: 'PL 999.99', level: 'felony', ...(tags === undefined ? {} : { tags }) }] });
    for (const r of [run(unlisted(), '2023-06-30'), run(unlisted(['sex_registration']), '2023-06-30')]) {
      expect(r.sanctionLimit).toMatchObject({ maxConfinementDays: 0 });
      expect(r.warnings.some((w) => w.includes('does not list PL 999.99, so it was read as none of these'))).toBe(true);
      expect(r.warnings.some((w) => w.includes('§ 259(7)(b)) depends on'))).toBe(false);
    }
  });

  it('case: the tiers 0, 0, 7, 15, 30, and 30 for every later one', () => {
    const dates = ['2022-07-05', '2022-08-05', '2022-09-05', '2022-10-05', '2022-11-05', '2022-12-05'];
    const limit = (k: number) =>
      run(
        ny(
          {},
          dates.slice(0, k).map((d) => technical(d)),
        ),
        '2023-06-30',
      ).sanctionLimit;
    expect(limit(1)).toMatchObject({ violationNumber: 2, confinementAllowed: false, maxConfinementDays: 0 });
    expect(limit(2)).toMatchObject({ violationNumber: 3, confinementAllowed: true, maxConfinementDays: 7 });
    expect(limit(3)).toMatchObject({ violationNumber: 4, maxConfinementDays: 15 });
    expect(limit(4)).toMatchObject({ violationNumber: 5, maxConfinementDays: 30 });
    expect(limit(6)).toMatchObject({ violationNumber: 7, maxConfinementDays: 30 });
  });

  it('case: violations on the no-jail list (curfew, failure to pay, drug use) do not count toward the number', () => {
    const r = run(
      ny({}, [
        technical('2022-07-05', ['curfew']),
        technical('2022-08-05', ['failure_to_pay']),
        technical('2022-09-05', ['positive_drug_test']),
      ]),
      '2023-06-30',
    );
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 0 });
  });

  it('case: drug use counts only for driving under the influence of drugs (§ 1192(4), (4-a)), not of alcohol (§ 1192(3))', () => {
    // Clause (2)(c): no jail for drug use "unless supervised for driving under the influence of drugs". Two
    // sustained positive tests: under § 1192(4) both count (next is the 3rd: 7 days); under § 1192(3), an alcohol
    // DWI, neither does (next is the 1st: none).
    const tests = [technical('2022-07-05', ['positive_drug_test']), technical('2022-08-05', ['positive_drug_test'])];
    const under = (statute: string) => run(ny({ offenses: [{ statute, level: 'felony' }] }, tests), '2023-06-30');
    const drugs = under('VTL § 1192(4)');
    expect(drugs.sanctionLimit).toMatchObject({ violationNumber: 3, maxConfinementDays: 7 });
    expect(drugs.sanctionLimit?.reasons?.join(' ')).toContain('driving under the influence of drugs, drug use can bring jail');
    expect(under('VTL § 1192(4-a)').sanctionLimit).toMatchObject({ violationNumber: 3 });
    const alcohol = under('VTL § 1192(3)');
    expect(alcohol.sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 0 });
    expect(alcohol.sanctionLimit?.reasons?.join(' ')).toContain('driving under the influence of alcohol, alcohol use can bring jail');
    // The bare section: read as alcohol, and said.
    const bare = under('VTL § 1192');
    expect(bare.sanctionLimit).toMatchObject({ violationNumber: 1 });
    expect(bare.warnings.some((w) => w.includes('was for alcohol or for drugs'))).toBe(true);
  });

  it('case: pending and dismissed violations do not count; a mixed violation with a jailable kind does', () => {
    const r = run(
      ny({}, [
        technical('2022-07-05', ['missed_appointment'], 'reported'),
        technical('2022-08-05', ['missed_appointment'], 'dismissed'),
        technical('2022-09-05', ['curfew', 'travel']),
      ]),
      '2023-06-30',
    );
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 0 });
  });

  it('case: absconding is counted on its own scale (7, 15, 30) and given in the reasons', () => {
    const r = run(ny({}, [absconding('2022-07-05')]), '2023-06-30');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 0 });
    expect(r.sanctionLimit?.reasons?.join(' ')).toContain('the most is 15 days, because it would be your second absconding violation');
    // The other ladder is told as leaving the absconding out, so it does not read as "none found".
    expect(r.sanctionLimit?.reasons?.[0]).toMatch(/^No technical violation other than absconding for which jail is allowed has been found/);
    const three = run(ny({}, [absconding('2022-07-05'), absconding('2022-09-05'), absconding('2022-11-05')]), '2023-06-30');
    expect(three.sanctionLimit?.reasons?.join(' ')).toContain('the most is 30 days, because it would be your fourth absconding violation');
  });

  it('case: violations sustained before March 1, 2022 are not counted (the other reading counts them)', () => {
    // As of 2022-06-30 the term is still running: 394 days served + 330 days of credit < 1,096.
    const rec = ny({ startDate: '2021-06-01' }, [technical('2021-08-01'), technical('2021-10-01')]);
    expect(run(rec, '2022-06-30').sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 0 });
    const alt = applyReform(usNy, {
      name: 'count earlier violations',
      citations: ['N.Y. Exec. Law § 259-i(3)(f)(xii)(3)'],
      parameters: {
        'us-ny.sanctions.countViolationsBeforeEffectiveDate': [
          { from: '2022-03-01', value: true, source: { citation: 'N.Y. Exec. Law § 259-i(3)(f)(xii)(3)' } },
        ],
      },
    });
    expect(run(rec, '2022-06-30', alt).sanctionLimit).toMatchObject({ violationNumber: 3, maxConfinementDays: 7 });
  });

  it('case: no statutory limit before March 1, 2022 (day before → null; day of → first violation, 0 days)', () => {
    const rec = ny({ startDate: '2021-06-01' });
    expect(run(rec, '2022-02-28').sanctionLimit).toBeNull();
    expect(run(rec, '2022-03-01').sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 0 });
  });

  it('case: a sentence for an article 130 sex offense → breaches are non-technical → no limit (null)', () => {
    const r = run(
      ny({ offenses: [{ statute: 'Penal Law § 130.25', level: 'felony', description: 'rape in the third degree' }] }),
      '2023-06-30',
    );
    expect(r.sanctionLimit).toBeNull();
    expect(r.explanation.some((s) => s.citations.includes('N.Y. Exec. Law § 259(7)(b)'))).toBe(true);
  });

  it('case: post-release supervision for an article 263 felony → no limit; parole for the same offense keeps the limit', () => {
    const offenses = [{ statute: 'PL 263.15', level: 'felony' as const, description: 'promoting a sexual performance by a child' }];
    expect(run(ny({ kind: 'supervised_release', offenses }), '2023-06-30').sanctionLimit).toBeNull();
    expect(run(ny({ kind: 'parole', offenses }), '2023-06-30').sanctionLimit).toMatchObject({ violationNumber: 1 });
  });

  it('case: no limit once credits have ended the term (ended 2022-06-04: limit on that day, none the day after)', () => {
    // Start 2019-09-01, 5 years: credits cover the term on 2022-06-04 (see earned-time-credits.test.ts).
    const rec = ny({ startDate: '2019-09-01', length: { years: 5 } });
    expect(run(rec, '2022-06-04').sanctionLimit).toMatchObject({ violationNumber: 1 });
    expect(run(rec, '2022-06-05').sanctionLimit).toBeNull();
    expect(run(rec, '2022-06-05').opportunities.some((o) => o.kind === 'early_termination')).toBe(false);
  });
});

describe('a revocation of parole or post-release supervision is the Board of Parole’s, within § 259-i(3)(f)(xii)', () => {
  it('case: revoked 2023-02-01 after a first technical violation: not told that a court may send the person to prison', () => {
    const revoked = (orders: { type: 'revocation' | 'reinstatement'; date: string }[]) =>
      run(
        ny({ kind: 'supervised_release', sentenceDate: '2018-01-01', startDate: '2022-06-01', length: { years: 3 }, orders }, [
          technical('2023-01-10'),
        ]),
        '2023-06-30',
      );
    const said = revoked([{ type: 'revocation', date: '2023-02-01' }])
      .explanation.map((s) => s.text)
      .join(' ');
    expect(said).toContain('what follows is for the Board of Parole to decide');
    expect(said).not.toContain('the court may now send you to prison');
    const back = revoked([
      { type: 'revocation', date: '2023-02-01' },
      { type: 'reinstatement', date: '2023-02-20' },
    ]);
    expect(back.explanation.map((s) => s.text).join(' ')).toContain('On February 20, 2023 the Board of Parole put you back on supervision');
    expect(said).toContain('except a few days for absconding');
  });

  it('case: a revocation before March 1, 2022 is told without the limits that came then', () => {
    const r = run(
      ny({
        kind: 'parole',
        sentenceDate: '2015-01-01',
        startDate: '2018-06-01',
        length: { years: 3 },
        orders: [{ type: 'revocation', date: '2019-05-01' }],
      }),
      '2019-06-30',
    );
    const said = r.explanation.map((s) => s.text).join(' ');
    expect(said).toContain('what follows is for the Board of Parole to decide, and it may return you to prison, and the dates');
    expect(said).not.toContain('259-i(3)(f)(xii)');
    // The limits are those in force on the revocation day: none on 2022-02-28, § 259-i(3)(f)(xii)'s from 2022-03-01.
    const onDay = (date: string) =>
      run(
        ny({
          kind: 'parole',
          sentenceDate: '2015-01-01',
          startDate: '2018-06-01',
          length: { years: 5 },
          orders: [{ type: 'revocation', date }],
        }),
        '2022-06-30',
      )
        .explanation.map((s) => s.text)
        .join(' ');
    expect(onDay('2022-02-28')).not.toContain('259-i(3)(f)(xii)');
    expect(onDay('2022-03-01')).toContain('only within the limits the law sets');
  });

  it('case: before March 1, 2022 there is no day limit (null), and the explanation says when the limits start', () => {
    // Parole from 2021-01-01 for 3 years, three sustained technical violations in 2021; as of 2022-02-28 the
    // limits of § 259-i(3)(f)(xii) (in force 2022-03-01) do not apply yet: sanctionLimit null. As of 2022-03-01
    // the 2021 violations are not counted (sustained before the Act): the next is the first, 0 days.
    const rec = ny({ startDate: '2021-01-01', length: { years: 3 } }, [
      technical('2021-06-01'),
      technical('2021-09-01', ['travel']),
      technical('2022-01-10'),
    ]);
    const before = run(rec, '2022-02-28');
    expect(before.sanctionLimit).toBeNull();
    expect(before.explanation.map((s) => s.text).join(' ')).toContain(
      'apply from March 1, 2022. On February 28, 2022 they are not in effect yet, so no limit is shown here.',
    );
    expect(run(rec, '2022-03-01').sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 0 });
  });

  it('case: a parole that began after March 1, 2022 is not told "since March 1, 2022"; one that began before is', () => {
    // Parole from 2022-04-01: sustained technical violations 2022-06-01 and 2022-10-01 → the next is the third,
    // at most 7 days (clause (3)). All its violations are after the Act, so no "since" is said.
    const after = run(ny({ startDate: '2022-04-01' }, [technical('2022-06-01'), technical('2022-10-01', ['travel'])]), '2023-06-30');
    expect(after.sanctionLimit).toMatchObject({ violationNumber: 3, maxConfinementDays: 7 });
    expect(after.sanctionLimit!.reasons![0]).toBe(
      'Two technical violations for which jail is allowed have been found against you on this parole, so your next one would be your third.',
    );
    // Parole from 2021-06-01: a violation of 2022-02-15 is left out, so the words say from when they count.
    const before = run(
      ny({ startDate: '2021-06-01', length: { years: 5 } }, [technical('2022-02-15'), technical('2022-06-01')]),
      '2023-06-30',
    );
    expect(before.sanctionLimit!.reasons![0]).toContain('on this parole since March 1, 2022, so your next one would be your second');
  });
});
