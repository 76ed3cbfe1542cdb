/**
 * `pathways demo`: what `npm start` runs. Every jurisdiction's shipped example, evaluated as of the date
 * that shows its law at work and printed for reading, then the law reference written to disk.
 */
import { join } from 'node:path';
import { evaluatePerson, JURISDICTIONS, parseIsoDate, validateRecord } from '@pathways/law';
import type { Output } from '../io/output.ts';
import { readRecords } from '../io/read-records.ts';
import { exampleFile, repositoryRoot } from '../io/repository.ts';
import { formatEvaluationText } from './format-text.ts';
import { lawSiteCommand } from './law.ts';

export async function demoCommand(out: Output, today: string): Promise<number> {
  for (const j of JURISDICTIONS.values()) {
    const file = exampleFile(j.code);
    if (file === undefined) continue;
    await out.write(`\n=== ${j.name} (${j.code}): ${file.replace(repositoryRoot, '')}, as of ${j.exampleAsOf} ===\n\n`);
    const asOf = parseIsoDate(j.exampleAsOf);
    for await (const raw of readRecords(file)) {
      const v = validateRecord(raw.value, raw.position);
      if (!v.ok) throw new Error(`${file}: shipped example record ${raw.position} is invalid`);
      for (const e of evaluatePerson(JURISDICTIONS, v.record, asOf)) await out.write(formatEvaluationText(e));
    }
  }
  await out.write('\n');
  return lawSiteCommand(join(repositoryRoot, 'data', 'law-reference'), out, today);
}
