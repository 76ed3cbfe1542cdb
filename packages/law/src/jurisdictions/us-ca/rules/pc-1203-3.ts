/**
 * Cal. Penal Code § 1203.3(a): "The court has the authority at any time during the term of probation to
 * revoke, modify, or change its order of suspension of imposition or execution of sentence. The court
 * may at any time when the ends of justice will be subserved thereby, and when the good conduct and
 * reform of the person so held on probation shall warrant it, terminate the period of probation, and
 * discharge the person held." [Read 2026-11-30 in the official text published 2026-07-21, as amended by
 * Stats. 2019, ch. 573, § 1 (AB 433), eff. 2020-01-01 (parameters.ts `PENAL_CODE_TEXT_URL`); AB 1950 did
 * not amend the section.]
 *
 * (b)(2)(B): "Before an order terminating probation early may be made, a hearing shall be held in open
 * court before the judge. The prosecuting attorney shall be given a two-day written notice and an
 * opportunity to be heard on the matter." The prosecutor tells the victim if asked, and asks for a
 * continuance where the victim reports unpaid restitution. (b)(1)'s five-day notice is for modifying or
 * ending a protective order in a domestic-violence case, not for early termination. (b)(4): the court
 * may not change the dollar amount of restitution for good conduct. (c): escape while serving jail time
 * revokes probation as a matter of law. (e): the section does not apply to cases covered by § 1203.2.
 * Nothing in (a)–(e) sets a waiting period or excludes an offense. The prosecutor has no veto (People v.
 * Allen (1975) 46 Cal.App.3d 583 [S]); a statute's minimum term does not bar early termination (People
 * v. Killion (2018, E068225): PC 1203.097's 36 months [S]), and the court's power is "substantively
 * circumscribed only by" the ends of justice and good conduct and reform (People v. Nakano (2023) 89
 * Cal.App.5th 623) [S: quoted by a practitioner].
 *
 * Encoded: an `early_termination` opportunity opening on the grant of probation (probation begins at the
 * grant), eligible from then on. Where the record shows restitution still owed, a reason says that under
 * (b)(2)(B) the hearing may be postponed if the victim tells the prosecutor (text of 2020-01-01 on; the
 * rule has no version date, as above). The common practice of waiting 12–18 months is not law and is not
 * encoded. The term's last day is still a day of probation; from the day after its projected end the
 * engine withdraws the opportunity (engine/evaluate.ts). Version date: none.
 * The text read dates from 2020-01-01; (a)'s power to terminate "at any time" is read as the same
 * before then (earlier texts not read).
 *
 * Open: whether another statute bars early termination in some class of case (e.g. before a batterer's
 * program under PC 1203.097(a)(6) is finished) rests on Killion [S]; § 1203.3 itself has no such bar.
 */
import { formatLongDate } from '../../../dates/calendar.ts';
import { addOpportunityFromCriteria, type CriterionResult } from '../../../engine/criteria.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { restitutionBalance } from '../../../engine/term-facts.ts';
import type { UsCaParameters } from '../parameters.ts';

const ET = 'Cal. Penal Code § 1203.3(a)';

export const earlyTermination: Rule<UsCaParameters> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation') return;

  const grant = ctx.facts.sentence;
  const criteria: CriterionResult[] = [
    {
      id: 'during_term',
      met: true,
      date: grant,
      reason: `The court may end your probation early "at any time" while it lasts, so you may ask from the day it was granted, ${formatLongDate(grant)}. There is no waiting period in the law.`,
      citations: [ET],
    },
    {
      id: 'ends_of_justice_and_good_conduct',
      met: true,
      reason:
        'The judge decides. The judge must find that ending it now is fair (it "serves the ends of justice") and that your good conduct and progress earn it. The prosecutor is told and may speak, but cannot block it.',
      citations: [ET, 'Cal. Penal Code § 1203.3(b)', 'People v. Allen (1975) 46 Cal.App.3d 583'],
    },
  ];
  if (ctx.facts.offenses.some((o) => o.tags.has('domestic_violence') || o.tags.has('own_probation_length'))) {
    criteria.push({
      id: 'minimum_terms_do_not_bar',
      met: true,
      reason: 'A law that sets a shortest probation term for your offense does not stop the judge from ending probation early.',
      citations: ['People v. Killion (Cal. Ct. App. 2018, E068225)'],
    });
  }
  if (restitutionBalance(ctx.facts) > 0) {
    criteria.push({
      id: 'restitution_may_postpone_hearing',
      met: true,
      reason:
        'You still owe restitution. If the victim tells the prosecutor that restitution is unpaid, the prosecutor must ask the court to postpone the hearing, so paying it first may help (subdivision (b)(2)(B)).',
      citations: ['Cal. Penal Code § 1203.3(b)(2)(B)'],
    });
  }
  addOpportunityFromCriteria(
    ctx,
    {
      kind: 'early_termination',
      citations: [ET],
      basis: 'You, your lawyer or the probation officer can ask the court (a motion or petition); the court decides.',
    },
    criteria,
  );
};
