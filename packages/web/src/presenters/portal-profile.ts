/**
 * The portal profile form (how a person is reached, their home ZIP and conditions) as the officer edits it:
 * every field a string or a checkbox, turned into the PUT body the server takes. An empty field means
 * "none" (null); a curfew needs both times or neither; the travel limit is whole miles, 1 to 3,000; the time
 * zone one the browser knows (the server checks the same zone names).
 */
import { MAX_TRAVEL_LIMIT_MILES } from '@pathways/server/input-limits';
import type { PortalProfile } from '../api/types.ts';
import { isKnownTimeZone } from '../portal/presenters/format.ts';

export interface ProfileForm {
  email: string;
  phone: string;
  language: 'en' | 'es';
  timeZone: string;
  homeZip: string;
  curfewStart: string;
  curfewEnd: string;
  noDriving: boolean;
  noContactWithMinors: boolean;
  noAlcoholVenues: boolean;
  travelLimitMiles: string;
}

export function formOf(p: PortalProfile): ProfileForm {
  return {
    email: p.email ?? '',
    phone: p.phone ?? '',
    language: p.language,
    timeZone: p.timeZone,
    homeZip: p.homeZip ?? '',
    curfewStart: p.conditions.curfew?.start ?? '',
    curfewEnd: p.conditions.curfew?.end ?? '',
    noDriving: p.conditions.noDriving,
    noContactWithMinors: p.conditions.noContactWithMinors,
    noAlcoholVenues: p.conditions.noAlcoholVenues,
    travelLimitMiles: p.conditions.travelLimitMiles === null ? '' : String(p.conditions.travelLimitMiles),
  };
}

/** The PUT body, or the problems that keep the form from being sent (the server checks again). */
export function profileBody(f: ProfileForm): { body: PortalProfile } | { problems: string[] } {
  const problems: string[] = [];
  const start = f.curfewStart.trim();
  const end = f.curfewEnd.trim();
  if (Boolean(start) !== Boolean(end)) problems.push('A curfew needs both a start and an end time, or neither.');
  const miles = f.travelLimitMiles.trim();
  if (miles && !/^\d+$/.test(miles)) problems.push('The travel limit is a whole number of miles.');
  else if (miles && (Number(miles) < 1 || Number(miles) > MAX_TRAVEL_LIMIT_MILES))
    problems.push(`The travel limit is 1 to ${MAX_TRAVEL_LIMIT_MILES.toLocaleString('en-US')} miles; leave it empty for none.`);
  const zip = f.homeZip.trim();
  if (zip && !/^\d{5}$/.test(zip)) problems.push('The home ZIP code has five digits.');
  if (!isKnownTimeZone(f.timeZone.trim()))
    problems.push('The time zone is not one this browser knows: write it as a region and city, such as America/Chicago.');
  if (problems.length) return { problems };
  return {
    body: {
      email: f.email.trim() || null,
      phone: f.phone.trim() || null,
      language: f.language,
      timeZone: f.timeZone.trim(),
      homeZip: zip || null,
      conditions: {
        curfew: start && end ? { start, end } : null,
        noDriving: f.noDriving,
        noContactWithMinors: f.noContactWithMinors,
        noAlcoholVenues: f.noAlcoholVenues,
        travelLimitMiles: miles ? Number(miles) : null,
      },
    },
  };
}
