import type { ChannelType } from '@chaman/contracts';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Sender } from './sender.entity';

/** One technical channel of a sender; at most one of each type (unique constraint). */
@Entity({ tableName: 'channel' })
export class Channel {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => Sender, fieldName: 'sender_id' })
  sender!: Sender;

  @Property({ type: 'text' })
  type!: ChannelType;

  @Property({ type: 'text', nullable: true })
  sshPublicKey: string | null = null;

  @Property({ type: 'text', nullable: true })
  sshKeyFingerprint: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
