import { DelegationStatus } from '@chaman/contracts';

/** What a delegation's new state means for the intermediary's access to the account's certificates. */
export type GrantEffect = 'grant' | 'withdraw' | 'none';

/**
 * Only an accepted delegation opens the account to the intermediary; its end (revoked by the company,
 * renounced by the intermediary) closes it and deactivates the intermediary's certificates there. Other
 * states never gave access, so they change nothing.
 */
export function grantEffectOf(status: DelegationStatus): GrantEffect {
  if (status === DelegationStatus.ACCEPTED) return 'grant';
  if (
    status === DelegationStatus.REVOKED ||
    status === DelegationStatus.RENOUNCED ||
    status === DelegationStatus.ACCOUNT_CLOSED ||
    status === DelegationStatus.ENDED
  ) {
    return 'withdraw';
  }
  return 'none';
}

/** Events may be redelivered or reordered; a state older than the one applied last is ignored. */
export function isNewerState(incomingUpdatedAt: Date, appliedUpdatedAt: Date | null): boolean {
  return appliedUpdatedAt === null || incomingUpdatedAt.getTime() >= appliedUpdatedAt.getTime();
}
