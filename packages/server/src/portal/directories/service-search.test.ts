/**
 * Searching services. Home: Oakland 94601 (37.7806, −122.2166). Places: a housing office at 94612's
 * centroid (3.35 mi), a clinic given by ZIP 94541 (Hayward, 10.13 mi), a legal clinic in San Jose 95112
 * (34.94 mi). Monday 1 June 2026, 17:00Z = 10:00 PDT.
 */
import { describe, expect, it } from 'vitest';
import type { DirectoryLocationInput, DirectoryScheduleInput, DirectoryService } from '@pathways/store';
import { zipCentroid } from './distance.ts';
import { searchServices } from './service-search.ts';

const hours = (byday: string, opensAt: string, closesAt: string): DirectoryScheduleInput => ({
  freq: 'WEEKLY',
  byday,
  bymonthday: null,
  opensAt,
  closesAt,
  validFrom: null,
  validTo: null,
  utcOffsetMinutes: null,
  description: null,
});

const place = (id: string, zip: string, extra: Partial<DirectoryLocationInput> = {}): DirectoryLocationInput => ({
  sourceId: id,
  locationType: 'physical',
  name: id,
  address1: null,
  city: null,
  state: 'CA',
  postalCode: zip,
  latitude: null,
  longitude: null,
  timeZone: 'America/Los_Angeles',
  schedules: [],
  ...extra,
});

const service = (id: string, extra: Partial<DirectoryService>): DirectoryService => ({
  agencyId: 'A-1',
  importedAt: '2026-05-01T00:00:00.000Z',
  sourceId: id,
  name: id,
  description: null,
  url: null,
  email: null,
  phone: null,
  needs: [],
  taxonomyTerms: [],
  organization: { sourceId: `org-${id}`, name: `Org ${id}`, description: null, website: null, email: null },
  locations: [],
  schedules: [],
  ...extra,
});

const SERVICES = [
  service('Rent help', {
    needs: ['housing', 'benefits'],
    locations: [place('downtown', '94612', { latitude: 37.8085, longitude: -122.2668 })],
    schedules: [hours('MO,TU,WE,TH,FR', '09:00', '17:00')],
  }),
  service('Recovery clinic', {
    needs: ['treatment'],
    description: 'Outpatient substance use treatment',
    // Its hours at this place (Tuesdays only) override the service's own.
    locations: [place('hayward', '94541', { schedules: [hours('TU', '09:00', '17:00')] })],
    schedules: [hours('MO,TU,WE,TH,FR', '08:00', '18:00')],
  }),
  service('Record clearing clinic', { needs: ['legal_help'], locations: [place('sanjose', '95112')] }),
  service('Benefits hotline', { needs: ['benefits'], schedules: [hours('MO,TU,WE,TH,FR', '08:00', '20:00')] }),
];

const context = { home: zipCentroid('94601'), now: new Date('2026-06-01T17:00:00Z'), defaultTimeZone: 'America/Los_Angeles' };

describe('searchServices', () => {
  it('case: everything within 50 miles, nearest first, the place-less hotline last; distances and open-now per place', () => {
    const r = searchServices(SERVICES, {}, context);
    expect(r.map((x) => [x.name, x.distanceMiles, x.openNow])).toEqual([
      ['Rent help', 3.4, true],
      // Monday: the Hayward hours are Tuesday only.
      ['Recovery clinic', 10.1, false],
      ['Record clearing clinic', 34.9, null],
      ['Benefits hotline', null, true],
    ]);
    expect(r[1]!.hours).toEqual([{ freq: 'WEEKLY', byday: 'TU', opensAt: '09:00', closesAt: '17:00', description: null }]);
  });

  it('case: by need, open now, radius and words', () => {
    expect(searchServices(SERVICES, { need: 'benefits' }, context).map((x) => x.name)).toEqual(['Rent help', 'Benefits hotline']);
    expect(searchServices(SERVICES, { openNow: true }, context).map((x) => x.name)).toEqual(['Rent help', 'Benefits hotline']);
    // 34.94 > 20: San Jose left out; the hotline's unknown distance stays.
    expect(searchServices(SERVICES, { maxMiles: 20 }, context).map((x) => x.name)).toEqual([
      'Rent help',
      'Recovery clinic',
      'Benefits hotline',
    ]);
    expect(searchServices(SERVICES, { q: 'SUBSTANCE' }, context).map((x) => x.name)).toEqual(['Recovery clinic']);
    expect(searchServices(SERVICES, { need: 'childcare' }, context)).toEqual([]);
  });

  it('case: without a home ZIP no distance is known, so nothing is left out for distance and the order is by name', () => {
    const r = searchServices(SERVICES, { maxMiles: 1 }, { ...context, home: undefined });
    expect(r.map((x) => [x.name, x.distanceMiles])).toEqual([
      ['Benefits hotline', null],
      ['Record clearing clinic', null],
      ['Recovery clinic', null],
      ['Rent help', null],
    ]);
  });
});
