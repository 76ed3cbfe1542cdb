/**
 * The generated JSON Lines file the benchmarks share: `.bench/records-COUNT-SEED-gGENERATOR.jsonl`, written
 * once (through a `.partial` file, renamed when complete) and reused after.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { ProgressBar } from '../src/io/progress.ts';
import { repositoryRoot } from '../src/io/repository.ts';
import { generatePerson, seededRandom } from './generate-records.ts';

export const RECORDS_SEED = 20261130;
// Bump GENERATOR when generate-records.ts changes, so a stale file is not reused.
export const GENERATOR = 2;

export function recordsFilePath(count: number, seed = RECORDS_SEED): string {
  return join(repositoryRoot, '.bench', `records-${count}-${seed}-g${GENERATOR}.jsonl`);
}

/** The path of the file of `count` generated people, writing it first if it is not there yet. */
export async function ensureRecordsFile(count: number, seed = RECORDS_SEED): Promise<string> {
  const file = recordsFilePath(count, seed);
  if (existsSync(file)) return file;
  mkdirSync(join(repositoryRoot, '.bench'), { recursive: true });
  const random = seededRandom(seed);
  const out = createWriteStream(`${file}.partial`);
  const bar = new ProgressBar('generating records', count);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify(generatePerson(random, i + 1))}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
    if (i % 10_000 === 0) bar.update(i);
  }
  await new Promise<void>((resolve) => out.end(resolve));
  bar.done(count);
  renameSync(`${file}.partial`, file);
  return file;
}
