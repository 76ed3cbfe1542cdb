/** The four opportunity kinds the law engine reports (spec/supervision-records.md), in the order tabs show them. */
export const OPPORTUNITY_KINDS = ['earned_discharge', 'early_termination', 'review_conference', 'term_cap'] as const;

export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

export const KIND_LABEL: Record<OpportunityKind, string> = {
  earned_discharge: 'Earned discharge',
  early_termination: 'Early termination',
  review_conference: 'Review conference',
  term_cap: 'Term cap',
};

export function isOpportunityKind(value: string): value is OpportunityKind {
  return (OPPORTUNITY_KINDS as readonly string[]).includes(value);
}
