/**
 * Who a reform helps, shown as a few people: synthetic people of the state (the simulation's own draw of
 * its stock, `synthesizeStockPerson`), each evaluated by the law package under the baseline and under the
 * reform as of the run's first day. Those whose projected end date comes sooner under the reform are
 * listed, most days sooner first, with both dates and the steps of the reform's explanation that the
 * baseline's does not have: the explanation of the difference, in the engine's own words and citations.
 *
 * The people are drawn from their own random stream (replication 999 999, never one a run uses), so the
 * examples do not depend on the run's size and the same seed shows the same people.
 */
import { evaluatePerson, parseIsoDate, type ExplanationStep, type IsoDate, type JurisdictionRegistry } from '@pathways/law';
import { calibrationFor } from '../calibration/states.ts';
import { synthesizeStockPerson } from '../population/synthesize.ts';
import { RandomStream, STREAM } from '../random.ts';
import type { ReformFile } from './reform-file.ts';
import { buildScenarios, registryWith } from './scenario.ts';

const EXAMPLE_REPLICATION = 999_999;

export interface HelpedPerson {
  id: string;
  /** The term as a reader knows it: "probation for 5 years from 2011-03-04 (felony: stealing)". */
  term: string;
  before: IsoDate;
  after: IsoDate;
  daysSooner: number;
  /** The reform's explanation steps the baseline's lacks. */
  difference: ExplanationStep[];
}

const DAY_MS = 86_400_000;
const days = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

export function whoItHelps(
  file: ReformFile,
  asOf: IsoDate,
  seed: number,
  options: { count?: number; candidates?: number } = {},
): HelpedPerson[] {
  const count = options.count ?? 3;
  const candidates = options.candidates ?? 200;
  const { baseline, reform } = buildScenarios(file);
  const laws: [JurisdictionRegistry, JurisdictionRegistry] = [registryWith(baseline), registryWith(reform)];
  const calibration = calibrationFor(file.jurisdiction);
  const day = parseIsoDate(asOf);
  const helped: HelpedPerson[] = [];
  for (let i = 0; i < candidates; i++) {
    const id = `EXAMPLE-${String(i + 1).padStart(4, '0')}`;
    const person = synthesizeStockPerson(calibration, new RandomStream(seed, EXAMPLE_REPLICATION, i, STREAM.person), id, day);
    const [before, after] = laws.map((registry) => evaluatePerson(registry, person, day)[0]!);
    if (!before?.projectedEndDate || !after?.projectedEndDate || after.projectedEndDate >= before.projectedEndDate) continue;
    const term = person.terms[0]!;
    const offense = term.offenses[0]!;
    const length = term.length
      ? `${term.length.years ? `${term.length.years} years` : ''}${term.length.months ? ` ${term.length.months} months` : ''}`.trim()
      : '';
    const baselineSteps = new Set(before.explanation.map((s) => s.text));
    helped.push({
      id,
      term: `${term.kind.replace(/_/g, ' ')}${length ? ` for ${length}` : ''} from ${term.startDate} (${offense.level.replace(/_/g, ' ')}: ${offense.description ?? offense.statute})`,
      before: before.projectedEndDate,
      after: after.projectedEndDate,
      daysSooner: days(after.projectedEndDate, before.projectedEndDate),
      difference: after.explanation.filter((s) => !baselineSteps.has(s.text)),
    });
  }
  return helped.sort((a, b) => b.daysSooner - a.daysSooner || a.id.localeCompare(b.id)).slice(0, count);
}
