import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Marks an event as applied by one durable consumer; written in the transaction of the handler's changes. */
@Entity({ tableName: 'processed_event' })
export class ProcessedEvent {
  @PrimaryKey({ type: 'text' })
  consumer!: string;

  @PrimaryKey({ type: 'text' })
  eventId!: string;

  @Property({ type: 'datetime' })
  processedAt!: Date;
}
