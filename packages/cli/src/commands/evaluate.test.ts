import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { evaluatePerson, parseIsoDate } from '@pathways/law';
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
});
