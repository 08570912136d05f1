import { DelegationParty } from '@chaman/contracts';

export interface DelegationParties {
  companyEnterpriseNumber: string;
  intermediaryEnterpriseNumber: string;
}

/** The side an enterprise stands on in a delegation, or `null` when it is not a party of it. */
export function partyOf(delegation: DelegationParties, enterpriseNumber: string): DelegationParty | null {
  if (delegation.companyEnterpriseNumber === enterpriseNumber) return DelegationParty.COMPANY;
  if (delegation.intermediaryEnterpriseNumber === enterpriseNumber) return DelegationParty.INTERMEDIARY;
  return null;
}

export function describeParty(party: DelegationParty): string {
  return party === DelegationParty.COMPANY ? 'company' : 'technical intermediary';
}
