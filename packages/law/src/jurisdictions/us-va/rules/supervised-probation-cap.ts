/**
 * Va. Code § 19.2-303 (third and fourth sentences), as amended by 2021 Acts Sp. Sess. I ch. 538
 * (HB 2038), effective July 1, 2021; text read 2026-11-30 (Justia copy, history line "… 2021, Sp. Sess. I,
 * cc. 176, 538; 2022, cc. 41, 42"):
 *
 *   "Any period of supervised probation shall not exceed five years from the release of the defendant
 *   from any active period of incarceration. The limitation on the period of probation shall not apply
 *   to the extent that an additional period of probation is necessary (i) for the defendant to
 *   participate in a court-ordered program or (ii) if a defendant owes restitution and is still subject
 *   to restitution compliance review hearings in accordance with § 19.2-305.1."
 *
 * Output: `statutoryMaxEndDate` = release + 5 years (the term's last day, spec § 3), and a `term_cap`
 * opportunity dated at that day when the term as it stands runs past it.
 *
 * Readings chosen:
 * - Version: the sentence date. The limit binds the court when it fixes the period; Virginia statutes
 *   are prospective (Code § 1-239), and the Court of Appeals held the amendment does not reach a
 *   probation imposed before it (Reese v. Commonwealth, No. 1766-22-1 (Feb. 27, 2024) (unpublished);
 *   read in summary only). Sentences imposed before July 1, 2021: no cap.
 * - Release = the record's startDate (the day supervision on this term began, after any jail or prison
 *   of the same sentence). A probation with no incarceration first runs its five years from startDate
 *   too. A later custody for a violation does not restart the count (parameter
 *   `supervisedCap.measureFromLatestRelease`, alternative encoded and warned).
 * - Consecutive terms (parameter `supervisedCap.consecutiveTermsOnePeriod`, alternative encoded): a
 *   supervised Virginia probation term ordered consecutively to another (`consecutiveTo`), with no jail or
 *   prison of its own before it (`confinementMonthsBeforeSupervision` absent or 0) and begun no later than
 *   the day after the other's end as ordered, continues that term's period of supervised probation: the five
 *   years count from the start of the first term of such a chain (a warning names the reading). A term of
 *   the chain that begins after those five years have ended begins a period of its own: supervised
 *   probation had ended by law, so there was a break.
 * - Only supervised probation is capped: `supervisingAgency: court` (unsupervised, good behavior) gets no
 *   cap; absent, supervised is assumed and warned. The suspended sentence itself may run longer (up to
 *   the statutory maximum, § 19.2-303.1), and the explanation says so.
 * - Exception (i), a court-ordered program: the record cannot show one; assumed none, warned when the
 *   cap binds.
 * - Exception (ii), restitution: restitution still owed on the as-of date (ordered − paid > 0) lifts the
 *   cap (no latest end while it is owed; `term_cap` ineligible with "almost": pay it in full). Paid in
 *   full on a day after release + 5 years: the additional period was necessary until that day, so the
 *   cap is the payment day.
 * - The fourth paragraph of the section (from 2006: the history line lists 2006 cc. 436, 483, 853, 914;
 *   read 2026-11-30): for §§ 18.2-48, 18.2-61, 18.2-63, 18.2-67.1, 18.2-67.2, 18.2-67.3, 18.2-370 or 18.2-370.1 "committed on
 *   or after July 1, 2006", "Notwithstanding any other provision of law", the period of suspension must
 *   be at least the statutory maximum and "the defendant shall be placed on probation for that period";
 *   its conditions may include "active supervision" (at least three years of it for the child-victim
 *   clauses). Reading chosen (parameter `supervisedCap.mandatoryProbationOffensesExcepted`, false): the
 *   two can both be obeyed (probation for the whole period, supervised for at most five years), and the
 *   cap names only exceptions (i) and (ii), so the cap still applies, with a warning. The alternative
 *   (the fourth paragraph governs: no cap for these offenses) is a labelled exception, encoded and tested.
 *   The offense table marks the listed sections (fact `va303MandatoryProbation`); an offense without an
 *   offense date is taken as committed on or after July 1, 2006 (every sentence reached is from 2021 on).
 * - An extension for time absconded (§ 19.2-306(C) lets a court extend probation by it) does not move the
 *   cap: § 19.2-303 names only exceptions (i) and (ii), so the five years stand and a `term_cap` shows the
 *   extension running past them. The other reading (the extension is lawful past the five years) is an
 *   open question below.
 * Open questions: whether an absconding extension under § 19.2-306(C) may run past the five years;
 * whether several releases on one sentence restart the five years; whether the 2022
 * amendments (cc. 41, 42) changed these sentences (the 2022 text was not compared with the 2021 text);
 * how courts reconcile the cap with the fourth paragraph (no decision found).
 */
import { addYears, parseIsoDate, type Day } from '../../../dates/calendar.ts';
import { addOpportunityFromCriteria } from '../../../engine/criteria.ts';
import { decide, type Provision } from '../../../engine/exceptions.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { tableFact } from '../../../engine/offense-table.ts';
import { consecutiveTermsBefore, endAsOrdered, restitutionBalance, restitutionPaidInFullOn } from '../../../engine/term-facts.ts';
import type { Term } from '../../../records/schema.ts';
import type { UsVaParameters } from '../parameters.ts';
import { deferral, isProbation, isSupervised, type Ctx } from './shared.ts';
import { formatDollars } from '../../../engine/words.ts';

const CITE = 'Va. Code § 19.2-303';
const CITE_EXCEPTION_II = 'Va. Code § 19.2-303 (exception (ii): restitution); § 19.2-305.1(F)';
const CITE_PARAGRAPH_4 = 'Va. Code § 19.2-303 (fourth paragraph: probation for the statutory maximum)';
const MANDATORY_LABEL = `${CITE}, fourth paragraph: listed sex offenses (alternative reading)`;
/** The fourth paragraph reaches the listed offenses "committed on or after July 1, 2006". */
const LISTED_FROM = parseIsoDate('2006-07-01');
const SUSPENDED_LONGER =
  'This limit is only on supervised probation (meeting with a probation officer). Your suspended sentence, and any unsupervised probation the court ordered, can last longer, up to the longest sentence the law allows for your offense.';
const DEFERRAL_LONGER =
  'This limit is only on supervised probation (meeting with a probation officer). Any unsupervised probation the court ordered can last longer.';

/** What may run past the limit: a deferral has no suspended sentence to speak of. */
const longerThanTheLimit = (ctx: Ctx) => (deferral(ctx) === undefined ? SUSPENDED_LONGER : DEFERRAL_LONGER);

/** null: no latest end while restitution is owed. */
type Limit = Day | null;

/**
 * What the labelled exceptions read for the term being decided. Rules run one at a time and
 * synchronously, so one module-level record serves every term without making closures per term.
 */
const current: { limit: Day; owed: number; owedText: string; paidOn: Day | undefined; mandatory: string | undefined } = {
  limit: 0,
  owed: 0,
  owedText: '',
  paidOn: undefined,
  mandatory: undefined,
};

const CAP: Provision<Limit, UsVaParameters> = {
  general: { label: CITE, citations: [CITE], value: () => current.limit },
  exceptions: [
    {
      label: MANDATORY_LABEL,
      citations: [CITE_PARAGRAPH_4],
      appliesBecause: () =>
        current.mandatory !== undefined
          ? `you were convicted under ${current.mandatory}, and the fourth paragraph of § 19.2-303 requires probation for that offense to last the whole period of the suspended sentence`
          : undefined,
      value: () => null,
    },
    {
      label: `${CITE}, exception (ii): restitution still owed`,
      citations: [CITE_EXCEPTION_II],
      appliesBecause: () => (current.owed > 0 ? `you still owe ${current.owedText} in restitution` : undefined),
      value: () => null,
    },
    {
      label: `${CITE}, exception (ii): restitution paid after the five years`,
      citations: [CITE_EXCEPTION_II],
      appliesBecause: (ctx) =>
        current.owed === 0 && current.paidOn !== undefined && current.paidOn > current.limit
          ? `you paid your restitution in full on ${ctx.date(current.paidOn)}`
          : undefined,
      value: () => current.paidOn ?? current.limit,
    },
  ],
  // No latest end (owed restitution, or the fourth-paragraph reading) wins; the two restitution
  // exceptions cannot both hold (owed, or paid in full); if they did, the later end wins.
  combine: (values) => (values.some((v) => v === null) ? null : Math.max(...(values as Day[]))),
};

export const supervisedProbationCap: Rule<UsVaParameters> = (ctx) => {
  if (!isProbation(ctx)) return;
  const { sentence } = ctx.facts;
  const p = ctx.params.supervisedCap;
  // The sentence date selects the version: the limit binds the court when it sets the period.
  const years = ctx.param(p.years, sentence);
  if (years === undefined) {
    // A sentence on or after the limit's first day, read as of a day before it: the law of that day had none.
    const firstDay = p.years.fromDays[0]!;
    ctx.explain(
      sentence >= firstDay
        ? `Virginia's five-year limit on supervised probation applies to sentences imposed on or after ${ctx.date(firstDay)}, which is after ${ctx.date(ctx.asOf)}, the date of this evaluation: the law in force then set no such limit, so none is applied here.`
        : `Your sentence was imposed on ${ctx.date(sentence)}. Virginia's five-year limit on supervised probation applies to sentences imposed on or after ${ctx.date(firstDay)}, so it does not limit this probation.`,
      [CITE, 'Va. Code § 1-239'],
    );
    return;
  }
  if (!isSupervised(ctx)) {
    ctx.explain(
      'Your probation is unsupervised (the court did not put you under a probation officer), so the five-year limit on supervised probation does not apply to it.',
      [CITE],
    );
    return;
  }

  const chained = continuousSupervisionSince(ctx, years.value);
  const release = chained?.start ?? releaseDay(ctx);
  const limit = addYears(release, years.value);
  const restitutionCounts = ctx.param(p.restitutionException, sentence)?.value === true;
  const owed = restitutionCounts ? restitutionBalance(ctx.facts) : 0;
  const paidOn = restitutionCounts && (ctx.facts.term.restitutionOrderedUsd ?? 0) > 0 ? restitutionPaidInFullOn(ctx.facts) : undefined;

  const listed = listedOffense(ctx);
  const listedExcepted = listed !== undefined && ctx.param(p.mandatoryProbationOffensesExcepted, sentence)?.value === true;

  const deferred = deferral(ctx);
  if (deferred !== undefined)
    ctx.warn(
      `This probation is recorded as ${deferred}, not a sentence suspended after conviction. The five-year limit of Va. Code § 19.2-303 was applied to its supervised probation all the same; whether it reaches a deferral's probation (§ 19.2-298.02, § 19.2-303.2, § 18.2-251) was not found decided.`,
    );
  const longer = longerThanTheLimit(ctx);
  current.limit = limit;
  current.owed = owed;
  current.owedText = owed > 0 ? formatDollars(owed) : '';
  current.paidOn = paidOn;
  current.mandatory = listedExcepted ? listed.statute : undefined;
  const decision = decide(ctx, CAP);
  const owedText = current.owedText;

  const began = release > ctx.asOf ? 'begins' : 'began';
  const from =
    chained !== undefined
      ? `Your probation on this term follows your probation on term ${chained.id} without a break (the sentences are consecutive), so it is one period of supervised probation, which ${began} on ${ctx.date(release)}; the five years count from that day`
      : release === ctx.facts.start
        ? ctx.facts.start === sentence && (ctx.facts.term.confinementMonthsBeforeSupervision ?? 0) === 0
          ? `Your supervised probation ${began} on ${ctx.date(release)}, and you were not sent to jail or prison first, so the five years count from that day`
          : ctx.facts.term.consecutiveTo !== undefined && ctx.facts.term.confinementMonthsBeforeSupervision === undefined
            ? `Your supervised probation on this term ${began} on ${ctx.date(release)}, after term ${ctx.facts.term.consecutiveTo} (the sentences are consecutive), so the five years count from that day`
            : `Your supervised probation ${began} on ${ctx.date(release)}, which is taken as the day you ${release > ctx.asOf ? 'are' : 'were'} released from jail or prison`
        : `You were last released from custody on ${ctx.date(release)}, so the five years count from that day`;
  ctx.explain(
    `Virginia law says supervised probation may not last more than ${years.value} years after you are released from jail or prison. ${from}. That makes the limit ${ctx.date(limit)}.`,
    [CITE],
  );

  if (listed !== undefined) warnListed(ctx, listed, listedExcepted);
  if (decision.value === null && decision.decidedBy.some((d) => d.label === MANDATORY_LABEL)) {
    ctx.explain(
      `But you were convicted under ${listed!.statute}. For that offense the fourth paragraph of § 19.2-303 says that, "notwithstanding any other provision of law", probation must last the whole period of your suspended sentence, and the court may keep you under active supervision. This evaluation reads that rule as allowing supervised probation to go on past the five years, so no five-year limit is applied.`,
      [CITE_PARAGRAPH_4],
    );
    return;
  }

  if (decision.value === null) {
    ctx.explain(
      `But you still owe ${owedText} in restitution. While you owe restitution and the court is still reviewing it, the law lets supervised probation go on past the five years. Once you pay it in full, the five-year limit applies again.`,
      [CITE_EXCEPTION_II],
    );
    ctx.warn(
      `Restitution of ${owedText} is still owed on ${ctx.date(ctx.asOf)}, so the five-year limit of Va. Code § 19.2-303 (${ctx.date(limit)}) was not applied (exception (ii)). The record cannot show whether the court still holds restitution review hearings; it was assumed it does.`,
    );
    termCapWhileOwed(ctx, limit, owedText);
    return;
  }

  if (decision.exceptionApplied) {
    ctx.capAt(
      decision.value,
      `You paid your restitution in full on ${ctx.date(decision.value)}, after the five years ended. The law let supervised probation go on until the restitution was paid, so it cannot run past ${ctx.date(decision.value)}. ${longer}`,
      [CITE, CITE_EXCEPTION_II],
    );
  } else {
    ctx.capAt(decision.value, `So your supervised probation cannot run past ${ctx.date(decision.value)}. ${longer}`, [CITE]);
  }
  addTermCap(ctx, decision.value, decision.exceptionApplied ? [CITE, CITE_EXCEPTION_II] : [CITE]);
};

/**
 * The first offense of the term that the fourth paragraph of § 19.2-303 lists (offense-table fact
 * `va303MandatoryProbation`) and that was not committed before July 1, 2006; an offense with no date
 * is taken as within it (`dated` false).
 */
function listedOffense(ctx: Ctx): { statute: string; dated: boolean } | undefined {
  for (const o of ctx.facts.offenses) {
    if (tableFact(o, 'va303MandatoryProbation') !== true) continue;
    if (o.offenseDay !== undefined && o.offenseDay < LISTED_FROM) continue;
    return { statute: o.offense.statute, dated: o.offenseDay !== undefined };
  }
  return undefined;
}

function warnListed(ctx: Ctx, listed: { statute: string; dated: boolean }, excepted: boolean): void {
  const when = listed.dated
    ? ''
    : ' The record gives no offense date; the offense was taken as committed on or after July 1, 2006, as the paragraph requires.';
  ctx.warn(
    excepted
      ? `${listed.statute} is listed in the fourth paragraph of Va. Code § 19.2-303 (probation for at least the statutory maximum, "notwithstanding any other provision of law"). This evaluation uses the alternative reading that the five-year limit on supervised probation does not apply to it.${when}`
      : `${listed.statute} is listed in the fourth paragraph of Va. Code § 19.2-303: probation must last at least the statutory maximum, "notwithstanding any other provision of law", and may include active supervision. This evaluation still applies the five-year limit to the supervised part (reading chosen: both rules can be followed); a court may read the paragraph as allowing longer supervision, and no appellate decision on the point was found.${when}`,
  );
}

/**
 * The first term of the consecutive chain this term's supervision continues without a break, with its
 * start; undefined where the term starts a period of its own (or under the alternative reading, which
 * is then named in a warning).
 */
function continuousSupervisionSince(ctx: Ctx, years: number): { id: string; start: Day } | undefined {
  const { term, person } = ctx.facts;
  const chain = consecutiveTermsBefore(person, term, supervisedWithoutABreak(ctx.asOf));
  if (chain.length === 0) return undefined;
  // The period's five years end by law on their last day: a term of the chain that begins after it begins
  // a period of its own (supervised probation had ended), so a later term is never given a limit that
  // falls before its own start.
  let first = { id: chain.at(-1)!.id, start: parseIsoDate(chain.at(-1)!.startDate) };
  let period = chain.length;
  for (let i = chain.length - 2; i >= -1; i--) {
    const next = i < 0 ? term : chain[i]!;
    const start = parseIsoDate(next.startDate);
    if (start <= addYears(first.start, years)) continue;
    if (next === term) {
      ctx.warn(
        `This term follows term ${chain[0]!.id} (consecutive sentences), but the five years of supervised probation that began on ${ctx.date(first.start)} (term ${first.id}) ended by law on ${ctx.date(addYears(first.start, years))}, before this term began, so its supervised probation is a period of its own under Va. Code § 19.2-303 (reading chosen).`,
      );
      return undefined;
    }
    first = { id: next.id, start };
    period = i + 1;
  }
  // Only the terms of this term's period (chain[0] up to its first) are read as supervised.
  const unsaid = chain
    .slice(0, period)
    .filter((t) => t.supervisingAgency === undefined)
    .map((t) => t.id);
  if (unsaid.length > 0)
    ctx.warn(
      `The record does not say who supervises term${unsaid.length === 1 ? '' : 's'} ${unsaid.join(' and ')}; ${unsaid.length === 1 ? 'it was' : 'they were'} taken as supervised probation. Unsupervised probation would not join this term's period of supervised probation under Va. Code § 19.2-303.`,
    );
  const p = ctx.params.supervisedCap.consecutiveTermsOnePeriod;
  if (ctx.param(p, ctx.facts.sentence)?.value === false) {
    ctx.warn(
      `This term follows term ${first.id} without a break (consecutive sentences); under the reading used here each sentence's probation is its own period, so the five years of Va. Code § 19.2-303 count from this term's start. If the two are one period of supervised probation, they count from ${ctx.date(first.start)}.`,
    );
    return undefined;
  }
  ctx.warn(
    `This term follows term ${first.id} without a break (consecutive sentences), so the five years of Va. Code § 19.2-303 were counted from the start of term ${first.id} (${ctx.date(first.start)}), as one period of supervised probation (reading chosen). If each sentence's probation were counted on its own, they would run from ${ctx.date(ctx.facts.start)}.`,
  );
  return first;
}

/**
 * Whether `next` continues `previous`'s period of supervised probation: no jail or prison of its own first,
 * both supervised Virginia probation with an end, and `next` begun by the day after `previous`'s end as
 * the orders known on `asOf` left it (extended, or ended early by a discharge or a revocation).
 */
function supervisedWithoutABreak(asOf: Day): (previous: Term, next: Term) => boolean {
  return (previous, next) => {
    if ((next.confinementMonthsBeforeSupervision ?? 0) > 0) return false;
    if (previous.jurisdiction !== 'US-VA' || previous.kind !== 'probation' || previous.supervisingAgency === 'court') return false;
    const previousEnd = endAsOrdered(previous, asOf);
    return previousEnd !== null && parseIsoDate(next.startDate) <= previousEnd + 1;
  };
}

/** The release that starts the five years: startDate, or (alternative reading) the latest violation custody. */
function releaseDay(ctx: Ctx): Day {
  const { start, custody, sentence } = ctx.facts;
  const latest = ctx.param(ctx.params.supervisedCap.measureFromLatestRelease, sentence)?.value === true;
  let release = start;
  for (const c of custody) {
    if (c.reason !== 'violation' || c.end === null || c.end <= start) continue;
    if (latest) {
      if (c.end > release) release = c.end;
    } else {
      ctx.warn(
        `You were in custody for a violation until ${ctx.date(c.end)}. If that was an active jail or prison sentence, the five years of Va. Code § 19.2-303 might be counted from that release instead; this evaluation counts them from ${ctx.date(start)} (reading chosen).`,
      );
    }
  }
  return release;
}

function addTermCap(ctx: Ctx, limit: Day, citations: string[]): void {
  const end = ctx.scheduledEnd;
  if (end !== null && end <= limit) return;
  ctx.warn(
    `The five-year limit of Va. Code § 19.2-303 does not apply to the extent more supervised probation is needed for a court-ordered program (exception (i)); the record cannot show one, so none was assumed.`,
  );
  ctx.addOpportunity({
    kind: 'term_cap',
    date: limit,
    citations,
    reasons: [
      end === null
        ? `Your probation has no end date as ordered, but the law does not let supervised probation run past ${ctx.date(limit)}.`
        : `Your probation as ordered ${ctx.tense(end, 'ran', 'runs')} to ${ctx.date(end)}, which is past ${ctx.date(limit)}, the latest day the law allows for supervised probation.`,
      longerThanTheLimit(ctx),
    ],
    basis: 'The limit applies by law; you or your lawyer can ask the court to end supervision on that day.',
  });
}

/** Restitution still owed lifts the cap: the term_cap opportunity waits on payment ("almost"). */
function termCapWhileOwed(ctx: Ctx, limit: Day, owedText: string): void {
  const end = ctx.scheduledEnd;
  if (end !== null && end <= limit) return;
  addOpportunityFromCriteria(
    ctx,
    {
      kind: 'term_cap',
      citations: [CITE],
      basis: 'The limit applies by law once restitution is paid; you or your lawyer can then ask the court to end supervision.',
    },
    [
      {
        id: 'five_years_from_release',
        met: true,
        date: limit,
        reason: `Five years after your release ends on ${ctx.date(limit)}.`,
        citations: [CITE],
      },
      {
        id: 'restitution_paid',
        met: false,
        exclusion: false,
        reason: `You still owe ${owedText} in restitution, so supervised probation may go on past five years until it is paid.`,
        citations: [CITE_EXCEPTION_II],
      },
    ],
  );
}
