/**
 * What the Louisiana rules cover: probation (art. 893, 895.6, 900) and parole (R.S. 15:574.6.1, 574.9).
 * Release on diminution of sentence ("good time", a record's conditional release) is parole supervision:
 * the prisoner "shall be released as if released on parole" and "supervised in the same manner and to the
 * same extent as if he were released on parole" (R.S. 15:571.5(A), (B)(3); casetext copy current through
 * the 2024 session, read 2026-12-02), so the parole rules reach it. A term of supervised release is
 * outside them: the evaluation says so, in words and a warning, and gives the end as set.
 */
import type { Term } from '../../../records/schema.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { KIND_WORDS, outsideTheseRules } from '../../../engine/scope.ts';
import type { UsLaParameters } from '../parameters.ts';

const AS_PAROLE = 'La. R.S. 15:571.5(A), (B)(3)';

/** Parole, or release on diminution of sentence, which is supervised as parole (R.S. 15:571.5). */
export function supervisedAsParole(kind: Term['kind']): boolean {
  return kind === 'parole' || kind === 'conditional_release';
}

export const scope: Rule<UsLaParameters> = (ctx) => {
  const kind = ctx.facts.term.kind;
  if (kind === 'probation' || kind === 'parole') return;
  if (kind === 'conditional_release') {
    ctx.explain(
      'You were released on diminution of sentence ("good time"). Louisiana supervises that release as if you were on parole, so the parole rules below apply to it.',
      [AS_PAROLE],
    );
    return;
  }
  outsideTheseRules(
    ctx,
    `The Louisiana rules in this report cover probation and parole (including release on good time, which is supervised as parole). This term is ${KIND_WORDS[kind]}, so only the end date of your term as set is shown.`,
    [],
  );
};
