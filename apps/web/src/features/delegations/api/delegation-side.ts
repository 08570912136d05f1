import type { DelegationView } from '@chaman/contracts';

export type Side = 'COMPANY' | 'INTERMEDIARY';

/** Which side of the delegation the enterprise in the address is (what the service may do is its own answer, `allowedActions`). */
export const sideOf = (delegation: DelegationView, cbe: string): Side =>
  delegation.companyEnterpriseNumber === cbe ? 'COMPANY' : 'INTERMEDIARY';

/** The other party's enterprise number, as seen from the enterprise in the address. */
export const otherPartyNumber = (delegation: DelegationView, cbe: string): string =>
  sideOf(delegation, cbe) === 'COMPANY' ? delegation.intermediaryEnterpriseNumber : delegation.companyEnterpriseNumber;
