import { type CloudEvent, prefixedSubject } from '@chaman/contracts';
import type { MikroORM } from '@mikro-orm/core';
import type { JetStreamClient } from 'nats';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { traceHeadersOf } from '../tracing/bus-tracing';

/** An outbox row as the relay reads it. */
export interface RelayedEvent {
  id: string;
  subject: string;
  event: CloudEvent;
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

  private async relayBatch(): Promise<number> {
    const client = await this.connection();
    try {
      await client.query('begin');
      const { rows: lock } = await client.query<{ locked: boolean }>('select pg_try_advisory_xact_lock(hashtext($1)) as locked', [
        RELAY_LOCK,
      ]);
      const events = lock[0].locked
        ? (
            await client.query<RelayedEvent>(
              'select id, subject, event from outbox_event where published_at is null order by sequence limit $1',
              [this.settings.batchSize ?? 100],
            )
          ).rows
        : [];
      if (events.length === 0) {
        await client.query('commit');
        return 0;
      }
      // Publishes are pipelined on one connection, so JetStream stores them in this order.
      await Promise.all(
        events.map((row) =>
          this.jetstream.publish(prefixedSubject(this.settings.subjectPrefix, row.subject), JSON.stringify(row.event), {
            msgID: row.id,
            headers: traceHeadersOf(row.event),
          }),
        ),
      );
      await this.settings.afterPublish?.(events);
      await client.query('update outbox_event set published_at = now() where id = any($1::uuid[])', [events.map((row) => row.id)]);
      await client.query('commit');
      return events.length;
    } catch (error) {
      await client.query('rollback').catch(() => this.drop(client));
      throw error;
    }
  }
}
