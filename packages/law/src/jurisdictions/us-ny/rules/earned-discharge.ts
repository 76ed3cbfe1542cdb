/**
 * N.Y. Penal Law § 70.40(4) (L. 2021, ch. 427): earned time credits reduce the period of community
 * supervision, so the period ends once time served plus credits cover it.
 *
 * The text was not read (see earned-time-credits.ts). Secondary sources describe the credit as "30 days
 * off their parole supervision period" and DOCCS discharged people from supervision on that basis from
 * March 2022 without any further decision ("approximately 8,000 will have been released", DOCCS,
 * March 2022, as reported by WENY and Fox News).
 *
 * Readings chosen:
 * - The reduction operates by law: the first day D on which days served (D − start) plus credits posted
 *   by D reach scheduled end − start (engine `dayCreditsSatisfyTerm`; the scheduled end includes any
 *   absconding interruption) is a `dischargeByLaw`, and the `earned_discharge` opportunity opens on D.
 * - No minimum time on supervision and no restitution condition (none in any source read).
 * - Life parole: opportunity `ineligible`. After a `credits_ineligible` finding, the credits earned before
 *   it still end the term where they cover it; otherwise the opportunity is `ineligible`.
 * Which date selects the version: as in earned-time-credits.ts (the law in force on the as-of date).
 */
import { creditsPostedBy } from '../../../engine/compliance-months.ts';
import { addOpportunityFromCriteria } from '../../../engine/criteria.ts';
import { interruptedBefore } from './absconding-interruption.ts';
import { CITE_ETC, earnedTimeLedger, findingWords } from './earned-time-credits.ts';
import { kindWords, type Ctx } from './shared.ts';
import { formatCount } from '../../../engine/words.ts';

const SPEC = {
  kind: 'earned_discharge' as const,
  citations: [CITE_ETC],
  basis:
    'Earned time credits (30 days for every 30 days without a sustained violation) shorten the period of community supervision; it ends when time served plus credits cover it.',
};

export function earnedDischarge(ctx: Ctx): void {
  const ledger = earnedTimeLedger(ctx);
  if (ledger === null) return;
  const kind = kindWords(ctx);
  // After a finding that no more credits are earned, those earned before it may still end the term early.
  if (ledger.finding !== null && ledger.satisfied === null) {
    const kept = creditsPostedBy(ledger.postings, ledger.finding);
    addOpportunityFromCriteria(ctx, SPEC, [
      { id: 'court_finding', met: false, exclusion: true, reason: findingWords(ctx, ledger.finding, kept), citations: [CITE_ETC] },
    ]);
    return;
  }
  if (ledger.excluded) {
    addOpportunityFromCriteria(ctx, SPEC, [
      {
        id: 'not_life',
        met: false,
        exclusion: true,
        reason: `You are on lifetime ${kind}; people serving a life sentence do not earn time credits.`,
        citations: [CITE_ETC],
      },
    ]);
    return;
  }
  const end = ctx.scheduledEnd;
  // A term that ended before the law took effect has no credits to speak of (earned-time-credits.ts says so).
  if (end === null || ledger.endedBeforeLaw) return;
  const day = ledger.satisfied;
  if (day === null) {
    ctx.explain(`Your credits cannot end your ${kind} before its scheduled end on ${ctx.date(end)}.`, [CITE_ETC]);
    return;
  }
  const { start } = ctx.facts;
  const credits = creditsPostedBy(ledger.postings, day);
  // The days absconding added to the end are told apart, on both sides: neither served nor part of the term as set.
  const away = interruptedBefore(ctx, day);
  const served = `${formatCount(day - start - away)} days${away > 0 ? ` (not counting the ${formatCount(away)} days your ${kind} stood still while you were absconding)` : ''}`;
  const termDays = formatCount(end - start - interruptedBefore(ctx, end));
  addOpportunityFromCriteria(ctx, SPEC, [
    {
      id: 'credits_cover_term',
      met: true,
      date: day,
      reason:
        day === ctx.asOf
          ? `Your time served plus your credits cover your whole ${kind} today, ${ctx.date(day)}.`
          : day < ctx.asOf
            ? `Your time served plus your credits covered your whole ${kind} on ${ctx.date(day)}.`
            : ledger.finding !== null
              ? `Your time served plus the credits you earned before the finding of ${ctx.date(ledger.finding)} cover your whole ${kind} on ${ctx.date(day)}.`
              : `Your time served plus your credits cover your whole ${kind} on ${ctx.date(day)}, if you have no sustained violation before then.`,
      citations: [CITE_ETC],
    },
  ]);
  ctx.dischargeByLaw(
    day,
    // The day the credits cover the term is its last day (spec § 3): on it the term still runs, told in the present.
    day === ctx.asOf
      ? `Your ${kind} ends today, ${ctx.date(day)}: today you have served ${served} and have ${formatCount(credits)} days of credit, which together cover the ${termDays} days of your ${kind}.`
      : `Your ${kind} ${day < ctx.asOf ? 'ended' : 'ends'} on ${ctx.date(day)}: on that day you ${day < ctx.asOf ? 'had' : 'will have'} served ${served} and ${day < ctx.asOf ? 'had' : 'will have'} ${formatCount(credits)} days of credit, which together cover the ${termDays} days of your ${kind}.`,
    [CITE_ETC],
  );
}
