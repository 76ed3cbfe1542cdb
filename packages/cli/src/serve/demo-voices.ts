/**
 * The demo's voices and campaigns (issue 9): a live campaign with the simulator's numbers, a published
 * anonymous story attached to it, and a council with an upcoming event. In this order: stories and events
 * name the campaign.
 */
import type { PathwaysStore } from '@pathways/store';
import { seedDemoCampaigns } from './demo-campaigns.ts';
import { seedDemoCouncils } from './demo-councils.ts';
import { seedDemoStories } from './demo-stories.ts';

export async function seedDemoVoices(store: PathwaysStore, today: string): Promise<void> {
  await seedDemoCampaigns(store, today);
  await seedDemoStories(store, today);
  await seedDemoCouncils(store, today);
}
