import { type CloudEvent, prefixedStreamName, prefixedSubject, type StreamDefinition } from '@chaman/contracts';
import type { MikroORM, QueryResult } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AckPolicy, type ConsumerMessages, DeliverPolicy, headers as natsHeaders, type JetStreamClient, type JetStreamManager, type JsMsg, nanos } from 'nats';
import type { Logger } from 'pino';
import { parkedSubjectRoot } from '../bus-access/bus-permissions';
import { eventSourceOf, streamOwnerOf } from '../bus-access/event-origin';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { contextFromHeaders, inSpan, SpanKind } from '../tracing/bus-tracing';

export interface DurableConsumerSpec {
  /** Durable name, unique per consuming service and purpose (e.g. `sender-delegations`). */
  durable: string;
  stream: StreamDefinition;
  /** Subject filter (relative to the prefix, wildcards allowed); defaults to the whole stream. One filter, so NATS 2.9 servers serve it too. */
  subject?: string;
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
  /** How long a delivered event may stay unacknowledged before JetStream redelivers it (e.g. after a crash). */
  ackWaitMs: number;
  /** Counts a security alert (e.g. an inauthentic event). */
  alert?: (name: string) => void;
}

/**
 * A JetStream durable consumer that applies each event at most once (processed-event table, same
 * transaction as the handler's changes), acks only after the commit, retries with back-off, and parks an
 * event that keeps failing on the parked stream instead of blocking the ones behind it.
 */
export class DurableConsumer {
  private messages: ConsumerMessages | null = null;
  private loop: Promise<void> | null = null;

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
    const filterSubject = prefixedSubject(prefix, this.spec.subject ?? this.spec.stream.subjects);
    const config = {
      durable_name: this.spec.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(this.settings.ackWaitMs),
      max_ack_pending: 256,
      filter_subject: filterSubject,
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

  private async consumeAll(messages: ConsumerMessages): Promise<void> {
    // One at a time: events are applied in stream order.
    for await (const message of messages) await this.process(message);
  }

  private async process(message: JsMsg): Promise<void> {
    let event: CloudEvent;
    try {
      event = message.json<CloudEvent>();
      if (typeof event?.id !== 'string' || typeof event.type !== 'string') throw new Error('not a CloudEvent');
    } catch (error) {
      await this.park(message, null, `malformed event: ${(error as Error).message}`);
      return;
    }
    const inauthentic = this.inauthenticity(message, event);
    if (inauthentic) {
      this.settings.alert?.('inauthentic-event');
      this.logger.error({ eventId: event.id, source: event.source, stream: message.info.stream }, `inauthentic event refused: ${inauthentic}`);
      await this.park(message, event, `inauthentic event: ${inauthentic}`);
      return;
    }
    try {
      await inSpan(`consume ${message.subject}`, SpanKind.CONSUMER, contextFromHeaders(message.headers), () => this.applyOnce(event));
      message.ack();
    } catch (error) {
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
    await this.jetstream.publish(prefixedSubject(this.settings.subjectPrefix, `${parkedSubjectRoot(this.settings.service)}.${this.spec.durable}`), message.data, { headers });
    message.term();
  }
}

