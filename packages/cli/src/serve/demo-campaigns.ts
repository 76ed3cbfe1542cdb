/**
 * The demo's campaigns (issue 9): one live campaign, `mo-earned-compliance`, for a hypothetical Missouri
 * bill raising earned compliance credits from 30 to 45 days a month (reforms/us-mo-45-day-credits.yaml,
 * the shipped Missouri file that is a bill still to pass rather than a replay of an enacted one), created
 * by the demo advocate, with the simulator's impact numbers already computed; the sample legislators and
 * ZIP-to-district table (examples/legislators/) imported through the same parsers as the import route;
 * and a handful of confirmed supporters with a few letters sent, so the desk's counts by district are
 * not empty. The supporters' addresses are at example.org; the letters wait in the outbox like any other.
 *
 * Run size: the demo seeds on every `npm start` and browser test, so it must stay quick. The whole of
 * Missouri (about 54,000 people, five replications) takes the better part of a minute; the demo runs a
 * sample of 2,000 people, 3 replications, over 36 months in this thread (about a second), and the
 * figures are scaled to the state's supervised population, which the campaign page states ("scaled from
 * a sample of 2,000"). A campaign created from the desk runs the whole state by default.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { campaigns, legislators, supporters, type PathwaysStore } from '@pathways/store';
// The server's campaign code, as the routes use it.
import {
  computeImpact,
  consentText,
  DEFAULT_LETTER_TEMPLATE,
  impactSentence,
  letterFor,
  parseLegislatorsCsv,
  parseZipDistrictsCsv,
  sendLetter,
} from '@pathways/server';
import { repositoryRoot } from '../io/repository.ts';

export const DEMO_CAMPAIGN_ID = 'mo-earned-compliance';
const REFORM_FILE = 'us-mo-45-day-credits.yaml';
const ADVOCATE = 'user-advocate';
/** See the file's comment: a quick sample, scaled to the state. */
const DEMO_RUN = { people: 2000, replications: 3, months: 36, seed: 1 };

const NAME = 'Earned compliance: 45 days for every good month';
const BILL = 'Hypothetical HB 0000 (2027), earned compliance credits';
const SUMMARY = [
  'A demo campaign for a hypothetical bill: no such bill has been filed.',
  'Missouri’s earned compliance credits (RSMo § 217.703) take 30 days off a term of probation or parole for every full month a person complies with their conditions. This bill would raise the credit to 45 days a month from January 1, 2027, so people who keep their conditions finish sooner, officers’ caseloads shrink to those who need them, and fewer people are sent to prison for technical violations late in a term.',
].join('\n\n');

/** Confirmed supporters and the ZIP each writes from; `writes`: whether they have sent their letters. */
const SUPPORTERS = [
  {
    name: 'Jordan Reyes (demo)',
    email: 'supporter.one@example.org',
    zip: '63103',
    writes: true,
    own: 'I finished probation in 2019. Credits kept me working.',
  },
  { name: 'Sam Whitaker (demo)', email: 'supporter.two@example.org', zip: '64108', writes: true, own: '' },
  {
    name: 'Alex Moreno (demo)',
    email: 'supporter.three@example.org',
    zip: '65201',
    writes: true,
    own: 'My brother earned his way off supervision early and has stayed out of trouble.',
  },
  { name: 'Chris Nakamura (demo)', email: 'supporter.four@example.org', zip: '63103', writes: true, own: '' },
  { name: 'Robin Estes (demo)', email: 'supporter.five@example.org', zip: '65806', writes: false, own: '' },
];

function readSample(name: string): string {
  return readFileSync(join(repositoryRoot, 'examples', 'legislators', name), 'utf8');
}

export async function seedDemoCampaigns(store: PathwaysStore, today: string): Promise<void> {
  const at = new Date(`${today}T12:00:00.000Z`);
  const iso = at.toISOString();
  // Shipped samples must import whole: a problem in them is a fault in Pathways.
  const roster = parseLegislatorsCsv(readSample('legislators.csv'));
  const zips = parseZipDistrictsCsv(readSample('zip-districts.csv'));
  if (!roster.ok || !zips.ok) {
    const first = (!roster.ok ? roster.problems : !zips.ok ? zips.problems : [])[0];
    throw new Error(`examples/legislators: ${first?.path}: ${first?.message}`);
  }
  const impact = await computeImpact(REFORM_FILE, DEMO_RUN, { today: at, workers: 1 });

  await store.transaction(async (tx) => {
    await legislators(tx).importRoster({ legislators: roster.rows, zipDistricts: zips.rows }, iso);
    const campaign = await campaigns(tx).create({
      id: DEMO_CAMPAIGN_ID,
      name: NAME,
      bill: BILL,
      jurisdiction: impact.reform.jurisdiction,
      status: 'live',
      reformFile: REFORM_FILE,
      summary: SUMMARY,
      letterTemplate: DEFAULT_LETTER_TEMPLATE,
      createdBy: ADVOCATE,
      at: iso,
    });
    await campaigns(tx).requestImpact(campaign.id, DEMO_RUN, iso);
    await campaigns(tx).finishImpact(campaign.id, iso, { status: 'ready', figures: impact });

    const impactText = impactSentence(BILL, impact);
    for (const [i, s] of SUPPORTERS.entries()) {
      const supporter = await supporters(tx).findOrCreate({ id: `S-demo-${i + 1}`, email: s.email, name: s.name, zip: s.zip, at: iso });
      await supporters(tx).confirm(supporter.id, { name: s.name, zip: s.zip, consentText: consentText(NAME), at: iso });
      await supporters(tx).join(supporter.id, campaign.id, iso);
      if (!s.writes) continue;
      const districts = await legislators(tx).districtsForZip(s.zip);
      for (const l of await legislators(tx).forDistricts('MO', districts)) {
        const letter = letterFor(campaign, supporter, l, s.own, impactText);
        await sendLetter(tx, { campaignId: campaign.id, supporterId: supporter.id, legislator: l, letter, at });
      }
    }
  });
}
