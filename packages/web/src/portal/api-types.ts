/**
 * The portal API's JSON as these screens read it (packages/server/src/routes/portal/*.ts). The person's own
 * record and evaluations come from GET /api/people/:id, typed in ../api/types.ts; the signed-in user from
 * GET /api/session (Me, there too).
 */
import type { PublicUser } from '../api/types.ts';
import type { Obligation, RestitutionRow } from './presenters/obligations.ts';
import type { Pay } from './presenters/directory.ts';
import type { Language } from './presenters/language.ts';

/** POST /api/portal/session and POST /api/portal/link */
export interface PortalSessionAnswer {
  user: PublicUser;
  csrfToken: string;
  expiresAt: string;
}

/** GET and PUT /api/portal/preferences */
export interface PortalPreferences {
  language: Language;
  /** Reminders by text message (false after replying STOP). */
  sms: boolean;
  email: boolean;
  phone: string | null;
  emailAddress: string | null;
  /** The IANA zone on file (the officer keeps it): the portal shows times in it. Null when none is on file. */
  timeZone: string | null;
}

/** GET /api/portal/obligations */
export interface ObligationsAnswer {
  obligations: Obligation[];
  restitution: RestitutionRow[];
}

/** GET /api/portal/messages (oldest first) */
export interface PortalMessage {
  id: number;
  direction: 'to_person' | 'from_person';
  authorUserId: string;
  authorName: string;
  body: string;
  at: string;
  readAt: string | null;
}

/** GET /api/portal/views (newest first) */
export interface RecordView {
  at: string;
  actorName: string;
  actorRole: string;
  action: string;
  reason: string | null;
}

/** A reason of a job match ("why this fits", or a thing to check), worded by the server in the asked language. */
export interface MatchReason {
  code: string;
  params: Record<string, string | number>;
  text: string;
}

/** A job that fits the person (GET /api/portal/jobs), fair-chance employers first, then nearest. */
export interface JobMatch {
  id: number;
  title: string;
  organization: string;
  description: string | null;
  employmentType: string | null;
  location: { streetAddress: string | null; locality: string | null; region: string | null; postalCode: string | null };
  remote: boolean;
  workHours: string | null;
  salary: Pay | null;
  fairChance: boolean;
  url: string | null;
  /** From the home ZIP, one decimal; null when remote or unknown. */
  distanceMiles: number | null;
  /** Why this fits. */
  reasons: MatchReason[];
  /** Things to check. */
  cautions: MatchReason[];
}

/** GET /api/portal/jobs */
export interface JobsAnswer {
  /** What the matching read; null when nothing is on file. */
  profile: { homeZip: string | null } | null;
  matches: JobMatch[];
  /** Jobs left out because they break a condition or are too far (the person sees how many, not which). */
  excludedCount: number;
}

/** GET /api/portal/services: one result per service and place, nearest first. */
export interface ServiceResult {
  serviceId: string;
  name: string;
  description: string | null;
  organization: { name: string; website: string | null };
  needs: string[];
  url: string | null;
  email: string | null;
  phone: string | null;
  location: {
    id: string;
    name: string | null;
    address1: string | null;
    city: string | null;
    state: string | null;
    postalCode: string | null;
  } | null;
  distanceMiles: number | null;
  /** null: the place gives no hours. */
  openNow: boolean | null;
  hours: { freq: string | null; byday: string | null; opensAt: string | null; closesAt: string | null; description: string | null }[];
}
