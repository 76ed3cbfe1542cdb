/**
 * `pathways demo`: what `npm start` runs. Every jurisdiction's shipped example, evaluated as of the date
 * that shows its law at work and printed for reading, then the law reference written to disk.
 */
import { join } from 'node:path';
import { evaluatePerson, JURISDICTIONS, parseIsoDate } from '@pathways/law';
import type { Output } from '../io/output.ts';
import { exampleFile, readExampleRecords, repositoryRoot } from '../io/repository.ts';
import { formatEvaluationText } from './format-text.ts';
import { lawSiteCommand } from './law.ts';

export async function demoCommand(out: Output, today: string): Promise<number> {
  for (const j of JURISDICTIONS.values()) {
    const file = exampleFile(j.code);
    if (file === undefined) continue;
    await out.write(`\n=== ${j.name} (${j.code}): ${file.replace(repositoryRoot, '')}, as of ${j.exampleAsOf} ===\n\n`);
    const asOf = parseIsoDate(j.exampleAsOf);
    for (const record of await readExampleRecords(file)) {
      for (const e of evaluatePerson(JURISDICTIONS, record, asOf)) await out.write(formatEvaluationText(e));
    }
  }
  await out.write('\n');
  return lawSiteCommand(join(repositoryRoot, 'data', 'law-reference'), out, today);
}
