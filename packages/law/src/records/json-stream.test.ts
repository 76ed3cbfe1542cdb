import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordFileError, RecordStreamParser, type RawRecord } from './json-stream.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

/** Feeds the text in chunks of `size` bytes and collects every record. */
function parse(text: string | Uint8Array, size = 7, maxRecordBytes?: number): RawRecord[] {
  const all = typeof text === 'string' ? bytes(text) : text;
  const parser = new RecordStreamParser(maxRecordBytes === undefined ? {} : { maxRecordBytes });
  const out: RawRecord[] = [];
  for (let i = 0; i < all.length; i += size) out.push(...parser.push(all.subarray(i, i + size)));
  out.push(...parser.end());
  return out;
}

/** Three records on lines 1 to 3, the second past a limit of 100 bytes and not read, the third read. */
function expectSecondTooLarge(out: RawRecord[], third: unknown): void {
  expect(out.map((r) => [r.position, r.line])).toEqual([
    [1, 1],
    [2, 2],
    [3, 3],
  ]);
  expect(out[1]!.error).toBe('is larger than 100 bytes, the most one record may take, so it was not read');
  expect(out[1]!.value).toBeUndefined();
  expect(out[2]!.value).toEqual(third);
}

describe('JSON Lines', () => {
  it('case: one record a line, blank lines skipped, lines counted from 1', () => {
    const out = parse('{"id":"a"}\n\n{"id":"b"}\r\n{"id":"c"}');
    expect(out.map((r) => [r.position, r.line, (r.value as { id: string }).id])).toEqual([
      [1, 1, 'a'],
      [2, 3, 'b'],
      [3, 4, 'c'],
    ]);
  });

  it('case: a line that is not JSON is reported and the rest still read', () => {
    const out = parse('{"id":"a"}\n{"id":\n{"id":"c"}\n');
    expect(out[1]).toMatchObject({ position: 2, line: 2 });
    expect(out[1]!.error).toMatch(/not valid JSON/);
    expect(out[2]!.value).toEqual({ id: 'c' });
  });

  it('case: parse() gives the value or the error, the hint included, parsed anew at each call and kept nowhere', () => {
    const [good, bad] = parse('{"id":"a"}\n{"id":\n');
    expect(good!.parse()).toEqual({ value: { id: 'a' } });
    // A new object at each call: the record keeps no parse of its own for the collector to hold (RecordText).
    expect(good!.parse()).not.toBe(good!.parse());
    expect(good!.value).not.toBe(good!.value);
    expect(Object.values(good!).some((v) => typeof v === 'object' && v !== null)).toBe(false);
    expect(bad!.parse()).toEqual({ error: bad!.error });
    expect(parse('{\n')[0]!.parse()).toMatchObject({ error: expect.stringMatching(/read as JSON Lines/) });
    const tooLarge = parse('{"id":"abcdef"}\n', 7, 4)[0]!;
    expect(tooLarge.parse()).toEqual({ error: tooLarge.unread });
  });

  it('case: one record written over several lines is told to go inside an array; a broken later line is not', () => {
    const out = parse('{\n  "id": "a"\n}\n');
    expect(out[0]!.error).toMatch(/not valid JSON: .*read as JSON Lines, one whole record on each line/);
    // A whole first line that is simply not JSON gets the parser's reason alone.
    expect(parse('{"id": a}\n')[0]!.error).not.toMatch(/JSON Lines/);
    expect(parse('{"id":"a"}\n{"id":\n')[1]!.error).not.toMatch(/JSON Lines/);
  });

  it('case: a line over the limit is a record not read, and the lines after it are still read', () => {
    // Line 2 is 208 characters against a limit of 100; fed 64 bytes at a time it passes the limit before its
    // line break arrives (let go as it streams), and whole in one chunk it is seen complete: the same result.
    const text = `{"id":"a"}\n{"x":"${'y'.repeat(200)}"}\n{"id":"c"}\n`;
    for (const size of [64, 1 << 20]) {
      expectSecondTooLarge(parse(text, size, 100), { id: 'c' });
    }
    // A last line past the limit with no line break after it; a line of exactly 100 characters is read.
    expect(parse(`{"id":"a"}\n${'z'.repeat(150)}`, 64, 100)[1]!.error).toMatch(/larger than 100 bytes/);
    const exactly = `{"x":"${'y'.repeat(92)}"}`;
    expect(exactly.length).toBe(100);
    expect(parse(`${exactly}\n`, 64, 100)[0]!.value).toEqual({ x: 'y'.repeat(92) });
  });

  it('case: blank space in a row stops the file past MAX_BLANK_RUN (16 MiB), before and between records; up to it, read on', () => {
    const MiB = 1024 * 1024;
    // After line 1's own line break, 16 MiB of "\n" are 16 MiB of empty lines, one character each: exactly
    // MAX_BLANK_RUN, still read; one more blank line passes it.
    expect(parse(`{"id":"a"}\n${'\n'.repeat(16 * MiB)}{"id":"b"}\n`, 1 << 20).map((r) => r.position)).toEqual([1, 2]);
    expect(() => parse(`{"id":"a"}\n${' \n'.repeat(8 * MiB + 1)}`, 1 << 20)).toThrow(/more than 16 MiB of blank lines in a row/);
    expect(() => parse(' '.repeat(16 * MiB + 1), 1 << 20)).toThrow(RecordFileError);
  });
});

describe('JSON arrays', () => {
  it('case: an element over the limit is a record not read; the array is still scanned through it and read on', () => {
    // The second element is 248 characters (limit 100), with brackets, commas and an escaped quote in its
    // string that must not end it early; the third element is read, and the array's own syntax still checked.
    const big = `{"x":"${'],{\\"'.repeat(40)}${'y'.repeat(40)}"}`;
    const text = `[{"id":"a"},\n ${big},\n {"id":"c"}]`;
    for (const size of [1, 7, 64, 1 << 20]) {
      expectSecondTooLarge(parse(text, size, 100), { id: 'c' });
    }
    expect(() => parse(`[{"id":"a"}, ${big} {"id":"c"}]`, 7, 100)).toThrow(
      /found "\{" where the file should have "," or "\]" after a record/,
    );
  });

  it('case: elements split across chunks, strings with brackets and escapes', () => {
    const text = '[\n {"id":"a","s":"]}[{,\\"\\\\"},\n {"id":"b","n":[1,[2]]}\n]\n';
    for (const size of [1, 2, 3, 5, 64]) {
      const out = parse(text, size);
      expect(out.map((r) => r.value)).toEqual([
        { id: 'a', s: ']}[{,"\\' },
        { id: 'b', n: [1, [2]] },
      ]);
      expect(out.map((r) => r.line)).toEqual([2, 3]);
    }
  });

  it('case: a file with nothing in it is an error', () => {
    expect(() => parse('')).toThrow(/the file is empty/);
    expect(() => parse(' \n\t\n')).toThrow(/the file is empty/);
  });

  it('case: an empty array holds no records; scalars are records the validator will refuse', () => {
    expect(parse('[ ]')).toEqual([]);
    expect(parse('[1, "x", null]').map((r) => r.value)).toEqual([1, 'x', null]);
  });

  it('case: an unclosed array, junk after it, and a missing comma are file errors', () => {
    expect(() => parse('[{"id":"a"}')).toThrow(/not closed/);
    expect(() => parse('[{"id":"a"}] x')).toThrow(/nothing after/);
    expect(() => parse('[{"id":"a"} {"id":"b"}]')).toThrow(RecordFileError);
  });

  it('case: a trailing comma and an empty element are file errors (JSON allows neither)', () => {
    expect(() => parse('[{"id":"a"},]')).toThrow(/found "]" where the file should have a record after the ","/);
    expect(() => parse('[{"id":"a"},\n ]')).toThrow(/line 2/);
    expect(() => parse('[1,]')).toThrow(RecordFileError);
    expect(() => parse('[{"id":"a"},,{"id":"b"}]')).toThrow(/found ","/);
    expect(() => parse('[,]')).toThrow(RecordFileError);
  });

  it('case: a byte-order mark is skipped', () => {
    expect(parse('\uFEFF[{"id":"a"}]').map((r) => r.value)).toEqual([{ id: 'a' }]);
  });
});

describe('bytes that are not UTF-8', () => {
  it('case: an invalid byte is reported with its offset', () => {
    const bad = new Uint8Array([...bytes('{"id":"a'), 0xff, ...bytes('"}\n')]);
    expect(() => parse(bad, 1024)).toThrow(/not valid UTF-8.*byte 8/);
  });

  it('case: the error names the line the bad byte is on, whatever the chunk size and the format', () => {
    const lineOf = (text: Uint8Array, size: number) => {
      try {
        parse(text, size);
      } catch (e) {
        return (e as RecordFileError).line;
      }
      return 'read';
    };
    // Line 3 of JSON Lines (after a blank line), and line 4 of an array, the bad byte inside a record.
    const lines = new Uint8Array([...bytes('{"id":"a"}\n\n{"id":"b'), 0xff, ...bytes('"}\n{"id":"c"}\n')]);
    const array = new Uint8Array([...bytes('[\n{"id":"a"},\n\n{"id":"b'), 0xff, ...bytes('"}]')]);
    for (const size of [1, 5, 1024]) {
      expect(lineOf(lines, size)).toBe(3);
      expect(lineOf(array, size)).toBe(4);
    }
  });

  it('case: a file cut inside a multi-byte character', () => {
    const cut = bytes('{"id":"é"}').subarray(0, 8);
    expect(() => parse(cut, 1024)).toThrow(/UTF-8/);
  });
});

describe('properties', () => {
  it('property: any array of records parses the same whatever the chunk size', () => {
    const record = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.integer({ min: 1, max: 40 }), (records, size) => {
        const normalised = JSON.parse(JSON.stringify(records));
        expect(parse(JSON.stringify(records, null, 1), size).map((r) => r.value)).toEqual(normalised);
        if (records.length > 0)
          expect(parse(records.map((r) => JSON.stringify(r)).join('\n'), size).map((r) => r.value)).toEqual(normalised);
      }),
      { numRuns: 200 },
    );
  });
});
