import { DelegationEvents, DelegationParty, type DelegationEventData, otherParty } from '@chaman/contracts';
import type { DelegationOutcome } from './messages/delegation-outcome';

/** What one delegation event tells whom: the counterparty of the acting party, or both parties for the system's expiry. */
export type DelegationNotice =
  | { kind: 'requested'; to: DelegationParty }
  | { kind: 'relaunched'; to: DelegationParty }
  | { kind: 'outcome'; to: DelegationParty; outcome: DelegationOutcome };

const OUTCOMES: Record<string, DelegationOutcome> = {
  [DelegationEvents.accepted.type]: 'ACCEPTED',
  [DelegationEvents.refused.type]: 'REFUSED',
  [DelegationEvents.cancelled.type]: 'CANCELLED',
  [DelegationEvents.expired.type]: 'EXPIRED',
  [DelegationEvents.revoked.type]: 'REVOKED',
  [DelegationEvents.renounced.type]: 'RENOUNCED',
  [DelegationEvents.scopesChanged.type]: 'SCOPES_CHANGED',
  [DelegationEvents.accountClosed.type]: 'ACCOUNT_CLOSED',
  [DelegationEvents.ended.type]: 'ENDED',
  [DelegationEvents.endDateChanged.type]: 'END_DATE_CHANGED',
};

export function delegationNotices(type: string, data: DelegationEventData): DelegationNotice[] {
  const actor = data.actor.party;
  const counterparties = actor ? [otherParty(actor)] : [DelegationParty.COMPANY, DelegationParty.INTERMEDIARY];
  if (type === DelegationEvents.requested.type) return [{ kind: 'requested', to: otherParty(data.delegation.initiatedBy) }];
  if (type === DelegationEvents.relaunched.type) return counterparties.map((to) => ({ kind: 'relaunched', to }));
  const outcome = OUTCOMES[type];
  return outcome ? counterparties.map((to) => ({ kind: 'outcome', to, outcome })) : [];
}

/** Whether the event leaves the request waiting for an answer (reminders stay), or ends the wait (reminders go). */
export function opensWait(type: string): boolean {
  return type === DelegationEvents.requested.type || type === DelegationEvents.relaunched.type;
}
