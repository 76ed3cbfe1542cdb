import { describe, expect, it } from 'vitest';
import type { TermEvaluation } from '../api/types.ts';
import { documentRows, filenameFrom } from './documents.ts';

const evaluation = (opportunities: TermEvaluation['opportunities']) =>
  ({ termId: 'T-1', jurisdiction: 'US-PA', asOf: '2026-06-01', opportunities }) as unknown as TermEvaluation;

describe('documentRows', () => {
  it('case: an applying document names its opportunity; an ineligible one says why not', () => {
    const rows = documentRows(
      {
        termId: 'T-1',
        asOf: '2026-06-01',
        documents: [
          {
            kind: 'pa_early_termination_motion',
            label: 'Motion for early termination',
            opportunity: { kind: 'early_termination', status: 'eligible', date: '2026-01-01' },
          },
        ],
      },
      evaluation([
        { kind: 'early_termination', status: 'eligible', date: '2026-01-01', citations: [], reasons: [] },
        { kind: 'term_cap', status: 'ineligible', date: null, citations: [], reasons: ['Serious offense excluded.'] },
      ] as TermEvaluation['opportunities']),
    );
    expect(rows.apply).toEqual([
      { kind: 'pa_early_termination_motion', label: 'Motion for early termination', basis: 'early termination, eligible from 2026-01-01' },
    ]);
    expect(rows.notApplying).toEqual(['No document for term cap: the evaluation finds it ineligible. Serious offense excluded.']);
  });

  it('case: no evaluation, no document', () => {
    expect(documentRows(undefined, undefined)).toEqual({
      apply: [],
      notApplying: ['No evaluation is stored for this term, so no document can be filled from it.'],
    });
  });
});

describe('filenameFrom', () => {
  it('case: the quoted name the server sends, an encoded one, and the fallback', () => {
    expect(filenameFrom('attachment; filename="ca_1203_3-P-CA-00001-2026-06-01.pdf"', 'x.pdf')).toBe('ca_1203_3-P-CA-00001-2026-06-01.pdf');
    expect(filenameFrom("attachment; filename*=UTF-8''motion%20one.pdf", 'x.pdf')).toBe('motion one.pdf');
    expect(filenameFrom('attachment; filename="../../etc/passwd"', 'x.pdf')).toBe('.._.._etc_passwd');
    expect(filenameFrom(null, 'x.pdf')).toBe('x.pdf');
  });
});
