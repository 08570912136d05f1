import { CLOCK, type Clock, LOGGER } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
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
      .catch((error: unknown) =>
        this.logger.warn({ err: error, deliveryId: delivery.id }, 'delivery outcome not recorded; the lease will retry it'),
      )
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
    const outcome = (statusCode: number | null, error: string | null): AttemptOutcome => ({
      at,
      statusCode,
      error,
      durationMs: Math.round(performance.now() - started),
    });
    try {
      const target = await this.checkedTarget(delivery.url);
      if ('refusal' in target) return outcome(null, target.refusal);
      // Signed with the wall clock, not the injected one: receivers check the timestamp against theirs.
      const signedAt = this.clock.now();
      const signature = new Webhook(delivery.secret).sign(delivery.eventId, signedAt, delivery.body);
      const headers = {
        'content-type': 'application/cloudevents+json',
        'webhook-id': delivery.eventId,
        'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)),
        'webhook-signature': signature,
        'user-agent': 'Chaman-Webhooks/1',
      };
      const status = await post(new URL(delivery.url), headers, delivery.body, this.settings.webhookTimeoutMs, target.pinned);
      return outcome(status, status >= 200 && status < 300 ? null : `HTTP ${status}`);
    } catch (error) {
      // What the endpoint's owner reads: never the inner workings of this network (addresses, ports, system errors).
      return outcome(null, (error as Error).message === TIMED_OUT ? 'timed out' : 'connection failed');
    }
  }

  /**
   * Resolved at each attempt, so a name that comes to point at a private address is refused too; and the connection
   * goes to the address that was checked (pinned), so a second answer of the DNS cannot move it (DNS rebinding).
   */
  private async checkedTarget(url: string): Promise<{ refusal: string } | { pinned?: PinnedAddress }> {
    if (this.settings.allowPrivateWebhookTargets) return {};
    const { hostname } = new URL(url);
    const addresses = await lookup(hostname.replace(/^\[|\]$/g, ''), { all: true });
    if (addresses.length === 0 || addresses.some(({ address }) => isPrivateAddress(address)))
      return { refusal: `${hostname} resolves to a private address` };
    return { pinned: addresses[0] };
  }
}

const TIMED_OUT = 'timed out';

export interface PinnedAddress {
  address: string;
  family: number;
}

/**
 * POSTs `body` and answers the response's status (no redirect followed), within `timeoutMs` in all. With `pinned`,
 * the connection goes to that address whatever the name resolves to now (TLS still checks the name).
 */
export function post(url: URL, headers: Record<string, string>, body: string, timeoutMs: number, pinned?: PinnedAddress): Promise<number> {
  return new Promise((resolve, reject) => {
    const options: RequestOptions = {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      // A connection of its own each time: no pooled socket outlives the check it was made after.
      agent: false,
      ...(pinned
        ? {
            lookup: ((_host: string, lookupOptions: { all?: boolean }, callback: (...args: unknown[]) => void) =>
              lookupOptions.all
                ? callback(null, [pinned])
                : callback(null, pinned.address, pinned.family)) as unknown as RequestOptions['lookup'],
          }
        : {}),
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(url, options, (response) => {
      response.resume();
      response.once('end', () => clearTimeout(timer));
      resolve(response.statusCode ?? 0);
    });
    const timer = setTimeout(() => request.destroy(new Error(TIMED_OUT)), timeoutMs);
    request.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end(body);
  });
}
