/**
 * "Who looked at your record": each audit entry (GET /api/portal/views) said in plain words. The audit log
 * names actions by code; the ones staff take on a person's record get their own words, anything else a
 * general "used your record", so a new kind of action is still shown, never hidden.
 */
export const KNOWN_ACTIONS = [
  'person.list',
  'person.read',
  'person.action',
  'action.review',
  'checklist.verify',
  'document.generate',
  'note.write',
  'violation.record',
  'violation.override',
  'portal.link',
  'message.write',
  // A story told with consent (issue 9): recorded with staff, read and moderated by campaign staff.
  'story.record',
  'story.read',
  'story.review',
  'story.publish',
  'story.reject',
  'story.link',
] as const;

export const KNOWN_ROLES = ['officer', 'supervisor', 'admin', 'defender', 'advocate'] as const;

/** The locale key for an action (privacy.actions.person_read …), or privacy.actions.other. */
export function viewActionKey(action: string): string {
  return (KNOWN_ACTIONS as readonly string[]).includes(action) ? `privacy.actions.${action.replace('.', '_')}` : 'privacy.actions.other';
}

export function roleKey(role: string): string {
  return (KNOWN_ROLES as readonly string[]).includes(role) ? `roles.${role}` : 'roles.other';
}
