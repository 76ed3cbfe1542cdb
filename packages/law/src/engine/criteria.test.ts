import { describe, expect, it } from 'vitest';
import { citationsOf, type CriterionResult } from './criteria.ts';

const met = (citations: string[]): CriterionResult => ({ id: 'x', met: true, reason: 'met', citations });
const failing = (citations: string[]): CriterionResult => ({ id: 'y', met: false, exclusion: true, reason: 'not met', citations });

describe('citationsOf', () => {
  it('case: the citations given first, then each criterion in order, each citation once', () => {
    const criteria = [failing(['§ 2', '§ 3']), met(['§ 3', '§ 1']), failing(['§ 4'])];
    expect(citationsOf(criteria, ['§ 1'])).toEqual(['§ 1', '§ 2', '§ 3', '§ 4']);
    expect(citationsOf(criteria)).toEqual(['§ 2', '§ 3', '§ 1', '§ 4']);
  });

  it('case: no criteria: only what was given first, as a new list', () => {
    const first = ['§ 1'];
    const out = citationsOf([], first);
    expect(out).toEqual(['§ 1']);
    expect(out).not.toBe(first);
  });
});
