import type { DelegationHistoryEntry, DelegationView } from '@chaman/contracts';
import type { DelegationTransition } from './delegation-transition.entity';
import type { Delegation } from './delegation.entity';

export function toDelegationView(delegation: Delegation): DelegationView {
  return {
    id: delegation.id,
    status: delegation.status,
    initiatedBy: delegation.initiatedBy,
    companyEnterpriseNumber: delegation.companyEnterpriseNumber,
    companyQuality: delegation.companyQuality,
    intermediaryEnterpriseNumber: delegation.intermediaryEnterpriseNumber,
    restAccountId: delegation.restAccountId,
    scopes: [...delegation.scopes],
    relaunchCount: delegation.relaunchCount,
    createdAt: delegation.createdAt.toISOString(),
    updatedAt: delegation.updatedAt.toISOString(),
    ...(delegation.expiresAt ? { expiresAt: delegation.expiresAt.toISOString() } : {}),
    ...(delegation.endsOn ? { endsOn: delegation.endsOn.toISOString() } : {}),
  };
}

export function toHistoryEntry(transition: DelegationTransition): DelegationHistoryEntry {
  return {
    at: transition.at.toISOString(),
    action: transition.action,
    status: transition.toStatus,
    ...(transition.actorUserId ? { actorUserId: transition.actorUserId } : {}),
    ...(transition.actorEnterpriseNumber ? { actorEnterpriseNumber: transition.actorEnterpriseNumber } : {}),
    ...(transition.actorParty ? { actorParty: transition.actorParty } : {}),
    ...(transition.reason ? { reason: transition.reason } : {}),
    ...(transition.scopes ? { scopes: transition.scopes } : {}),
  };
}
