/** The coverage table: one row per provision, for `pathways law list` and the reference's index page. */
import { reviewStatus, type Jurisdiction, type ParameterTree, type ReviewStatus } from '@pathways/law';

export interface CoverageRow {
  jurisdiction: string;
  provisionId: string;
  provision: string;
  citation: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  status: ReviewStatus;
  /** Test cases found in the provision's test files. */
  tests: number;
}

/** `testCases(path)` gives the case names in a test file (the CLI reads them from disk). */
export function coverageRows(
  jurisdictions: readonly Jurisdiction<ParameterTree>[],
  testCases: (path: string) => readonly string[],
): CoverageRow[] {
  return jurisdictions.flatMap((j) =>
    j.provisions.map((p) => ({
      jurisdiction: j.code,
      provisionId: p.id,
      provision: p.title,
      citation: p.citation,
      effectiveFrom: p.effective.from,
      effectiveTo: p.effective.to ?? null,
      status: reviewStatus(p),
      tests: p.tests.reduce((n, path) => n + testCases(path).length, 0),
    })),
  );
}

/** Names of the test cases in a test file's text: every `it('…')` or `test('…')`. */
export function testCaseNames(source: string): string[] {
  return [...source.matchAll(/\b(?:it|test)\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]!.replace(/\\(.)/g, '$1'));
}
