// The shipped examples speak the public contract: every record validates against the spec's JSON
// Schema, and `pathways evaluate` prints exactly the evaluation schema, one evaluation per term in
// input order, with every date a real one.
import Ajv2020 from 'ajv/dist/2020.js';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isIsoDate, JURISDICTIONS } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.ts';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const specSchema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'spec', name), 'utf8'));
const validateRecordSchema = ajv.compile(specSchema('supervision-record.schema.json'));
const validateEvaluations = ajv.compile(specSchema('evaluation.schema.json'));

const examples = readdirSync(join(repoRoot, 'examples')).filter((f) => /\.jsonl?$/.test(f));

function readExample(name: string): { id: string; terms: { id: string }[] }[] {
  const text = readFileSync(join(repoRoot, 'examples', name), 'utf8');
  return name.endsWith('.jsonl')
    ? text
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l))
    : JSON.parse(text);
}

function datesIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) out.push(value);
  else if (Array.isArray(value)) for (const v of value) datesIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) datesIn(v, out);
  return out;
}

describe('examples and the output contract', () => {
  it('ships one example per encoded jurisdiction', () => {
    expect(examples.map((f) => f.replace(/\.jsonl?$/, '')).sort()).toEqual([...JURISDICTIONS.keys()].map((c) => c.toLowerCase()).sort());
  });

  for (const name of examples) {
    it(`case: ${name} validates against the record schema and evaluates to the evaluation schema`, () => {
      const records = readExample(name);
      for (const record of records) expect(validateRecordSchema(record), JSON.stringify(validateRecordSchema.errors)).toBe(true);
      expect(runCli(['validate', `examples/${name}`]).status).toBe(0);

      const asOf = JURISDICTIONS.get(name.replace(/\.jsonl?$/, '').toUpperCase())!.exampleAsOf;
      for (const date of [asOf, '2021-12-31']) checkEvaluation(name, records, date);
    });
  }

  /** The example evaluates, as of the date, to exactly the contract: one evaluation per term in input order. */
  function checkEvaluation(name: string, records: { id: string; terms: { id: string }[] }[], asOf: string) {
    const r = runCli(['evaluate', '--as-of', asOf, `examples/${name}`]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const output = JSON.parse(r.stdout);
    expect(validateEvaluations(output), JSON.stringify(validateEvaluations.errors)).toBe(true);
    expect(output.map((e: { personId: string; termId: string }) => `${e.personId}/${e.termId}`)).toEqual(
      records.flatMap((p) => p.terms.map((t) => `${p.id}/${t.id}`)),
    );
    for (const date of datesIn(output)) expect(isIsoDate(date), date).toBe(true);
    for (const e of output) expect(e.asOf).toBe(asOf);
  }

  it('case: JSON Lines and text output carry the same evaluations', () => {
    const name = examples[0]!;
    const json = JSON.parse(runCli(['evaluate', '--as-of', '2021-12-31', `examples/${name}`]).stdout);
    const lines = runCli(['evaluate', '--as-of', '2021-12-31', '--format', 'jsonl', `examples/${name}`])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual(json);
    const text = runCli(['evaluate', '--as-of', '2021-12-31', '--format', 'text', `examples/${name}`]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`${json[0].personId} · term ${json[0].termId}`);
  });

  it('case: a file of several megabytes comes out whole and in order, written in many pieces', () => {
    // Every example person again and again, with fresh ids: over 2 MiB of records (two chunks of the
    // reader) and several MiB of evaluations (the command writes a quarter-megabyte at a time).
    const people = examples.flatMap(readExample);
    const many: unknown[] = [];
    while (JSON.stringify(many).length < 2.5 * 1024 * 1024) {
      for (const p of people) many.push({ ...p, id: `${p.id}-${many.length}` });
    }
    const dir = mkdtempSync(join(tmpdir(), 'pathways-many-'));
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, many.map((p) => JSON.stringify(p)).join('\n'));
    const expected = (many as { id: string; terms: { id: string }[] }[]).flatMap((p) => p.terms.map((t) => `${p.id}/${t.id}`));

    const jsonl = runCli(['evaluate', '--as-of', '2021-12-31', '--format', 'jsonl', file]);
    expect(jsonl.status).toBe(0);
    expect(jsonl.stdout.length).toBeGreaterThan(4 * 256 * 1024);
    const lines = jsonl.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { personId: string; termId: string });
    expect(lines.map((e) => `${e.personId}/${e.termId}`)).toEqual(expected);

    const json = runCli(['evaluate', '--as-of', '2021-12-31', file]);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(lines);
    rmSync(dir, { recursive: true, force: true });
  });

  it('case: standard input works as "-"', () => {
    const name = examples.find((f) => f.endsWith('.json'))!;
    const r = runCli(['evaluate', '--as-of', '2021-12-31', '-'], readFileSync(join(repoRoot, 'examples', name)));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(runCli(['evaluate', '--as-of', '2021-12-31', `examples/${name}`]).stdout);
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(0);
  });
});
