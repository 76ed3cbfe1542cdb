import { describe, expect, it } from 'vitest';
import { ENGINEERING_REVIEWER, engineeringReview, sourceReadOn, testFilesIn } from './provisions.ts';

describe('engineeringReview', () => {
  it('case: names the engineering reviewer and the day, and leaves out a note not given', () => {
    const r = engineeringReview('2026-11-30', 'encoded from primary text');
    expect(r).toEqual({ by: ENGINEERING_REVIEWER, on: '2026-11-30', status: 'encoded from primary text' });
    expect('note' in r).toBe(false);
  });

  it('case: keeps a note given', () => {
    expect(engineeringReview('2026-11-30', 'unverified', 'text not found')).toEqual({
      by: ENGINEERING_REVIEWER,
      on: '2026-11-30',
      status: 'unverified',
      note: 'text not found',
    });
  });
});

describe('sourceReadOn', () => {
  it('case: every source it builds is read on its day, primary unless said otherwise', () => {
    const source = sourceReadOn('2026-11-30');
    expect(source('RSMo § 217.703', 'current text', 'https://example.org/217-703')).toEqual({
      citation: 'RSMo § 217.703',
      version: 'current text',
      read: '2026-11-30',
      url: 'https://example.org/217-703',
      kind: 'primary',
    });
    expect(source('a summary', 'web page', 'https://example.org/s', 'secondary').kind).toBe('secondary');
  });
});

describe('testFilesIn', () => {
  it('case: joins the folder and the file with one slash', () => {
    expect(testFilesIn('packages/law/src/jurisdictions/us-mo')('rules/ecc.test.ts')).toBe(
      'packages/law/src/jurisdictions/us-mo/rules/ecc.test.ts',
    );
  });
});
