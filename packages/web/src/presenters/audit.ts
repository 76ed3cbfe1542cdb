/**
 * The audit log screen's words and paging. GET /api/audit answers the agency's entries newest first and no
 * total; a page asks for one entry more than it shows to know whether an older page exists, and the next
 * page starts before the last entry shown (`before`), so the entries each read of the log adds do not
 * shift it.
 */
import type { AuditEntry } from '../api/types.ts';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  personId: string;
  /** The user who acted: a username, or a user id. */
  actor: string;
}

export const NO_AUDIT_FILTER: AuditFilter = { personId: '', actor: '' };

/** The longest person id or user the API takes as a filter (GET /api/audit's query schema). */
export const AUDIT_FILTER_MAX = 200;

/**
 * The filter the address names (`?person=…&actor=…`), so that Back from a person opened in the log, a reload
 * or a shared link shows the log as it was filtered. Blank or over-long values are no filter.
 */
export function auditFilterFrom(search: string): AuditFilter {
  const params = new URLSearchParams(search);
  const value = (name: string) => {
    const v = (params.get(name) ?? '').trim();
    return v.length <= AUDIT_FILTER_MAX ? v : '';
  };
  return { personId: value('person'), actor: value('actor') };
}

/** The address's query for a filter ('' for none), leaving other parameters of `search` as they were. */
export function auditSearch(filter: AuditFilter, search = ''): string {
  const params = new URLSearchParams(search);
  params.delete('person');
  params.delete('actor');
  if (filter.personId.trim()) params.append('person', filter.personId.trim());
  if (filter.actor.trim()) params.append('actor', filter.actor.trim());
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The request for one page: the filter's non-blank fields, the cursor when past the first page, one extra entry. */
export function auditRequestPath(filter: AuditFilter, before: number | null, pageSize = AUDIT_PAGE_SIZE): string {
  const query = new URLSearchParams();
  if (filter.personId.trim()) query.set('personId', filter.personId.trim());
  if (filter.actor.trim()) query.set('actor', filter.actor.trim());
  if (before !== null) query.set('before', String(before));
  query.set('limit', String(pageSize + 1));
  return `/api/audit?${query.toString()}`;
}

/** The entries to show of what the server answered, and whether there are older ones. */
export function auditPage(entries: readonly AuditEntry[], pageSize = AUDIT_PAGE_SIZE): { shown: AuditEntry[]; hasOlder: boolean } {
  return { shown: entries.slice(0, pageSize), hasOlder: entries.length > pageSize };
}

/** What each audited action means, in words; an action not listed is shown by its code alone. */
const ACTION_WORDS: Record<string, string> = {
  'person.read': 'Opened a person’s record',
  'person.list': 'Listed people',
  'person.action': 'Recorded an action on an opportunity',
  'action.review': 'Reviewed a denial',
  'checklist.verify': 'Verified a checklist item',
  'violation.record': 'Recorded a violation',
  'violation.override': 'Overrode a sanction limit',
  'document.generate': 'Generated a document',
  'note.write': 'Wrote a note',
  'message.write': 'Wrote a message',
  'portal.link': 'Sent a portal sign-in link',
  'portal.code_sent': 'Sent a portal sign-in code',
  'portal.profile': 'Changed a portal profile',
  'portal.preferences': 'Changed portal preferences',
  'user.login': 'Signed in',
  'user.login_failed': 'Failed to sign in',
  'user.second_factor': 'Gave the second factor',
  'user.logout': 'Signed out',
  'unit.outcomes': 'Read the unit’s outcomes',
  'outbox.read': 'Read the outbox',
  'audit.read': 'Read the audit log',
  'audit.export': 'Exported the audit log',
  'import.create': 'Imported records',
  'directory.import': 'Imported jobs or services',
};

export function actionWords(action: string): string | null {
  return ACTION_WORDS[action] ?? null;
}

/** Which part of a person's record was read, when the server recorded one (`detail.view`). */
export function auditView(detail: Record<string, unknown>): string | null {
  return typeof detail.view === 'string' ? detail.view : null;
}

/** A list longer than this shows its first items and how many more. */
const LIST_SHOWN = 5;

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) {
    const items = value.slice(0, LIST_SHOWN).map(valueText).join(', ');
    return value.length > LIST_SHOWN ? `${items} and ${value.length - LIST_SHOWN} more` : items || '(none)';
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The detail the server recorded (less `view`, which has its own column), one `key: value` per line;
 * nested objects (a read's filter) by their dotted path, so `{ filter: { personId } }` reads
 * `filter.personId: P-1`. Empty objects leave no line.
 */
export function detailLines(detail: Record<string, unknown>): string[] {
  const lines: string[] = [];
  const walk = (object: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(object)) {
      if (prefix === '' && key === 'view') continue;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) walk(value as Record<string, unknown>, `${prefix}${key}.`);
      else lines.push(`${prefix}${key}: ${valueText(value)}`);
    }
  };
  walk(detail, '');
  return lines;
}
