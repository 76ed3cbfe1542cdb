/**
 * What the Louisiana rules cover: probation (art. 893, 895.6, 900) and parole (R.S. 15:574.6.1, 574.9).
 * Any other kind of supervision on a record (supervised or conditional release) is outside them: the
 * evaluation says so, in words and a warning, and gives the end as set.
 */
import type { Rule } from '../../../engine/jurisdiction.ts';
import { KIND_WORDS, outsideTheseRules } from '../../../engine/scope.ts';
import type { UsLaParameters } from '../parameters.ts';

export const scope: Rule<UsLaParameters> = (ctx) => {
  const kind = ctx.facts.term.kind;
  if (kind === 'probation' || kind === 'parole') return;
  outsideTheseRules(
    ctx,
    `The Louisiana rules in this report cover probation and parole. This term is ${KIND_WORDS[kind]}, so only the end date of your term as set is shown.`,
    [],
  );
};
