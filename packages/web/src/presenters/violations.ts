/**
 * Recording a violation: the vocabulary of the form (the law package's own lists, spec
 * supervision-records.md: plain constants, so importing them brings no engine code along), the limit as a
 * sentence with its citations, and the request body.
 */
import { MAX_SANCTION_DAYS, SANCTION_TYPES, VIOLATION_CATEGORIES, VIOLATION_KINDS } from '@pathways/law';
import { MAX_REASON_LENGTH } from '@pathways/server/input-limits';
import type { SanctionLimit } from '../api/types.ts';
import { tooLong } from './lengths.ts';

export { MAX_SANCTION_DAYS, SANCTION_TYPES, VIOLATION_CATEGORIES, VIOLATION_KINDS };

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

/**
 * Whether a sanction type is measured in days: jail, prison and "other" (house arrest, community service)
 * are; a warning, or no sanction, is not, so the form neither asks for days nor sends them.
 */
export function sanctionTakesDays(type: string): boolean {
  return type === 'jail' || type === 'prison' || type === 'other';
}

const DAYS_MESSAGE = 'Enter a whole number of days, 0 or more.';

const TOO_MANY_DAYS_MESSAGE = `Enter at most ${MAX_SANCTION_DAYS.toLocaleString('en-US')} days (200 years).`;

/** The field's own message for what was typed as days (empty is allowed: no days), or null when it will do. */
export function sanctionDaysError(typed: string): string | null {
  const days = typed.trim();
  if (!/^\d*$/.test(days)) return DAYS_MESSAGE;
  // Past this the server answers with its schema's words ("Too big: expected int…"), which mean nothing here.
  return days !== '' && Number(days) > MAX_SANCTION_DAYS ? TOO_MANY_DAYS_MESSAGE : null;
}

/**
 * The refusal of a confinement sanction above the limit, in the form's words: the server's own detail
 * names the API field that overrides it, which means nothing to the person at the form.
 */
export function overLimitRefusal(type: string, days: number): string {
  return `A ${type} sanction of ${days} ${days === 1 ? 'day' : 'days'} is more than the law allows for this violation. To record it anyway, give a reason for going above the limit below.`;
}

export interface ViolationForm {
  termId: string;
  date: string;
  category: string;
  kinds: string[];
  status: string;
  sanctionType: string;
  /** As typed; empty when no sanction is imposed, and ignored for a sanction not measured in days. */
  sanctionDays: string;
  overrideReason: string;
}

/**
 * What is wrong with the violation's date, or null: it must be a date, not after today and, when the
 * term's start is known, not before it (the server refuses both, the second in its schema's words).
 */
export function violationDateError(date: string, today: string, termStart?: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'Give the date of the violation.';
  if (date > today) return `The date may not be after today (${today}).`;
  if (termStart !== undefined && date < termStart) return `The date may not be before the term started (${termStart}).`;
  return null;
}

export function violationBody(
  form: ViolationForm,
  today: string,
  /** The chosen term's start date, when known. */
  termStart?: string,
): { ok: true; body: Record<string, unknown> } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!form.termId) errors.termId = 'Choose the term.';
  const dateError = violationDateError(form.date, today, termStart);
  if (dateError) errors.date = dateError;
  const takesDays = sanctionTakesDays(form.sanctionType);
  const days = takesDays ? form.sanctionDays.trim() : '';
  const daysError = takesDays ? sanctionDaysError(days) : null;
  if (daysError) errors.sanctionDays = daysError;
  // Confinement is counted against the limit by its days: left empty, it would be recorded as none served.
  else if (days === '' && confinement(form.sanctionType)) errors.sanctionDays = CONFINEMENT_DAYS_MESSAGE;
  const long = tooLong('reason for going above the limit', form.overrideReason, MAX_REASON_LENGTH);
  if (long) errors.overrideReason = long;
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
      ...(form.sanctionType ? { sanction: sanction(form.sanctionType, days) } : {}),
      ...(reason ? { overrideReason: reason } : {}),
    },
  };
}

const confinement = (type: string) => type === 'jail' || type === 'prison';

const CONFINEMENT_DAYS_MESSAGE = 'Enter the days of jail or prison imposed (0 if none).';

/** Days as given ("other" with none given leaves them out; jail and prison always have them); a warning never has days. */
function sanction(type: string, days: string): { type: string; days?: number } {
  return days === '' ? { type } : { type, days: Number(days) };
}

/** The limit a 422 refusal names (the problem's `limit` extension), when it is one. */
export function refusedLimit(problem: Record<string, unknown>): SanctionLimit | null {
  const limit = problem.limit as SanctionLimit | undefined;
  return limit && typeof limit.violationNumber === 'number' && Array.isArray(limit.citations) ? limit : null;
}
