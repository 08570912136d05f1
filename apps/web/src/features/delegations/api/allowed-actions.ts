import type { DelegationDetail, DelegationView } from '@chaman/contracts';

export type DelegationCommand = 'ACCEPT' | 'REFUSE' | 'RELAUNCH' | 'CANCEL' | 'REVOKE' | 'RENOUNCE' | 'CHANGE_SCOPES';
export type Party = 'COMPANY' | 'INTERMEDIARY';

/** Which side of the delegation the enterprise in the address is. */
export const partyOf = (delegation: DelegationView, cbe: string): Party => (delegation.companyEnterpriseNumber === cbe ? 'COMPANY' : 'INTERMEDIARY');

/** Whether the other party initiated it: a request received, to answer, rather than one sent. */
export const isReceived = (delegation: DelegationView, cbe: string): boolean => delegation.initiatedBy !== partyOf(delegation, cbe);

/**
 * What the viewer's side may do, as the lifecycle allows (the service decides in the end): the party that did not
 * initiate answers a pending request, the initiator cancels it or relaunches it once refused, and an accepted
 * delegation is the company's to revoke or rescope and the intermediary's to renounce.
 */
export function allowedActions(delegation: DelegationView, cbe: string): DelegationCommand[] {
  const party = partyOf(delegation, cbe);
  const initiator = delegation.initiatedBy === party;
  switch (delegation.status) {
    case 'PENDING':
      return initiator ? ['CANCEL'] : ['ACCEPT', 'REFUSE'];
    case 'REFUSED':
      return initiator ? ['RELAUNCH'] : [];
    case 'ACCEPTED':
      return party === 'COMPANY' ? ['REVOKE', 'CHANGE_SCOPES'] : ['RENOUNCE'];
    default:
      return [];
  }
}

/** Relaunches left to an intermediary towards this company and quality; the company's own are unlimited (null). */
export function relaunchesLeft(delegation: DelegationDetail, cbe: string): { left: number; limit: number } | null {
  if (partyOf(delegation, cbe) !== 'INTERMEDIARY') return null;
  const { used, limit } = delegation.intermediaryRelaunches;
  return { left: Math.max(0, limit - used), limit };
}
