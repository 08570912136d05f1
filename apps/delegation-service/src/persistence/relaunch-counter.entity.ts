import type { Quality } from '@chaman/contracts';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { RelaunchAllowance } from '../domain/relaunch-policy';

/** The relaunch allowance of one intermediary towards one company number and quality; locked by every attempt. */
@Entity({ tableName: 'relaunch_counter' })
export class RelaunchCounter implements RelaunchAllowance {
  @PrimaryKey({ type: 'text' })
  intermediaryEnterpriseNumber!: string;

  @PrimaryKey({ type: 'text' })
  companyEnterpriseNumber!: string;

  @PrimaryKey({ type: 'text' })
  companyQuality!: Quality;

  @Property({ type: 'integer' })
  used = 0;

  @Property({ type: 'boolean' })
  companyHasRefused = false;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
