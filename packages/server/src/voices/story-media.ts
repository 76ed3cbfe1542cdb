/**
 * A story's photo or recording: its type is read from its first bytes (the "magic numbers"), never taken
 * from a file name or a declared content type, and only these are accepted: JPEG, PNG and WebP photos;
 * MP3, M4A (MPEG-4 audio), Ogg, WebM and WAV recordings. Up to 5 MB.
 *
 * What the bytes say is what the server answers as `content-type` when the media is read back (with
 * `nosniff`), so a file cannot pass as a photo here and run as something else in a browser.
 *
 * MPEG-4 and WebM containers may hold video as well as sound; the brands accepted for M4A are the audio
 * ones and the generic ones browsers and phones record audio under (`M4A `, `M4B `, `mp42`, `isom`, `mp41`,
 * `iso2`, `dash`). A video in such a container would pass as a recording; the reviewer sees it first.
 */

export const MAX_MEDIA_BYTES = 5 * 1024 * 1024;

export type MediaKind = 'photo' | 'audio';

export interface SniffedMedia {
  type: string;
  kind: MediaKind;
}

const ascii = (bytes: Uint8Array, at: number, length: number): string => String.fromCharCode(...bytes.subarray(at, at + length));

const M4A_BRANDS = new Set(['M4A ', 'M4B ', 'mp42', 'isom', 'mp41', 'iso2', 'dash']);

/** The media's type from its first bytes, or undefined when it is none of the accepted kinds. */
export function sniffMedia(bytes: Uint8Array): SniffedMedia | undefined {
  if (bytes.length < 12) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { type: 'image/jpeg', kind: 'photo' };
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return { type: 'image/png', kind: 'photo' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { type: 'image/webp', kind: 'photo' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE') return { type: 'audio/wav', kind: 'audio' };
  if (ascii(bytes, 0, 4) === 'OggS') return { type: 'audio/ogg', kind: 'audio' };
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return { type: 'audio/webm', kind: 'audio' };
  if (ascii(bytes, 4, 4) === 'ftyp' && M4A_BRANDS.has(ascii(bytes, 8, 4))) return { type: 'audio/mp4', kind: 'audio' };
  // MP3: an ID3v2 tag, or straight into an MPEG audio frame (11 sync bits, layer III).
  if (ascii(bytes, 0, 3) === 'ID3') return { type: 'audio/mpeg', kind: 'audio' };
  if (bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0 && (bytes[1]! & 0x06) === 0x02) return { type: 'audio/mpeg', kind: 'audio' };
  return undefined;
}

/** The types `sniffMedia` answers, for the API's description. */
export const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/webm', 'audio/wav'];
