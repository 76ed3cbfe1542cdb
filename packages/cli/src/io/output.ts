/** Writing to a stream with backpressure, and quietly stopping when the reader goes away (`| head`). */
import type { Writable } from 'node:stream';

/** The output could not be written (a full disk, a closed file): said in one line, not as a crash. */
export class OutputError extends Error {}

export class Output {
  private closed = false;
  /** Why writing failed, other than the reader going away; kept so the command can stop and say so. */
  failure: NodeJS.ErrnoException | undefined;

  constructor(private readonly stream: Writable) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      this.closed = true;
      if (e.code !== 'EPIPE') this.failure = e;
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Throws OutputError if an earlier write failed (not for EPIPE: a reader that stopped reading is fine). */
  check(): void {
    if (this.failure !== undefined) throw new OutputError(`cannot write the output: ${this.failure.message}`);
  }

  /** Waits until what was written has been handed on (or has failed): then `check` knows. */
  async flush(): Promise<void> {
    if (this.closed) return;
    await new Promise<void>((resolve) => {
      this.stream.write('', (e) => {
        if (e && (e as NodeJS.ErrnoException).code !== 'EPIPE') this.failure ??= e;
        resolve();
      });
    });
  }

  async write(text: string | Uint8Array): Promise<void> {
    this.check();
    if (this.closed) return;
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('close', done);
      });
    }
  }
}
