/**
 * The policy lab's one-page impact brief, built in the browser with pdf-lib: the reform and its
 * jurisdiction, the run that produced the figures (enough to replay it with `pathways simulate`), the
 * key numbers with their 90% intervals, a vector chart of the population under current law and under
 * the reform with the reform's band, every assumption, every citation, and a footer that says the
 * population is synthetic. A reader forwards one page, so everything must fit on one: the assumptions
 * and citations shrink to the room left and, past the smallest readable size, the last assumptions give
 * way to a line saying how many more the lab lists.
 *
 * `layoutBrief` is pure: it returns every text, line and shape with its position, measured through the
 * caller's fonts, so a test can check that nothing runs off the page. `impactBrief` draws those items
 * with Helvetica. The standard fonts encode WinAnsi only and pdf-lib throws on anything else, so all
 * text passes `winAnsiText` first.
 */
import { scaleLinear } from 'd3-scale';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { BriefInput } from './brief-input.ts';
import { formatCount, formatInterval, formatMonth, formatValue } from './format.ts';

// ---------------------------------------------------------------------------------------------------
// WinAnsi text

/** The code points Helvetica's WinAnsi encoding draws: printable ASCII, Latin-1, and 27 from 0x80-0x9F. */
const WIN_ANSI = new Set<number>([
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => 0xa0 + i),
  ...[...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'].map((c) => c.codePointAt(0)!),
]);

/** Close equivalents for characters a reform's text or a citation is likely to hold. */
const REPLACEMENTS: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '\u2014',
  '\u2032': "'",
  '\u2033': '"',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2194': '<->',
  '\u21d2': '=>',
  '\u221e': 'infinity',
  '\u2153': '1/3',
  '\u2154': '2/3',
  '\u2116': 'No.',
  '\u2713': 'yes',
  '\u2714': 'yes',
  '\u2717': 'no',
  '\u2718': 'no',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u2028': ' ',
  '\u2029': ' ',
  '\n': ' ',
  '\r': ' ',
  '\t': ' ',
};

/** Emoji and the invisible characters that build them (joiners, variation selectors, skin tones, flags). */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200b-\u200d\u2060\ufe0e\ufe0f\u20e3]/u;

/**
 * Text Helvetica can draw: WinAnsi characters pass (§ – — ’ “ ” … and Latin-1 accents included),
 * others become a close equivalent (≤ → <=, − → -), an accented letter its base letter, an emoji
 * nothing, and anything else "?". Runs of spaces collapse, since a dropped emoji leaves two.
 */
export function winAnsiText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (WIN_ANSI.has(cp)) out += ch;
    else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (EMOJI.test(ch)) continue;
    else {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += base !== '' && [...base].every((c) => WIN_ANSI.has(c.codePointAt(0)!)) ? base : '?';
    }
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------
// Layout

/** US Letter in points. */
export const PAGE = { width: 612, height: 792 } as const;
export const MARGIN = 48;
const LEFT = MARGIN;
const RIGHT = PAGE.width - MARGIN;
const WIDTH = RIGHT - LEFT;
const TOP = PAGE.height - MARGIN;
/** Content stops here; the footer sits below. */
const CONTENT_BOTTOM = 58;
const FOOTER_BASELINE = 32;

/** A baseline sits this far below the top of its line (Helvetica's ascent is 0.718 em). */
const ASCENT = 0.8;

export type Colour = readonly [number, number, number];
const INK: Colour = [0.1, 0.1, 0.1];
const MUTED: Colour = [0.35, 0.35, 0.35];
const RULE: Colour = [0.75, 0.75, 0.75];
const GRID: Colour = [0.88, 0.88, 0.88];
const BASELINE_LINE: Colour = [0.35, 0.35, 0.35];
/** The workspace's blue, and a light tint of it for the band. */
const REFORM_LINE: Colour = [0.184, 0.365, 0.541];
const REFORM_BAND: Colour = [0.8, 0.86, 0.93];

export interface Point {
  x: number;
  y: number;
}

/** One thing drawn on the page, in PDF points from the bottom-left corner; a text's y is its baseline. */
export type BriefItem =
  | { kind: 'text'; text: string; x: number; y: number; size: number; bold: boolean; width: number; colour: Colour }
  | { kind: 'line'; from: Point; to: Point; thickness: number; colour: Colour; dash?: number[] }
  | { kind: 'polyline'; points: Point[]; thickness: number; colour: Colour; dash?: number[] }
  | { kind: 'polygon'; points: Point[]; fill: Colour };

/** The width of a text at a size in the regular or bold face (pdf-lib's fonts, or a test's stand-in). */
export interface Measure {
  width(text: string, size: number, bold: boolean): number;
}

/** Splits text into lines no wider than `width`; a word longer than a line is broken by characters. */
export function wrapText(text: string, size: number, bold: boolean, width: number, measure: Measure): string[] {
  const fits = (s: string) => measure.width(s, size, bold) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = word;
    while (!fits(rest) && rest.length > 1) {
      // The longest prefix that fits, found by halving rather than one measure per character.
      let lo = 1;
      let hi = rest.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(rest.slice(0, mid))) lo = mid;
        else hi = mid - 1;
      }
      lines.push(rest.slice(0, lo));
      rest = rest.slice(lo);
    }
    line = rest;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** At most `max` lines; the last one kept ends with an ellipsis when text was cut. */
function clampLines(lines: string[], max: number, size: number, bold: boolean, width: number, measure: Measure): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last !== '' && measure.width(`${last}\u2026`, size, bold) > width) last = last.slice(0, -1);
  kept[max - 1] = `${last.trimEnd()}\u2026`;
  return kept;
}

/** Collects items while a cursor moves down the page; `top` is the top of the next line. */
class Column {
  readonly items: BriefItem[] = [];
  constructor(
    private readonly measure: Measure,
    public top: number,
  ) {}

  text(text: string, x: number, baseline: number, size: number, bold: boolean, colour: Colour = INK): number {
    const width = this.measure.width(text, size, bold);
    this.items.push({ kind: 'text', text, x, y: baseline, size, bold, width, colour });
    return width;
  }

  /** Writes wrapped lines at `x`, moving the cursor down by `leading` × size per line. */
  lines(lines: string[], x: number, size: number, bold: boolean, colour: Colour = INK, leading = 1.25): void {
    for (const l of lines) {
      this.text(l, x, this.top - size * ASCENT, size, bold, colour);
      this.top -= size * leading;
    }
  }

  paragraph(text: string, size: number, bold: boolean, colour: Colour = INK, maxLines = Infinity): void {
    const wrapped = wrapText(text, size, bold, WIDTH, this.measure);
    this.lines(clampLines(wrapped, maxLines, size, bold, WIDTH, this.measure), LEFT, size, bold, colour);
  }

  rule(y: number, colour: Colour = RULE): void {
    this.items.push({ kind: 'line', from: { x: LEFT, y }, to: { x: RIGHT, y }, thickness: 0.5, colour });
  }
}

const SIZE = { title: 17, subtitle: 11, run: 8.5, heading: 10.5, label: 8.5, value: 14, interval: 8, axis: 7.5, legend: 8, footer: 7.5 };
/** Key numbers beyond this many stay in the lab (one page has room for four rows of two). */
export const MAX_KEY_NUMBERS = 8;
/** The chart's plot is this tall, or shorter when the assumptions would otherwise drop below a comfortable size. */
const PLOT_HEIGHT = { full: 150, short: 105 };
const COMFORTABLE_LIST_SIZE = 7;
/** The assumptions and citations shrink from the first size to the last before any is left out. */
const LIST_SIZES = [8, 7.75, 7.5, 7.25, 7, 6.75, 6.5, 6.25, 6, 5.75, 5.5];

function header(col: Column, input: BriefInput): void {
  col.paragraph(input.reformName || 'Untitled reform', SIZE.title, true, INK, 3);
  col.top -= 2;
  col.paragraph(`Impact brief \u00b7 ${input.jurisdiction}`, SIZE.subtitle, false, MUTED, 2);
  col.top -= 3;
  const r = input.run;
  col.paragraph(
    `Run: starts ${r.start}, ${formatCount(r.months)} months, ${formatCount(r.people)} synthetic people, seed ${r.seed}, ` +
      `${formatCount(r.replications)} replications. Figures are means across replications with 90% intervals.`,
    SIZE.run,
    false,
    MUTED,
    3,
  );
  col.top -= 8;
}

function keyNumbers(col: Column, input: BriefInput, measure: Measure): void {
  col.lines(['Key numbers'], LEFT, SIZE.heading, true);
  const gutter = 16;
  const cardWidth = (WIDTH - gutter) / 2;
  const shown = input.keyNumbers.slice(0, MAX_KEY_NUMBERS);
  for (let row = 0; row < shown.length; row += 2) {
    col.top -= 3;
    col.rule(col.top);
    col.top -= 4;
    const rowTop = col.top;
    let rowBottom = rowTop;
    shown.slice(row, row + 2).forEach((k, i) => {
      const x = LEFT + i * (cardWidth + gutter);
      let top = rowTop;
      const label = clampLines(
        wrapText(winAnsiText(k.label), SIZE.label, false, cardWidth, measure),
        2,
        SIZE.label,
        false,
        cardWidth,
        measure,
      );
      for (const l of label) {
        col.text(l, x, top - SIZE.label * ASCENT, SIZE.label, false, MUTED);
        top -= SIZE.label * 1.25;
      }
      const value = formatValue(k.mean, k.unit);
      const interval = formatInterval(k.low, k.high, k.unit);
      const valueBaseline = top - SIZE.value * ASCENT;
      const valueWidth = col.text(value, x, valueBaseline, SIZE.value, true);
      top -= SIZE.value * 1.2;
      const intervalWidth = measure.width(interval, SIZE.interval, false);
      if (valueWidth + 6 + intervalWidth <= cardWidth) {
        col.text(interval, x + valueWidth + 6, valueBaseline, SIZE.interval, false, MUTED);
      } else {
        for (const l of wrapText(interval, SIZE.interval, false, cardWidth, measure)) {
          col.text(l, x, top - SIZE.interval * ASCENT, SIZE.interval, false, MUTED);
          top -= SIZE.interval * 1.25;
        }
      }
      rowBottom = Math.min(rowBottom, top);
    });
    col.top = rowBottom;
  }
  const hidden = input.keyNumbers.length - shown.length;
  if (hidden > 0) {
    col.top -= 2;
    col.lines([`${formatCount(hidden)} more figures are in the policy lab.`], LEFT, SIZE.label, false, MUTED);
  }
  if (shown.length === 0) col.lines(['This run reported no key numbers.'], LEFT, SIZE.label, false, MUTED);
  col.top -= 10;
}

/** Month indexes to label: every 1, 3, 6, 12... months, whichever gives at most seven labels. */
function monthTicks(n: number): number[] {
  const step = [1, 3, 6, 12, 24, 60, 120, 240].find((s) => Math.ceil(n / s) <= 7) ?? Math.ceil(n / 7);
  const ticks: number[] = [];
  for (let i = 0; i < n; i += step) ticks.push(i);
  return ticks;
}

function chart(col: Column, input: BriefInput, measure: Measure, plotHeight: number): void {
  col.lines(['Population on supervision, first day of each month'], LEFT, SIZE.heading, true);
  col.lines(
    wrapText("Lines are means across replications; the shaded band is the reform's 90% interval.", SIZE.legend, false, WIDTH, measure),
    LEFT,
    SIZE.legend,
    false,
    MUTED,
  );
  col.top -= 3;

  // The legend: a swatch and a name for each of the three marks, on one line.
  const legendBaseline = col.top - SIZE.legend * ASCENT;
  const swatchY = legendBaseline + SIZE.legend * 0.3;
  let x = LEFT;
  const entries: { name: string; swatch: (x: number) => BriefItem }[] = [
    {
      name: 'Current law (baseline)',
      swatch: (sx) => ({
        kind: 'line',
        from: { x: sx, y: swatchY },
        to: { x: sx + 18, y: swatchY },
        thickness: 1.2,
        colour: BASELINE_LINE,
        dash: [3, 2],
      }),
    },
    {
      name: 'Reform',
      swatch: (sx) => ({ kind: 'line', from: { x: sx, y: swatchY }, to: { x: sx + 18, y: swatchY }, thickness: 1.8, colour: REFORM_LINE }),
    },
    {
      name: 'Reform, 90% interval',
      swatch: (sx) => ({
        kind: 'polygon',
        points: [
          { x: sx, y: swatchY - 3.5 },
          { x: sx + 18, y: swatchY - 3.5 },
          { x: sx + 18, y: swatchY + 3.5 },
          { x: sx, y: swatchY + 3.5 },
        ],
        fill: REFORM_BAND,
      }),
    },
  ];
  for (const e of entries) {
    col.items.push(e.swatch(x));
    x += 22 + col.text(e.name, x + 22, legendBaseline, SIZE.legend, false) + 14;
  }
  col.top -= SIZE.legend * 1.25 + 6;

  const series = input.series;
  const plotTop = col.top - 4;
  const plotBottom = plotTop - plotHeight;
  if (series.length === 0) {
    col.text('This run reported no monthly series.', LEFT, plotTop - 20, SIZE.legend, false, MUTED);
    col.top = plotBottom - 4;
    return;
  }

  const values = series
    .flatMap((s) => [s.baseline, s.baselineLow, s.baselineHigh, s.reform, s.reformLow, s.reformHigh])
    .filter(Number.isFinite);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const y = scaleLinear().domain([lo, hi]).nice(5).range([plotBottom, plotTop]);
  const yTicks = y.ticks(5);
  const yLabels = yTicks.map((t) => formatCount(t));
  const labelWidth = Math.max(...yLabels.map((l) => measure.width(l, SIZE.axis, false)));
  const plotLeft = LEFT + labelWidth + 6;
  const plotRight = RIGHT - 2;
  const xScale = scaleLinear()
    .domain([0, Math.max(1, series.length - 1)])
    .range([plotLeft, plotRight]);

  yTicks.forEach((t, i) => {
    const ty = y(t);
    col.items.push({ kind: 'line', from: { x: plotLeft, y: ty }, to: { x: plotRight, y: ty }, thickness: 0.4, colour: GRID });
    const label = yLabels[i]!;
    col.text(label, plotLeft - 4 - measure.width(label, SIZE.axis, false), ty - SIZE.axis * 0.35, SIZE.axis, false, MUTED);
  });

  const at = (i: number, v: number): Point => ({ x: xScale(i), y: y(Number.isFinite(v) ? v : lo) });
  col.items.push({
    kind: 'polygon',
    points: [...series.map((s, i) => at(i, s.reformHigh)), ...series.map((s, i) => at(i, s.reformLow)).reverse()],
    fill: REFORM_BAND,
  });
  col.items.push({
    kind: 'polyline',
    points: series.map((s, i) => at(i, s.baseline)),
    thickness: 1.2,
    colour: BASELINE_LINE,
    dash: [3, 2],
  });
  col.items.push({ kind: 'polyline', points: series.map((s, i) => at(i, s.reform)), thickness: 1.8, colour: REFORM_LINE });

  // Axes over the band, so its edge never hides them.
  col.items.push({
    kind: 'line',
    from: { x: plotLeft, y: plotBottom },
    to: { x: plotRight, y: plotBottom },
    thickness: 0.7,
    colour: MUTED,
  });
  col.items.push({ kind: 'line', from: { x: plotLeft, y: plotBottom }, to: { x: plotLeft, y: plotTop }, thickness: 0.7, colour: MUTED });
  for (const i of monthTicks(series.length)) {
    const tx = xScale(i);
    col.items.push({ kind: 'line', from: { x: tx, y: plotBottom }, to: { x: tx, y: plotBottom - 3 }, thickness: 0.7, colour: MUTED });
    const label = winAnsiText(formatMonth(series[i]!.month));
    const w = measure.width(label, SIZE.axis, false);
    const lx = Math.min(Math.max(tx - w / 2, LEFT), RIGHT - w);
    col.text(label, lx, plotBottom - 4 - SIZE.axis, SIZE.axis, false, MUTED);
  }
  col.top = plotBottom - 4 - SIZE.axis * 1.3 - 10;
}

/** The assumptions and citations at one size, the assumptions cut to `keep` (and the citations to `keepCitations`). */
/** Wraps a list item at a size; memoized, since fitting the lists lays the same items out many times. */
type WrapItem = (text: string, size: number, width: number) => string[];

function lists(
  measure: Measure,
  wrapItem: WrapItem,
  top: number,
  assumptions: string[],
  citations: string[],
  size: number,
  keep: number,
  keepCitations: number,
): Column {
  const col = new Column(measure, top);
  const indent = size * 1.1;
  const list = (heading: string, items: string[], shown: number, more: (n: number) => string) => {
    col.lines([heading], LEFT, size + 1.5, true, INK, 1.35);
    for (const item of items.slice(0, shown)) {
      const wrapped = wrapItem(item, size, WIDTH - indent);
      col.text('\u2022', LEFT, col.top - size * ASCENT, size, false);
      col.lines(wrapped, LEFT + indent, size, false, INK, 1.2);
      col.top -= size * 0.15;
    }
    if (items.length > shown) col.lines([more(items.length - shown)], LEFT + indent, size, false, MUTED, 1.2);
    if (items.length === 0) col.lines(['None listed.'], LEFT + indent, size, false, MUTED, 1.2);
  };
  list('Assumptions', assumptions, keep, (n) => `\u2026and ${formatCount(n)} more assumptions, listed in the policy lab with this run.`);
  col.top -= size * 0.8;
  list('Citations', citations, keepCitations, (n) => `\u2026and ${formatCount(n)} more citations, listed in the policy lab with this run.`);
  return col;
}

interface Fitted {
  col: Column;
  size: number;
  /** False when some assumptions (or citations) gave way to a line counting them. */
  complete: boolean;
}

/** The largest size, then the most assumptions (then citations), that end above the footer. */
function fitLists(measure: Measure, wrapItem: WrapItem, top: number, assumptions: string[], citations: string[]): Fitted {
  const fits = (c: Column) => c.top >= CONTENT_BOTTOM;
  const all = (size: number) => lists(measure, wrapItem, top, assumptions, citations, size, assumptions.length, citations.length);
  // Height grows as the size grows, so the largest size that fits is found by halving the list of sizes.
  let lo = 0;
  let hi = LIST_SIZES.length - 1;
  const complete = (size: number): Fitted => ({ col: all(size), size, complete: true });
  if (fits(all(LIST_SIZES[0]!))) return complete(LIST_SIZES[0]!);
  if (fits(all(LIST_SIZES[hi]!))) {
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (fits(all(LIST_SIZES[mid]!))) hi = mid;
      else lo = mid;
    }
    return complete(LIST_SIZES[hi]!);
  }
  const size = LIST_SIZES[LIST_SIZES.length - 1]!;
  const most = (count: number, build: (k: number) => Column): Column | undefined => {
    if (!fits(build(0))) return undefined;
    let a = 0;
    let b = count;
    while (a < b) {
      const mid = Math.ceil((a + b) / 2);
      if (fits(build(mid))) a = mid;
      else b = mid - 1;
    }
    return build(a);
  };
  const col =
    most(assumptions.length, (k) => lists(measure, wrapItem, top, assumptions, citations, size, k, citations.length)) ??
    most(citations.length, (k) => lists(measure, wrapItem, top, assumptions, citations, size, 0, k)) ??
    lists(measure, wrapItem, top, assumptions, citations, size, 0, 0);
  return { col, size, complete: false };
}

/** Every item on the brief's one page, positioned. All text in `input` is made WinAnsi-safe here. */
export function layoutBrief(input: BriefInput, measure: Measure): BriefItem[] {
  const safe: BriefInput = {
    ...input,
    reformName: winAnsiText(input.reformName),
    jurisdiction: winAnsiText(input.jurisdiction),
    run: { ...input.run, start: winAnsiText(input.run.start) },
    citations: input.citations.map(winAnsiText).filter((c) => c !== ''),
    assumptions: input.assumptions.map(winAnsiText).filter((a) => a !== ''),
    generatedOn: winAnsiText(input.generatedOn),
  };
  const wrapped = new Map<string, string[]>();
  const wrapItem: WrapItem = (text, size, width) => {
    const key = `${size}|${width}|${text}`;
    let lines = wrapped.get(key);
    if (lines === undefined) wrapped.set(key, (lines = wrapText(text, size, false, width, measure)));
    return lines;
  };
  const build = (plotHeight: number) => {
    const col = new Column(measure, TOP);
    header(col, safe);
    keyNumbers(col, safe, measure);
    chart(col, safe, measure, plotHeight);
    return { col, rest: fitLists(measure, wrapItem, col.top, safe.assumptions, safe.citations) };
  };
  let page = build(PLOT_HEIGHT.full);
  // A long list of assumptions: a shorter chart comes before small print, and before leaving any out.
  if (page.rest.size < COMFORTABLE_LIST_SIZE || !page.rest.complete) page = build(PLOT_HEIGHT.short);
  const { col, rest } = page;

  const footer = new Column(measure, 0);
  footer.rule(FOOTER_BASELINE + SIZE.footer + 4);
  const text = clampLines(
    wrapText(
      `Pathways policy lab, generated ${safe.generatedOn}; synthetic population; not legal advice`,
      SIZE.footer,
      false,
      WIDTH,
      measure,
    ),
    1,
    SIZE.footer,
    false,
    WIDTH,
    measure,
  )[0]!;
  footer.text(text, LEFT, FOOTER_BASELINE, SIZE.footer, false, MUTED);
  return [...col.items, ...rest.col.items, ...footer.items];
}

// ---------------------------------------------------------------------------------------------------
// Drawing

const colour = (c: Colour) => rgb(c[0], c[1], c[2]);

/** An SVG path through the points; pdf-lib flips SVG's y, so y is negated and the path drawn at the origin. */
function svgPath(points: Point[], close: boolean): string {
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x.toFixed(2)} ${(-p.y).toFixed(2)}`).join(' ');
  return close ? `${d} Z` : d;
}

function draw(page: PDFPage, items: BriefItem[], fonts: { regular: PDFFont; bold: PDFFont }): void {
  for (const item of items) {
    switch (item.kind) {
      case 'text':
        page.drawText(item.text, {
          x: item.x,
          y: item.y,
          size: item.size,
          font: item.bold ? fonts.bold : fonts.regular,
          color: colour(item.colour),
        });
        break;
      case 'line':
        page.drawLine({
          start: item.from,
          end: item.to,
          thickness: item.thickness,
          color: colour(item.colour),
          ...(item.dash ? { dashArray: item.dash } : {}),
        });
        break;
      case 'polyline':
        if (item.points.length < 2) break;
        page.drawSvgPath(svgPath(item.points, false), {
          x: 0,
          y: 0,
          borderColor: colour(item.colour),
          borderWidth: item.thickness,
          ...(item.dash ? { borderDashArray: item.dash } : {}),
        });
        break;
      case 'polygon':
        if (item.points.length < 3) break;
        page.drawSvgPath(svgPath(item.points, true), { x: 0, y: 0, color: colour(item.fill) });
        break;
    }
  }
}

/** The brief as PDF bytes: one US Letter page in Helvetica. */
export async function impactBrief(input: BriefInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const measure: Measure = { width: (text, size, isBold) => (isBold ? bold : regular).widthOfTextAtSize(text, size) };
  const items = layoutBrief(input, measure);

  pdf.setTitle(winAnsiText(`${input.reformName}: impact brief`));
  pdf.setSubject(winAnsiText(`What the reform would do in ${input.jurisdiction}, on a synthetic population`));
  pdf.setProducer('Pathways');
  pdf.setCreator('Pathways policy lab');
  pdf.setLanguage('en-US');
  // The date the brief says it was generated, so the same run gives the same document.
  const generated = new Date(input.generatedOn);
  if (!Number.isNaN(generated.getTime())) {
    pdf.setCreationDate(generated);
    pdf.setModificationDate(generated);
  }

  draw(pdf.addPage([PAGE.width, PAGE.height]), items, { regular, bold });
  return pdf.save();
}
