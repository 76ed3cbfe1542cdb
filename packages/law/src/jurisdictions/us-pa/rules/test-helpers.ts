/** Builders the Pennsylvania tests share. */
import type { SupervisionEvent } from '../../../records/schema.ts';

/** A sustained technical violation involving a weapon, one of the violations § 9774.1(g)(1) enumerates. */
export function weaponViolation(date: string): SupervisionEvent {
  return { type: 'violation', date, category: 'technical', status: 'sustained', kinds: ['weapon'] };
}
