/**
 * Lays a document out on US Letter pages with pdf-lib: caption, title, body blocks wrapped to the text
 * width, page breaks, a header on every page after the first, and a footer on every page with
 * "DRAFT — review before filing" and "Page n of m". DejaVu Sans is embedded when the system has it
 * (fonts-dejavu-core), so names keep their letters; otherwise Helvetica, with every string made
 * WinAnsi-safe first (safe-text.ts) so generation never throws on a name.
 */
import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Block } from './template.ts';
import { drawableText } from './safe-text.ts';

export const DEJAVU_SANS = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
export const DEJAVU_SANS_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

export interface RenderInput {
  title: string;
  caption: string[];
  /** The statute the document rests on: the PDF's subject. */
  citation: string;
  blocks: Block[];
  /** Printed in the header of pages after the first (the person and the term). */
  runningHead: string;
  createdAt: Date;
}

export interface RenderOptions {
  /** Where to look for DejaVu Sans; tests pass a missing path to exercise the Helvetica fallback. */
  fontPath?: string;
  boldFontPath?: string;
}

const PAGE = { width: 612, height: 792 };
const MARGIN = { left: 72, right: 72, top: 72, bottom: 72 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const SIZE = { body: 11, title: 13, caption: 11, small: 8.5 };
const LEADING = 1.4;
const INDENT = 22;
export const DRAFT_FOOTER = 'DRAFT — review before filing';

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  safe: (text: string) => string;
}

/** A font file's bytes, read once per process (each document embeds its own subset of them). */
const fontFiles = new Map<string, Uint8Array>();
function fontBytes(path: string): Uint8Array {
  let bytes = fontFiles.get(path);
  if (bytes === undefined) fontFiles.set(path, (bytes = readFileSync(path)));
  return bytes;
}

async function loadFonts(pdf: PDFDocument, options: RenderOptions): Promise<Fonts> {
  const path = options.fontPath ?? DEJAVU_SANS;
  const boldPath = options.boldFontPath ?? DEJAVU_SANS_BOLD;
  let regular: PDFFont;
  let bold: PDFFont;
  if (existsSync(path)) {
    pdf.registerFontkit(fontkit);
    regular = await pdf.embedFont(fontBytes(path), { subset: true });
    bold = existsSync(boldPath) ? await pdf.embedFont(fontBytes(boldPath), { subset: true }) : regular;
  } else {
    regular = await pdf.embedFont(StandardFonts.Helvetica);
    bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  }
  // Both fonts are asked: a character the bold face lacks would throw (standard) or vanish (embedded).
  const boldSet = new Set(bold.getCharacterSet());
  const drawable = new Set(regular.getCharacterSet().filter((cp) => boldSet.has(cp)));
  return { regular, bold, safe: (text) => drawableText(text, (cp) => drawable.has(cp)) };
}

/** Splits text into lines no wider than `width`; a word longer than a line is broken by characters. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  for (const word of text.split(/ +/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    let rest = word;
    while (!fits(rest)) {
      // The longest prefix that fits, found by halving (a long token would otherwise cost one measure per character).
      let lo = 1;
      let hi = rest.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(rest.slice(0, mid))) lo = mid;
        else hi = mid - 1;
      }
      const cut = lo;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** A cursor that writes lines down the page and starts a new page when the next line would not fit. */
class Writer {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;

  constructor(private readonly pdf: PDFDocument) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = PAGE.height - MARGIN.top;
  }

  /** Room for `height` points, or a new page. */
  need(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  line(text: string, font: PDFFont, size: number, x = MARGIN.left, options: { center?: boolean } = {}): void {
    const height = size * LEADING;
    this.need(height);
    this.y -= size;
    const left = options.center ? (PAGE.width - font.widthOfTextAtSize(text, size)) / 2 : x;
    this.page.drawText(text, { x: left, y: this.y, size, font, color: rgb(0, 0, 0) });
    this.y -= height - size;
  }

  rule(x: number, width: number): void {
    this.need(SIZE.body * LEADING);
    this.y -= SIZE.body;
    this.page.drawLine({ start: { x, y: this.y }, end: { x: x + width, y: this.y }, thickness: 0.7 });
    this.y -= SIZE.body * (LEADING - 1) + 2;
  }
}

function paragraph(w: Writer, fonts: Fonts, text: string, font: PDFFont, size: number, x: number, width: number): void {
  for (const l of wrap(fonts.safe(text), font, size, width)) w.line(l, font, size, x);
}

function drawBlock(w: Writer, fonts: Fonts, block: Block): void {
  switch (block.type) {
    case 'heading':
      w.gap(6);
      // Keep a heading with at least two lines of what follows.
      w.need(SIZE.body * LEADING * 3);
      paragraph(w, fonts, block.text, fonts.bold, SIZE.body, MARGIN.left, TEXT_WIDTH);
      break;
    case 'paragraph':
      paragraph(w, fonts, block.text, fonts.regular, SIZE.body, MARGIN.left, TEXT_WIDTH);
      w.gap(6);
      break;
    case 'list':
      block.items.forEach((item, i) => {
        const marker = block.marker === 'number' ? `${i + 1}.` : block.marker === 'box' ? '[  ]' : '-';
        const lines = wrap(fonts.safe(item), fonts.regular, SIZE.body, TEXT_WIDTH - INDENT - 8);
        lines.forEach((l, j) => {
          if (j === 0) {
            w.need(SIZE.body * LEADING);
            // The marker and the first line share a baseline: draw the marker, then the line at the indent.
            w.line(marker, fonts.regular, SIZE.body, MARGIN.left + 4);
            w.gap(-SIZE.body * LEADING);
          }
          w.line(l, fonts.regular, SIZE.body, MARGIN.left + INDENT + 8);
        });
        w.gap(3);
      });
      w.gap(4);
      break;
    case 'signature':
      w.gap(10);
      w.need(SIZE.body * LEADING * 3 + 10);
      w.rule(MARGIN.left, TEXT_WIDTH * 0.7);
      paragraph(w, fonts, block.label, fonts.regular, SIZE.small, MARGIN.left, TEXT_WIDTH);
      if (block.printedName) paragraph(w, fonts, `Printed name: ${block.printedName}`, fonts.regular, SIZE.small, MARGIN.left, TEXT_WIDTH);
      w.gap(6);
      break;
  }
}

function drawFurniture(pages: PDFPage[], fonts: Fonts, runningHead: string): void {
  const footer = fonts.safe(DRAFT_FOOTER);
  const head = fonts.safe(runningHead);
  pages.forEach((page, i) => {
    const pageLabel = `Page ${i + 1} of ${pages.length}`;
    const size = SIZE.small;
    const y = MARGIN.bottom / 2;
    page.drawText(footer, { x: MARGIN.left, y, size, font: fonts.bold });
    page.drawText(pageLabel, {
      x: PAGE.width - MARGIN.right - fonts.regular.widthOfTextAtSize(pageLabel, size),
      y,
      size,
      font: fonts.regular,
    });
    if (i > 0) {
      const shown = wrap(head, fonts.regular, size, TEXT_WIDTH)[0]!;
      page.drawText(shown, { x: MARGIN.left, y: PAGE.height - MARGIN.top / 2, size, font: fonts.regular });
    }
  });
}

export async function renderPdf(input: RenderInput, options: RenderOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fonts = await loadFonts(pdf, options);
  pdf.setTitle(fonts.safe(input.title));
  pdf.setSubject(input.citation);
  pdf.setProducer('Pathways');
  pdf.setCreator('Pathways');
  pdf.setCreationDate(input.createdAt);
  pdf.setModificationDate(input.createdAt);
  pdf.setLanguage('en-US');

  const w = new Writer(pdf);
  for (const c of input.caption) paragraph(w, fonts, c, fonts.regular, SIZE.caption, MARGIN.left, TEXT_WIDTH);
  w.gap(10);
  for (const l of wrap(fonts.safe(input.title), fonts.bold, SIZE.title, TEXT_WIDTH))
    w.line(l, fonts.bold, SIZE.title, MARGIN.left, { center: true });
  w.gap(10);
  for (const block of input.blocks) drawBlock(w, fonts, block);
  drawFurniture(w.pages, fonts, input.runningHead);
  return pdf.save();
}
