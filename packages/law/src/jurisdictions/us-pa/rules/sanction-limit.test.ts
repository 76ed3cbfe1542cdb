/** 42 Pa.C.S. § 9771(c): total confinement for technical violations (Act 44, in force 2024-06-11). */
import { describe, expect, it } from 'vitest';
import { evaluate, person, term } from '../../../../test/builders.ts';
import { applyReform } from '../../../engine/reforms.ts';
import type { SupervisionEvent, Term } from '../../../records/schema.ts';
import { usPa } from '../index.ts';

const t = {
  jurisdiction: 'US-PA',
  sentenceDate: '2023-01-10',
  startDate: '2023-01-10',
  length: { years: 5 },
  offenses: [{ statute: '18 Pa.C.S. § 3921(a)', level: 'felony' as const }],
};
const tv = (date: string, episodeId?: string, status: 'sustained' | 'reported' | 'dismissed' = 'sustained'): SupervisionEvent =>
  ({
    type: 'violation',
    date,
    category: 'technical',
    status,
    kinds: ['missed_appointment'],
    ...(episodeId ? { episodeId } : {}),
  }) as SupervisionEvent;
const limit = (events: SupervisionEvent[], asOf = '2025-12-31', fields: Partial<Term> = {}, law = usPa) =>
  evaluate(law, person([term({ ...t, ...fields } as Term)], events), asOf).sanctionLimit;

/** The other reading of Act 44 § 5 (not read): the limits reach only probation imposed from 2024-06-11. */
const onlyPostActSentences = applyReform(usPa, {
  name: 'Act 44 § 5 read to limit the § 9771(c) caps to sentences imposed on or after June 11, 2024',
  citations: ['Act 44 of 2023, § 5'],
  parameters: {
    'us-pa.sanction.reachesSentencesBeforeEffectiveDate': [
      { from: '2024-06-11', value: false, source: { citation: 'Act 44 of 2023, § 5 (reading)' } },
    ],
  },
});

describe('§ 9771(c)(2) limits on total confinement', () => {
  it('case: research example 4 — no violations yet: the next is the first, at most 14 days', () => {
    const l = limit([]);
    expect(l).toMatchObject({ violationNumber: 1, confinementAllowed: true, maxConfinementDays: 14 });
    expect(l!.citations).toContain('42 Pa.C.S. § 9771(c)(2)(i)');
    expect(l!.reasons!.join(' ')).toContain('presumes you should not be jailed');
    expect(l!.reasons!.join(' ')).toContain('up to 30 more days');
  });

  it('case: one sustained technical violation — the next is the second, at most 30 days', () => {
    expect(limit([tv('2025-03-01')])).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
  });

  it('case: a report not yet decided is not counted, and the reasons say the limit would govern it', () => {
    const l = limit([tv('2025-05-10', undefined, 'reported')]);
    expect(l).toMatchObject({ violationNumber: 1, maxConfinementDays: 14 });
    expect(l!.reasons!.join(' ')).toContain('A violation reported on May 10, 2025 has not been decided yet');
    expect(limit([])!.reasons!.join(' ')).not.toContain('has not been decided yet');
  });

  it('case: two — the next is the third: no day limit of its own', () => {
    const l = limit([tv('2025-03-01'), tv('2025-06-01')]);
    expect(l).toMatchObject({ violationNumber: 3, confinementAllowed: true, maxConfinementDays: null });
    expect(l!.citations).toContain('42 Pa.C.S. § 9771(c)(2)(iii)');
  });

  it('case: three — the next is the fourth, named as such', () => {
    const l = limit([tv('2025-03-01'), tv('2025-06-01'), tv('2025-09-01')]);
    expect(l).toMatchObject({ violationNumber: 4, maxConfinementDays: null });
    expect(l!.reasons![0]).toContain('so your next one would be your fourth.');
  });

  it('case: two violations of one episode count once', () => {
    expect(limit([tv('2025-03-01', 'X'), tv('2025-03-02', 'X')])).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
  });

  it('case: two unmarked violations of one day are one episode (reading chosen, warned); a day apart they are two', () => {
    // 2025-03-01 twice → one found, next is the second: 30 days (§ 9771(c)(2)(ii)).
    const sameDay = evaluate(usPa, person([term(t as Term)], [tv('2025-03-01'), tv('2025-03-01')]), '2025-12-31');
    expect(sameDay.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
    expect(sameDay.warnings.some((w) => w.includes('March 1, 2025') && w.includes('§ 9771(c)(1)(iii)(F)'))).toBe(true);
    // 2025-03-01 and 2025-03-02 → two found, next is the third: no day limit (§ 9771(c)(2)(iii)).
    expect(limit([tv('2025-03-01'), tv('2025-03-02')])).toMatchObject({ violationNumber: 3, maxConfinementDays: null });
    // The alternative reading counts the same-day pair as two.
    const separate = applyReform(usPa, {
      name: 'Violations of one day are separate episodes',
      citations: ['42 Pa.C.S. § 9771(c)(1)(iii)(F)'],
      parameters: {
        'us-pa.sanction.sameDaySameEpisode': [
          { from: '2024-06-11', value: false, source: { citation: '42 Pa.C.S. § 9771(c)(1)(iii)(F)' } },
        ],
      },
    });
    expect(limit([tv('2025-03-01'), tv('2025-03-01')], '2025-12-31', {}, separate)).toMatchObject({ violationNumber: 3 });
  });

  it('case: reported and dismissed violations do not count; absconding does; a new offense does not', () => {
    const events: SupervisionEvent[] = [
      tv('2025-03-01', undefined, 'reported'),
      tv('2025-04-01', undefined, 'dismissed'),
      { type: 'violation', date: '2025-05-01', category: 'new_offense', status: 'sustained' },
      { type: 'violation', date: '2025-06-01', category: 'absconding', status: 'sustained' },
    ];
    expect(limit(events)).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
  });

  it('case: a violation before Act 44 counts (reading chosen)', () => {
    expect(limit([tv('2023-06-01')])).toMatchObject({ violationNumber: 2 });
  });

  it('case: a violation after the as-of date is not known yet', () => {
    expect(limit([tv('2026-01-05')], '2025-12-31')).toMatchObject({ violationNumber: 1 });
  });

  it('case: as of 2024-06-10 no limit is in force; as of 2024-06-11 it is', () => {
    expect(limit([], '2024-06-10')).toBeNull();
    expect(limit([], '2024-06-11')).toMatchObject({ violationNumber: 1, maxConfinementDays: 14 });
  });

  it('case: § 9771(b.1) — a standing failure-to-pay report adds the nonpayment reason; a dismissed one does not', () => {
    const unpaid = (status: 'reported' | 'dismissed'): SupervisionEvent =>
      ({ type: 'violation', date: '2025-03-01', category: 'technical', status, kinds: ['failure_to_pay'] }) as SupervisionEvent;
    const reported = limit([unpaid('reported')])!;
    // A reported violation is not a finding: the next is still the first, at most 14 days.
    expect(reported).toMatchObject({ violationNumber: 1, maxConfinementDays: 14 });
    expect(reported.citations).toContain('42 Pa.C.S. § 9771(b.1)');
    expect(reported.reasons?.at(-1)).toContain('unless the judge finds that you were able to pay the fines and willfully refused');
    expect(limit([unpaid('dismissed')])!.citations).not.toContain('42 Pa.C.S. § 9771(b.1)');
    expect(limit([tv('2025-03-01')])!.citations).not.toContain('42 Pa.C.S. § 9771(b.1)');
  });

  it('case: parole terms get no § 9771(c) limit', () => {
    expect(limit([], '2025-12-31', { kind: 'parole' })).toBeNull();
  });
});

describe('after the term ends', () => {
  it('case: no next violation after the last day', () => {
    // 2023-01-10 + 5 years = 2028-01-10: limit on the last day, none the day after.
    expect(limit([], '2028-01-10')).toMatchObject({ violationNumber: 1 });
    expect(limit([], '2028-01-11')).toBeNull();
  });
});

describe('which sentences the limits reach (Act 44 § 5 not read: parameter sanction.reachesSentencesBeforeEffectiveDate)', () => {
  it('case: reading chosen — probation imposed 2023-01-10 gets the limit at a revocation after 2024-06-11', () => {
    expect(limit([], '2025-12-31')).toMatchObject({ violationNumber: 1, maxConfinementDays: 14 });
  });

  it('case: other reading — sentenced 2024-06-10, the day before the effective date: no limit shown', () => {
    const e = evaluate(
      onlyPostActSentences,
      person([term({ ...t, sentenceDate: '2024-06-10', startDate: '2024-06-10' } as Term)], []),
      '2025-12-31',
    );
    expect(e.sanctionLimit).toBeNull();
    expect(e.explanation.some((x) => x.text.includes('before Act 44 took effect'))).toBe(true);
  });

  it('case: other reading — sentenced 2024-06-11, the effective date: the limit applies', () => {
    const fields = { sentenceDate: '2024-06-11', startDate: '2024-06-11' };
    expect(limit([], '2025-12-31', fields, onlyPostActSentences)).toMatchObject({ violationNumber: 1, maxConfinementDays: 14 });
    expect(limit([tv('2025-03-01')], '2025-12-31', fields, onlyPostActSentences)).toMatchObject({
      violationNumber: 2,
      maxConfinementDays: 30,
    });
  });
});
