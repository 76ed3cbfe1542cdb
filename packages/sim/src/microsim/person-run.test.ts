/**
 * One person's months, on a hand-made record and a law whose only rule is the one under test, so that
 * every date and count can be worked out by hand. Missouri's offense table and calibration serve as
 * the setting; the rules are replaced.
 */
import { JURISDICTIONS, parseIsoDate, type Jurisdiction, type PersonRecord, type Rule } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { figure } from '../calibration/figure.ts';
import { calibrationFor } from '../calibration/states.ts';
import { RandomStream } from '../random.ts';
import { DEFAULT_GRANT_RATES } from './behaviour.ts';
import { horizonFrom } from './horizon.ts';
import { Tally } from './metrics.ts';
import { runPerson, type Assumptions, type ScenarioLaw } from './person-run.ts';

const MO = JURISDICTIONS.get('US-MO')!;
const withRules = (rules: Record<string, Rule>): Jurisdiction => ({ ...MO, rules });
const law = (jurisdiction: Jurisdiction, index = 0): ScenarioLaw => ({ index, jurisdiction, changeDays: [], givesCredits: false });

function record(length: { years?: number; months?: number }, startDate = '2030-01-01'): PersonRecord {
  return {
    id: 'P-0000001',
    terms: [
      {
        id: 'T-1',
        jurisdiction: 'US-MO',
        kind: 'probation',
        sentenceDate: startDate,
        startDate,
        length,
        offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'E', description: 'Stealing' }],
      },
    ],
  } as PersonRecord;
}

/** Missouri's calibration with the monthly hazards and responses set for the case. */
function assumptions(
  h: { technical?: number; newOffense?: number; absconding?: number },
  r: Partial<Record<'jail' | 'revokeTechnical' | 'revokeNewOffense', number>> = {},
): Assumptions {
  const cal = calibrationFor('US-MO');
  return {
    calibration: {
      ...cal,
      monthlyHazard: {
        technical: figure(h.technical ?? 0, 'test', 'D'),
        newOffense: figure(h.newOffense ?? 0, 'test', 'D'),
        absconding: figure(h.absconding ?? 0, 'test', 'D'),
      },
      response: {
        ...cal.response,
        technicalJail: figure(r.jail ?? 0, 'test', 'D'),
        technicalJailDays: figure({ min: 10, max: 10 }, 'test', 'D'),
        revokeTechnical: figure(r.revokeTechnical ?? 0, 'test', 'D'),
        revokeNewOffense: figure(r.revokeNewOffense ?? 0, 'test', 'D'),
      },
      restitution: { ...cal.restitution, monthlyPayment: figure(0, 'test', 'D') },
    },
    grantRates: { ...DEFAULT_GRANT_RATES, early_termination: figure(0, 'test', 'D') },
  };
}

const plan = (r: PersonRecord, entryMonth = 0) => ({ record: r, entryMonth, entrant: entryMonth > 0, groupCell: 0 });

describe('runPerson', () => {
  it('case: a six-month term with no violation ends as scheduled, in its sixth month', () => {
    // 2030-01-01 + 6 months = 2030-07-01, the term's last day (spec § 3): the exit falls in month 6
    // (July), and the days supervised are 2030-01-01 … 2030-07-01 inclusive = 181 + 1 = 182.
    const h = horizonFrom('2030-01-01', 12);
    const t = new Tally(12);
    runPerson(plan(record({ months: 6 })), law(withRules({})), h, assumptions({}), new RandomStream(1), t);
    expect([...t.monthlySeries(0, 'exitsCompleted')]).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    expect([...t.monthlySeries(0, 'population')]).toEqual([1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
    expect(t.monthlySeries(0, 'probationDays').reduce((a, b) => a + b)).toBe(182);
    expect(t.total(0, 'personMonths')).toBe(7);
  });

  it('case: a cap the law sets ends the term at the cap, counted as a statutory-cap exit', () => {
    // The rule caps the term at 2030-03-31: the exit falls in month 2 (March), by the cap.
    const cap: Rule = (ctx) => ctx.capAt(parseIsoDate('2030-03-31'), 'Test cap.', ['Test § 1']);
    const t = new Tally(12);
    runPerson(plan(record({ years: 2 })), law(withRules({ cap })), horizonFrom('2030-01-01', 12), assumptions({}), new RandomStream(1), t);
    expect(t.monthlySeries(0, 'exitsStatutoryCap')[2]).toBe(1);
    expect(t.total(0, 'exitsBeforeScheduledEnd')).toBe(1);
    // Cut: 2032-01-01 − 2030-03-31 = 641 days.
    expect(t.total(0, 'daysCutFromScheduledEnd')).toBe(641);
  });

  it('case: jail for a technical violation is held to the limit the law sets for it', () => {
    // A violation every month, always answered with 10 days asked; the law allows 5: 5 days a month for 12 months.
    const limit: Rule = (ctx) =>
      ctx.setSanctionLimit({ violationNumber: 1, confinementAllowed: true, maxConfinementDays: 5, citations: ['Test § 2'] }, 'Test limit.');
    const t = new Tally(12);
    runPerson(
      plan(record({ years: 3 })),
      law(withRules({ limit })),
      horizonFrom('2030-01-01', 12),
      assumptions({ technical: 1 }, { jail: 1, revokeTechnical: 0.5 }),
      new RandomStream(1),
      t,
    );
    expect([...t.monthlySeries(0, 'jailDays')]).toEqual(Array(12).fill(5));
    // Where the law limits confinement, no technical violation is answered with prison.
    expect(t.monthlySeries(0, 'revocationsTechnical').reduce((a, b) => a + b)).toBe(0);
  });

  it('case: no confinement at all where the law allows none', () => {
    const none: Rule = (ctx) =>
      ctx.setSanctionLimit(
        { violationNumber: 1, confinementAllowed: false, maxConfinementDays: 0, citations: ['Test § 3'] },
        'Test limit.',
      );
    const t = new Tally(12);
    runPerson(
      plan(record({ years: 3 })),
      law(withRules({ none })),
      horizonFrom('2030-01-01', 12),
      assumptions({ technical: 1 }, { jail: 1, revokeTechnical: 1 }),
      new RandomStream(1),
      t,
    );
    expect(t.monthlySeries(0, 'jailDays').reduce((a, b) => a + b)).toBe(0);
    expect(t.monthlySeries(0, 'revocationsTechnical').reduce((a, b) => a + b)).toBe(0);
    expect(t.monthlySeries(0, 'population').reduce((a, b) => a + b)).toBe(12);
  });

  it('case: a new offense answered by revocation sends the person to prison for the calibrated stay', () => {
    // Revoked on 2030-01-15 (the model's violation day); Missouri's probation-violator stay in months
    // × 365.25 / 12 days, counted from the admission to the horizon's end at most.
    const a = assumptions({ newOffense: 1 }, { revokeNewOffense: 1 });
    const h = horizonFrom('2030-01-01', 120);
    const t = new Tally(120);
    runPerson(plan(record({ years: 3 })), law(withRules({})), h, a, new RandomStream(1), t);
    expect(t.monthlySeries(0, 'revocationsNewOffense')[0]).toBe(1);
    expect(t.monthlySeries(0, 'prisonAdmissions')[0]).toBe(1);
    const stay = Math.round(a.calibration.prisonStayMonths.probationViolator.value * (365.25 / 12));
    expect(t.monthlySeries(0, 'prisonDays').reduce((x, y) => x + y)).toBe(stay);
    // Supervised 2030-01-01 … 2030-01-15 = 15 days.
    expect(t.monthlySeries(0, 'probationDays')[0]).toBe(15);
  });

  it('case: the same law under both scenarios gives the same months (common random numbers)', () => {
    const a = assumptions(
      { technical: 0.1, newOffense: 0.02, absconding: 0.01 },
      { jail: 0.5, revokeTechnical: 0.2, revokeNewOffense: 0.6 },
    );
    const h = horizonFrom('2030-01-01', 36);
    const t = new Tally(36);
    for (let i = 0; i < 200; i++) {
      for (const s of [0, 1]) runPerson(plan(record({ years: 2 + (i % 3) })), law(MO, s), h, a, new RandomStream(7, i), t);
    }
    expect([...t.monthlySeries(1, 'population')]).toEqual([...t.monthlySeries(0, 'population')]);
    expect([...t.monthlySeries(1, 'jailDays')]).toEqual([...t.monthlySeries(0, 'jailDays')]);
    // Something happened to compare: revocations for new offenses and jail for technical violations
    // (Missouri's 120-day program limit keeps these class E technical violations out of prison).
    expect(t.monthlySeries(0, 'revocationsNewOffense').reduce((x, y) => x + y)).toBeGreaterThan(0);
    expect(t.monthlySeries(0, 'jailDays').reduce((x, y) => x + y)).toBeGreaterThan(0);
    expect(t.monthlySeries(0, 'revocationsTechnical').reduce((x, y) => x + y)).toBe(0);
  });
});
