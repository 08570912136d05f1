import type { Quality } from '@chaman/contracts';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A registered enterprise, keyed by its 10-digit CBE/KBO number. */
@Entity({ tableName: 'enterprise' })
export class EnterpriseRecord {
  @PrimaryKey({ type: 'text' })
  enterpriseNumber!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'array' })
  qualities!: Quality[];

  @Property({ type: 'text' })
  registeredBy!: string;

  @Property({ type: 'datetime' })
  registeredAt!: Date;
}
