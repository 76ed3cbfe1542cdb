/**
 * The what-if questions the person page answers, and the change each makes to the record: an event dated
 * today, added to the record as the person's file would carry it (spec/supervision-records.md, events).
 * The law package then evaluates the changed record exactly as it evaluated the stored one, so the answer
 * follows the same rules and cites the same subsections.
 *
 * Kept free of the law package's code (types only), so the page can show the questions before the engine
 * has loaded.
 */
import type { PersonRecord, SupervisionEvent, Term } from '@pathways/law';

export const WHAT_IF_QUESTIONS = ['restitution_paid', 'violation_sustained', 'ged_earned'] as const;
export type WhatIfQuestion = (typeof WHAT_IF_QUESTIONS)[number];

export const QUESTION_LABEL: Record<WhatIfQuestion, string> = {
  restitution_paid: 'Restitution paid in full today',
  violation_sustained: 'A violation sustained today',
  ged_earned: 'A GED earned today',
};

export const VIOLATION_CHOICES = ['technical', 'absconding', 'new_offense'] as const;
export type ViolationChoice = (typeof VIOLATION_CHOICES)[number];
export const VIOLATION_LABEL: Record<ViolationChoice, string> = {
  technical: 'technical (a missed appointment)',
  absconding: 'absconding',
  new_offense: 'a new offense',
};

export interface WhatIfInput {
  question: WhatIfQuestion;
  termId: string;
  today: string;
  /** For violation_sustained: which kind of violation (default technical). */
  violation?: ViolationChoice;
  /** For restitution_paid: the balance owed today, as the law package computes it. */
  restitutionBalanceUsd?: number;
}

/** The event the question adds; null when it cannot apply (no restitution owed on this term). */
export function whatIfEvent(input: WhatIfInput): SupervisionEvent | null {
  const { termId, today } = input;
  switch (input.question) {
    case 'restitution_paid': {
      const owed = input.restitutionBalanceUsd ?? 0;
      return owed > 0 ? { type: 'payment', termId, date: today, amountUsd: owed, kind: 'restitution' } : null;
    }
    case 'violation_sustained': {
      const category = input.violation ?? 'technical';
      return {
        type: 'violation',
        termId,
        date: today,
        category,
        ...(category === 'technical' ? { kinds: ['missed_appointment' as const] } : {}),
        status: 'sustained',
      };
    }
    case 'ged_earned':
      // Approved: where a credit needs the court's or the agency's approval, the question is what the law
      // gives once it is approved.
      return { type: 'achievement', termId, date: today, kind: 'ged', approved: true };
  }
}

/** The record with the question's event added; the stored record is not touched. */
export function withWhatIf(record: PersonRecord, event: SupervisionEvent): PersonRecord {
  return { ...record, events: [...(record.events ?? []), event] };
}

export function termOf(record: PersonRecord, termId: string): Term | undefined {
  return record.terms.find((t) => t.id === termId);
}
