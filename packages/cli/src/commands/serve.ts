/**
 * `pathways serve`: the API on http://localhost:8080 over SQLite under ./data (or PostgreSQL when
 * DATABASE_URL is set). A database with no agencies is seeded with the fictional demo first, and the
 * demo accounts are printed. Once listening, it starts the evaluation jobs (`@pathways/store`'s job
 * queue: pg-boss on PostgreSQL, the `jobs` table on SQLite): stored evaluations are recomputed when a
 * record changes, and daily (at start and each midnight UTC) when their as-of date or law version is
 * out of date. Then the notification dispatcher (the portal's reminders and the outbox: texts through a
 * Twilio-compatible provider, email through SMTP, each chosen from the environment, SMTP_URL and
 * TWILIO_*; a channel not configured keeps its messages in the outbox, the demo's default).
 * Stops cleanly on SIGINT or SIGTERM: the dispatcher and the jobs first (a running tick or job
 * finishes), then the server, then the store.
 */
import { startEvaluationJobs, type EvaluationJobs, type OpenStoreOptions } from '@pathways/store';
import { adaptersFromEnv, buildServer, startNotificationDispatcher, type RunningDispatcher } from '@pathways/server';
import type { Output } from '../io/output.ts';
import { ProgressBar } from '../io/progress.ts';
import { renderLawReference } from './law.ts';
import { openNamedStore } from './store-commands.ts';
import { seedDemo, type DemoAccount } from '../serve/demo-seed.ts';
import { DEMO_STORY_LINK_TOKEN } from '../serve/demo-stories.ts';
import { WEB_ROOT } from '../serve/web-root.ts';

export interface ServeOptions {
  port: number;
  host: string;
  /** Which database: `storeOptions()` (DATABASE_URL, else SQLite under ./data). */
  store: OpenStoreOptions;
  /** The clock the evaluation jobs follow (tests inject one). Default: the system clock. */
  now?: () => Date;
}

export async function serveCommand(options: ServeOptions, out: Output, err: Output, today: string): Promise<number> {
  // First, so a half-configured provider (TWILIO_SID without its token) stops the start before anything opens.
  const adapters = adaptersFromEnv(process.env);
  const store = await openNamedStore(options.store);
  let jobs: EvaluationJobs | undefined;
  let dispatcher: RunningDispatcher | undefined;
  let app: Awaited<ReturnType<typeof buildServer>> | undefined;
  try {
    if ((await store.agencies.list()).length === 0) {
      await err.write(`seeding the fictional demo (three county agencies, about 2,000 synthetic people) as of ${today}…\n`);
      const bar = new ProgressBar('seeding people', 2000);
      const accounts = await seedDemo(store, today, (n) => bar.update(n));
      bar.done(2000);
      await out.write(demoAccountsText(accounts));
    }
    const lawReference = await renderLawReference(today);
    app = await buildServer({ store, logger: true, webRoot: WEB_ROOT, lawReference });
    await app.listen({ port: options.port, host: options.host });
    // Logged through the server's logger: counts and dates only, never a person's id or record.
    jobs = await startEvaluationJobs(store, { log: app.log, ...(options.now !== undefined ? { now: options.now } : {}) });
    // Logs counts, outbox ids and provider codes only: never an address or a message.
    dispatcher = startNotificationDispatcher(store, {
      adapters,
      log: app.log,
      ...(options.now !== undefined ? { now: options.now } : {}),
    });
    const where = `http://${options.host === '0.0.0.0' || options.host === '127.0.0.1' ? 'localhost' : options.host}:${options.port}`;
    await err.write(
      `Pathways is running at ${where} (${store.dialect}): the workspace at ${where}/, the law reference at ${where}/law/, ${where}/api/health, API documentation at ${where}/api/docs. Ctrl-C stops it.\n`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await dispatcher.stop();
    dispatcher = undefined;
    await jobs.stop();
    jobs = undefined;
    await app.close();
    app = undefined;
    return 0;
  } finally {
    // Reached early only on an error: the queue, the dispatcher and a server already listening (which would
    // keep the process alive, half started) must not outlive the store they work on.
    await dispatcher?.stop();
    await jobs?.stop();
    await app?.close();
    await store.close();
  }
}

export function demoAccountsText(accounts: DemoAccount[]): string {
  const rows = accounts.map((a) => `  ${a.username.padEnd(16)} ${a.password.padEnd(34)} ${a.role.padEnd(11)} ${a.sees}`);
  return [
    '',
    'Demo accounts (fictional; the same for every demo, see README):',
    `  ${'username'.padEnd(16)} ${'password'.padEnd(34)} ${'role'.padEnd(11)} sees`,
    ...rows,
    `Staff accounts also need the code of an authenticator app set up with the demo secret ${accounts.find((a) => a.totpSecret)?.totpSecret ?? ''}`,
    '(or `npx pathways totp` prints the current code).',
    `Voices and campaigns: the demo campaign at /campaigns/mo-earned-compliance, its published story's shared link at`,
    `/stories/${DEMO_STORY_LINK_TOKEN}, the campaign desk at /voices (advocate).`,
    '',
  ].join('\n');
}
