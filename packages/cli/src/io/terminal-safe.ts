/**
 * Text from a record shown at a terminal with its control characters made visible: an id or a statute
 * holding ESC, BEL or a line break could otherwise retitle the terminal, colour it, or forge a line of
 * the command's own output, and a bidirectional override could reorder what a line seems to say. Each becomes a `\u{…}` escape; everything else is left as it is.
 */
// C0 controls (line breaks included), DEL and the C1 controls; and the bidirectional embeddings, overrides
// and isolates, which can make a line read in another order than it was written ("Trojan Source",
// CVE-2021-42574). The direction marks (U+200E, U+200F, U+061C) are ordinary in Hebrew and Arabic text
// and reorder nothing past themselves: they are kept.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
