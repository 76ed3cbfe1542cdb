/**
 * How the impact brief writes its numbers: people and counts as whole numbers with thousands
 * separators, years to one decimal, dollars as "$12.3 million", an interval as "90% interval a to b",
 * and a month as "Aug 2012". Pure and locale-independent (no Intl): the PDF reads the same in every
 * browser and on the server that checks it, and a reader sees the figures `pathways simulate` prints.
 * Minus signs are the ASCII hyphen, which Helvetica's WinAnsi encoding can draw.
 */

export type BriefUnit = 'people' | 'years' | 'usd' | 'count';

/** Inserts a comma every three digits of a string of digits. */
function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `n` with `decimals` places and grouped thousands; a value that rounds to zero has no sign ("-0.0" reads as a finding). */
function fixed(n: number, decimals: number): string {
  if (!Number.isFinite(n)) return 'n/a';
  const scale = 10 ** decimals;
  const rounded = Math.round(Math.abs(n) * scale) / scale;
  const [whole, fraction] = rounded.toFixed(decimals).split('.') as [string, string | undefined];
  const sign = n < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${groupDigits(whole)}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** People and counts: whole numbers, "12,345". */
export function formatCount(n: number): string {
  return fixed(n, 0);
}

/** Years (supervision-years, prison-years): one decimal, "4,321.5". */
export function formatYears(n: number): string {
  return fixed(n, 1);
}

/**
 * Dollars: whole dollars below a million ("$845,200"), then "$12.3 million" and "$1.2 billion". The
 * unit is chosen after rounding, so $999,960,000 reads "$1.0 billion", not "$1,000.0 million".
 */
export function formatUsd(n: number): string {
  if (!Number.isFinite(n)) return 'n/a';
  const dollars = Math.round(Math.abs(n));
  const sign = n < 0 && dollars !== 0 ? '-' : '';
  if (dollars < 1_000_000) return `${sign}$${groupDigits(String(dollars))}`;
  const millions = Math.round(dollars / 100_000) / 10;
  if (millions < 1000) return `${sign}$${millions.toFixed(1)} million`;
  const billions = Math.round(dollars / 100_000_000) / 10;
  return `${sign}$${fixed(billions, 1)} billion`;
}

export function formatValue(n: number, unit: BriefUnit): string {
  switch (unit) {
    case 'people':
    case 'count':
      return formatCount(n);
    case 'years':
      return formatYears(n);
    case 'usd':
      return formatUsd(n);
  }
}

/** The interval a key number is printed with: "90% interval 3,900.2 to 4,800.9". */
export function formatInterval(low: number, high: number, unit: BriefUnit): string {
  return `90% interval ${formatValue(low, unit)} to ${formatValue(high, unit)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2012-08" or "2012-08-01" as "Aug 2012"; anything else as given (the chart still labels its ticks). */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(month);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : month;
}
