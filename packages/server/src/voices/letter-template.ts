/**
 * The letter a supporter sends to a legislator: the campaign's template with its {{placeholders}} filled
 * in. Plain text (it goes out as an email body and is shown in a <pre>-like block), so nothing in it is
 * ever read as markup.
 *
 * Placeholders:
 *   {{legislator}}      the legislator's title and name ("Senator Avery Example")
 *   {{district}}        their district ("Senate District 5")
 *   {{bill}}            the bill as the campaign names it
 *   {{campaign}}        the campaign's name
 *   {{impact}}          one paragraph of the simulator's numbers for the state (impactSentence)
 *   {{own_words}}       what the supporter wrote (may be empty)
 *   {{supporter_name}}, {{supporter_email}}, {{zip}}
 *
 * A template naming anything else is refused when the campaign is saved, so a typo never reaches a
 * legislator as a literal "{{legsilator}}".
 */
import { JURISDICTIONS } from '@pathways/law';
import type { Chamber } from '@pathways/store';
import type { Band, CampaignImpact } from './impact.ts';

export const PLACEHOLDERS = [
  'legislator',
  'district',
  'bill',
  'campaign',
  'impact',
  'own_words',
  'supporter_name',
  'supporter_email',
  'zip',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const DEFAULT_LETTER_TEMPLATE = `Dear {{legislator}},

I live in ZIP code {{zip}}, in {{district}}, and I ask you to support {{bill}}.

{{impact}}

{{own_words}}

Sincerely,
{{supporter_name}}
{{supporter_email}}
`;

/** The longest template and the longest own words, in characters. */
export const MAX_TEMPLATE_LENGTH = 5000;
export const MAX_OWN_WORDS_LENGTH = 2000;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** What is wrong with a template, one sentence per problem; empty when it is usable. */
export function templateProblems(template: string): string[] {
  const problems: string[] = [];
  const unknown = new Set<string>();
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(m[1]!)) unknown.add(m[1]!);
  }
  for (const name of unknown) problems.push(`{{${name}}} is not a placeholder; use ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`);
  const rest = template.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) problems.push('A {{ or }} is not part of a placeholder: close every {{name}}.');
  if (!/\{\{\s*legislator\s*\}\}/.test(template)) problems.push('The letter must address the legislator: put {{legislator}} in it.');
  return problems;
}

/** `US-MO` → `Missouri` (the law package's name), or the code itself for one it does not know. */
export const jurisdictionNameOf = (code: string): string => JURISDICTIONS.get(code)?.name ?? code;

export const chamberTitle = (chamber: Chamber) => (chamber === 'upper' ? 'Senator' : 'Representative');
export const districtName = (chamber: Chamber, district: string) => `${chamber === 'upper' ? 'Senate' : 'House'} District ${district}`;

/** Fills the template; runs of blank lines left by empty values close up to one. */
export function renderLetter(template: string, values: Record<Placeholder, string>): string {
  const filled = template.replace(PLACEHOLDER, (_, name: string) => values[name as Placeholder] ?? '');
  return `${filled
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** A count rounded as a person would say it: 1,600 rather than 1,587.3. */
export function roundCount(n: number): number {
  const a = Math.abs(n);
  const step = a >= 10_000 ? 1000 : a >= 1000 ? 100 : a >= 100 ? 10 : 1;
  return Math.round(n / step) * step;
}

export function formatCount(n: number): string {
  return roundCount(n).toLocaleString('en-US');
}

export function formatDollars(n: number): string {
  const a = Math.abs(n);
  const sign = n < 0 ? '−' : '';
  if (a >= 1e9) return `${sign}$${(a / 1e9).toFixed(1)} billion`;
  if (a >= 1e6) return `${sign}$${(a / 1e6).toFixed(1)} million`;
  if (a >= 1e3) return `${sign}$${Math.round(a / 1e3).toLocaleString('en-US')} thousand`;
  return `${sign}$${Math.round(a).toLocaleString('en-US')}`;
}

/** "about 1,600 more people (1,500 to 1,700)", turned round when the bill goes the other way. */
function change(band: Band, format: (n: number) => string, better: string, worse: string): string {
  const flip = band.mean < 0;
  const [mean, low, high] = flip ? [-band.mean, -band.high, -band.low] : [band.mean, band.low, band.high];
  return `${(flip ? worse : better).replace('{n}', `about ${format(mean)}`)} (${format(low)} to ${format(high)})`;
}

/**
 * The simulator's numbers as one paragraph, for a letter and for the campaign page: what the bill would
 * change over the run's horizon in the state, with each band.
 */
export function impactSentence(bill: string, impact: CampaignImpact): string {
  const f = impact.figures;
  const state = jurisdictionNameOf(impact.reform.jurisdiction);
  const n = impact.run.months % 12 === 0 ? impact.run.months / 12 : impact.run.months;
  const years = `${n} ${impact.run.months % 12 === 0 ? 'year' : 'month'}${n === 1 ? '' : 's'}`;
  const parts = [
    change(
      f.exitsEarlier,
      formatCount,
      '{n} more people would finish supervision early',
      '{n} fewer people would finish supervision early',
    ),
    change(
      f.supervisionYearsAvoided,
      formatCount,
      '{n} fewer years would be spent on supervision',
      '{n} more years would be spent on supervision',
    ),
    change(f.revocationsAvoided, formatCount, '{n} fewer people would be revoked to prison', '{n} more people would be revoked to prison'),
    change(f.dollarsSaved, formatDollars, 'the state would save {n}', 'the state would spend {n} more'),
  ];
  return (
    `The Pathways simulator estimates that over ${years} in ${state}, under ${bill}: ${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}. ` +
    `Ranges are the 5th to 95th percentile over ${impact.run.replications} simulation runs.`
  );
}

/** What {{impact}} says while the numbers are not ready. */
export const IMPACT_PENDING = 'The Pathways simulator’s estimate of what this bill would change is being prepared.';
