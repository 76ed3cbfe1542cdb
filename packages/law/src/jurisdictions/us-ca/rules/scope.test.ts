/** What the California rules cover: probation. Parole is said to be outside them, in words and a warning. */
import { describe, expect, it } from 'vitest';
import { evaluate, person, term } from '../../../../test/builders.ts';
import { usCa } from '../index.ts';

describe('scope of the California rules', () => {
  it('case: parole gets the end as set, an explanation and a warning naming PC 3000.01, and no cap', () => {
    const parole = person([
      term({
        jurisdiction: 'US-CA',
        kind: 'parole',
        sentenceDate: '2020-01-31',
        startDate: '2023-01-31',
        length: { years: 3 },
        offenses: [{ statute: 'PC 459', level: 'felony', maxPrisonMonths: 72 }],
      }),
    ]);
    const r = evaluate(usCa, parole, '2024-02-29');
    expect(r).toMatchObject({
      scheduledEndDate: '2026-01-31',
      statutoryMaxEndDate: null,
      projectedEndDate: '2026-01-31',
      sanctionLimit: null,
    });
    expect(r.warnings).toContain(
      "California's parole rules are not worked out here: only the end of this term as set is shown, with no limit, credits, early end or jail limit.",
    );
    expect(r.explanation.map((s) => s.text)).toContain(
      'The California rules in this report are the limits on probation (Cal. Penal Code §§ 1203a, 1203.1). They do not cover parole (California parole is governed by Cal. Penal Code § 3000.01), so only the end date of your term as set is shown. Ask your parole agent or a lawyer about your discharge date.',
    );
  });

  it('case: probation gets no such notice', () => {
    const probation = person([term({ jurisdiction: 'US-CA', offenses: [{ statute: 'PC 459', level: 'felony' }] })]);
    expect(evaluate(usCa, probation, '2024-02-29').warnings.some((w) => w.includes('3000.01'))).toBe(false);
  });

  it('case: mandatory supervision recorded as supervised release cites no parole statute and names no parole agent', () => {
    const r = evaluate(
      usCa,
      person([
        term({
          jurisdiction: 'US-CA',
          kind: 'supervised_release',
          sentenceDate: '2022-01-31',
          startDate: '2023-01-31',
          length: { years: 2 },
          offenses: [{ statute: 'PC 459', level: 'felony' }],
        }),
      ]),
      '2024-02-29',
    );
    const step = r.explanation.find((s) => s.text.startsWith('The California rules in this report'));
    expect(step?.citations).toEqual([]);
    expect(step?.text).toContain('Ask your supervising officer');
    expect(step?.text).not.toContain('3000.01');
  });
});
