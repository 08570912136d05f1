import { CLOCK, type Clock, LOGGER } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import type { Logger } from 'pino';
import { Webhook } from 'standardwebhooks';
import { type AttemptOutcome, WebhookAttempts } from '../application/webhook-attempts';
import { isPrivateAddress } from '../domain/webhook-target';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from '../notification-settings';
import { claimDueDeliveries, type DueDelivery } from '../persistence/webhook-store';
import { PollingLoop } from './polling-loop';

/** Deliveries in flight at once, and per endpoint: a slow endpoint holds its own slots, never the others'. */
const MAX_IN_FLIGHT = 32;
const MAX_PER_ENDPOINT = 4;

/**
 * POSTs due deliveries, signed as Standard Webhooks says, without waiting for one to finish before starting the next.
 * Each attempt is leased for the timeout plus a margin, so a crash mid-request only retries it.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: PollingLoop;
  private readonly inFlight = new Map<string, number>();
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly orm: MikroORM,
    private readonly attempts: WebhookAttempts,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.loop = new PollingLoop('webhooks', settings.dispatchPollMs, () => this.startDue(), logger);
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
    await Promise.all(this.pending);
  }

  /** Starts what is due within the free slots; returns how many were started. */
  async startDue(): Promise<number> {
    const free = MAX_IN_FLIGHT - this.pending.size;
    if (free <= 0) return 0;
    const busy = [...this.inFlight].filter(([, count]) => count >= MAX_PER_ENDPOINT).map(([id]) => id);
    const em = this.orm.em.fork() as EntityManager;
    const due = await claimDueDeliveries(em, this.clock.now(), this.settings.webhookTimeoutMs + 30_000, free, busy);
    for (const delivery of due) this.start(delivery);
    return due.length;
  }

  private start(delivery: DueDelivery): void {
    this.inFlight.set(delivery.webhookId, (this.inFlight.get(delivery.webhookId) ?? 0) + 1);
    const work = this.attempt(delivery)
      .then((outcome) => this.attempts.record(delivery, outcome))
      .catch((error: unknown) => this.logger.warn({ err: error, deliveryId: delivery.id }, 'delivery outcome not recorded; the lease will retry it'))
      .finally(() => {
        const left = (this.inFlight.get(delivery.webhookId) ?? 1) - 1;
        if (left > 0) this.inFlight.set(delivery.webhookId, left);
        else this.inFlight.delete(delivery.webhookId);
        this.pending.delete(work);
        this.loop.wake();
      });
    this.pending.add(work);
  }

  private async attempt(delivery: DueDelivery): Promise<AttemptOutcome> {
    const at = this.clock.now();
    const started = performance.now();
    const outcome = (statusCode: number | null, error: string | null): AttemptOutcome => ({ at, statusCode, error, durationMs: Math.round(performance.now() - started) });
    try {
      const refusal = await this.targetRefusal(delivery.url);
      if (refusal) return outcome(null, refusal);
      // Signed with the wall clock, not the injected one: receivers check the timestamp against theirs.
      const signedAt = new Date();
      const signature = new Webhook(delivery.secret).sign(delivery.eventId, signedAt, delivery.body);
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/cloudevents+json',
          'webhook-id': delivery.eventId,
          'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)),
          'webhook-signature': signature,
          'user-agent': 'Chaman-Webhooks/1',
        },
        body: delivery.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.settings.webhookTimeoutMs),
      });
      await response.body?.cancel();
      return outcome(response.status, response.ok ? null : `HTTP ${response.status}`);
    } catch (error) {
      const cause = (error as Error & { cause?: Error }).cause?.message;
      return outcome(null, cause ? `${(error as Error).message}: ${cause}` : (error as Error).message);
    }
  }

  /** Resolved at each attempt, so a name that comes to point at a private address is refused too. */
  private async targetRefusal(url: string): Promise<string | null> {
    if (this.settings.allowPrivateWebhookTargets) return null;
    const { hostname } = new URL(url);
    const addresses = await lookup(hostname.replace(/^\[|\]$/g, ''), { all: true });
    return addresses.some(({ address }) => isPrivateAddress(address)) ? `${hostname} resolves to a private address` : null;
  }
}
