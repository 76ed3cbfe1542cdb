import { describe, expect, it } from 'vitest';
import { terminalSafe } from './terminal-safe.ts';

describe('terminalSafe', () => {
  it('case: ESC, BEL, a line break, DEL and a C1 control become visible escapes', () => {
    expect(terminalSafe('P-1\u001b]0;pwned\u0007\nFAKE\u007f\u009b')).toBe('P-1\\u{1b}]0;pwned\\u{7}\\u{a}FAKE\\u{7f}\\u{9b}');
  });

  it('case: ordinary text is left as it is: accents, §, dashes, emoji', () => {
    expect(terminalSafe('Cal. Penal Code § 1203a — Ruiz, José 👍')).toBe('Cal. Penal Code § 1203a — Ruiz, José 👍');
  });

  it('case: bidirectional overrides and isolates become visible escapes; Hebrew, Arabic and their direction marks stay', () => {
    expect(terminalSafe('P-1\u202eevil\u202c\u2066x\u2069')).toBe('P-1\\u{202e}evil\\u{202c}\\u{2066}x\\u{2069}');
    expect(terminalSafe('החזקת סם \u200f(סעיף 7) مرحبا')).toBe('החזקת סם \u200f(סעיף 7) مرحبا');
  });
});
