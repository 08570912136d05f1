import { type CloudEvent, type EventDefinition, prefixedStreamName, prefixedSubject, type StreamDefinition } from '@chaman/contracts';
import type { MikroORM, QueryResult } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AckPolicy,
  type ConsumerMessages,
  DeliverPolicy,
  headers as natsHeaders,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  nanos,
} from 'nats';
import type { Logger } from 'pino';
import { parkedSubjectRoot } from '../bus-access/bus-permissions';
import { eventSourceOf, streamOwnerOf } from '../bus-access/event-origin';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { contextFromHeaders, inSpan, SpanKind } from '../tracing/bus-tracing';

/** A delivered message and the authentic CloudEvent it carries. */
interface Trusted {
  message: JsMsg;
  event: CloudEvent;
}

export interface DurableConsumerSpec {
  /** Durable name, unique per consuming service and purpose (e.g. `sender-delegations`). */
  durable: string;
  stream: StreamDefinition;
  /** The event types this consumer acts on (absent: every event of the stream); the others are never applied. */
  events?: readonly EventDefinition<unknown>[];
  /** Applies one event; runs in the transaction that also marks the event processed. */
  handle: (event: CloudEvent, em: EntityManager) => Promise<void>;
  /** Runs (in its own transaction) when an event is given up on, before it is parked: e.g. to fail closed. */
  onParked?: (event: CloudEvent | null, em: EntityManager) => Promise<void>;
}

export interface DurableConsumerSettings {
  subjectPrefix: string;
  /** The consuming service: parked events go under its own subject, the only one of the kind it may publish on. */
  service: string;
  maxDeliveries: number;
  /** The most events applied in one transaction (1: one transaction per event). */
  batchMax: number;
  /** How long a delivered event may stay unacknowledged before JetStream redelivers it (e.g. after a crash). */
  ackWaitMs: number;
  /** Counts a security alert (e.g. an inauthentic event). */
  alert?: (name: string) => void;
  /** The server takes several filter subjects per consumer (NATS ≥ 2.10); otherwise several types are filtered here. */
  multipleFilters?: boolean;
}

/**
 * What the server delivers and what this process still passes over: one event type (or several on NATS ≥ 2.10) is
 * filtered by the server; several on an older server mean the whole stream, the other types acked unapplied here.
 */
export function consumerFilter(
  prefix: string,
  spec: Pick<DurableConsumerSpec, 'stream' | 'events'>,
  multipleFilters: boolean,
): { filter_subject: string | undefined; filter_subjects: string[] | undefined } {
  const wholeStream = prefixedSubject(prefix, spec.stream.subjects);
  const subjects = (spec.events ?? []).map((definition) => prefixedSubject(prefix, definition.subject));
  // Both keys always set: an update merges into the durable's former configuration, where the other may be set.
  if (subjects.length > 1 && multipleFilters) return { filter_subject: undefined, filter_subjects: subjects };
  return { filter_subject: subjects.length === 1 ? subjects[0] : wholeStream, filter_subjects: undefined };
}

/**
 * A JetStream durable consumer that applies each event at most once (processed-event table, same
 * transaction as the handler's changes), acks only after the commit, retries with back-off, and parks an
 * event that keeps failing on the parked stream instead of blocking the ones behind it.
 */
export class DurableConsumer {
  private messages: ConsumerMessages | null = null;
  private loop: Promise<void> | null = null;
  /** The subjects applied when the server delivers more than that (several types on NATS < 2.10); null: all. */
  private applied: Set<string> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly jetstream: JetStreamClient,
    private readonly manager: JetStreamManager,
    private readonly spec: DurableConsumerSpec,
    private readonly settings: DurableConsumerSettings,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const prefix = this.settings.subjectPrefix;
    const streamName = prefixedStreamName(prefix, this.spec.stream.name);
    const filter = consumerFilter(prefix, this.spec, this.settings.multipleFilters ?? false);
    if (this.spec.events && filter.filter_subject === prefixedSubject(prefix, this.spec.stream.subjects))
      this.applied = new Set(this.spec.events.map((definition) => prefixedSubject(prefix, definition.subject)));
    const config = {
      durable_name: this.spec.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(this.settings.ackWaitMs),
      max_ack_pending: 256,
      ...filter,
    };
    try {
      await this.manager.consumers.add(streamName, config);
    } catch (error) {
      // The durable exists with older settings (e.g. another ack wait): bring it to these.
      if (!/already (exists|in use)/i.test(String((error as Error).message))) throw error;
      await this.manager.consumers.update(streamName, this.spec.durable, config);
    }
    const consumer = await this.jetstream.consumers.get(streamName, this.spec.durable);
    this.messages = await consumer.consume({ max_messages: 64 });
    this.loop = this.consumeAll(this.messages);
  }

  async stop(): Promise<void> {
    await this.messages?.close();
    await this.loop;
  }

  /**
   * Reads as fast as the stream delivers and applies what has arrived in batches, in stream order: one event when
   * the stream is quiet (no added latency), up to `batchMax` in one transaction when events queue up behind a
   * transaction in progress (the cost of a transaction is shared instead of paid per event).
   */
  private async consumeAll(messages: ConsumerMessages): Promise<void> {
    const arrived: JsMsg[] = [];
    const signal: { notify: (() => void) | null; ended: boolean } = { notify: null, ended: false };
    const reading = (async () => {
      try {
        for await (const message of messages) {
          arrived.push(message);
          signal.notify?.();
        }
      } finally {
        signal.ended = true;
        signal.notify?.();
      }
    })();
    for (;;) {
      if (arrived.length > 0) await this.processBatch(arrived.splice(0, this.settings.batchMax));
      else if (signal.ended) break;
      else await new Promise<void>((resolve) => (signal.notify = resolve));
      signal.notify = null;
    }
    await reading;
  }

  private async processBatch(batch: JsMsg[]): Promise<void> {
    const trusted: Trusted[] = [];
    for (const message of batch) {
      // A type this consumer does not act on: nothing to apply, nothing to commit.
      if (this.applied && !this.applied.has(message.subject)) {
        message.ack();
        continue;
      }
      const event = await this.admit(message);
      if (event) trusted.push({ message, event });
    }
    await this.applyInOrder(trusted);
  }

  private async applyInOrder(items: Trusted[]): Promise<void> {
    if (items.length <= 1) return items.length === 1 ? this.process(items[0].message, items[0].event) : undefined;
    const progress = { handling: -1 };
    try {
      await this.applyAllOnce(items, progress);
    } catch (error) {
      // Nothing of the batch was committed. The event whose handler failed is retried or parked as if it had come
      // alone (its handler ran once for this delivery); those before and after it are applied without it.
      const failedAt = progress.handling;
      this.logger.debug({ err: error, events: items.length, failedAt }, 'batch failed; applying it without the failing event');
      if (failedAt < 0) {
        for (const { message, event } of items) await this.process(message, event);
        return;
      }
      await this.applyInOrder(items.slice(0, failedAt));
      await this.failed(items[failedAt].message, items[failedAt].event, error);
      await this.applyInOrder(items.slice(failedAt + 1));
      return;
    }
    for (const { message } of items) message.ack();
  }

  /** The event a message carries if it may be applied; a malformed or inauthentic one is parked and yields null. */
  private async admit(message: JsMsg): Promise<CloudEvent | null> {
    let event: CloudEvent;
    try {
      event = message.json<CloudEvent>();
      if (typeof event?.id !== 'string' || typeof event.type !== 'string') throw new Error('not a CloudEvent');
    } catch (error) {
      await this.park(message, null, `malformed event: ${(error as Error).message}`);
      return null;
    }
    const inauthentic = this.inauthenticity(message, event);
    if (inauthentic) {
      this.settings.alert?.('inauthentic-event');
      this.logger.error(
        { eventId: event.id, source: event.source, stream: message.info.stream },
        `inauthentic event refused: ${inauthentic}`,
      );
      await this.park(message, event, `inauthentic event: ${inauthentic}`);
      return null;
    }
    return event;
  }

  private async process(message: JsMsg, event: CloudEvent): Promise<void> {
    try {
      await inSpan(`consume ${message.subject}`, SpanKind.CONSUMER, contextFromHeaders(message.headers), () => this.applyOnce(event));
      message.ack();
    } catch (error) {
      await this.failed(message, event, error);
    }
  }

  private async failed(message: JsMsg, event: CloudEvent, error: unknown): Promise<void> {
    const deliveries = message.info.deliveryCount;
    // An unreachable database is not the event's fault: it waits (redelivered with back-off) instead of being parked.
    if (deliveries >= this.settings.maxDeliveries && !isDatabaseUnavailable(error)) {
      this.logger.error({ err: error, eventId: event.id, deliveries }, 'event parked after repeated failures');
      await this.park(message, event, (error as Error).message);
    } else {
      this.logger.warn({ err: error, eventId: event.id, deliveries }, 'event handling failed; will retry');
      message.nak(Math.min(100 * 2 ** deliveries, 5_000));
    }
  }

  /** Applies several events in one transaction, in order, each at most once; all or none are committed. */
  private async applyAllOnce(items: Trusted[], progress: { handling: number }): Promise<void> {
    const em = this.orm.em.fork() as EntityManager;
    await em.transactional(async (tx) => {
      const ids = [...new Set(items.map(({ event }) => event.id))];
      const claimed = await tx.execute<Array<{ event_id: string }>>(
        `insert into processed_event (consumer, event_id, processed_at) values ${ids.map(() => '(?, ?, now())').join(', ')} on conflict do nothing returning event_id`,
        ids.flatMap((id) => [this.spec.durable, id]),
      );
      const fresh = new Set(claimed.map((row) => row.event_id));
      for (const [index, { message, event }] of items.entries()) {
        if (!fresh.delete(event.id)) continue;
        progress.handling = index;
        await inSpan(`consume ${message.subject}`, SpanKind.CONSUMER, contextFromHeaders(message.headers), () =>
          this.spec.handle(event, tx),
        );
      }
      progress.handling = -1;
    });
  }

  /**
   * The operator's desk replays a parked event: believed only if its source owns the stream this consumer reads (the
   * parked stream says nothing of where it came from), then applied once like any delivery.
   */
  async replay(event: CloudEvent): Promise<void> {
    const owner = streamOwnerOf(this.spec.stream);
    if (owner && event.source !== eventSourceOf(owner))
      throw new Error(`source ${String(event.source)} on the stream of the ${owner}-service`);
    await this.applyOnce(event);
  }

  get durable(): string {
    return this.spec.durable;
  }

  private async applyOnce(event: CloudEvent): Promise<void> {
    const em = this.orm.em.fork() as EntityManager;
    await em.transactional(async (tx) => {
      const inserted = await tx.execute<QueryResult>(
        'insert into processed_event (consumer, event_id, processed_at) values (?, ?, now()) on conflict do nothing',
        [this.spec.durable, event.id],
        'run',
      );
      if (inserted.affectedRows === 0) return;
      await this.spec.handle(event, tx);
    });
  }

  /**
   * An event is believed because of where it came from: the stream it was read from must be the one consumed,
   * and its `source` the service that owns that stream (the only client allowed to publish there).
   */
  private inauthenticity(message: JsMsg, event: CloudEvent): string | null {
    const streamName = prefixedStreamName(this.settings.subjectPrefix, this.spec.stream.name);
    if (message.info.stream !== streamName) return `read from ${message.info.stream}, not ${streamName}`;
    const owner = streamOwnerOf(this.spec.stream);
    if (owner && event.source !== eventSourceOf(owner)) return `source ${String(event.source)} on the stream of the ${owner}-service`;
    return null;
  }

  private async park(message: JsMsg, event: CloudEvent | null, reason: string): Promise<void> {
    if (this.spec.onParked) {
      const onParked = this.spec.onParked;
      try {
        await (this.orm.em.fork() as EntityManager).transactional((tx) => onParked(event, tx));
      } catch (error) {
        this.logger.error({ err: error, eventId: event?.id }, 'could not run the parked-event safeguard');
      }
    }
    const headers = natsHeaders();
    headers.set('Chaman-Parked-Reason', reason.replace(/[\r\n]+/g, ' ').slice(0, 500));
    headers.set('Chaman-Original-Subject', message.subject);
    await this.jetstream.publish(
      prefixedSubject(this.settings.subjectPrefix, `${parkedSubjectRoot(this.settings.service)}.${this.spec.durable}`),
      message.data,
      { headers },
    );
    message.term();
  }
}
