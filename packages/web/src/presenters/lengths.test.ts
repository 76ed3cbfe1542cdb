import { describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_LENGTH, MAX_REASON_LENGTH } from '@pathways/server/input-limits';
import { tooLong } from './lengths.ts';

describe('tooLong', () => {
  it('case: a text up to the limit (trimmed, as it is sent) fits', () => {
    expect(tooLong('reason', 'x'.repeat(MAX_REASON_LENGTH), MAX_REASON_LENGTH)).toBeNull();
    expect(tooLong('reason', `  ${'x'.repeat(MAX_REASON_LENGTH)}  `, MAX_REASON_LENGTH)).toBeNull();
    expect(tooLong('evidence', '', MAX_EVIDENCE_LENGTH)).toBeNull();
  });

  it('case: a longer one says how long it is and how long it may be, in the form’s words', () => {
    expect(tooLong('reason', 'x'.repeat(MAX_REASON_LENGTH + 1), MAX_REASON_LENGTH)).toBe(
      'The reason is 2,001 characters long; at most 2,000 are kept. Shorten it.',
    );
    expect(tooLong('evidence', 'x'.repeat(5000), MAX_EVIDENCE_LENGTH)).toBe(
      'The evidence is 5,000 characters long; at most 4,000 are kept. Shorten it.',
    );
  });
});
