/**
 * A progress bar on standard error for long work. Draws in place on a terminal; elsewhere (CI, a file)
 * prints a line at each tenth so logs stay short. A total of 0 means unknown: it counts instead.
 */
export class ProgressBar {
  private readonly started = Date.now();
  private lastTenth = -1;
  private lastCounted = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number): void {
    if (this.total <= 0) return this.count(done);
    const fraction = Math.min(1, done / this.total);
    if (this.stream.isTTY) {
      const width = 30;
      const filled = Math.round(fraction * width);
      const elapsed = (Date.now() - this.started) / 1000;
      const eta = fraction > 0 ? elapsed / fraction - elapsed : 0;
      this.stream.write(
        `\r${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} eta ${eta.toFixed(0)} s `,
      );
    } else {
      const tenth = Math.floor(fraction * 10);
      if (tenth > this.lastTenth) {
        this.lastTenth = tenth;
        this.stream.write(`${this.label}: ${tenth * 10}% (${done.toLocaleString('en-US')} of ${this.total.toLocaleString('en-US')})\n`);
      }
    }
  }

  /** With no known total (a stream being read): the count so far, in place or every 100,000. */
  private count(done: number): void {
    if (this.stream.isTTY) {
      const elapsed = (Date.now() - this.started) / 1000;
      this.stream.write(`\r${this.label}: ${done.toLocaleString('en-US')} in ${elapsed.toFixed(0)} s `);
    } else if (done - this.lastCounted >= 100_000) {
      this.lastCounted = done;
      this.stream.write(`${this.label}: ${done.toLocaleString('en-US')}\n`);
    }
  }

  done(done: number): void {
    this.update(done);
    if (this.stream.isTTY) this.stream.write('\n');
    else if (this.total <= 0 && done !== this.lastCounted) this.stream.write(`${this.label}: ${done.toLocaleString('en-US')}\n`);
  }
}
