/**
 * Matching jobs to a person. The person lives in San Francisco 94103 with a 25-mile travel limit, a
 * 22:00–06:00 curfew and no driving. Distances from 94103 (haversine between ZIP centroids, distance.ts):
 * Oakland 94612 8.45 mi, San Jose 95112 41.20 mi, Alameda 94501 8.19 mi, South San Francisco 94080 7.97 mi.
 */
import { describe, expect, it } from 'vitest';
import type { DirectoryJob, DirectoryProfile } from '@pathways/store';
import { aroundChildren, alcoholVenue, assessJob, matchJobs, needsDriving } from './job-match.ts';

let nextId = 1;
const job = (extra: Partial<DirectoryJob>): DirectoryJob => ({
  id: nextId++,
  agencyId: 'A-1',
  sourceKey: `k-${nextId}`,
  sourceFormat: 'jsonld',
  title: 'Warehouse associate',
  organization: 'Eastbay Goods (fictional)',
  description: 'Pick and pack orders.',
  employmentType: 'FULL_TIME',
  datePosted: '2026-05-01',
  validThrough: '2026-07-31',
  streetAddress: null,
  locality: 'Oakland',
  region: 'CA',
  postalCode: '94612',
  remote: false,
  workHours: '09:00-17:00',
  salaryMin: null,
  salaryMax: null,
  salaryUnit: null,
  salaryCurrency: null,
  occupationalCategory: null,
  fairChance: false,
  url: null,
  importedAt: '2026-05-01T00:00:00.000Z',
  ...extra,
});

const person: DirectoryProfile = {
  personId: 'P-1',
  homeZip: '94103',
  conditions: {
    curfew: { start: '22:00', end: '06:00' },
    noDriving: true,
    noContactWithMinors: false,
    noAlcoholVenues: false,
    travelLimitMiles: 25,
  },
};
const en = { today: '2026-06-01', lang: 'en' as const };
const texts = (rs: { text: string }[]) => rs.map((r) => r.text);
const codes = (rs: { code: string }[]) => rs.map((r) => r.code);

describe('assessJob', () => {
  it('case: a fair-chance day job 8.45 miles away fits, with every reason in plain words', () => {
    const a = assessJob(job({ fairChance: true }), person, en);
    expect(a.fits).toBe(true);
    // 8.45 miles: 8.5 to one decimal in `distanceMiles`, and the same 8.5 in the words (the card shows it too).
    expect(a.distanceMiles).toBe(8.5);
    expect(texts(a.reasons)).toEqual([
      'Fair-chance employer: they hire people with a record',
      '8.5 miles from home, within your 25-mile limit',
      'The 9 am to 5 pm shift ends before your 10 pm curfew',
      'No driving needed',
    ]);
    expect(a.reasons[1]).toEqual({
      code: 'distance_within_limit',
      params: { miles: 8.5, limit: 25 },
      text: '8.5 miles from home, within your 25-mile limit',
    });
    expect(a.cautions).toEqual([]);
    expect(a.exclusions).toEqual([]);
  });

  it('case: the same reasons in Spanish', () => {
    const a = assessJob(job({ fairChance: true }), person, { ...en, lang: 'es' });
    expect(texts(a.reasons)).toEqual([
      'Empleador de oportunidad justa: contrata a personas con antecedentes',
      'A 8.5 millas de su casa, dentro de su límite de 25 millas',
      'El turno de 9:00 a 17:00 termina antes de su toque de queda de las 22:00',
      'No tiene que manejar',
    ]);
  });

  it('case: San Jose, 41.2 miles, is past the 25-mile limit; with no limit it is past the 50-mile radius only at 50+', () => {
    const far = job({ postalCode: '95112' });
    const a = assessJob(far, person, en);
    expect(a.fits).toBe(false);
    expect(a.exclusions).toEqual([
      { code: 'over_travel_limit', params: { miles: 41.2, limit: 25 }, text: '41.2 miles from home, past your 25-mile limit' },
    ]);
    const free = { ...person, conditions: { ...person.conditions, travelLimitMiles: null } };
    expect(assessJob(far, free, en).fits).toBe(true);
    expect(codes(assessJob(far, free, { ...en, maxMiles: 40 }).exclusions)).toEqual(['too_far']);
  });

  it('case: shifts against the 22:00–06:00 curfew: 16:00–23:00 and a night shift are left out; 14:00–21:30 fits with a note', () => {
    const evening = assessJob(job({ workHours: '4pm-11pm' }), person, en);
    expect(texts(evening.exclusions)).toEqual(['The 4 pm to 11 pm shift runs into your curfew (10 pm to 6 am)']);
    const night = assessJob(job({ workHours: 'Night shift' }), person, en);
    expect(codes(night.exclusions)).toEqual(['curfew_conflict']);
    expect(codes(night.cautions)).toEqual(['hours_approximate']);
    // Ends 30 minutes before curfew (1320 − 1290 = 30 < 60).
    const close = assessJob(job({ workHours: '14:00-21:30' }), person, en);
    expect(close.fits).toBe(true);
    expect(texts(close.cautions)).toEqual(['The shift ends close to your 10 pm curfew. Plan your trip home.']);
    const unknown = assessJob(job({ workHours: null }), person, en);
    expect(unknown.fits).toBe(true);
    expect(texts(unknown.cautions)).toEqual(['The hours are not listed. Ask if the job ends before your 10 pm curfew.']);
  });

  it('case: no driving: a delivery driver job is left out; "no driving required" is not driving; SOC 53-3032 is', () => {
    expect(codes(assessJob(job({ title: 'Delivery Driver' }), person, en).exclusions)).toEqual(['needs_driving']);
    expect(needsDriving(job({ description: 'No driving required. Near BART.' }))).toBe(false);
    expect(needsDriving(job({ description: "A driver's license is not required." }))).toBe(false);
    expect(needsDriving(job({ title: 'Yard hand', occupationalCategory: '53-3032' }))).toBe(true);
    expect(needsDriving(job({ description: 'Must have a valid CDL.' }))).toBe(true);
  });

  it('case: no contact with minors and no alcohol venues, by words, employer and SOC code', () => {
    expect(aroundChildren(job({ title: 'Classroom aide', organization: 'Little Oaks Preschool' }))).toBe(true);
    expect(aroundChildren(job({ occupationalCategory: '25-2021' }))).toBe(true);
    expect(aroundChildren(job({}))).toBe(false);
    expect(alcoholVenue(job({ title: 'Barback', organization: 'Harbor Tavern' }))).toBe(true);
    expect(alcoholVenue(job({ occupationalCategory: '35-3011.00' }))).toBe(true);
    // A barista is not a bartender.
    expect(alcoholVenue(job({ title: 'Barista', organization: 'Morning Cup Cafe' }))).toBe(false);
    const strict = { ...person, conditions: { ...person.conditions, noContactWithMinors: true, noAlcoholVenues: true } };
    const ok = assessJob(job({}), strict, en);
    expect(texts(ok.reasons).slice(-2)).toEqual(['Not a job with children', 'Not at a bar or liquor store']);
    expect(codes(assessJob(job({ title: 'Bartender' }), strict, en).exclusions)).toEqual(['alcohol_venue']);
  });

  it('case: a closed posting is left out; a remote job has no distance; no profile means a note, not an exclusion', () => {
    expect(texts(assessJob(job({ validThrough: '2026-05-15' }), person, en).exclusions)).toEqual([
      'This job stopped taking applications on May 15, 2026',
    ]);
    expect(texts(assessJob(job({ validThrough: '2026-05-15' }), person, { ...en, lang: 'es' }).exclusions)).toEqual([
      'Este trabajo dejó de aceptar solicitudes el 15 de mayo de 2026',
    ]);
    const remote = assessJob(job({ remote: true, postalCode: null }), person, en);
    expect(remote.distanceMiles).toBeNull();
    expect(codes(remote.reasons)).toContain('remote');
    // Remote, but for people living in Missouri: the person's ZIP is in California.
    expect(texts(assessJob(job({ remote: true, postalCode: null, region: 'MO' }), person, en).exclusions)).toEqual([
      'This is work from home, but only for people who live in MO',
    ]);
    expect(assessJob(job({ remote: true, postalCode: null, region: 'CA' }), person, en).fits).toBe(true);
    const nobody = assessJob(job({}), null, en);
    expect(nobody.fits).toBe(true);
    expect(texts(nobody.cautions)).toEqual(['We could not find how far this is from home.']);
  });
});

describe('matchJobs', () => {
  it('case: fair-chance first, then nearest (94080 7.97 < 94501 8.19 < 94612 8.45); excluded listed apart', () => {
    const jobs = [
      job({ title: 'C Oakland', postalCode: '94612' }),
      job({ title: 'B Alameda', postalCode: '94501' }),
      job({ title: 'D San Jose', postalCode: '95112' }),
      job({ title: 'A Oakland fair chance', postalCode: '94612', fairChance: true }),
      job({ title: 'E South SF', postalCode: '94080' }),
    ];
    const { matches, excluded } = matchJobs(jobs, person, en);
    expect(matches.map((m) => m.job.title)).toEqual(['A Oakland fair chance', 'E South SF', 'B Alameda', 'C Oakland']);
    expect(excluded.map((m) => [m.job.title, codes(m.exclusions)])).toEqual([['D San Jose', ['over_travel_limit']]]);
  });
});
