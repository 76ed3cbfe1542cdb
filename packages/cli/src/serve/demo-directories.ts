/**
 * The demo's pathways to work and wellbeing: every demo agency gets the shipped sample directories
 * (examples/directories: 12 jobs in JobPosting JSON-LD, 10 services in Open Referral HSDS), imported
 * through the same parsers as the import routes, and every demo person gets a home ZIP in their agency's
 * area and, for some, conditions the matching applies. All of it is fictional, and all of it follows from
 * the person's place in their agency (no randomness), so two demos are alike.
 *
 * The first person of each agency (the demo person account) has the conditions that show the matching at
 * work: a 22:00–06:00 curfew, no driving and a 50-mile travel limit (wide enough that each agency's
 * person has jobs that fit; the curfew and no-driving rules leave others out). The others, by their index
 * i in the agency: a curfew when i % 4 = 1, no driving when i % 3 = 2, a 25-mile limit when i % 5 = 0 and
 * a 50-mile one when i % 5 = 3, no contact with minors when i % 7 = 4, no alcohol venues when i % 6 = 5.
 *
 * Agencies of other states get the directories but no profiles (no ZIP list for them here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { directories, NO_CONDITIONS, type DirectoryConditions, type DirectoryProfile, type PathwaysStore } from '@pathways/store';
import { parseHsds, parseJobPostingJsonLd, readHsdsFolder } from '@pathways/server';
import { repositoryRoot } from '../io/repository.ts';

/** Home ZIPs near each demo agency: the East Bay (CA), Jefferson City and Columbia (MO), Harrisburg (PA). */
const HOME_ZIPS: Record<string, readonly string[]> = {
  'US-CA': ['94601', '94603', '94606', '94607', '94610', '94612', '94577', '94578', '94541', '94544', '94501', '94702', '94704', '94804'],
  'US-MO': ['65101', '65109', '65043', '65201', '65202', '65203', '65251', '65032'],
  'US-PA': ['17101', '17102', '17103', '17104', '17109', '17110', '17111', '17011', '17043', '17055', '17013', '17033'],
};

const CURFEW = { start: '22:00', end: '06:00' };

/** The conditions of the agency's i-th person (see the header). */
export function demoConditions(i: number): DirectoryConditions {
  if (i === 0) return { ...NO_CONDITIONS, curfew: CURFEW, noDriving: true, travelLimitMiles: 50 };
  return {
    curfew: i % 4 === 1 ? CURFEW : null,
    noDriving: i % 3 === 2,
    noContactWithMinors: i % 7 === 4,
    noAlcoholVenues: i % 6 === 5,
    travelLimitMiles: i % 5 === 0 ? 25 : i % 5 === 3 ? 50 : null,
  };
}

export async function seedDemoDirectories(store: PathwaysStore, today: string): Promise<void> {
  const dir = join(repositoryRoot, 'examples', 'directories');
  const jobs = parseJobPostingJsonLd(readFileSync(join(dir, 'jobs.jsonld'), 'utf8'));
  const services = parseHsds(readHsdsFolder(join(dir, 'services-hsds')));
  // Shipped samples must import whole: a skipped item is a fault in Pathways.
  const skipped = [...jobs.skipped, ...services.skipped];
  if (skipped.length > 0) throw new Error(`examples/directories: sample item ${skipped[0]!.position} skipped: ${skipped[0]!.reason}`);
  const at = `${today}T00:00:00.000Z`;

  await store.transaction(async (tx) => {
    for (const agency of await tx.agencies.list()) {
      await directories(tx).jobs.upsertMany(
        agency.id,
        jobs.items.map((i) => i.item),
        at,
      );
      await directories(tx).services.upsertMany(
        agency.id,
        services.items.map((i) => i.item),
        at,
      );
      const zips = HOME_ZIPS[agency.jurisdiction];
      if (zips === undefined) continue;
      const ids = await directories(tx).profiles.personIds(agency.id);
      const profiles: DirectoryProfile[] = ids.map((personId, i) => ({
        personId,
        homeZip: zips[i % zips.length]!,
        conditions: demoConditions(i),
      }));
      await directories(tx).profiles.setMany(profiles, at);
    }
  });
}
