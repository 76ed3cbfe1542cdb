/** Small wording helpers for Missouri explanations (no Intl: these run for every term). */

/** 1826 → "1,826". */
export function count(x: number): string {
  const s = String(Math.trunc(x));
  const neg = s.startsWith('-');
  const digits = neg ? s.slice(1) : s;
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) out = digits.slice(Math.max(0, i - 3), i) + (out === '' ? '' : `,${out}`);
  return neg ? `-${out}` : out;
}

/** 1200 → "$1,200.00". */
export function dollars(x: number): string {
  const cents = Math.round(x * 100);
  const c = String(cents % 100).padStart(2, '0');
  return `$${count(Math.floor(cents / 100))}.${c}`;
}
