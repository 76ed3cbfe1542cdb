import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { evaluatePerson, JURISDICTIONS, parseIsoDate, type PersonRecord } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { Output } from '../io/output.ts';
import { evaluateCommand, EvaluationFault } from './evaluate.ts';

// The shipped Missouri examples: seven people, one term each.
const file = fileURLToPath(new URL('../../../../examples/us-mo.jsonl', import.meta.url));

function captured(): { output: Output; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { output: new Output(stream), text: () => text };
}

describe('evaluateCommand', () => {
  it('case: seven valid records give seven evaluations, in input order', async () => {
    const out = captured();
    const status = await evaluateCommand([file], parseIsoDate('2022-01-01'), 'jsonl', out.output, captured().output);
    expect(status).toBe(0);
    expect(
      out
        .text()
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { personId: string }).personId),
    ).toEqual(['MO-P1', 'MO-P2', 'MO-P3', 'MO-P4', 'MO-P5', 'MO-P6', 'MO-P7']);
  });

  it('case: the engine failing on the third (valid) record writes nothing at all and names the record', async () => {
    const out = captured();
    const failingOnP3: typeof evaluatePerson = (registry, record, asOf) => {
      if (record.id === 'MO-P3') throw new Error('a fault in the engine');
      return evaluatePerson(registry, record, asOf);
    };
    const run = evaluateCommand([file], parseIsoDate('2022-01-01'), 'json', out.output, captured().output, undefined, false, failingOnP3);
    await expect(run).rejects.toThrow(EvaluationFault);
    await expect(run).rejects.toThrow(/record 3 \(id "MO-P3"\).*a fault in the engine; nothing was written to standard output/);
    // Two records were evaluated before the fault; none of it, not even the opening "[", reached the output.
    expect(out.text()).toBe('');
  });

  it('case: records of several jurisdictions, mixed, come out in input order in every format, as evaluated one by one', async () => {
    // Evaluated grouped by jurisdiction (jurisdiction-order.ts); written in input order all the same.
    const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url));
    const read = (name: string) => JSON.parse(readFileSync(join(examples, name), 'utf8')) as PersonRecord[];
    const missouri = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as PersonRecord);
    const [virginia, california] = [read('us-va.json'), read('us-ca.json')];
    const mixed: PersonRecord[] = [];
    for (let i = 0; i < 4; i++) mixed.push(virginia[i % virginia.length]!, missouri[i]!, california[i % california.length]!);
    const uniquely = mixed.map((person, i) => ({ ...person, id: `${person.id}-${i}` }));
    const input = join(mkdtempSync(join(tmpdir(), 'pathways-evaluate-')), 'mixed.jsonl');
    writeFileSync(input, uniquely.map((person) => JSON.stringify(person)).join('\n'));
    const asOf = parseIsoDate('2022-01-01');
    const expected = uniquely.flatMap((person) => evaluatePerson(JURISDICTIONS, person, asOf));

    const jsonl = captured();
    expect(await evaluateCommand([input], asOf, 'jsonl', jsonl.output, captured().output)).toBe(0);
    expect(
      jsonl
        .text()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(expected);
    const json = captured();
    expect(await evaluateCommand([input], asOf, 'json', json.output, captured().output)).toBe(0);
    expect(JSON.parse(json.text())).toEqual(expected);
  });

  /** Evaluates a copy of the examples named `name`, with `change(copy)` run while MO-P1 is evaluated. */
  async function changedWhileEvaluated(name: string, change: (copy: string) => void) {
    const copy = join(mkdtempSync(join(tmpdir(), 'pathways-evaluate-')), name);
    copyFileSync(file, copy);
    const out = captured();
    const err = captured();
    const changingOnP1: typeof evaluatePerson = (registry, record, asOf) => {
      if (record.id === 'MO-P1') change(copy);
      return evaluatePerson(registry, record, asOf);
    };
    const status = await evaluateCommand(
      [copy],
      parseIsoDate('2022-01-01'),
      'jsonl',
      out.output,
      err.output,
      undefined,
      false,
      changingOnP1,
    );
    return { status, out: out.text(), err: err.text() };
  }

  it('case: a file appended to while it is evaluated: the appended record is not read, and the change is reported (exit 2, nothing written)', async () => {
    const r = await changedWhileEvaluated('growing.jsonl', (copy) => appendFileSync(copy, '{"id":"MO-P1","terms":"x"}\n'));
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/growing\.jsonl changed while it was being evaluated; nothing was written to standard output/);
  });

  it('case: a file rewritten in place while it is evaluated: a record that was never validated is no engine fault', async () => {
    // The rest of the file becomes records that fail the schema (same size, so only the time and content change).
    const r = await changedWhileEvaluated('rewritten.jsonl', (copy) => {
      const size = readFileSync(copy).length;
      writeFileSync(copy, '{"id":"X","terms":"x"}\n'.repeat(Math.ceil(size / 23)).slice(0, size));
    });
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/rewritten\.jsonl changed while it was being evaluated/);
  });
});
