/**
 * Simulates people [from, to) of one replication under both scenarios, adding them into a tally.
 * Person i is the same person in every thread and in both scenarios: their record comes from the stream
 * (seed, replication, i, person) and their months from (seed, replication, i, months).
 * Indexes below `people` are the stock on the first day (people the baseline's law still supervises
 * then: supervised-on.ts); the rest enter, `entrantsPerMonth` a month,
 * on days spread over their month.
 */
import { synthesizeSupervisedOn } from '../population/supervised-on.ts';
import { synthesizeEntrant } from '../population/synthesize.ts';
import { RandomStream, STREAM } from '../random.ts';
import { GROUPS, LEVELS, type Tally } from './metrics.ts';
import { runPerson } from './person-run.ts';
import type { SimulationContext } from './simulation-context.ts';

const DEFAULT_CELL = LEVELS.indexOf('felony') * GROUPS.length + GROUPS.indexOf('public_order');

export function runRange(
  ctx: SimulationContext,
  replication: number,
  from: number,
  to: number,
  tally: Tally,
  onProgress?: (people: number) => void,
): void {
  const { spec, horizon, assumptions } = ctx;
  const cal = assumptions.calibration;
  for (let i = from; i < to; i++) {
    const personStream = new RandomStream(spec.seed, replication, i, STREAM.person);
    const id = `P-${String(i + 1).padStart(7, '0')}`;
    let entryMonth = 0;
    let record;
    if (i < spec.people) record = synthesizeSupervisedOn(cal, personStream, id, horizon.start, ctx.laws[0].jurisdiction);
    else {
      const j = i - spec.people;
      entryMonth = Math.floor(j / ctx.entrantsPerMonth);
      const first = horizon.monthStart[entryMonth]!;
      const days = horizon.monthStart[entryMonth + 1]! - first;
      record = synthesizeEntrant(cal, personStream, id, first + Math.floor(((j % ctx.entrantsPerMonth) * days) / ctx.entrantsPerMonth));
    }
    const offense = record.terms[0]!.offenses[0]!;
    const plan = { record, entryMonth, entrant: i >= spec.people, groupCell: ctx.groupCells.get(offense.statute) ?? DEFAULT_CELL };
    for (const law of ctx.laws)
      runPerson(plan, law, horizon, assumptions, new RandomStream(spec.seed, replication, i, STREAM.months), tally);
    if (onProgress !== undefined && (i - from) % 1000 === 999) onProgress(1000);
  }
  if (onProgress !== undefined) onProgress((to - from) % 1000);
}
