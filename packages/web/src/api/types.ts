/**
 * The API's JSON as the workspace reads it: the caseload summary (GET /api/people), one person (GET
 * /api/people/:id, whose record and evaluations follow spec/supervision-records.md), and the
 * signed-in user. Only the fields the screens use are typed; the rest pass through untouched.
 */
import type { SanctionLimit, TermEvaluation } from '@pathways/law';

export interface PublicUser {
  id: string;
  username: string;
  displayName: string;
  role: string;
  agencyId: string | null;
  unitId: string | null;
  personId: string | null;
}

export interface Me {
  user: PublicUser;
  csrfToken: string;
  expiresAt: string;
}

export type OpportunityStatus = 'eligible' | 'upcoming' | 'ineligible';

export interface OpportunitySummary {
  kind: string;
  status: OpportunityStatus | string;
  date: string | null;
  /** Why an ineligible opportunity is blocked. */
  reason?: string;
  /** Almost eligible: the one missing fact, and the date it would open if resolved today. */
  almost?: { missing: string[]; dateIfResolved: string | null };
}

export interface SanctionLimitSummary {
  violationNumber: number;
  confinementAllowed: boolean;
  maxConfinementDays: number | null;
}

/** The latest action recorded on one opportunity kind of a term. */
export interface ActionState {
  kind: string;
  status: OpportunityAction['status'];
  at: string;
  snoozedUntil: string | null;
}

export interface TermSummary {
  termId: string;
  jurisdiction: string;
  asOf: string;
  /** The latest action on each opportunity kind that has one. */
  actions: ActionState[];
  projectedEndDate: string | null;
  opportunities: OpportunitySummary[];
  /** The limit on the next technical-violation sanction; null where the law sets none. */
  sanctionLimit: SanctionLimitSummary | null;
}

export interface PersonName {
  given?: string;
  family?: string;
}

export interface PersonSummary {
  id: string;
  agencyId: string;
  name: PersonName | null;
  terms: TermSummary[];
}

export interface PeoplePage {
  total: number;
  limit: number;
  offset: number;
  people: PersonSummary[];
}

/** The evaluation contract itself comes from the law package, which this app also runs. */
export type { ExplanationStep, Opportunity, SanctionLimit, TermEvaluation } from '@pathways/law';

export interface Term {
  id: string;
  jurisdiction: string;
  kind: string;
  sentenceDate: string;
  startDate: string;
  endDate?: string;
  lifetime?: boolean;
  length?: { years?: number; months?: number; days?: number };
  offenses: { statute: string; description?: string; level: string }[];
}

/** A record event: dated (`date`) or spanning (`start`, optional `end`), per the spec's event table. */
export interface RecordEvent {
  type: string;
  termId?: string;
  date?: string;
  start?: string;
  end?: string;
  category?: string;
  status?: string;
  kind?: string;
  amountUsd?: number;
  reason?: string;
  sanction?: { type: string; days?: number };
}

export interface PersonRecord {
  id: string;
  name?: PersonName;
  terms: Term[];
  events?: RecordEvent[];
}

export interface PersonDetail {
  person: { id: string; agencyId: string; updatedAt: string; record: PersonRecord };
  evaluations: { termId: string; asOf: string; lawVersion: string; computedAt: string; evaluation: TermEvaluation }[];
  actions: OpportunityAction[];
}

/** One row of an opportunity's history (POST /api/people/:id/actions and …/review); the latest is its state. */
export interface OpportunityAction {
  id: number;
  termId: string;
  kind: string;
  status: 'submitted' | 'granted' | 'denied' | 'snoozed' | 'upheld' | 'reopened' | string;
  reason: string | null;
  snoozedUntil: string | null;
  actorUserId: string;
  /** The actor's display name (GET /api/people/:id gives it; a just-posted action may not). */
  actorName?: string;
  at: string;
  reviewedActionId?: number | null;
}

/** GET /api/people/:id/checklists */
export interface ChecklistItemState {
  key: string;
  label: string;
  statute: string | null;
  verified: boolean;
  verifiedBy: string | null;
  verifiedByName?: string | null;
  verifiedAt: string | null;
  evidence: string | null;
  updatedBy: string | null;
  updatedByName?: string | null;
  updatedAt: string | null;
}

export interface Checklist {
  termId: string;
  jurisdiction: string;
  opportunityKind: string;
  items: ChecklistItemState[];
}

/** GET /api/people/:id/documents */
export interface TermDocuments {
  termId: string;
  asOf: string;
  documents: { kind: string; label: string; opportunity: { kind: string; status: string; date: string | null } }[];
}

/** GET /api/people/:id/terms/:termId/sanction-limit */
export interface SanctionLimitAnswer {
  termId: string;
  date: string;
  category: string;
  sanctionLimit: SanctionLimit | null;
  applies: boolean;
  note: string;
}

/** POST /api/people/:id/violations (201) */
export interface ViolationAnswer {
  event: RecordEvent & { sanctionOverride?: { reason: string; maxConfinementDays: number | null; citations: string[] } };
  check: 'applied' | 'no_limit' | 'not_technical';
  note: string;
  limitApplied: SanctionLimit | null;
  overLimit: boolean;
  nextSanctionLimit: SanctionLimit | null;
}

/**
 * GET /api/people/:id/notes (and POST, 201): a note on a person's file. The server returns only the notes
 * written by the caller's side (defense or agency).
 */
export interface Note {
  id: number;
  authorUserId: string;
  authorName: string;
  authorRole: string;
  text: string;
  at: string;
}

/**
 * GET /api/unit/outcomes: one group's counts. Opportunities count once per term and kind; `submitted`,
 * `granted` and `denied` by the latest action (an upheld denial is denied, a reopened one none of them).
 */
export interface UnitOutcomeRow {
  group: string;
  people: number;
  terms: number;
  eligibleNow: number;
  submitted: number;
  granted: number;
  denied: number;
  pastLawfulEnd: number;
}

/** GET /api/unit/outcomes (supervisors and administrators): the caller's unit or agency, grouped three ways. */
export interface UnitOutcomes {
  asOf: string;
  groups: { officer: UnitOutcomeRow[]; ageBand: UnitOutcomeRow[]; jurisdiction: UnitOutcomeRow[] };
}

/** GET /api/stats: counts only. */
export interface Stats {
  people: number;
  terms: number;
  byJurisdiction: { jurisdiction: string; terms: number }[];
  opportunities: { kind: string; status: string; count: number }[];
}

/**
 * GET /api/people/:id/messages and GET /api/portal/messages (and POST, 201): one message between a person
 * and their officer, kept in the record. `to_person` is written by staff, `from_person` by the person.
 */
export interface PortalMessage {
  id: number;
  personId: string;
  direction: 'to_person' | 'from_person';
  authorUserId: string;
  authorName: string;
  body: string;
  at: string;
  /** When the other side read it; null while unread. */
  readAt: string | null;
}

/** POST /api/people/:id/portal-link (201): a one-use sign-in link to the person's portal, a path on this server. */
export interface PortalLink {
  url: string;
  expiresAt: string;
}

/**
 * GET /api/outbox (administrators): one notification of the caller's agency, as the outbox keeps it.
 * `providerId` is `demo` when the demo adapter kept it here instead of sending it.
 */
export interface OutboxMessage {
  id: number;
  createdAt: string;
  channel: 'sms' | 'email';
  to: string;
  subject: string | null;
  body: string;
  kind: string;
  personId: string | null;
  language: 'en' | 'es';
  urgent: boolean;
  status: 'pending' | 'sent' | 'failed' | 'suppressed';
  /** Tries that failed so far. */
  attempts: number;
  /** Pending only: when the next try is due (after a failure, or at the end of quiet hours). */
  nextAttemptAt: string | null;
  sentAt: string | null;
  providerId: string | null;
  lastError: string | null;
}

/** GET /api/outbox?limit&offset: newest first. */
export interface OutboxPage {
  messages: OutboxMessage[];
  total: number;
  limit: number;
  offset: number;
}

/** GET|PUT /api/people/:id/portal-profile: how the person is reached, and what their matches turn on. */
export interface PortalProfile {
  email: string | null;
  phone: string | null;
  language: 'en' | 'es';
  timeZone: string;
  homeZip: string | null;
  conditions: {
    curfew: { start: string; end: string } | null;
    noDriving: boolean;
    noContactWithMinors: boolean;
    noAlcoholVenues: boolean;
    travelLimitMiles: number | null;
  };
}

/** One entry of GET /api/audit: who did what, about whom, and when. */
export interface AuditEntry {
  id: number;
  at: string;
  /** The user who acted; null for the system. */
  actorUserId: string | null;
  /** That user's display name; null for the system. */
  actorName: string | null;
  /** `person.read`, `person.list`, `user.login`, `audit.read`, … */
  action: string;
  personId: string | null;
  /** Why, when the actor gave a reason. */
  reason: string | null;
  /** What else the server recorded: which part of a record was read (`view`), ids, counts. */
  detail: Record<string, unknown>;
}

/** GET /api/audit?personId&actor&before&limit&offset: the agency's entries, newest first. */
export interface AuditPage {
  entries: AuditEntry[];
}
