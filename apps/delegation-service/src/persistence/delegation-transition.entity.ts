import type { DelegationAction, DelegationParty, DelegationStatus } from '@chaman/contracts';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One line of a delegation's history: who (person and enterprise) did what, when, and why. */
@Entity({ tableName: 'delegation_transition' })
export class DelegationTransition {
  /** Assigned by the database: the order of the history. */
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id?: string;

  @Property({ type: 'uuid' })
  delegationId!: string;

  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'text' })
  action!: DelegationAction;

  @Property({ type: 'text', nullable: true })
  fromStatus: DelegationStatus | null = null;

  @Property({ type: 'text' })
  toStatus!: DelegationStatus;

  /** `null` for the system's own transitions (expiry). */
  @Property({ type: 'text', nullable: true })
  actorUserId: string | null = null;

  @Property({ type: 'text', nullable: true })
  actorEnterpriseNumber: string | null = null;

  @Property({ type: 'text', nullable: true })
  actorParty: DelegationParty | null = null;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  /** The scopes the action set (request, scope change). */
  @Property({ type: 'json', nullable: true })
  scopes: string[] | null = null;
}
