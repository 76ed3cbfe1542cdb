// The law package is pure and portable: it imports nothing but its own files and zod, uses no
// Node-only API, and runs in a bare JavaScript context with only web-standard globals, as in a browser.
import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !/test/.test(name) ? [path] : []; // test files and their helpers may use Node
  });
}

describe('the law package', () => {
  it('imports only its own files and zod', () => {
    const offending: string[] = [];
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      const imports = /^\s*import\s+(?:[^'";]+\s+from\s+)?['"]([^'"]+)['"]/gm;
      const reExports = /^\s*export\s+(?:type\s+)?(?:\*|\{[^}]*\})(?:\s+as\s+\w+)?\s+from\s+['"]([^'"]+)['"]/gm;
      for (const m of [...text.matchAll(imports), ...text.matchAll(reExports)]) {
        const spec = m[1]!;
        if (!(spec.startsWith('./') || spec.startsWith('../') || spec === 'zod')) offending.push(`${relative(root, file)}: ${spec}`);
        if (spec.startsWith('../') && !join(file, '..', spec).startsWith(src)) offending.push(`${relative(root, file)}: ${spec}`);
      }
      for (const global of ['process.', 'require(', 'Buffer.', '__dirname', 'Date.now', 'new Date(', 'Math.random']) {
        if (text.includes(global)) offending.push(`${relative(root, file)}: uses ${global}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('runs in a bare context with only web-standard globals, as in a browser', async () => {
    const bundle = await build({
      entryPoints: [join(src, 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'PathwaysLaw',
      write: false,
      logLevel: 'silent',
    });
    const context = createContext({ TextDecoder, TextEncoder, console });
    runInContext(bundle.outputFiles[0]!.text, context);
    const result = runInContext(
      `const law = PathwaysLaw;
       const record = { id: 'P-1', terms: [{ id: 'T-1', jurisdiction: 'US-MO', kind: 'probation', sentenceDate: '2021-03-15',
         startDate: '2021-03-15', length: { years: 5 }, offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'E' }] }] };
       const v = law.validateRecord(record, 1, { supportedJurisdictions: law.SUPPORTED_JURISDICTIONS });
       JSON.stringify(law.evaluatePerson(law.JURISDICTIONS, v.record, law.parseIsoDate('2021-12-31')));`,
      context,
    ) as string;
    const [evaluation] = JSON.parse(result);
    expect(evaluation).toMatchObject({ personId: 'P-1', termId: 'T-1', scheduledEndDate: '2026-03-15' });
  });
});
