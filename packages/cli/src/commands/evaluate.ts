/**
 * `pathways evaluate --as-of DATE FILE…`: one evaluation per term of every person, in input order
 * (spec § 2). All files are validated first; any error sends every message to standard error, writes
 * nothing to standard output and exits 2. Then a second pass streams the evaluations out, so memory
 * stays flat however many records there are.
 */
import { evaluatePerson, JURISDICTIONS, SUPPORTED_JURISDICTIONS, type Day, type PersonRecord } from '@pathways/law';
import { checkFiles, formatFileError } from '../io/check-files.ts';
import type { Output } from '../io/output.ts';
import { readRecordBatches, releasing } from '../io/read-records.ts';
import { formatEvaluationText } from './format-text.ts';

const FLUSH_CHARS = 256 * 1024;

export type EvaluateFormat = 'json' | 'jsonl' | 'text';

export async function evaluateCommand(
  files: string[],
  asOf: Day,
  format: EvaluateFormat,
  out: Output,
  err: Output,
  maxRecordBytes?: number,
  stats = false,
): Promise<number> {
  const started = performance.now();
  const options =
    maxRecordBytes === undefined
      ? { supportedJurisdictions: SUPPORTED_JURISDICTIONS }
      : { supportedJurisdictions: SUPPORTED_JURISDICTIONS, maxRecordBytes };
  const summary = await checkFiles(files, options, (e) => err.write(`${formatFileError(e)}\n`));
  if (summary.errors > 0) {
    await err.write(
      `pathways evaluate: nothing evaluated: ${summary.errors.toLocaleString('en-US')} error${summary.errors === 1 ? '' : 's'} in the input (run \`pathways validate\` for the same list).\n`,
    );
    return 2;
  }

  let first = true;
  let people = 0;
  let terms = 0;
  if (format === 'json') await out.write('[\n');
  const streamOptions = maxRecordBytes === undefined ? {} : { maxRecordBytes };
  for (const file of files) {
    for await (const batch of readRecordBatches(file, streamOptions)) {
      // Written a quarter-megabyte at a time, not per term: output held longer would outlive the garbage
      // collector's young generation and be copied, for nothing, before it is written.
      let text = '';
      for (const raw of releasing(batch)) {
        if (text.length >= FLUSH_CHARS) {
          await out.write(text);
          if (out.isClosed) return 0;
          text = '';
        }
        people += 1;
        // Validated in the first pass; the schema keeps records as they are, so the raw value is the record.
        for (const evaluation of evaluatePerson(JURISDICTIONS, raw.value as PersonRecord, asOf)) {
          terms += 1;
          if (format === 'text') text += formatEvaluationText(evaluation);
          else if (format === 'jsonl') text += `${JSON.stringify(evaluation)}\n`;
          else text += `${first ? '' : ',\n'}${JSON.stringify(evaluation)}`;
          first = false;
        }
      }
      await out.write(text);
      if (out.isClosed) return 0;
    }
  }
  if (format === 'json') await out.write(first ? ']\n' : '\n]\n');
  if (stats) {
    const seconds = (performance.now() - started) / 1000;
    const peak = Math.round(process.resourceUsage().maxRSS / 1024);
    await err.write(
      `evaluated ${terms.toLocaleString('en-US')} terms of ${people.toLocaleString('en-US')} people in ${seconds.toFixed(1)} s (${Math.round(terms / seconds).toLocaleString('en-US')} terms per second, validation pass included); peak memory ${peak} MiB\n`,
    );
  }
  return 0;
}
