/**
 * Reform files: a policy simulation's BASELINE and REFORM law for one jurisdiction, written as data
 * (YAML, or JSON by the `.json` extension). The format, also in reforms/README.md:
 *
 *   name: Missouri earned compliance credits (HB 1525, 2012)   # required
 *   jurisdiction: US-MO                                         # required, one the engine encodes
 *   citations: ["RSMo § 217.703 (H.B. 1525, 2012)"]             # required, at least one
 *   description: …                                              # optional
 *   start: 2012-09-01      # optional: the simulation's default first month (YYYY-MM-DD, first of a month)
 *   baseline:              # optional; default: the law as encoded, each value in force on its own dates
 *     lawAsOf: 2012-08-27  # the law frozen as it stood on this day (later values dropped; law-as-of.ts)
 *   reform:                # optional; default: the law as encoded
 *     lawAsOf: …           # as for the baseline; applied before the overrides below
 *     parameters:          # overrides: parameter id → dated values, each with its source
 *       us-mo.ecc.creditDaysPerMonth:
 *         - { from: 2027-01-01, value: 45, source: { citation: "Hypothetical: H.B. 0000 (2027)" } }
 *     rules:               # added or replaced rules, built from the catalogue in rule-templates.ts
 *       - { name: felonyTermCap, template: term-cap, from: 2027-01-01, citation: "…", options: { years: 3 } }
 *
 * A parameter override works as `applyReform` says: its values replace the law's from the earliest
 * override's `from` on and keep the law before it. A dated value is `{ from, value, source: { citation,
 * enactedBy?, url? }, note? }`; `value: null` means the provision does not operate from `from`.
 *
 * Every error is a `ReformFileError` naming the file and the field path
 * (`reform.parameters.us-mo.ecc.creditDaysPerMonth[0].value: expected a number`), with the line where
 * the file gives one. Unknown fields anywhere are errors: a typo must not pass silently.
 */
import {
  isoDate,
  JURISDICTIONS,
  tryParseIsoDate,
  walkParameters,
  type IsoDate,
  type JurisdictionRegistry,
  type Parameter,
} from '@pathways/law';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { isRuleTemplateName, RULE_TEMPLATES, type RuleSpec } from './rule-templates.ts';

/** A reform file as text with the name it goes by (its path, or a name in the browser): what a run is given. */
export interface ReformText {
  file: string;
  text: string;
}

/** The last part of a path, on any platform's separators (no node:path: this module also runs in a browser). */
const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;
const extension = (file: string): string => {
  const name = baseName(file);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
};

export interface ReformSource {
  citation: string;
  enactedBy?: string;
  url?: string;
}

export interface ReformDatedValue {
  from: IsoDate;
  value: unknown;
  source: ReformSource;
  note?: string;
}

export interface LawSpec {
  lawAsOf?: IsoDate;
}

export interface ReformLawSpec extends LawSpec {
  parameters?: Record<string, ReformDatedValue[]>;
  rules?: RuleSpec[];
}

export interface ReformFile {
  name: string;
  jurisdiction: string;
  citations: string[];
  description?: string;
  start?: IsoDate;
  baseline?: LawSpec;
  reform?: ReformLawSpec;
  /** Where the file was read from (as given to the loader). */
  file: string;
}

export type FieldPath = (string | number)[];

export interface ReformFileIssue {
  path: FieldPath;
  message: string;
  /** 1-based line in the file, where known. */
  line?: number;
}

/** A reform file that cannot be used: every problem found, the first one's path in `.path`. */
export class ReformFileError extends Error {
  readonly path: FieldPath;
  readonly line: number | undefined;

  constructor(
    readonly file: string,
    readonly issues: ReformFileIssue[],
  ) {
    super(
      issues.length === 1
        ? `${file}: ${describeIssue(issues[0]!)}`
        : `${file}: ${issues.length} problems:\n${issues.map((i) => `  ${describeIssue(i)}`).join('\n')}`,
    );
    this.name = 'ReformFileError';
    this.path = issues[0]?.path ?? [];
    this.line = issues[0]?.line;
  }
}

/** `reform.parameters.us-mo.ecc.creditDaysPerMonth[0].value` (parameter ids keep their dots). */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out;
}

function describeIssue(issue: ReformFileIssue): string {
  const where = issue.path.length === 0 ? '' : `${formatFieldPath(issue.path)}: `;
  const line = issue.line === undefined || issue.message.includes(`at line ${issue.line},`) ? '' : ` (line ${issue.line})`;
  return `${where}${issue.message}${line}`;
}

// ---------------------------------------------------------------------------------------------------------
// Shape

const required = (expected: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : expected);
const text = z.string({ error: required('expected a string') }).min(1, 'must not be empty');
const date = isoDate;
const firstOfMonth = isoDate.refine((d) => d.endsWith('-01'), 'must be the first of a month (YYYY-MM-01)');

const sourceSchema = z.strictObject(
  { citation: text, enactedBy: text.optional(), url: text.optional() },
  { error: required('expected { citation, enactedBy?, url? }') },
);

// `value` is checked against the parameter it overrides (valueProblems below), not here.
const datedValueSchema = z.strictObject(
  { from: date, value: z.unknown().optional(), source: sourceSchema, note: text.optional() },
  { error: required('expected { from, value, source }') },
);

const ruleSpecSchema = z.strictObject(
  {
    name: text.regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be a rule name: letters, digits and _, starting with a letter'),
    template: text,
    from: date,
    citation: text,
    options: z.record(z.string(), z.unknown(), { error: required('expected a mapping of options') }).optional(),
  },
  { error: required('expected { name, template, from, citation, options? }') },
);

const lawAsOfField = { lawAsOf: date.optional() };

const reformFileSchema = z.strictObject(
  {
    name: text,
    jurisdiction: text,
    citations: z.array(text, { error: required('expected a list of citations') }).min(1, 'must name at least one citation'),
    description: text.optional(),
    start: firstOfMonth.optional(),
    baseline: z.strictObject(lawAsOfField, { error: required('expected a mapping') }).optional(),
    reform: z
      .strictObject(
        {
          ...lawAsOfField,
          parameters: z
            .record(
              z.string(),
              z.array(datedValueSchema, { error: required('expected a list of dated values') }).min(1, 'must give at least one value'),
              { error: required('expected a mapping: parameter id → dated values') },
            )
            .optional(),
          rules: z.array(ruleSpecSchema, { error: required('expected a list of rules') }).optional(),
        },
        { error: required('expected a mapping') },
      )
      .optional(),
  },
  { error: required('expected a mapping with name, jurisdiction and citations') },
);

/** The fields each mapping allows, to suggest the one a typo meant. */
function allowedKeys(path: FieldPath): string[] {
  const p = path.filter((s) => typeof s === 'string');
  if (p.length === 0) return Object.keys(reformFileSchema.shape);
  if (p[0] === 'baseline') return ['lawAsOf'];
  if (p[0] === 'reform' && p.length === 1) return ['lawAsOf', 'parameters', 'rules'];
  if (p[0] === 'reform' && p[1] === 'rules') return p.length === 2 ? ['name', 'template', 'from', 'citation', 'options'] : [];
  if (p[0] === 'reform' && p[1] === 'parameters')
    return p.at(-1) === 'source' ? ['citation', 'enactedBy', 'url'] : ['from', 'value', 'source', 'note'];
  return [];
}

function zodIssues(error: z.ZodError): ReformFileIssue[] {
  const out: ReformFileIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const close = closeMatches(key, allowedKeys(path), 1);
        out.push({
          path: [...path, key],
          message: `unknown field${close.length > 0 ? ` (did you mean "${close[0]}"?)` : ''}; allowed here: ${allowedKeys(path).join(', ')}`,
        });
      }
    } else {
      out.push({ path, message: issue.message });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Meaning: the jurisdiction, the parameter ids and their value types, the templates

type ValueKind = 'number' | 'boolean' | 'string' | 'date' | 'list' | 'object';
const KIND_WORDS: Record<ValueKind, string> = {
  number: 'a number',
  boolean: 'true or false',
  string: 'a string',
  date: 'a date written YYYY-MM-DD',
  list: 'a list',
  object: 'a mapping',
};
const NON_NEGATIVE_UNITS = new Set(['years', 'months', 'days', 'usd', 'percent', 'count']);

function kindOf(value: unknown, unit: Parameter<unknown>['unit']): ValueKind {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return unit === 'date' ? 'date' : 'string';
  if (Array.isArray(value)) return 'list';
  return 'object';
}

/** The kinds of value a parameter takes: those of its values, or its unit's where every value is null. */
function expectedKinds(p: Parameter<unknown>): Set<ValueKind> {
  const kinds = new Set<ValueKind>();
  for (const v of p.values) if (v.value !== null) kinds.add(kindOf(v.value, p.unit));
  if (kinds.size > 0) return kinds;
  if (p.unit === 'boolean') return new Set(['boolean']);
  if (p.unit === 'date') return new Set(['date']);
  if (p.unit === 'list') return new Set(['list', 'string', 'object']);
  return new Set(['number']);
}

/** The kind every element of the parameter's lists shares (number or string), if they share one. */
function elementKind(p: Parameter<unknown>): 'number' | 'string' | undefined {
  const kinds = new Set<string>();
  for (const v of p.values) if (Array.isArray(v.value)) for (const e of v.value) kinds.add(typeof e);
  if (kinds.size !== 1) return undefined;
  const [k] = kinds;
  return k === 'number' || k === 'string' ? k : undefined;
}

/** The largest value a reform may give in days, months, years or counts. */
const MAX_WHOLE = 1_000_000;
const WHOLE_UNITS: ReadonlySet<string> = new Set(['days', 'months', 'count']);

function valueProblems(p: Parameter<unknown>, value: unknown, path: FieldPath): ReformFileIssue[] {
  if (value === undefined) return [{ path, message: 'is required (null means the provision does not operate)' }];
  if (value === null) return [];
  const expected = expectedKinds(p);
  const kind = kindOf(value, p.unit);
  if (!expected.has(kind)) {
    const words = [...expected].map((k) => KIND_WORDS[k]).join(' or ');
    return [{ path, message: `expected ${words} (${p.id} is in ${p.unit}), got ${JSON.stringify(value)}` }];
  }
  if (kind === 'date' && tryParseIsoDate(value as string) === undefined) {
    return [{ path, message: `expected a date written YYYY-MM-DD, got ${JSON.stringify(value)}` }];
  }
  if (kind === 'number' && (!Number.isFinite(value) || (NON_NEGATIVE_UNITS.has(p.unit) && (value as number) < 0))) {
    return [{ path, message: `must be a number ≥ 0 (${p.id} is in ${p.unit}), got ${JSON.stringify(value)}` }];
  }
  // The calendar counts whole days and months (addMonths refuses a fraction; years become months), and a count is whole.
  if (kind === 'number' && WHOLE_UNITS.has(p.unit) && !Number.isInteger(value)) {
    return [{ path, message: `must be a whole number (${p.id} is in ${p.unit}), got ${JSON.stringify(value)}` }];
  }
  // Beyond any term a court imposes (a million days is 2,700 years): a larger value only overflows the
  // calendar's arithmetic (1e308 days × a month's count is Infinity).
  if (kind === 'number' && (WHOLE_UNITS.has(p.unit) || p.unit === 'years') && Math.abs(value as number) > MAX_WHOLE) {
    return [
      { path, message: `must be at most ${MAX_WHOLE.toLocaleString('en-US')} (${p.id} is in ${p.unit}), got ${JSON.stringify(value)}` },
    ];
  }
  if (kind === 'number' && p.unit === 'years' && !Number.isInteger((value as number) * 12)) {
    return [{ path, message: `must be whole years or years and whole months (${p.id} is in years), got ${JSON.stringify(value)}` }];
  }
  const element = kind === 'list' ? elementKind(p) : undefined;
  if (element !== undefined) {
    const bad = (value as unknown[]).findIndex((e) => typeof e !== element);
    if (bad >= 0) return [{ path: [...path, bad], message: `expected ${KIND_WORDS[element]}, as in ${p.id}'s other values` }];
  }
  return [];
}

function checkMeaning(file: Omit<ReformFile, 'file'>, registry: JurisdictionRegistry): ReformFileIssue[] {
  const issues: ReformFileIssue[] = [];
  const jurisdiction = registry.get(file.jurisdiction);
  if (jurisdiction === undefined) {
    const close = closeMatches(file.jurisdiction.toUpperCase(), [...registry.keys()], 2);
    issues.push({
      path: ['jurisdiction'],
      message: `unknown jurisdiction "${file.jurisdiction}"${close.length > 0 ? ` (did you mean "${close[0]}"?)` : ''}; the engine encodes: ${[...registry.keys()].join(', ')}`,
    });
    return issues;
  }
  const parameters = new Map<string, Parameter<unknown>>();
  for (const [, p] of walkParameters(jurisdiction.parameters)) parameters.set(p.id, p);

  for (const [id, values] of Object.entries(file.reform?.parameters ?? {})) {
    const path: FieldPath = ['reform', 'parameters', id];
    const p = parameters.get(id);
    if (p === undefined) {
      const close = closeMatches(id, [...parameters.keys()], 3);
      issues.push({
        path,
        message: `unknown parameter id for ${jurisdiction.code}${close.length > 0 ? `; close matches: ${close.join(', ')}` : ''}`,
      });
      continue;
    }
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (seen.has(v.from)) issues.push({ path: [...path, i, 'from'], message: `a second value from ${v.from}` });
      seen.add(v.from);
      issues.push(...valueProblems(p, v.value, [...path, i, 'value']));
    });
  }

  const names = new Set<string>();
  (file.reform?.rules ?? []).forEach((rule, i) => {
    const path: FieldPath = ['reform', 'rules', i];
    if (names.has(rule.name)) issues.push({ path: [...path, 'name'], message: `a second rule named "${rule.name}"` });
    names.add(rule.name);
    if (!isRuleTemplateName(rule.template)) {
      const known = Object.keys(RULE_TEMPLATES);
      const close = closeMatches(rule.template, known, 3);
      issues.push({
        path: [...path, 'template'],
        message: `unknown template "${rule.template}"${close.length > 0 ? ` (did you mean "${close[0]}"?)` : ''}; known: ${known.join(', ')}`,
      });
      return;
    }
    const parsed = (RULE_TEMPLATES[rule.template].options as z.ZodType).safeParse(rule.options ?? {});
    if (!parsed.success) {
      for (const issue of zodIssues(parsed.error)) {
        const message =
          issue.message.startsWith('unknown field') && issue.path.length === 1 ? `unknown option of ${rule.template}` : issue.message;
        issues.push({ ...issue, path: [...path, 'options', ...issue.path], message });
      }
    }
  });
  return issues;
}

// ---------------------------------------------------------------------------------------------------------
// Reading

/** Checks the text of a reform file; `file` names it in errors and picks JSON (`.json`) or YAML. */
export function parseReformFile(text: string, file: string, registry: JurisdictionRegistry = JURISDICTIONS): ReformFile {
  const ext = extension(file).toLowerCase();
  if (ext !== '.json' && ext !== '.yaml' && ext !== '.yml') {
    throw new ReformFileError(file, [{ path: [], message: `expected a .yaml, .yml or .json file, got "${baseName(file)}"` }]);
  }
  const lines = new LineCounter();
  let data: unknown;
  let doc: Document | undefined;
  if (ext === '.json') {
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ReformFileError(file, [jsonSyntaxIssue(text, error as Error)]);
    }
    // Valid JSON is YAML: parsed again only to find the line of a field in an error.
    doc = parseDocument(text, { lineCounter: lines });
  } else {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      throw new ReformFileError(
        file,
        doc.errors.map((e) => {
          const at = lines.linePos(e.pos[0]);
          const issue: ReformFileIssue = {
            path: [],
            line: at.line,
            message: `YAML syntax error at line ${at.line}, column ${at.col}: ${e.message.split('\n')[0]}`,
          };
          return issue;
        }),
      );
    }
    try {
      data = doc.toJS();
    } catch (error) {
      // An alias expanded past the YAML library's bound (a "billion laughs" file) is refused, not run.
      throw new ReformFileError(file, [{ path: [], message: `YAML cannot be read: ${(error as Error).message}` }]);
    }
  }

  const shape = reformFileSchema.safeParse(data);
  const issues = shape.success ? checkMeaning(shape.data as Omit<ReformFile, 'file'>, registry) : zodIssues(shape.error);
  if (issues.length > 0) {
    throw new ReformFileError(
      file,
      issues.map((i) => withLine(i, doc, lines)),
    );
  }
  return { ...(shape.data as Omit<ReformFile, 'file'>), file };
}

function withLine(issue: ReformFileIssue, doc: Document | undefined, lines: LineCounter): ReformFileIssue {
  if (doc === undefined || issue.line !== undefined) return issue;
  // The deepest node the path reaches (a missing field: the mapping that lacks it).
  for (let n = issue.path.length; n >= 0; n--) {
    const node = doc.getIn(issue.path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    const key = n > 0 && n === issue.path.length ? keyNode(doc, issue.path) : undefined;
    const range = key?.range ?? node?.range;
    if (range !== undefined) return { ...issue, line: lines.linePos(range[0]).line };
  }
  return issue;
}

/** The key node of the last segment of `path` (an unknown field has no value node worth pointing at). */
function keyNode(doc: Document, path: FieldPath): { range?: [number, number, number] } | undefined {
  const parent = doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const last = path.at(-1);
  const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === last);
  return (pair?.key as { range?: [number, number, number] } | undefined) ?? undefined;
}

function jsonSyntaxIssue(text: string, error: Error): ReformFileIssue {
  const position = /position (\d+)/.exec(error.message);
  if (position === null) return { path: [], message: `JSON syntax error: ${error.message}` };
  const offset = Number(position[1]);
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  const col = before.at(-1)!.length + 1;
  return {
    path: [],
    line,
    message: `JSON syntax error at line ${line}, column ${col}: ${error.message.replace(/ in JSON at position \d+.*$/, '')}`,
  };
}

// ---------------------------------------------------------------------------------------------------------

/** Up to `max` candidates closest to `word` (edit distance, or sharing its last dotted segment). */
export function closeMatches(word: string, candidates: readonly string[], max: number): string[] {
  const w = word.toLowerCase();
  const tail = w.split('.').at(-1)!;
  const scored = candidates.map((c) => {
    const lc = c.toLowerCase();
    let d = editDistance(w, lc);
    if (lc.split('.').at(-1) === tail) d = Math.min(d, 2);
    return { c, d };
  });
  const limit = Math.max(2, Math.floor(word.length / 3));
  return scored
    .filter((s) => s.d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((s) => s.c);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
