/**
 * The whole law reference as files: an index with the coverage table, and a page per jurisdiction.
 * Generated from the rules, parameters and review records themselves, never written by hand; static
 * HTML with relative links, so it opens from disk with no server.
 */
import type { Jurisdiction, ParameterTree } from '@pathways/law';
import { coverageRows } from './coverage.ts';
import { anchor, escapeHtml, page, scrollingTable } from './html.ts';
import { jurisdictionBody, type ExampleRun } from './jurisdiction-page.ts';

export interface ReferenceInput {
  jurisdictions: readonly Jurisdiction<ParameterTree>[];
  testCases: (path: string) => readonly string[];
  examples: ReadonlyMap<string, ExampleRun>;
  generatedOn: string;
  lawVersion: string;
}

export function pageFileName(code: string): string {
  return `${code.toLowerCase()}.html`;
}

export function renderReference(input: ReferenceInput): Map<string, string> {
  const nav = input.jurisdictions.map((j) => ({ href: pageFileName(j.code), label: j.name }));
  const frame = { home: 'index.html', nav, generatedOn: input.generatedOn, lawVersion: input.lawVersion };
  const files = new Map<string, string>();
  files.set('index.html', page({ ...frame, title: 'Coverage', body: indexBody(input) }));
  for (const j of input.jurisdictions) {
    files.set(
      pageFileName(j.code),
      page({
        ...frame,
        title: `${j.name} (${j.code})`,
        body: jurisdictionBody(j, input.testCases, input.examples.get(j.code), input.generatedOn),
      }),
    );
  }
  return files;
}

function indexBody(input: ReferenceInput): string {
  const rows = coverageRows(input.jurisdictions, input.testCases)
    .map(
      (r) =>
        `<tr><td><a href="${pageFileName(r.jurisdiction)}">${escapeHtml(r.jurisdiction)}</a></td><td><a href="${pageFileName(r.jurisdiction)}#${escapeHtml(anchor(r.provisionId))}">${escapeHtml(r.provision)}</a></td><td>${escapeHtml(r.citation)}</td><td>${escapeHtml(r.effectiveFrom)}${r.effectiveTo ? ` to ${escapeHtml(r.effectiveTo)}` : ''}</td><td><span class="status">${escapeHtml(r.status)}</span></td><td>${r.tests}</td></tr>`,
    )
    .join('');
  return `<h1>Probation and parole law, as Pathways encodes it</h1>
<p>Every provision the engine encodes, the text it was encoded from, its review status and its tests. Follow a provision to its page for the parameters it uses (with every value's citation and effective date), the offense table, and worked examples.</p>
${scrollingTable(
  'Coverage: every provision encoded',
  `<table><thead><tr><th>jurisdiction</th><th>provision</th><th>citation</th><th>in force</th><th>review status</th><th>test cases</th></tr></thead><tbody>${rows}</tbody></table>`,
)}`;
}
