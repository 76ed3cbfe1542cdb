// The desk's masks in the browser: normalized as the server keeps them, shown in place, added by words.
import { describe, expect, it } from 'vitest';
import { applyMasks, normalizeMasks, occurrences, segments } from './masks.ts';

describe('masks in the desk', () => {
  const text = 'Ana lives in Joplin. ana works.';

  it('case: the words to hide are found wherever they occur, in any letter case', () => {
    expect(occurrences(text, ' Ana ', 'name')).toEqual([
      { start: 0, end: 3, kind: 'name' },
      { start: 21, end: 24, kind: 'name' },
    ]);
    expect(occurrences(text, '   ', 'name')).toEqual([]);
    expect(occurrences(text, 'Paris', 'place')).toEqual([]);
  });

  it('case: the text in pieces, masked and plain, and as the public reads it', () => {
    const spans = [...occurrences(text, 'ana', 'name'), { start: 13, end: 19, kind: 'place' as const }];
    expect(segments(text, spans).map((s) => [s.text, s.mask?.kind ?? null])).toEqual([
      ['Ana', 'name'],
      [' lives in ', null],
      ['Joplin', 'place'],
      ['. ', null],
      ['ana', 'name'],
      [' works.', null],
    ]);
    expect(applyMasks(text, spans)).toBe('[name] lives in [place]. [name] works.');
  });

  it('case: overlapping masks merge, named by the longest', () => {
    expect(
      normalizeMasks(text, [
        { start: 13, end: 19, kind: 'place' },
        { start: 10, end: 15, kind: 'name' },
        { start: 40, end: 50, kind: 'date' },
      ]),
    ).toEqual([{ start: 10, end: 19, kind: 'place' }]);
  });
});
