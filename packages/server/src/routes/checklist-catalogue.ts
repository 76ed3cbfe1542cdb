/**
 * The officer's checklist: criteria an opportunity turns on that the record format cannot carry, so an
 * officer verifies them by hand (who, when, on what evidence). A small catalogue per opportunity kind;
 * `statute` names the provision an item comes from where there is one (the citations are the law
 * package's, see its jurisdictions' rules and READMEs), and `jurisdictions` limits an item to the terms
 * of those jurisdictions. Items without a statute are common practice, not a legal condition.
 */
import type { OpportunityKind } from '@pathways/law';

export interface ChecklistItemDefinition {
  key: string;
  label: string;
  statute: string | null;
  /** Only for terms of these jurisdictions; absent: every jurisdiction. */
  jurisdictions?: readonly string[];
}

const treatmentCompleted = (statute: string | null, jurisdictions?: readonly string[]): ChecklistItemDefinition => ({
  key: 'treatment_completed',
  label: 'Court-ordered treatment completed (or none was ordered)',
  statute,
  ...(jurisdictions ? { jurisdictions } : {}),
});
const noNewArrests: ChecklistItemDefinition = {
  key: 'no_new_arrests_verified',
  label: 'No new arrest found in a criminal-history check (the record holds only the arrests reported to the agency)',
  statute: null,
};
const employmentVerified: ChecklistItemDefinition = {
  key: 'employment_verified',
  label: 'Employment or schooling verified with the employer or school',
  statute: null,
};

export const CHECKLIST_CATALOGUE: Record<OpportunityKind, readonly ChecklistItemDefinition[]> = {
  earned_discharge: [
    noNewArrests,
    {
      key: 'employment_verified',
      label: 'Eligible employment verified, with the supporting documentation given to the officer in time',
      statute: 'A.R.S. § 13-924',
      jurisdictions: ['US-AZ'],
    },
    {
      key: 'not_in_treatment_court',
      label: 'Not in a treatment court (credits are suspended from entry until successful completion)',
      statute: 'RSMo 217.703.12',
      jurisdictions: ['US-MO'],
    },
    {
      key: 'no_prosecutor_motion',
      label: 'No prosecutor’s motion to revoke or suspend, and no citation, not yet recorded as a violation',
      statute: 'RSMo 217.703.4–.5',
      jurisdictions: ['US-MO'],
    },
  ],
  early_termination: [treatmentCompleted(null), noNewArrests, employmentVerified],
  review_conference: [
    treatmentCompleted('42 Pa.C.S. § 9774.1(f)(1)', ['US-PA']),
    {
      key: 'achievements_approved',
      label: 'Educational and program achievements approved by the probation office',
      statute: '42 Pa.C.S. § 9774.1(c)(3)',
      jurisdictions: ['US-PA'],
    },
    noNewArrests,
    employmentVerified,
  ],
  term_cap: [noNewArrests],
};

export const OPPORTUNITY_KINDS = Object.keys(CHECKLIST_CATALOGUE) as OpportunityKind[];

/** The items of `kind` that apply to a term of `jurisdiction`. */
export function checklistItems(kind: OpportunityKind, jurisdiction: string): readonly ChecklistItemDefinition[] {
  return CHECKLIST_CATALOGUE[kind].filter((item) => item.jurisdictions === undefined || item.jurisdictions.includes(jurisdiction));
}
