/**
 * "Who looked at your record", as a person would count it: opening a person page reads the record, its
 * checklists, documents, notes and messages, and each read is its own audit entry. Entries by the same
 * staff member for the same kind of act, each within VISIT_GAP_MINUTES of the next, are one visit: shown
 * once, at its latest moment, with the reason given (the first one found) and how many entries it holds.
 */
export const VISIT_GAP_MINUTES = 15;

export interface AuditView {
  at: string;
  actorUserId: string;
  actorName: string;
  actorRole: string;
  action: string;
  reason: string | null;
}

export interface Visit extends Omit<AuditView, 'actorUserId'> {
  /** How many audit entries the visit holds. */
  entries: number;
}

/** `views` newest first (as the audit log lists them); the visits newest first. */
export function visits(views: readonly AuditView[], gapMinutes = VISIT_GAP_MINUTES): Visit[] {
  const out: (Visit & { actorUserId: string; earliest: number })[] = [];
  for (const v of views) {
    const last = out.at(-1);
    const t = Date.parse(v.at);
    if (last && last.actorUserId === v.actorUserId && last.action === v.action && last.earliest - t <= gapMinutes * 60_000) {
      last.entries++;
      last.earliest = t;
      last.reason ??= v.reason;
      continue;
    }
    out.push({ ...v, entries: 1, earliest: t });
  }
  return out.map(({ actorUserId: _, earliest: __, ...visit }) => visit);
}
