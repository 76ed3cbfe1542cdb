/**
 * Which statutory limit applies to one violation, asked of the law engine rather than decided here: the
 * jurisdictions differ in what they count (Pennsylvania counts absconding as a technical violation,
 * Michigan does not; Michigan leaves out no-contact violations; violations of one episode count once),
 * so the server never lists categories itself. It evaluates the record without the violation, then with
 * it as if sustained: if the term's `sanctionLimit.violationNumber` moves up, the engine counts it as the
 * next technical violation and the limit from before applies to it.
 */
import {
  evaluateTerm,
  JURISDICTIONS,
  parseIsoDate,
  SUPPORTED_JURISDICTIONS,
  validateRecord,
  type PersonRecord,
  type SanctionLimit,
  type SupervisionEvent,
  type TermEvaluation,
  type ViolationEvent,
} from '@pathways/law';

export type LimitCheck =
  /**
   * The engine counts this violation: `limit` is the one for its number. `confinedBefore`: the jail or
   * prison days already imposed for the same episode, which count against the same limit.
   */
  | { check: 'applied'; limit: SanctionLimit; note: string; confinedBefore?: number }
  /** The jurisdiction sets no limit for this term on this date. */
  | { check: 'no_limit'; limit: null; note: string }
  /** A limit exists, but the engine does not count this violation as a technical one. */
  | { check: 'not_technical'; limit: null; note: string };

/** The record with one more event (the record itself is not changed). */
export function withEvent(record: PersonRecord, event: SupervisionEvent): PersonRecord {
  return { ...record, events: [...(record.events ?? []), event] };
}

/** Field errors of a record that fails the contract, or undefined when it passes. */
export function recordErrors(record: PersonRecord): { path: string; message: string }[] | undefined {
  const v = validateRecord(record, 0, { supportedJurisdictions: SUPPORTED_JURISDICTIONS });
  return v.ok ? undefined : v.errors.map((e) => ({ path: e.path, message: e.message }));
}

/** The engine's evaluation of one term as of `date`; undefined when the record has no such term. */
export function evaluateTermAsOf(record: PersonRecord, termId: string, date: string): TermEvaluation | undefined {
  const term = record.terms.find((t) => t.id === termId);
  if (term === undefined) return undefined;
  const jurisdiction = JURISDICTIONS.get(term.jurisdiction);
  if (jurisdiction === undefined) throw new Error(`no rules for ${term.jurisdiction}`);
  return evaluateTerm(jurisdiction, record, term, parseIsoDate(date));
}

/**
 * The limit that applies to `violation` (not yet in `record`) on its term, as of its date: evaluated on
 * the record as it stands, and checked against the engine's count as described at the top of this file.
 */
export function limitForViolation(record: PersonRecord, violation: ViolationEvent & { termId: string }): LimitCheck {
  const { termId, date } = violation;
  const before = evaluateTermAsOf(record, termId, date)?.sanctionLimit ?? null;
  if (before === null) {
    return {
      check: 'no_limit',
      limit: null,
      note: `The law encoded for this term sets no limit on confinement for a violation on ${date}.`,
    };
  }
  const asSustained = { ...violation, status: 'sustained' } as SupervisionEvent;
  const after = evaluateTermAsOf(withEvent(record, asSustained), termId, date)?.sanctionLimit ?? null;
  if (after !== null && after.violationNumber > before.violationNumber) {
    return { check: 'applied', limit: before, note: `Technical violation number ${before.violationNumber} on this term.` };
  }
  const episode =
    violation.episodeId !== undefined
      ? episodeLimit(record, violation as ViolationEvent & { termId: string; episodeId: string })
      : undefined;
  if (episode !== undefined) return episode;
  return {
    check: 'not_technical',
    limit: null,
    note: `Recorded without the technical-violation check: the law encoded for this term does not count a ${violation.category.replace('_', ' ')} violation${violation.kinds?.length ? ` of kind ${violation.kinds.join(', ')}` : ''} toward its limits, which govern technical violations only.`,
  };
}

/**
 * A violation of an episode already counted is the same violation in law (MCL 771.4b(5); 42 Pa.C.S.
 * § 9771(c)(1)(iii)(F)): its number is the episode's, which is the next number on the record as it stood
 * before the episode's first sustained violation, read as of this violation's date.
 */
function episodeLimit(record: PersonRecord, violation: ViolationEvent & { termId: string; episodeId: string }): LimitCheck | undefined {
  const events = record.events ?? [];
  const earlier = events.filter(
    (e): e is ViolationEvent =>
      e.type === 'violation' &&
      e.episodeId === violation.episodeId &&
      e.status === 'sustained' &&
      (e.termId === undefined || e.termId === violation.termId) &&
      e.date <= violation.date,
  );
  if (earlier.length === 0) return undefined;
  const first = earlier.map((e) => e.date).sort()[0]!;
  // One violation in law, so one limit for all its sanctions: the confinement already imposed counts.
  let confinedBefore = 0;
  for (const e of earlier) if (e.sanction?.type === 'jail' || e.sanction?.type === 'prison') confinedBefore += e.sanction.days ?? 0;
  const asItStood = { ...record, events: events.filter((e) => e.type !== 'violation' || e.date < first) };
  const limit = evaluateTermAsOf(asItStood, violation.termId, violation.date)?.sanctionLimit ?? null;
  if (limit === null) return undefined;
  return {
    check: 'applied',
    limit,
    note: `Same episode (${violation.episodeId}) as a violation already sustained on ${first}: counted as one violation, number ${limit.violationNumber} on this term${confinedBefore > 0 ? `, with ${confinedBefore} days of confinement already imposed for it` : ''}.`,
    confinedBefore,
  };
}

/**
 * Whether a sanction of `type` for `days` goes past `limit` (only jail and prison confine), together with
 * `confinedBefore` days already imposed for the same violation.
 */
export function exceedsLimit(limit: SanctionLimit, sanction: { type: string; days?: number } | undefined, confinedBefore = 0): boolean {
  if (sanction === undefined || (sanction.type !== 'jail' && sanction.type !== 'prison')) return false;
  const days = (sanction.days ?? 0) + confinedBefore;
  if (!limit.confinementAllowed) return days > 0;
  return limit.maxConfinementDays !== null && days > limit.maxConfinementDays;
}
