import { describe, expect, it } from 'vitest';
import type { PortalProfile } from '../api/types.ts';
import { formOf, profileBody } from './portal-profile.ts';

const stored: PortalProfile = {
  email: 'person.ca@example.org',
  phone: '+15555550101',
  language: 'en',
  timeZone: 'America/Los_Angeles',
  homeZip: '94612',
  conditions: {
    curfew: { start: '22:00', end: '06:00' },
    noDriving: true,
    noContactWithMinors: false,
    noAlcoholVenues: false,
    travelLimitMiles: 25,
  },
};

describe('the portal profile form', () => {
  it('case: a stored profile round-trips through the form unchanged', () => {
    expect(profileBody(formOf(stored))).toEqual({ body: stored });
  });

  it('case: empty fields are none; a curfew without both times, a ZIP of four digits and miles with a decimal are refused', () => {
    const empty = { ...formOf(stored), email: ' ', phone: '', homeZip: '', curfewStart: '', curfewEnd: '', travelLimitMiles: '' };
    expect(profileBody(empty)).toEqual({
      body: {
        ...stored,
        email: null,
        phone: null,
        homeZip: null,
        conditions: { ...stored.conditions, curfew: null, travelLimitMiles: null },
      },
    });
    expect(profileBody({ ...formOf(stored), curfewEnd: '', homeZip: '9461', travelLimitMiles: '2.5' })).toEqual({
      problems: [
        'A curfew needs both a start and an end time, or neither.',
        'The travel limit is a whole number of miles.',
        'The home ZIP code has five digits.',
      ],
    });
  });

  it('case: a travel limit of 0 or past 3,000 miles and a time zone the browser does not know are refused before sending', () => {
    // The server's bounds (routes/portal/profile.ts): 1 to 3,000 whole miles, an IANA zone.
    const limit = 'The travel limit is 1 to 3,000 miles; leave it empty for none.';
    const zone = 'The time zone is not one this browser knows: write it as a region and city, such as America/Chicago.';
    expect(profileBody({ ...formOf(stored), travelLimitMiles: '0' })).toEqual({ problems: [limit] });
    expect(profileBody({ ...formOf(stored), travelLimitMiles: '3001' })).toEqual({ problems: [limit] });
    expect(profileBody({ ...formOf(stored), travelLimitMiles: '3000' })).toMatchObject({
      body: { conditions: { travelLimitMiles: 3000 } },
    });
    expect(profileBody({ ...formOf(stored), travelLimitMiles: '1' })).toMatchObject({ body: { conditions: { travelLimitMiles: 1 } } });
    expect(profileBody({ ...formOf(stored), timeZone: 'Mars/Olympus' })).toEqual({ problems: [zone] });
    expect(profileBody({ ...formOf(stored), timeZone: ' ' })).toEqual({ problems: [zone] });
    expect(profileBody({ ...formOf(stored), timeZone: 'America/Chicago' })).toMatchObject({ body: { timeZone: 'America/Chicago' } });
  });
});
