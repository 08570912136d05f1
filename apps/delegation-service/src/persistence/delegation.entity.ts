import type { DelegationParty, DelegationStatus, Quality } from '@chaman/contracts';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { DelegationState } from '../domain/delegation-lifecycle';

/** One delegation of one REST account by a company (number + quality) to a technical intermediary. */
@Entity({ tableName: 'delegation' })
export class Delegation implements DelegationState {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  status!: DelegationStatus;

  @Property({ type: 'text' })
  initiatedBy!: DelegationParty;

  @Property({ type: 'text' })
  companyEnterpriseNumber!: string;

  @Property({ type: 'text' })
  companyQuality!: Quality;

  @Property({ type: 'text' })
  intermediaryEnterpriseNumber!: string;

  @Property({ type: 'uuid' })
  restAccountId!: string;

  @Property({ type: 'json' })
  scopes!: string[];

  @Property({ type: 'integer' })
  relaunchCount = 0;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  endsOn: Date | null = null;
}
