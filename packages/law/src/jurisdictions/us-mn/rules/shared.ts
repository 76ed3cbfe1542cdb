/**
 * Pieces the Minnesota rules share: the longest stay Minn. Stat. § 609.135, subd. 2 allows for one
 * offense (paragraph by paragraph, with the exceptions as labelled `decide()` overrides), the longest
 * for a whole term, the `term_cap` opportunity, and names. No provision is decided outside the rule
 * files; each function says what it rests on.
 *
 * Dates: `lawDay` selects the version of subd. 2 (the day the stay was pronounced, or August 1, 2023 for
 * the retroactive limit); `listDay` selects the version of the (b) list (see parameter
 * `felony.listVersionSelectedBy`).
 */
import { addMonthsAndPart, describeMonths, formatLongDate, type Day } from '../../../dates/calendar.ts';
import { decide, type Decision, type ExceptionRule, type Provision } from '../../../engine/exceptions.ts';
import { inForce, type Parameter } from '../../../engine/parameters.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { OffenseFacts } from '../../../engine/term-facts.ts';
import type { UsMnParameters } from '../parameters.ts';

export type Ctx = TermContext<UsMnParameters>;
type P = UsMnParameters;

export const RULE_27_03 = 'Minn. R. Crim. P. 27.03, subd. 9';

/** The longest stay for one offense, in months from the stay; `months` null where none can be computed. */
export interface Limit {
  months: number | null;
  /** Plain words, completing "For <offense>, …". */
  text: string;
  citations: string[];
}

export interface TermLimit {
  months: number | null;
  /** The offense whose limit governs (the longest), and its decision. */
  offense: OffenseFacts;
  decision: Decision<Limit>;
  /** Every felony offense's decision, for the retroactivity rule. */
  all: { offense: OffenseFacts; decision: Decision<Limit> }[];
}

// ---- small readings ----

export function tableFact(o: OffenseFacts, name: string): string | number | boolean | undefined {
  for (const e of o.tableEntries) {
    const v = e.facts?.[name];
    if (v !== undefined) return v;
  }
  return undefined;
}

/** True when an offense table entry of the offense names a section (or subdivision) of the list. */
export function inList(o: OffenseFacts, list: readonly string[]): boolean {
  for (const e of o.tableEntries) if (list.includes(e.statute)) return true;
  return false;
}

/**
 * An attempt or conspiracy: the record's optional offense field `inchoate` ("attempt" or "conspiracy"),
 * with `statute` naming the object offense. A statute of § 609.17 or § 609.175 alone names no object.
 */
export function inchoateOf(o: OffenseFacts): 'attempt' | 'conspiracy' | undefined {
  return o.offense.inchoate;
}

export function offenseName(o: OffenseFacts): string {
  return o.offense.description ?? o.tableEntries[0]?.title ?? o.offense.statute;
}

export function named(o: OffenseFacts): string {
  const kind = inchoateOf(o);
  const name = `${offenseName(o)} (${o.offense.statute})`;
  return kind === undefined ? name : `${kind} to commit ${name}`;
}

export function years(n: number): string {
  return n === 1 ? '1 year' : `${n} years`;
}

/** The value in force on `day`; the rules check the version exists before asking. */
export function valueAt<T>(ctx: Ctx, p: Parameter<T>, day: Day): T {
  const v = ctx.param(p, day);
  if (v === undefined) throw new Error(`${p.id} has no value on day ${day}`);
  return v.value;
}

export function citationAt(ctx: Ctx, p: Parameter<unknown>, day: Day): string {
  return ctx.param(p, day)?.source.citation ?? 'Minn. Stat. § 609.135, subd. 2';
}

/** The first day of the 2023 law (the first value of paragraph (b)); a reform moving it moves this. */
export function reformDay(ctx: Ctx): Day {
  return ctx.params.felony.listedYears.fromDays[0]!;
}

/**
 * The statutory maximum prison term: the record's, else the offense table's (with a warning). A felony's
 * maximum of a year or less cannot be right ("'Felony' means a crime for which a sentence of imprisonment
 * for more than one year may be imposed", Minn. Stat. § 609.02, subd. 2): it is set aside with a warning,
 * as if the record did not give it, rather than read as a limit that ended the stay at once.
 */
export function maxPrisonMonths(ctx: Ctx, o: OffenseFacts): number | undefined {
  if (o.offense.maxPrisonMonths !== undefined) {
    // The record's own value decides, part month and all: 12.5 months is more than a year (`fromStay`).
    if (o.level !== 'felony' || o.offense.maxPrisonMonths > 12) return o.offense.maxPrisonMonths;
    ctx.warn(
      `The record gives ${o.offense.maxPrisonMonths} months as the longest prison sentence for ${named(o)}, a felony; a felony carries more than a year (Minn. Stat. § 609.02, subd. 2), so the value was set aside as an error in the record.`,
    );
    return undefined;
  }
  const fromTable = tableFact(o, 'maxPrisonMonths');
  if (typeof fromTable !== 'number' || inchoateOf(o) !== undefined) return undefined;
  ctx.warn(
    `The record does not give the longest prison sentence (field maxPrisonMonths) for ${named(o)}; ${describeMonths(fromTable)} was taken from the offense table (the section's text was not read in this review). Check it against the statute.`,
  );
  return fromTable;
}

// ---- the provision, one offense at a time ----

/** The offense and dates being decided; `decide` runs synchronously, so one slot suffices. */
let slot: { ctx: Ctx; o: OffenseFacts; lawDay: Day; listDay: Day } | undefined;

function current(ctx: Ctx) {
  if (slot === undefined || slot.ctx !== ctx) throw new Error('US-MN: stay limit decided outside offenseLimit');
  return slot;
}

/** "the longest prison sentence for X is N years" or why it is unknown. */
function maxWords(months: number | undefined): string {
  return months === undefined
    ? 'the record does not give the longest prison sentence for it'
    : `the longest prison sentence for it is ${describeMonths(months)}`;
}

/**
 * "`y` years or the longest prison sentence, whichever is longer"; with no longest sentence in the
 * record, no latest end and a warning that opens with `whose` ("Under the law for this stay").
 */
function longerOfYearsAndMaximum(ctx: Ctx, o: OffenseFacts, y: number, max: number | undefined, cite: string, whose: string): Limit {
  if (max === undefined) {
    ctx.warn(
      `The record does not give the longest prison sentence (field maxPrisonMonths) for ${named(o)}. ${whose} the limit is ${years(y)} or the longest prison sentence, whichever is longer, so no latest end date can be worked out.`,
    );
    return {
      months: null,
      text: `the limit is ${years(y)} or the longest prison sentence, whichever is longer, and ${maxWords(max)}`,
      citations: [cite],
    };
  }
  const months = Math.max(y * 12, max);
  return {
    months,
    text: `the limit is ${years(y)} or the longest prison sentence, whichever is longer; ${maxWords(max)}, so the limit is ${describeMonths(months)}`,
    citations: [cite],
  };
}

/** A limit of the years `p` sets under the law of `lawDay`: "the limit<for what> is N years". */
function yearsLimit(ctx: Ctx, p: Parameter<number>, lawDay: Day, forWhat: string): Limit {
  const y = valueAt(ctx, p, lawDay);
  return { months: y * 12, text: `the limit${forWhat} is ${years(y)}`, citations: [citationAt(ctx, p, lawDay)] };
}

/** Paragraph (a): the general felony limit (the 2023 "less" rule, or the former "longer" rule). */
const felonyGeneral: Provision<Limit, P>['general'] = {
  label: 'Minn. Stat. § 609.135, subd. 2(a)',
  citations: [],
  value: (ctx) => {
    const { o, lawDay } = current(ctx);
    const y = valueAt(ctx, ctx.params.felony.generalYears, lawDay);
    const combine = valueAt(ctx, ctx.params.felony.generalCombine, lawDay);
    const cite = citationAt(ctx, ctx.params.felony.generalYears, lawDay);
    const max = maxPrisonMonths(ctx, o);
    if (combine === 'less') {
      if (max === undefined) {
        const fallback = ctx.param(ctx.params.felony.missingMaximumYears, lawDay)?.value ?? y;
        ctx.warn(
          `The record does not give the longest prison sentence (field maxPrisonMonths) for ${named(o)}. The felony limit is ${years(y)} or the longest prison sentence, whichever is less, so ${years(fallback)} was used; if the longest sentence is shorter, the limit is earlier.`,
        );
        return {
          months: fallback * 12,
          text: `the limit is ${years(y)} or the longest prison sentence, whichever is less; ${maxWords(max)}, so the limit used is ${years(fallback)}`,
          citations: [cite],
        };
      }
      const months = Math.min(y * 12, max);
      return {
        months,
        text: `the limit is ${years(y)} or the longest prison sentence, whichever is less; ${maxWords(max)}, so the limit is ${describeMonths(months)}`,
        citations: [cite],
      };
    }
    return longerOfYearsAndMaximum(ctx, o, y, max, cite, 'Under the law for this stay');
  },
};

/** Paragraph (b): a listed felony, or a listed attempt or conspiracy, keeps four years or the maximum, whichever is longer. */
export const LISTED_LABEL = 'Minn. Stat. § 609.135, subd. 2(b): listed felony';

const listedFelony: ExceptionRule<Limit, P> = {
  label: LISTED_LABEL,
  citations: [],
  appliesBecause: (ctx) => {
    const { o, lawDay, listDay } = current(ctx);
    // Paragraph (b) exists only for stays under the 2023 law.
    if (ctx.param(ctx.params.felony.listedYears, lawDay) === undefined) return undefined;
    return listedBecause(ctx, o, listDay);
  },
  value: (ctx) => {
    const { o, lawDay, listDay } = current(ctx);
    const y = valueAt(ctx, ctx.params.felony.listedYears, lawDay);
    const cite = citationAt(ctx, ctx.params.felony.listedSections, listDay);
    if (o.tags.has('life_eligible') && inchoateOf(o) === undefined) {
      return { months: null, text: 'a life sentence applies, so the law sets no latest end date', citations: [cite] };
    }
    return longerOfYearsAndMaximum(ctx, o, y, maxPrisonMonths(ctx, o), cite, 'For a listed offense');
  },
};

/** Former paragraph (b) (before August 1, 2023): criminal vehicular operation felonies, six years. */
const formerCvo: ExceptionRule<Limit, P> = {
  label: 'Minn. Stat. § 609.135, subd. 2(b) (2020): criminal vehicular operation',
  citations: [],
  appliesBecause: (ctx) => {
    const { o, lawDay } = current(ctx);
    if (ctx.param(ctx.params.felony.formerCvoYears, lawDay) === undefined) return undefined;
    return inList(o, valueAt(ctx, ctx.params.felony.formerCvoSections, lawDay))
      ? `${named(o)} is a criminal vehicular operation felony, which had its own limit`
      : undefined;
  },
  value: (ctx) => yearsLimit(ctx, ctx.params.felony.formerCvoYears, current(ctx).lawDay, ''),
};

const FELONY: Provision<Limit, P> = { general: felonyGeneral, exceptions: [listedFelony, formerCvo], combine: longest };

/** Paragraph (d) (former (c)): other gross misdemeanors; exception (c) (former (b)): DWI and the two others. */
const GROSS_MISDEMEANOR: Provision<Limit, P> = {
  general: {
    label: 'Minn. Stat. § 609.135, subd. 2(d): gross misdemeanor',
    citations: [],
    value: (ctx) => yearsLimit(ctx, ctx.params.grossMisdemeanor.otherYears, current(ctx).lawDay, ' for a gross misdemeanor'),
  },
  exceptions: [
    {
      label: 'Minn. Stat. § 609.135, subd. 2(c): impaired driving and the other named gross misdemeanors',
      citations: [],
      appliesBecause: (ctx) => {
        const { o, lawDay } = current(ctx);
        return inList(o, valueAt(ctx, ctx.params.grossMisdemeanor.specifiedSections, lawDay))
          ? `${named(o)} is one of the gross misdemeanors the law names`
          : undefined;
      },
      value: (ctx) => yearsLimit(ctx, ctx.params.grossMisdemeanor.specifiedYears, current(ctx).lawDay, ' for this gross misdemeanor'),
    },
  ],
};

/** Paragraph (f) (former (e)): other misdemeanors; exception (e) (former (d)): the named ones. */
const MISDEMEANOR: Provision<Limit, P> = {
  general: {
    label: 'Minn. Stat. § 609.135, subd. 2(f): misdemeanor',
    citations: [],
    value: (ctx) => yearsLimit(ctx, ctx.params.misdemeanor.otherYears, current(ctx).lawDay, ' for a misdemeanor'),
  },
  exceptions: [
    {
      label: 'Minn. Stat. § 609.135, subd. 2(e): impaired driving, domestic assault and the other named misdemeanors',
      citations: [],
      appliesBecause: (ctx) => {
        const { o, lawDay } = current(ctx);
        if (inList(o, valueAt(ctx, ctx.params.misdemeanor.specifiedSections, lawDay)))
          return `${named(o)} is one of the misdemeanors the law names`;
        if (!inList(o, valueAt(ctx, ctx.params.misdemeanor.familyVictimSections, lawDay))) return undefined;
        if (o.tags.has('domestic_violence')) return `${named(o)} was against a family or household member`;
        // A record that lists the offense's tags has said which apply; one that gives none leaves it open.
        if (o.offense.tags !== undefined) return undefined;
        ctx.warn(
          `${named(o)} has a 2-year limit instead of 1 year if the victim was a family or household member (Minn. Stat. § 609.135, subd. 2; § 518B.01). The record does not tag it domestic_violence, so it was treated as not.`,
        );
        return undefined;
      },
      value: (ctx) => yearsLimit(ctx, ctx.params.misdemeanor.specifiedYears, current(ctx).lawDay, ' for this misdemeanor'),
    },
  ],
};

/** Two limits: the longer; an unknown one wins (it may be the longer). */
export function longest(values: Limit[]): Limit {
  const unknown = values.find((v) => v.months === null);
  if (unknown !== undefined) return unknown;
  return values.reduce((a, b) => (b.months! > a.months! ? b : a));
}

/** Why the offense is on the (b) list in force on `listDay`, or undefined. */
export function listedBecause(ctx: Ctx, o: OffenseFacts, listDay: Day, asWritten = false): string | undefined {
  // As written: the list's text on listDay even where that is after the as-of date (a warning comparing
  // two versions reads both); otherwise the law as in force by the as-of date (as `ctx.param` reads it).
  const day = asWritten || listDay <= ctx.asOf ? listDay : ctx.asOf;
  const sections = inForce(ctx.params.felony.listedSections, day);
  if (sections === undefined) return undefined;
  const kind = inchoateOf(o);
  if (kind === undefined)
    return inList(o, sections.value) ? `${named(o)} is on the list of offenses that keep the longer limit` : undefined;
  const onlyInchoate = inForce(ctx.params.felony.listedInchoateOnlySections, day)?.value ?? [];
  const inchoateListed = inForce(ctx.params.felony.listedIncludesAttemptAndConspiracy, day)?.value ?? false;
  if (inList(o, onlyInchoate) || (inchoateListed && inList(o, sections.value))) {
    return `a felony ${named(o)} is on the list of offenses that keep the longer limit`;
  }
  return undefined;
}

/**
 * The (b) list version: in force on the earlier of the offense date and the stay date (or the stay
 * date, per `felony.listVersionSelectedBy`), never before the list's first day. Without an offense
 * date, the stay date, with a warning where the two versions differ for this offense.
 */
export function listDayFor(ctx: Ctx, o: OffenseFacts, lawDay: Day): Day {
  const day = chooseListDay(ctx, o, lawDay);
  warnIfOnlyTheReadListHolds(ctx, o, day);
  return day;
}

/**
 * The 2023 list is a reconstruction (parameters.ts, listedSections: its text was not read). Where the
 * offense is on the 2024 list, which was read, but not on the reconstruction, the result rests on it:
 * the warning says so, and what the other reading gives.
 */
function warnIfOnlyTheReadListHolds(ctx: Ctx, o: OffenseFacts, day: Day): void {
  const [first, read] = ctx.params.felony.listedSections.fromDays;
  if (o.level !== 'felony' || first === undefined || read === undefined || day >= read) return;
  // Before the 2023 text took effect no list governs (the former limit does), so nothing rests on it.
  if (ctx.asOf < first) return;
  // The 2024 text is read as written even when the as-of date is before it took effect: the 2023 reading
  // is an assumption on every as-of date from its own.
  if (listedBecause(ctx, o, day, true) !== undefined || listedBecause(ctx, o, read, true) === undefined) return;
  ctx.warn(
    `${named(o)} is on the list of offenses that keep the longer felony limit in the 2024 text of Minn. Stat. § 609.135, subd. 2(b). The 2023 text, which applies here, was not read; it is taken not to list it, so the shorter limit was used. If the 2023 text listed it too, the longer limit of subd. 2(b) applies.`,
  );
}

function chooseListDay(ctx: Ctx, o: OffenseFacts, lawDay: Day): Day {
  const first = ctx.params.felony.listedSections.fromDays[0]!;
  if (o.level !== 'felony' || lawDay < first) return Math.max(lawDay, first);
  const by = ctx.param(ctx.params.felony.listVersionSelectedBy, lawDay)?.value ?? 'stay_date';
  if (by === 'stay_date') return lawDay;
  if (o.offenseDay !== undefined) return Math.max(Math.min(o.offenseDay, lawDay), first);
  if ((listedBecause(ctx, o, first) === undefined) !== (listedBecause(ctx, o, lawDay) === undefined)) {
    ctx.warn(
      `The record gives no offense date for ${named(o)}. Whether it keeps the longer felony limit depends on the version of the list in force when the offense was committed; the version in force on the stay date was used.`,
    );
  }
  return lawDay;
}

/** The longest stay subd. 2 allows for one offense, under the law of `lawDay`. */
export function offenseLimit(ctx: Ctx, o: OffenseFacts, lawDay: Day): Decision<Limit> {
  // The lists name only a subdivision of some sections; a record that gives the section alone cannot say.
  const subdivision = o.tableEntries[0]?.facts?.['dependsOnSubdivision'];
  if (subdivision !== undefined && o.offense.tags === undefined) {
    ctx.warn(
      `${named(o)}: the lists of Minn. Stat. § 609.135, subd. 2 name only part of this section (${String(subdivision)}), and the record does not give the subdivision, so it was treated as not listed. If the conviction was under a listed subdivision, a longer limit may apply.`,
    );
  }
  // A maximum over a year is a felony's (§ 609.02, subd. 2), but a felony on which a misdemeanor sentence
  // was imposed is deemed a misdemeanor (§ 609.13): the record's level is kept, and the conflict said.
  const max = o.offense.maxPrisonMonths;
  if (o.level !== 'felony' && max !== undefined && max > 12) {
    ctx.warn(
      `The record gives ${named(o)} as a ${o.level === 'gross_misdemeanor' ? 'gross misdemeanor' : 'misdemeanor'} with a longest prison sentence of ${describeMonths(max)}, which only a felony carries (Minn. Stat. § 609.02, subd. 2). The level the record gives was used (a felony can be deemed a misdemeanor when a misdemeanor sentence is imposed, § 609.13); if the conviction is a felony, the felony limit applies instead.`,
    );
  }
  slot = { ctx, o, lawDay, listDay: listDayFor(ctx, o, lawDay) };
  try {
    return decide(ctx, o.level === 'felony' ? FELONY : o.level === 'gross_misdemeanor' ? GROSS_MISDEMEANOR : MISDEMEANOR);
  } finally {
    slot = undefined;
  }
}

/**
 * The longest stay for the term: each offense may be stayed for its own limit, so the longest governs.
 * `otherThanFelonyDay`, where given, is the law's day for the counts that are not felonies (the 2023
 * law reaches back only to felony stays: a gross misdemeanor beside a felony keeps its former limit).
 */
export function termLimit(ctx: Ctx, lawDay: Day, otherThanFelonyDay = lawDay): TermLimit {
  let best: { offense: OffenseFacts; decision: Decision<Limit> } | undefined;
  const all: { offense: OffenseFacts; decision: Decision<Limit> }[] = [];
  for (const o of ctx.facts.offenses) {
    const cur = { offense: o, decision: offenseLimit(ctx, o, o.level === 'felony' ? lawDay : otherThanFelonyDay) };
    all.push(cur);
    const m = cur.decision.value.months;
    const bestMonths = best === undefined ? undefined : best.decision.value.months;
    // An unknown limit wins: it may be the longest.
    if (best === undefined || (bestMonths !== null && (m === null || m > bestMonths!))) best = cur;
  }
  return { months: best!.decision.value.months, offense: best!.offense, decision: best!.decision, all };
}

/** Citations of a decision: the branch that decided, then its value's. */
export function decisionCitations(decision: Decision<Limit>): string[] {
  const out: string[] = [];
  for (const c of decision.value.citations) if (!out.includes(c)) out.push(c);
  return out;
}

/**
 * Extension orders (restitution or treatment, "notwithstanding the maximum periods") move the latest
 * lawful end by their months, up to `extensions.maxMonthsBeyondLimit`. Returns the months added.
 */
export function extensionMonths(ctx: Ctx, lawDay: Day): number {
  let ordered = 0;
  for (const order of ctx.facts.orders) if (order.type === 'extension' && order.months !== undefined) ordered += order.months;
  if (ordered === 0) return 0;
  const most = ctx.param(ctx.params.extensions.maxMonthsBeyondLimit, lawDay)?.value ?? 0;
  ctx.warn(
    `The court extended this stay by ${describeMonths(ordered)}. Minnesota allows an extension past the usual limit only for unpaid restitution or unfinished court-ordered treatment (Minn. Stat. § 609.135, subds. 1a, 1c, 2); the record does not say why, so the extension was taken to be one of these (at most ${describeMonths(most)} in all).`,
  );
  return Math.min(ordered, most);
}

/** ", plus the court's extension of 12 months": the words for the months `extensionMonths` added, if any. */
export function plusExtension(months: number): string {
  return months > 0 ? `, plus the court's extension of ${describeMonths(months)}` : '';
}

/**
 * The `term_cap` opportunity where the stay as ordered runs past the latest lawful end: a sentence the
 * law does not allow can be corrected at any time (Minn. R. Crim. P. 27.03, subd. 9). The limit binds
 * the court; nothing in subd. 2 closes the file by itself, so the reasons say who acts.
 */
export function addTermCap(
  ctx: Ctx,
  capDay: Day,
  citations: readonly string[],
  why: string,
  basis: string,
  what = 'the latest end the law allows',
): void {
  const scheduled = ctx.scheduledEnd;
  if (scheduled !== null && scheduled <= capDay) return;
  const ordered =
    scheduled === null
      ? `Your probation as ordered has no end date, so it runs past ${formatLongDate(capDay)}`
      : `Your probation as ordered ${scheduled < ctx.asOf ? 'ran' : 'runs'} to ${formatLongDate(scheduled)}, past ${formatLongDate(capDay)}`;
  ctx.addOpportunity({
    kind: 'term_cap',
    date: capDay,
    citations: [...citations],
    reasons: [
      `${ordered}, ${what} (${why}).`,
      capDay > ctx.asOf
        ? `You, your lawyer or your probation officer can ask the court to set the end date to ${formatLongDate(capDay)}.`
        : scheduled !== null && scheduled < ctx.asOf
          ? 'Both dates have passed. If the court’s records still show you on probation, you or your lawyer can ask the court to correct them.'
          : `${capDay === ctx.asOf ? 'That date is today' : 'That date has passed'}. You, your lawyer or your probation officer can ask the court to correct the end date to ${formatLongDate(capDay)}.`,
    ],
    basis,
  });
}

/** A term_cap the general limit would have opened, kept shut by an exception. */
export function addTermCapIneligible(ctx: Ctx, citations: readonly string[], reasons: string[], basis: string): void {
  ctx.addOpportunity({ kind: 'term_cap', date: null, status: 'ineligible', citations: [...citations], reasons, basis });
}

/** The opening of an explanation: which paragraph governs and why. */
export function because(ctx: Ctx, limit: TermLimit, lawDay: Day): string {
  const d = limit.decision;
  if (!d.exceptionApplied) return `For ${named(limit.offense)}, ${d.value.text}`;
  const why = `${capitalize(d.decidedBy.map((x) => x.because).join('; and '))}. So ${d.value.text}`;
  if (d.decidedBy[0]!.label !== LISTED_LABEL) return why;
  const y = valueAt(ctx, ctx.params.felony.generalYears, lawDay);
  return `Most felony probation may last at most ${years(y)} or the longest prison sentence, whichever is less. ${why}`;
}

/** Sentence + months. */
export function fromStay(ctx: Ctx, months: number): Day {
  return addMonthsAndPart(ctx.facts.sentence, months);
}

/** Says where the limit counts from when supervision began after the stay was pronounced. */
export function countsFromStay(ctx: Ctx): string {
  const { sentence, start } = ctx.facts;
  if (sentence === start) return '';
  return ` The limit counts from the day the court stayed your sentence, ${formatLongDate(sentence)}, not from the day your supervision began, ${formatLongDate(start)}.`;
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
