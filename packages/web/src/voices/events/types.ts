/**
 * The councils and events API as the pages read it (packages/server/src/voices/event-schemas.ts is the
 * source: these mirror its zod schemas).
 */
export type EventKind = 'facility_visit' | 'dinner' | 'briefing';
export type Visibility = 'public' | 'members';
export type RsvpStatus = 'pending' | 'confirmed' | 'waitlisted' | 'cancelled';
export type Attendance = 'attended' | 'no_show';
export type CouncilRole = 'chair' | 'member' | 'youth_member' | 'staff_liaison';

export interface PublicEvent {
  id: string;
  title: string;
  kind: EventKind;
  kindLabel: string;
  description: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** Start and end in words, in the event's zone, the zone named. */
  when: string;
  location: string;
  capacity: number;
  seatsLeft: number;
  waitlisted: number;
  campaign: { id: string; name: string } | null;
  clearanceRequired: boolean;
  rsvpOpen: boolean;
  ended: boolean;
}

/** What opening (or cancelling with) an RSVP link answers. */
export interface RsvpAnswer {
  status: RsvpStatus;
  name: string;
  waitlistPosition: number | null;
  event: PublicEvent;
}

export interface EventCounts {
  confirmed: number;
  waitlisted: number;
  pending: number;
  cancelled: number;
  attended: number;
  noShow: number;
}

export interface DeskEvent {
  id: string;
  title: string;
  kind: EventKind;
  kindLabel: string;
  description: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  startLocal: string;
  endLocal: string;
  when: string;
  location: string;
  capacity: number;
  bring: string | null;
  councilId: string | null;
  campaignId: string | null;
  visibility: Visibility;
  counts: EventCounts;
  seatsLeft: number;
  started: boolean;
  ended: boolean;
}

export interface ClearanceState {
  item: string;
  label: string;
  checked: boolean;
  checkedBy: string | null;
  checkedAt: string | null;
}

export interface DeskRsvp {
  id: number;
  name: string;
  email: string;
  source: 'public' | 'staff';
  councilMemberId: number | null;
  status: RsvpStatus;
  waitlistPosition: number | null;
  verifiedAt: string | null;
  queuedAt: string | null;
  createdAt: string;
  clearance: ClearanceState[];
  cleared: boolean;
  attendance: Attendance | null;
  attendanceBy: string | null;
  attendanceAt: string | null;
}

export interface Council {
  id: string;
  name: string;
  description: string;
  activeMembers?: number;
}

export interface CouncilMember {
  id: number;
  councilId: string;
  name: string;
  email: string;
  role: CouncilRole;
  roleLabel: string;
  joinedOn: string;
  leftOn: string | null;
}

export interface EventKindInfo {
  id: EventKind;
  label: string;
  clearance: { id: string; label: string }[];
}

export interface EventsAnswer {
  events: DeskEvent[];
  councils: { id: string; name: string }[];
  campaigns: { id: string; name: string; status: string }[];
  kinds: EventKindInfo[];
}

export interface EventDetail {
  event: DeskEvent;
  rsvps: DeskRsvp[];
  members: CouncilMember[];
}
