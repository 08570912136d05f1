import type { DelegationStatus } from '@chaman/contracts';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * What this service knows of one delegation, learnt from the delegation events: while `active`, the
 * intermediary manages its own certificates on the REST account.
 */
@Entity({ tableName: 'delegation_grant' })
export class DelegationGrant {
  @PrimaryKey({ type: 'text' })
  delegationId!: string;

  @Property({ type: 'uuid' })
  restAccountId!: string;

  @Property({ type: 'text' })
  intermediaryEnterpriseNumber!: string;

  @Property({ type: 'text' })
  companyEnterpriseNumber!: string;

  @Property({ type: 'text' })
  status!: DelegationStatus;

  @Property({ type: 'boolean' })
  active!: boolean;

  /** The delegation's own `updatedAt`, so an older state never overwrites a newer one. */
  @Property({ type: 'datetime' })
  stateUpdatedAt!: Date;

  @Property({ type: 'datetime' })
  appliedAt!: Date;
}
