/**
 * Va. Code § 19.2-306.1 (A), (C), (D), added by 2021 Acts Sp. Sess. I ch. 538 (HB 2038), effective
 * July 1, 2021 and not amended since (history line "2021, Sp. Sess. I, c. 538"); text read 2026-11-30:
 *
 *   (A) "'technical violation' means a violation based on the probationer's failure to (i) report any
 *   arrest, including traffic tickets, within three days to the probation officer; (ii) maintain regular
 *   employment or notify the probation officer of any changes in employment; (iii) report within three
 *   days of release from incarceration; (iv) permit the probation officer to visit his home and place of
 *   employment; (v) follow the instructions of the probation officer, be truthful and cooperative, and
 *   report as instructed; (vi) refrain from the use of alcoholic beverages to the extent that it disrupts
 *   or interferes with his employment or orderly conduct; (vii) refrain from the use, possession, or
 *   distribution of controlled substances or related paraphernalia; (viii) refrain from the use,
 *   ownership, possession, or transportation of a firearm; (ix) gain permission to change his residence
 *   or remain in the Commonwealth or other designated area without permission of the probation officer;
 *   or (x) maintain contact with the probation officer whereby his whereabouts are no longer known to the
 *   probation officer. Multiple technical violations arising from a single course of conduct or a single
 *   incident or considered at the same revocation hearing shall not be considered separate technical
 *   violations for the purposes of sentencing pursuant to this section."
 *   (C) "The court shall not impose a sentence of a term of active incarceration upon a first technical
 *   violation …, and there shall be a presumption against imposing a sentence of a term of active
 *   incarceration for any second technical violation …. However, if the court finds, by a preponderance
 *   of the evidence, that the defendant committed a second technical violation and he cannot be safely
 *   diverted from active incarceration through less restrictive means, the court may impose not more
 *   than 14 days of active incarceration for a second technical violation. The court may impose whatever
 *   sentence might have been originally imposed for a third or subsequent technical violation. For the
 *   purposes of this subsection, a first technical violation based on clause (viii) or (x) of subsection A
 *   shall be considered a second technical violation, and any subsequent technical violation also based
 *   on clause (viii) or (x) of subsection A shall be considered a third or subsequent technical violation."
 *   (D) "The limitations on sentencing in this section shall not apply to the extent that an additional
 *   term of incarceration is necessary to allow a defendant to be evaluated for or to participate in a
 *   court-ordered drug, alcohol, or mental health treatment program. In such case, the court shall order
 *   the shortest term of incarceration possible to achieve the required evaluation or participation."
 *
 * Output: the limit for the NEXT technical violation on this term, read as an ordinary technical
 * violation (the reasons say what changes if it is a firearm or absconding violation).
 * - first → confinementAllowed false, maxConfinementDays 0; second → true, 14 (presumption against, and
 *   only with the "cannot be safely diverted" finding); third or later → true, null (any sentence that
 *   might originally have been imposed).
 *
 * Readings chosen:
 * - Version: the violation date (Green v. Commonwealth, 75 Va. App. 69 (2022): the law in effect when the
 *   violation occurred controls; the section does not reach violations before July 1, 2021). The next
 *   violation happens after the as-of date, so the as-of date selects: before July 1, 2021, no limit.
 * - What counts: sustained violations on this term whose conduct falls under a clause of (A): the
 *   `absconding` category is clause (x); `technical` violations by their kinds (parameter
 *   `sanction.kindClauses`); a `technical` violation without kinds is assumed to be on the list (warned);
 *   one whose kinds are all off the list is not a technical violation (it falls under (B)) and is not
 *   counted. One whose kinds mix listed and unlisted conduct (a missed appointment and a no-contact
 *   breach) counts as a technical violation found: its listed part was found, though its unlisted part
 *   puts that violation's own sentence under (B). (Read as "based only on" the listed conduct, it would
 *   not count, and the next violation would be one tier lower.) `new_offense` violations are not counted. Reported (pending) and dismissed ones are not
 *   counted; pending ones are named in the reasons. For a pending firearm or absconding report the
 *   reasons also give the tier (C) assigns it (a first one is "considered a second technical violation",
 *   a later one a third or subsequent), since the limit given is for an ordinary next violation.
 * - Counting "by course of conduct, incident or hearing": violations sharing an `episodeId` count once
 *   (the record has no hearing id; `episodeId` stands for the incident or the hearing). Violations without
 *   one count one each, except that those dated the same day are read as one incident, with a warning
 *   naming that assumption (parameter `sanction.sameDayFindingsOneIncident`, alternative: two).
 * - Violations found before July 1, 2021 count (parameter `sanction.countViolationsBeforeEffectiveDate`).
 * - A first firearm or absconding violation "considered a second" sets that violation's sentence only;
 *   it does not raise the count for later ordinary violations (parameter
 *   `sanction.deemedNumberCarriesForward`, alternative encoded).
 * - Only probation terms, and only while the term is running (§ 19.2-306(A): cause within the probation
 *   or suspension period).
 */
import type { Day } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { ViolationFacts } from '../../../engine/term-facts.ts';
import type { ViolationKind } from '../../../records/vocabulary.ts';
import type { TechnicalClause, UsVaParameters } from '../parameters.ts';
import { ordinal } from '../../../engine/words.ts';
import { deferral, isProbation, type Ctx } from './shared.ts';

const C = (sub: string) => `Va. Code § 19.2-306.1${sub}`;
const ORDINAL = ['first', 'second', 'third'] as const;

/** 0: first (no active incarceration); 1: second (14 days); 2: third or later (no day limit). */
function tierOf(n: number, unlimitedFrom: number): 0 | 1 | 2 {
  return n >= unlimitedFrom ? 2 : n === 1 ? 0 : 1;
}

/** The statute's tier in words: "first", "second", "third or later". */
function tierWords(n: number, unlimitedFrom: number): string {
  return n >= unlimitedFrom ? `${ORDINAL[2]} or later` : ORDINAL[tierOf(n, unlimitedFrom)];
}

function limitWords(tier: 0 | 1 | 2, secondDays: number, deferred: boolean): string {
  if (tier === 0) return 'the judge cannot give you any active jail or prison time';
  if (tier === 1)
    return `the law presumes you should not be jailed. The judge can order at most ${secondDays} days in jail, and only after finding that you cannot be kept safely out of jail in a less restrictive way`;
  return deferred
    ? 'the judge can give any sentence you could have been given at first (any sentence the law allows for your offense)'
    : 'the judge can give any sentence you could have been given at first (any part of your suspended sentence)';
}

interface Finding {
  /** Day of the first violation of the group. */
  day: Day;
  escalated: boolean;
}

export const technicalViolationLimit: Rule<UsVaParameters> = (ctx) => {
  if (!isProbation(ctx)) return;
  if (ctx.scheduledEndPassed()) {
    ctx.explain(
      `Your probation on this term was set to end on ${ctx.date(ctx.scheduledEnd!)}, before ${ctx.date(ctx.asOf)}, so there is no next violation to limit.`,
      ['Va. Code § 19.2-306(A)'],
    );
    return;
  }
  const s = ctx.params.sanction;
  // The violation date selects the version; the next violation comes after the as-of date.
  const first = ctx.param(s.firstMaxDays, ctx.asOf);
  const second = ctx.param(s.secondMaxDays, ctx.asOf);
  const unlimitedFrom = ctx.param(s.unlimitedFrom, ctx.asOf);
  const escalatedClauses = ctx.param(s.escalatedClauses, ctx.asOf);
  const kindClauses = ctx.param(s.kindClauses, ctx.asOf);
  if (
    first === undefined ||
    second === undefined ||
    unlimitedFrom === undefined ||
    escalatedClauses === undefined ||
    kindClauses === undefined
  ) {
    ctx.explain(
      `Virginia's limits on jail for technical probation violations apply to violations on or after July 1, 2021. As of ${ctx.date(ctx.asOf)} they are not yet law, so no limit is given.`,
      [C('')],
    );
    return;
  }
  const deferred = deferral(ctx);
  if (deferred !== undefined)
    // (B) and (C) open "If the court finds the basis of a violation of the terms and conditions of a
    // suspended sentence or probation": a deferral's probation is read as covered; what the court does
    // on it is not the revocation of a suspended sentence, so the reading is warned of.
    ctx.warn(
      `This probation is recorded as ${deferred}: the court has not convicted and sentenced you. Va. Code § 19.2-306.1 speaks of a violation of "a suspended sentence or probation", so its limits are given here; but on a violation of a deferral the court may also find you guilty and sentence you for the offense (§ 19.2-298.02(B)), and whether the limits bind that sentence was not found decided.`,
    );
  const countEarlier = ctx.param(s.countViolationsBeforeEffectiveDate, ctx.asOf)?.value ?? true;
  const carries = ctx.param(s.deemedNumberCarriesForward, ctx.asOf)?.value === true;
  const sameDayOnce = ctx.param(s.sameDayFindingsOneIncident, ctx.asOf)?.value ?? true;
  const { findings, pending, notTechnical } = priorFindings(
    ctx,
    kindClauses.value,
    escalatedClauses.value,
    countEarlier ? null : first.from,
    sameDayOnce,
  );

  // The count the statute keeps: one per course of conduct, incident or hearing.
  let number = 0;
  let escalatedBefore = false;
  for (const f of findings) {
    number = carries && f.escalated ? Math.max(number + 1, escalatedBefore ? unlimitedFrom.value : 2) : number + 1;
    if (f.escalated) escalatedBefore = true;
  }
  const next = number + 1;
  // If the next one is a firearm or absconding violation: a first counts as a second; a later one, after
  // an earlier firearm or absconding violation, as a third or subsequent.
  const nextIfEscalated = next === 1 ? 2 : escalatedBefore ? Math.max(next, unlimitedFrom.value) : next;

  const u = unlimitedFrom.value;
  const t = tierOf(next, u);
  const tEscalated = tierOf(nextIfEscalated, u);

  const reasons: string[] = [
    number === 0
      ? 'No technical violation has been found on this probation so far, so your next one would be your first.'
      : `A court has found ${findings.length} technical violation${findings.length === 1 ? '' : 's'} on this probation (violations from the same incident or decided at the same hearing count as one), so your next one would be your ${ordinal(next)}.`,
    `For a ${tierWords(next, u)} technical violation, ${limitWords(t, second.value, deferred !== undefined)}.`,
  ];
  if (tEscalated !== t) {
    reasons.push(
      `If your next violation is having a firearm or absconding (losing contact so your officer does not know where you are), it counts as a ${tierWords(nextIfEscalated, u)} technical violation, so ${limitWords(tEscalated, second.value, deferred !== undefined)}.`,
    );
  }
  reasons.push(
    'A technical violation means breaking one of 10 basic rules, like missing a meeting with your officer, using drugs, or moving without permission. These limits do not cover a new crime you are convicted of, or breaking a different kind of rule.',
    'The limits do not stop the judge from ordering the shortest extra jail time needed for you to be evaluated for, or to take part in, court-ordered drug, alcohol or mental health treatment.',
  );
  // Counted under the reading chosen (parameter countViolationsBeforeEffectiveDate): said, as a reader of
  // the statute alone might not count them.
  const earlier = findings.filter((f) => f.day < first.from);
  if (earlier.length > 0) {
    reasons.push(
      `The violation${earlier.length === 1 ? '' : 's'} found on ${earlier.map((f) => ctx.date(f.day)).join(' and ')}, before this law took effect on ${ctx.date(first.from)}, ${earlier.length === 1 ? 'was' : 'were'} counted: the law counts technical violations without saying when they happened, so earlier ones are read as counting too.`,
    );
  }
  for (const v of notTechnical) {
    reasons.push(`The violation found on ${ctx.date(v.day)} was not counted: it was not one of the 10 technical violations the law lists.`);
  }
  // A pending report of conduct before the law took effect is sentenced under the law of its day (Green):
  // it may still count, but these limits are not its own.
  const pendingUnderLaw = pending.filter((p) => p.day >= first.from);
  const pendingBefore = pending.filter((p) => p.day < first.from);
  if (pendingUnderLaw.length > 0) {
    reasons.push(
      `A violation reported on ${pendingUnderLaw.map((p) => ctx.date(p.day)).join(' and ')} has not been decided yet; if the court finds it is a technical violation, it counts as your ${ordinal(next)}.`,
    );
  }
  if (pendingBefore.length > 0) {
    reasons.push(
      `The violation reported on ${pendingBefore.map((p) => ctx.date(p.day)).join(' and ')} has not been decided yet. It happened before this law took effect on ${ctx.date(first.from)}, so these limits do not apply to its own sentence: the law in force when it happened does.`,
    );
  }
  // A pending report for a firearm or absconding is sentenced under the (C) escalation, not as an
  // ordinary violation of its number: say so, so the reason above is not read as the limit for it.
  const pendingEscalated = pendingUnderLaw.filter((p) => p.escalated);
  if (pendingEscalated.length > 0 && tEscalated !== t) {
    reasons.push(
      `The violation reported on ${pendingEscalated.map((p) => ctx.date(p.day)).join(' and ')} is for having a firearm or absconding, so if the court finds it, it is sentenced as a ${tierWords(nextIfEscalated, u)} technical violation: ${limitWords(tEscalated, second.value, deferred !== undefined)}.`,
    );
  }

  const citations = [C('(A)'), C('(C)'), C('(D)')];
  ctx.setSanctionLimit(
    {
      violationNumber: next,
      confinementAllowed: t !== 0,
      maxConfinementDays: t === 0 ? first.value : t === 1 ? second.value : null,
      citations,
      reasons,
    },
    `Virginia limits jail for technical probation violations. ${reasons.join(' ')}`,
  );
};

/** Sustained technical violations on the term, grouped by episode, in date order. */
function priorFindings(
  ctx: Ctx,
  kindClauses: readonly (readonly [ViolationKind, TechnicalClause])[],
  escalatedClauses: readonly TechnicalClause[],
  notBefore: Day | null,
  sameDayOnce: boolean,
): { findings: Finding[]; pending: Finding[]; notTechnical: ViolationFacts[] } {
  const findings: Finding[] = [];
  const byEpisode = new Map<string, Finding>();
  const pending: Finding[] = [];
  const notTechnical: ViolationFacts[] = [];
  /** The first finding counted on each day, and the unmarked findings no episode has claimed yet. */
  const counted = new Map<Day, Finding>();
  const unmarked = new Map<Day, Finding>();
  for (const v of ctx.facts.violations) {
    if (v.category === 'new_offense' || v.status === 'dismissed') continue;
    const clauses = clausesOf(ctx, v, kindClauses);
    if (clauses === null) {
      if (v.status === 'sustained') notTechnical.push(v);
      continue;
    }
    let escalated = false;
    for (const c of clauses) if (escalatedClauses.includes(c)) escalated = true;
    if (v.status === 'reported') {
      pending.push({ day: v.day, escalated });
      continue;
    }
    if (notBefore !== null && v.day < notBefore) continue;
    if (v.episodeId !== undefined) {
      const known = byEpisode.get(v.episodeId);
      if (known !== undefined) {
        if (escalated) known.escalated = true;
        continue;
      }
    }
    // An unmarked violation is set beside any violation counted on its day; a new episode, beside an
    // unmarked one no episode has claimed (marking one of two violations must not count more than marking neither).
    const sameDay = v.episodeId === undefined ? counted.get(v.day) : unmarked.get(v.day);
    if (sameDay !== undefined) {
      if (v.episodeId !== undefined) unmarked.delete(v.day);
      // (A) counts violations of one incident or hearing once; the record does not say, so name the reading.
      if (sameDayOnce) {
        if (escalated) sameDay.escalated = true;
        if (v.episodeId !== undefined) byEpisode.set(v.episodeId, sameDay);
        ctx.warn(
          `Two technical violations found on ${ctx.date(v.day)} are not marked as one incident; as they are dated the same day, they were counted as one (Va. Code § 19.2-306.1(A): one incident or one revocation hearing). If they were separate incidents decided at separate hearings, they count as two.`,
        );
        continue;
      }
      ctx.warn(
        `Two technical violations found on ${ctx.date(v.day)} are not marked as one incident, so they were counted as two. If they came from one incident or were decided at the same hearing, Va. Code § 19.2-306.1(A) counts them as one.`,
      );
    }
    const f: Finding = { day: v.day, escalated };
    if (v.episodeId === undefined && sameDay === undefined) unmarked.set(v.day, f);
    if (!counted.has(v.day)) counted.set(v.day, f);
    findings.push(f);
    if (v.episodeId !== undefined) byEpisode.set(v.episodeId, f);
  }
  return { findings, pending, notTechnical };
}

/** The (A) clauses a violation falls under; null when it is not a technical violation. */
function clausesOf(
  ctx: Ctx,
  v: ViolationFacts,
  kindClauses: readonly (readonly [ViolationKind, TechnicalClause])[],
): TechnicalClause[] | null {
  const clauses: TechnicalClause[] = v.category === 'absconding' ? ['x'] : [];
  for (const [kind, clause] of kindClauses) if (v.kinds.has(kind) && !clauses.includes(clause)) clauses.push(clause);
  if (v.kinds.has('weapon')) {
    ctx.warn(
      `The violation on ${ctx.date(v.day)} involved a weapon. Va. Code § 19.2-306.1(A)(viii) covers firearms only; it was read as a firearm violation.`,
    );
  }
  if (clauses.length > 0) return clauses;
  if (v.category === 'technical' && v.kinds.size === 0) {
    ctx.warn(
      `The technical violation on ${ctx.date(v.day)} does not say what it was for; it was treated as one of the technical violations listed in Va. Code § 19.2-306.1(A), not as a firearm or absconding violation.`,
    );
    return [];
  }
  return null;
}
