/**
 * What the law leaves to people: whether a court grants an early termination the law makes possible.
 * The law engine says when an opportunity opens; how often it is taken is a choice of the model,
 * a parameter per opportunity kind that a run may override (`--grant-rate kind=p`).
 */
import { figure, type Figure } from '../calibration/figure.ts';

export interface GrantRates {
  /** Monthly probability that a court or board grants an open early-termination opportunity. */
  early_termination: Figure;
  /** Probability that a review conference the law requires ends the term, decided once at the conference. */
  review_conference: Figure;
  /** Monthly probability for an earned discharge the law leaves to discretion (mandatory ones need no grant). */
  earned_discharge: Figure;
  /** Monthly probability that a court applies a cap the law opens to a term imposed longer (on a petition or review). */
  term_cap: Figure;
}

export const DEFAULT_GRANT_RATES: GrantRates = {
  early_termination: figure(
    0.01,
    'Assumption of Pathways',
    'D',
    'About 11% a year once eligible (1 − 0.99^12 ≈ 0.11): many opportunities open on the first day (a court "may terminate at any time") and most are never petitioned. No measure of grant rates on early-termination petitions was found (docs/research/figures.md, gaps).',
  ),
  review_conference: figure(
    0.5,
    'Assumption of Pathways',
    'D',
    'Half of the reviews the law requires end the term. Pennsylvania presumes termination at its conference (Act 44 of 2023, docs/research/us-pa.md); other reviews carry no presumption.',
  ),
  earned_discharge: figure(
    1,
    'Assumption of Pathways',
    'D',
    'An earned discharge is granted once open; mandatory ones are already in the projected end date.',
  ),
  term_cap: figure(
    0.5,
    'Assumption of Pathways',
    'D',
    'Where the engine reports a cap as an opportunity (a term imposed past a new maximum, cut on a petition or review, as Minnesota applies its 2023 five-year cap to earlier terms), half of those open are cut each month: such petitions are seldom contested. Caps the law applies itself are already in the projected end date.',
  ),
};

export type GrantRateKind = keyof GrantRates;

/** `kind=p` pairs from the command line applied over the defaults. */
export function grantRatesWith(overrides: Partial<Record<GrantRateKind, number>>): GrantRates {
  const rates = { ...DEFAULT_GRANT_RATES };
  for (const [kind, p] of Object.entries(overrides) as [GrantRateKind, number][]) {
    if (!(kind in rates)) throw new RangeError(`no grant rate "${kind}"; the kinds are ${Object.keys(rates).join(', ')}`);
    if (!(p >= 0 && p <= 1)) throw new RangeError(`the grant rate for ${kind} must be a probability from 0 to 1; got ${p}`);
    rates[kind] = figure(p, 'Set for this run', 'D');
  }
  return rates;
}
