/** A.R.S. § 13-901.01 (Proposition 200): told for a possession probation, never a computed limit. */
import { describe, expect, it } from 'vitest';
import { az, run } from './test-helpers.ts';

const possession = {
  statute: 'A.R.S. § 13-3408(A)(1)',
  level: 'felony',
  class: '4',
  description: 'possession of a narcotic drug',
} as const;
const paraphernalia = {
  statute: 'A.R.S. § 13-3415',
  level: 'felony',
  class: '6',
  description: 'possession of drug paraphernalia',
} as const;
const sale = { statute: 'A.R.S. § 13-3408(A)(7)', level: 'felony', class: '2', description: 'sale of a narcotic drug' } as const;
const told = (r: ReturnType<typeof run>) => r.explanation.some((s) => s.citations.includes('A.R.S. § 13-901.01(E)'));

describe('§ 13-901.01(E): a violation of possession probation', () => {
  it('case: possession and paraphernalia (2024-02-01, 3 years), as of 2024-12-31: told, with the facts to check; no limit', () => {
    const r = run(az({ offenses: [{ ...possession }, { ...paraphernalia }] }), '2024-12-31');
    expect(r.sanctionLimit).toBeNull();
    expect(told(r)).toBe(true);
    expect(r.warnings.some((w) => w.includes('§ 13-901.01 (Proposition 200)') && w.includes('methamphetamine'))).toBe(true);
  });

  it('case: a sale count, possession for sale, a bare § 13-3408, or a theft count beside possession: not told', () => {
    expect(told(run(az({ offenses: [{ ...sale }] }), '2024-12-31'))).toBe(false);
    // § 13-901.01(C): possession for sale is not personal possession; a bare section may be either.
    const forSale = {
      statute: 'A.R.S. § 13-3407(A)(2)',
      level: 'felony',
      class: '2',
      description: 'possession of a dangerous drug for sale',
    } as const;
    expect(told(run(az({ offenses: [{ ...forSale }] }), '2024-12-31'))).toBe(false);
    expect(told(run(az({ offenses: [{ statute: 'A.R.S. § 13-3408', level: 'felony', class: '2' }] }), '2024-12-31'))).toBe(false);
    // A possession count the record tags violent or delivery is outside (B) and (C).
    expect(told(run(az({ offenses: [{ ...possession, tags: ['drug', 'drug_delivery'] }] }), '2024-12-31'))).toBe(false);
    expect(told(run(az({ offenses: [{ ...possession, tags: ['drug', 'violent'] }] }), '2024-12-31'))).toBe(false);
    expect(
      told(run(az({ offenses: [{ ...possession }, { statute: 'A.R.S. § 13-1802', level: 'felony', class: '4' }] }), '2024-12-31')),
    ).toBe(false);
  });

  it('case: the term ended (2027-02-01) before the as-of date 2027-02-02: not told; on 2027-02-01 itself it is', () => {
    expect(told(run(az({ offenses: [{ ...possession }] }), '2027-02-02'))).toBe(false);
    expect(told(run(az({ offenses: [{ ...possession }] }), '2027-02-01'))).toBe(true);
  });
});
