/**
 * Streaming readers for record files, in their pure part: bytes in, one record at a time out, with
 * the line each record starts on. No file access here (the CLI and the server feed the chunks; the
 * browser can feed a File's stream), so memory stays flat however large the file.
 *
 * A file holds either a JSON array of records or JSON Lines (spec § 1). The format is read from the
 * first character that is not white space: `[` opens an array; anything else is read as JSON Lines.
 *
 * Everything that can be wrong with the bytes is reported, never thrown past the caller: bytes that are
 * not UTF-8, a record larger than the limit, JSON that does not parse, an array that never closes. A
 * record larger than the limit is a record that could not be read, not the end of the file: its text is
 * let go as it streams past and the records after it are still read, so `validate` lists their errors too.
 */

export interface RawRecord {
  /** 1-based position of the record in the file. */
  readonly position: number;
  /** 1-based line on which the record starts. */
  readonly line: number;
  /**
   * The record's text parsed, or why it cannot be: it is not JSON, or it could not be read at all
   * (`unread`). Parsed anew at each call and kept nowhere (`RecordText` says why): call it once.
   */
  parse(): { value: unknown } | { error: string };
  /** `parse()`'s value, or undefined where it has an error; parsed anew at each read. */
  readonly value?: unknown;
  /** `parse()`'s error, or undefined where it has a value; parsed anew at each read. */
  readonly error?: string;
  /** The record's JSON text as read, for a reader that parses it elsewhere (`parseRecordText`). */
  readonly text: string;
  /** Why the record could not be read at all (it is larger than the limit); its text is then empty. */
  readonly unread?: string;
}

/** A record's JSON text parsed, or why it is not JSON, in the words every reader reports. */
export function parseRecordText(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { error: `is not valid JSON: ${(e as Error).message}` };
  }
}

/** A problem with the file itself, after which no more records can be read. */
export class RecordFileError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
    this.name = 'RecordFileError';
  }
}

export const DEFAULT_MAX_RECORD_BYTES = 1024 * 1024;

/**
 * Blank space in a row (white space and empty lines, before or between records) past which a file is
 * refused rather than read on: endless blank lines (`yes ''`) are each within any line limit, and a
 * reader would wait on them forever. No file of records holds a run near this long.
 */
export const MAX_BLANK_RUN = 16 * 1024 * 1024;

export interface RecordStreamOptions {
  /** Largest record accepted, in UTF-16 code units of its text (about bytes for ASCII). Default 1 MiB. */
  maxRecordBytes?: number;
}

type Mode = 'sniff' | 'lines' | 'array';

/**
 * Feed it chunks with `push`, then call `end`; each returns the records completed so far.
 * Throws `RecordFileError` for a file-level problem.
 */
export class RecordStreamParser {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  private readonly maxBytes: number;
  private mode: Mode = 'sniff';
  private buffer = '';
  private line = 1; // line of buffer[0]
  private bytesSeen = 0;
  private position = 0;
  private array?: ArraySplitter;
  /** Characters of blank space read in a row so far (lines and sniffing modes). */
  private blankRun = 0;
  /** JSON Lines: the line past the limit whose rest is being let go, until its line break; 0 when none. */
  private skippingLine = 0;

  constructor(options: RecordStreamOptions = {}) {
    this.maxBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  }

  push(chunk: Uint8Array): RawRecord[] {
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      const inChunk = firstInvalidUtf8Offset(chunk);
      const offset = this.bytesSeen + inChunk;
      throw new RecordFileError(
        `the file is not valid UTF-8 text (the first bad byte is near byte ${offset})`,
        this.lineOf(chunk, inChunk),
      );
    }
    this.bytesSeen += chunk.length;
    return this.pushText(text);
  }

  /** The line that byte `inChunk` of a chunk not yet read is on: the line reached, plus the line breaks before it. */
  private lineOf(chunk: Uint8Array, inChunk: number): number {
    let line = this.mode === 'array' ? this.array!.lineReached : this.line;
    if (this.mode !== 'array') for (let i = 0; i < this.buffer.length; i++) if (this.buffer.charCodeAt(i) === 10) line += 1;
    for (let i = 0; i < inChunk; i++) if (chunk[i] === 10) line += 1;
    return line;
  }

  end(): RawRecord[] {
    let text: string;
    try {
      text = this.decoder.decode();
    } catch {
      throw new RecordFileError('the file is not valid UTF-8 text (it ends inside a multi-byte character)', undefined);
    }
    const out = this.pushText(text);
    if (this.mode === 'sniff') throw new RecordFileError('the file is empty: it holds neither a JSON array nor JSON Lines', undefined);
    if (this.mode === 'lines') {
      if (this.skippingLine !== 0) out.push(this.tooLarge(this.skippingLine));
      else if (this.buffer.trim() !== '') out.push(this.parseLine(this.buffer, this.line));
      this.buffer = '';
    } else {
      this.array!.end();
    }
    return out;
  }

  private pushText(text: string): RawRecord[] {
    if (this.mode === 'sniff') {
      this.buffer += text;
      const first = this.buffer.search(/[^\s\uFEFF]/);
      if (first < 0) {
        this.countBlank(text.length);
        if (this.buffer.length > this.maxBytes) this.buffer = '';
        return [];
      }
      if (this.buffer[first] === '[') {
        this.mode = 'array';
        this.array = new ArraySplitter(this.maxBytes);
        const rest = this.buffer;
        this.buffer = '';
        return this.array.push(rest).map((r) => this.fromArray(r));
      }
      this.mode = 'lines';
      text = '';
    }
    if (this.mode === 'array') return this.array!.push(text).map((r) => this.fromArray(r));
    return this.pushLines(text);
  }

  private fromArray(r: ArrayElement): RawRecord {
    if (r.tooLarge) return this.tooLarge(r.line);
    this.position += 1;
    return new RecordText(r.text, this.position, r.line);
  }

  private pushLines(text: string): RawRecord[] {
    const out: RawRecord[] = [];
    if (this.skippingLine !== 0) {
      // The rest of a line past the limit: let go up to its line break, then read on after it.
      const nl = text.indexOf('\n');
      if (nl < 0) return out;
      out.push(this.tooLarge(this.skippingLine));
      this.skippingLine = 0;
      this.line += 1;
      text = text.slice(nl + 1);
    }
    this.buffer += text;
    let from = 0;
    for (;;) {
      const nl = this.buffer.indexOf('\n', from);
      if (nl < 0) break;
      const lineText = this.buffer.slice(from, nl);
      if (lineText.length > this.maxBytes) {
        out.push(this.tooLarge(this.line));
        this.blankRun = 0;
      } else if (lineText.trim() !== '') {
        out.push(this.parseLine(lineText, this.line));
        this.blankRun = 0;
      } else this.countBlank(lineText.length + 1);
      this.line += 1;
      from = nl + 1;
    }
    this.buffer = this.buffer.slice(from);
    if (this.buffer.length > this.maxBytes) {
      this.skippingLine = this.line;
      this.buffer = '';
      this.blankRun = 0;
    }
    return out;
  }

  private parseLine(text: string, line: number): RawRecord {
    this.position += 1;
    // A first line that opens a record and does not close it is most likely one record written over
    // several lines (a pretty-printed object), which JSON Lines cannot hold: say how to write it.
    const hint = this.position === 1 && /^\s*\{/.test(text) && !/\}\s*$/.test(text) ? LINES_HINT : undefined;
    return new RecordText(text, this.position, line, hint);
  }

  private countBlank(chars: number): void {
    this.blankRun += chars;
    if (this.blankRun > MAX_BLANK_RUN)
      throw new RecordFileError(
        `more than ${MAX_BLANK_RUN / 1024 / 1024} MiB of blank lines in a row (to line ${this.line}) and no record in them; stopped reading`,
        this.line,
      );
  }

  /** A line or an array element past the limit, as the record it was meant to be. */
  private tooLarge(line: number): RawRecord {
    this.position += 1;
    const why = `is larger than ${this.maxBytes.toLocaleString('en-US')} bytes, the most one record may take, so it was not read`;
    return new RecordText('', this.position, line, undefined, why);
  }
}

const LINES_HINT =
  '; a file that does not begin with "[" is read as JSON Lines, one whole record on each line: write a record that spans several lines inside a JSON array ([ … ])';

/**
 * A record's text, parsed when it is read. A chunk of the file holds a thousand records or so; parsing
 * each one just before the reader uses it, rather than all of them as the chunk arrives, keeps the parsed
 * objects in the processor's cache while they are used and lets them die young, instead of living through
 * the collections a whole chunk's worth of objects would cause.
 *
 * The parse is not kept on the record. A record that waits before it is read (the evaluation's windows
 * hold 16,384 of them: packages/cli/src/io/jurisdiction-order.ts) has by then moved to V8's old
 * generation, and the young collector counts every young object an old one points to as alive, even
 * where the old one is itself garbage, until the next full collection. A parse kept there was copied and
 * then promoted with the record it belonged to: about 3 MB at every young collection of the benchmark's
 * evaluation pass, and young collections three times as long (docs/benchmarks.md, "Parsed values kept
 * nowhere").
 */
class RecordText implements RawRecord {
  constructor(
    readonly text: string,
    readonly position: number,
    readonly line: number,
    /** Said after the JSON parser's reason where the text does not parse. */
    private readonly hint?: string,
    readonly unread?: string,
  ) {}

  parse(): { value: unknown } | { error: string } {
    if (this.unread !== undefined) return { error: this.unread };
    const parsed = parseRecordText(this.text);
    return 'error' in parsed && this.hint !== undefined ? { error: parsed.error + this.hint } : parsed;
  }

  get value(): unknown {
    const parsed = this.parse();
    return 'value' in parsed ? parsed.value : undefined;
  }

  get error(): string | undefined {
    const parsed = this.parse();
    return 'error' in parsed ? parsed.error : undefined;
  }
}

/** An element of the array: its text, or `tooLarge` where it passed the limit and its text was let go. */
interface ArrayElement {
  text: string;
  line: number;
  tooLarge?: boolean;
}

/**
 * Splits a JSON array into the texts of its elements without parsing them, tracking strings and
 * nesting, so each element can be parsed (and fail) on its own. An element past the limit is still
 * scanned to its end, so the array goes on being read after it, but its text is not kept.
 */
class ArraySplitter {
  /** `element-or-close` right after "[" (an empty array is allowed); `next-element` after a comma (JSON has no trailing comma). */
  private state: 'open' | 'element-or-close' | 'next-element' | 'element' | 'comma-or-close' | 'closed' = 'open';
  private text = '';
  private elementStart = 0;
  private elementLine = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private line = 1;
  private i = 0;

  constructor(private readonly maxBytes: number) {}

  /** The line of the last character scanned (the text pushed so far is all scanned). */
  get lineReached(): number {
    return this.line;
  }

  push(chunk: string): ArrayElement[] {
    const out: ArrayElement[] = [];
    this.text += chunk;
    const s = this.text;
    for (; this.i < s.length; this.i++) {
      const c = s.charCodeAt(this.i);
      if (this.state === 'element') {
        if (c === 10) this.line += 1;
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (c === 92) this.escaped = true;
          else if (c === 34) this.inString = false;
          continue;
        }
        if (c === 34) this.inString = true;
        else if (c === 123 || c === 91) this.depth += 1;
        else if (c === 125 || c === 93) {
          if (this.depth === 0) {
            if (c === 125) throw this.unexpected('}', '"," or "]" after a record');
            // "]" closing the array right after a bare scalar element.
            out.push(this.finish(this.i));
            this.state = 'closed';
            continue;
          }
          this.depth -= 1;
          if (this.depth === 0) {
            out.push(this.finish(this.i + 1));
            this.state = 'comma-or-close';
          }
        } else if (this.depth === 0 && (c === 44 || c === 32 || c === 9 || c === 10 || c === 13)) {
          out.push(this.finish(this.i));
          this.state = c === 44 ? 'next-element' : 'comma-or-close';
        }
        continue;
      }
      if (c === 10) {
        this.line += 1;
        continue;
      }
      if (c === 32 || c === 9 || c === 13 || c === 0xfeff) continue;
      switch (this.state) {
        case 'open':
          if (c !== 91) throw this.unexpected(s[this.i]!, 'the "[" that opens the array');
          this.state = 'element-or-close';
          break;
        case 'element-or-close':
          if (c === 93) {
            this.state = 'closed';
            break;
          }
          if (c === 44) throw this.unexpected(',', 'a record');
          this.begin(c);
          break;
        case 'next-element':
          if (c === 44 || c === 93) throw this.unexpected(s[this.i]!, 'a record after the ","');
          this.begin(c);
          break;
        case 'comma-or-close':
          if (c === 44) this.state = 'next-element';
          else if (c === 93) this.state = 'closed';
          else throw this.unexpected(s[this.i]!, '"," or "]" after a record');
          break;
        case 'closed':
          throw this.unexpected(s[this.i]!, 'nothing after the "]" that closes the array');
      }
    }
    // Keep only the unfinished element's text, none of one past the limit (`elementStart` then falls before
    // the text kept, so the element's length still reads as past the limit when it ends).
    const keepFrom = this.state === 'element' && this.i - this.elementStart <= this.maxBytes ? this.elementStart : this.i;
    this.text = this.text.slice(keepFrom);
    this.elementStart -= keepFrom;
    this.i -= keepFrom;
    return out;
  }

  end(): void {
    if (this.state !== 'closed') {
      throw new RecordFileError(`the JSON array is not closed: the file ends on line ${this.line} before its "]"`, this.line);
    }
  }

  private begin(c: number): void {
    this.state = 'element';
    this.elementStart = this.i;
    this.elementLine = this.line;
    this.depth = c === 123 || c === 91 ? 1 : 0;
    this.inString = c === 34;
    this.escaped = false;
  }

  private finish(endExclusive: number): ArrayElement {
    if (endExclusive - this.elementStart > this.maxBytes) return { text: '', line: this.elementLine, tooLarge: true };
    return { text: this.text.slice(this.elementStart, endExclusive), line: this.elementLine };
  }

  private unexpected(found: string, expected: string): RecordFileError {
    return new RecordFileError(`line ${this.line}: found ${JSON.stringify(found)} where the file should have ${expected}`, this.line);
  }
}

/** The offset of the first byte that breaks UTF-8 in `bytes` (its length if none does). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    if (i + need >= bytes.length) return i; // a sequence cut off by the end of the chunk
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}
