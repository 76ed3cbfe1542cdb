/**
 * A story's media is known by its first bytes: each accepted kind is recognised from a real header, and
 * what is not one of them (a PDF, an HTML page named .jpg, a GIF, an MP4 video brand, too short) is not.
 */
import { describe, expect, it } from 'vitest';
import { sniffMedia } from './story-media.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array([...parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)), ...new Array(16).fill(0)]);

describe('sniffMedia', () => {
  it('case: each accepted photo and recording is recognised by its header', () => {
    expect(sniffMedia(bytes([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ type: 'image/jpeg', kind: 'photo' });
    expect(sniffMedia(bytes([0x89], 'PNG\r\n', [0x1a], '\n'))).toEqual({ type: 'image/png', kind: 'photo' });
    expect(sniffMedia(bytes('RIFF', [0x10, 0, 0, 0], 'WEBPVP8 '))).toEqual({ type: 'image/webp', kind: 'photo' });
    expect(sniffMedia(bytes('RIFF', [0x10, 0, 0, 0], 'WAVEfmt '))).toEqual({ type: 'audio/wav', kind: 'audio' });
    expect(sniffMedia(bytes('OggS', [0, 2]))).toEqual({ type: 'audio/ogg', kind: 'audio' });
    expect(sniffMedia(bytes([0x1a, 0x45, 0xdf, 0xa3]))).toEqual({ type: 'audio/webm', kind: 'audio' });
    expect(sniffMedia(bytes([0, 0, 0, 0x20], 'ftypM4A '))).toEqual({ type: 'audio/mp4', kind: 'audio' });
    expect(sniffMedia(bytes('ID3', [4, 0]))).toEqual({ type: 'audio/mpeg', kind: 'audio' });
    expect(sniffMedia(bytes([0xff, 0xfb, 0x90, 0x64]))).toEqual({ type: 'audio/mpeg', kind: 'audio' });
  });

  it('case: anything else is refused, whatever it is called', () => {
    expect(sniffMedia(bytes('%PDF-1.7'))).toBeUndefined();
    expect(sniffMedia(bytes('<!doctype html><script>'))).toBeUndefined();
    expect(sniffMedia(bytes('GIF89a'))).toBeUndefined();
    expect(sniffMedia(bytes([0, 0, 0, 0x20], 'ftypqt  '))).toBeUndefined();
    expect(sniffMedia(bytes('RIFF', [0x10, 0, 0, 0], 'AVI LIST'))).toBeUndefined();
    expect(sniffMedia(new Uint8Array([0xff, 0xd8, 0xff]))).toBeUndefined();
    expect(sniffMedia(new Uint8Array(0))).toBeUndefined();
  });
});
