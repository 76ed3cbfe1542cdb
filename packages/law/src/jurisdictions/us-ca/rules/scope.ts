/**
 * What the California rules here cover: probation under AB 1950 (PC 1203a, 1203.1, 1203.3, 1203.2). Parole
 * and the other kinds of supervision are not encoded: Penal Code § 3000.01 (parole periods for people
 * released on or after July 1, 2020, and discharge after a period without a violation; known from a
 * review of its text, not encoded) and the Post-Release Community Supervision Act (PC 3450 ff.). For such
 * a term the evaluation says so, in the explanation and in a warning, and gives the end as set.
 */
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { UsCaParameters } from '../parameters.ts';

const KIND_WORDS = { parole: 'parole', supervised_release: 'supervised release', conditional_release: 'conditional release' } as const;

export const scope: Rule<UsCaParameters> = (ctx) => {
  const kind = ctx.facts.term.kind;
  if (kind === 'probation') return;
  ctx.warn(
    `California ${KIND_WORDS[kind]} rules (Cal. Penal Code § 3000.01 for parole) are not worked out here: this evaluation gives only the end of the term as set, with no limit, early discharge or jail limit. Ask your parole agent or a lawyer about your discharge date.`,
  );
  ctx.explain(
    `The California rules in this report are the probation limits of Assembly Bill 1950. They do not cover ${KIND_WORDS[kind]}, so only the end date of your term as set is shown.`,
    ['Cal. Penal Code § 3000.01'],
  );
};
