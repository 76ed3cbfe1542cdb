/** Voices and campaigns (issue 9): campaigns, supporters and legislators; stories; councils and events. */
export * from './campaigns-store.ts';
export * from './stories-store.ts';
export * from './councils-store.ts';
