/**
 * A synthetic population of one jurisdiction on a day, person by person. Person i (counting from 0)
 * draws from its own stream `RandomStream(seed, 0, i, STREAM.person)`, so a person's record depends on
 * the seed and their index only: the first 1,000 people of a 10,000-person file are the 1,000-person file.
 * Each is on supervision on the day under the law in force then (a draw the law has already discharged is
 * replaced: supervised-on.ts).
 */
import { JURISDICTIONS, type Day, type PersonRecord } from '@pathways/law';
import { calibrationFor } from '../calibration/states.ts';
import { RandomStream, STREAM } from '../random.ts';
import { synthesizeSupervisedOn } from './supervised-on.ts';

export interface PopulationRequest {
  /** A calibrated jurisdiction code, e.g. `US-MO`. */
  jurisdiction: string;
  /** How many people. */
  people: number;
  seed: number;
  /** The day every person is on supervision. */
  asOf: Day;
}

/** The id of person i (0-based): `P-0000001` for the first. */
export function personId(index: number): string {
  return `P-${String(index + 1).padStart(7, '0')}`;
}

export async function* synthesizePopulation({ jurisdiction, people, seed, asOf }: PopulationRequest): AsyncGenerator<PersonRecord> {
  const cal = calibrationFor(jurisdiction);
  const law = JURISDICTIONS.get(jurisdiction);
  if (law === undefined) throw new Error(`no law is encoded for ${jurisdiction}`);
  for (let i = 0; i < people; i++) {
    yield synthesizeSupervisedOn(cal, new RandomStream(seed, 0, i, STREAM.person), personId(i), asOf, law);
  }
}
