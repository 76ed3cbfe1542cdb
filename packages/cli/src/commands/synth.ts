/**
 * `pathways synth`: a calibrated synthetic population as JSON Lines, one person record a line. The file
 * is written to FILE.partial and renamed at the end, so an interrupted run never leaves a half-written
 * FILE behind (and a failed run removes its partial file).
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { SUPPORTED_JURISDICTIONS, validateRecord, type Day } from '@pathways/law';
import { synthesizePopulation } from '@pathways/sim';
import { checkOutputFile, onUserPath } from '../io/input-error.ts';
import { ProgressBar } from '../io/progress.ts';

export interface SynthOptions {
  jurisdiction: string;
  people: number;
  seed: number;
  asOf: Day;
  out: string;
}

export async function synthCommand(o: SynthOptions): Promise<number> {
  checkOutputFile(o.out, '--out');
  const partial = `${o.out}.partial`;
  const file = createWriteStream(partial, { encoding: 'utf8' });
  const progress = new ProgressBar(`synth ${o.jurisdiction}`, o.people);
  const options = { supportedJurisdictions: SUPPORTED_JURISDICTIONS };
  let written = 0;
  try {
    for await (const record of synthesizePopulation(o)) {
      // A record that breaks the contract is a fault in the synthesizer: stop rather than write it.
      const v = validateRecord(record, written + 1, options);
      if (!v.ok) throw new Error(`synthesized an invalid record: ${JSON.stringify(v.errors)}`);
      if (!file.write(`${JSON.stringify(record)}\n`)) await once(file, 'drain');
      written += 1;
      if (written % 1000 === 0) progress.update(written);
    }
    file.end();
    await once(file, 'finish');
    await rename(partial, o.out);
  } catch (e) {
    file.destroy();
    await rm(partial, { force: true });
    throw onUserPath(e, o.out);
  }
  progress.done(written);
  return 0;
}
