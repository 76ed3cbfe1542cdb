/** Act 44 of 2023: enacted 2023-12-14, in force 2024-06-11 (180 days, 1 Pa.C.S. § 1908). How the scope step tells it. */
import { describe, expect, it } from 'vitest';
import { evaluate, person, term } from '../../../../test/builders.ts';
import { usPa } from '../index.ts';

const said = (asOf: string) =>
  evaluate(usPa, person([term({ jurisdiction: 'US-PA', sentenceDate: '2018-03-01', startDate: '2018-03-01', length: { years: 8 } })]), asOf)
    .explanation.map((s) => s.text)
    .join(' ');

describe('Act 44 told as the as-of date knew it', () => {
  it('case: before it was enacted (2023-12-13) it was not yet law, with no date it would take effect', () => {
    expect(said('2019-12-17')).toContain('(Act 44 of 2023) was not yet law, so its review conferences');
    expect(said('2023-12-13')).not.toContain('takes effect');
  });

  it('case: enacted but not in force (2023-12-14 to 2024-06-10): it takes effect on June 11, 2024', () => {
    expect(said('2023-12-14')).toContain('had not taken effect yet. It takes effect on June 11, 2024');
    expect(said('2024-06-10')).toContain('It takes effect on June 11, 2024');
  });

  it('case: in force from 2024-06-11: neither sentence', () => {
    expect(said('2024-06-11')).not.toContain('Act 44 of 2023) had not taken effect');
    expect(said('2024-06-11')).not.toContain('was not yet law');
  });
});
