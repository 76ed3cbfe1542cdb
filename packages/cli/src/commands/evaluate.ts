/**
 * `pathways evaluate --as-of DATE FILE…`: one evaluation per term of every person, in input order
 * (spec § 2). All files are validated first; any error sends every message to standard error, writes
 * nothing to standard output and exits 2. Then a second pass evaluates them, a window of records at a
 * time grouped by jurisdiction (io/jurisdiction-order.ts), and streams the evaluations out in input order
 * (io/window-output.ts), so memory stays flat however many records there are. The bin runs this command
 * in a Node.js with the options of bin/evaluate-node-options.js.
 */
import {
  evaluatePerson,
  JURISDICTIONS,
  SUPPORTED_JURISDICTIONS,
  type Day,
  type PersonRecord,
  type RawRecord,
  type TermEvaluation,
} from '@pathways/law';
import { checkFiles, formatFileError } from '../io/check-files.ts';
import { sameFile, snapshot } from '../io/file-snapshot.ts';
import type { Output } from '../io/output.ts';
import { groupedWindows } from '../io/jurisdiction-order.ts';
import { WindowOutput } from '../io/window-output.ts';
import { readRecordBatches } from '../io/read-records.ts';
import { shownName } from '../io/spool-inputs.ts';
import { formatEvaluationText } from './format-text.ts';

/** Between two evaluations in the `json` format's array, within a person's and between persons'. */
const JSON_SEPARATOR = ',\n';

/**
 * The output is held back until this much of it is ready (characters or bytes), so that where the engine
 * fails on a record that passed validation (a fault in Pathways, not in the input), an input of any but a
 * very large size has written nothing to standard output, rather than part of the result. Past it the
 * command streams.
 */
const HOLD_SIZE = 32 * 1024 * 1024;

/** The engine failed on a valid record: reported as an internal error (exit 1), naming the record. */
export class EvaluationFault extends Error {}

export type EvaluateFormat = 'json' | 'jsonl' | 'text';

export async function evaluateCommand(
  files: string[],
  asOf: Day,
  format: EvaluateFormat,
  out: Output,
  err: Output,
  maxRecordBytes?: number,
  stats = false,
  evaluate: typeof evaluatePerson = evaluatePerson,
): Promise<number> {
  const started = performance.now();
  const options =
    maxRecordBytes === undefined
      ? { supportedJurisdictions: SUPPORTED_JURISDICTIONS }
      : { supportedJurisdictions: SUPPORTED_JURISDICTIONS, maxRecordBytes };
  const before = files.map(snapshot);
  const summary = await checkFiles(files, options, (e) => err.write(`${formatFileError(e)}\n`));
  const validated = files.map(snapshot);
  const changed = files.filter((_, i) => !sameFile(before[i], validated[i]));
  if (changed.length > 0) {
    await err.write(
      `pathways evaluate: nothing evaluated: ${changed.map(shownName).join(', ')} changed while ${changed.length === 1 ? 'it was' : 'they were'} being validated (still being written?); run the command again once ${changed.length === 1 ? 'it is' : 'they are'} complete.\n`,
    );
    return 2;
  }
  if (summary.errors > 0) {
    await err.write(
      `pathways evaluate: nothing evaluated: ${summary.errors.toLocaleString('en-US')} error${summary.errors === 1 ? '' : 's'} in the input (run \`pathways validate\` for the same list).\n`,
    );
    return 2;
  }

  let people = 0;
  let terms = 0;
  const sink = new HeldBack(out);
  const output = new WindowOutput(format === 'json' ? Buffer.from(JSON_SEPARATOR) : undefined);
  if (format === 'json') await sink.write('[\n');
  const streamOptions = maxRecordBytes === undefined ? {} : { maxRecordBytes };
  reading: for (const [i, file] of files.entries()) {
    // Only the bytes the first pass validated are read; a change to them is found below. (A special file
    // that states no size, as /proc's do, is read whole.)
    const bytes = validated[i]?.size || undefined;
    const batches = readRecordBatches(file, bytes === undefined ? streamOptions : { ...streamOptions, bytes });
    // Evaluated grouped by jurisdiction (jurisdiction-order.ts says why), each record's output kept at its
    // place and written in input order once its window is done.
    for await (const window of groupedWindows(unlessChanged(batches, () => !sameFile(validated[i], snapshot(file))))) {
      output.begin(window.size);
      for (const { raw, place } of window) {
        people += 1;
        // Validated in the first pass; the schema keeps records as they are, so the raw value is the record.
        const person = raw.value as PersonRecord;
        let evaluations;
        try {
          evaluations = evaluate(JURISDICTIONS, person, asOf);
        } catch (e) {
          // A file rewritten since it was validated may hold a record that never was: that is not the engine's fault.
          if (!sameFile(validated[i], snapshot(file))) break reading;
          const before = sink.holding ? 'nothing was written to standard output' : 'the output written before it is incomplete';
          throw new EvaluationFault(
            `the engine failed on record ${raw.position} (id ${JSON.stringify(person.id)}) of ${file === '-' ? 'standard input' : file}, which is valid input: ${(e as Error).message}; ${before}. Please report it.`,
            { cause: e },
          );
        }
        terms += evaluations.length;
        output.put(place, serialized(evaluations, format));
      }
      for (const piece of output.inInputOrder()) {
        await sink.write(piece);
        if (out.isClosed) return 0;
      }
    }
  }
  // A file rewritten while it was evaluated: the records read may not be those validated.
  const rewritten = files.filter((file, i) => !sameFile(validated[i], snapshot(file)));
  if (rewritten.length > 0) {
    await err.write(
      `pathways evaluate: ${rewritten.map(shownName).join(', ')} changed while ${rewritten.length === 1 ? 'it was' : 'they were'} being evaluated; ${sink.holding ? 'nothing was written to standard output' : 'the output written is not to be relied on'}: run the command again once ${rewritten.length === 1 ? 'it is' : 'they are'} complete.\n`,
    );
    return 2;
  }
  if (format === 'json') await sink.write(output.wroteAny ? '\n]\n' : ']\n');
  await sink.end();
  if (stats) {
    const seconds = (performance.now() - started) / 1000;
    const peak = Math.round(process.resourceUsage().maxRSS / 1024);
    await err.write(
      `evaluated ${terms.toLocaleString('en-US')} terms of ${people.toLocaleString('en-US')} people in ${seconds.toFixed(1)} s (${Math.round(terms / seconds).toLocaleString('en-US')} terms per second, validation pass included); peak memory ${peak} MiB\n`,
    );
  }
  return 0;
}

/** One person's evaluations as the format writes them; for `json`, joined without the separator before the first. */
export function serialized(evaluations: readonly TermEvaluation[], format: EvaluateFormat): string {
  let text = '';
  for (let k = 0; k < evaluations.length; k++) {
    const evaluation = evaluations[k]!;
    if (format === 'text') text += formatEvaluationText(evaluation);
    else if (format === 'jsonl') text += `${JSON.stringify(evaluation)}\n`;
    else text += `${k === 0 ? '' : JSON_SEPARATOR}${JSON.stringify(evaluation)}`;
  }
  return text;
}

/**
 * The batches of a file, ending quietly where the file can no longer be read as it was validated and
 * `changed()` says it was rewritten (the caller then reports the change, not a parse error).
 */
async function* unlessChanged(batches: AsyncGenerator<RawRecord[]>, changed: () => boolean): AsyncGenerator<RawRecord[]> {
  try {
    yield* batches;
  } catch (e) {
    if (!changed()) throw e;
  }
}

/** Holds what is written until `HOLD_SIZE` of it is ready (or the end), then passes everything on. */
class HeldBack {
  private held: (string | Uint8Array)[] | undefined = [];
  private heldSize = 0;

  constructor(private readonly out: Output) {}

  /** Nothing has reached the output yet. */
  get holding(): boolean {
    return this.held !== undefined;
  }

  async write(text: string | Uint8Array): Promise<void> {
    if (this.held === undefined) return this.out.write(text);
    this.held.push(text);
    this.heldSize += text.length;
    if (this.heldSize >= HOLD_SIZE) await this.end();
  }

  /** Passes on what is held; from then on every write goes straight through. */
  async end(): Promise<void> {
    const held = this.held ?? [];
    this.held = undefined;
    for (const text of held) {
      await this.out.write(text);
      if (this.out.isClosed) return;
    }
  }
}
