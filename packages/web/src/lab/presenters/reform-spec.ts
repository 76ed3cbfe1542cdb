/**
 * From the lab's form to the run: the reform file text the simulator reads and the SimulationSpec the
 * Web Worker runs. A shipped bill left as it is goes to the simulator as its own YAML text, so the run is
 * the very run `pathways simulate --reform reforms/<file>` makes with the same seed and size; edits are
 * written as parameter overrides from the run's start in a JSON reform file built on the bill (or on
 * current law), which the same parser checks.
 */
import { JURISDICTIONS } from '@pathways/law';
import {
  COST_KINDS,
  parseReformFile,
  type ReformDatedValue,
  type ReformFile,
  type ReformText,
  type SimulationSpec,
} from '@pathways/sim/core';
import type { LabState } from './lab-state.ts';
import { billByFile } from './shipped-bills.ts';

/** The citation every lab edit carries, so nothing the lab writes passes for enacted law. */
export const LAB_EDIT_CITATION = 'Policy lab edit (hypothetical, not enacted law)';

/** What the run starts from: the bill's file, or a reform file in which both scenarios are current law. */
function startingFile(state: LabState): Omit<ReformFile, 'file'> {
  const bill = billByFile(state.bill);
  if (bill !== undefined) {
    const { file: _file, ...parsed } = parseReformFile(bill.text, bill.file);
    return parsed;
  }
  const name = JURISDICTIONS.get(state.jurisdiction)?.name ?? state.jurisdiction;
  return {
    name: `Current law (${name})`,
    jurisdiction: state.jurisdiction,
    citations: [`${name} law as encoded in Pathways, in force on each date`],
  };
}

export function reformText(state: LabState): ReformText {
  const bill = billByFile(state.bill);
  const edits = Object.entries(state.overrides);
  if (bill !== undefined && edits.length === 0) return { file: bill.file, text: bill.text };
  const base = startingFile(state);
  const parameters: Record<string, ReformDatedValue[]> = { ...(base.reform?.parameters ?? {}) };
  for (const [id, value] of edits) {
    // As a bill with an effective date: the starting point's values before the run's start stay.
    const earlier = (parameters[id] ?? []).filter((v) => v.from < state.run.start);
    parameters[id] = [...earlier, { from: state.run.start, value, source: { citation: LAB_EDIT_CITATION } }];
  }
  const file: Omit<ReformFile, 'file'> = {
    ...base,
    ...(edits.length > 0
      ? {
          name: `${base.name}, edited in the policy lab`,
          citations: [...base.citations, LAB_EDIT_CITATION],
          reform: { ...(base.reform ?? {}), parameters },
        }
      : {}),
  };
  const stem = bill?.file.replace(/\.ya?ml$/, '') ?? `${state.jurisdiction.toLowerCase()}-current-law`;
  return { file: `${stem}${edits.length > 0 ? '-lab' : ''}.json`, text: JSON.stringify(file, null, 2) };
}

/** The run the worker makes: what simulate.ts builds from the same file, size and seed. */
export function labSpec(state: LabState): SimulationSpec {
  const costs: SimulationSpec['costs'] = {};
  for (const kind of COST_KINDS) if (state.costs[kind] !== undefined) costs[kind] = state.costs[kind];
  return {
    reform: reformText(state),
    start: state.run.start,
    months: state.run.months,
    people: state.run.people,
    seed: state.run.seed,
    replications: state.run.replications,
    grantRates: {},
    costs,
  };
}
