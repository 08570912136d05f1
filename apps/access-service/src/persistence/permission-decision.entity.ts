import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** The last explicit decision on one permission of one member; none means "the position's default". */
@Entity({ tableName: 'permission_decision' })
export class PermissionDecisionRecord {
  [PrimaryKeyProp]?: ['enterpriseNumber', 'userId', 'permission'];

  @PrimaryKey({ type: 'text' })
  enterpriseNumber!: string;

  @PrimaryKey({ type: 'text' })
  userId!: string;

  @PrimaryKey({ type: 'text' })
  permission!: string;

  @Property({ type: 'boolean' })
  granted!: boolean;

  @Property({ type: 'text' })
  decidedBy!: string;

  @Property({ type: 'datetime' })
  decidedAt!: Date;
}
