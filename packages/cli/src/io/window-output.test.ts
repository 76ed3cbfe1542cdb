import { describe, expect, it } from 'vitest';
import { WindowOutput } from './window-output.ts';

const text = (pieces: Iterable<Buffer>) => Buffer.concat([...pieces]).toString('utf8');

describe('WindowOutput', () => {
  it('hands out a window in input order, whatever order its places were filled in', () => {
    const output = new WindowOutput();
    output.begin(3);
    output.put(2, 'c\n');
    output.put(0, 'a\n');
    output.put(1, 'b\n');
    expect(text(output.inInputOrder())).toBe('a\nb\nc\n');
  });

  it('keeps text that is not ASCII as UTF-8, whole', () => {
    const output = new WindowOutput();
    output.begin(2);
    output.put(1, '§ 42-8-37 — “review”\n');
    output.put(0, 'José Núñez 😀\n');
    expect(text(output.inInputOrder())).toBe('José Núñez 😀\n§ 42-8-37 — “review”\n');
  });

  it('skips a place left empty, and writes the separator only between outputs, across windows', () => {
    const output = new WindowOutput(Buffer.from(',\n'));
    expect(output.wroteAny).toBe(false);
    output.begin(3);
    output.put(0, '1');
    output.put(2, '3');
    expect(text(output.inInputOrder())).toBe('1,\n3');
    expect(output.wroteAny).toBe(true);
    output.begin(2);
    output.put(1, '');
    output.put(0, '4');
    expect(text(output.inInputOrder())).toBe(',\n4');
  });

  it('reuses its buffers from one window to the next without mixing them up, and hands out copies', () => {
    const output = new WindowOutput();
    output.begin(2);
    output.put(0, 'first window, record one\n');
    output.put(1, 'first window, record two\n');
    const first = [...output.inInputOrder()];
    output.begin(1);
    output.put(0, 'SECOND\n');
    expect(text(output.inInputOrder())).toBe('SECOND\n');
    // The pieces handed out for the first window are copies: the second did not overwrite them.
    expect(text(first)).toBe('first window, record one\nfirst window, record two\n');
  });

  it('spreads a large window over several buffers and pieces, and holds an output larger than a buffer', () => {
    const output = new WindowOutput();
    const records = Array.from({ length: 3000 }, (_, i) => `${String(i).padStart(4, '0')} ${'x'.repeat(2000)}\n`);
    const huge = `${'é'.repeat(3 * 1024 * 1024)}\n`;
    output.begin(records.length + 1);
    records.forEach((r, i) => output.put(i, r));
    output.put(records.length, huge);
    const pieces = [...output.inInputOrder()];
    expect(pieces.length).toBeGreaterThan(1);
    expect(text(pieces)).toBe(records.join('') + huge);
  });

  it('refuses a place outside the window', () => {
    const output = new WindowOutput();
    output.begin(2);
    expect(() => output.put(2, 'x')).toThrow(/place 2 is outside the window of 2/);
    expect(() => output.put(-1, 'x')).toThrow(RangeError);
  });
});
