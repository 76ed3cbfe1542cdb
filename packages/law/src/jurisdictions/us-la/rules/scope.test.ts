/** What the Louisiana rules cover: probation and parole. Other kinds are said to be outside them. */
import { describe, expect, it } from 'vitest';
import { la, run } from './test-helpers.ts';

describe('scope of the Louisiana rules', () => {
  it('case: conditional release gets the end as set, an explanation and a warning; parole gets neither', () => {
    const r = run(la({ kind: 'conditional_release' }), '2019-12-31');
    expect(r.projectedEndDate).toBe(r.scheduledEndDate);
    expect(r.warnings).toContain(
      "Louisiana's conditional release rules are not worked out here: only the end of this term as set is shown, with no limit, credits, early end or jail limit.",
    );
    expect(r.explanation.map((s) => s.text)).toContain(
      'The Louisiana rules in this report cover probation and parole. This term is conditional release, so only the end date of your term as set is shown.',
    );
    expect(run(la({ kind: 'parole' }), '2019-12-31').warnings.some((w) => w.includes('not worked out here'))).toBe(false);
  });
});
