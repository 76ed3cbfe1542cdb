import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReformText } from './reform-file-node.ts';
import { ReformFileError } from './reform-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'pathways-reform-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading a reform file from disk', () => {
  it('case: bytes that are not UTF-8 are refused, not read with replacement characters', () => {
    const file = join(dir, 'latin1.yaml');
    writeFileSync(file, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a])); // "name: \xe9\n"
    expect(() => readReformText(file)).toThrow(ReformFileError);
    expect(() => readReformText(file)).toThrow(/not valid UTF-8/);
  });

  it('case: UTF-8 text is read as it is written', () => {
    const file = join(dir, 'ok.yaml');
    writeFileSync(file, 'name: Réforme\n');
    expect(readReformText(file).text).toBe('name: Réforme\n');
  });
});
