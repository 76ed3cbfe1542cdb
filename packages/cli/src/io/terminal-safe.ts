/**
 * Text from a record shown at a terminal with its control characters made visible: an id or a statute
 * holding ESC, BEL or a line break could otherwise retitle the terminal, colour it, or forge a line of
 * the command's own output. Each becomes a `\u{…}` escape; everything else is left as it is.
 */
// C0 controls (line breaks included), DEL and the C1 controls.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
