/**
 * A number the simulator assumes, with where it comes from. Confidence codes follow the research notes
 * (docs/research/figures.md): A read in the named source; B read in a secondary source; C derived from
 * A/B figures (the arithmetic in `note`); D an assumption of ours, not a measurement.
 */
export type Confidence = 'A' | 'B' | 'C' | 'D';

export interface Figure<T = number> {
  value: T;
  source: string;
  confidence: Confidence;
  note?: string;
}

export function figure<T>(value: T, source: string, confidence: Confidence, note?: string): Figure<T> {
  return note === undefined ? { value, source, confidence } : { value, source, confidence, note };
}
