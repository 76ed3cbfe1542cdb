/**
 * O.C.G.A. § 17-10-1(a)(1)(B): the behavioral incentive date (BID), as amended by SB 105 (2021).
 *
 * (a)(1)(A) opens: "Except in cases in which life imprisonment, life without parole, or the death
 * penalty may be imposed, …" and (B) sits inside that paragraph.
 * (B), first sentence (Justia 2022 copy, read 2026-11-30): "When a defendant with no prior felony
 * conviction is convicted of felony offenses or is charged with felony offenses and is sentenced
 * pursuant to subsection (a) or (c) of Code Section 16-13-2 or Article 3 of Chapter 8 of Title 42, and
 * the court imposes a sentence of probation or not more than 12 months of imprisonment followed by a
 * term of probation, the court shall include a behavioral incentive date in its sentencing order that
 * does not exceed three years from the date such sentence is imposed."
 * Then, closely paraphrased (the rest of the 2021 text was not read; sources in parameters.ts): within
 * 60 days of the expiration of the BID, if the defendant has not been arrested for anything other
 * than a nonserious traffic offense (§ 35-3-37), has not had probation revoked during the immediately
 * preceding 24 months (or, where the BID is less than two years after sentencing, during that period),
 * and has paid all restitution owed, DCS notifies the prosecutor and gives the court an order
 * terminating probation. The court signs it unless the prosecutor or the court asks for a hearing
 * within 30 days; a hearing is set as soon as possible and within 90 days of receiving the order, and
 * the court does what serves "the best interest of justice and the welfare of society". A sentencing
 * order with no BID gets one three years from the date the sentence was imposed.
 * Before SB 105 (text read through "has been compliant with the gen…"): the criteria were no arrest
 * (same words), compliance with the general and special conditions, and restitution paid; there was no
 * default BID; before July 1, 2018 only first-offender and conditional-discharge sentences with no
 * imprisonment were covered.
 *
 * Output: an `early_termination` opportunity dated on the day DCS's duty arises (the BID), never a
 * discharge by law: the order still needs the court's signature and a hearing may be requested, so the
 * projected end does not move.
 *
 * Version: the as-of date selects the law (SB 105 applies to everyone on probation once in force: its
 * default BID reaches sentences imposed before it). A BID that passed before SB 105 took effect opens
 * on SB 105's first day (the earliest day DCS could act under it).
 *
 * Readings chosen (README, "Readings"):
 * - The BID is the record's `behavioralIncentiveDate` when present (capped at 3 years, with a warning);
 *   otherwise sentence date + 3 years (SB 105 default). Before SB 105, no recorded BID → none known.
 * - Arrests count from the sentence date to the opening day, both included; `traffic_minor` arrests do
 *   not count; a conviction recorded on the term counts as an arrest (warning).
 * - Revocations: `revocation` orders on the term in the 24 months immediately preceding the opening day D:
 *   D − 24 months (counted) through D − 1 (law 0.3.18; a revocation on either edge warns). One found ends
 *   the BID route (exclusion) unless `bid.revocationRollsForward`.
 * - Restitution is a gate that can be cleared: unpaid → ineligible with `almost`; paid after the BID
 *   → the opportunity opens on the day it was paid in full. Fines, fees and costs never count. The order
 *   is still due within 60 days of the incentive date where it was paid inside those days (audit of
 *   2026-12-04; before, 60 days from the payment); paid after them, 60 days from the payment (the text
 *   sets no day).
 *   Under the `bid.revocationRollsForward` alternative the same holds for the day the look-back clears.
 * - Compliance (pre-SB 105): no violation sustained on the term from the sentence to the BID.
 * - Confinement: `confinementMonthsBeforeSupervision`; when absent, the time from sentence to start
 *   (rounded up to whole months) is taken as imprisonment, with a warning; for a consecutive term, as time
 *   on the term before it (none), with a warning.
 *
 * Open: the full 2021 text of (B) (default-BID sentence, look-back words, hearing timing); whether
 * serious violent and sexual felonies outside the life-eligible ones are excluded (not in the text read).
 */
import { addDays, addMonths, addYears, maxDay, parseIsoDate, wholeMonthsBetween, type Day } from '../../../dates/calendar.ts';
import { addOpportunityFromCriteria, type CriterionResult } from '../../../engine/criteria.ts';
import { decide, type Provision } from '../../../engine/exceptions.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { restitutionBalance, restitutionPaidInFullOn } from '../../../engine/term-facts.ts';
import type { GaParameters } from '../parameters.ts';
import {
  arrestsBetween,
  confinementSanctionsWithoutOrder,
  describeOffense,
  lookBackStart,
  recordedBid,
  revocationsBetween,
  revocationsInLookBack,
  unique,
  valueAt,
  type Ctx,
} from './shared.ts';
import { formatCount, formatDollars } from '../../../engine/words.ts';

const A = 'O.C.G.A. § 17-10-1(a)(1)(A)';
const B = 'O.C.G.A. § 17-10-1(a)(1)(B)';
const TRAFFIC = 'O.C.G.A. § 35-3-37';
const SPEC = {
  kind: 'early_termination' as const,
  citations: [B],
  basis:
    'behavioral incentive date: the Department of Community Supervision must send the court an order ending probation, which the court signs unless a hearing is asked for',
};

/**
 * The imprisonment before probation, in months counted up (a part month makes it longer, so "more than 12
 * months" holds from 12 months and 1 day), with the words for it: the record's months, or the span from
 * the sentence to the start as it is ("12 months and 1 day").
 */
function confinementMonths(ctx: Ctx): { months: number; words: string } {
  const { term, sentence, start } = ctx.facts;
  const given = term.confinementMonthsBeforeSupervision;
  if (given !== undefined) return { months: given, words: `${formatCount(given)} month${given === 1 ? '' : 's'}` };
  if (start <= sentence) return { months: 0, words: '0 months' };
  // A consecutive term waits for the one before it: that wait is not imprisonment unless the record says so.
  if (term.consecutiveTo !== undefined) {
    ctx.warn(
      `This term runs after term ${term.consecutiveTo}, so the time from your sentence (${ctx.date(sentence)}) to the start of this probation (${ctx.date(start)}) was taken as time on that term, not as imprisonment. If you were in jail or prison first, the behavioral incentive date may not apply.`,
    );
    return { months: 0, words: '0 months' };
  }
  const whole = wholeMonthsBetween(sentence, start);
  const days = start - addMonths(sentence, whole);
  const words = [
    whole > 0 ? `${formatCount(whole)} month${whole === 1 ? '' : 's'}` : '',
    days > 0 ? `${formatCount(days)} day${days === 1 ? '' : 's'}` : '',
  ]
    .filter((w) => w !== '')
    .join(' and ');
  ctx.warn(
    `The record does not say how long you were locked up before probation. The ${words} from your sentence (${ctx.date(sentence)}) to the start of probation (${ctx.date(start)}) were counted as imprisonment.`,
  );
  return { months: days > 0 ? whole + 1 : whole, words };
}

function priorFelony(ctx: Ctx): string | undefined {
  // An earlier term of the same record for a felony, sentenced as a conviction (not first offender,
  // conditional discharge or deferred), is a prior felony conviction whether or not priorConvictions lists it.
  const { person, term, sentence } = ctx.facts;
  for (const t of person.terms) {
    if (t === term || (t.disposition !== undefined && t.disposition !== 'conviction')) continue;
    const day = parseIsoDate(t.sentenceDate);
    if (day < sentence && t.offenses.some((o) => o.level === 'felony')) {
      if (t.disposition === undefined)
        ctx.warn(
          `The record does not say whether term ${t.id} (a felony sentenced on ${ctx.date(day)}) was a conviction or a first-offender, conditional-discharge or deferred sentence; it was read as a conviction.`,
        );
      return `you had a felony conviction before this sentence (term ${t.id}, sentenced on ${ctx.date(day)})`;
    }
  }
  const priors = ctx.facts.priorConvictions;
  if (priors === undefined) {
    ctx.warn(
      'The record does not list your prior convictions, so none were assumed. A prior felony conviction rules out a behavioral incentive date.',
    );
    return undefined;
  }
  const felony = priors.find((p) => p.level === 'felony' && p.day < ctx.facts.sentence);
  return felony && `you had a felony conviction before this sentence (${ctx.date(felony.day)})`;
}

/** Who the BID is for. Each exclusion is a labelled exception; the as-of date selects the text. */
const EXCLUSIONS: Provision<boolean, GaParameters> = {
  general: { label: '§ 17-10-1(a)(1)(B): BID required', citations: [B], value: () => false },
  exceptions: [
    {
      label: '§ 17-10-1(a)(1)(A): life, life without parole or death may be imposed',
      citations: [A],
      appliesBecause: (c) => {
        const o = c.facts.offenses.find((x) => x.tags.has('life_eligible'));
        return o && `${describeOffense(o)} can be punished by life in prison or death`;
      },
      value: () => true,
    },
    {
      label: '§ 17-10-1(a)(1)(B): prior felony conviction',
      citations: [B],
      appliesBecause: (c) => priorFelony(c),
      value: () => true,
    },
    {
      label: '§ 17-10-1(a)(1)(B): imprisonment before probation',
      citations: [B],
      appliesBecause: (c) => {
        const limit = valueAt(c, c.params.bid.maxConfinementMonths, c.asOf) ?? 0;
        const { months, words } = confinementMonths(c);
        if (months <= limit) return undefined;
        return limit === 0
          ? `your sentence put you in jail or prison (${words}) before probation, and the law then in force covered probation-only sentences`
          : `your sentence put you in jail or prison for ${words} before probation, more than ${limit} months`;
      },
      value: () => true,
    },
    {
      label: '§ 17-10-1(a)(1)(B) (2017 text): first offender or conditional discharge only',
      citations: [B],
      appliesBecause: (c) => {
        if (valueAt(c, c.params.bid.coversPlainConvictions, c.asOf) !== false) return undefined;
        const d = c.facts.term.disposition;
        if (d === undefined) {
          c.warn(
            'Before July 1, 2018 the behavioral incentive date covered only first-offender and conditional-discharge sentences. The record does not say which kind yours is, so it was treated as covered.',
          );
          return undefined;
        }
        return d === 'conviction'
          ? 'you were convicted, and before July 1, 2018 the law covered only first-offender and conditional-discharge sentences'
          : undefined;
      },
      value: () => true,
    },
  ],
  combine: () => true,
};

export const behavioralIncentiveDate: Rule<GaParameters> = (ctx) => {
  const { term, sentence, level } = ctx.facts;
  if (term.kind !== 'probation' || ctx.scheduledEndPassed()) return;
  const asOf = ctx.asOf;
  const p = ctx.params.bid;
  if (valueAt(ctx, p.inForce, asOf) !== true) return; // before July 1, 2017: no BID in the law
  if (level !== 'felony') {
    ctx.explain('The behavioral incentive date is only for felony sentences, so it does not apply to this term.', [B]);
    return;
  }
  ctx.needClassification(['life_eligible'], B);
  for (const o of ctx.facts.offenses) {
    const under = o.tableEntries[0]?.facts?.['lifeDependsOnSubsection'];
    if (under !== undefined && o.offense.tags === undefined) {
      ctx.warn(
        `${o.offense.statute} allows a life sentence only under subsection ${String(under)}, and the record does not give the subsection, so it was treated as not allowing one. If it does, no behavioral incentive date applies (O.C.G.A. § 17-10-1(a)(1)(A)).`,
      );
    }
  }

  const scope = decide(ctx, EXCLUSIONS);
  if (scope.exceptionApplied) {
    const why = scope.decidedBy.map((d) => d.because).join('; and ');
    const reason = `You cannot get a behavioral incentive date on this sentence because ${why}. The court can still end your probation early in other ways.`;
    const citations = unique(scope.decidedBy.flatMap((d) => d.citations));
    ctx.explain(reason, citations);
    addOpportunityFromCriteria(ctx, SPEC, [{ id: 'bid_scope', met: false, exclusion: true, reason, citations }]);
    return;
  }

  // The BID: the court's, or the SB 105 default. Read on the as-of date (the law DCS applies).
  const sb105 = ctx.param(p.sb105Criteria, asOf)!;
  const maxYears = valueAt(ctx, p.maxYearsFromSentence, asOf)!;
  const latest = addYears(sentence, maxYears);
  const recorded = recordedBid(ctx);
  let bid: Day;
  let how: string;
  if (recorded !== undefined) {
    bid = recorded > latest ? latest : recorded;
    how = recorded > latest ? `the law's limit of ${maxYears} years after your sentence` : 'set by the court in your sentencing order';
    if (recorded > latest) {
      ctx.warn(
        `The record's behavioral incentive date (${ctx.date(recorded)}) is more than ${maxYears} years after your sentence; the law allows no later date than ${ctx.date(latest)}, which was used.`,
      );
    }
  } else {
    const years = valueAt(ctx, p.defaultYearsFromSentence, asOf);
    if (years === undefined) {
      ctx.warn(
        'The record does not give the behavioral incentive date from your sentencing order. Before May 3, 2021 there was no default date, so none is shown.',
      );
      // "The court shall include a behavioral incentive date in its sentencing order": a duty of the court on the
      // day it sentenced, under the text then in force. A sentence the text did not yet reach has none to show.
      ctx.explain(
        requiredAtSentence(ctx)
          ? 'Your sentencing order should include a behavioral incentive date, but the record does not show it. Ask your officer or the clerk for it.'
          : `When you were sentenced on ${ctx.date(sentence)}, the law did not yet require a behavioral incentive date in a sentencing order like yours, and it gave no date where the order set none. So no incentive date is shown.`,
        [B],
      );
      return;
    }
    bid = addYears(sentence, years);
    how = `${years} years after you were sentenced on ${ctx.date(sentence)}, because the record shows no date set by the court`;
  }
  const opening = bid >= sb105.from ? bid : sb105.from;
  ctx.explain(`Your behavioral incentive date is ${ctx.date(bid)} (${how}).`, [B]);
  if (opening > bid) {
    ctx.explain(
      sb105.value
        ? `That date came before the law changed on ${ctx.date(sb105.from)} (Senate Bill 105). So the new rules apply to you from ${ctx.date(sb105.from)}.`
        : `That date came before behavioral incentive dates began on ${ctx.date(sb105.from)} (Senate Bill 174). So the rules apply to you from ${ctx.date(sb105.from)}.`,
      [B],
    );
  }

  // The criteria, judged on the day the Department can act: the opening day, or the later day restitution
  // was paid in full (while it is still owed, the as-of date, the earliest it could be paid). An arrest or
  // a revocation before that day stands in the way, even if it came after the incentive date.
  const restitution = restitutionCriterion(ctx, opening);
  const judgedOn = restitution.met === false ? maxDay(opening, asOf)! : (restitution.date ?? opening);
  const criteria: CriterionResult[] = [];
  criteria.push(arrestCriterion(ctx, judgedOn));
  criteria.push(sb105.value ? revocationCriterion(ctx, judgedOn) : complianceCriterion(ctx, judgedOn));
  criteria.push(restitution);

  let opens = opening;
  for (const c of criteria) if (c.met !== false && c.date !== undefined && c.date > opens) opens = c.date;
  const failing = criteria.some((c) => c.met === false);
  const end = ctx.scheduledEnd;
  // An incentive date on the probation's last day ends nothing sooner: it is no early termination.
  if (!failing && end !== null && opens >= end) {
    ctx.explain(
      end < opens
        ? `Your probation is set to end on ${ctx.date(end)}, before ${ctx.date(opens)}, so it ends first.`
        : `Your probation is set to end on ${ctx.date(end)}, the day the incentive date would come, so that date cannot end it any sooner.`,
      [B],
    );
    return;
  }

  const dcsDays = valueAt(ctx, p.dcsOrderWithinDays, asOf)!;
  const requestDays = valueAt(ctx, p.hearingRequestDays, asOf);
  const hearingDays = valueAt(ctx, p.hearingWithinDays, asOf);
  const hearing =
    requestDays === undefined
      ? ''
      : ` The court must sign it unless the prosecutor or the judge asks for a hearing within ${requestDays} days.` +
        (hearingDays === undefined ? '' : ` A hearing must be held within ${hearingDays} days after the court gets the order.`);
  const lead = failing
    ? 'If you met all the conditions below,'
    : opens <= asOf
      ? 'You meet the conditions below, so'
      : `If you still meet the conditions below on ${ctx.date(opens)},`;
  // "Within 60 days of the expiration of such incentive date": the days run from the incentive date (or SB 105's
  // first day), also where the last condition (restitution paid in full) was met later inside those days. Met
  // only after them, the text sets no day; the days are counted from the day it was met (a reading).
  const windowEnd = addDays(opening, dcsDays);
  const anchor = opens <= windowEnd ? opening : opens;
  const orderDue = addDays(anchor, dcsDays);
  const must = failing ? 'would have to' : orderDue < asOf ? 'had to' : 'must';
  // The order was due before the as-of date, yet the term runs on in the record: say what to do.
  const overdue =
    !failing && orderDue < asOf
      ? ' If you are still on probation and no such order was sent, ask your officer why, or ask a lawyer to raise it with the court. The end date shown here does not assume the order was signed.'
      : '';
  criteria.unshift({
    id: 'bid_date',
    met: true,
    date: opens,
    reason: `${lead} the Department of Community Supervision ${must} send the court an order ending your probation within ${dcsDays} days after ${ctx.date(anchor)}${anchor < opens ? ' (your incentive date)' : ''}, that is by ${ctx.date(orderDue)}.${hearing}${overdue}`,
    citations: [B],
  });
  if (!failing && opens < asOf) {
    const later = arrestsBetween(ctx, opens + 1, asOf);
    if (later.length > 0) {
      ctx.warn(
        `The record shows ${later[0]!.words} on ${ctx.date(later[0]!.day)}, after your incentive date. It does not change the date, but the prosecutor or the judge may ask for a hearing because of it.`,
      );
    }
    const revoked = revocationsBetween(ctx, opens, asOf);
    if (revoked.length > 0) {
      ctx.warn(
        `Your probation was revoked on ${ctx.date(revoked[0]!)}, after your incentive date. The conditions are judged on that date here, so the date stands, but the Department may not send the order, and the court may not sign it, once probation has been revoked.`,
      );
    }
  }
  for (const c of criteria) ctx.explain(c.reason, c.citations);
  addOpportunityFromCriteria(ctx, SPEC, criteria);
};

/**
 * Whether the text in force on the sentence date required the sentencing court to set a BID for this sentence:
 * the BID existed (SB 174, July 1, 2017), covered its disposition (plain convictions from July 1, 2018) and its
 * imprisonment before probation (none before July 1, 2018; up to 12 months after). Only asked before SB 105's
 * default date exists, to word the explanation; disposition unknown is taken as covered.
 */
function requiredAtSentence(ctx: Ctx): boolean {
  const { term, sentence } = ctx.facts;
  const p = ctx.params.bid;
  if (valueAt(ctx, p.inForce, sentence) !== true) return false;
  if (term.disposition === 'conviction' && valueAt(ctx, p.coversPlainConvictions, sentence) === false) return false;
  const limit = valueAt(ctx, p.maxConfinementMonths, sentence) ?? 0;
  return (term.confinementMonthsBeforeSupervision ?? 0) <= limit;
}

function arrestCriterion(ctx: Ctx, opening: Day): CriterionResult {
  const found = arrestsBetween(ctx, ctx.facts.sentence, opening);
  if (found.length === 0) {
    // Judged on the opening day: once it has passed, the sentence speaks of the time up to it only.
    return {
      id: 'no_arrest',
      met: true,
      reason:
        opening < ctx.asOf
          ? `You had not been arrested for anything other than a minor traffic offense between your sentence and ${ctx.date(opening)}.`
          : 'You have not been arrested for anything other than a minor traffic offense since you were sentenced.',
      citations: [B, TRAFFIC],
    };
  }
  const first = found[0]!;
  return {
    id: 'no_arrest',
    met: false,
    exclusion: true,
    reason: `The record shows ${first.words} on ${ctx.date(first.day)}. Only minor traffic arrests are allowed, so this early end is not open to you. Other ways to end probation early are below.`,
    citations: [B, TRAFFIC],
  };
}

/** SB 105: no revocation in the 24 months immediately preceding the opening day (since sentencing, if shorter). */
function revocationCriterion(ctx: Ctx, opening: Day): CriterionResult {
  const months = valueAt(ctx, ctx.params.bid.revocationLookBackMonths, ctx.asOf)!;
  const rolls = valueAt(ctx, ctx.params.bid.revocationRollsForward, ctx.asOf) === true;
  for (const d of confinementSanctionsWithoutOrder(ctx)) {
    ctx.warn(
      `A violation on ${ctx.date(d)} led to jail or prison, but the record has no revocation order. If the court revoked part of your probation, the behavioral incentive date may not apply.`,
    );
  }
  const { sentence } = ctx.facts;
  const windowFrom = lookBackStart(opening, months);
  const shorter = windowFrom < sentence;
  const since = shorter ? `since you were sentenced on ${ctx.date(sentence)}` : `in the ${months} months before ${ctx.date(opening)}`;
  const within = shorter ? `after you were sentenced on ${ctx.date(sentence)}` : `within the ${months} months before ${ctx.date(opening)}`;
  const found = revocationsInLookBack(ctx, opening, months);
  warnOnTheEdges(ctx, opening, windowFrom, months, shorter, found);
  if (found.length === 0) {
    // Judged on the opening day: where that is still ahead, only the part known so far is a fact. A revocation
    // before the window is named, so that the words do not seem to deny it.
    const earlier = revocationsBetween(ctx, Number.NEGATIVE_INFINITY, windowFrom - 1).at(-1);
    const outside = earlier === undefined ? '' : ` (the revocation of ${ctx.date(earlier)} came before that)`;
    const reason =
      opening > ctx.asOf
        ? `Your probation must not be revoked ${since}; so far it has not been${outside}.`
        : opening < ctx.asOf
          ? `Your probation had not been revoked ${shorter ? `between your sentence on ${ctx.date(sentence)} and ${ctx.date(opening)}` : since}${outside}.`
          : `Your probation has not been revoked ${since}${outside}.`;
    return { id: 'no_revocation', met: true, reason, citations: [B] };
  }
  const last = found[found.length - 1]!;
  if (!rolls) {
    return {
      id: 'no_revocation',
      met: false,
      exclusion: true,
      reason: `Your probation was revoked on ${ctx.date(last)}, ${within}. So this early end is not open to you. Other ways to end probation early are below.`,
      citations: [B],
    };
  }
  // Alternative reading: the route opens on the first day whose preceding months hold no revocation. A
  // revocation on R leaves the window on R + months + 1 day (later where a month end was clamped).
  let day = opening;
  for (let inside = found; inside.length > 0; inside = revocationsInLookBack(ctx, day, months)) {
    day = Math.max(day + 1, addMonths(inside[inside.length - 1]!, months) + 1);
  }
  return {
    id: 'no_revocation',
    met: true,
    date: day,
    reason: `Your probation was revoked on ${ctx.date(last)}. From ${ctx.date(day)}, the ${months} months before the day hold no revocation.`,
    citations: [B],
  };
}

/**
 * The reading of the look-back's edges decides the case where a revocation falls on the day D − 24 months
 * (counted in) or on D itself (left out, as not preceding it): each is named, with what the other reading gives.
 */
function warnOnTheEdges(ctx: Ctx, opening: Day, windowFrom: Day, months: number, shorter: boolean, found: readonly Day[]): void {
  const words = `"the immediately preceding ${months} months"`;
  if (!shorter && found.length > 0 && found.every((d) => d === windowFrom)) {
    ctx.warn(
      `Your probation was revoked on ${ctx.date(windowFrom)}, exactly ${months} months before ${ctx.date(opening)}. That day was counted inside ${words}; if the period is read as starting the day after, this early end is open to you.`,
    );
  }
  if (found.length === 0 && revocationsBetween(ctx, opening - 1, opening).length > 0) {
    ctx.warn(
      `Your probation was revoked on ${ctx.date(opening)}, the incentive date itself. That day is not in ${words} before it; if it is counted, this early end is not open to you.`,
    );
  }
}

/** Before SB 105: compliant with the general and special conditions (no sustained violation). */
function complianceCriterion(ctx: Ctx, opening: Day): CriterionResult {
  const { sentence, violations } = ctx.facts;
  const sustained = violations.find((v) => v.status === 'sustained' && v.day >= sentence && v.day <= opening);
  for (const v of violations) {
    if (v.status === 'reported' && v.day >= sentence && v.day <= opening) {
      ctx.warn(
        `A violation reported on ${ctx.date(v.day)} has not been decided. If it is upheld, you would not meet the condition of following all your probation rules.`,
      );
    }
  }
  if (sustained === undefined) {
    return { id: 'compliance', met: true, reason: 'The record shows no violation of your probation conditions.', citations: [B] };
  }
  return {
    id: 'compliance',
    met: false,
    exclusion: true,
    reason: `You were found to have broken a condition of probation on ${ctx.date(sustained.day)}. The law then required following all conditions, so this early end is not open to you.`,
    citations: [B],
  };
}

function restitutionCriterion(ctx: Ctx, opening: Day): CriterionResult {
  const ordered = ctx.facts.term.restitutionOrderedUsd;
  if (ordered === undefined) {
    ctx.warn('The record does not say whether the court ordered restitution, so none was assumed.');
  }
  if (ordered === undefined || ordered <= 0) {
    const owe = ordered === undefined ? 'You are taken to owe no restitution, as the record does not say.' : 'You owe no restitution.';
    return { id: 'restitution', met: true, reason: `${owe} (Fines and fees do not count here.)`, citations: [B] };
  }
  const paidOn = restitutionPaidInFullOn(ctx.facts);
  if (paidOn === undefined) {
    return {
      id: 'restitution',
      met: false,
      exclusion: false,
      reason: `You still owe ${formatDollars(restitutionBalance(ctx.facts))} in restitution. It must be paid in full first. (Fines and fees do not count here.)`,
      citations: [B],
    };
  }
  if (paidOn > opening) {
    const days = valueAt(ctx, ctx.params.bid.dcsOrderWithinDays, ctx.asOf)!;
    return {
      id: 'restitution',
      met: true,
      date: paidOn,
      reason:
        paidOn <= addDays(opening, days)
          ? `You finished paying your restitution on ${ctx.date(paidOn)}, after your incentive date but within the ${days} days after it, so this counts from that day.`
          : `You finished paying your restitution on ${ctx.date(paidOn)}, after your incentive date, so this counts from that day.`,
      citations: [B],
    };
  }
  return { id: 'restitution', met: true, reason: 'You have paid all your restitution.', citations: [B] };
}
