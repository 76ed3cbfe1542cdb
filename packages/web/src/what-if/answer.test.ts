// What-if answers from the law package in the browser's code path: the record with one event added today,
// evaluated against the record as it is. Each case shows the arithmetic the law gives.
import type { PersonRecord } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { answerWhatIf, restitutionOwed } from './answer.ts';
import { JURISDICTION_LOADERS, loadRegistry } from './jurisdictions.ts';
import { whatIfEvent } from './questions.ts';

const TODAY = '2026-11-30';

// Michigan felony probation of 3 years from 2025-05-10 (to 2028-05-10, within MCL 771.2(1)'s 3-year cap), no
// violations yet: still running on TODAY.
const michigan: PersonRecord = {
  id: 'P-MI-1001',
  terms: [
    {
      id: 'T-1',
      jurisdiction: 'US-MI',
      kind: 'probation',
      sentenceDate: '2025-05-10',
      startDate: '2025-05-10',
      length: { years: 3 },
      offenses: [{ statute: 'MCL 750.413', description: 'Unlawfully driving away an automobile', level: 'felony' }],
    },
  ],
  events: [],
};

describe('what-if: a violation sustained today', () => {
  it('case: Michigan felony probation moves from the first to the second technical-violation limit', async () => {
    // MCL 771.4b(1)(b): for a felony, a first technical violation allows up to 15 days' jail, a second up to 30.
    // Today's sustained violation is the first, so the next one is the second.
    const answer = await answerWhatIf(michigan, { question: 'violation_sustained', termId: 'T-1', today: TODAY });
    expect(answer.applies).toBe(true);
    if (!answer.applies) return;
    expect(answer.before.sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 15 });
    expect(answer.after.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
    const change = answer.differences.find((d) => d.what === 'Next technical-violation sanction');
    expect(change).toMatchObject({ before: 'violation 1: up to 15 days', after: 'violation 2: up to 30 days' });
    expect(change!.citations).toContain('MCL 771.4b(5)');
    expect(answer.eventSummary).toBe('a technical violation sustained on 2026-11-30');
  });

  it('case: the stored record is left as it was', async () => {
    const copy = structuredClone(michigan);
    await answerWhatIf(copy, { question: 'violation_sustained', termId: 'T-1', today: TODAY });
    expect(copy).toEqual(michigan);
  });
});

describe('what-if: restitution paid in full today', () => {
  const owing = (payments: number[]): PersonRecord => ({
    ...michigan,
    terms: [{ ...michigan.terms[0]!, restitutionOrderedUsd: 500 }],
    events: payments.map((amountUsd, n) => ({ type: 'payment', termId: 'T-1', date: `2022-0${n + 1}-15`, amountUsd, kind: 'restitution' })),
  });

  it('case: the payment is the balance the engine computes: $500 ordered − $120.50 − $79.50 = $300', async () => {
    expect(restitutionOwed(owing([120.5, 79.5]), 'T-1', TODAY, await loadRegistry(['US-MI']))).toBe(300);
    expect(whatIfEvent({ question: 'restitution_paid', termId: 'T-1', today: TODAY, restitutionBalanceUsd: 300 })).toEqual({
      type: 'payment',
      termId: 'T-1',
      date: TODAY,
      amountUsd: 300,
      kind: 'restitution',
    });
  });

  it('case: nothing owed ($500 paid of $500, or none ordered) means the question does not apply', async () => {
    expect(await answerWhatIf(owing([500]), { question: 'restitution_paid', termId: 'T-1', today: TODAY })).toMatchObject({
      applies: false,
    });
    expect(await answerWhatIf(michigan, { question: 'restitution_paid', termId: 'T-1', today: TODAY })).toMatchObject({ applies: false });
  });

  it('case: the payment is told in dollars and cents with thousands grouped ($6,500 − $383.50 owed = $6,116.50)', async () => {
    const big: PersonRecord = { ...owing([383.5]), terms: [{ ...michigan.terms[0]!, restitutionOrderedUsd: 6500 }] };
    const answer = await answerWhatIf(big, { question: 'restitution_paid', termId: 'T-1', today: TODAY });
    expect(answer.applies && answer.eventSummary).toBe(`a restitution payment of $6,116.50 on ${TODAY}`);
  });
});

describe('what-if: a GED earned today', () => {
  it('case: an approved GED event is added for the term', () => {
    expect(whatIfEvent({ question: 'ged_earned', termId: 'T-1', today: TODAY })).toEqual({
      type: 'achievement',
      termId: 'T-1',
      date: TODAY,
      kind: 'ged',
      approved: true,
    });
  });

  it('case: a term the record does not hold is refused in words', async () => {
    expect(await answerWhatIf(michigan, { question: 'ged_earned', termId: 'T-9', today: TODAY })).toEqual({
      applies: false,
      reason: 'The record has no term T-9.',
    });
  });
});

describe('jurisdiction chunks', () => {
  it('case: one loader per jurisdiction the law package encodes, each giving its own code', async () => {
    const { SUPPORTED_JURISDICTIONS } = await import('@pathways/law');
    expect(Object.keys(JURISDICTION_LOADERS).sort()).toEqual([...SUPPORTED_JURISDICTIONS].sort());
    for (const [code, load] of Object.entries(JURISDICTION_LOADERS)) expect((await load()).code).toBe(code);
  });
});
