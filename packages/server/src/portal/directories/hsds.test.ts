/** Open Referral HSDS 3.0: the shipped sample (tables, one file per table), the nested form, and skipped services. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHsds, parseHsdsJson } from './hsds.ts';
import { readHsdsFolder } from './hsds-folder.ts';
import { DirectoryFormatError } from './job-fields.ts';

const folder = fileURLToPath(new URL('../../../../../examples/directories/services-hsds', import.meta.url));

/** A small dataset in the tables form, for the malformed cases. */
const tables = () => ({
  organizations: [{ id: 'o1', name: 'Org One', description: 'x' }],
  locations: [
    {
      id: 'l1',
      location_type: 'physical',
      latitude: '37.8',
      longitude: '-122.27',
      addresses: [
        {
          id: 'a1',
          address_1: '1 Main',
          city: 'Oakland',
          state_province: 'CA',
          postal_code: '94612',
          country: 'US',
          address_type: 'physical',
        },
      ],
    },
  ],
  services: [{ id: 's1', organization_id: 'o1', name: 'Shelter', status: 'active' }],
  service_at_locations: [{ id: 'sal1', service_id: 's1', location_id: 'l1' }],
  schedules: [{ id: 'sc1', service_at_location_id: 'sal1', freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00' }],
  taxonomy_terms: [{ id: 't1', name: 'Temporary Shelter', description: 'x' }],
  attributes: [{ id: 'at1', link_id: 's1', link_entity: 'service', taxonomy_term_id: 't1' }],
});

describe('parseHsds', () => {
  it('case: the sample folder reads 10 services, each with its organization, place, hours and need', () => {
    const parsed = parseHsds(readHsdsFolder(folder));
    expect(parsed.read).toBe(10);
    expect(parsed.skipped).toEqual([]);
    const byName = new Map(parsed.items.map((i) => [i.item.name, i.item]));
    expect([...byName.values()].map((s) => [s.name, s.needs])).toEqual([
      ['Rent Help and Rapid Rehousing', ['housing']],
      ['Outpatient Substance Use Treatment', ['treatment']],
      ['Record Clearing Clinic', ['legal_help']],
      ['CalFresh and Medi-Cal Sign-Up Help', ['benefits']],
      ['State ID and Birth Certificate Help', ['id_documents']],
      ['Child Care Referrals', ['childcare']],
      ['Emergency Night Shelter', ['housing']],
      ['Reentry Housing and ID Help', ['housing', 'id_documents']],
      ['Free Legal Help with Fines and Records', ['legal_help']],
      ['Recovery Support and Peer Coaching', ['treatment']],
    ]);
    const shelter = byName.get('Emergency Night Shelter')!;
    expect(shelter.organization.name).toBe('Nightwatch Shelter Network (fictional)');
    expect(shelter.phone).toBe('+1-510-555-0107');
    expect(shelter.taxonomyTerms).toEqual(['Temporary Shelter']);
    expect(shelter.locations).toEqual([
      expect.objectContaining({
        name: 'Nightwatch Shelter',
        city: 'Oakland',
        state: 'CA',
        postalCode: '94607',
        latitude: null,
        timeZone: 'America/Los_Angeles',
        schedules: [expect.objectContaining({ byday: 'MO,TU,WE,TH,FR,SA,SU', opensAt: '19:00', closesAt: '07:00' })],
      }),
    ]);
    // Hours for the service everywhere (a service_id schedule), for the place (a service_at_location
    // schedule), and the location's own hours when the service gives none there.
    expect(byName.get('Rent Help and Rapid Rehousing')!.schedules.map((s) => s.opensAt)).toEqual(['09:00']);
    expect(byName.get('Outpatient Substance Use Treatment')!.locations[0]!.schedules.map((s) => s.byday)).toEqual(['MO,TU,WE,TH,FR', 'SA']);
    expect(byName.get('Child Care Referrals')!.locations[0]!.schedules.map((s) => s.description)).toEqual(["The center's hours"]);
    expect(byName.get('Reentry Housing and ID Help')!.locations[0]!.timeZone).toBe('America/Chicago');
  });

  it('case: the nested form (HSDS API service objects, or a page of them) reads the same service', () => {
    const nested = [
      {
        id: 's1',
        name: 'Shelter',
        status: 'active',
        organization: { id: 'o1', name: 'Org One', description: 'x' },
        service_at_locations: [
          {
            id: 'sal1',
            location: {
              id: 'l1',
              location_type: 'physical',
              addresses: [{ address_1: '1 Main', city: 'Oakland', state_province: 'CA', postal_code: '94612' }],
            },
            schedules: [{ id: 'sc1', byday: 'MO', opens_at: '09:00', closes_at: '17:00' }],
          },
        ],
        attributes: [{ id: 'at1', taxonomy_term: { id: 't1', name: 'Temporary Shelter', description: 'x' } }],
      },
    ];
    const fromTables = parseHsds(tables()).items[0]!.item;
    for (const document of [nested, { contents: nested }]) {
      const s = parseHsds(document).items[0]!.item;
      expect(s.needs).toEqual(['housing']);
      expect(s.organization).toEqual(fromTables.organization);
      expect(s.locations[0]!.schedules).toEqual([{ ...fromTables.locations[0]!.schedules[0]!, freq: null }]);
      expect(s.locations[0]!.postalCode).toBe('94612');
    }
    // Coordinates given as text (as CSV-born JSON often has them) are read as numbers.
    expect([fromTables.locations[0]!.latitude, fromTables.locations[0]!.longitude]).toEqual([37.8, -122.27]);
  });

  it('case: broken services are skipped with position and reason; the rest are kept', () => {
    const t = tables();
    t.services.push(
      { id: 's2', organization_id: 'o-missing', name: 'No org', status: 'active' },
      { id: 's3', organization_id: 'o1', name: 'Closed', status: 'defunct' },
      { id: 's4', organization_id: 'o1', name: 'Bad hours', status: 'active' },
      { id: 's5', organization_id: 'o1', name: 'Lost place', status: 'active' },
      { id: '', organization_id: 'o1', name: 'No id', status: 'active' },
      { id: 's7', organization_id: 'o1', name: 'Bad term', status: 'active' },
    );
    t.schedules.push({ id: 'sc4', service_id: 's4', opens_at: '9am', closes_at: '17:00' } as never);
    t.service_at_locations.push({ id: 'sal5', service_id: 's5', location_id: 'l-missing' });
    t.attributes.push({ id: 'at7', link_id: 's7', link_entity: 'service', taxonomy_term_id: 't-missing' });
    const parsed = parseHsdsJson(JSON.stringify(t));
    expect(parsed.read).toBe(7);
    expect(parsed.items.map((i) => [i.position, i.item.sourceId])).toEqual([[1, 's1']]);
    expect(parsed.skipped).toEqual([
      { position: 2, id: 's2', reason: 'Service "s2" names organization "o-missing", which is not in organizations.' },
      { position: 3, id: 's3', reason: 'Service "s3" has status "defunct", not active.' },
      { position: 4, id: 's4', reason: 'Schedule "sc4" opens_at "9am" is not a time (HH:MM).' },
      { position: 5, id: 's5', reason: 'Service_at_location "sal5" names location "l-missing", which is not in locations.' },
      { position: 6, id: null, reason: 'The service has no id.' },
      { position: 7, id: 's7', reason: 'Attribute "at7" names taxonomy term "t-missing", which is not in taxonomy_terms.' },
    ]);
  });

  it('case: JSON that is not HSDS, or not JSON, is refused whole', () => {
    expect(() => parseHsdsJson('{"organizations": []}')).toThrow(DirectoryFormatError);
    expect(() => parseHsdsJson('id,name\n')).toThrow(/not JSON/);
  });
});
