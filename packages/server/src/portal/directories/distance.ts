/**
 * Miles between a person's home and a job or a service. ZIP codes become points through the centroids of
 * the `zipcodes` package (a maintained table of US ZIP centroids; no network), and two points become
 * miles along the earth's surface by the haversine formula. A centroid is the middle of the ZIP's area, so
 * the answer is "about": the portal shows it rounded, and the travel-limit check compares the unrounded
 * value.
 */
import zipcodes from 'zipcodes';

export interface Point {
  latitude: number;
  longitude: number;
}

/** The mean radius of the earth in miles (6,371.0 km ÷ 1.609344). */
export const EARTH_RADIUS_MILES = 3958.8;

/** A five-digit ZIP from `94103` or `94103-1234`; undefined for anything else. */
export function normalizeZip(value: string | null | undefined): string | undefined {
  const m = /^\s*(\d{5})(?:-\d{4})?\s*$/.exec(value ?? '');
  return m?.[1];
}

/** The centroid of a US ZIP code, or undefined when the table does not know it. */
export function zipCentroid(zip: string | null | undefined): Point | undefined {
  const five = normalizeZip(zip);
  if (five === undefined) return undefined;
  const found = zipcodes.lookup(five);
  return found === undefined ? undefined : { latitude: found.latitude, longitude: found.longitude };
}

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/**
 * Great-circle distance: a = sin²(Δφ/2) + cos φ1 · cos φ2 · sin²(Δλ/2), d = 2R · asin(√a).
 */
export function haversineMiles(a: Point, b: Point): number {
  const dPhi = radians(b.latitude - a.latitude);
  const dLambda = radians(b.longitude - a.longitude);
  const h = Math.sin(dPhi / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLambda / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Miles between two ZIP centroids; undefined when either ZIP is unknown. */
export function milesBetweenZips(a: string | null | undefined, b: string | null | undefined): number | undefined {
  const pa = zipCentroid(a);
  const pb = zipCentroid(b);
  return pa === undefined || pb === undefined ? undefined : haversineMiles(pa, pb);
}

/** One decimal place, for answers (the check itself uses the unrounded miles). */
export const roundMiles = (miles: number): number => Math.round(miles * 10) / 10;
