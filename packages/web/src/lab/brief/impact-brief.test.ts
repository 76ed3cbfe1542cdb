// The impact brief as a reader gets it: one US Letter page whose text (read back by poppler's pdftotext)
// holds the title, each key number as formatted, every citation and the footer; every drawn text and
// shape inside the page, also with a very long list of assumptions and an oversized input; and titles
// with characters Helvetica cannot encode drawn with close equivalents instead of failing.
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { pdfText } from '../../../../documents/src/test-support/pdf-text.ts';
import type { BriefInput } from './brief-input.ts';
import { impactBrief, layoutBrief, MARGIN, PAGE, winAnsiText, type BriefItem, type Measure } from './impact-brief.ts';

const CITATIONS = [
  'Mo. Rev. Stat. § 217.703 (2012) (earned compliance credits)',
  'Mo. Rev. Stat. § 559.036 (term of probation; discharge)',
  'H.B. 1525, 96th Gen. Assemb., 2d Reg. Sess. (Mo. 2012)',
];

const ASSUMPTIONS = [
  'Synthetic population calibrated to Missouri: 58,400 people on probation and parole on the first day, entries at the 2011 rate.',
  'Offense mix by level and group from the state’s 2011 annual report; every term is supervised in the community.',
  'Compliance is monthly: a month with no violation, no new arrest and payments current earns 30 days of credit.',
  'Technical violations follow the calibrated monthly hazard; 38% of them lead to a revocation hearing.',
  'Every revocation sends the person to prison for the calibrated median stay of 14 months.',
  'Early termination is granted at the calibrated rate of 6% of eligible people a year.',
  'Absconding suspends the term and its credits until the person is found.',
  'Daily costs: prison $57.80, jail $45.00, probation $4.10, parole $4.60 (2012 dollars, not adjusted for inflation).',
  'Costs saved count supervision and prison days only; court and treatment costs are left out.',
  'Credits are earned from the law’s effective date, 28 August 2012; months before it earn none.',
];

const MONTHS = 60;
function month(i: number): string {
  const m = 7 + i; // August 2012 is month 7 counted from January 2012 (0).
  return `${2012 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

const SERIES: BriefInput['series'] = Array.from({ length: MONTHS }, (_, i) => {
  const baseline = 58_400 + 12 * i;
  const reform = baseline - Math.min(6_100, 140 * Math.max(0, i - 2));
  const spread = 150 + 8 * i;
  return {
    month: month(i),
    baseline,
    baselineLow: baseline - spread,
    baselineHigh: baseline + spread,
    reform,
    reformLow: reform - spread * 1.2,
    reformHigh: reform + spread * 1.2,
  };
});

const MISSOURI: BriefInput = {
  reformName: 'Missouri earned compliance credits (2012)',
  jurisdiction: 'Missouri',
  citations: CITATIONS,
  run: { start: '2012-08-01', months: MONTHS, people: 58_400, seed: 20_120_828, replications: 20 },
  keyNumbers: [
    {
      label: 'People on supervision at the horizon, reform minus current law',
      mean: -6_123.4,
      low: -6_580,
      high: -5_702.2,
      unit: 'people',
    },
    { label: 'Supervision-years avoided', mean: 14_873.26, low: 14_101.98, high: 15_611.84, unit: 'years' },
    { label: 'Early exits on earned compliance credits', mean: 23_418, low: 22_950, high: 23_877, unit: 'count' },
    { label: 'Revocations avoided', mean: 412.6, low: 301.2, high: 527.4, unit: 'count' },
    { label: 'Prison admissions avoided', mean: 398.2, low: 290.1, high: 509.8, unit: 'count' },
    { label: 'Costs saved (supervision and prison days)', mean: 48_213_000, low: 39_020_000, high: 57_450_000, unit: 'usd' },
  ],
  series: SERIES,
  assumptions: ASSUMPTIONS,
  generatedOn: '2025-03-14',
};

/** Each key number as the brief must print it (written out, not computed, so a formatting change shows). */
const FORMATTED = [
  ['-6,123', '90% interval -6,580 to -5,702'],
  ['14,873.3', '90% interval 14,102.0 to 15,611.8'],
  ['23,418', '90% interval 22,950 to 23,877'],
  ['413', '90% interval 301 to 527'],
  ['398', '90% interval 290 to 510'],
  ['$48.2 million', '90% interval $39.0 million to $57.5 million'],
];
const FOOTER = 'Pathways policy lab, generated 2025-03-14; synthetic population; not legal advice';

let fonts: { regular: PDFFont; bold: PDFFont };
let measure: Measure;
beforeAll(async () => {
  const pdf = await PDFDocument.create();
  fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
  measure = { width: (t, s, b) => (b ? fonts.bold : fonts.regular).widthOfTextAtSize(t, s) };
});

async function pageCount(bytes: Uint8Array): Promise<{ pages: number; size: { width: number; height: number } }> {
  const doc = await PDFDocument.load(bytes);
  return { pages: doc.getPageCount(), size: doc.getPage(0).getSize() };
}

/** Every text's box (measured again here, from the baseline down a quarter of its size and up one size) and every shape's points lie on the page. */
function expectInsidePage(items: BriefItem[]): void {
  const texts = items.filter((i) => i.kind === 'text');
  expect(texts.length).toBeGreaterThan(20);
  for (const t of texts) {
    const width = (t.bold ? fonts.bold : fonts.regular).widthOfTextAtSize(t.text, t.size);
    const where = `"${t.text}" at (${t.x.toFixed(1)}, ${t.y.toFixed(1)})`;
    expect(t.x, where).toBeGreaterThanOrEqual(MARGIN - 0.01);
    expect(t.x + width, where).toBeLessThanOrEqual(PAGE.width - MARGIN + 0.01);
    expect(t.y - t.size * 0.25, where).toBeGreaterThanOrEqual(0);
    expect(t.y + t.size, where).toBeLessThanOrEqual(PAGE.height);
  }
  for (const item of items) {
    const points = item.kind === 'line' ? [item.from, item.to] : item.kind === 'text' ? [] : item.points;
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(PAGE.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(PAGE.height);
    }
  }
}

/** The texts of the layout, by what they say. */
const textsOf = (items: BriefItem[]) => items.flatMap((i) => (i.kind === 'text' ? [i] : []));

describe('a Missouri 2012 credits brief', () => {
  let bytes: Uint8Array;
  let text: string;
  beforeAll(async () => {
    bytes = await impactBrief(MISSOURI);
    text = pdfText(bytes);
  });

  test('is one US Letter page', async () => {
    expect(await pageCount(bytes)).toEqual({ pages: 1, size: { width: 612, height: 792 } });
    expect(new TextDecoder('latin1').decode(bytes.slice(0, 5))).toBe('%PDF-');
  });

  test('says the title, the jurisdiction and the run', () => {
    expect(text).toContain('Missouri earned compliance credits (2012)');
    expect(text).toContain('Impact brief · Missouri');
    expect(text).toContain('Run: starts 2012-08-01, 60 months, 58,400 synthetic people, seed 20120828, 20 replications.');
  });

  test('prints each key number as formatted, with its label and 90% interval', () => {
    for (const k of MISSOURI.keyNumbers) expect(text).toContain(k.label);
    for (const [value, interval] of FORMATTED) {
      expect(text).toContain(`${value} ${interval}`);
    }
  });

  test('prints every assumption and every citation, and the footer', () => {
    for (const a of ASSUMPTIONS) expect(text).toContain(a);
    for (const c of CITATIONS) expect(text).toContain(c);
    expect(text).toContain(FOOTER);
    expect(text).not.toContain('more assumptions');
  });

  test('draws the chart: the reform band as one polygon, both lines through every month, labelled axes and a legend', () => {
    const items = layoutBrief(MISSOURI, measure);
    const polygons = items.filter((i) => i.kind === 'polygon');
    const lines = items.filter((i) => i.kind === 'polyline');
    // The band, plus the legend's swatch for it.
    expect(polygons.map((p) => p.points.length).sort((a, b) => a - b)).toEqual([4, 2 * MONTHS]);
    expect(lines.map((l) => l.points.length)).toEqual([MONTHS, MONTHS]);
    // The reform line ends below the baseline line, as the series does (a higher y is higher on the page).
    expect(lines[1]!.points.at(-1)!.y).toBeLessThan(lines[0]!.points.at(-1)!.y);
    // Yearly month ticks (60 months: every 12) and the legend.
    for (const label of ['Aug 2012', 'Aug 2013', 'Aug 2014', 'Aug 2015', 'Aug 2016']) expect(text).toContain(label);
    expect(text).not.toContain('Sep 2012');
    for (const label of ['Current law (baseline)', 'Reform, 90% interval']) expect(text).toContain(label);
    // The population axis is labelled with grouped thousands.
    expect(textsOf(items).some((t) => /^5\d,\d00$/.test(t.text))).toBe(true);
    expectInsidePage(items);
  });
});

test('a very long list of assumptions still fits on one page, with the citations and footer, and says how many were left out', async () => {
  const assumptions = Array.from(
    { length: 400 },
    (_, i) =>
      `Assumption ${i + 1}: ${'the calibrated monthly hazard of a technical violation holds across every offense group and level, '.repeat(2)}` +
      `and a long identifier ${'x'.repeat(150)} is broken across lines.`,
  );
  const input = { ...MISSOURI, assumptions };
  const items = layoutBrief(input, measure);
  expectInsidePage(items);
  // The lists shrank to the smallest size before anything was left out.
  const bullets = textsOf(items).filter((t) => t.text === '\u2022');
  expect(Math.max(...bullets.map((b) => b.size))).toBe(5.5);

  const bytes = await impactBrief(input);
  expect((await pageCount(bytes)).pages).toBe(1);
  const text = pdfText(bytes);
  expect(text).toContain('Assumption 1:');
  expect(text).not.toContain('Assumption 400:');
  const more = /…and (\d+) more assumptions, listed in the policy lab with this run\./.exec(text);
  expect(more).not.toBeNull();
  const shown = (text.match(/Assumption \d+:/g) ?? []).length;
  expect(shown).toBeGreaterThan(5);
  expect(shown + Number(more![1])).toBe(400);
  for (const c of CITATIONS) expect(text).toContain(c);
  expect(text).toContain(FOOTER);
});

test('a few more assumptions than fit at full size shrink the text rather than leave any out', async () => {
  const assumptions = [...ASSUMPTIONS, ...ASSUMPTIONS, ...ASSUMPTIONS].map((a, i) => `(${i + 1}) ${a}`);
  const items = layoutBrief({ ...MISSOURI, assumptions }, measure);
  expectInsidePage(items);
  const sizes = new Set(
    textsOf(items)
      .filter((t) => t.text === '\u2022')
      .map((t) => t.size),
  );
  expect(sizes.size).toBe(1);
  const [size] = [...sizes];
  expect(size).toBeLessThan(8);
  expect(size).toBeGreaterThan(5.5);
  const text = pdfText(await impactBrief({ ...MISSOURI, assumptions }));
  for (const a of assumptions) expect(text).toContain(a);
});

test('an oversized input (long title, many key numbers with long labels, long citations) stays on the page', async () => {
  const input: BriefInput = {
    ...MISSOURI,
    reformName: `A reform with a very long name ${'that keeps going '.repeat(20)}`,
    jurisdiction: `Missouri ${'and its counties '.repeat(12)}`,
    keyNumbers: Array.from({ length: 14 }, (_, i) => ({
      label: `Figure ${i + 1}: ${'a label that explains at length what the number counts '.repeat(3)}`,
      mean: -1_234_567_890 * (i + 1),
      low: -2_345_678_901 * (i + 1),
      high: 999_999_999_999,
      unit: i % 2 === 0 ? ('usd' as const) : ('people' as const),
    })),
    citations: Array.from({ length: 40 }, (_, i) => `Citation ${i + 1}: Mo. Rev. Stat. § 217.703.${i} ${'(as amended) '.repeat(8)}`),
    assumptions: Array.from({ length: 60 }, (_, i) => `Assumption ${i + 1}: ${'more detail '.repeat(30)}`),
  };
  const items = layoutBrief(input, measure);
  expectInsidePage(items);
  const bytes = await impactBrief(input);
  expect((await pageCount(bytes)).pages).toBe(1);
  const text = pdfText(bytes);
  expect(text).toContain('6 more figures are in the policy lab.');
  expect(text).toContain('A reform with a very long name that keeps going');
  expect(text).toContain('…');
  expect(text).toContain(FOOTER);
});

test('an empty run still makes a page: no series, no key numbers, no assumptions', async () => {
  const input: BriefInput = { ...MISSOURI, series: [], keyNumbers: [], assumptions: [], citations: [] };
  const bytes = await impactBrief(input);
  expect((await pageCount(bytes)).pages).toBe(1);
  const text = pdfText(bytes);
  expect(text).toContain('This run reported no monthly series.');
  expect(text).toContain('This run reported no key numbers.');
  expect(text).toContain('None listed.');
});

describe('WinAnsi text', () => {
  test('close equivalents for what Helvetica lacks; § – — ’ and Latin-1 accents kept; emoji dropped', () => {
    expect(winAnsiText('Credits ≤ 30 days − 2 ≥ 0 🎉')).toBe('Credits <= 30 days - 2 >= 0');
    expect(winAnsiText('§ 217.703 – 2012 — Missouri’s “credits”… Núñez')).toBe('§ 217.703 – 2012 — Missouri’s “credits”… Núñez');
    expect(winAnsiText('Łódź Nguyễn 李 👩🏽‍⚖️ done')).toBe('Lódz Nguyen ? done');
    expect(winAnsiText('line\nbreak\tand  spaces\u2009here')).toBe('line break and spaces here');
  });

  test('whatever comes in, what goes out is in the font’s character set', () => {
    const drawable = new Set(fonts.regular.getCharacterSet());
    const bold = new Set(fonts.bold.getCharacterSet());
    const everything = Array.from({ length: 0x3000 }, (_, i) => String.fromCodePoint(i)).join('') + '🎉👍🏿🇺🇸❤️‍🔥𝔸';
    for (const ch of winAnsiText(everything)) {
      expect(drawable.has(ch.codePointAt(0)!), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(true);
      expect(bold.has(ch.codePointAt(0)!), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(true);
    }
  });

  test('a title with ≤ and an emoji is drawn with "<=" and without the emoji', async () => {
    const input = { ...MISSOURI, reformName: 'Credits ≤ 30 days a month 🎉 for Missouri’s § 217.703' };
    const text = pdfText(await impactBrief(input));
    expect(text).toContain('Credits <= 30 days a month for Missouri’s § 217.703');
    expect(text).not.toContain('≤');
  });
});
