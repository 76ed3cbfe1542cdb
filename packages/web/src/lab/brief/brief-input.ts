/**
 * What the one-page impact brief is made from. The lab builds it from a run's results (its summary,
 * context and the reform file's citations); the brief only lays it out, so the PDF can be built and
 * checked without a simulation and the lab decides which figures are key.
 */

export interface BriefInput {
  reformName: string;
  /** The jurisdiction's name as a reader knows it, e.g. "Missouri". */
  jurisdiction: string;
  /** The provisions the reform and the baseline law rest on, printed in full. */
  citations: string[];
  /** The run's spec, so a reader can replay it with `pathways simulate`. */
  run: { start: string; months: number; people: number; seed: number; replications: number };
  /** Means over replications with their 90% intervals. */
  keyNumbers: { label: string; mean: number; low: number; high: number; unit: 'people' | 'years' | 'usd' | 'count' }[];
  /** The population month by month under both scenarios, with their 90% bands. */
  series: {
    month: string;
    baseline: number;
    baselineLow: number;
    baselineHigh: number;
    reform: number;
    reformLow: number;
    reformHigh: number;
  }[];
  /** Everything the run assumed, in words (the run's context.assumptions and the cost inputs). */
  assumptions: string[];
  /** The date printed in the footer, e.g. "2025-03-14". */
  generatedOn: string;
}
