/**
 * Pieces the California cap rules share: the maximum aggregate prison term (People v. Kite), the
 * probation length an offense's own statute sets, the offense facts the table gives, and the `term_cap`
 * opportunity. No provision of its own: each function names what it rests on.
 */
import { addMonthsAndPart, describeMonths, formatLongDate, type Day } from '../../../dates/calendar.ts';
import type { Decision } from '../../../engine/exceptions.ts';
import { tableFact } from '../../../engine/offense-table.ts';
import { runsPast } from '../../../engine/term-cap.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { OffenseFacts } from '../../../engine/term-facts.ts';
import type { UsCaParameters } from '../parameters.ts';
import { RETRO_CITATIONS, type GoverningLaw } from './governing-law.ts';

type Ctx = TermContext<UsCaParameters>;

/** A ceiling in months from the grant; `months` null where no ceiling can be computed (or none exists). */
export interface Ceiling {
  months: number | null;
  /** Plain words: why this ceiling, or why none can be computed. */
  text: string;
}

export const KITE = 'People v. Kite (2023) 87 Cal.App.5th 986';

/** The name a person knows the offense by. */
export function offenseName(o: OffenseFacts): string {
  if (o.offense.description !== undefined) return o.offense.description;
  const title = o.tableEntries[0]?.title;
  if (title === undefined) return o.offense.statute;
  // The names stand inside sentences ("because robbery (PC 211) is on the list"): a table title's first
  // word is lower-cased, unless it is an abbreviation ("DUI").
  return /^[A-Z][a-z]/.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;
}

export function listNames(offenses: readonly OffenseFacts[]): string {
  // The statute beside the name, unless the name is the statute (no description, not in the table).
  const names = offenses.map((o) => {
    const name = offenseName(o);
    return name === o.offense.statute ? name : `${name} (${o.offense.statute})`;
  });
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * PC 1203.1(l)(1) as read in People v. Kite: the longest prison term the court could impose for all the
 * counts together. The record gives each count's maxPrisonMonths; `exceptions.aggregateTerm` says how
 * they add up. Life-eligible counts have no ceiling; a missing count's maximum leaves it unknown.
 */
export function aggregatePrisonCeiling(ctx: Ctx, lawDay: Day, basis = `Cal. Penal Code § 1203.1(l)(1); ${KITE}`): Ceiling {
  const offenses = ctx.facts.offenses;
  if (offenses.some((o) => o.tags.has('life_eligible'))) {
    return { months: null, text: 'a life term could be imposed, so the law sets no latest end date' };
  }
  const missing = offenses.filter((o) => o.offense.maxPrisonMonths === undefined);
  if (missing.length > 0) {
    ctx.warn(
      `The longest lawful probation here depends on the longest prison term the court could impose for all counts together (${basis}). The record does not give the longest prison term (field maxPrisonMonths) for ${listNames(missing)}, so no latest end date is computed.`,
    );
    return {
      months: null,
      text: 'the record does not give the longest prison term for every count, so the latest end date cannot be worked out',
    };
  }
  const rule = ctx.param(ctx.params.exceptions.aggregateTerm, lawDay)?.value ?? 'sum_of_counts';
  let months = 0;
  for (const o of offenses) {
    const m = o.offense.maxPrisonMonths!;
    months = rule === 'largest_count' ? Math.max(months, m) : months + m;
  }
  if (offenses.length > 1 && rule === 'sum_of_counts') {
    ctx.warn(
      `The prison ceiling adds up the maximum for each of the ${offenses.length} counts. Under Cal. Penal Code § 1170.1(a) an extra count served consecutively counts for one third of its middle term, so the true ceiling may be shorter than the ${describeMonths(months)} used here.`,
    );
  }
  // Added up count by count, the ceiling may overstate (the warning above): "at most" keeps the words true.
  const what =
    offenses.length === 1 ? 'for your offense is' : `for all your counts together is${rule === 'sum_of_counts' ? ' at most' : ''}`;
  return { months, text: `the longest prison term the court could impose ${what} ${describeMonths(months)}` };
}

/**
 * The longest probation the offense's own statute allows, in months; null where that statute sets only a
 * minimum (PC 1203.097, 273a, 273d) or is not known. VC 23600(b)(1): 3 to 5 years for DUI, or up to the
 * maximum prison term where that can exceed five years.
 */
export function ownStatuteMaxMonths(ctx: Ctx, o: OffenseFacts, lawDay: Day): number | null {
  if (tableFact(o, 'ownLength') !== 'dui' && !(o.tags.has('dui') && o.tags.has('own_probation_length'))) return null;
  const years = ctx.param(ctx.params.ownLength.duiMaxYears, lawDay);
  if (years === undefined) return null;
  return Math.max(years.value * 12, o.offense.maxPrisonMonths ?? 0);
}

/**
 * Counts that carry their own probation length (PC 1203a(b), 1203.1(l)(1)); DV victims via PC 1203.097
 * (Forester). Every count of the case, whatever its level: a felony case with a misdemeanor DUI count is
 * still a case with "an offense that includes specific probation lengths" (PC 1203.1(l)(1)), and cutting
 * it to two years would cut the DUI count below VC 23600(b)(1)'s three. (A misdemeanor case has no
 * felony count, since the term's level is its most serious count's.)
 */
export function ownLengthOffenses(ctx: Ctx): OffenseFacts[] {
  return ctx.facts.offenses.filter((o) => o.tags.has('own_probation_length') || o.tags.has('domestic_violence'));
}

export function levelMatches(o: OffenseFacts, level: 'felony' | 'misdemeanor'): boolean {
  return level === 'felony' ? o.level === 'felony' : o.level !== 'felony';
}

/**
 * What the offense's own statute says, in plain words, with its citation; `known` false where the offense
 * table does not know that statute (a record's `own_probation_length` tag alone): then the citation is the
 * statute as the record names it, and nothing is said of its lengths.
 */
export function ownLengthDescription(ctx: Ctx, o: OffenseFacts, lawDay: Day): { text: string; citation: string; known?: false } {
  const kind = tableFact(o, 'ownLength');
  if (kind === 'dui' || (o.tags.has('dui') && o.tags.has('own_probation_length'))) {
    const y = ctx.param(ctx.params.ownLength.duiMaxYears, lawDay)?.value ?? 5;
    return { text: `DUI probation runs 3 to ${y} years`, citation: 'Cal. Veh. Code § 23600(b)(1)' };
  }
  if (kind === 'child_abuse_273a') {
    const m = ctx.param(ctx.params.ownLength.childAbuse273aMinMonths, lawDay)?.value ?? 48;
    return { text: `probation for child abuse must last at least ${m} months`, citation: 'Cal. Penal Code § 273a(c)(1)' };
  }
  if (kind === 'child_abuse_273d') {
    const m = ctx.param(ctx.params.ownLength.childAbuse273dMinMonths, lawDay)?.value ?? 36;
    return { text: `probation for this child-abuse offense must last at least ${m} months`, citation: 'Cal. Penal Code § 273d(c)(1)' };
  }
  if (kind === 'dv' || o.tags.has('domestic_violence')) {
    const m = ctx.param(ctx.params.ownLength.domesticViolenceMinMonths, lawDay)?.value ?? 36;
    return {
      text: `probation for a crime against a family member or partner must last at least ${m} months`,
      citation: 'Cal. Penal Code § 1203.097(a)(1)',
    };
  }
  return { text: 'the law for this offense sets its own probation length', citation: o.offense.statute, known: false };
}

/**
 * Why the offense-with-its-own-length exception (PC 1203a(b), 1203.1(l)(1)) applies, in words; undefined
 * where no count carries its own length. What an own statute says is given where the table knows it.
 */
export function ownLengthBecause(ctx: Ctx, lawDay: Day): string | undefined {
  const hits = ownLengthOffenses(ctx);
  if (hits.length === 0) return undefined;
  const own = hits.map((o) => ownLengthDescription(ctx, o, lawDay)).filter((d) => d.known !== false);
  const words = own.length === 0 ? '' : ` (${own.map((x) => `${x.text}, ${x.citation}`).join('; ')})`;
  return `the law for ${listNames(hits)} sets its own probation length${words}`;
}

/** Warns where PC 667.5(c) lists the offense only in some forms and the record does not say which. */
export function warnWhereViolenceDependsOnFacts(ctx: Ctx): void {
  for (const o of ctx.facts.offenses) {
    // A record that lists the offense's tags has said which apply; one that gives none leaves it open.
    if (o.level !== 'felony' || o.offense.tags !== undefined || o.tags.has('violent')) continue;
    const when = tableFact(o, 'violentIf');
    if (typeof when !== 'string') continue;
    ctx.warn(
      `An offense under ${o.offense.statute} counts as a violent felony under Cal. Penal Code § 667.5(c) only if ${when}. The record does not tag ${offenseName(o)} "violent", so it is treated as not violent. If it was, the 2-year limit of AB 1950 does not reach it.`,
    );
  }
}

/** Both ceilings known: the longer. Any unknown: unknown (it could be the longer). */
export function longestCeiling(values: Ceiling[]): Ceiling {
  const unknown = values.find((v) => v.months === null);
  if (unknown !== undefined) return unknown;
  return values.reduce((a, b) => (b.months! > a.months! ? b : a));
}

/**
 * The `term_cap` opportunity where the term as imposed runs past the latest lawful end. The cap limits
 * what a court may order; nothing in AB 1950 makes the probation department close the file by itself,
 * so the reasons say who acts.
 */
export function addTermCap(ctx: Ctx, capDay: Day, citations: readonly string[], why: string): void {
  if (!runsPast(ctx, capDay)) return;
  const scheduled = ctx.scheduledEnd;
  const passed = capDay <= ctx.asOf;
  ctx.addOpportunity({
    kind: 'term_cap',
    date: capDay,
    citations: [...citations],
    reasons: [
      scheduled === null
        ? `Your probation as ordered has no end date, but the latest end the law allows is ${formatLongDate(capDay)} (${why}).`
        : `Your probation as ordered runs to ${formatLongDate(scheduled)}, past ${formatLongDate(capDay)}, the latest end the law allows (${why}).`,
      !passed
        ? `The court's records keep the later date until the court corrects them: you, your lawyer or the probation department can ask the court to set the end date to ${formatLongDate(capDay)}.`
        : scheduled !== null && scheduled < ctx.asOf
          ? `Both dates have passed. If the court's records still show you on probation, you or your lawyer can ask the court to correct them.`
          : `${capDay === ctx.asOf ? 'That date is today' : 'That date has passed'}. The law does not let your probation run past it, but the court's records keep the later date until the court corrects them: you, your lawyer or the probation department can ask the court to correct the end date to ${formatLongDate(capDay)}.`,
    ],
    basis: 'The court corrects the end date or ends probation on a motion or petition; the probation department may ask for it.',
  });
}

/** A term_cap that would have opened but an exception or the older law keeps the term as ordered. */
export function addTermCapIneligible(
  ctx: Ctx,
  citations: readonly string[],
  reasons: string[],
  almost?: { missing: string[]; dateIfResolved: Day },
): void {
  ctx.addOpportunity({
    kind: 'term_cap',
    date: null,
    status: 'ineligible',
    citations: [...citations],
    reasons,
    basis: 'Only a court can shorten the term, and only where the limit applies.',
    almost,
  });
}

/** Appends each citation of `list` that `out` does not have yet (the first mention keeps its place); returns `out`. */
export function appendNewCitations(out: string[], list: readonly string[]): string[] {
  for (const citation of list) if (!out.includes(citation)) out.push(citation);
  return out;
}

/**
 * An AB 1950 limit displaced by its exceptions (PC 1203.1(l) for a felony, PC 1203a(b) for a
 * misdemeanor): says which exception applies and why, caps the term at the exception's ceiling or says
 * why there is none, and reports the `term_cap` — open where the term as ordered runs past the longer
 * ceiling, ineligible where only the general limit would have cut it.
 */
export function applyAb1950Limit(
  ctx: Ctx,
  decision: Decision<Ceiling>,
  limit: { level: 'felony' | 'misdemeanor'; capYears: number; citation: string; retro: readonly string[] },
  /** The sentence that follows "does not apply, because …" where the ceiling cannot be computed. */
  noCeiling: (ceiling: Ceiling) => string,
): void {
  const { level, capYears, citation, retro } = limit;
  const generalDay = capDayFrom(ctx, capYears * 12);
  const grant = formatLongDate(ctx.facts.sentence);
  if (!decision.exceptionApplied) {
    // The general rule: PC 1203a(a) for misdemeanors, PC 1203.1(a) for felonies.
    const unit = capYears === 1 ? 'year' : 'years';
    ctx.capAt(
      generalDay,
      `For a ${level}, the court may order probation for at most ${capYears} ${unit}. Your probation ${ctx.tense(ctx.facts.sentence, 'was', 'is')} granted on ${grant}, so by law it ${ctx.endBy(generalDay)}.${explainCountsFromGrant(ctx)}`,
      [citation, ...retro],
    );
    addTermCap(ctx, generalDay, [citation, ...retro], `${capYears} ${unit} from ${grant}`);
    return;
  }
  const because = decision.decidedBy.map((d) => d.because).join('; and ');
  const citations: string[] = [];
  for (const d of decision.decidedBy) appendNewCitations(citations, d.citations);
  appendNewCitations(citations, retro);
  const ceiling = decision.value;
  if (ceiling.months === null) {
    ctx.explain(
      `The usual ${capYears}-year limit on ${level} probation does not apply, because ${because}. ${noCeiling(ceiling)}`,
      citations,
    );
    if (runsPast(ctx, generalDay)) {
      addTermCapIneligible(ctx, citations, [`The ${capYears}-year limit does not apply, because ${because}.`]);
    }
    return;
  }
  const day = capDayFrom(ctx, ceiling.months);
  ctx.capAt(
    day,
    `The usual ${capYears}-year limit on ${level} probation does not apply, because ${because}. Instead, ${ceiling.text}. Counting ${describeMonths(ceiling.months)} from ${grant}, your probation ${ctx.endBy(day)}.${explainCountsFromGrant(ctx)}`,
    citations,
  );
  if (runsPast(ctx, day)) {
    addTermCap(ctx, day, citations, ceiling.text);
  } else if (ctx.scheduledEnd !== null && ctx.scheduledEnd > generalDay) {
    addTermCapIneligible(ctx, citations, [
      `The ${capYears}-year limit does not apply, because ${because}. Your probation as ordered ${ctx.scheduledEnd < ctx.asOf ? 'ended' : 'ends'} on ${formatLongDate(ctx.scheduledEnd)}, which is not past the longer limit of ${formatLongDate(day)}.`,
    ]);
  }
}

/**
 * A pre-2021 grant kept under the former law because the case was (or is assumed) final: where AB 1950
 * would have ended it earlier, say so as an ineligible term_cap, "almost" where finality was assumed.
 * `priorDay` is the former law's limit (null where it gives none); `generalCitation` is the AB 1950
 * general rule (PC 1203.1(a) or 1203a(a)); `ab1950Decision` decides that limit under the law given.
 */
export function noteAb1950WouldApply(
  ctx: Ctx,
  law: GoverningLaw,
  priorDay: Day | null,
  generalCitation: string,
  ab1950Decision: (ctx: Ctx, law: GoverningLaw) => Decision<Ceiling>,
): void {
  if (law.reformDay === undefined || (law.finality !== 'final' && law.finality !== 'assumed_final')) return;
  const hypothetical: GoverningLaw = {
    regime: 'ab1950',
    lawDay: law.reformDay,
    reformDay: law.reformDay,
    retroactive: true,
    finality: law.finality,
    citations: law.citations,
  };
  const decision = ab1950Decision(ctx, hypothetical);
  if (decision.value.months === null) return;
  const day = capDayFrom(ctx, decision.value.months);
  const end = priorDay === null ? ctx.scheduledEnd : Math.min(priorDay, ctx.scheduledEnd ?? priorDay);
  if (end === null || end <= day) return;
  const reasons = [
    `The AB 1950 limit would end your probation on ${formatLongDate(day)}, but it reaches a probation granted before ${formatLongDate(law.reformDay)} only if the case was not final on that day.`,
    law.finality === 'final'
      ? 'Your record says your case was already final then.'
      : 'We do not know whether your case was final then, so we treated it as final.',
  ];
  const citations = [generalCitation];
  for (const d of decision.decidedBy) appendNewCitations(citations, d.citations);
  appendNewCitations(citations, RETRO_CITATIONS);
  addTermCapIneligible(
    ctx,
    citations,
    reasons,
    law.finality === 'assumed_final'
      ? {
          missing: [`proof that your case was not final on ${formatLongDate(law.reformDay)} (for example, an appeal was still pending)`],
          dateIfResolved: day,
        }
      : undefined,
  );
}

/** Says where the cap counts from when supervision began later than the grant. */
export function explainCountsFromGrant(ctx: Ctx): string {
  const { sentence, start } = ctx.facts;
  if (sentence === start) return '';
  return ` The limit counts from the day the court granted probation, ${formatLongDate(sentence)}, not from the day your supervision began, ${formatLongDate(start)}.`;
}

/** The grant + `months`, a part month as days (calendar.ts `addMonthsAndPart`): the day a ceiling ends probation. */
export function capDayFrom(ctx: Ctx, months: number): Day {
  return addMonthsAndPart(ctx.facts.sentence, months);
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
