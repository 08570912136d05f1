import type { DelegationAction, DelegationParty, DelegationStatus } from '@chaman/contracts';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Delegation } from './delegation.entity';

/** One line of a delegation's history: who (person and enterprise) did what, when, and why. */
@Entity({ tableName: 'delegation_transition' })
export class DelegationTransition {
  /** Assigned by the database: the order of the history. */
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id?: string;

  /** A relation (not a bare id) so that the unit of work inserts the delegation before its first history line. */
  @ManyToOne({ entity: () => Delegation, fieldName: 'delegation_id' })
  delegation!: Delegation;

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
