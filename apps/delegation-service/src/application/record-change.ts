import {
  type DelegationAction,
  type DelegationEventData,
  DelegationEventOf,
  type DelegationParty,
  type DelegationStatus,
  type DelegationView,
} from '@chaman/contracts';
import type { EventRecorder } from '@chaman/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DelegationTransition } from '../persistence/delegation-transition.entity';
import { toDelegationView } from '../persistence/delegation-view';
import type { Delegation } from '../persistence/delegation.entity';

/** Who acted on behalf of which party; `null` for the system's own transitions (expiry). */
export interface ActingParty {
  userId: string;
  enterpriseNumber: string;
  party: DelegationParty;
}

export interface DelegationChange {
  action: DelegationAction;
  fromStatus: DelegationStatus | null;
  actor: ActingParty | null;
  at: Date;
  reason?: string;
  /** Set by the request and scope changes. */
  scopes?: string[];
  previousScopes?: string[];
  /** Set by intermediary-initiated requests and relaunches: the intermediary's relaunches used after this one. */
  intermediaryRelaunches?: { used: number; limit: number };
}

/**
 * Writes the history line and the public event of a change in the transaction that made it. The delegation row
 * is locked by then, so a delegation's events enter the outbox — and the stream — in the order of its changes.
 */
export function recordChange(em: EntityManager, events: EventRecorder, delegation: Delegation, change: DelegationChange): void {
  em.persist(
    em.create(DelegationTransition, {
      delegation,
      at: change.at,
      action: change.action,
      fromStatus: change.fromStatus,
      toStatus: delegation.status,
      actorUserId: change.actor?.userId ?? null,
      actorEnterpriseNumber: change.actor?.enterpriseNumber ?? null,
      actorParty: change.actor?.party ?? null,
      reason: change.reason ?? null,
      scopes: change.scopes ?? null,
    }),
  );
  events.record(em, DelegationEventOf[change.action], delegation.id, eventDataOf(toDelegationView(delegation), change));
}

/**
 * The public event of a change. It says which party acted, never who (a person's id) nor why (free text): every
 * downstream consumer keeps it for the stream's whole retention; both stay in the history, shown to the parties alone.
 */
export function eventDataOf(delegation: DelegationView, change: DelegationChange): DelegationEventData {
  return {
    delegation,
    actor: change.actor ? { enterpriseNumber: change.actor.enterpriseNumber, party: change.actor.party } : {},
    ...(change.previousScopes ? { previousScopes: change.previousScopes } : {}),
    ...(change.intermediaryRelaunches ? { intermediaryRelaunches: change.intermediaryRelaunches } : {}),
  };
}
