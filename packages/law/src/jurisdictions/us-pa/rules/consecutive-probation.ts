/**
 * 42 Pa.C.S. § 9774.1(b)(3) (Act 44 of 2023; text read 2026-11-30, Justia copy):
 *
 *   "(3) If the sentence or sentences imposed arose out of convictions for multiple offenses which the
 *   court ordered to be served consecutively and: (i) The offenses … are misdemeanors based on the same
 *   conduct or arising from the same criminal episode, the defendant shall be eligible for a probation
 *   review conference after completing two years of probation or 50% of the aggregate probation
 *   sentence, whichever is sooner. (ii) The offenses … included a felony and are based on the same
 *   conduct or arise from the same criminal episode, … four years of probation or 50% of the aggregate
 *   probation sentence, whichever is sooner. (iii) The offenses … are based on separate conduct and
 *   arose from separate criminal episodes, … four years of probation or 50% of the aggregate probation
 *   sentence, whichever is sooner."
 *
 * Not a rule of its own: the review-conference rule calls it while it computes the (b) date.
 *
 * Readings chosen:
 * - The consecutive sentences are the record's Pennsylvania probation terms of the same person linked
 *   by `consecutiveTo` (a chain), each imposed on or after the Act took effect (the sentence date selects
 *   the law: an earlier probation is under Section 7's review, so a probation consecutive to one starts
 *   a chain of its own). A probation term consecutive to a parole or prison term starts a chain; that
 *   link is (b)(4)'s business.
 * - "Completing two (four) years of probation" counts from the start of the first probation in the
 *   chain; "50% of the aggregate probation sentence" is half the sum of the terms as imposed (months
 *   halved, an odd month adds the half-month days, as for one term), counted from the same start.
 *   Terms stated by end date (or with days) are summed in days from the first start to the last
 *   imposed end, and half is rounded up.
 * - Grade: any felony in the chain → four years ((ii) for one episode, (iii) for separate ones). All
 *   misdemeanors → two years if the offenses arose from the same conduct or criminal episode ((i)), four
 *   if from separate episodes ((iii)). The record has no episode field for offenses: offense dates that
 *   are all known and all the same day are read as one episode, all known and not the same day as
 *   separate episodes; if any is missing, one episode is assumed and a warning says so.
 * - The (b)(5) floor counts from "the original date of sentencing": the earliest sentence date in the
 *   chain.
 * - One conference for the whole chain: every term in it gets the same date (a term that ends before
 *   it gets none, as for one term), and (c)(2)'s second achievement follows the chain's grade. The (c)
 *   achievements and the (g)(1) bars read what is recorded on any term of the chain (`chainEvents`): an
 *   event naming one of its terms, or naming none and dated while the chain ran (a violation from the
 *   first start, a conviction or achievement from the first sentencing).
 */
import { addHalfLength, lengthInMonths, parseIsoDate, type Day } from '../../../dates/calendar.ts';
import { consecutiveTermsBefore, imposedEndOf, type DatedFact, type ViolationFacts } from '../../../engine/term-facts.ts';
import type { AchievementEvent, ConvictionEvent, Term } from '../../../records/schema.ts';
import { actInForce, type Ctx } from './shared.ts';

const C = (sub: string) => `42 Pa.C.S. § 9774.1${sub}`;

export interface Aggregate {
  /** The start of the first probation in the chain. */
  start: Day;
  /** The earliest sentence date in the chain: the (b)(5) "original date of sentencing". */
  sentence: Day;
  /** Months of probation that open the review. */
  months: number;
  /** Start + 50% of the aggregate sentence; null when a term has no end. */
  byShare: Day | null;
  citation: string;
  /** Plain words for the explanation. */
  words: string;
  /** The terms of the chain, first to last. */
  terms: readonly Term[];
  /** A felony anywhere in the chain: the felony waits and the second achievement of (c)(2). */
  felony: boolean;
}

function isChainMember(t: Term | undefined): t is Term {
  return t !== undefined && t.kind === 'probation' && t.jurisdiction === 'US-PA';
}

/**
 * A Pennsylvania probation § 9774.1 reaches (imposed on or after June 11, 2024): only such sentences join a
 * chain. An earlier probation is under Section 7's review, and its sentencing is not the "original date of
 * sentencing" of (b)(5) for them.
 */
export function joinsAct44Chain(ctx: Ctx, t: Term | undefined): t is Term {
  return isChainMember(t) && actInForce(ctx, parseIsoDate(t.sentenceDate));
}

/**
 * The consecutive probation terms this term belongs to, first to last; undefined if it stands alone. A
 * pre-Act probation the chain follows is named in the explanation.
 */
function chainOf(ctx: Ctx): Term[] | undefined {
  const { person, term: self } = ctx.facts;
  const joins = (t: Term | undefined): t is Term => joinsAct44Chain(ctx, t);
  if (!joins(self)) return undefined;
  const terms = person.terms;
  const first = consecutiveTermsBefore(person, self, joins).at(-1) ?? self;
  const before = first.consecutiveTo === undefined ? undefined : terms.find((t) => t.id === first.consecutiveTo);
  if (isChainMember(before) && !actInForce(ctx, parseIsoDate(before.sentenceDate))) {
    ctx.explain(
      `Your probation${first === self ? '' : ` on term ${first.id}`} follows term ${before.id}, sentenced on ${ctx.date(parseIsoDate(before.sentenceDate))}, before Act 44 took effect. That probation is reviewed under Section 7 of the Act, so the review below does not count it.`,
      [C('(b)(3)'), 'Act 44 of 2023, § 7'],
    );
  }
  const chain: Term[] = [first];
  for (;;) {
    const last = chain[chain.length - 1]!;
    const next = terms.find((t) => t.consecutiveTo === last.id && joins(t) && !chain.includes(t));
    if (next === undefined) break;
    chain.push(next);
  }
  return chain.length > 1 ? chain : undefined;
}

export function consecutiveAggregate(
  ctx: Ctx,
  misdemeanorMonths: number,
  felonyMonths: number,
  oddMonthHalfDays: number,
): Aggregate | undefined {
  const chain = chainOf(ctx);
  if (chain === undefined) return undefined;
  const start = parseIsoDate(chain[0]!.startDate);
  const sentence = Math.min(...chain.map((t) => parseIsoDate(t.sentenceDate)));
  const offenses = chain.flatMap((t) => t.offenses);
  const felony = offenses.some((o) => o.level === 'felony');

  // A felony chain waits four years either way ((ii) or (iii)); the episode only decides which is cited.
  const dates = offenses.map((o) => o.offenseDate);
  const datesKnown = dates.every((d) => d !== undefined);
  const sameEpisode = !datesKnown || new Set(dates).size === 1;
  if (!felony && !datesKnown) {
    ctx.warn(
      'Your consecutive probation sentences were taken to come from the same conduct or criminal episode (the record does not give every offense date). If they came from separate episodes, the review comes after 4 years of probation or half the total sentence, not 2 years (42 Pa.C.S. § 9774.1(b)(3)(iii)).',
    );
  }
  const sub = felony ? (sameEpisode ? '(ii)' : '(iii)') : sameEpisode ? '(i)' : '(iii)';
  const months = felony || !sameEpisode ? felonyMonths : misdemeanorMonths;

  let byShare: Day | null = null;
  const lengths = chain.map((t) => t.length);
  if (lengths.every((l) => l !== undefined && (l.days ?? 0) === 0)) {
    const total = lengths.reduce((sum, l) => sum + lengthInMonths(l!), 0);
    byShare = addHalfLength(start, { months: total }, oddMonthHalfDays);
  } else {
    const end = imposedEndOf(chain[chain.length - 1]!);
    if (end !== null) byShare = start + Math.ceil((end - start) / 2);
  }

  const ids = `${chain
    .slice(0, -1)
    .map((t) => t.id)
    .join(', ')} and ${chain[chain.length - 1]!.id}`;
  const kind = felony ? 'including a felony' : 'for misdemeanors';
  const episode = sameEpisode ? 'from the same conduct or criminal episode' : 'from separate criminal episodes';
  return {
    start,
    sentence,
    months,
    byShare,
    citation: C(`(b)(3)${sub}`),
    terms: chain,
    felony,
    words: `Your probation sentences ${ids} are to be served one after the other (consecutively), ${kind}, ${episode}, so the law counts them together, from the start of the first one (${ctx.date(start)}).`,
  };
}

/** What the (c) and (g)(1) rules read for a chain: its violations, convictions and achievements, in date order (header). */
export interface ChainEvents {
  violations: readonly ViolationFacts[];
  convictions: readonly DatedFact<ConvictionEvent>[];
  achievements: readonly DatedFact<AchievementEvent>[];
}

export function chainEvents(ctx: Ctx, chain: readonly Term[]): ChainEvents {
  const ids = new Set(chain.map((t) => t.id));
  const firstStart = parseIsoDate(chain[0]!.startDate);
  const firstSentence = Math.min(...chain.map((t) => parseIsoDate(t.sentenceDate)));
  const lastEnd = imposedEndOf(chain[chain.length - 1]!) ?? Number.POSITIVE_INFINITY;
  const out = {
    violations: [] as ViolationFacts[],
    convictions: [] as DatedFact<ConvictionEvent>[],
    achievements: [] as DatedFact<AchievementEvent>[],
  };
  for (const event of ctx.facts.person.events ?? []) {
    if (event.type !== 'violation' && event.type !== 'conviction' && event.type !== 'achievement') continue;
    const day = parseIsoDate(event.date);
    if (day > ctx.asOf) continue;
    const from = event.type === 'violation' ? firstStart : firstSentence;
    if (event.termId !== undefined ? !ids.has(event.termId) : day < from || day > lastEnd) continue;
    if (event.type === 'conviction') out.convictions.push({ day, event });
    else if (event.type === 'achievement') out.achievements.push({ day, event });
    else {
      const { category, status, episodeId } = event;
      out.violations.push({ day, event, category, status, kinds: new Set(event.kinds ?? []), episodeId });
    }
  }
  out.violations.sort((a, b) => a.day - b.day);
  out.convictions.sort((a, b) => a.day - b.day);
  out.achievements.sort((a, b) => a.day - b.day);
  return out;
}
