/**
 * The directories store (`directories(store)`): people's profiles for the matching, the jobs directory and
 * the HSDS-shaped services directory, on both dialects. What is written reads back equal; a re-import
 * updates in place (counted as updated, links and hours replaced, not merged); a failed transaction leaves
 * nothing; one agency never sees another's rows.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonRecord } from '@pathways/law';
import {
  directories,
  type DirectoryJobInput,
  type DirectoryProfile,
  type DirectoryServiceInput,
  NO_CONDITIONS,
  type PathwaysStore,
} from '../src/index.ts';
import { dialects, storeForEachTest } from './dialects.ts';
import { person } from './records.ts';

const AT = '2026-06-01T12:00:00.000Z';

const job = (n: number, extra: Partial<DirectoryJobInput> = {}): DirectoryJobInput => ({
  sourceKey: `job-${n}`,
  sourceFormat: 'jsonld',
  title: `Line cook ${n}`,
  organization: 'Harbor Kitchen (fictional)',
  description: 'Prep and cook on the line.',
  employmentType: 'FULL_TIME',
  datePosted: '2026-05-01',
  validThrough: '2026-07-31',
  streetAddress: '1 Main St',
  locality: 'Oakland',
  region: 'CA',
  postalCode: '94612',
  remote: false,
  workHours: '09:00-17:00',
  salaryMin: 21.5,
  salaryMax: 24,
  salaryUnit: 'HOUR',
  salaryCurrency: 'USD',
  occupationalCategory: '35-2014',
  fairChance: n % 2 === 0,
  url: null,
  ...extra,
});

const weekdays = {
  freq: 'WEEKLY',
  byday: 'MO,TU,WE,TH,FR',
  bymonthday: null,
  opensAt: '09:00',
  closesAt: '17:00',
  validFrom: null,
  validTo: null,
  utcOffsetMinutes: null,
  description: null,
};

const service = (id: string, extra: Partial<DirectoryServiceInput> = {}): DirectoryServiceInput => ({
  sourceId: id,
  name: `Service ${id}`,
  description: 'Help with rent.',
  url: null,
  email: null,
  phone: '+15105550100',
  needs: ['housing'],
  taxonomyTerms: ['Housing'],
  organization: { sourceId: 'org-1', name: 'Bayside Housing (fictional)', description: null, website: null, email: null },
  locations: [
    {
      sourceId: 'loc-1',
      locationType: 'physical',
      name: 'Main office',
      address1: '10 Broadway',
      city: 'Oakland',
      state: 'CA',
      postalCode: '94607',
      latitude: 37.8,
      longitude: -122.27,
      timeZone: 'America/Los_Angeles',
      schedules: [weekdays],
    },
  ],
  schedules: [],
  ...extra,
});

describe.each(dialects)('directories store on %s', (dialect) => {
  const t = storeForEachTest(dialect);
  let store: PathwaysStore;
  beforeEach(async () => {
    store = t.store;
    await store.agencies.upsert({ id: 'AG-2', name: 'Other', jurisdiction: 'US-MO' });
    for (const n of [1, 2, 3]) {
      const record = person(n) as PersonRecord;
      await store.people.upsert({ id: record.id, agencyId: 'AG-1', record, updatedAt: AT });
    }
  });

  it('case: a profile with a curfew across midnight and a travel limit reads back equal; none → undefined', async () => {
    const profile: DirectoryProfile = {
      personId: 'P-000001',
      homeZip: '94103',
      conditions: {
        curfew: { start: '22:00', end: '06:00' },
        noDriving: true,
        noContactWithMinors: false,
        noAlcoholVenues: true,
        travelLimitMiles: 25,
      },
    };
    await directories(store).profiles.set(profile, AT);
    expect(await directories(store).profiles.get('P-000001')).toEqual(profile);
    expect(await directories(store).profiles.get('P-000002')).toBeUndefined();
    // Replaced in place, not added.
    await directories(store).profiles.set({ ...profile, homeZip: '94612', conditions: { ...profile.conditions, curfew: null } }, AT);
    expect(await directories(store).profiles.get('P-000001')).toEqual({
      ...profile,
      homeZip: '94612',
      conditions: { ...profile.conditions, curfew: null },
    });
  });

  it('case: setMany writes every profile in batches; personIds lists the agency’s people in order', async () => {
    const ids = await directories(store).profiles.personIds('AG-1');
    expect(ids).toEqual(['P-000001', 'P-000002', 'P-000003']);
    await directories(store).profiles.setMany(
      ids.map((personId, i) => ({
        personId,
        homeZip: `9410${i}`,
        conditions: {
          curfew: null,
          noDriving: i === 1,
          noContactWithMinors: false,
          noAlcoholVenues: false,
          travelLimitMiles: i === 2 ? 50 : null,
        },
      })),
      AT,
    );
    expect((await directories(store).profiles.get('P-000002'))?.conditions.noDriving).toBe(true);
    expect((await directories(store).profiles.get('P-000003'))?.conditions.travelLimitMiles).toBe(50);
    expect((await directories(store).profiles.get('P-000003'))?.homeZip).toBe('94102');
  });

  it('case: a malformed profile is refused before anything is written', async () => {
    const bad = { personId: 'P-000001', homeZip: '941', conditions: { ...NO_CONDITIONS } };
    await expect(directories(store).profiles.set(bad)).rejects.toThrow(/five-digit/);
    await expect(
      directories(store).profiles.set({
        personId: 'P-000001',
        homeZip: null,
        conditions: { ...NO_CONDITIONS, curfew: { start: '10pm', end: '06:00' } },
      }),
    ).rejects.toThrow(/HH:MM/);
    expect(await directories(store).profiles.get('P-000001')).toBeUndefined();
  });

  it('case: jobs read back equal with ids; a re-import by source key updates (1 created, 2 updated), never copies', async () => {
    const first = await directories(store).jobs.upsertMany('AG-1', [job(1), job(2)], AT);
    expect(first).toEqual({ created: 2, updated: 0 });
    const listed = await directories(store).jobs.list('AG-1');
    expect(listed.map(({ id: _id, ...rest }) => rest)).toEqual([
      { ...job(1), agencyId: 'AG-1', importedAt: AT },
      { ...job(2), agencyId: 'AG-1', importedAt: AT },
    ]);
    expect(typeof listed[0]!.id).toBe('number');

    const second = await directories(store).jobs.upsertMany('AG-1', [job(1, { title: 'Sous chef' }), job(2), job(3)], AT);
    expect(second).toEqual({ created: 1, updated: 2 });
    const after = await directories(store).jobs.list('AG-1');
    expect(after.map((j) => [j.sourceKey, j.title])).toEqual([
      ['job-1', 'Sous chef'],
      ['job-2', 'Line cook 2'],
      ['job-3', 'Line cook 3'],
    ]);
    // The same row, so the same id.
    expect(after[0]!.id).toBe(listed[0]!.id);
    // Another agency's directory is its own.
    expect(await directories(store).jobs.list('AG-2')).toEqual([]);
  });

  it('case: a transaction that fails after writing jobs leaves none', async () => {
    await expect(
      store.transaction(async (tx) => {
        await directories(tx).jobs.upsertMany('AG-1', [job(1)], AT);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await directories(store).jobs.list('AG-1')).toEqual([]);
  });

  it('case: a service reads back whole (organization, locations, hours); the need filter finds it by category', async () => {
    const s = service('svc-1', {
      needs: ['housing', 'benefits'],
      schedules: [{ ...weekdays, byday: 'SA', opensAt: '10:00', closesAt: '14:00' }],
    });
    expect(await directories(store).services.upsertMany('AG-1', [s, service('svc-2', { needs: ['legal_help'] })], AT)).toEqual({
      created: 2,
      updated: 0,
    });
    const all = await directories(store).services.list('AG-1');
    expect(all.map((x) => x.sourceId)).toEqual(['svc-1', 'svc-2']);
    expect(all[0]).toEqual({ ...s, agencyId: 'AG-1', importedAt: AT });
    expect((await directories(store).services.list('AG-1', { need: 'benefits' })).map((x) => x.sourceId)).toEqual(['svc-1']);
    expect((await directories(store).services.list('AG-1', { need: 'legal_help' })).map((x) => x.sourceId)).toEqual(['svc-2']);
    expect(await directories(store).services.list('AG-1', { need: 'childcare' })).toEqual([]);
    expect(await directories(store).services.list('AG-2')).toEqual([]);
  });

  it('case: re-importing a service replaces its links and hours (one location and one schedule left, not two)', async () => {
    await directories(store).services.upsertMany('AG-1', [service('svc-1')], AT);
    const moved = service('svc-1', {
      locations: [
        {
          sourceId: 'loc-2',
          locationType: 'physical',
          name: 'New office',
          address1: '5 Elm',
          city: 'Berkeley',
          state: 'CA',
          postalCode: '94704',
          latitude: null,
          longitude: null,
          timeZone: 'America/Los_Angeles',
          schedules: [{ ...weekdays, opensAt: '08:00' }],
        },
      ],
    });
    expect(await directories(store).services.upsertMany('AG-1', [moved], AT)).toEqual({ created: 0, updated: 1 });
    const [read] = await directories(store).services.list('AG-1');
    expect(read!.locations.map((l) => l.sourceId)).toEqual(['loc-2']);
    expect(read!.locations[0]!.schedules).toEqual([{ ...weekdays, opensAt: '08:00' }]);
  });
});
