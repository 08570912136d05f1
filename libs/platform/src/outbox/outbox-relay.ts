import { prefixedSubject } from '@chaman/contracts';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JetStreamClient } from 'nats';
import type { Logger } from 'pino';
import { OutboxEvent } from './outbox-event.entity';
import { traceHeadersOf } from '../tracing/bus-tracing';

export interface OutboxRelaySettings {
  subjectPrefix: string;
  pollMs: number;
  batchSize?: number;
  /** Test seam: runs after a batch was published and before it is marked, where a crash would hurt most. */
  afterPublish?: (events: OutboxEvent[]) => Promise<void>;
}

const RELAY_LOCK = 'chaman.outbox-relay';

/**
 * Publishes committed outbox rows to JetStream in commit order, with `Nats-Msg-Id` = event id. A crash after
 * publishing and before marking only causes a re-publish that JetStream's duplicate window discards; one
 * replica relays at a time (advisory lock), so order is kept across replicas.
 */
export class OutboxRelay {
  private running = false;
  private wake: (() => void) | null = null;
  private pending = false;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly jetstream: JetStreamClient,
    private readonly settings: OutboxRelaySettings,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.kick();
    await this.loop;
  }

  /** Asks for a pass now (after a commit); passes coalesce. */
  kick(): void {
    this.pending = true;
    this.wake?.();
  }

  /** One pass: publishes every unpublished row, batch by batch. Returns how many were published. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.relayBatch();
      total += published;
      if (published < (this.settings.batchSize ?? 100)) return total;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.pending = false;
      try {
        await this.drain();
      } catch (error) {
        this.logger.warn({ err: error }, 'outbox relay pass failed; retrying');
      }
      if (!this.pending && this.running) await this.sleep(this.settings.pollMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }

  private async relayBatch(): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    return em.transactional(async (tx) => {
      const [{ locked }] = await tx.execute<{ locked: boolean }[]>(
        'select pg_try_advisory_xact_lock(hashtext(?)) as locked',
        [RELAY_LOCK],
      );
      if (!locked) return 0;
      const events = await tx.find(OutboxEvent, { publishedAt: null }, { orderBy: { sequence: 'asc' }, limit: this.settings.batchSize ?? 100 });
      if (events.length === 0) return 0;
      // Publishes are pipelined on one connection, so JetStream stores them in this order.
      await Promise.all(
        events.map((row) =>
          this.jetstream.publish(prefixedSubject(this.settings.subjectPrefix, row.subject), JSON.stringify(row.event), { msgID: row.id, headers: traceHeadersOf(row.event) }),
        ),
      );
      await this.settings.afterPublish?.(events);
      const now = new Date();
      events.forEach((row) => (row.publishedAt = now));
      return events.length;
    });
  }
}
