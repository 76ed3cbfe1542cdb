/**
 * The input of the one-page impact brief (brief/impact-brief.ts) built from a finished run: the key
 * numbers as the page shows them, the population series of the chart, the assumptions listed beside
 * the results and the reform's citations.
 */
import type { BriefInput } from '../brief/brief-input.ts';
import { populationSeries } from './chart-geometry.ts';
import { assumptionList, keyNumbers, type LabResult } from './results.ts';

export function briefInput(result: LabResult, jurisdictionName: string, today: string): BriefInput {
  return {
    reformName: result.reform.name,
    jurisdiction: jurisdictionName,
    citations: result.reform.citations,
    run: { ...result.spec },
    keyNumbers: keyNumbers(result.summary).map(({ label, mean, low, high, unit }) => ({ label, mean, low, high, unit })),
    series: populationSeries(result.summary, result.spec.start),
    assumptions: assumptionList(result),
    generatedOn: today,
  };
}
