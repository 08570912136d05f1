import type { CloudEvent } from '@chaman/contracts';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** An event written in the same transaction as the change it reports, waiting for the relay. */
@Entity({ tableName: 'outbox_event' })
export class OutboxEvent {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Assigned by the database: the order in which the relay publishes. */
  @Property({ type: 'bigint', persist: false })
  sequence?: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'json' })
  event!: CloudEvent;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;
}
