import { describe, expect, it } from 'vitest';
import { evaluate, person, term } from './builders.ts';
import { zembla } from './fictional-jurisdiction.ts';
import { applyReform } from '../src/engine/reforms.ts';
import type { Order } from '../src/records/schema.ts';

const felony = (fields: Parameters<typeof term>[0]) => term({ ...fields, offenses: [{ statute: 'ZPC 50', level: 'felony', tags: [] }] });

describe('evaluateTerm on the fictional jurisdiction', () => {
  it('case: the cap counts from the sentence date, and the projected end is the earliest candidate', () => {
    // 2021-03-15 + 5 years = 2026-03-15 (scheduled); cap 2 years from 2021-03-15 = 2023-03-15.
    const r = evaluate(zembla, person([felony({ jurisdiction: 'US-ZZ', startDate: '2021-03-15', length: { years: 5 } })]), '2021-12-31');
    expect(r.scheduledEndDate).toBe('2026-03-15');
    expect(r.statutoryMaxEndDate).toBe('2023-03-15');
    expect(r.projectedEndDate).toBe('2023-03-15');
    // Full months April–November 2021 posted by 2021-12-31: 8 × 20 = 160.
    expect(r.earnedCreditDays).toBe(160);
    expect(r.explanation.at(-1)!.text).toContain('March 15, 2023');
  });

  it('case: a parameter not yet in force on the version date gives the old law', () => {
    // Sentenced 2019-06-01, before the 2020 cap: the 1990 value (5 years) applies: 2024-06-01.
    const r = evaluate(zembla, person([felony({ jurisdiction: 'US-ZZ', startDate: '2019-06-01', length: { years: 6 } })]), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2024-06-01');
  });

  it('case: a labelled exception displaces the general rule and says why', () => {
    const record = person([
      term({
        jurisdiction: 'US-ZZ',
        startDate: '2021-03-15',
        length: { years: 5 },
        offenses: [{ statute: 'Zem. Penal Code § 100(a)', level: 'felony' }],
      }),
    ]);
    const r = evaluate(zembla, record, '2021-12-31');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.explanation.some((s) => s.text.includes('violent felony') && s.citations.includes('Zem. Prob. Code § 10(b)'))).toBe(true);
  });

  it('case: events after the as-of date are not yet known', () => {
    const record = person(
      [felony({ jurisdiction: 'US-ZZ', startDate: '2021-03-15', length: { years: 5 } })],
      [
        { type: 'violation', date: '2021-06-10', category: 'technical', status: 'sustained' },
        { type: 'violation', date: '2022-02-01', category: 'technical', status: 'sustained' },
      ],
    );
    const r = evaluate(zembla, record, '2021-12-31');
    // June 2021 is lost: 7 × 20 = 140. The February 2022 violation is unknown on 2021-12-31.
    expect(r.earnedCreditDays).toBe(140);
    expect(r.sanctionLimit!.violationNumber).toBe(2);
  });

  it('case: extension orders move the scheduled end; a discharge order ends the term', () => {
    const extended = person([
      felony({
        jurisdiction: 'US-ZZ',
        startDate: '2021-01-31',
        length: { years: 1 },
        orders: [{ type: 'extension', date: '2021-03-01', months: 1 }],
      }),
    ]);
    // 2021-01-31 + 1 year = 2022-01-31; + 1 month = 2022-02-28 (clamped).
    expect(evaluate(zembla, extended, '2021-12-31').scheduledEndDate).toBe('2022-02-28');
    // The extension moves the end it finds: 2021-01-31 + 2 years 1 month = 2023-02-28 (clamped); + 1 month =
    // 2023-03-28, not 2021-01-31 + 2 years 2 months = 2023-03-31 (packages/law/README.md, Conventions).
    const fromClamped = person([
      felony({
        jurisdiction: 'US-ZZ',
        startDate: '2021-01-31',
        length: { years: 2, months: 1 },
        orders: [{ type: 'extension', date: '2021-06-01', months: 1 }],
      }),
    ]);
    expect(evaluate(zembla, fromClamped, '2021-12-31').scheduledEndDate).toBe('2023-03-28');
    const discharged = person([
      felony({ jurisdiction: 'US-ZZ', startDate: '2021-01-31', length: { years: 3 }, orders: [{ type: 'discharge', date: '2021-11-01' }] }),
    ]);
    const r = evaluate(zembla, discharged, '2021-12-31');
    expect(r.projectedEndDate).toBe('2021-11-01');
    expect(r.opportunities).toEqual([]);
  });

  it('case: a term an order ended keeps the cap the law set on it', () => {
    // Sentenced 2021-01-31: cap 2021-01-31 + 2 years = 2023-01-31. Discharged by order on 2021-11-01.
    const discharged = person([
      felony({ jurisdiction: 'US-ZZ', startDate: '2021-01-31', length: { years: 3 }, orders: [{ type: 'discharge', date: '2021-11-01' }] }),
    ]);
    const r = evaluate(zembla, discharged, '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2023-01-31');
    expect(r.projectedEndDate).toBe('2021-11-01');
    expect(r.opportunities).toEqual([]);
    expect(r.sanctionLimit).toBeNull();
    expect(r.earnedCreditDays).toBe(0);
  });

  it('case: a discharge the law required before the order is the end, with the credits behind it', () => {
    // 1 year from 2021-03-15; the credits satisfy the term on 2021-11-01 (see the case below). A discharge
    // ordered on 2021-12-01 came after: supervision ended by law on 2021-11-01.
    const term = { jurisdiction: 'US-ZZ', startDate: '2021-03-15', length: { years: 1 } };
    const open = evaluate(zembla, person([felony(term)]), '2021-12-31');
    const dischargedOn = (date: string) =>
      evaluate(zembla, person([felony({ ...term, orders: [{ type: 'discharge', date }] })]), '2021-12-31');
    const r = dischargedOn('2021-12-01');
    expect(r.projectedEndDate).toBe('2021-11-01');
    expect(r.earnedCreditDays).toBe(open.earnedCreditDays);
    expect(r.earnedCreditDays).toBeGreaterThan(0);
    expect(r.opportunities).toEqual([]);
    expect(r.explanation.at(-1)!.text).toContain('the law had already ended this term on November 1, 2021');
    expect(r.explanation.at(-1)!.citations).toEqual(['Zem. Prob. Code § 20']);
    // An order on that same day: the law's discharge and its credits stand.
    const sameDay = dischargedOn('2021-11-01');
    expect(sameDay.projectedEndDate).toBe('2021-11-01');
    expect(sameDay.earnedCreditDays).toBe(open.earnedCreditDays);
    expect(sameDay.explanation.at(-1)!.text).toContain('that same day');
    // An order before it is the end, with no credits counted.
    const first = dischargedOn('2021-10-01');
    expect(first.projectedEndDate).toBe('2021-10-01');
    expect(first.earnedCreditDays).toBe(0);
    // The credits posted by then (April–August, 20 a month, by 2021-10-01) are said to end with it.
    expect(first.explanation.map((x) => x.text)).toContain(
      'Credits earned on this term had not yet covered it, so they no longer shorten it: the order ended the term first.',
    );
  });

  it('case: an extension dated after the credits had satisfied the term is not applied; one before is', () => {
    // 1 year from 2021-03-15 (scheduled 2022-03-15); the credits satisfy it on 2021-11-01. An extension of
    // 6 months dated 2021-12-01 comes after: the term stays as imposed. One dated 2021-06-01 comes while it
    // runs: 2022-03-15 + 6 months = 2022-09-15.
    const term = { jurisdiction: 'US-ZZ', startDate: '2021-03-15', length: { years: 1 } };
    const extendedOn = (date: string) =>
      evaluate(zembla, person([felony({ ...term, orders: [{ type: 'extension', date, months: 6 }] })]), '2021-12-31');
    const late = extendedOn('2021-12-01');
    expect(late).toMatchObject({ scheduledEndDate: '2022-03-15', projectedEndDate: '2021-11-01' });
    expect(late.warnings).toContain(
      'The extension ordered on December 1, 2021 came after supervision on this term had ended (November 1, 2021), so there was no term left to extend; it was not applied.',
    );
    const inTime = extendedOn('2021-06-01');
    expect(inTime.scheduledEndDate).toBe('2022-09-15');
    expect(inTime.warnings.some((w) => w.includes('no term left to extend'))).toBe(false);
  });

  it('case: an imposed end already passed reads "was to run" (later steps may find it ended earlier or later); one to come, "runs"', () => {
    const term = { jurisdiction: 'US-ZZ', startDate: '2021-03-15', length: { years: 1 } };
    const first = (orders: Order[], asOf = '2022-06-01') =>
      evaluate(zembla, person([felony({ ...term, orders })]), asOf).explanation[0]!.text;
    expect(first([])).toContain('As the court imposed it, it was to run 1 year, to March 15, 2022.');
    expect(first([], '2022-03-15')).toContain('As the court imposed it, it runs 1 year, to March 15, 2022.');
    expect(first([{ type: 'extension', date: '2021-06-01', months: 6 }])).toContain(
      'As the court imposed it, it was to run 1 year, to March 15, 2022.',
    );
  });

  it('case: an attempt or conspiracy is named as such in the first step, unless its description already says so', () => {
    const first = (offense: Record<string, unknown>) =>
      evaluate(
        zembla,
        person([
          term({
            jurisdiction: 'US-ZZ',
            startDate: '2021-03-15',
            length: { years: 1 },
            offenses: [{ level: 'felony', tags: [], ...offense } as never],
          }),
        ]),
        '2021-06-01',
      ).explanation[0]!.text;
    expect(first({ statute: 'ZPC 50' })).toContain('(term T-1, for ZPC 50)');
    expect(first({ statute: 'ZPC 50', inchoate: 'attempt' })).toContain('(term T-1, for attempt to commit ZPC 50)');
    expect(first({ statute: 'ZPC 50', inchoate: 'conspiracy', description: 'robbery' })).toContain(
      '(term T-1, for conspiracy to commit robbery)',
    );
    expect(first({ statute: 'ZPC 50', inchoate: 'attempt', description: 'Attempted robbery' })).toContain(
      '(term T-1, for Attempted robbery)',
    );
  });

  it('case: a restitution payment naming no term counts on every term with restitution, and says so', () => {
    const owing = (id: string) =>
      felony({ id, jurisdiction: 'US-ZZ', startDate: '2021-03-15', length: { years: 3 }, restitutionOrderedUsd: 1000 });
    const paid = { type: 'payment' as const, date: '2021-06-01', amountUsd: 1000, kind: 'restitution' as const };
    const said = (w: string) => w.startsWith('The restitution payment of June 1, 2021 names no term');
    expect(evaluate(zembla, person([owing('T-1'), owing('T-2')], [paid]), '2021-12-31', 'T-2').warnings.some(said)).toBe(true);
    // Named for a term, or with only one term owing, there is nothing to say.
    expect(evaluate(zembla, person([owing('T-1'), owing('T-2')], [{ ...paid, termId: 'T-1' }]), '2021-12-31').warnings.some(said)).toBe(
      false,
    );
    expect(evaluate(zembla, person([owing('T-1')], [paid]), '2021-12-31').warnings.some(said)).toBe(false);
  });

  it('case: a revocation dated after a discharge order is not applied; the discharge ended the term', () => {
    // 1 year from 2021-03-15; discharged by order 2021-06-01, revoked 2021-07-01 (listed out of date order).
    const orders: Order[] = [
      { type: 'revocation', date: '2021-07-01' },
      { type: 'discharge', date: '2021-06-01' },
    ];
    const r = evaluate(
      zembla,
      person([felony({ jurisdiction: 'US-ZZ', startDate: '2021-03-15', length: { years: 1 }, orders })]),
      '2021-12-31',
    );
    expect(r.projectedEndDate).toBe('2021-06-01');
    expect(r.warnings).toContain(
      'The revocation ordered on July 1, 2021 came after a court or board order had already ended supervision on this term (June 1, 2021), so there was no term left to revoke; it was not applied.',
    );
    expect(r.explanation.map((s) => s.text).join(' ')).not.toContain('revoked');
  });

  it('case: a second revocation with no reinstatement between is not applied; the first ended the term', () => {
    // 1 year from 2021-03-15; revoked 2021-06-01, revoked again 2021-08-01: supervision ended 2021-06-01.
    const term = { jurisdiction: 'US-ZZ', startDate: '2021-03-15', length: { years: 1 } };
    const twice: Order[] = [
      { type: 'revocation', date: '2021-06-01' },
      { type: 'revocation', date: '2021-08-01' },
    ];
    const r = evaluate(zembla, person([felony({ ...term, orders: twice })]), '2021-12-31');
    expect(r.projectedEndDate).toBe('2021-06-01');
    expect(r.warnings).toContain(
      'The revocation ordered on August 1, 2021 came after a court or board order had already ended supervision on this term (June 1, 2021), so there was no term left to revoke; it was not applied.',
    );
    // A reinstatement after both puts back the term the first revoked: the term goes on to its end.
    const back = evaluate(
      zembla,
      person([felony({ ...term, orders: [...twice, { type: 'reinstatement', date: '2021-09-01' }] })]),
      '2021-12-31',
    );
    expect(back.projectedEndDate).not.toBe('2021-06-01');
    expect(back.explanation.map((s) => s.text).join(' ')).toContain('after revoking this term on June 1, 2021, so the term goes on');
  });

  it('case: an extension ordered the day the term was reinstated acts on the term put back', () => {
    // 2 years from 2018-03-15 → 2020-03-15 (Zembla's credits begin in 2020); revoked 2019-01-10, reinstated and
    // extended 12 months on 2019-02-01: 2020-03-15 + 12 months = 2021-03-15.
    const orders: Order[] = [
      { type: 'revocation', date: '2019-01-10' },
      { type: 'reinstatement', date: '2019-02-01' },
      { type: 'extension', date: '2019-02-01', months: 12 },
    ];
    const r = evaluate(
      zembla,
      person([felony({ jurisdiction: 'US-ZZ', startDate: '2018-03-15', length: { years: 2 }, orders })]),
      '2019-06-30',
    );
    expect(r.scheduledEndDate).toBe('2021-03-15');
    expect(r.warnings.some((w) => w.includes('no term left to extend') || w.includes('was not applied'))).toBe(false);
  });

  it('case: an extension between a revocation and the reinstatement that undoes it acts on the term', () => {
    // 2 years from 2018-03-15 → 2020-03-15; revoked 2019-01-10, extended 12 months 2019-01-20, reinstated
    // 2019-02-01: 2020-03-15 + 12 months = 2021-03-15.
    const orders: Order[] = [
      { type: 'revocation', date: '2019-01-10' },
      { type: 'extension', date: '2019-01-20', months: 12 },
      { type: 'reinstatement', date: '2019-02-01' },
    ];
    const r = evaluate(
      zembla,
      person([felony({ jurisdiction: 'US-ZZ', startDate: '2018-03-15', length: { years: 2 }, orders })]),
      '2019-06-30',
    );
    expect(r.scheduledEndDate).toBe('2021-03-15');
    // Not reinstated, the revocation ended the term, and the extension after it found nothing to extend.
    const notReinstated = evaluate(
      zembla,
      person([felony({ jurisdiction: 'US-ZZ', startDate: '2018-03-15', length: { years: 2 }, orders: orders.slice(0, 2) })]),
      '2019-06-30',
    );
    expect(notReinstated.warnings.some((w) => w.includes('no term left to extend'))).toBe(true);
  });

  it('case: a revocation after the scheduled end: supervision ended at the end, and the words agree with the date', () => {
    // 1 year from 2018-03-15 → 2019-03-15; revoked 2019-06-01.
    const orders: Order[] = [{ type: 'revocation', date: '2019-06-01' }];
    const r = evaluate(
      zembla,
      person([felony({ jurisdiction: 'US-ZZ', startDate: '2018-03-15', length: { years: 1 }, orders })]),
      '2019-12-31',
    );
    expect(r.projectedEndDate).toBe('2019-03-15');
    const words = r.explanation.map((s) => s.text).join(' ');
    expect(words).toContain(
      'Your term reached its scheduled end on March 15, 2019, so your supervision on it ended then. On June 1, 2019 it was revoked',
    );
    expect(words).not.toContain('so supervision on it ended that day');
  });

  it('case: a reinstatement after the term\'s scheduled end is not told as "the term goes on"', () => {
    // 1 year from 2018-03-15 → 2019-03-15 (before Zembla's credits, from 2020); revoked 2019-01-10, reinstated
    // 2019-04-01, after that end.
    const orders: Order[] = [
      { type: 'revocation', date: '2019-01-10' },
      { type: 'reinstatement', date: '2019-04-01' },
    ];
    const r = evaluate(
      zembla,
      person([felony({ jurisdiction: 'US-ZZ', startDate: '2018-03-15', length: { years: 1 }, orders })]),
      '2019-06-30',
    );
    const words = r.explanation.map((s) => s.text).join(' ');
    expect(words).not.toContain('so the term goes on');
    expect(words).toContain("after revoking this term on January 10, 2019, after the term's scheduled end (March 15, 2019)");
  });

  it('case: the first order that ended supervision ended it: a later discharge or early termination changes nothing', () => {
    // 1 year from 2021-03-15. Discharged 2021-06-01, then "terminated early" 2021-07-01: ended 2021-06-01.
    // Revoked 2021-06-01 (not reinstated), then discharged 2021-08-01: ended 2021-06-01. Revoked, reinstated
    // 2021-06-15, then discharged 2021-08-01: the reinstatement undid the revocation, so 2021-08-01.
    const run = (orders: Order[]) =>
      evaluate(zembla, person([felony({ jurisdiction: 'US-ZZ', startDate: '2021-03-15', length: { years: 1 }, orders })]), '2021-12-31');
    const twice = run([
      { type: 'discharge', date: '2021-06-01' },
      { type: 'early_termination', date: '2021-07-01' },
    ]);
    expect(twice.projectedEndDate).toBe('2021-06-01');
    expect(twice.warnings).toContain(
      'The early termination ordered on July 1, 2021 came after a court or board order had already ended supervision on this term (June 1, 2021), so it changed nothing.',
    );
    const revokedThenDischarged = run([
      { type: 'revocation', date: '2021-06-01' },
      { type: 'discharge', date: '2021-08-01' },
    ]);
    expect(revokedThenDischarged.projectedEndDate).toBe('2021-06-01');
    expect(revokedThenDischarged.explanation.some((s) => s.text.startsWith('On June 1, 2021 this term was revoked'))).toBe(true);
    const reinstated = run([
      { type: 'revocation', date: '2021-06-01' },
      { type: 'reinstatement', date: '2021-06-15' },
      { type: 'discharge', date: '2021-08-01' },
    ]);
    expect(reinstated.projectedEndDate).toBe('2021-08-01');
    expect(reinstated.warnings.some((w) => w.includes('changed nothing'))).toBe(false);
    // Revoked 2021-06-01, discharged 2021-07-01, reinstated 2021-08-01: the reinstatement undoes the
    // revocation, so the discharge between them acted on a live term and ended it.
    const dischargedBetween = run([
      { type: 'revocation', date: '2021-06-01' },
      { type: 'discharge', date: '2021-07-01' },
      { type: 'reinstatement', date: '2021-08-01' },
    ]);
    expect(dischargedBetween.projectedEndDate).toBe('2021-07-01');
    // That discharge ended the term for good: the reinstatement after it has no term to put the person back
    // on, so it is not told as "the term goes on", and it is warned of.
    expect(dischargedBetween.explanation.map((s) => s.text).join(' ')).not.toContain('so the term goes on');
    expect(dischargedBetween.warnings).toContain(
      'The reinstatement ordered on August 1, 2021 came after a court or board order had already ended supervision on this term (July 1, 2021), so there was no term left to put you back on; it was not applied.',
    );
    // Credits satisfied the term on 2021-11-01; a discharge order of 2021-12-01 and an early termination of
    // 2021-12-15 came after: the warning names the day the credits ended it, not the first order's.
    const afterCredits = run([
      { type: 'discharge', date: '2021-12-01' },
      { type: 'early_termination', date: '2021-12-15' },
    ]);
    expect(afterCredits.warnings).toContain(
      'The early termination ordered on December 15, 2021 came after the law had already ended supervision on this term (November 1, 2021, when the term was satisfied), so it changed nothing.',
    );
  });

  it('case: a revocation dated after the credits had satisfied the term is not applied, nor its reinstatement', () => {
    // As above: 1 year from 2021-03-15, satisfied by credits on 2021-11-01. A revocation on 2021-12-01 finds
    // no term left; the reinstatement of 2021-12-15 undoes nothing. The law's end and its credits stand.
    const term = { jurisdiction: 'US-ZZ', startDate: '2021-03-15', length: { years: 1 } };
    const open = evaluate(zembla, person([felony(term)]), '2021-12-31');
    const revoked = (orders: Order[]) => evaluate(zembla, person([felony({ ...term, orders })]), '2021-12-31');
    const r = revoked([{ type: 'revocation', date: '2021-12-01' }]);
    expect(r).toMatchObject({ projectedEndDate: '2021-11-01', earnedCreditDays: open.earnedCreditDays });
    expect(r.warnings).toContain(
      'The revocation ordered on December 1, 2021 came after the law had already ended supervision on this term (November 1, 2021, when the term was satisfied), so there was no term left to revoke; it was not applied.',
    );
    const back = revoked([
      { type: 'revocation', date: '2021-12-01' },
      { type: 'reinstatement', date: '2021-12-15' },
    ]);
    expect(back.projectedEndDate).toBe('2021-11-01');
    expect(back.warnings.some((w) => w.startsWith('The reinstatement ordered on December 15, 2021 undid a revocation'))).toBe(true);
    // A revocation while the term ran (2021-10-01) closes it that day.
    expect(revoked([{ type: 'revocation', date: '2021-10-01' }]).projectedEndDate).toBe('2021-10-01');
  });

  it('case: an extension ordered after the term was discharged is not applied, and a warning says so', () => {
    // 2021-01-31 + 1 year = 2022-01-31. Discharged 2021-04-01 (before the credits could satisfy the term);
    // a 6-month extension dated 2021-11-01 has no term left to extend.
    const record = person([
      felony({
        jurisdiction: 'US-ZZ',
        startDate: '2021-01-31',
        length: { years: 1 },
        orders: [
          { type: 'discharge', date: '2021-04-01' },
          { type: 'extension', date: '2021-11-01', months: 6 },
        ],
      }),
    ]);
    const r = evaluate(zembla, record, '2021-12-31');
    expect(r.scheduledEndDate).toBe('2022-01-31');
    expect(r.projectedEndDate).toBe('2021-04-01');
    expect(r.warnings.some((w) => w.includes('no term left to extend'))).toBe(true);
  });

  it('case: a revocation ordered after the cap: supervision had already ended by law on the cap', () => {
    // Cap 2021-01-31 + 2 years = 2023-01-31, before the revocation of 2023-06-01.
    const revoked = person([
      felony({
        jurisdiction: 'US-ZZ',
        startDate: '2021-01-31',
        length: { years: 5 },
        orders: [{ type: 'revocation', date: '2023-06-01' }],
      }),
    ]);
    const r = evaluate(zembla, revoked, '2023-12-31');
    expect(r.statutoryMaxEndDate).toBe('2023-01-31');
    expect(r.projectedEndDate).toBe('2023-01-31');
    expect(r.explanation.at(-1)!.text).toContain('by law your supervision on it ended on January 31, 2023');
    // The revocation is told as coming after the law's end, not as the court's next step, and the credits
    // as overtaken by the law's limit. (That the cap's term_cap stays is a California case,
    // pc-1203-1.test.ts: Zembla offers no term_cap.)
    const texts = r.explanation.map((s) => s.text).join(' ');
    expect(texts).toContain('On June 1, 2023 this term was revoked, after January 31, 2023, the latest end the law allowed for it.');
    expect(texts).not.toContain('the court may now sentence you');
    expect(texts).toContain('the limit of the law ended the term first');
  });

  it('case: a reinstated revocation is said, so the revocation is not the last word', () => {
    const record = person([
      felony({
        jurisdiction: 'US-ZZ',
        startDate: '2021-01-31',
        length: { years: 5 },
        orders: [
          { type: 'revocation', date: '2021-06-01' },
          { type: 'reinstatement', date: '2021-09-01' },
        ],
      }),
    ]);
    const said = evaluate(zembla, record, '2021-12-31').explanation.map((s) => s.text);
    expect(said).toContain(
      'On September 1, 2021 the court put you back on supervision after revoking this term on June 1, 2021, so the term goes on.',
    );
  });

  it('case: parole is revoked and reinstated by the parole board, and its revocation leads back to prison, not to a sentence', () => {
    const parole = (orders: { type: 'revocation' | 'reinstatement'; date: string }[]) =>
      person([felony({ jurisdiction: 'US-ZZ', kind: 'parole', startDate: '2021-01-31', length: { years: 5 }, orders })]);
    const reinstated = evaluate(
      zembla,
      parole([
        { type: 'revocation', date: '2021-06-01' },
        { type: 'reinstatement', date: '2021-09-01' },
      ]),
      '2021-12-31',
    );
    expect(reinstated.explanation.map((s) => s.text)).toContain(
      'On September 1, 2021 the parole board put you back on supervision after revoking this term on June 1, 2021, so the term goes on.',
    );
    const revoked = evaluate(zembla, parole([{ type: 'revocation', date: '2021-06-01' }]), '2021-12-31');
    const words = revoked.explanation.map((s) => s.text).join(' ');
    expect(words).toContain('A revocation is not a discharge: you may be sent back to prison');
    expect(words).not.toContain('the court may now sentence you');
  });

  it('case: a discharge ordered after the scheduled end records an end already reached', () => {
    // 1 year from 2021-03-15 = 2022-03-15; credits stopped by custody every month; discharge order 2022-05-01.
    const record = person(
      [
        felony({
          jurisdiction: 'US-ZZ',
          startDate: '2021-03-15',
          length: { years: 1 },
          orders: [{ type: 'discharge', date: '2022-05-01' }],
        }),
      ],
      [{ type: 'custody', start: '2021-03-15', end: '2022-03-15', reason: 'other' }],
    );
    const r = evaluate(zembla, record, '2022-06-01');
    expect(r.projectedEndDate).toBe('2022-03-15');
    expect(r.explanation.map((s) => s.text)).toContain(
      'Your term reached its scheduled end on March 15, 2022, so your supervision on it ended then; the discharge order of May 1, 2022 came after it.',
    );
  });

  it('case: a term that ended before the as-of date offers no early termination and no jail limit; on its last day it still does', () => {
    // 1 year from 2021-03-15. Credits (20 a month) post April–September by 2021-10-01 (120): 200 served + 120 < 365.
    // 2021-11-01: 231 served + 140 = 371 ≥ 365, so the law discharges the term on 2021-11-01.
    const record = person([felony({ jurisdiction: 'US-ZZ', startDate: '2021-03-15', length: { years: 1 } })]);
    const onLastDay = evaluate(zembla, record, '2021-11-01');
    expect(onLastDay.projectedEndDate).toBe('2021-11-01');
    expect(onLastDay.sanctionLimit).not.toBeNull();
    expect(onLastDay.opportunities.map((o) => o.kind)).toContain('early_termination');
    const after = evaluate(zembla, record, '2021-11-02');
    expect(after.projectedEndDate).toBe('2021-11-01');
    expect(after.sanctionLimit).toBeNull();
    expect(after.opportunities.map((o) => o.kind)).not.toContain('early_termination');
    expect(after.explanation.at(-1)!.text).toBe(
      'This term ended on November 1, 2021, so there is nothing left for a court to end early or review, and no limit on jail for a next violation applies to it. If you are still being supervised on this term or have no discharge order, show this to your officer or a lawyer and ask for your discharge order.',
    );
    // It rests on the law that discharged it: the credits' section.
    expect(after.explanation.at(-1)!.citations).toEqual(['Zem. Prob. Code § 20']);
    expect(after.explanation.map((x) => x.text)).not.toContain('A first technical violation may bring at most 10 days in jail.');
    expect(onLastDay.explanation.map((x) => x.text)).toContain('A first technical violation may bring at most 10 days in jail.');
    // What the early-termination rule said, and the assumption behind it, go with the opportunity.
    const earlyStep = 'From March 15, 2022 the court may end your probation early.';
    const assumption = 'The record does not show whether the required classes are done; assumed they are.';
    expect(onLastDay.explanation.map((x) => x.text)).toContain(earlyStep);
    expect(onLastDay.warnings).toContain(assumption);
    // In the opportunity's reasons the assumed criterion is said to be assumed, after it.
    const early = onLastDay.opportunities.find((o) => o.kind === 'early_termination')!;
    expect(early.reasons).toContain('the required classes are done (assumed, as the record does not say).');
    expect(after.explanation.map((x) => x.text)).not.toContain(earlyStep);
    expect(after.warnings).not.toContain(assumption);
  });

  it('case: a term past its cap: the law ended it, whatever the order still says', () => {
    // 3 years from 2021-01-31 under the 2-year cap (2023-01-31), a felony without credits (custody every
    // month). As of 2023-06-30 the cap is behind: the words say the law ended it, not the order.
    const record = person(
      [felony({ jurisdiction: 'US-ZZ', startDate: '2021-01-31', length: { years: 3 } })],
      [{ type: 'custody', start: '2021-01-31', end: '2023-06-30', reason: 'other' }],
    );
    const r = evaluate(zembla, record, '2023-06-30');
    expect(r).toMatchObject({ statutoryMaxEndDate: '2023-01-31', projectedEndDate: '2023-01-31' });
    const said = r.explanation.map((x) => x.text);
    expect(said.at(-2)).toBe(
      'Putting this together: your supervision on this term reached its end on January 31, 2023, the latest end the law allows for this term.',
    );
    expect(said.at(-1)).toBe(
      "By law this term ended on January 31, 2023, even if the court's order shows a later date, so there is nothing left for a court to end early or review, and no limit on jail for a next violation applies to it. If your record still shows a later date, ask the court or your lawyer to correct it.",
    );
    // It rests on the cap's law.
    expect(r.explanation.at(-1)!.citations).toEqual(['Zem. Prob. Code § 10(a)']);
    // The step that gave the jail limit for a next violation went with the limit.
    expect(r.sanctionLimit).toBeNull();
    expect(said).not.toContain('A first technical violation may bring at most 10 days in jail.');
  });

  it('case: evaluated before the term was imposed: told in the future tense, with a warning', () => {
    // Imposed and begun 2021-03-15; as of 2020-12-31 neither has happened yet.
    const record = person([felony({ jurisdiction: 'US-ZZ', startDate: '2021-03-15', length: { years: 1 } })]);
    const before = evaluate(zembla, record, '2020-12-31');
    expect(before.explanation[0]!.text).toContain('begins on March 15, 2021');
    expect(before.warnings.some((w) => w.startsWith('This evaluation is as of December 31, 2020, before this term was imposed'))).toBe(
      true,
    );
    const after = evaluate(zembla, record, '2021-03-15');
    expect(after.explanation[0]!.text).toContain('began on March 15, 2021');
    expect(after.warnings.some((w) => w.includes('before this term was imposed'))).toBe(false);
  });

  it('case: a split probation was imposed and then began; a parole began on a sentence imposed earlier', () => {
    // Both sentenced 2016-03-01 and supervised from 2019-01-07: the court imposed the probation on the first
    // day; the parole is not imposed that day, the prison sentence it is part of is.
    const asImposed = (kind: 'probation' | 'parole') =>
      evaluate(zembla, person([felony({ jurisdiction: 'US-ZZ', kind, sentenceDate: '2016-03-01', startDate: '2019-01-07' })]), '2020-06-15')
        .explanation[0]!.text;
    expect(asImposed('probation')).toContain('was imposed on March 1, 2016 and began on January 7, 2019.');
    expect(asImposed('parole')).toContain(
      'Your parole (term T-1, for ZPC 50) began on January 7, 2019; the sentence it is part of was imposed on March 1, 2016.',
    );
  });

  it('case: an exclusion makes the opportunity ineligible with a null date', () => {
    const record = person([term({ jurisdiction: 'US-ZZ', offenses: [{ statute: 'ZPC 9', level: 'felony', tags: ['sex_registration'] }] })]);
    const r = evaluate(zembla, record, '2021-12-31');
    expect(r.opportunities[0]).toMatchObject({
      kind: 'early_termination',
      status: 'ineligible',
      date: null,
      reasons: ['registration offenses are excluded'],
    });
    // The classes criterion, unknown, decides nothing once the exclusion does: no assumption is made or warned.
    expect(r.warnings.some((w) => w.includes('required classes'))).toBe(false);
    const open = evaluate(zembla, person([term({ jurisdiction: 'US-ZZ' })]), '2021-12-31');
    expect(open.warnings.some((w) => w.includes('required classes'))).toBe(true);
  });

  it('case: a reform overrides a parameter from its own date and keeps the law before it', () => {
    const reformed = applyReform(zembla, {
      name: 'Zembla three-year cap',
      citations: ['Zembla HB 1 (fictional)'],
      parameters: { 'us-zz.cap.felonyYears': [{ from: '2021-01-01', value: 3, source: { citation: 'Zembla HB 1 § 2' } }] },
    });
    const record = person([felony({ jurisdiction: 'US-ZZ', startDate: '2021-03-15', length: { years: 5 } })]);
    expect(evaluate(reformed, record, '2021-12-31').statutoryMaxEndDate).toBe('2024-03-15');
    expect(evaluate(zembla, record, '2021-12-31').statutoryMaxEndDate).toBe('2023-03-15');
    expect(() => applyReform(zembla, { name: 'typo', citations: [], parameters: { 'us-zz.cap.nope': [] } })).toThrow(/us-zz.cap.nope/);
  });
});
