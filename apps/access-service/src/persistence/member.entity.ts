import type { Position } from '@chaman/contracts';
import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** A person's position in an enterprise. */
@Entity({ tableName: 'member' })
export class MemberRecord {
  [PrimaryKeyProp]?: ['enterpriseNumber', 'userId'];

  @PrimaryKey({ type: 'text' })
  enterpriseNumber!: string;

  @PrimaryKey({ type: 'text' })
  userId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text' })
  position!: Position;

  @Property({ type: 'text' })
  appointedBy!: string;

  @Property({ type: 'datetime' })
  appointedAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
