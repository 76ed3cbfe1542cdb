/**
 * Scope of the Less Is More Act (L. 2021, ch. 427): community supervision, not probation.
 *
 * Exec. Law § 259(3)–(7) as amended define "community supervision", "releasee", "technical violation"
 * and "non-technical violation" for people released from a DOCCS sentence (presumptive release, parole,
 * conditional release, post-release supervision). The Act amends Penal Law §§ 70.40 and 70.45 and
 * Exec. Law § 259-i; it does not amend the probation statutes (Penal Law art. 65, CPL art. 410).
 *
 * Reading chosen: a probation term gets its scheduled end only, with a warning that New York probation
 * law (early discharge under CPL § 410.90, declarations of delinquency under CPL § 410.30) is not
 * encoded. Every other rule returns at once for probation.
 * Which date selects the version: none (scope, not a number).
 */
import { communitySupervision, type Ctx } from './shared.ts';

export function lessIsMoreScope(ctx: Ctx): void {
  if (ctx.facts.term.kind === 'supervised_release') {
    ctx.explain(
      'In New York, supervision after a determinate prison sentence is called post-release supervision; this term is read that way.',
      ['N.Y. Penal Law § 70.45'],
    );
    return;
  }
  if (communitySupervision(ctx)) return;
  ctx.explain(
    'New York’s Less Is More Act, with its earned time credits and its limits on jail for rule violations, covers parole, conditional release and post-release supervision. It does not cover probation, so this shows only the end date the court set.',
    ['L. 2021, ch. 427', 'N.Y. Exec. Law § 259(3)'],
  );
  ctx.warn(
    'New York probation is not covered by this tool: the Less Is More Act covers only parole, conditional release and post-release supervision, so for this probation term only the scheduled end is given (early discharge under CPL § 410.90 and tolling under CPL § 410.30 are not taken into account here).',
  );
}
