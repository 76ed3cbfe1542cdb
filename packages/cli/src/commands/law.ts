/**
 * `pathways law list`: the coverage table (jurisdiction, provision, citation, effective dates, review
 * status, tests). `pathways law site OUT_DIR`: the law reference as static HTML.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { evaluatePerson, formatIsoDate, JURISDICTIONS, LAW_VERSION, parseIsoDate } from '@pathways/law';
import { coverageRows, renderReference, type ExampleRun } from '@pathways/reference';
import { exampleFile, readExampleRecords, repositoryRoot, testCasesIn } from '../io/repository.ts';
import type { Output } from '../io/output.ts';
import { checkOutputDirectory, makeDirectory } from '../io/input-error.ts';

export type LawListFormat = 'text' | 'json' | 'csv';

export async function lawListCommand(format: LawListFormat, out: Output): Promise<number> {
  const rows = coverageRows([...JURISDICTIONS.values()], testCasesIn);
  if (format === 'json') {
    await out.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const header = ['jurisdiction', 'provision', 'citation', 'effective', 'review status', 'tests'];
  const table = rows.map((r) => [
    r.jurisdiction,
    r.provision,
    r.citation,
    `${r.effectiveFrom}${r.effectiveTo ? ` to ${r.effectiveTo}` : ' on'}`,
    r.status,
    String(r.tests),
  ]);
  if (format === 'csv') {
    const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    await out.write([header, ...table].map((line) => line.map(cell).join(',')).join('\n') + '\n');
    return 0;
  }
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  const totalTests = rows.reduce((n, r) => n + r.tests, 0);
  await out.write(
    [
      line(header),
      widths.map((w) => '-'.repeat(w)).join('  '),
      ...table.map(line),
      '',
      `${rows.length} provisions in ${JURISDICTIONS.size} jurisdictions, ${totalTests} test cases.`,
      '',
    ].join('\n'),
  );
  return 0;
}

/** Every page of the law reference, by file name, with each jurisdiction's shipped example evaluated. */
export async function renderLawReference(today: string): Promise<Map<string, string>> {
  const examples = new Map<string, ExampleRun>();
  for (const j of JURISDICTIONS.values()) {
    const file = exampleFile(j.code);
    if (file === undefined) continue;
    const records = await readExampleRecords(file);
    const asOf = parseIsoDate(j.exampleAsOf);
    examples.set(j.code, {
      file: relative(repositoryRoot, file),
      asOf: formatIsoDate(asOf),
      records,
      evaluations: records.flatMap((r) => evaluatePerson(JURISDICTIONS, r, asOf).filter((e) => e.jurisdiction === j.code)),
    });
  }
  return renderReference({
    jurisdictions: [...JURISDICTIONS.values()],
    testCases: testCasesIn,
    examples,
    generatedOn: today,
    lawVersion: LAW_VERSION,
  });
}

export async function lawSiteCommand(outDir: string, out: Output, today: string): Promise<number> {
  checkOutputDirectory(outDir, 'law site');
  const files = await renderLawReference(today);
  makeDirectory(outDir, 'law site');
  for (const [name, html] of files) writeFileSync(join(outDir, name), html);
  await out.write(`wrote ${files.size} pages of the law reference; open ${join(outDir, 'index.html')} in a browser.\n`);
  return 0;
}
