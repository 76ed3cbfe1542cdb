/**
 * N.Y. Exec. Law § 259-i(3)(f)(xii), as amended by L. 2021, ch. 427 (in force March 1, 2022), with the
 * definitions of § 259(6)–(7). Text read 2026-11-30 as quoted, amendments marked, in 2023 S.1813 and
 * 2025 A.9371 (the unmarked matter is the law in force):
 *
 * § 259(6) "'Technical violation' means any conduct that violates a condition of community supervision
 *   in an important respect, other than the commission of a new felony or misdemeanor offense under the
 *   penal law."
 * § 259(7) "'Non-technical violation' means: (a) the commission of a new felony or misdemeanor offense;
 *   or (b) conduct by a releasee who is serving a sentence for an offense defined in article 130 of the
 *   penal law or section 255.26 or 255.27 of such law, and such conduct violated a specific condition
 *   reasonably related to such offense and efforts to protect the public from the commission of a repeat
 *   of such offense."
 * (xii) "For each violation found, the presiding officer may (A) direct that the releasee be restored to
 *   supervision; (B) as an alternative to reincarceration, direct the releasee receive re-entry services
 *   …; or (C) direct the violator's reincarceration and for non-technical violations fix a date for
 *   consideration by the board for re-release …; or (D) for non-technical violations in the case of
 *   persons released to a period of post-release supervision, direct the violator's reincarceration up to
 *   the balance of the remaining period of post-release supervision, not to exceed five years; provided,
 *   however, that a defendant serving a term of post-release supervision for a conviction of a felony sex
 *   offense defined in section 70.80 of the penal law may be subject to a further period of imprisonment
 *   up to the balance of the remaining period of post-release supervision, shall apply for technical
 *   violations; and the following limitations:
 *   (1) Absconding. For absconding up to seven days reincarceration may be imposed for the first
 *       violation, up to fifteen days … for the second violation, and up to thirty days … for the third or
 *       any subsequent violation;
 *   (2) Sanctions for certain technical violations. Reincarceration shall not be imposed for a sustained
 *       technical violation that involves: (a) violating curfew; (b) alcohol use, [unless supervised for
 *       driving under the influence of alcohol]; (c) drug use, [unless supervised for driving under the
 *       influence of drugs]; (d) failing to notify parole officer of a change in employment or program
 *       status; (e) failing to pay surcharges and fees; (f) obtaining a driver's license or driving a car
 *       with a valid driver's license, [unless explicitly prohibited by the conviction]; (g) failing to
 *       notify community supervision officer of contact with any law enforcement agency, [unless the
 *       person intended to hide illegal behavior]; (h) failing to obey other special conditions, provided
 *       however that incarceration is permissible if the failure cannot be addressed in the community and
 *       all reasonable community-based means to address the failure have been exhausted; and
 *   (3) Sanctions for all other technical violations. For all other technical violations, no period of
 *       reincarceration may be imposed for the first and second substantiated technical violations for
 *       which incarceration may be imposed; up to seven days … for the third …; up to fifteen days … for
 *       the fourth …; up to thirty days … for the fifth and subsequent substantiated technical violations
 *       for which incarceration may be imposed."
 *
 * Output: the limit for the NEXT technical violation, which is clause (3) unless the next one is
 * absconding (clause (1), given in the reasons) or on the clause (2) list (no jail, given in the reasons).
 * - violationNumber = 1 + sustained technical violations on this term "for which incarceration may be
 *   imposed", counted the way clause (3) counts: each sustained violation event counts once (the statute
 *   counts violations found, "for each violation found"; 9 NYCRR 8004.1(e) lets one case sustain several);
 *   absconding (counted under clause (1)) and violations whose every kind is on the clause (2) list
 *   (curfew; failure to pay; a positive drug test unless supervised for driving under the influence of
 *   drugs (`duiSubstances`); program non-compliance read as (2)(h)) are not counted. Only violations sustained on or after March 1, 2022 count (parameter
 *   sanctions.countViolationsBeforeEffectiveDate).
 * - maxConfinementDays: 0 (confinementAllowed false) for the 1st and 2nd; 7, 15, then 30.
 * Exceptions (labelled overrides): § 259(7)(b): a person serving a sentence for an article 130 offense or
 * § 255.26/255.27 — every condition is presumed related (9 NYCRR 8004.8(a)(2)), so a breach is
 * non-technical and no technical limit applies (null); § 259-i(3)(f)(xii)(D) proviso: post-release
 * supervision for a felony sex offense (§ 70.80) may bring imprisonment up to the balance (null).
 * No limit once the term is over (its end, or the day credits covered it, is before the as-of date).
 * Which date selects the version: the as-of date (the limit for a violation not yet found is the one in
 * force now); before March 1, 2022 there is no statutory limit (null).
 */
import type { SanctionLimit } from '../../../engine/evaluation.ts';
import { decide } from '../../../engine/exceptions.ts';
import { firstInForce } from '../../../engine/parameters.ts';
import type { ViolationKind } from '../../../records/vocabulary.ts';
import { termOver } from './earned-time-credits.ts';
import { ordinal } from '../../../engine/words.ts';
import { capitalized, communitySupervision, kindWords, numberWord, offenseName, tableFact, type Ctx } from './shared.ts';

const X = (c: string) => `N.Y. Exec. Law § 259-i(3)(f)(xii)${c}`;
const NO_JAIL_KINDS: ReadonlySet<ViolationKind> = new Set(['curfew', 'failure_to_pay', 'program_noncompliance']);

/**
 * Clause (2)(b) and (c): jail for alcohol use is allowed only to a person supervised for driving under the
 * influence of alcohol, for drug use only under the influence of drugs (the offense table's `duiSubstance`:
 * VTL § 1192(1)–(3) alcohol, (4) drugs, (4-a) both). A DUI whose substance the record does not give (a bare
 * "VTL 1192", or a `dui` tag) is read as alcohol, which keeps drug use without jail, with a warning.
 */
function duiSubstances(ctx: Ctx): { alcohol: boolean; drugs: boolean; words: string } {
  let alcohol = false;
  let drugs = false;
  let unknown = false;
  for (const o of ctx.facts.offenses) {
    if (!o.tags.has('dui') && tableFact(o, 'dui') !== true) continue;
    const substance = tableFact(o, 'duiSubstance');
    if (substance === 'alcohol' || substance === 'both') alcohol = true;
    if (substance === 'drugs' || substance === 'both') drugs = true;
    if (substance === undefined) {
      unknown = true;
      alcohol = true;
    }
  }
  if (unknown && !drugs) {
    ctx.warn(
      'The record does not say whether your conviction for driving under the influence was for alcohol or for drugs. It was read as alcohol, so drug use is counted as a violation that cannot bring jail; if it was for drugs (N.Y. Veh. & Traf. Law § 1192(4) or (4-a)), drug use can (N.Y. Exec. Law § 259-i(3)(f)(xii)(2)(c)).',
    );
  }
  const which = alcohol && drugs ? 'alcohol or drug use' : drugs ? 'drug use' : 'alcohol use';
  const under = alcohol && drugs ? 'alcohol or drugs' : drugs ? 'drugs' : 'alcohol';
  const words =
    alcohol || drugs ? ` (but because your conviction is for driving under the influence of ${under}, ${which} can bring jail)` : '';
  return { alcohol, drugs, words };
}

/** Limit for the next clause (3) violation: index n−1 of the list, the last value for every later one. */
function tierDays(list: readonly number[], n: number): number {
  return list[Math.min(n, list.length) - 1] ?? 0;
}

export function technicalViolationLimits(ctx: Ctx): void {
  if (!communitySupervision(ctx) || termOver(ctx)) return;
  const s = ctx.params.sanctions;
  const other = ctx.param(s.otherTechnicalDays, ctx.asOf);
  const absc = ctx.param(s.abscondingDays, ctx.asOf);
  const effective = firstInForce(s.otherTechnicalDays)!;
  if (other === undefined || absc === undefined) {
    // Before the Act: no statutory day limit (sanctionLimit stays null), and the person is told why.
    ctx.explain(
      `The Less Is More limits on jail for technical violations apply from ${ctx.date(effective)}. On ${ctx.date(ctx.asOf)} they are not in effect yet, so no limit is shown here.`,
      [X('(1)'), X('(3)'), 'L. 2021, ch. 427'],
    );
    return;
  }
  const countEarlier = ctx.param(s.countViolationsBeforeEffectiveDate, ctx.asOf)?.value ?? false;
  // The exceptions turn on the offense table (article 130, §§ 255.26–255.27, § 70.80), not on tags.
  for (const o of ctx.facts.offenses) {
    if (o.tableEntries.length === 0)
      ctx.warn(
        `The technical-violation limits do not apply to a sentence for an offense under Penal Law article 130 or § 255.26 or § 255.27 (N.Y. Exec. Law § 259(7)(b))${ctx.facts.term.kind === 'supervised_release' ? ', nor to post-release supervision for a felony sex offense (§ 70.80)' : ''}. The offense table does not list ${o.offense.statute}, so it was read as none of these.`,
      );
  }
  const dui = duiSubstances(ctx);
  const kind = kindWords(ctx);

  let priorOther = 0;
  let priorAbsc = 0;
  let unknownKinds = false;
  for (const v of ctx.facts.violations) {
    if (v.status !== 'sustained' || (!countEarlier && v.day < effective)) continue;
    if (v.category === 'absconding') {
      priorAbsc++;
      continue;
    }
    if (v.category !== 'technical') continue;
    if (v.kinds.size === 0) unknownKinds = true;
    let jailable = v.kinds.size === 0;
    for (const k of v.kinds) if (!NO_JAIL_KINDS.has(k) && (k !== 'positive_drug_test' || dui.drugs)) jailable = true;
    if (jailable) priorOther++;
  }
  if (unknownKinds) {
    ctx.warn(
      'A sustained technical violation in the record does not say what rule was broken; it is counted as one "for which incarceration may be imposed" (N.Y. Exec. Law § 259-i(3)(f)(xii)(3)).',
    );
  }
  const n = priorOther + 1;
  const nA = priorAbsc + 1;
  const days = tierDays(other.value, n);
  const daysA = tierDays(absc.value, nA);

  const decision = decide<SanctionLimit | null, Ctx['params']>(ctx, {
    general: {
      label: X('(3)'),
      citations: [X('(3)')],
      value: () => ({
        violationNumber: n,
        confinementAllowed: days > 0,
        maxConfinementDays: days,
        citations: [X('(3)'), X('(1)'), X('(2)'), 'N.Y. Exec. Law § 259(8)'],
      }),
    },
    exceptions: [
      {
        label: 'N.Y. Exec. Law § 259(7)(b): sex offense conditions are non-technical',
        citations: ['N.Y. Exec. Law § 259(7)(b)', '9 NYCRR 8004.8(a)(2)'],
        appliesBecause: (c) => {
          const o = c.facts.offenses.find((x) => tableFact(x, 'nonTechnical') === true);
          return o === undefined ? undefined : `you are serving a sentence for ${offenseName(o)}`;
        },
        value: () => null,
      },
      {
        label: 'N.Y. Exec. Law § 259-i(3)(f)(xii)(D): post-release supervision for a felony sex offense',
        citations: [X('(D)'), 'N.Y. Penal Law § 70.80'],
        appliesBecause: (c) => {
          if (c.facts.term.kind !== 'supervised_release') return undefined;
          const o = c.facts.offenses.find((x) => x.level === 'felony' && tableFact(x, 'felonySexOffense') === true);
          return o === undefined ? undefined : `you are on post-release supervision for ${offenseName(o)}, a felony sex offense`;
        },
        value: () => null,
      },
    ],
    combine: () => null,
  });

  if (decision.value === null) {
    const because = decision.decidedBy.map((d) => d.because).join(' and ');
    ctx.explain(
      `The Less Is More limits on jail for technical violations do not protect you, because ${because}. For you, breaking a condition of your ${kind} counts as a non-technical violation, and the law sets no special day limit.`,
      decision.decidedBy.flatMap((d) => d.citations),
    );
    return;
  }

  // "since March 1, 2022" only where the term began before the Act and earlier violations are left out.
  const since = !countEarlier && ctx.facts.start < effective ? ` since ${ctx.date(effective)}` : '';
  const reasons = [
    // Absconding is counted on its own ladder (the next sentence), so these words leave it out by name.
    priorOther === 0
      ? `No technical violation${priorAbsc > 0 ? ' other than absconding' : ''} for which jail is allowed has been found against you on this ${kind}${since}, so your next one would be your first.`
      : `${capitalized(numberWord(priorOther))} technical violation${priorOther === 1 ? '' : 's'}${priorAbsc > 0 ? ' other than absconding' : ''} for which jail is allowed ${priorOther === 1 ? 'has' : 'have'} been found against you on this ${kind}${since}, so your next one would be your ${ordinal(n)}${n > 5 ? ' or later' : ''}.`,
    days === 0
      ? `For a ${ordinal(n)} technical violation you cannot be sent back to jail or prison at all.`
      : `For a ${ordinal(n)} technical violation you can be sent back for at most ${days} days.`,
    `If the next violation is absconding (deliberately avoiding supervision: losing contact with your officer and not telling them where you live, after your officer made reasonable efforts to reach you), the most is ${daysA} days, because it would be your ${ordinal(nA)} absconding violation.`,
    `Unless the law’s narrow exceptions apply, you cannot be jailed at all for any of these: breaking curfew; alcohol or drug use${dui.words}; not telling your officer about a change of job or program; not paying surcharges or fees; getting a driver’s license, or driving when your license is valid; not telling your officer about contact with the police. Breaking other special conditions can bring jail only if it cannot be handled in the community.`,
    'A new crime is not a technical violation, and these limits do not apply to it.',
  ];
  const limit: SanctionLimit = { ...decision.value, reasons };
  ctx.setSanctionLimit(limit, reasons.join(' '));
}
