/**
 * A person of the stock whom the law still supervises on the day.
 *
 * The stock is drawn from lengths as imposed, with time served uniform over the term
 * (synthesize.ts). Under a law with caps or credits, some of those terms have already ended by law
 * before the day: a Missouri term whose credits have run it out, a New York parole term shortened by
 * earned time. They are not on supervision on the day under that law, so they are not in its stock:
 * such a draw is replaced by the next one from the same stream, until one is still supervised. The
 * stock's count stays the state's count of people on supervision, and its make-up is that of people
 * the law still holds. (Keeping them instead would show every one of them exiting in the first month,
 * under the baseline and the reform alike: an exit that no bill causes.)
 */
import { evaluateTerm, formatIsoDate, type Day, type Jurisdiction, type PersonRecord } from '@pathways/law';
import type { StateCalibration } from '../calibration/state-calibration.ts';
import type { RandomStream } from '../random.ts';
import { synthesizeStockPerson } from './synthesize.ts';

/**
 * Draws before the last draw is kept as it is. A term's chance of having ended by law is well under
 * one half in every calibrated state, so the 64th draw is never reached in practice; the bound only
 * keeps a law that ends every term from looping for ever.
 */
const MAX_DRAWS = 64;

export function synthesizeSupervisedOn(cal: StateCalibration, stream: RandomStream, id: string, day: Day, law: Jurisdiction): PersonRecord {
  const iso = formatIsoDate(day);
  for (let draw = 1; ; draw++) {
    const record = synthesizeStockPerson(cal, stream, id, day);
    const projected = evaluateTerm(law, record, record.terms[0]!, day).projectedEndDate;
    // Supervised on the day when the projected end (the term's last day) is the day or later.
    if (projected === null || projected >= iso || draw === MAX_DRAWS) return record;
  }
}
