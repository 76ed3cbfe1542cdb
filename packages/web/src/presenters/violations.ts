/**
 * Recording a violation: the vocabulary of the form (the law package's own lists, spec
 * supervision-records.md: plain constants, so importing them brings no engine code along), the limit as a
 * sentence with its citations, and the request body.
 */
import { SANCTION_TYPES, VIOLATION_CATEGORIES, VIOLATION_KINDS } from '@pathways/law';
import type { SanctionLimit } from '../api/types.ts';

export { SANCTION_TYPES, VIOLATION_CATEGORIES, VIOLATION_KINDS };

/** A violation is recorded as alleged or found; `dismissed` is a later outcome, not a recording. */
export const RECORDED_STATUSES = ['sustained', 'reported'] as const;

export const words = (s: string) => s.replace(/_/g, ' ');

/** "Limit for violation 2: up to 15 days in jail or prison (42 Pa.C.S. § 9771(c)…)". */
export function limitText(limit: SanctionLimit | null): string {
  if (!limit) return 'No statutory limit on confinement applies to this term on this date.';
  const cap = !limit.confinementAllowed
    ? 'no jail or prison'
    : limit.maxConfinementDays === null
      ? 'confinement without a day limit'
      : `up to ${limit.maxConfinementDays} ${limit.maxConfinementDays === 1 ? 'day' : 'days'} in jail or prison`;
  return `Limit for violation ${limit.violationNumber}: ${cap}${limit.citations.length ? `, ${limit.citations.join('; ')}` : ''}.`;
}

export interface ViolationForm {
  termId: string;
  date: string;
  category: string;
  kinds: string[];
  status: string;
  sanctionType: string;
  /** As typed; empty when no sanction is imposed. */
  sanctionDays: string;
  overrideReason: string;
}

export function violationBody(
  form: ViolationForm,
  today: string,
): { ok: true; body: Record<string, unknown> } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!form.termId) errors.termId = 'Choose the term.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) errors.date = 'Give the date of the violation.';
  else if (form.date > today) errors.date = `The date may not be after today (${today}).`;
  const days = form.sanctionDays.trim();
  if (form.sanctionType && days !== '' && !/^\d+$/.test(days)) errors.sanctionDays = 'Give a whole number of days.';
  if (Object.keys(errors).length) return { ok: false, errors };
  const reason = form.overrideReason.trim();
  return {
    ok: true,
    body: {
      termId: form.termId,
      date: form.date,
      category: form.category,
      ...(form.kinds.length ? { kinds: form.kinds } : {}),
      status: form.status,
      ...(form.sanctionType ? { sanction: { type: form.sanctionType, days: days === '' ? 0 : Number(days) } } : {}),
      ...(reason ? { overrideReason: reason } : {}),
    },
  };
}

/** The limit a 422 refusal names (the problem's `limit` extension), when it is one. */
export function refusedLimit(problem: Record<string, unknown>): SanctionLimit | null {
  const limit = problem.limit as SanctionLimit | undefined;
  return limit && typeof limit.violationNumber === 'number' && Array.isArray(limit.citations) ? limit : null;
}
