/**
 * Text a font can draw. pdf-lib's standard fonts (Helvetica, WinAnsi encoding) throw on any character
 * outside WinAnsi, so a name like "Łukasz" or "Nguyễn" would stop generation. Each character the font
 * lacks is replaced: by its base letter without accents where that is drawable (NFD), by a close
 * Latin letter from a short table, else by "?". Text the font can draw passes unchanged ("Núñez", "Zoë"
 * are WinAnsi).
 */
const LATIN_FALLBACKS: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŀ: 'L',
  ŀ: 'l',
  Ŧ: 'T',
  ŧ: 't',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

export function drawableText(text: string, drawable: (codePoint: number) => boolean): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\n' || ch === '\t') {
      out += ' ';
      continue;
    }
    if (drawable(cp)) {
      out += ch;
      continue;
    }
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    if (base !== '' && [...base].every((c) => drawable(c.codePointAt(0)!))) {
      out += base;
      continue;
    }
    const fallback = LATIN_FALLBACKS[ch];
    out += fallback !== undefined && [...fallback].every((c) => drawable(c.codePointAt(0)!)) ? fallback : '?';
  }
  return out;
}
