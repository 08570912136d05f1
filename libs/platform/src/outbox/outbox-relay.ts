import { prefixedSubject } from '@chaman/contracts';
import type { MikroORM } from '@mikro-orm/core';
import type { JetStreamClient } from 'nats';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { traceHeadersOf } from '../tracing/bus-tracing';

/** An outbox row as the relay reads it: the event as stored (published as is, never parsed) and its trace context. */
export interface RelayedEvent {
  id: string;
  subject: string;
  payload: string;
  traceparent: string | null;
}

export interface OutboxRelaySettings {
  subjectPrefix: string;
  pollMs: number;
  batchSize?: number;
  /** Test seam: runs after a batch was published and before it is marked, where a crash would hurt most. */
  afterPublish?: (events: RelayedEvent[]) => Promise<void>;
}

const RELAY_LOCK = 'chaman.outbox-relay';

/**
 * One round trip: the relay's lock (one replica at a time; `locked` false when another holds it) and, if taken, the
 * oldest unpublished rows. At least one row comes back, so that a pass that found nothing still knows to unlock.
 */
const CLAIM = `with relay_lock as materialized (select pg_try_advisory_lock(hashtext($1)) as locked)
  select relay_lock.locked, pending.id, pending.subject, pending.payload, pending.traceparent
  from relay_lock left join lateral (
    select id, subject, event::text as payload, event->>'traceparent' as traceparent from outbox_event
    where relay_lock.locked and published_at is null order by sequence limit $2
  ) pending on true`;

/** One round trip: marks what was published and lets go of the lock (the update runs whatever the select reads). */
const MARK_AND_UNLOCK = `with marked as (update outbox_event set published_at = now() where id = any($1::uuid[]) returning id)
  select pg_advisory_unlock(hashtext($2)) as unlocked, (select count(*) from marked) as marked`;

/**
 * Publishes committed outbox rows to JetStream in commit order, with `Nats-Msg-Id` = event id. A crash after
 * publishing and before marking only causes a re-publish that JetStream's duplicate window discards; one
 * replica relays at a time (advisory lock), so order is kept across replicas. It has a database connection of
 * its own, in plain SQL: under load it never queues behind the requests for a pool connection (events leave
 * while the service is saturated), and its passes cost no unit of work.
 */
export class OutboxRelay {
  private running = false;
  private wake: (() => void) | null = null;
  private pending = false;
  private loop: Promise<void> | null = null;
  private client: Client | null = null;

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
    await this.client?.end().catch(() => undefined);
    this.client = null;
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

  private async connection(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({ connectionString: this.orm.config.getClientUrl(), statement_timeout: 10_000 });
    // A broken connection is dropped; the next pass opens a new one.
    client.on('error', () => this.drop(client));
    await client.connect();
    this.client = client;
    return client;
  }

  private drop(client: Client): void {
    if (this.client === client) this.client = null;
    void client.end().catch(() => undefined);
  }

  /**
   * Two round trips to PostgreSQL per pass (claim, then mark and unlock), each statement its own transaction: the
   * session lock, not a transaction, keeps other replicas out while this one publishes.
   */
  private async relayBatch(): Promise<number> {
    const client = await this.connection();
    try {
      const { rows } = await client.query<{ locked: boolean } & Partial<RelayedEvent>>(CLAIM, [RELAY_LOCK, this.settings.batchSize ?? 100]);
      if (!rows[0].locked) return 0;
      const events = rows.filter((row): row is typeof row & RelayedEvent => row.id != null);
      if (events.length > 0) {
        // Publishes are pipelined on one connection, so JetStream stores them in this order.
        await Promise.all(
          events.map((row) =>
            this.jetstream.publish(prefixedSubject(this.settings.subjectPrefix, row.subject), row.payload, {
              msgID: row.id,
              headers: traceHeadersOf({ traceparent: row.traceparent ?? undefined }),
            }),
          ),
        );
        await this.settings.afterPublish?.(events);
      }
      await client.query(MARK_AND_UNLOCK, [events.map((row) => row.id), RELAY_LOCK]);
      return events.length;
    } catch (error) {
      // The session's lock goes with its connection: a failed pass never keeps other replicas out.
      this.drop(client);
      throw error;
    }
  }
}
