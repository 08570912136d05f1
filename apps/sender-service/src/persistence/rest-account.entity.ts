import type { RestEnvironment } from '@chaman/contracts';
import { ArrayType, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Sender } from './sender.entity';

/** A REST account of a sender, identified towards the REST service by its generated OAuth client id. */
@Entity({ tableName: 'rest_account' })
export class RestAccount {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => Sender, fieldName: 'sender_id' })
  sender!: Sender;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  environment!: RestEnvironment;

  @Property({ type: ArrayType, columnType: 'text[]' })
  scopes!: string[];

  @Property({ type: 'text' })
  clientId!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** Set once closed; never cleared. */
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;
}
