/** Minn. Stat. § 609.135, subd. 2(g) (former (f)): discharge six months after the stay expires. */
import { describe, expect, it } from 'vitest';
import { drug5, run, says, stayed } from './test-helpers.ts';

describe('discharge six months after the stay expires', () => {
  it('case: research example 1, expiry at the 5-year limit, discharge six months later', () => {
    // Expiry = min(2030-09-15 ordered, 2028-09-15 limit) = 2028-09-15; + 6 months = 2029-03-15.
    const e = run(stayed('2023-09-15', [drug5]), '2024-06-30');
    expect(
      says(
        e,
        "By law your probation ends on September 15, 2028, when your stay expires at the limit, though the court's order runs to September 15, 2030. Until the court corrects the order, keep following your conditions and ask your lawyer or the court to correct it. The court's case closes 6 months later: the law discharges you on March 15, 2029",
      ),
    ).toBe(true);
    // After the expiry, before the discharge (2029-03-14): the order is still to be kept to until corrected.
    expect(
      says(
        run(stayed('2023-09-15', [drug5]), '2029-03-14'),
        "By law your probation ended on September 15, 2028, when your stay expired at the limit, though the court's order runs to September 15, 2030. Until the court corrects the order, keep following your conditions and ask your lawyer or the court to correct it. The court's case closes 6 months later",
      ),
    ).toBe(true);
    // From the discharge day on (2029-03-15, and after both days, told in the past), the law has discharged
    // the person: nothing is left to keep to, only the record to correct.
    for (const asOf of ['2029-03-15', '2029-06-01'])
      expect(
        says(
          run(stayed('2023-09-15', [drug5]), asOf),
          "By law your probation ended on September 15, 2028, when your stay expired at the limit, though the court's order runs to September 15, 2030. If your record still shows the later date, ask your lawyer or the court to correct it.",
        ),
      ).toBe(true);
    // Once the order's own end (2030-09-15) has passed too, nothing is left to keep to: only the record to correct.
    expect(
      says(
        run(stayed('2023-09-15', [drug5]), '2030-09-16'),
        "By law your probation ended on September 15, 2028, when your stay expired at the limit, though the court's order ran to September 15, 2030. If your record still shows the later date, ask your lawyer or the court to correct it.",
      ),
    ).toBe(true);
    // The discharge follows the end of the stay; it does not move the projected end.
    expect(e.projectedEndDate).toBe('2028-09-15');
  });

  it('case: a stay that ends as ordered says so plainly, with no word of correcting the order', () => {
    // Stayed 2023-09-15 for 3 years, inside the 5-year limit: expiry 2026-09-15 as ordered; + 6 months = 2027-03-15.
    const e = run(stayed('2023-09-15', [drug5], { length: { years: 3 } }), '2024-06-30');
    expect(says(e, "Your probation ends on September 15, 2026, when your stay expires. The court's case closes 6 months later")).toBe(true);
    expect(says(e, 'corrects the order')).toBe(false);
  });

  it('case: a stay ending on August 31 is discharged on the last day of February', () => {
    // Stayed 2023-08-31 for 1 year (misdemeanor): expiry 2024-08-31; + 6 months = 2025-02-28.
    const e = run(stayed('2023-08-31', [{ statute: '609.52', level: 'misdemeanor' }], { length: { years: 1 } }), '2024-06-30');
    expect(says(e, 'on February 28, 2025')).toBe(true);
  });

  it('case: cites the paragraph of the version in force on the stay date', () => {
    const before = run(stayed('2023-07-31', [drug5], { length: { years: 2 } }), '2024-06-30');
    const after = run(stayed('2023-08-01', [drug5], { length: { years: 2 } }), '2024-06-30');
    const cite = (e: typeof before) => e.explanation.find((s) => s.text.includes("The court's case closes 6 months later"))!.citations[0];
    expect(cite(before)).toBe('Minn. Stat. § 609.135, subd. 2(f) (2020)');
    expect(cite(after)).toBe('Minn. Stat. § 609.135, subd. 2(g)');
  });
});
