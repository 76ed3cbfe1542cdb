/**
 * The law frozen as it stood on one day: `lawAsOf(jurisdiction, day)` keeps, for every parameter, only
 * the dated values with `from <= day`, so the value in force on `day` stays in force forever after and
 * every later amendment is dropped.
 *
 * Why this replays "the law before the reform": the engine keeps every effective date as a parameter's
 * dated value (`engine/parameters.ts`: "a rule never hard-codes such a number"); rules ask for the value
 * in force on the day the law makes relevant (sentence, offense, violation or as-of date), and treat a
 * parameter with no value in force as "the provision does not operate". Freezing the parameters on the
 * day before a reform's effective date therefore gives a jurisdiction in which that reform never took
 * effect, while the rules (the reading of the text) stay the same, so the two scenarios differ only in
 * the law, not in the code.
 *
 * `applyReform` cannot drop values (it keeps every value before an override's first `from`), so the tree
 * is rebuilt here the way `applyReform` rebuilds it: a new parameter with the same id.
 *
 * Checked by grepping `packages/law/src/jurisdictions/*\/rules` for date literals, `parseIsoDate` and
 * `dayFromCivil` when this file was written. Exceptions found:
 * - Louisiana hard-codes two dates beside its parameters (`REPEAL_DAY_ISO` 2024-04-29 and
 *   `ACT_8_OFFENSE_DAY_ISO` 2024-08-01 in us-la/parameters.ts, read by rules/compliance-credits.ts,
 *   probation-term-limit.ts and technical-violation-limit.ts). They choose wording and a warning, and serve
 *   as the fallback repeal day only when `credits.earlierOffensesKeepEarning` is true, which a law frozen
 *   before 2024-04-29 does not have; the credit rates and limits themselves come from parameters.
 * - Missouri's eligibility rule falls back to the words "August 28, 2012" when no credit value is in force,
 *   so under the law frozen before H.B. 1525 it says credits "began on August 28, 2012, after <as-of>";
 *   the result (no credits) is right, the sentence is the rule's.
 * - Several rules name dates in their explanation prose ("on or after June 11, 2024", "July 1, 2021");
 *   that text is not frozen, but the results are.
 * - Rules that read a parameter's first `from` as "the reform's effective date" (`fromDays[0]`, PA
 *   `act44.inForce`, MN `felony.listedYears`, `felony.listedSections`): see NEVER_IN_FORCE below.
 * - Offense tables are not dated (each is "read on" one day); they are kept as they are.
 */
import {
  isIsoDate,
  isParameter,
  parameter,
  type DatedValue,
  type IsoDate,
  type Jurisdiction,
  type Parameter,
  type ParameterTree,
} from '@pathways/law';

/**
 * A parameter whose first value is later than `day` did not exist on `day`. It cannot be left without
 * values (`parameter()` refuses that), so it gets one `null` value ("does not operate") from NEVER_IN_FORCE, a
 * day after every date a record may carry (records stop at 2199). Why so late rather than the old first
 * `from`: rules that read `fromDays[0]` as the reform's effective date (Pennsylvania's Act 44 scope,
 * Minnesota's 2023 list in `reformDay`/`listDayFor`) must see a reform that has not taken effect yet, not
 * one in force without values (Minnesota's `valueAt` throws when asked for such a value). `inForce`
 * answers undefined either way. The cost: an explanation that names the effective date (Pennsylvania's
 * "It takes effect on …") names December 31, 9999 under the frozen law.
 */
export const NEVER_IN_FORCE: IsoDate = '9999-12-31';

export function lawAsOf<P extends ParameterTree>(jurisdiction: Jurisdiction<P>, day: IsoDate): Jurisdiction<P> {
  if (!isIsoDate(day)) throw new RangeError(`lawAsOf: not a YYYY-MM-DD date: ${JSON.stringify(day)}`);
  let changed = false;
  const freeze = (tree: ParameterTree): ParameterTree => {
    const out: Record<string, Parameter<unknown> | ParameterTree> = {};
    for (const [key, node] of Object.entries(tree)) {
      if (!isParameter(node)) {
        out[key] = freeze(node);
        continue;
      }
      // ISO dates compare as strings in date order.
      const kept = node.values.filter((v) => v.from <= day);
      if (kept.length === node.values.length) {
        out[key] = node;
        continue;
      }
      changed = true;
      const values: DatedValue<unknown>[] =
        kept.length > 0
          ? kept
          : [
              {
                from: NEVER_IN_FORCE,
                value: null,
                source: { citation: `${node.id}: not yet in force on ${day} (first value from ${node.values[0]!.from})` },
                note: `The law frozen as of ${day}: this provision did not exist yet.`,
              },
            ];
      // Same rebuild as applyReform (engine/reforms.ts): a new parameter, the id kept.
      const p = parameter({ ...node, values });
      p.id = node.id;
      out[key] = p;
    }
    return out;
  };
  const parameters = freeze(jurisdiction.parameters) as P;
  return changed ? { ...jurisdiction, parameters } : jurisdiction;
}
