/**
 * Whom a supporter writes to about a campaign: their districts, found from their ZIP in the imported
 * ZIP-to-district table, in the campaign's state (a bill is before one state's legislature), and the
 * serving legislators of those districts, both chambers. Each way this can come up empty has its own
 * answer, worded for the supporter, so the page never shows an unexplained blank.
 */
import { legislators, type Campaign, type Legislator, type PathwaysStore, type Supporter, type ZipDistrict } from '@pathways/store';
import { jurisdictionNameOf } from './letter-template.ts';

export type Recipients =
  { kind: 'found'; state: string; districts: ZipDistrict[]; legislators: Legislator[] } | { kind: 'not-found'; message: string };

/** `US-MO` → `MO`: the postal code the imported tables use. */
export const stateOf = (jurisdiction: string): string => jurisdiction.replace(/^US-/, '');

export async function recipientsFor(store: PathwaysStore, campaign: Campaign, supporter: Supporter): Promise<Recipients> {
  const state = stateOf(campaign.jurisdiction);
  const stateName = jurisdictionNameOf(campaign.jurisdiction);
  const all = await legislators(store).districtsForZip(supporter.zip);
  if (all.length === 0) {
    return {
      kind: 'not-found',
      message: `We have no legislative district on file for ZIP code ${supporter.zip}, so we cannot tell who represents you. If the ZIP is wrong, sign up again with the right one.`,
    };
  }
  const districts = all.filter((d) => d.state === state);
  if (districts.length === 0) {
    const elsewhere = [...new Set(all.map((d) => d.state))].join(' and ');
    return {
      kind: 'not-found',
      message: `ZIP code ${supporter.zip} is in ${elsewhere}, and this bill is before the ${stateName} legislature: only ${stateName} residents can write to its members here.`,
    };
  }
  const serving = await legislators(store).forDistricts(state, districts);
  if (serving.length === 0) {
    return {
      kind: 'not-found',
      message: `We have your districts for ZIP code ${supporter.zip}, but no legislator on file for them yet. Please check back soon.`,
    };
  }
  return { kind: 'found', state, districts, legislators: serving };
}
