/**
 * Computes campaigns' impact numbers in the background, so creating or editing a campaign never waits on
 * the simulator: a request marks the campaign `computing` (its page says so) and queues the run; runs go
 * one at a time per server, on worker threads (impact.ts), and a result is kept only if it still answers
 * the campaign's latest request (campaigns-store.ts `finishImpact`), so a slow run overtaken by an edit is
 * dropped. A server that stopped mid-run finds its campaigns still marked `computing` when it starts again
 * and runs them anew (the seed makes the numbers the same).
 *
 * The logs name the campaign and how long the run took, nothing else.
 */
import type { FastifyBaseLogger } from 'fastify';
import { ReformFileError } from '@pathways/sim';
import { campaigns, type PathwaysStore } from '@pathways/store';
import { computeImpact, DEFAULT_IMPACT_RUN, ImpactInputError, impactRunSchema, type ImpactRun } from './impact.ts';

export interface ImpactRunnerOptions {
  store: PathwaysStore;
  now: () => Date;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  /** Worker threads per run (default 2; 1 runs in the server's own thread, for tests of tiny runs). */
  workers?: number;
}

/** The run a campaign row asks for; the default when the row holds none or something unreadable. */
export function storedRun(json: unknown): ImpactRun {
  const parsed = impactRunSchema.safeParse(json);
  return parsed.success ? parsed.data : DEFAULT_IMPACT_RUN;
}

export class ImpactRunner {
  private chain: Promise<void> = Promise.resolve();
  private readonly queued = new Set<string>();
  private closed = false;

  constructor(private readonly options: ImpactRunnerOptions) {}

  /** Queues the runs of campaigns left `computing` (by a server that stopped before they finished). */
  async resume(): Promise<void> {
    for (const c of await campaigns(this.options.store).computing()) this.start(c.id);
  }

  /** Starts no more runs and waits for the one in flight. */
  async close(): Promise<void> {
    this.closed = true;
    await this.idle();
  }

  /** Resolves once every queued run has finished (tests wait on it). */
  async idle(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.chain;
      await seen;
    } while (seen !== this.chain);
  }

  /**
   * Queues a run for a campaign already marked `computing` (campaigns-store.ts `requestImpact`, written in
   * the request's transaction: call this once it has committed).
   */
  start(campaignId: string): void {
    // A run still waiting reads the campaign's latest request when it starts: one is enough.
    if (this.closed || this.queued.has(campaignId)) return;
    this.queued.add(campaignId);
    this.chain = this.chain.then(() => this.runOne(campaignId));
  }

  private async runOne(campaignId: string): Promise<void> {
    this.queued.delete(campaignId);
    if (this.closed) return;
    const { store, now, log } = this.options;
    try {
      const campaign = await campaigns(store).get(campaignId);
      if (!campaign || campaign.impact.status !== 'computing' || campaign.impact.requestedAt === null) return;
      const requestedAt = campaign.impact.requestedAt;
      if (campaign.reformFile === null) {
        await campaigns(store).finishImpact(campaignId, requestedAt, { status: 'failed', error: 'The campaign links no reform file.' });
        return;
      }
      const started = performance.now();
      try {
        const figures = await computeImpact(campaign.reformFile, storedRun(campaign.impact.run), {
          today: now(),
          ...(this.options.workers !== undefined ? { workers: this.options.workers } : {}),
        });
        const kept = await campaigns(store).finishImpact(campaignId, requestedAt, { status: 'ready', figures });
        log.info({ campaignId, seconds: Math.round((performance.now() - started) / 100) / 10, kept }, 'campaign impact computed');
      } catch (error) {
        // The reform file's own problems are worth showing the desk; anything else is ours.
        const shown =
          error instanceof ImpactInputError || error instanceof ReformFileError
            ? error.message
            : 'The simulation failed. Ask for the numbers again; if it fails again, the server’s log has the error.';
        log.warn({ campaignId, err: error }, 'campaign impact failed');
        await campaigns(store).finishImpact(campaignId, requestedAt, { status: 'failed', error: shown });
      }
    } catch (error) {
      // The store itself failed (closed under us, the database gone): nothing to record it in.
      log.error({ campaignId, err: error }, 'campaign impact could not be recorded');
    }
  }
}
