import type { CloudEvent, EventDefinition } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { type Clock, systemClock } from '../clock/clock';
import { currentRequestId } from '../logging/request-context';
import { currentTraceparent } from '../tracing/bus-tracing';
import { OutboxEvent } from './outbox-event.entity';

/**
 * Records CloudEvents into the outbox through the caller's entity manager, so the event commits (or rolls
 * back) together with the change it reports. The relay publishes it afterwards.
 */
export class EventRecorder {
  constructor(
    private readonly source: string,
    private readonly clock: Clock = systemClock,
    private readonly wakeRelay: () => void = () => undefined,
  ) {}

  record<Data>(em: EntityManager, definition: EventDefinition<Data>, subject: string, data: Data): CloudEvent<Data> {
    const event = this.build(definition, subject, data);
    em.persist(
      em.create(OutboxEvent, { id: event.id, subject: definition.subject, event, createdAt: new Date(event.time), publishedAt: null }),
    );
    return event;
  }

  /** The CloudEvent a plain-SQL command writes into its outbox itself (then calls `committed` after its commit). */
  build<Data>(definition: EventDefinition<Data>, subject: string, data: Data): CloudEvent<Data> {
    const requestId = currentRequestId();
    const traceparent = currentTraceparent();
    const event: CloudEvent<Data> = {
      specversion: '1.0',
      id: uuidv7(),
      source: this.source,
      type: definition.type,
      subject,
      time: this.clock.now().toISOString(),
      datacontenttype: 'application/json',
      dataschema: definition.dataschema,
      ...(requestId ? { correlationid: requestId } : {}),
      ...(traceparent ? { traceparent } : {}),
      data,
    };
    return event;
  }

  /** After a plain-SQL transaction that wrote outbox rows committed: the relay publishes them now, not at its next poll. */
  committed(): void {
    this.wakeRelay();
  }
}
