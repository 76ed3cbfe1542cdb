// Every malformed input ends in exit status 2 with a useful message on standard error and nothing on
// standard output: never a crash, a hang or a partial result.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { repoRoot, runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'pathways-malformed-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const good = {
  id: 'P-1',
  terms: [
    {
      id: 'T-1',
      jurisdiction: 'US-MO',
      kind: 'probation',
      sentenceDate: '2021-03-15',
      startDate: '2021-03-15',
      length: { years: 5 },
      offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'E' }],
    },
  ],
};
const withTerm = (patch: Record<string, unknown>) => ({ ...good, id: 'P-2', terms: [{ ...good.terms[0], ...patch }] });

function expectRefused(path: string, message: RegExp) {
  const r = runCli(['evaluate', '--as-of', '2021-12-31', path]);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.status).toBe(2);
}

describe('pathways evaluate refuses malformed input', () => {
  it('case: a wrong type, named by record and path, even when other records are valid', () => {
    expectRefused(
      file('wrong-type.json', JSON.stringify([good, withTerm({ length: { years: 'five' } })])),
      /wrong-type\.json:1: record P-2: terms\[0\]\.length\.years: must be a whole number/,
    );
  });

  it('case: an impossible date', () => {
    expectRefused(
      file('impossible.jsonl', `${JSON.stringify(withTerm({ startDate: '2021-02-29' }))}\n`),
      /line|:1: record P-2: terms\[0\]\.startDate: "2021-02-29" is not a real calendar date/,
    );
  });

  it('case: missing fields', () => {
    expectRefused(
      file('missing.jsonl', `${JSON.stringify({ id: 'P-3', terms: [{ id: 'T-1', jurisdiction: 'US-MO' }] })}\n`),
      /record P-3: terms\[0\]\.kind: is required/,
    );
  });

  it('case: standard input is named <stdin> in the errors, not the temporary copy the command reads', () => {
    const r = runCli(['evaluate', '--as-of', '2021-12-31', '-'], JSON.stringify([withTerm({ jurisdiction: 'US-ZZ' })]));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^<stdin>:1: record /m);
    expect(r.stderr).not.toContain('pathways-stdin-');
  });

  it('case: control characters from the record are shown escaped, never sent to the terminal', () => {
    const r = runCli(
      ['evaluate', '--as-of', '2021-12-31', '-'],
      JSON.stringify([{ ...withTerm({ jurisdiction: 'US-ZZ' }), id: 'P\u001b]0;x\u0007\nFAKE' }]),
    );
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/[\u001b\u0007]/);
    expect(r.stderr).toContain('P\\u{1b}]0;x\\u{7}\\u{a}FAKE');
  });

  it('case: --help after a command prints the usage and succeeds', () => {
    const r = runCli(['evaluate', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('evaluate [--as-of DATE] FILE');
  });

  it('case: an unknown jurisdiction', () => {
    expectRefused(
      file('unknown.json', JSON.stringify([withTerm({ jurisdiction: 'US-ZZ' })])),
      /terms\[0\]\.jurisdiction: US-ZZ is not a jurisdiction this engine encodes/,
    );
    expectRefused(
      file('bad-code.json', JSON.stringify([withTerm({ jurisdiction: 'Missouri' })])),
      /terms\[0\]\.jurisdiction: must be "US-"/,
    );
  });

  it('case: a 10 MB line', () => {
    const huge = JSON.stringify({ ...good, id: 'P-BIG', note: 'x'.repeat(10 * 1024 * 1024) });
    expectRefused(file('huge.jsonl', `${JSON.stringify(good)}\n${huge}\n`), /huge\.jsonl:2: record #2: is larger than 1,048,576 bytes/);
  });

  it('case: invalid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('{"id":"P-1","name":{"given":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}}\n')]);
    expectRefused(file('latin1.jsonl', bytes), /not valid UTF-8/);
  });

  it('case: not JSON, an empty file, an unclosed array, a duplicate id, a missing file', () => {
    expectRefused(file('prose.txt', 'these are not records\n'), /prose\.txt:1: record #1: is not valid JSON/);
    expectRefused(file('empty.json', ''), /empty\.json: the file is empty/);
    expectRefused(file('blank.jsonl', '\n  \n'), /blank\.jsonl: the file is empty/);
    expectRefused(file('unclosed.json', `[${JSON.stringify(good)},`), /not closed/);
    expectRefused(
      file('dupe.jsonl', `${JSON.stringify(good)}\n${JSON.stringify(good)}\n`),
      /:2: record P-1: id: duplicates the id of record #1/,
    );
    expectRefused(join(dir, 'nope.json'), /nope\.json: no such file/);
  });

  it("case: validate lists a repeated id beside the record's other errors", () => {
    const second = { ...good, terms: [{ ...good.terms[0], startDate: '2021-02-30' }] };
    const r = runCli(['validate', file('dupe-and-bad.jsonl', `${JSON.stringify(good)}\n${JSON.stringify(second)}\n`)]);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/:2: record P-1: terms\[0\]\.startDate: /);
    expect(r.stdout).toMatch(/:2: record P-1: id: duplicates the id of record #1/);
    expect(r.stdout).toMatch(/2 records: 2 errors in 1 record\./);
  });

  it('case: bad arguments', () => {
    const r = runCli(['evaluate', '--as-of', '2021-02-30', file('ok.json', JSON.stringify([good]))]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--as-of "2021-02-30" is not a real date/);
    expect(runCli(['frobnicate']).status).toBe(2);
    // Outside the years a record may carry (1900–2199), as the records' own dates are refused.
    for (const asOf of ['1899-12-31', '2200-01-01', '0001-01-01']) {
      const outside = runCli(['evaluate', '--as-of', asOf, file('ok.json', JSON.stringify([good]))]);
      expect(outside).toMatchObject({ status: 2, stdout: '' });
      expect(outside.stderr).toContain(`--as-of ${asOf} is outside the supported years 1900–2199`);
    }
    expect(runCli(['evaluate', '--as-of', '2021-12-31']).stderr).toMatch(/name at least one FILE/);
  });
});

describe('an empty list of records is valid', () => {
  it('case: [] evaluates to []', () => {
    const r = runCli(['evaluate', '--as-of', '2021-12-31', file('none.json', '[]')]);
    expect(r).toMatchObject({ status: 0, stdout: '[\n]\n', stderr: '' });
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});

describe('pathways validate', () => {
  it('case: lists every error in the file, then a count', () => {
    const path = file(
      'several.jsonl',
      [withTerm({ startDate: '2021-13-01' }), { ...withTerm({ kind: 'house_arrest' }), id: 'P-9' }, good]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const r = runCli(['validate', path]);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/several\.jsonl:1: record P-2: terms\[0\]\.startDate/);
    expect(r.stdout).toMatch(/several\.jsonl:2: record P-9: terms\[0\]\.kind: must be one of: probation, parole/);
    expect(r.stdout).toMatch(/3 records: 2 errors in 2 records/);
  });

  it('case: a record past the size limit is listed and the records after it are still checked', () => {
    const huge = JSON.stringify({ ...good, id: 'P-BIG', note: 'x'.repeat(2 * 1024 * 1024) });
    const lines = [JSON.stringify(good), huge, JSON.stringify(withTerm({ kind: 'house_arrest' }))];
    for (const [name, text] of [
      ['big.jsonl', lines.join('\n')],
      ['big.json', `[${lines.join(',\n')}]`],
    ] as const) {
      const r = runCli(['validate', file(name, text)]);
      expect(r.status).toBe(2);
      expect(r.stdout).toContain(`${name}:2: record #2: is larger than 1,048,576 bytes, the most one record may take, so it was not read`);
      expect(r.stdout).toMatch(new RegExp(`${name.replace('.', '\\.')}:3: record P-2: terms\\[0\\]\\.kind`));
      expect(r.stdout).toMatch(/3 records: 2 errors in 2 records/);
    }
  });

  it('case: a byte that is not UTF-8 is placed on its line', () => {
    const bytes = Buffer.concat([
      Buffer.from(`${JSON.stringify(good)}\n{"id":"P-2","name":{"given":"`),
      Buffer.from([0xff]),
      Buffer.from('"}}\n'),
    ]);
    const r = runCli(['validate', file('latin1-line2.jsonl', bytes)]);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/latin1-line2\.jsonl:2: the file is not valid UTF-8 text/);
  });

  it('case: a valid file', () => {
    const r = runCli(['validate', file('valid.json', JSON.stringify([good]))]);
    expect(r).toMatchObject({ status: 0, stdout: '1 record: all valid.\n' });
  });
});

describe('inputs and outputs that are not plain files', () => {
  it('case: a pipe named as a file (/dev/stdin, or `<(…)`) is read once and evaluated, like "-"', () => {
    const ok = file('piped.json', JSON.stringify([good]));
    const bin = `"${process.execPath}" packages/cli/bin/pathways.js evaluate --as-of 2021-12-31`;
    for (const command of [`cat '${ok}' | ${bin} /dev/stdin`, `${bin} <(cat '${ok}')`]) {
      const r = spawnSync('bash', ['-c', command], { cwd: repoRoot, encoding: 'utf8' });
      expect(r.status, `${command}: ${r.stderr}`).toBe(0);
      expect(JSON.parse(r.stdout)).toHaveLength(1);
    }
  });

  it('case: output that cannot be written (a full disk) ends in one line and exit 1, not a stack trace', () => {
    const r = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" packages/cli/bin/pathways.js evaluate --as-of 2021-12-31 examples/us-mo.jsonl > /dev/full`],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^pathways: cannot write the output: ENOSPC/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('valid records at the edges of the supported years', () => {
  it('case: a Minnesota stay imposed in 1949 is evaluated under the law as the rules hold it, not a crash', () => {
    const mn = {
      id: 'P-MN',
      terms: [
        {
          id: 'T-1',
          jurisdiction: 'US-MN',
          kind: 'probation',
          sentenceDate: '1949-12-31',
          startDate: '1949-12-31',
          length: { years: 1 },
          offenses: [{ statute: 'Minn. Stat. § 609.52', level: 'felony' }],
        },
      ],
    };
    const r = runCli(['evaluate', '--as-of', '1950-06-30', file('mn-1949.json', JSON.stringify([mn]))]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ personId: 'P-MN', scheduledEndDate: '1950-12-31' });
  });

  it('case: a long chain of consecutive terms validates (the cycle check is linear)', () => {
    const terms = Array.from({ length: 3000 }, (_, i) => ({
      ...good.terms[0],
      id: `T-${i}`,
      ...(i === 0 ? {} : { consecutiveTo: `T-${i - 1}` }),
    }));
    const r = runCli(['validate', '--max-record-bytes', '10000000', file('chain.json', JSON.stringify([{ id: 'P-C', terms }]))]);
    expect(r.status, r.stderr).toBe(0);
  });
});
