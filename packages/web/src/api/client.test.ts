import { describe, expect, it } from 'vitest';
import { utf8AsHeader } from './client.ts';

describe('the access reason as a header value', () => {
  it('case: sent as its UTF-8 bytes, one a character, so accented text arrives as typed', () => {
    // "é" is U+00E9, two bytes in UTF-8 (C3 A9); "€" is U+20AC, three (E2 82 AC), which a header could not carry as itself.
    expect(utf8AsHeader('café')).toBe('caf\u00c3\u00a9');
    expect(utf8AsHeader('€5')).toBe('\u00e2\u0082\u00ac5');
    expect(utf8AsHeader('court review')).toBe('court review');
    // The server reads the bytes back as UTF-8.
    expect(Buffer.from(utf8AsHeader('Müller, €'), 'latin1').toString('utf8')).toBe('Müller, €');
  });
});
