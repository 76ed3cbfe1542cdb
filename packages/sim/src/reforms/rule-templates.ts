/**
 * The rules a reform file may add: a small catalogue of parametrised provisions, each a function that
 * returns a `Rule` (engine/jurisdiction.ts). A reform file names a template, the day the provision takes
 * effect (`from`), the citation a reader sees, and the template's options:
 *
 *   rules:
 *     - { name: felonyTermCap, template: term-cap, from: 2027-01-01, citation: "…", options: { years: 3, levels: [felony] } }
 *
 * A template's rule runs after the jurisdiction's own rules (a new name is appended by `applyReform`), or
 * in the place of the rule it names. Templates hold their numbers in the rule itself, not in parameters:
 * `applyReform` refuses parameter ids the jurisdiction lacks, and the file already dates the rule by `from`.
 *
 * Catalogue:
 * - `term-cap`: the latest end of a term of the given levels and kinds, N years (or months) after its
 *   start, from `from` on.
 * - `no-technical-confinement`: no jail or prison for the next technical violation, from `from` on.
 * (`earned-credits-multiplier` was left out: credits are computed differently by every jurisdiction, so a
 * generic multiplier is not simple; a reform changes credit days through the parameters instead.)
 */
import {
  addMonths,
  addYears,
  describeLength,
  formatLongDate,
  isIsoDate,
  OFFENSE_LEVELS,
  OFFENSE_TAGS,
  parseIsoDate,
  TERM_KINDS,
  type Day,
  type IsoDate,
  type OffenseLevel,
  type OffenseTag,
  type Rule,
  type TermContext,
  type TermKind,
} from '@pathways/law';
import { z } from 'zod';

/** What a reform file says about one added rule, the template's options still unchecked. */
export interface RuleSpec {
  /** The rule's name in the jurisdiction: a new name is added, an existing one is replaced. */
  name: string;
  template: string;
  /** First day the provision operates. */
  from: IsoDate;
  /** The reform's citation, shown with everything the rule writes. */
  citation: string;
  options?: Record<string, unknown>;
}

export interface RuleTemplate<O> {
  /** What the template does, one line (listed in reforms/README.md). */
  summary: string;
  /** The options a file may give; unknown options are an error. */
  options: z.ZodType<O>;
  build(spec: RuleSpec, options: O): Rule;
}

const KIND_WORDS: Record<TermKind, string> = {
  probation: 'probation',
  parole: 'parole',
  supervised_release: 'supervised release',
  conditional_release: 'conditional release',
};
const LEVEL_WORDS: Record<OffenseLevel, string> = { felony: 'felony', misdemeanor: 'misdemeanor', gross_misdemeanor: 'gross misdemeanor' };

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of: ${values.join(', ')}` });
const levels = z.array(oneOf(OFFENSE_LEVELS), { error: 'expected a list of levels' }).min(1, 'must name at least one level');
const kinds = z.array(oneOf(TERM_KINDS), { error: 'expected a list of term kinds' }).min(1, 'must name at least one kind');

/** "felony or misdemeanor probation or parole"; empty where every level or kind is covered. */
function scopeWords(lv: readonly OffenseLevel[], kd: readonly TermKind[]): string {
  const l = lv.length === OFFENSE_LEVELS.length ? '' : `${lv.map((x) => LEVEL_WORDS[x]).join(' or ')} `;
  const k = kd.length === TERM_KINDS.length ? 'supervision' : kd.map((x) => KIND_WORDS[x]).join(' or ');
  return `${l}${k}`;
}

function covers(ctx: TermContext, lv: readonly OffenseLevel[], kd: readonly TermKind[]): boolean {
  return kd.includes(ctx.facts.term.kind) && lv.includes(ctx.facts.level);
}

// ---------------------------------------------------------------------------------------------------------
// term-cap

export interface TermCapOptions {
  years?: number | undefined;
  months?: number | undefined;
  levels: OffenseLevel[];
  kinds: TermKind[];
  /**
   * `all` (default): every term running on an as-of date on or after `from`, whenever it was imposed (the
   * reading California courts gave AB 1950 for cases not yet final). `sentencedOnOrAfter`: only terms
   * imposed on or after `from` (a prospective bill).
   */
  appliesTo: 'all' | 'sentencedOnOrAfter';
  /** Terms with an offense carrying any of these tags keep their own length (a bill's carve-outs). */
  exceptTags: OffenseTag[];
}

const termCapOptions = z
  .strictObject({
    years: z.number({ error: 'expected a number' }).int('expected a whole number').positive('must be more than 0').optional(),
    months: z.number({ error: 'expected a number' }).int('expected a whole number').positive('must be more than 0').optional(),
    levels: levels.default([...OFFENSE_LEVELS]),
    kinds: kinds.default([...TERM_KINDS]),
    appliesTo: oneOf(['all', 'sentencedOnOrAfter'] as const).default('all'),
    exceptTags: z.array(oneOf(OFFENSE_TAGS), { error: 'expected a list of offense tags' }).default([]),
  })
  .superRefine((o, ctx) => {
    if ((o.years === undefined) === (o.months === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give exactly one of years or months', path: [] });
    }
  });

/**
 * The cap is start + N years (or months). A term whose cap falls before `from` is capped at `from`: the
 * reform cannot have ended a term before it was law, so such a term ends the day the reform takes effect
 * (as AB 1950 ended California probation terms already past the new limit on January 1, 2021).
 */
function termCap(spec: RuleSpec, o: TermCapOptions): Rule {
  const fromDay = parseIsoDate(spec.from);
  const length = o.years !== undefined ? { years: o.years } : { months: o.months! };
  const citations = [spec.citation];
  const scope = scopeWords(o.levels, o.kinds);
  return (ctx) => {
    if (ctx.asOf < fromDay || !covers(ctx, o.levels, o.kinds)) return;
    const { sentence, start } = ctx.facts;
    if (o.appliesTo === 'sentencedOnOrAfter' && sentence < fromDay) {
      ctx.explain(
        `The reform's limit of ${describeLength(length)} on ${scope} (${spec.citation}) reaches only terms imposed on or after ${formatLongDate(fromDay)}; this one was imposed on ${formatLongDate(sentence)}, so it does not apply.`,
        citations,
      );
      return;
    }
    const excepted = o.exceptTags.filter((t) => ctx.hasTag(t));
    if (excepted.length > 0) {
      ctx.explain(
        `The reform's limit of ${describeLength(length)} on ${scope} (${spec.citation}) does not reach offenses that are ${excepted.map((t) => `"${t}"`).join(' or ')}, so it does not apply to this term.`,
        citations,
      );
      return;
    }
    const capped: Day = o.years !== undefined ? addYears(start, o.years) : addMonths(start, o.months!);
    const day = Math.max(capped, fromDay);
    const tail =
      day === capped
        ? `so this term, which began on ${formatLongDate(start)}, can run at most until ${formatLongDate(day)}.`
        : `This term began on ${formatLongDate(start)} and would have reached that limit on ${formatLongDate(capped)}, before the reform took effect, so it ends on the day the reform takes effect, ${formatLongDate(day)}.`;
    ctx.capAt(
      day,
      `Under the reform (${spec.citation}), from ${formatLongDate(fromDay)} ${scope} may last at most ${describeLength(length)} from its start, ${tail}`,
      citations,
    );
  };
}

// ---------------------------------------------------------------------------------------------------------
// no-technical-confinement

export interface NoTechnicalConfinementOptions {
  levels: OffenseLevel[];
  kinds: TermKind[];
}

const noTechnicalConfinementOptions = z.strictObject({
  levels: levels.default([...OFFENSE_LEVELS]),
  kinds: kinds.default([...TERM_KINDS]),
});

/**
 * The limit for the NEXT technical violation, as the jurisdictions' own sanction rules give it: the as-of
 * date selects the law (the next violation comes after it), and `violationNumber` is the sustained
 * technical violations already on the term, an episode counted once, plus one. Absconding and new
 * offenses are not technical violations here. Run after the jurisdiction's own sanction rule, it
 * replaces that rule's limit (`setSanctionLimit` keeps the last).
 */
function noTechnicalConfinement(spec: RuleSpec, o: NoTechnicalConfinementOptions): Rule {
  const fromDay = parseIsoDate(spec.from);
  const citations = [spec.citation];
  const scope = scopeWords(o.levels, o.kinds);
  return (ctx) => {
    if (ctx.asOf < fromDay || !covers(ctx, o.levels, o.kinds)) return;
    if (ctx.scheduledEnd !== null && ctx.scheduledEnd < ctx.asOf) return;
    let prior = 0;
    const episodes = new Set<string>();
    for (const v of ctx.facts.violations) {
      if (v.status !== 'sustained' || v.category !== 'technical') continue;
      if (v.episodeId !== undefined) {
        if (episodes.has(v.episodeId)) continue;
        episodes.add(v.episodeId);
      }
      prior++;
    }
    const reasons = [
      `Under the reform (${spec.citation}), from ${formatLongDate(fromDay)} no one on ${scope} may be jailed or imprisoned for a technical violation (breaking a condition without a new crime), however many there have been.`,
      prior === 0
        ? 'No technical violation has been found on this term so far, so your next one would be your first.'
        : `A court has found ${prior} technical violation${prior === 1 ? '' : 's'} on this term (violations from the same incident count once), so your next one would be number ${prior + 1}.`,
      'The limit does not cover absconding or a new crime.',
    ];
    ctx.setSanctionLimit(
      { violationNumber: prior + 1, confinementAllowed: false, maxConfinementDays: 0, citations, reasons },
      reasons.join(' '),
    );
  };
}

// ---------------------------------------------------------------------------------------------------------

export const RULE_TEMPLATES = {
  'term-cap': {
    summary: 'caps terms of the given levels and kinds at start + N years (or months), from `from` on',
    options: termCapOptions,
    build: termCap,
  } satisfies RuleTemplate<TermCapOptions>,
  'no-technical-confinement': {
    summary: 'no jail or prison for a technical violation, from `from` on',
    options: noTechnicalConfinementOptions,
    build: noTechnicalConfinement,
  } satisfies RuleTemplate<NoTechnicalConfinementOptions>,
} as const;

export type RuleTemplateName = keyof typeof RULE_TEMPLATES;

export function isRuleTemplateName(name: string): name is RuleTemplateName {
  return Object.hasOwn(RULE_TEMPLATES, name);
}

/** The rule a spec describes; throws on an unknown template or bad options (a loaded file has neither). */
export function buildRule(spec: RuleSpec): Rule {
  if (!isRuleTemplateName(spec.template)) {
    throw new Error(`unknown rule template "${spec.template}" (known: ${Object.keys(RULE_TEMPLATES).join(', ')})`);
  }
  if (!isIsoDate(spec.from)) throw new RangeError(`rule ${spec.name}: from is not a YYYY-MM-DD date: ${JSON.stringify(spec.from)}`);
  const template = RULE_TEMPLATES[spec.template] as RuleTemplate<unknown>;
  return template.build(spec, template.options.parse(spec.options ?? {}));
}
