import { describe, expect, it } from 'vitest';
import { chooseEndDate, latestEnd, progressToward } from './end-date.ts';

const terms = [
  { id: 'T-1', startDate: '2025-01-15' },
  { id: 'T-2', startDate: '2026-03-01' },
];

describe('the end date Home leads with', () => {
  it('case: two terms: supervision ends when the later one does (2027-08-01 after 2027-02-01)', () => {
    const choice = chooseEndDate(
      [
        { termId: 'T-1', projectedEndDate: '2027-02-01' },
        { termId: 'T-2', projectedEndDate: '2027-08-01' },
      ],
      terms,
      '2026-12-01',
    );
    expect(choice).toEqual({ kind: 'date', date: '2027-08-01', termId: 'T-2', startDate: '2026-03-01', reached: false });
  });

  it('case: a date before today is reached; today itself is the last day, not yet passed', () => {
    expect(chooseEndDate([{ termId: 'T-1', projectedEndDate: '2025-02-01' }], terms, '2026-12-01')).toMatchObject({ reached: true });
    // The end day is the term's last day (spec § 3): on it supervision still runs.
    expect(chooseEndDate([{ termId: 'T-1', projectedEndDate: '2026-12-01' }], terms, '2026-12-01')).toMatchObject({ reached: false });
    expect(chooseEndDate([{ termId: 'T-1', projectedEndDate: '2026-11-30' }], terms, '2026-12-01')).toMatchObject({ reached: true });
  });

  it('case: any term without an end (a lifetime term) means no date is promised; no evaluations means none', () => {
    const evaluations = [
      { termId: 'T-1', projectedEndDate: '2027-02-01' },
      { termId: 'T-2', projectedEndDate: null },
    ];
    expect(chooseEndDate(evaluations, terms, '2026-12-01')).toEqual({ kind: 'open-ended', termId: 'T-2' });
    expect(latestEnd(evaluations)).toBeNull();
    expect(chooseEndDate([], terms, '2026-12-01')).toEqual({ kind: 'none' });
  });
});

describe('progress from the start of the deciding term to the end date', () => {
  it('case: 2025-01-15 → 2027-08-01 is 928 days; on 2026-12-01, 685 are done (685/928 = 73.8%, shown as 73%) and 243 left', () => {
    // 2025-01-15 → 2026-01-15: 365 days; → 2026-12-01: +320 (16 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 1) = 685.
    // 2026-12-01 → 2027-08-01: 31 + 31 + 28 + 31 + 30 + 31 + 30 + 31 = 243. Total 685 + 243 = 928.
    expect(progressToward('2025-01-15', '2027-08-01', '2026-12-01')).toEqual({ percent: 73, daysDone: 685, daysLeft: 243 });
  });

  it('case: before the start nothing is done; past the end the bar is full and nothing is left', () => {
    expect(progressToward('2026-03-01', '2027-03-01', '2026-02-01')).toEqual({ percent: 0, daysDone: 0, daysLeft: 393 });
    // 2026-03-01 → 2027-03-01 is 365 days; on 2027-06-01 all 365 are done.
    expect(progressToward('2026-03-01', '2027-03-01', '2027-06-01')).toEqual({ percent: 100, daysDone: 365, daysLeft: 0 });
  });

  it('case: the last day before the end rounds down to 99%, not up to 100%', () => {
    // 2026-01-01 → 2027-01-01 is 365 days; on 2026-12-31, 364 are done: 99.7% → 99%.
    expect(progressToward('2026-01-01', '2027-01-01', '2026-12-31')).toEqual({ percent: 99, daysDone: 364, daysLeft: 1 });
  });

  it('case: an end on the start day (credits covered the term at once) is complete from that day, not before', () => {
    expect(progressToward('2026-03-01', '2026-03-01', '2026-03-01')).toEqual({ percent: 100, daysDone: 0, daysLeft: 0 });
    // 2026-02-01 → 2026-03-01: 28 days left.
    expect(progressToward('2026-03-01', '2026-03-01', '2026-02-01')).toEqual({ percent: 0, daysDone: 0, daysLeft: 28 });
  });
});
