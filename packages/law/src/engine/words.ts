/**
 * Number wording shared by the jurisdictions' explanations. No Intl: these run for every term, and the
 * output must not depend on the ICU data a runtime ships.
 */

/**
 * 1096 → "1,096": the integer part (truncated toward zero) with a comma every three digits, and a minus
 * sign for negatives. A value in (−1, 0) truncates to 0 and prints "0" (never "-0").
 */
export function formatCount(x: number): string {
  const s = String(Math.trunc(x));
  const neg = s.startsWith('-');
  const digits = neg ? s.slice(1) : s;
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) out = digits.slice(Math.max(0, i - 3), i) + (out === '' ? '' : `,${out}`);
  return neg ? `-${out}` : out;
}

/** 1200 → "$1,200.00": always with cents, rounded to the nearest cent. */
export function formatDollars(x: number): string {
  const cents = Math.round(x * 100);
  return `$${formatCount(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;
}
