/**
 * Who may call what. Every route names one permission in `config.permission`; the server refuses to start
 * when a route names none (see `build-server.ts`). A permission says which roles may call the route and
 * whether a half-finished sign-in (password checked, TOTP to come) is enough. Which people a role may
 * see is `scope.ts`.
 */
import type { Role } from '@pathways/store';

export interface PermissionRule {
  /** Roles allowed; `any` = every signed-in user. */
  roles: readonly Role[] | 'any';
  /** True: a session still waiting for its second factor may call the route. */
  allowPendingSecondFactor?: boolean;
  summary: string;
}

export const PERMISSIONS = {
  'session.pending': {
    roles: 'any',
    allowPendingSecondFactor: true,
    summary: 'Any session, even one still waiting for its second factor (to give the TOTP code or sign out).',
  },
  self: { roles: 'any', summary: 'Any signed-in user, about themselves.' },
  'person.list': {
    roles: ['admin', 'supervisor', 'officer', 'defender', 'person'],
    summary: 'People in the caller’s scope (agency, unit, caseload, clients or self).',
  },
  'person.read': {
    roles: ['admin', 'supervisor', 'officer', 'defender', 'person'],
    summary: 'One person in the caller’s scope; anyone else is answered 404.',
  },
  'person.action': {
    roles: ['officer', 'supervisor'],
    summary: 'Record an action on an opportunity of a person on the caller’s caseload (officer) or unit (supervisor).',
  },
  'document.generate': {
    roles: ['officer', 'supervisor', 'defender'],
    summary: 'List and generate petitions, notices and proposed orders (PDF drafts) for a person in the caller’s scope.',
  },
  'violation.record': {
    roles: ['officer', 'supervisor'],
    summary:
      'Record a violation of a person on the caller’s caseload (officer) or unit (supervisor), held to the statutory sanction limit.',
  },
  'checklist.verify': {
    roles: ['officer', 'supervisor'],
    summary: 'Verify (or un-verify) a checklist item of a person on the caller’s caseload (officer) or unit (supervisor).',
  },
  'action.review': {
    roles: ['supervisor'],
    summary: 'Uphold or reopen a denial recorded for a person on a caseload of the supervisor’s unit.',
  },
  'note.read': {
    roles: ['admin', 'supervisor', 'officer', 'defender'],
    summary:
      'Read the notes on a person’s file in the caller’s scope written by the caller’s side (defense or agency); the person does not see them.',
  },
  'note.write': {
    roles: ['supervisor', 'officer', 'defender'],
    summary: 'Add a note to the file of a person in the caller’s scope, seen only by the writer’s side.',
  },
  'portal.self': { roles: ['person'], summary: 'A person on supervision, about themselves only: their portal.' },
  'portal.link': {
    roles: ['officer', 'supervisor'],
    summary: 'Send a person on the caller’s caseload (officer) or unit (supervisor) a one-time sign-in link to their portal.',
  },
  'portal.profile': {
    roles: ['officer', 'supervisor'],
    summary:
      'Read and change how a person on the caller’s caseload (officer) or unit (supervisor) is reached, their home ZIP and conditions.',
  },
  'message.staff': {
    roles: ['officer', 'supervisor'],
    summary: 'Read and write messages with a person on the caller’s caseload (officer) or unit (supervisor).',
  },
  'outbox.read': { roles: ['admin'], summary: 'The notification outbox of the caller’s agency (in the demo, where sign-in codes appear).' },
  'directory.import': {
    roles: ['admin', 'supervisor'],
    summary: 'Import jobs (schema.org JobPosting, CSV) and services (Open Referral HSDS).',
  },
  'directory.read': {
    roles: ['admin', 'supervisor', 'officer', 'defender', 'person'],
    summary: 'Browse the jobs and services directories.',
  },
  'story.tell': {
    roles: ['person'],
    summary: 'A person on supervision, about their own stories: record, see who viewed, change consent, withdraw.',
  },
  'story.record': {
    roles: ['officer', 'supervisor'],
    summary:
      'Record a story with a person on the caller’s caseload (officer) or unit (supervisor), in the person’s name and with their consent.',
  },
  'story.review': {
    roles: ['advocate'],
    summary: 'Campaign staff: read submitted stories, confirm the masking of anonymous ones, publish, reject, export.',
  },
  'campaign.manage': {
    roles: ['advocate'],
    summary: 'Campaign staff: create and edit campaigns, import legislators and districts, read and export actions.',
  },
  'council.manage': {
    roles: ['advocate'],
    summary: 'Campaign staff: councils and their members, events, RSVPs, clearance checklists and attendance.',
  },
  'import.create': {
    roles: ['admin', 'supervisor'],
    summary: 'Import supervision records into the caller’s own agency (a supervisor: new people and those on the unit’s caseloads).',
  },
  'audit.read': { roles: ['admin'], summary: 'Read the audit log of the caller’s agency.' },
  'audit.export': { roles: ['admin'], summary: 'Export the audit log of the caller’s agency as CSV.' },
  'stats.read': { roles: ['advocate', 'admin', 'supervisor'], summary: 'Aggregate counts only; no personal data.' },
  'unit.read': {
    roles: ['supervisor', 'admin'],
    summary: 'Counts by officer, age band and jurisdiction over the caller’s unit (supervisor) or agency (admin); names officers.',
  },
} as const satisfies Record<string, PermissionRule>;

export type PermissionName = keyof typeof PERMISSIONS | 'public';

export function isPermissionName(value: unknown): value is PermissionName {
  return value === 'public' || (typeof value === 'string' && Object.hasOwn(PERMISSIONS, value));
}

export function roleMayUse(permission: Exclude<PermissionName, 'public'>, role: Role): boolean {
  const rule: PermissionRule = PERMISSIONS[permission];
  return rule.roles === 'any' || rule.roles.includes(role);
}

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: PermissionName;
  }
}
