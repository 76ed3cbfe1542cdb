/**
 * Fla. Stat. § 948.06(2)(f), created by ch. 2019-167 (§ 63), effective October 1, 2019; subparagraph 1.
 * amended by HB 661 (2021). Text read 2026-11-30 in the 2020 Senate bill SB 7064, which sets out the
 * paragraph with the amendment HB 661 later made ("all … apply" for "any … applies"):
 *
 *   "(f)1. Except as provided in subparagraph 3. or upon waiver by the probationer, the court shall modify
 *   or continue a probationary term upon finding a probationer in violation when all of the following
 *   apply:
 *   a. The term of supervision is probation.
 *   b. The probationer does not qualify as a violent felony offender of special concern, as defined in
 *   paragraph (8)(b).
 *   c. The violation is a low-risk technical violation, as defined in paragraph (9)(b).
 *   d. The court has not previously found the probationer in violation of his or her probation pursuant
 *   to a filed violation of probation affidavit during the current term of supervision. A probationer
 *   who has successfully completed sanctions through the alternative sanctioning program is eligible for
 *   mandatory modification or continuation of his or her probation.
 *   2. Upon modifying probation under subparagraph 1., the court may include in the sentence a maximum of
 *   90 days in county jail as a special condition of probation.
 *   3. Notwithstanding s. 921.0024, if a probationer has less than 90 days of supervision remaining on his
 *   or her term of probation and meets the criteria for mandatory modification or continuation in
 *   subparagra[ph 1. …]" (the rest of 3. was not read).
 *
 * § 948.06(1)(c) (text read in a verbatim copy, fl.elaws.us) defines a "technical violation" for the
 * section; the definition itself was cut off in the copy read, and the list of low-risk violations in
 * (9)(b) was not read. The 2019 text (October 1, 2019 until HB 661 became law in 2021) read "when any of
 * the following applies" (see parameters technicalViolation.created, .maxJailDays).
 * CS/CS/HB 1241 (2024), which would have reached a second violation (120 days), was vetoed.
 *
 * Output: the sanction limit for the NEXT violation the court finds on this term.
 * - Covered (probation, not a VFOSC, no earlier finding on the term): violationNumber 1,
 *   confinementAllowed true, maxConfinementDays 90 — for a low-risk technical violation.
 * - Not covered (a VFOSC, or an earlier finding): violationNumber = findings + 1, maxConfinementDays
 *   null: the paragraph sets no limit; the reasons say why.
 *
 * Readings chosen:
 * - Version: the as-of date (the next finding comes after it); the paragraph and its 90 days from October 1,
 *   2019. Who is covered is decided by the 2021 wording ("all of the following apply") on every date: a
 *   probationer who meets all of a.–d. is covered by the 2019 wording ("any of the following applies") too,
 *   so the 90 days are certain for them from October 1, 2019. Labelled exception, not applied: read
 *   literally, the 2019 wording covered every probationer (a. alone), so before 2022-01-01 (a bound on the
 *   day HB 661 became law, which was not read) a person the 2021 wording does not cover gets no day limit
 *   and a warning that names the 2019 wording.
 * - "previously found … in violation": any violation the record marks `sustained` on this term, whatever
 *   its category; violations sharing an `episodeId` are one finding. Labelled exception: a violation
 *   settled through the alternative sanctioning program is not a finding; the record cannot tell, so each
 *   sustained violation counts, with a warning.
 * - (a) the record cannot show community control: treated as probation, with a warning.
 * - (b) VFOSC as for § 948.04(4)(a) (offense table, prior convictions; shared reading, see shared.ts).
 * - (c) whether the next violation will be low-risk cannot be known: the limit is given for a low-risk
 *   technical violation, and the reasons and a warning say that a new crime or another violation is not
 *   covered.
 * - 3.: fewer than 90 days left on the scheduled end at the as-of date brings a warning (not encoded).
 * - "upon waiver by the probationer": the probationer may give the rule up; said in the reasons.
 */
import { parseIsoDate } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { TECHNICAL_FROM, type FlParameters } from '../parameters.ts';
import { findingsOnTerm, pendingViolations, vfoscBecause } from './shared.ts';

const C = (sub: string) => `Fla. Stat. § 948.06${sub}`;
/** Before this day the 2019 wording of 1. may still have been in force (see the header). */
const AMENDED_WORDING_CERTAIN = parseIsoDate(TECHNICAL_FROM);
const NO_LIMIT =
  'For your next violation this rule sets no limit on jail or prison: the judge may revoke your probation, change it or continue it.';

export const technicalViolationLimit: Rule<FlParameters> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation' || ctx.scheduledEndPassed()) return;
  const t = ctx.params.technicalViolation;
  // The as-of date selects the version: the limit governs the next finding, made after it.
  if (ctx.param(t.created, ctx.asOf) === undefined) return;
  const max = ctx.param(t.maxJailDays, ctx.asOf);
  if (max === undefined) return;

  const findings = findingsOnTerm(ctx);
  const vfosc = vfoscBecause(ctx);
  const notCovered: string[] = [];
  const citations: string[] = [];
  if (vfosc !== undefined) {
    notCovered.push(`It does not cover you: ${vfosc}.`);
    citations.push(C('(2)(f)1.b.'));
  }
  if (findings !== undefined) {
    notCovered.push(
      `The court has already found you in violation of this probation (${findings.first}), and the rule covers only a first finding on a term.`,
    );
    citations.push(C('(2)(f)1.d.'));
    ctx.warn(
      'A violation settled through the alternative sanctioning program does not count as a finding by the court (Fla. Stat. § 948.06(2)(f)1.d.). The record cannot tell them apart, so each violation marked sustained, and each revocation, was counted as a finding.',
    );
  }
  const intro =
    'Florida limits jail after a first low-risk technical violation (breaking a condition of probation without a new crime, of a kind the law lists as low-risk).';

  if (notCovered.length > 0) {
    if (ctx.asOf < AMENDED_WORDING_CERTAIN) {
      ctx.warn(
        'Until a 2021 amendment (HB 661) took effect, Fla. Stat. § 948.06(2)(f)1. required the court to keep a probation going "when any of the following applies", which read literally covers every probationer. This evaluation uses the amended wording ("when all of the following apply"); under the earlier wording the 90-day limit may also have covered your next violation.',
      );
    }
    const reasons = [...notCovered, NO_LIMIT];
    ctx.setSanctionLimit(
      { violationNumber: (findings?.count ?? 0) + 1, confinementAllowed: true, maxConfinementDays: null, citations, reasons },
      `${intro} ${reasons.join(' ')}`,
    );
    return;
  }

  const reasons = [
    'The court has not found you in violation of this probation, and you are not a "violent felony offender of special concern" on the facts in the record.',
    `If the court finds you in violation for a low-risk technical violation, it must keep your probation going (change it or continue it) instead of revoking it, unless you give up that right. If it changes your probation, it can add at most ${max.value} days in county jail as a condition.`,
    'This limit does not cover a new crime, or a technical violation that is not on the low-risk list: then the judge may revoke your probation, change it or continue it.',
  ];
  const pending = pendingViolations(ctx)[0];
  if (pending !== undefined) {
    reasons.push(
      `A violation reported on ${ctx.date(pending.day)} has not been decided yet. If the court finds it and it is a low-risk technical violation, this limit covers it.`,
    );
  }
  ctx.warn(
    'Whether a violation is low-risk is set by the list in Fla. Stat. § 948.06(9)(b). The record cannot say what a next violation would be, so the 90-day limit is shown for a low-risk technical violation only.',
  );
  ctx.warn(
    'The record cannot show community control (house arrest); this term was treated as probation. Fla. Stat. § 948.06(2)(f) covers probation only.',
  );
  const last = ctx.param(t.lastDaysException, ctx.asOf)?.value ?? 90;
  // The end as the rules have found it so far: reductions under § 948.05 may end the term before its scheduled end.
  const end = ctx.endSoFar();
  if (end !== null && end - ctx.asOf < last) {
    ctx.warn(
      `Fewer than ${last} days of your probation remain (it ${end === ctx.scheduledEnd ? 'is set to end' : 'ends'} on ${ctx.date(end)}). Then Fla. Stat. § 948.06(2)(f)3. gives the court another choice for a first low-risk technical violation; that choice is not shown here.`,
    );
  }
  ctx.setSanctionLimit(
    {
      violationNumber: 1,
      confinementAllowed: true,
      maxConfinementDays: max.value,
      citations: [C('(2)(f)1.'), C('(2)(f)2.')],
      reasons,
    },
    `${intro} ${reasons.join(' ')}`,
  );
};
