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

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth'] as const;

/**
 * 1 → "first" … 5 → "fifth", then figures with their English suffix: "6th", "21st", "22nd", "23rd",
 * "111th", "112th". A count of violations rarely passes five, and a figure past it reads more easily
 * than "twenty-first".
 */
export function ordinal(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`an ordinal needs a whole number ≥ 1, got ${n}`);
  if (n <= ORDINAL_WORDS.length) return ORDINAL_WORDS[n - 1]!;
  const lastTwo = n % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** 900 days at 30 a month → "900 days of credit (30 months)"; "(1 month)"; no months where they are not whole. */
export function creditDaysWords(days: number, perMonth: number): string {
  const months = days > 0 && perMonth > 0 && days % perMonth === 0 ? days / perMonth : 0;
  return `${formatCount(days)} days of credit${months === 0 ? '' : ` (${months} month${months === 1 ? '' : 's'})`}`;
}
