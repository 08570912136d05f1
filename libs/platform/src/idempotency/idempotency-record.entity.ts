import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The reply a command gave for one Idempotency-Key, replayed when the same key comes again. */
@Entity({ tableName: 'idempotency_record' })
export class IdempotencyRecord {
  @PrimaryKey({ type: 'text' })
  scope!: string;

  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'text' })
  requestHash!: string;

  @Property({ type: 'json', nullable: true })
  response: unknown = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
