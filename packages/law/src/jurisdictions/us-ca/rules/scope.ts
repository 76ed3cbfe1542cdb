/**
 * What the California rules here cover: probation under AB 1950 (PC 1203a, 1203.1, 1203.3, 1203.2). Parole
 * and the other kinds of supervision are not encoded: Penal Code § 3000.01 (parole periods for people
 * released on or after July 1, 2020, and discharge after a period without a violation; known from a
 * review of its text, not encoded) and the Post-Release Community Supervision Act (PC 3450 ff.). For such
 * a term the evaluation says so, in the explanation and in a warning, and gives the end as set.
 */
import type { Rule } from '../../../engine/jurisdiction.ts';
import { KIND_WORDS, outsideTheseRules } from '../../../engine/scope.ts';
import type { UsCaParameters } from '../parameters.ts';

export const scope: Rule<UsCaParameters> = (ctx) => {
  const kind = ctx.facts.term.kind;
  if (kind === 'probation') return;
  outsideTheseRules(
    ctx,
    `The California rules in this report are the limits on probation (Cal. Penal Code §§ 1203a, 1203.1). They do not cover ${KIND_WORDS[kind]}${kind === 'parole' ? ' (California parole is governed by Cal. Penal Code § 3000.01)' : ''}, so only the end date of your term as set is shown. Ask your ${kind === 'parole' ? 'parole agent' : 'supervising officer'} or a lawyer about your discharge date.`,
    // § 3000.01 governs parole only; mandatory supervision and post-release community supervision (PC
    // 1170(h), 3450 ff.) are run by county probation under other sections, none encoded here.
    kind === 'parole' ? ['Cal. Penal Code § 3000.01'] : [],
  );
};
