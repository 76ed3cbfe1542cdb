/**
 * Minn. Stat. § 609.135, subd. 2(a)–(f): stay of sentence maximum periods.
 *
 * 2024 text (mncjss record 609.135.2, read 2026-11-30):
 * (a) "Except as provided in paragraph (b), if the conviction is for a felony, the stay shall be for not
 *     more than five years or the maximum period for which the sentence of imprisonment might have been
 *     imposed, whichever is less."
 * (b) "If the conviction is for a felony violation of, or a felony-level attempt or conspiracy to
 *     violate, section 609.19; 609.195; 609.20; 609.2112; 609.2113, subdivision 2; 609.2662; 609.2663;
 *     609.2664; 609.268; 609.342; 609.343; 609.344; 609.345; 609.3451; 609.3458; or 609.749; or a
 *     felony-level attempt or conspiracy to violate section 609.185 or 609.2661, the stay shall be for
 *     not more than four years or the maximum period …, whichever is longer."
 * (c) "If the conviction is for a gross misdemeanor violation of section 169A.20, 609.2113, subdivision
 *     3, or 609.3451, the stay shall be for not more than four years." (the rest of (c) not read)
 * (d)–(f) [2020 text, re-lettered; not read in the 2023–2024 text]: other gross misdemeanors, two years;
 *     misdemeanors under § 169A.20, § 609.746, subd. 1, § 609.79 or § 617.23, or under § 609.2242 or
 *     § 609.224, subd. 1 against a family or household member (§ 518B.01), two years; other
 *     misdemeanors, one year.
 *
 * Former text (Minnesota Statutes 2020, as reproduced in the 2021 amendment S0970A16 and in 2021 H.F.
 * 1737 as introduced): (a) felonies other than criminal vehicular operation (§ 609.2113, subd. 1 or 2;
 * § 609.2114, subd. 2; or Minnesota Statutes 2012, § 609.21, subd. 1a(b), (c)): "not more than four
 * years or the maximum period …, whichever is longer"; (b) the 2020-numbered felonies and the gross
 * misdemeanors now in (c): "not more than six years"; (c)–(e) as (d)–(f) above. Laws 2014, ch. 270, § 1
 * (revisor copy with markup) added § 609.3451 to the six-year gross misdemeanors.
 *
 * Not encoded: the sentences "The court shall provide for unsupervised probation for the last year of
 * the stay" (former (b)) and "for the second year of the stay" (former (d)), each "unless the court finds
 * that the defendant needs supervised probation"; they change the kind of probation, not its end.
 *
 * Version: the day the stay was pronounced (sentenceDate). Subd. 2 limits the stay a court may order,
 * so the law in force when it orders it governs; the 2023 limit reached earlier stays only through the
 * session law's retroactivity provision (retroactivity.ts). The (b) list is versioned by the earlier of
 * the offense and stay dates (parameter `felony.listVersionSelectedBy`).
 *
 * Where the limit counts from: "the stay shall be for not more than …": the stay is pronounced at
 * sentencing, and jail ordered as a condition of probation lies inside it, so the limit counts from the
 * stay (sentenceDate), not from a later start of supervision; end = stay + limit, calendar months.
 *
 * Readings chosen:
 * - Several offenses on one term: each conviction may be stayed for its own limit, so the longest limit
 *   governs the term; an unknown limit wins (it may be the longest).
 * - The statutory maximum is the record's `maxPrisonMonths`; missing, (a) uses 5 years (the lesser of 5
 *   and anything is at most 5) with a warning, and (b) or the former rule give no date, with a warning.
 * - A recorded extension order moves the latest lawful end by its months, up to 36 (restitution or
 *   treatment extensions "notwithstanding the maximum periods"; unverified), with a warning.
 * - The limit binds the court that orders the stay; where the stay as ordered runs longer, the output is
 *   the lawful end as the statutory maximum and a `term_cap` opportunity (correction of a sentence not
 *   authorized by law, Minn. R. Crim. P. 27.03, subd. 9).
 * Open: the 2023 text of (b) (reconstructed; see parameters), the letters (d)–(i) after 2023, the
 * extension paragraphs, the effective-date clause of the 2024 amendment, and a former-law felony under
 * Minnesota Statutes 2012, § 609.21, subd. 1a(b), (c) (left out of former (a) but not named in (b); read
 * here under the general former rule).
 */
import { describeMonths, type Day } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { UsMnParameters } from '../parameters.ts';
import {
  addTermCap,
  addTermCapIneligible,
  because,
  capitalize,
  countsFromStay,
  decisionCitations,
  extensionMonths,
  plusExtension,
  fromStay,
  maxPrisonMonths,
  reformDay,
  termLimit,
  valueAt,
  years,
  type Ctx,
  type TermLimit,
} from './shared.ts';

const BASIS =
  'The court corrects a stay longer than the law allows, on a motion by you, your lawyer or the prosecutor (Minn. R. Crim. P. 27.03, subd. 9).';

/** The (a) limit a listed felony would have had without (b): used to say what (b) kept in place. */
function generalDayFor(ctx: Ctx, limit: TermLimit, lawDay: Day): Day {
  const y = valueAt(ctx, ctx.params.felony.generalYears, lawDay);
  const max = maxPrisonMonths(ctx, limit.offense);
  return fromStay(ctx, max === undefined ? y * 12 : Math.min(y * 12, max));
}

export const stayMaximum: Rule<UsMnParameters> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation') return;
  const { sentence, offenses } = ctx.facts;
  const lawDay = sentence;
  const reform = reformDay(ctx);
  const formerLaw = ctx.facts.level === 'felony' && sentence < reform;
  if (formerLaw) {
    ctx.explain(
      `Your sentence ${ctx.tense(sentence, 'was', 'is')} stayed on ${ctx.date(sentence)}, before Minnesota's 2023 probation limits ${ctx.tense(reform, 'took', 'take')} effect on ${ctx.date(reform)}. The stay as ordered is measured against the limits in force when it was ordered.`,
      ['Minn. Stat. § 609.135, subd. 2 (2020)'],
    );
  }
  const limit = termLimit(ctx, lawDay);
  const citations = decisionCitations(limit.decision);
  const several = offenses.length > 1 ? ' You have more than one offense on this term; the longest limit among them applies.' : '';
  if (limit.months === null) {
    ctx.explain(`${because(ctx, limit, lawDay)}. So no latest end date is shown.${several}`, citations);
    return;
  }
  const extra = extensionMonths(ctx, lawDay);
  const capDay = fromStay(ctx, limit.months + extra);
  const extended = extra > 0 ? `, with the court's extension of ${describeMonths(extra)}, ` : ' ';
  ctx.capAt(
    capDay,
    // Under the former law, said so: the 2023 limit that may follow is a second, different answer.
    `${formerLaw ? 'Under those limits: ' : ''}${because(ctx, limit, lawDay)}. Your sentence ${ctx.tense(sentence, 'was', 'is')} stayed on ${ctx.date(sentence)}, so${extended}by law your probation ${ctx.endBy(capDay)}.${countsFromStay(ctx)}${several}`,
    citations,
  );
  const scheduled = ctx.scheduledEnd;
  if (scheduled === null || scheduled > capDay) {
    addTermCap(ctx, capDay, citations, `${describeMonths(limit.months)} from ${ctx.date(sentence)}${plusExtension(extra)}`, BASIS);
    return;
  }
  // Paragraph (b) kept a stay in place that paragraph (a) would have cut short: say so.
  const listed = limit.decision.exceptionApplied && limit.offense.level === 'felony' && sentence >= reform;
  if (!listed) return;
  const general = generalDayFor(ctx, limit, lawDay);
  if (scheduled <= general) return;
  const y = valueAt(ctx, ctx.params.felony.generalYears, lawDay);
  addTermCapIneligible(
    ctx,
    citations,
    [
      `For most felonies probation may last at most ${years(y)} or the longest prison sentence, whichever is less, which would end yours on ${ctx.date(general)}. ${capitalize(limit.decision.decidedBy[0]!.because ?? '')}, so that limit does not apply. Your probation as ordered ${scheduled < ctx.asOf ? 'ended' : 'ends'} on ${ctx.date(scheduled)}, within the limit for your offense.`,
    ],
    'Only a felony not on the paragraph (b) list gets the five-year limit.',
  );
};
