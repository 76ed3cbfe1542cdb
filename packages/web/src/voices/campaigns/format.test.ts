/** The campaign pages' numbers in words (format.ts): rounding, the figures listed, the method paragraph. */
import { describe, expect, it } from 'vitest';
import { figureRows, formatCount, formatDollars, methodSentence, roundCount } from './format.ts';
import type { CampaignImpact } from './types.ts';

const band = (mean: number, low = mean, high = mean) => ({ mean, low, high });
const impact = (revocations: number, admissions: number, people = 2000, statePopulation = 53_671): CampaignImpact => ({
  reform: { file: 'f.yaml', name: 'F', jurisdiction: 'US-MO', citations: ['c'], description: null },
  run: { start: '2027-01-01', months: 36, people, replications: 3, seed: 1 },
  statePopulation,
  populationDate: '2021-12-31',
  scale: statePopulation / people,
  figures: {
    exitsEarlier: band(1064, 966, 1232),
    supervisionYearsAvoided: band(1441),
    revocationsAvoided: band(revocations),
    prisonAdmissionsAvoided: band(admissions),
    dollarsSaved: band(8_515_646),
  },
  assumptions: [],
  labUrl: '/lab/?s=x',
  computedAt: '2026-06-01T12:00:00.000Z',
  seconds: 1,
});

describe('campaign figures in words', () => {
  it('case: counts round as spoken, dollars in millions, negatives with a minus sign', () => {
    expect(roundCount(1587.3)).toBe(1600);
    expect(formatCount(-23_456)).toBe('−23,000');
    expect(formatCount(47.4)).toBe('47');
    expect(formatDollars(8_515_646)).toBe('$8.5 million');
    expect(formatDollars(-950)).toBe('−$950');
  });

  it('case: revocations and prison admissions share a line while they are the same number', () => {
    expect(figureRows(impact(268, 268)).map((r) => r.key)).toEqual([
      'exitsEarlier',
      'supervisionYearsAvoided',
      'revocationsAvoided',
      'dollarsSaved',
    ]);
    expect(figureRows(impact(268, 300)).map((r) => r.key)).toContain('prisonAdmissionsAvoided');
  });

  it('case: the method names the run and says when it was scaled from a sample, and not otherwise', () => {
    const sampled = methodSentence(impact(1, 1), 'Missouri');
    expect(sampled).toContain(
      'followed 2,000 synthetic people on Missouri probation and parole, month by month for 3 years from January 2027',
    );
    expect(sampled).toContain('It did this 3 times with fresh people (seed 1)');
    expect(sampled).toContain('scaled from a sample of 2,000 to Missouri’s 53,671 people on probation and parole (as of 2021-12-31)');
    expect(methodSentence(impact(1, 1, 53_671), 'Missouri')).not.toContain('scaled');
  });
});
