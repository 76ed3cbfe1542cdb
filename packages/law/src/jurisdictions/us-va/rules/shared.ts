/**
 * Small readings shared by the Virginia rules: which terms the Chapter 18 probation rules reach, and
 * whether a term is supervised. No provision is decided here; each rule file cites and explains its own.
 */
import type { TermContext } from '../../../engine/term-context.ts';
import type { UsVaParameters } from '../parameters.ts';

export type Ctx = TermContext<UsVaParameters>;

/**
 * Virginia probation is a suspended sentence with conditions (§ 19.2-303), including probation on the
 * suspended part of a sentence that begins when the person leaves prison. The term a court adds to a
 * felony sentence under § 19.2-295.2 was postrelease supervision under the Virginia Parole Board until
 * 2025 Acts ch. 716 made it probation under § 19.2-303 (`postreleaseSupervision.servedAsProbation`): the
 * warning for a term recorded as another kind says which, as the law stood on the as-of date. Parole
 * (Title 53.1, for offenses before 1995) and the other kinds are not encoded. Says so once and returns
 * false for them.
 */
export function isProbation(ctx: Ctx): boolean {
  const kind = ctx.facts.term.kind;
  if (kind === 'probation') return true;
  const added = ctx.param(ctx.params.postreleaseSupervision.servedAsProbation, ctx.asOf);
  const addedTerm =
    added?.value === true
      ? `Since ${ctx.date(added.from)} the term a court adds after prison under § 19.2-295.2 is served on probation under § 19.2-303 (${added.source.enactedBy}): if this term is that, record it as probation and these rules apply to it.`
      : 'Postrelease supervision under § 19.2-295.2 is run by the Virginia Parole Board and is not covered either.';
  ctx.warn(
    `This term is recorded as ${kind.replace('_', ' ')}. The Virginia rules covered here (Va. Code §§ 19.2-303, 19.2-304 and 19.2-306.1) cover probation and suspended sentences only; Virginia parole (Title 53.1) is not covered by this tool. Probation on a suspended sentence that began when you left prison is probation and should be recorded as such. ${addedTerm}`,
  );
  return false;
}

/**
 * Whether the probation is supervised. `court` is unsupervised (good-behavior) probation; `state`
 * (Department of Corrections), `county` (local community-based probation, § 19.2-303.3) and `private`
 * are supervised. Absent: assumed supervised (spec: assume `state`), with a warning.
 */
export function isSupervised(ctx: Ctx): boolean {
  const agency = ctx.facts.term.supervisingAgency;
  if (agency === undefined) {
    ctx.warn(
      'The record does not say who supervises this probation. It was treated as supervised probation (as if by the Department of Corrections), so the five-year limit on supervised probation (Va. Code § 19.2-303) was applied. If the probation is unsupervised (good behavior only), that limit does not apply.',
    );
    return true;
  }
  return agency !== 'court';
}

const DEFERRAL_WORDS = {
  deferred: 'a deferred disposition',
  first_offender: 'a first-offender deferral',
  conditional_discharge: 'a conditional discharge',
} as const;

/**
 * "a deferred disposition" where the record says the probation was ordered without a conviction to
 * suspend: a deferral (§ 19.2-298.02(A): the court may "defer proceedings, defer entry of a conviction
 * order"; § 19.2-303.2 and § 18.2-251 for first offenders), on whose violation "the court may enter an
 * adjudication of guilt … and make any final disposition" (§ 19.2-298.02(B), read 2026-12-03). Else
 * undefined (a conviction, or no disposition recorded: the spec's default).
 */
export function deferral(ctx: Ctx): string | undefined {
  const d = ctx.facts.term.disposition;
  return d === undefined || d === 'conviction' ? undefined : DEFERRAL_WORDS[d];
}
