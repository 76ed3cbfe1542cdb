/**
 * Searching the services directory for a person: by need category, open now, distance from home, and
 * words. One result per service and place (a service offered at two locations is two results, each with
 * its own distance and hours); a service with no location (phone or online only) is one result without a
 * place. Pure: the route hands it the agency's services, the home point and the instant.
 *
 * - Distance: from the home ZIP's centroid to the location's latitude/longitude when HSDS gives them, else
 *   to its postal code's centroid. Results farther than `maxMiles` (default 50) are left out; results whose
 *   distance is unknown stay in.
 * - Hours: the service's hours at that location when HSDS gives them (service_at_location or location
 *   schedules), else the service's own; read in the location's zone (open-now.ts).
 * - Order: nearest first (unknown last), then by name.
 */
import type { DirectoryNeed, DirectoryScheduleInput, DirectoryService } from '@pathways/store';
import { haversineMiles, roundMiles, zipCentroid, type Point } from './distance.ts';
import { isOpenAt } from './open-now.ts';

export const DEFAULT_SERVICE_MILES = 50;

export interface ServiceQuery {
  need?: DirectoryNeed;
  /** Only places open at the instant. */
  openNow?: boolean;
  maxMiles?: number;
  /** Words to find in the service's or organization's name or description. */
  q?: string;
}

export interface ServiceResult {
  serviceId: string;
  name: string;
  description: string | null;
  organization: { name: string; website: string | null };
  needs: DirectoryNeed[];
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
    latitude: number | null;
    longitude: number | null;
    timeZone: string | null;
  } | null;
  distanceMiles: number | null;
  /** null: no hours given. */
  openNow: boolean | null;
  hours: { freq: string | null; byday: string | null; opensAt: string | null; closesAt: string | null; description: string | null }[];
}

export interface SearchContext {
  /** The person's home (their ZIP's centroid); undefined when not known. */
  home: Point | undefined;
  now: Date;
  /** Zone for places whose own is not known. */
  defaultTimeZone: string;
}

const hoursOf = (schedules: readonly DirectoryScheduleInput[]) =>
  schedules.map((s) => ({ freq: s.freq, byday: s.byday, opensAt: s.opensAt, closesAt: s.closesAt, description: s.description }));

export function searchServices(services: readonly DirectoryService[], query: ServiceQuery, context: SearchContext): ServiceResult[] {
  const words = query.q?.trim().toLowerCase();
  const maxMiles = query.maxMiles ?? DEFAULT_SERVICE_MILES;
  const results: ServiceResult[] = [];
  for (const s of services) {
    if (query.need !== undefined && !s.needs.includes(query.need)) continue;
    if (words) {
      const text = `${s.name} ${s.description ?? ''} ${s.organization.name} ${s.organization.description ?? ''}`.toLowerCase();
      if (!text.includes(words)) continue;
    }
    const base = {
      serviceId: s.sourceId,
      name: s.name,
      description: s.description,
      organization: { name: s.organization.name, website: s.organization.website },
      needs: s.needs,
      url: s.url,
      email: s.email,
      phone: s.phone,
    };
    if (s.locations.length === 0) {
      results.push({
        ...base,
        location: null,
        distanceMiles: null,
        openNow: isOpenAt(s.schedules, context.now, context.defaultTimeZone),
        hours: hoursOf(s.schedules),
      });
      continue;
    }
    for (const l of s.locations) {
      const schedules = l.schedules.length > 0 ? l.schedules : s.schedules;
      const point =
        l.locationType === 'virtual'
          ? undefined
          : l.latitude !== null && l.longitude !== null
            ? { latitude: l.latitude, longitude: l.longitude }
            : zipCentroid(l.postalCode);
      const distance = context.home && point ? haversineMiles(context.home, point) : undefined;
      results.push({
        ...base,
        location: {
          id: l.sourceId,
          name: l.name,
          address1: l.address1,
          city: l.city,
          state: l.state,
          postalCode: l.postalCode,
          latitude: l.latitude,
          longitude: l.longitude,
          timeZone: l.timeZone,
        },
        distanceMiles: distance === undefined ? null : roundMiles(distance),
        openNow: isOpenAt(schedules, context.now, l.timeZone ?? context.defaultTimeZone),
        hours: hoursOf(schedules),
      });
    }
  }
  return results
    .filter((r) => r.distanceMiles === null || r.distanceMiles <= maxMiles)
    .filter((r) => !query.openNow || r.openNow === true)
    .sort(
      (a, b) =>
        (a.distanceMiles ?? Number.POSITIVE_INFINITY) - (b.distanceMiles ?? Number.POSITIVE_INFINITY) ||
        a.name.localeCompare(b.name, 'en') ||
        (a.location?.id ?? '').localeCompare(b.location?.id ?? ''),
    );
}
