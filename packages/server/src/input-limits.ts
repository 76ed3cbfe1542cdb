/**
 * The limits the server holds what people type to, in one place: the routes' schemas refuse past them,
 * and the workspace's forms check the same numbers before sending (packages/web/src/presenters), so that
 * a refusal needs no round trip and names the box rather than an API field. Pure and free of Node APIs:
 * it runs in the browser too.
 */

/** A denial's reason (POST …/actions), a supervisor's review note and a violation's override reason. */
export const MAX_REASON_LENGTH = 2000;

/** The evidence a checklist item was verified on (PUT …/checklists/…). */
export const MAX_EVIDENCE_LENGTH = 4000;

/**
 * The longest snooze: a reminder to look at the opportunity again within a year. Setting it aside for
 * longer is an answer, a denial with its reason, which a supervisor reviews; a snooze to 9999 would hide
 * it unreviewed.
 */
export const MAX_SNOOZE_DAYS = 365;

/** The longest travel limit a portal profile takes, in whole miles. */
export const MAX_TRAVEL_LIMIT_MILES = 3000;
