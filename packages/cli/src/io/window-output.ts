/**
 * The output of one window of records (jurisdiction-order.ts), held until the whole window has been
 * evaluated and then handed out in input order.
 *
 * Held as UTF-8 bytes in a few large buffers reused from window to window, not as strings: a window's
 * output (about 3 KB a person, tens of megabytes a window) lives longer than the garbage collector's
 * young generation, which would copy strings held that long at every collection, and a buffer per record
 * would make thousands of small allocations outside the heap, each of which the collector tracks. Bytes in
 * reused buffers cost the collector nothing, and the output is bytes when it is written anyway.
 */

/** A buffer of the pool; a record's output larger than it gets a buffer of its own size. */
const CHUNK_BYTES = 4 * 1024 * 1024;
/** The size of each piece handed out by `inInputOrder` (one write to the output each). */
const PIECE_BYTES = 256 * 1024;

export class WindowOutput {
  private readonly chunks: Buffer[] = [];
  /** The chunk being filled and the first free byte in it. */
  private chunk = 0;
  private used = 0;
  /** For each place of the window: its chunk, first byte and end; chunk −1 where the record wrote nothing. */
  private places = new Int32Array(0);
  private size = 0;
  private any = false;

  /**
   * @param separator written between two records' outputs, across windows too (the `json` format's
   *   array); never before the first.
   */
  constructor(private readonly separator: Buffer = Buffer.alloc(0)) {}

  /** Something has been handed out by `inInputOrder` so far (the `json` format then closes its array on a new line). */
  get wroteAny(): boolean {
    return this.any;
  }

  /** Starts a window of `size` records; every place is empty until `put`. */
  begin(size: number): void {
    if (this.places.length < 3 * size) this.places = new Int32Array(3 * size);
    this.places.fill(-1, 0, 3 * size);
    this.size = size;
    this.chunk = 0;
    this.used = 0;
  }

  /** The output of the record at `place` (its place in input order within the window). */
  put(place: number, text: string): void {
    if (place < 0 || place >= this.size) throw new RangeError(`place ${place} is outside the window of ${this.size}`);
    if (text === '') return;
    // A UTF-16 code unit is at most 3 bytes of UTF-8; the exact count is taken only for an output too
    // large for a chunk.
    const most = text.length * 3;
    const need = most <= CHUNK_BYTES ? most : Buffer.byteLength(text, 'utf8');
    let buffer = this.chunks[this.chunk];
    if (buffer === undefined || this.used + need > buffer.length) {
      if (buffer !== undefined) this.chunk += 1;
      this.used = 0;
      buffer = this.chunks[this.chunk];
      if (buffer === undefined || buffer.length < need) {
        buffer = Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, need));
        this.chunks[this.chunk] = buffer;
      }
    }
    const from = this.used;
    this.used += buffer.write(text, from, 'utf8');
    this.places[3 * place] = this.chunk;
    this.places[3 * place + 1] = from;
    this.places[3 * place + 2] = this.used;
  }

  /**
   * The window's outputs in input order, in pieces of about `PIECE_BYTES`, each a copy the caller may keep
   * (the chunks are reused by the next window). Once they have all been handed out, the window is over.
   */
  *inInputOrder(): Generator<Buffer> {
    let parts: Buffer[] = [];
    let bytes = 0;
    for (let place = 0; place < this.size; place++) {
      const chunk = this.places[3 * place]!;
      if (chunk < 0) continue;
      if (this.any && this.separator.length > 0) {
        parts.push(this.separator);
        bytes += this.separator.length;
      }
      this.any = true;
      const part = this.chunks[chunk]!.subarray(this.places[3 * place + 1], this.places[3 * place + 2]);
      parts.push(part);
      bytes += part.length;
      if (bytes >= PIECE_BYTES) {
        yield Buffer.concat(parts, bytes);
        parts = [];
        bytes = 0;
      }
    }
    if (bytes > 0) yield Buffer.concat(parts, bytes);
    this.size = 0;
  }
}
