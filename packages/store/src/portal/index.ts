/** The person's portal: contacts, sign-in codes, obligations and messages; the notification outbox; the jobs and services directories. */
export * from './portal-store.ts';
export * from './outbox-store.ts';
export * from './directories-store.ts';
